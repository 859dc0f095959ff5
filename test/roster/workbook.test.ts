/**
 * Workbook-level reading (issue 9): which sheets are jobs, hidden sheets and rows, formulas without
 * a cached value or with a cached error, ThamSo settings rows.
 */
import { readWorkbook, type SheetData } from "../../src/roster";
import { closest } from "../../src/roster/text";
import { danhSach, donVi, expectIssue, issuesOf, leaver, nghiViec, pack, person, sheet, thamSo, TS_HEADERS } from "./helpers";

const errors = (r: ReturnType<typeof readWorkbook>) => r.issues.filter((i) => i.severity === "error");

describe("valid jobs: DanhSach rows, NghiViec rows or DonVi rows", () => {
  test("leavers only (severance), with or without an empty DanhSach from the template", () => {
    for (const sheets of [[nghiViec([leaver()])], [danhSach([]), nghiViec([leaver()])]]) {
      const r = readWorkbook(sheets, pack);
      expect(errors(r)).toEqual([]);
      expect(r.leavers).toHaveLength(1);
      expect(r.rows).toEqual([]);
    }
  });

  test("units only (funds and khoán)", () => {
    const r = readWorkbook([donVi()], pack);
    expect(r.issues).toEqual([]);
    expect(r.units).toHaveLength(3);
  });

  test("nothing at all: DANHSACH_EMPTY on an empty DanhSach, SHEET_NOT_FOUND without one", () => {
    const empty = readWorkbook([danhSach([]), nghiViec([]), donVi([])], pack);
    expectIssue(empty, { code: "DANHSACH_EMPTY", sheet: "DanhSach", row: 1 }, "NghiViec", "DonVi");
    expectIssue(readWorkbook([thamSo([])], pack), { code: "SHEET_NOT_FOUND" });
  });

  test("NghiViec rows that all have errors still make it a job: their errors are reported, not SHEET_NOT_FOUND", () => {
    const r = readWorkbook([nghiViec([leaver({ "Ngày nghỉ": "31/02/2025" })])], pack);
    expect(errors(r).map((i) => i.code)).toEqual(["INVALID_DATE"]);
  });
});

describe("hidden sheets and hidden rows", () => {
  const stale = (name: string, hidden: boolean): SheetData => ({ ...danhSach([person({ "Họ và tên": "Người cũ" })]), name, ...(hidden ? { hidden: true, state: "hidden" as const } : {}) });
  const fresh = (name: string): SheetData => ({ ...danhSach([person({ "Họ và tên": "Người mới" })]), name });

  test("a hidden stale DanhSach does not win over a visible DanhSach (2): the visible one is read, the hidden one named", () => {
    const r = readWorkbook([stale("DanhSach", true), fresh("DanhSach (2)")], pack);
    expect(r.sheetsFound.danhSach).toBe("DanhSach (2)");
    expect(r.rows.map((x) => x.hoTen)).toEqual(["Người mới"]);
    expectIssue(r, { code: "HIDDEN_SHEET_SKIPPED", severity: "warning", sheet: "DanhSach" }, "sheet ẩn", "“DanhSach (2)”");
  });

  test("a hidden sheet is read when it is the only one, with a warning", () => {
    const r = readWorkbook([stale("DanhSach", true)], pack);
    expect(r.rows.map((x) => x.hoTen)).toEqual(["Người cũ"]);
    expectIssue(r, { code: "HIDDEN_SHEET_USED", severity: "warning", sheet: "DanhSach" }, "đang bị ẩn", "Unhide");
  });

  test("an unrecognised hidden sheet (the template's lists) is not mentioned", () => {
    const lists: SheetData = { name: "DanhMuc", rows: [["Trưởng thôn"], ["Bí thư chi bộ"]], hidden: true, state: "veryHidden" };
    expect(readWorkbook([fresh("DanhSach"), lists], pack).issues).toEqual([]);
  });

  test("hidden rows are counted, with one warning per sheet listing them", () => {
    const rows = Array.from({ length: 14 }, (_, i) => person({ "Họ và tên": `Người ${i}` }));
    const s: SheetData = { ...danhSach(rows), hiddenRows: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 20] };
    const r = readWorkbook([s], pack);
    expect(r.rows).toHaveLength(14);
    const w = expectIssue(r, { code: "HIDDEN_ROWS_COUNTED", severity: "warning", sheet: "DanhSach", row: 3 }, "3, 4, 5, 6, 7, 8, 9, 10, 11, 12", "tổng 11 dòng", "vẫn được đọc và tính");
    expect(w.message).not.toContain("13,");
  });
});

describe("formula cells read from a file", () => {
  test("Từ ngày =DATE(2026,7,1) without a cached value is an error asking for F9, never a blank (a whole year)", () => {
    const r = readWorkbook([danhSach([person({ "Từ ngày": { formula: "DATE(2026,7,1)" } })])], pack);
    expectIssue(r, { code: "FORMULA_NO_VALUE", sheet: "DanhSach", row: 2, column: "Từ ngày", value: "=DATE(2026,7,1)" },
      "công thức “=DATE(2026,7,1)”", "chưa tính kết quả", "F9", "ngày bắt đầu");
    expect(r.rows).toEqual([]);
  });

  test("Mức tiền =VLOOKUP(…) cached as #N/A is an error, never the pack's amount", () => {
    const r = readWorkbook([danhSach([person({ "Mức tiền": { formula: "VLOOKUP(C2,BangGia!A:B,2,0)", error: "#N/A" } })])], pack);
    expectIssue(r, { code: "FORMULA_ERROR", sheet: "DanhSach", row: 2, column: "Mức tiền", value: "#N/A" }, "“#N/A”", "F9");
    expect(r.rows).toEqual([]);
  });

  test("a formula with a cached value is read as that value; an empty cached string is blank", () => {
    const r = readWorkbook([danhSach([person({ "Từ ngày": { formula: "DATE(2026,7,1)", result: new Date(Date.UTC(2026, 6, 1)) }, "Ghi chú": { formula: 'IF(A1="","",A1)', result: "" } })])], pack);
    expect(r.issues).toEqual([]);
    expect(r.rows[0]).toMatchObject({ tuNgay: "2026-07-01", ghiChu: null });
  });
});

describe("ThamSo settings rows caiDat.*", () => {
  test("read as text (numbers too); blank values are not set; parameters still read", () => {
    const r = readWorkbook([danhSach([person()]), thamSo([
      { "Mã": "caiDat.goi", "Giá trị": "hung-yen" },
      { "Mã": "caiDat.nam", "Giá trị": 2027 },
      { "Mã": "CaiDat.DonViLap", "Giá trị": "  UBND xã   An Bình " },
      { "Mã": "caiDat.thuTruong", "Giá trị": null },
      { "Mã": "luongCoSo", "Giá trị": 2600000, "Hiệu lực từ": "01/01/2027" },
    ])], pack);
    expect(r.issues).toEqual([]);
    expect(r.settings).toEqual({ "caiDat.goi": "hung-yen", "caiDat.nam": "2027", "caiDat.donViLap": "UBND xã An Bình" });
    expect(r.settingsAt?.["caiDat.nam"]).toEqual({ sheet: "ThamSo", row: 3, column: "Giá trị" });
    expect(r.thamSo.map((t) => t.ma)).toEqual(["luongCoSo"]);
  });

  test("an unknown caiDat. key is an error suggesting the right one; a repeated key is an error", () => {
    const r = readWorkbook([danhSach([person()]), thamSo([
      { "Mã": "caiDat.goii", "Giá trị": "central" },
      { "Mã": "caiDat.nam", "Giá trị": 2027 },
      { "Mã": "caiDat.nam", "Giá trị": 2028 },
    ])], pack);
    expectIssue(r, { code: "SETTING_UNKNOWN_KEY", sheet: "ThamSo", row: 2, column: "Mã", value: "caiDat.goii" }, "“caiDat.goi”");
    expectIssue(r, { code: "SETTING_DUPLICATE", sheet: "ThamSo", row: 4, column: "Mã" }, "dòng 3");
    expect(r.settings).toEqual({ "caiDat.nam": "2027" });
  });

  test("a settings-only ThamSo sheet (as the template writes it) needs no Hiệu lực từ", () => {
    const s = sheet("ThamSo", TS_HEADERS, [{ "Mã": "caiDat.goi", "Giá trị": "central" }]);
    const r = readWorkbook([danhSach([person()]), s], pack);
    expect(r.issues).toEqual([]);
    expect(r.settings).toEqual({ "caiDat.goi": "central" });
  });
});

describe("bounded fuzzy suggestions", () => {
  test("a 100,000-character village name: the suggestion compares a short prefix, the message shows a cut value", () => {
    const long = `Thôn ${"Hạ".repeat(50000)}`;
    expect(closest(long, [{ label: "Thôn Hạ", keys: ["Thôn Hạ"] }, { label: "Thôn 1", keys: ["Thôn 1"] }], 1)).toEqual(closest(long.slice(0, 64), [{ label: "Thôn Hạ", keys: ["Thôn Hạ"] }, { label: "Thôn 1", keys: ["Thôn 1"] }], 1));
    const units = [{ "Xã, phường": "Xã An Bình", "Loại": "Xã" }, ...Array.from({ length: 300 }, (_, i) => ({ "Xã, phường": "Xã An Bình", "Thôn, TDP": `Thôn ${i}`, "Loại": "Thôn" }))];
    const r = readWorkbook([danhSach(Array.from({ length: 50 }, (_, i) => person({ "Họ và tên": `N${i}`, "Thôn, TDP": long }))), donVi(units)], pack);
    const found = issuesOf(r, "UNIT_NOT_FOUND");
    expect(found).toHaveLength(50);
    expect(found[0].value!.length).toBeLessThanOrEqual(80);
    expect(found[0].message.length).toBeLessThan(600);
  });
});
