import { readWorkbook } from "../../src/roster";
import { classifySheets, findHeader } from "../../src/roster/headers";
import { DANH_SACH } from "../../src/roster/specs";
import { danhSach, donVi, DS_HEADERS, expectIssue, issuesOf, pack, person, sheet } from "./helpers";

describe("header detection", () => {
  test("aliases, case and diacritics do not matter", () => {
    const s = sheet("Bảng 1", ["TT", "HO VA TEN", "chức vụ", "Đơn vị", "Thôn/TDP", "Mức tiền (đồng/tháng)", "Hệ số phụ cấp", "BẢO HIỂM XÃ HỘI"], [
      { "TT": 1, "HO VA TEN": "Lê Thị Bình", "chức vụ": "Trưởng thôn", "Đơn vị": "Xã An Bình", "Thôn/TDP": "Thôn 2", "Mức tiền (đồng/tháng)": "2.530.000", "BẢO HIỂM XÃ HỘI": "Tự nguyện" },
    ]);
    const r = readWorkbook([s], pack);
    expect(r.issues).toEqual([]);
    expect(r.sheetsFound.danhSach).toBe("Bảng 1");
    expect(r.rows[0]).toMatchObject({ hoTen: "Lê Thị Bình", postCode: "truongThon", donVi: "Xã An Bình", thon: "Thôn 2", mucTien: 2530000, bhxh: "tuNguyen" });
  });

  test("“Họ tên” is accepted for “Họ và tên”", () => {
    const m = findHeader({ name: "x", rows: [["Họ tên", "Chức danh", "Xã, phường"]] }, DANH_SACH)!;
    expect(m.missing).toEqual([]);
    expect(m.columns.get("hoTen")!.header).toBe("Họ tên");
  });

  test("header on row 3 under a title; Excel row numbers follow", () => {
    const s = danhSach([person(), person({ "Họ và tên": "Trần Văn Cường", "Chức danh": "Bí thư chi bộ" })], {
      above: [["DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH NĂM 2027"], []],
    });
    const r = readWorkbook([s], pack);
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => x.loc)).toEqual([{ sheet: "DanhSach", row: 4 }, { sheet: "DanhSach", row: 5 }]);
  });

  test("startRow and startCol of a used range shift rows and column letters", () => {
    const s = { ...danhSach([person({ "Mức tiền": "abc" })]), startRow: 5, startCol: 2 };
    const r = readWorkbook([s], pack);
    expect(r.issues[0]).toMatchObject({ code: "NOT_A_NUMBER", row: 6, column: "Mức tiền" });
    expect(r.issues[0].message).toContain("(I)");
  });

  test("a header beyond the first 10 rows is not found", () => {
    const above = Array.from({ length: 10 }, (_, i) => [`Dòng tiêu đề ${i + 1}`]);
    const r = readWorkbook([danhSach([person()], { above })], pack);
    expectIssue(r, { code: "HEADER_NOT_FOUND", sheet: "DanhSach" }, "10 dòng đầu", "“Họ và tên”");
  });

  test("two-row header: sub-headers under a merged group header", () => {
    const rows = [
      ["Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Thời gian", null],
      [null, null, null, null, "Từ ngày", "Đến ngày"],
      ["Nguyễn Văn An", "Trưởng thôn", "Xã An Bình", "Thôn 1", "01/07/2027", 46752],
    ];
    const r = readWorkbook([{ name: "DanhSach", rows, merges: ["A1:A2", "E1:F1"] }], pack);
    expect(r.issues).toEqual([]);
    expect(r.rows[0]).toMatchObject({ tuNgay: "2027-07-01", denNgay: "2027-12-31", loc: { row: 3 } });
  });

  test("a column-number row under the header is skipped", () => {
    const numbering = Object.fromEntries(DS_HEADERS.map((h, i) => [h, `(${i + 1})`]));
    const r = readWorkbook([danhSach([numbering, person()])], pack);
    expect(r.issues).toEqual([]);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0].loc.row).toBe(3);
  });

  test("unknown columns are ignored; rows filled only there, STT-only rows and trailing blank rows are skipped", () => {
    const headers = ["STT", "Họ và tên", "Số điện thoại", "Chức danh", "Xã, phường", "Thôn, TDP"];
    const s = sheet("DanhSach", headers, [
      { "STT": 1, "Họ và tên": "Nguyễn Văn An", "Số điện thoại": "0912 345 678", "Chức danh": "Trưởng thôn", "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1" },
      { "Số điện thoại": "ghi chú riêng" },
      { "STT": 3 },
      {}, {}, { "Họ và tên": "   " },
    ]);
    const r = readWorkbook([s], pack);
    expect(r.issues).toEqual([]);
    expect(r.rows).toHaveLength(1);
  });
});

describe("sheets are recognised by their header row, not their name", () => {
  test("any sheet names; DonVi found by its headers", () => {
    const r = readWorkbook([{ ...donVi(), name: "Đơn vị hành chính" }, { ...danhSach([person()]), name: "Sheet1" }], pack);
    expect(r.sheetsFound).toEqual({ danhSach: "Sheet1", donVi: "Đơn vị hành chính" });
    expect(r.issues).toEqual([]);
    expect(r.units).toHaveLength(3);
  });

  test("a second sheet with the same headers is ignored with a warning; the one named DanhSach wins", () => {
    const copy = { ...danhSach([person({ "Chức danh": "không có" })]), name: "ChiTiet_2027" };
    const r = readWorkbook([copy, danhSach([person()])], pack);
    expect(r.sheetsFound.danhSach).toBe("DanhSach");
    expectIssue(r, { code: "SHEET_IGNORED", severity: "warning", sheet: "ChiTiet_2027" }, "“DanhSach”");
    expect(issuesOf(r, "UNKNOWN_POST")).toEqual([]);
  });

  test("classification keeps a near miss per kind", () => {
    const c = classifySheets([sheet("A", ["Họ và tên", "Xã, phường", "Thôn, TDP", "Hệ số"], [])]);
    expect(c.found.danhSach).toBeUndefined();
    expect(c.nearMiss.danhSach?.match.missing.map((m) => m.header)).toEqual(["Chức danh"]);
  });

  test("a repeated header column: the first is read, a warning names both", () => {
    const s = sheet("DanhSach", ["Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Ghi chú", "Ghi chú"], [
      { ...person(), "Ghi chú": "một" },
    ]);
    s.rows[1][5] = "hai";
    const r = readWorkbook([s], pack);
    expectIssue(r, { code: "DUPLICATE_COLUMN", severity: "warning", sheet: "DanhSach", row: 1, column: "Ghi chú" }, "E", "F");
    expect(r.rows[0].ghiChu).toBe("một");
  });
});
