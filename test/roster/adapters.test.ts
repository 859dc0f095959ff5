import ExcelJS from "exceljs";
import { readWorkbook, sheetFromExcelJs, sheetFromOffice } from "../../src/roster";
import { DS_HEADERS, expectIssue, pack } from "./helpers";

async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return back;
}

describe("exceljs workbooks", () => {
  test("dates, formulas, rich text and numbers come through a saved .xlsx", async () => {
    const wb = await roundTrip((w) => {
      const ws = w.addWorksheet("DanhSach");
      ws.addRow(["DANH SÁCH NĂM 2027"]);
      ws.addRow(DS_HEADERS);
      const row = (o: Record<string, unknown>) => ws.addRow(DS_HEADERS.map((h) => o[h] ?? null));
      row({ "STT": 1, "Họ và tên": { richText: [{ text: "Nguyễn " }, { text: "Văn An", font: { bold: true } }] }, "Chức danh": "Trưởng thôn",
        "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1", "Hệ số": { formula: "0.6*2", result: 1.2 }, "Từ ngày": new Date(Date.UTC(2027, 0, 1)),
        "Đến ngày": "30/06/2027", "Mức tiền": null });
      row({ "STT": 2, "Họ và tên": "Trần Văn Bình", "Chức danh": "Tổ viên tổ bảo vệ ANTT", "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1",
        "Mức tiền": { formula: "2340000*0.5", result: 1170000 }, "Ghi chú": { text: "xem QĐ", hyperlink: "https://example.org" } });
    });
    const r = readWorkbook(wb.worksheets.map(sheetFromExcelJs), pack);
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => [x.loc.row, x.hoTen, x.heSo, x.mucTien, x.tuNgay, x.denNgay, x.ghiChu])).toEqual([
      [3, "Nguyễn Văn An", "1.2", null, "2027-01-01", "2027-06-30", null],
      [4, "Trần Văn Bình", null, 1170000, null, null, "xem QĐ"],
    ]);
  });

  test("merges are reported, and the repeated value under a merge is blanked as in Office.js", async () => {
    const wb = await roundTrip((w) => {
      const ws = w.addWorksheet("DanhSach");
      ws.addRow(DS_HEADERS);
      ws.addRow([1, "Nguyễn Văn An", "Trưởng thôn", null, "Xã An Bình", "Thôn 1"]);
      ws.addRow([2, null, "Bí thư chi bộ", "x", "Xã An Bình", "Thôn 1"]);
      ws.mergeCells("B2:B3");
    });
    const sheets = wb.worksheets.map(sheetFromExcelJs);
    expect(sheets[0].merges).toEqual(["B2:B3"]);
    expect(sheets[0].rows[2][1]).toBeNull();
    const r = readWorkbook(sheets, pack);
    expectIssue(r, { code: "MERGED_CELLS", sheet: "DanhSach", row: 2, column: "Họ và tên", value: "B2:B3" });
  });
});

describe("Office.js ranges", () => {
  test("used range address sets the Excel row and column of the first cell; merged areas are split", () => {
    const values = [
      ["Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Mức tiền"],
      ["Nguyễn Văn An", "Trưởng thôn", "Xã An Bình", "Thôn 1", "#N/A"],
    ];
    const s = sheetFromOffice("DanhSach", values, "DanhSach!C4:G5", "DanhSach!C6:C7, DanhSach!E6:E7");
    expect(s).toMatchObject({ startRow: 4, startCol: 3, merges: ["C6:C7", "E6:E7"] });
    const r = readWorkbook([s], pack);
    expectIssue(r, { code: "CELL_ERROR", sheet: "DanhSach", row: 5, column: "Mức tiền", value: "#N/A" }, "(G)");
  });
});
