/**
 * The Office.js writer of the report model, on the strict fake: every cell's value, number format,
 * font, fill, alignment and border as the model says; merges, heights, widths, frozen rows, page
 * setup, print titles and footer; free names and marks; text kept as text; totals as live formulas;
 * blocks under 4 MB with a bounded number of operations however many rows.
 */
import { widthPoints, writeReportSheets } from "../../src/taskpane/render";
import type { CellStyle, FontSpec, ReportRow, ReportSheet, ReportWorkbook } from "../../src/report/model";
import { fakeExcel, SheetModel, WorkbookModel } from "../fake-excel";

const TNR = (size = 11, bold = false): FontSpec => ({ name: "Times New Roman", size, ...(bold ? { bold } : {}) });
const THIN = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;
const TITLE: CellStyle = { font: TNR(14, true), numFmt: "@", horizontal: "center", vertical: "middle" };
const HEAD: CellStyle = { font: TNR(11, true), numFmt: "@", horizontal: "center", vertical: "middle", wrap: true, border: THIN };
const TEXT: CellStyle = { font: TNR(), numFmt: "@", horizontal: "left", vertical: "top", wrap: true, border: THIN };
const MONEY: CellStyle = { font: TNR(), numFmt: "#,##0;-#,##0;;@", horizontal: "right", vertical: "top", border: THIN };
const TOTAL_TEXT: CellStyle = { ...TEXT, font: TNR(11, true) };
const TOTAL_MONEY: CellStyle = { ...MONEY, font: TNR(11, true), fill: "FFF2CC" };
const NOTE: CellStyle = { font: { ...TNR(11), italic: true, color: "808080" }, numFmt: "@" };

function sheet(name: string, body: [string, number][], extra: Partial<ReportSheet> = {}): ReportSheet {
  const first = 4; // 1-based first body row: title, blank, header
  return {
    name,
    title: "Bảng thử",
    columns: [{ width: 30 }, { width: 16 }],
    defaultRowHeight: 15,
    freeze: { rows: 3, cols: 0 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      titleRows: { first: 3, last: 3 },
      footer: { center: "Trang &P/&N", font: TNR(10) },
      horizontalCentered: true,
    },
    rows: function* (): Iterable<ReportRow> {
      yield { values: ["BẢNG THỬ"], styles: [TITLE], height: 24, merges: [{ col: 0, cols: 2 }] };
      yield { values: [], styles: [] };
      yield { values: ["Khoản", "Số tiền"], styles: [HEAD, HEAD], height: 30 };
      for (const [t, v] of body) yield { values: [t, v], styles: [TEXT, MONEY] };
      yield { values: ["TỔNG CỘNG", { formula: `SUM(B${first}:B${first + body.length - 1})`, result: body.reduce((a, [, v]) => a + v, 0) }], styles: [TOTAL_TEXT, TOTAL_MONEY] };
      yield { values: ["=không phải công thức"], styles: [NOTE] };
    },
    ...extra,
  };
}

const book = (sheets: ReportSheet[]): ReportWorkbook => ({ title: "Thử", creator: "DuToan", defaultFont: TNR(), sheets });

async function write(model: WorkbookModel, report: ReportWorkbook, replace: string[] = []) {
  return fakeExcel(model).run((ctx) => writeReportSheets(ctx, report, { year: 2027, replace }));
}

describe("Office.js writer of the report model", () => {
  const body: [string, number][] = [["Phụ cấp", 1000000], ["BHXH", 170000], ["BHYT", 0]];

  test("values, live totals, number formats and text kept as text", async () => {
    const model = new WorkbookModel([new SheetModel("Sheet1")]);
    const names = await write(model, book([sheet("TongHop_2027", body)]));
    expect(names).toEqual(["TongHop_2027"]);
    const s = model.sheet("TongHop_2027")!;
    expect(s.value(0, 0)).toBe("BẢNG THỬ");
    expect(s.value(3, 0)).toBe("Phụ cấp");
    expect(s.value(3, 1)).toBe(1000000);
    expect(s.formula(6, 1)).toBe("=SUM(B4:B6)");
    expect(s.value(6, 1)).toBe(1170000);
    expect(s.numberFormat(4, 1)).toBe("#,##0;-#,##0;;@");
    expect(s.numberFormat(3, 0)).toBe("@");
    expect(s.value(7, 0)).toBe("=không phải công thức");
    expect(s.lostText).toEqual([]);
  });

  test("fonts, fills, alignment, borders as the model's styles say", async () => {
    const model = new WorkbookModel([new SheetModel("Sheet1")]);
    await write(model, book([sheet("TongHop_2027", body)]));
    const s = model.sheet("TongHop_2027")!;
    const at = (r: number, c: number, p: string) => s.format(r, c, p);
    expect(at(0, 0, "font.size")).toBe(14);
    expect(at(0, 0, "font.bold")).toBe(true);
    expect(at(3, 0, "font.name")).toBe("Times New Roman");
    expect(at(3, 0, "font.bold")).not.toBe(true);
    expect(at(6, 0, "font.bold")).toBe(true);
    expect(at(6, 1, "fill.color")).toBe("#FFF2CC");
    expect(at(3, 1, "fill.color")).toBeUndefined();
    expect(at(3, 1, "horizontalAlignment")).toBe("Right");
    expect(at(2, 0, "wrapText")).toBe(true);
    expect(at(7, 0, "font.italic")).toBe(true);
    expect(at(7, 0, "font.color")).toBe("#808080");
    for (const side of ["top", "bottom", "left", "right"] as const) {
      expect(s.border(4, 1, side)).toBe("Continuous/Thin");
      expect(s.border(2, 0, side)).toBe("Continuous/Thin");
    }
    // the title and the note under the table have no box
    expect(s.border(0, 0, "left") ?? "None").toBe("None");
    expect(s.border(7, 0, "left") ?? "None").toBe("None");
    expect(s.border(7, 0, "top")).toBe("Continuous/Thin"); // the total row's bottom line
  });

  test("merges, heights, widths, frozen header, page setup, print titles and footer", async () => {
    const model = new WorkbookModel([new SheetModel("Sheet1")]);
    await write(model, book([sheet("TongHop_2027", body)]));
    const s = model.sheet("TongHop_2027")!;
    expect(s.merges).toEqual([{ r: 0, c: 0, h: 1, w: 2 }]);
    expect(s.format(0, 0, "rowHeight")).toBe(24);
    expect(s.format(2, 0, "rowHeight")).toBe(30);
    expect(s.format(4, 0, "rowHeight")).toBe(15);
    expect(s.format(0, 0, "columnWidth")).toBe(widthPoints(30));
    expect(s.format(0, 1, "columnWidth")).toBe(widthPoints(16));
    expect(s.freeze).toEqual({ rows: 3, cols: 0 });
    expect(s.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, centerHorizontally: true, leftMargin: 36, topMargin: 54 });
    expect(s.printTitleRows).toBe("$3:$3");
    expect((s.footer as Record<string, unknown>).centerFooter).toBe('&"Times New Roman,Regular"&10Trang &P/&N');
    expect(s.names.get("DuToan.Loai")).toBe('="bao-cao:2027"');
  });

  test("never writes over a user's sheet: a taken name gets a free one", async () => {
    const mine = new SheetModel("TongHop_2027", [["của tôi"]]);
    const model = new WorkbookModel([mine]);
    const names = await write(model, book([sheet("TongHop_2027", body), sheet("CanCu_2027", body)]));
    expect(names).toEqual(["TongHop_2027 (2)", "CanCu_2027"]);
    expect(mine.value(0, 0)).toBe("của tôi");
    expect(mine.names.size).toBe(0);
    expect(model.activeSheet).toBe("TongHop_2027 (2)");
  });

  test("replacing the previous output deletes only the sheets named, then writes the same names", async () => {
    const model = new WorkbookModel([new SheetModel("DanhSach", [["STT"]])]);
    await write(model, book([sheet("TongHop_2027", body)]));
    await write(model, book([sheet("TongHop_2027", [["Khác", 5]])]), ["TongHop_2027"]);
    expect(model.sheets.map((s) => s.name)).toEqual(["DanhSach", "TongHop_2027"]);
    expect(model.sheet("TongHop_2027")!.value(3, 0)).toBe("Khác");
  });

  test("100,000 rows: blocks under 4 MB, requests grow with blocks, operations per request bounded", async () => {
    const n = 100_000;
    const rows: [string, number][] = Array.from({ length: n }, (_, i) => [`Nguyễn Văn Hùng ${i}, Thôn ${i % 40}`, 1000000 + i]);
    const big: ReportSheet = {
      ...sheet("ChiTiet_2027", []),
      rows: function* () {
        yield { values: ["Khoản", "Số tiền"], styles: [HEAD, HEAD] };
        for (let i = 0; i < n; i++) yield { values: rows[i], styles: i % 5 === 4 ? [TOTAL_TEXT, TOTAL_MONEY] : [TEXT, MONEY] };
      },
    };
    const model = new WorkbookModel([new SheetModel("Sheet1")]);
    await write(model, book([big]));
    const s = model.sheet("ChiTiet_2027")!;
    expect(s.value(n, 0)).toBe(rows[n - 1][0]);
    expect(s.format(5, 1, "font.bold")).toBe(true); // row 5 of the data (i = 4) is a subtotal
    expect(s.format(4, 1, "font.bold")).not.toBe(true);
    const { requests, operations, syncs } = model.stats;
    expect(Math.max(...requests)).toBeLessThan(4 * 1024 * 1024);
    // every block but the last carries about 2.4 MB
    const sent = requests.reduce((a, b) => a + b, 0);
    expect(syncs).toBeLessThanOrEqual(4 + Math.ceil(sent / (2 * 1024 * 1024)));
    expect(syncs).toBeLessThan(n / 1000);
    // base formats per column, the differing rows (every 5th) grouped into RangeAreas: far fewer
    // operations than rows in a request, never a property per cell or per row
    const rowsPerRequest = n / (syncs - 3);
    expect(Math.max(...operations)).toBeLessThan(rowsPerRequest / 3);
  }, 120_000);
});
