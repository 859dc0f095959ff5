/**
 * src/xlsx on workbooks written part by part as Excel writes them (test/xlsx/book.ts), by exceljs,
 * and re-packed in other part orders: values, dates, formulas, hidden sheets and rows, merges —
 * and located errors for what is broken.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { InputFileError, readXlsxFile } from "../../src/xlsx";
import { isDateFormat } from "../../src/xlsx/numfmt";
import { xlsx, type BookSpec } from "./book";
import { excelOrder, repack } from "./zip";

const dir = mkdtempSync(join(tmpdir(), "dutoan-xlsx-"));
let n = 0;
function file(buf: Buffer): string {
  const f = join(dir, `t${++n}.xlsx`);
  writeFileSync(f, buf);
  return f;
}
const read = (book: BookSpec, order?: (names: string[]) => string[]) => readXlsxFile(file(xlsx(book, order)));

async function failure(p: Promise<unknown>): Promise<InputFileError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InputFileError) return e;
    throw e;
  }
  throw new Error("expected an InputFileError");
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("cell values", () => {
  test("shared, inline and rich strings, numbers, booleans, error cells; rows and columns where Excel puts them", async () => {
    const [s] = await read({
      sheets: [{ name: "DanhSach", rows: [["Họ và tên", { inline: "Chức danh" }, { rich: ["Xã, ", "phường"] }], [null, 1.2, true, { error: "#N/A" }, "a & b <c>"]] }],
    });
    expect(s.name).toBe("DanhSach");
    expect(s.startRow).toBe(1);
    expect(s.rows[0]).toEqual(["Họ và tên", "Chức danh", "Xã, phường"]);
    expect(s.rows[1][0]).toBeUndefined();
    expect(s.rows[1].slice(1)).toEqual([1.2, true, { error: "#N/A" }, "a & b <c>"]);
    expect(s.merges).toEqual([]);
    expect(s.hidden).toBeUndefined();
  });

  test("a number in a date format is a UTC date, in the 1900 and in the 1904 date system", async () => {
    const d = utc(2026, 7, 1);
    const [a] = await read({ sheets: [{ name: "S", rows: [[d, 46204]] }] });
    expect(a.rows[0]).toEqual([d, 46204]);
    const [b] = await read({ sheets: [{ name: "S", rows: [[d]] }], date1904: true });
    expect(b.rows[0][0]).toEqual(d);
    // the same serial means another day in a 1904 workbook: 46204 − 1462 days is 1/7/2026 there
    const [c] = await read({ sheets: [{ name: "S", rows: [[{ raw: "<v>44742</v>", s: 1 }]] }], date1904: true });
    expect(c.rows[0][0]).toEqual(d);
  });

  test("date formats are told from their codes", () => {
    for (const code of ["dd/mm/yyyy", "d/m/yy;@", "[$-42A]dd/mm/yyyy", "mmm-yy", "h:mm", "[h]:mm:ss", "yyyy-mm-dd hh:mm"]) expect([code, isDateFormat(code)]).toEqual([code, true]);
    for (const code of ["General", "#,##0", '#,##0 "đồng"', "0.00%", "#,##0\\ [$₫-42A]", "[Red]#,##0", '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-'])
      expect([code, isDateFormat(code)]).toEqual([code, false]);
  });

  test("formulas: cached value, cached string, cached error, no cached value, shared formulas", async () => {
    const [s] = await read({
      sheets: [{
        name: "S", rows: [[
          { f: "DATE(2026,7,1)" },
          { f: "0.6*2", v: 1.2 },
          { f: "VLOOKUP(A1,B:C,2,0)", error: "#N/A" },
          { f: "IF(A1=\"\",\"\",A1)", v: "" },
          { f: "B1*2", v: 2.4, shared: { si: 0, ref: "E1:F1" } },
          { f: "", v: 4.8, shared: { si: 0 } },
        ]],
      }],
    });
    expect(s.rows[0]).toEqual([
      { formula: "DATE(2026,7,1)" },
      { formula: "0.6*2", result: 1.2 },
      { formula: "VLOOKUP(A1,B:C,2,0)", error: "#N/A" },
      { formula: 'IF(A1="","",A1)', result: "" },
      { formula: "B1*2", result: 2.4 },
      { formula: "B1*2", result: 4.8 },
    ]);
  });

  test("hidden and very hidden sheets, hidden rows that hold cells, merged ranges", async () => {
    const sheets = await read({
      sheets: [
        { name: "DanhSach", rows: [["a"], ["b"], [null], ["d"]], hiddenRows: [2, 3], merges: ["A1:B1", "C5:C9"] },
        { name: "Cũ", rows: [["x"]], state: "hidden" },
        { name: "DanhMuc", rows: [["y"]], state: "veryHidden" },
      ],
    });
    expect(sheets.map((s) => [s.name, s.hidden ?? false, s.state ?? "visible"])).toEqual([["DanhSach", false, "visible"], ["Cũ", true, "hidden"], ["DanhMuc", true, "veryHidden"]]);
    expect(sheets[0].hiddenRows).toEqual([2]);
    expect(sheets[0].merges).toEqual(["A1:B1", "C5:C9"]);
  });

  test("rows are sparse: a cell on row 1,048,576 costs one row", async () => {
    const [s] = await read({ sheets: [{ name: "S", rows: [["a"]] }], override: { "xl/worksheets/sheet1.xml": worksheet(`<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>`) } });
    expect(s.rows.length).toBe(1048576);
    expect(Object.keys(s.rows).length).toBe(2);
    expect(s.rows[1048575][16383]).toBe(2);
  });

  test("cells and rows without addresses follow the previous ones; prefixed tags (x:row) are read", async () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row><x:row><x:c r="C2"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const [s] = await read({ sheets: [{ name: "S", rows: [] }], override: { "xl/worksheets/sheet1.xml": xml } });
    expect(s.rows).toEqual([[1, "b"], [undefined, undefined, 3]]);
  });

  test("a line break Excel escapes as _x000D_ and phonetic runs are read as Excel shows them", async () => {
    const sst = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a_x000D_b</t></si><si><r><t>c</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t>_x005F_x0041_</t></si></sst>`;
    const [s] = await read({ sheets: [{ name: "S", rows: [[{ raw: "<v>0</v>", t: "s" }, { raw: "<v>1</v>", t: "s" }, { raw: "<v>2</v>", t: "s" }]] }], override: { "xl/sharedStrings.xml": sst } });
    expect(s.rows[0]).toEqual(["a\rb", "c", "_x0041_"]);
  });
});

function worksheet(sheetData: string, before = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${sheetData}</sheetData></worksheet>`;
}

describe("part order does not matter (random access: workbook, strings and styles first)", () => {
  const book: BookSpec = {
    sheets: [
      { name: "DanhSach", rows: [["Họ và tên", "Từ ngày"], ["Nguyễn Văn An", utc(2026, 7, 1)]] },
      { name: "DonVi", rows: [["Xã, phường"], ["Xã An Bình"]] },
      { name: "Khác", rows: [["z"]] },
    ],
  };
  test("Excel's order, exceljs's order (workbook.xml last), reversed: the same sheets", async () => {
    const excel = await read(book);
    const exceljsOrder = (names: string[]) => [...names.filter((x) => x !== "xl/workbook.xml"), "xl/workbook.xml"];
    expect(await read(book, exceljsOrder)).toEqual(excel);
    expect(await read(book, (names) => excelOrder(names).reverse())).toEqual(excel);
    expect(excel[0].rows[1]).toEqual(["Nguyễn Văn An", utc(2026, 7, 1)]);
  });

  test("a five-sheet workbook written by exceljs, as written and re-packed in Excel's order, reads identically 20 times", async () => {
    const wb = new ExcelJS.Workbook();
    const ds = wb.addWorksheet("DanhSach");
    ds.addRow(["STT", "Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Hệ số", "Từ ngày"]);
    for (let i = 1; i <= 50; i++) ds.addRow([i, `Người ${i}`, "Trưởng thôn", "Xã A", `Thôn ${i}`, 1.2, utc(2026, 1 + (i % 12), 1)]);
    ds.mergeCells("H1:I1");
    wb.addWorksheet("DonVi").addRow(["Xã, phường", "Thôn, TDP", "Loại"]);
    for (const name of ["Ghi chú", "Tổng hợp", "Phụ lục"]) wb.addWorksheet(name).addRow([name, 1, 2]);
    const asWritten = Buffer.from(await wb.xlsx.writeBuffer());
    const excelOrdered = await repack(asWritten, excelOrder);
    const first = await readXlsxFile(file(asWritten));
    expect(first.map((s) => s.name)).toEqual(["DanhSach", "DonVi", "Ghi chú", "Tổng hợp", "Phụ lục"]);
    expect(first[0].rows[1]).toEqual([1, "Người 1", "Trưởng thôn", "Xã A", "Thôn 1", 1.2, utc(2026, 2, 1)]);
    expect(first[0].merges).toEqual(["H1:I1"]);
    const f1 = file(asWritten);
    const f2 = file(excelOrdered);
    for (let k = 0; k < 20; k++) {
      expect(await readXlsxFile(f1)).toEqual(first);
      expect(await readXlsxFile(f2)).toEqual(first);
    }
  });
});

describe("only the sheets asked for are read in full", () => {
  test("select sees each sheet's first 11 rows; the others stay cut there", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`r${i + 1}`]);
    const seen: number[] = [];
    const sheets = await readXlsxFile(file(xlsx({ sheets: [{ name: "A", rows }, { name: "B", rows }] })), {
      select: (heads) => {
        seen.push(...heads.map((h) => h.rows.length));
        return [1];
      },
    });
    expect(seen).toEqual([11, 11]);
    expect(sheets.map((s) => s.rows.length)).toEqual([11, 30]);
  });
});

describe("sheets the add-in wrote (mark DuToan.Loai, a sheet-scoped named item) are output, never input", () => {
  test("a marked report sheet is left out; a user's sheet of the same look and a workbook-wide name are kept", async () => {
    const head = [["Họ và tên", "Chức danh", "Xã, phường"], ["An", "Trưởng thôn", "Xã A"]];
    const sheets = await read({
      sheets: [{ name: "DanhSach", rows: head }, { name: "ChiTiet_2027", rows: head }, { name: "BHXH_2027", rows: head }],
      definedNames: [
        { name: "DuToan.Loai", formula: '"bao-cao:2027"', localSheetId: 1 },
        { name: "Vung_In", formula: "DanhSach!$A$1:$C$2" },
      ],
    });
    expect(sheets.map((s) => s.name)).toEqual(["DanhSach", "BHXH_2027"]);
  });
});

describe("located errors instead of library text", () => {
  test("a row beyond 1,048,576 fails at that row, before reading on", async () => {
    const e = await failure(read({ sheets: [{ name: "DanhSach", rows: [] }], override: { "xl/worksheets/sheet1.xml": worksheet(`<row r="1"><c r="A1"><v>1</v></c></row><row r="100000000"><c r="A100000000"><v>1</v></c></row>`) } }));
    expect(e.issue).toMatchObject({ code: "ROW_OUT_OF_RANGE", sheet: "DanhSach", part: "xl/worksheets/sheet1.xml" });
    expect(e.message).toMatch(/^Tệp “t\d+\.xlsx”, sheet “DanhSach”: .*“100000000”.*1\.048\.576\); cần mở tệp bằng Excel/);
  });

  test("a column beyond XFD, a declared dimension beyond the grid", async () => {
    let e = await failure(read({ sheets: [{ name: "S", rows: [] }], override: { "xl/worksheets/sheet1.xml": worksheet(`<row r="3"><c r="XFE3"><v>1</v></c></row>`) } }));
    expect(e.issue).toMatchObject({ code: "COLUMN_OUT_OF_RANGE", sheet: "S", row: 3 });
    e = await failure(read({ sheets: [{ name: "S", rows: [["a"]], dimension: "A1:A100000000" }] }));
    expect(e.issue).toMatchObject({ code: "DIMENSION_OUT_OF_RANGE", sheet: "S" });
  });

  test("text above 32,767 characters, shared or inline, is located at its cell", async () => {
    const long = "x".repeat(32768);
    let e = await failure(read({ sheets: [{ name: "S", rows: [["ok"], [null, null, long]] }] }));
    expect(e.issue).toMatchObject({ code: "TEXT_TOO_LONG", sheet: "S", row: 2, column: "C" });
    expect(e.message).toContain("32.768 ký tự");
    e = await failure(read({ sheets: [{ name: "S", rows: [[{ inline: long }]] }] }));
    expect(e.issue).toMatchObject({ code: "TEXT_TOO_LONG", sheet: "S", row: 1, column: "A" });
    // exactly 32,767 is fine; a too-long string no cell uses is harmless
    const [s] = await read({ sheets: [{ name: "S", rows: [["y".repeat(32767)]] }] });
    expect((s.rows[0][0] as string).length).toBe(32767);
  });

  test("DOCTYPE and undefined entities: a damaged-XML message, not the parser's", async () => {
    let e = await failure(read({ sheets: [{ name: "S", rows: [] }], override: { "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${worksheet("")}` } }));
    expect(e.issue.code).toBe("XML_INVALID");
    expect(e.message).toContain("DOCTYPE");
    e = await failure(read({ sheets: [{ name: "S", rows: [] }], override: { "xl/worksheets/sheet1.xml": worksheet(`<row r="2"><c r="A2" t="inlineStr"><is><t>&nbsp;</t></is></c></row>`) } }));
    expect(e.issue).toMatchObject({ code: "XML_INVALID", sheet: "S", row: 2 });
    expect(e.message).not.toMatch(/undefined entity|\d+:\d+/);
  });

  test("a shared-string index the table lacks, a number cell that is not a number", async () => {
    let e = await failure(read({ sheets: [{ name: "S", rows: [[{ raw: "<v>99</v>", t: "s" }]] }] }));
    expect(e.issue).toMatchObject({ code: "CELL_INVALID", row: 1, column: "A" });
    e = await failure(read({ sheets: [{ name: "S", rows: [[null, { raw: "<v>abc</v>" }]] }] }));
    expect(e.issue).toMatchObject({ code: "CELL_INVALID", row: 1, column: "B" });
  });

  test("too many cells in all (limit), too long a run of text (limit)", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [i, i, i]);
    let e = await failure(readXlsxFile(file(xlsx({ sheets: [{ name: "S", rows }] })), { limits: { maxCells: 100 } }));
    expect(e.issue).toMatchObject({ code: "TOO_MANY_CELLS", sheet: "S", row: 34 });
    e = await failure(readXlsxFile(file(xlsx({ sheets: [{ name: "S", rows: [[{ inline: "z".repeat(5000) }]] }] })), { limits: { maxXmlRun: 1000 } }));
    expect(e.issue).toMatchObject({ code: "XML_TEXT_TOO_LONG", sheet: "S" });
  });

  test("a part larger than its limit fails before it is inflated (shared strings: limit lowered for the test)", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`Người số ${i} có tên khá dài để bảng chuỗi lớn hơn`]);
    const e = await failure(readXlsxFile(file(xlsx({ sheets: [{ name: "S", rows }] })), { limits: { maxSharedStringsBytes: 1000 } }));
    expect(e.issue).toMatchObject({ code: "PART_TOO_LARGE", part: "xl/sharedStrings.xml" });
    expect(e.message).toMatch(/vượt giới hạn 1 KiB/);
  });

  test("no message carries a library's raw text", async () => {
    const broken = [
      worksheet(`<row r="1"><c r="A1"><v>1</v></c>`), // unclosed
      "<worksheet><sheetData><row r=1></row></sheetData></worksheet>", // unquoted attribute
      "not xml at all",
      "",
    ];
    for (const xml of broken) {
      const e = await failure(read({ sheets: [{ name: "S", rows: [] }], override: { "xl/worksheets/sheet1.xml": xml } }));
      expect(e.issue.code).toBe("XML_INVALID");
      expect(e.message).toMatch(/^Tệp “t\d+\.xlsx”, sheet “S”(, dòng 1)?: nội dung XML bị hỏng: cấu trúc không hợp lệ; cần mở tệp bằng Excel/);
    }
  });
});
