import { readWorkbook } from "../../src/roster";
import { danhSach, defaultUnits, donVi, DV_HEADERS, expectIssue, issuesOf, pack, person, sheet, thamSo } from "./helpers";

const errors = (r: ReturnType<typeof readWorkbook>) => r.issues.filter((i) => i.severity === "error");

describe("a valid workbook", () => {
  test("every DanhSach column becomes a typed value", () => {
    const s = danhSach([
      person({
        "STT": 1, "Hệ số": "1,2", "Từ ngày": 46204, "Đến ngày": new Date(Date.UTC(2026, 11, 31)), "BHXH": "Bắt buộc", "BHYT": "Có",
        "Ghi chú": "  bầu lại  ",
      }),
      person({
        "STT": 2, "Họ và tên": "Trần Thị Bích", "Chức danh": "Tổ viên tổ bảo vệ ANTT", "Thôn, TDP": "Thôn 2", "Mức tiền": "1.500.000",
        "Từ ngày": "15/03/2026", "BHXH": "Tự nguyện", "BHYT": "Không", "Đối tượng hỗ trợ BHXH TN": "Hộ cận nghèo",
        "Thu nhập đóng BHXH TN": "2,000,000", "Phương thức đóng": "3 tháng",
      }),
      person({ "STT": 3, "Chức danh": "Bí thư chi bộ", "Kiêm nhiệm": "x", "Hệ số": { formula: "0.6*2", result: 1.2000000000000002 } }),
    ]);
    const r = readWorkbook([s, donVi()], pack);
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual([
      {
        loc: { sheet: "DanhSach", row: 2 }, hoTen: "Nguyễn Văn An", chucDanh: "Trưởng thôn", postCode: "truongThon", kiemNhiem: false,
        donVi: "Xã An Bình", thon: "Thôn 1", heSo: "1.2", mucTien: null, tuNgay: "2026-07-01", denNgay: "2026-12-31", bhxh: "batBuoc",
        bhyt: true, nhomHoTro: null, thuNhapBhxhTn: null, phuongThucDong: null, ghiChu: "bầu lại",
      },
      {
        loc: { sheet: "DanhSach", row: 3 }, hoTen: "Trần Thị Bích", chucDanh: "Tổ viên tổ bảo vệ ANTT", postCode: "toVienToBaoVe", kiemNhiem: false,
        donVi: "Xã An Bình", thon: "Thôn 2", heSo: null, mucTien: 1500000, tuNgay: "2026-03-15", denNgay: null, bhxh: "tuNguyen",
        bhyt: false, nhomHoTro: "hoCanNgheo", thuNhapBhxhTn: 2000000, phuongThucDong: 3, ghiChu: null,
      },
      {
        loc: { sheet: "DanhSach", row: 4 }, hoTen: "Nguyễn Văn An", chucDanh: "Bí thư chi bộ", postCode: "biThuChiBo", kiemNhiem: true,
        donVi: "Xã An Bình", thon: "Thôn 1", heSo: "1.2", mucTien: null, tuNgay: null, denNgay: null, bhxh: null,
        bhyt: null, nhomHoTro: null, thuNhapBhxhTn: null, phuongThucDong: null, ghiChu: null,
      },
    ]);
    expect(r.sheetsFound).toEqual({ danhSach: "DanhSach", donVi: "DonVi" });
  });

  test("DonVi rows", () => {
    const r = readWorkbook([danhSach([person()]), donVi([
      { "Xã, phường": "Xã An Bình", "Loại": "Xã", "Phân loại": "Loại II", "Số người tăng thêm": 2 },
      { "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1", "Loại": "Thôn", "Số hộ": "1.050", "Đặc điểm": "Trọng điểm ANTT; Biên giới" },
      { "Xã, phường": "Phường Hà Tu", "Loại": "Phường", "Phân loại": 1 },
      { "Xã, phường": "Phường Hà Tu", "Thôn, TDP": "Khu phố 3", "Loại": "Khu phố", "Số hộ": 640 },
    ])], pack);
    expect(r.issues).toEqual([]);
    expect(r.units).toEqual([
      { loc: { sheet: "DonVi", row: 2 }, donVi: "Xã An Bình", thon: null, loai: "xa", phanLoai: "II", soHo: null, dacDiem: [], soNguoiTangThem: 2, tuNgay: null, denNgay: null },
      { loc: { sheet: "DonVi", row: 3 }, donVi: "Xã An Bình", thon: "Thôn 1", loai: "thon", phanLoai: null, soHo: 1050, dacDiem: ["trongDiemAnTT", "bienGioi"], soNguoiTangThem: null, tuNgay: null, denNgay: null },
      { loc: { sheet: "DonVi", row: 4 }, donVi: "Phường Hà Tu", thon: null, loai: "phuong", phanLoai: "I", soHo: null, dacDiem: [], soNguoiTangThem: null, tuNgay: null, denNgay: null },
      { loc: { sheet: "DonVi", row: 5 }, donVi: "Phường Hà Tu", thon: "Khu phố 3", loai: "toDanPho", phanLoai: null, soHo: 640, dacDiem: [], soNguoiTangThem: null, tuNgay: null, denNgay: null },
    ]);
  });

  test("ThamSo rows", () => {
    const r = readWorkbook([danhSach([person()]), thamSo([
      { "Mã": "luongCoSo", "Giá trị": "2.530.000", "Hiệu lực từ": "01/07/2026", "Căn cứ": "NĐ 161/2026/NĐ-CP" },
      { "Mã": "bhxh.batBuoc.donVi", "Giá trị": "17%", "Hiệu lực từ": 46204, "Ghi chú": "tỷ lệ" },
      { "Mã": "quyXa.heSo.I", "Giá trị": "21,5", "Hiệu lực từ": "01/01/2027" },
    ])], pack);
    expect(r.issues).toEqual([]);
    expect(r.thamSo).toEqual([
      { loc: { sheet: "ThamSo", row: 2 }, ma: "luongCoSo", giaTri: "2530000", hieuLucTu: "2026-07-01", canCu: "NĐ 161/2026/NĐ-CP", ghiChu: null },
      { loc: { sheet: "ThamSo", row: 3 }, ma: "bhxh.batBuoc.donVi", giaTri: "0.17", hieuLucTu: "2026-07-01", canCu: null, ghiChu: "tỷ lệ" },
      { loc: { sheet: "ThamSo", row: 4 }, ma: "quyXa.heSo.I", giaTri: "21.5", hieuLucTu: "2027-01-01", canCu: null, ghiChu: null },
    ]);
  });

  test("posts match by name, alias or code, ignoring case, diacritics and spacing", () => {
    const names = ["TRUONG THON", "trưởng   thôn", "Trưởng bản", "truongThon", "Trưởng ban CTMT", "Tổ viên tổ bảo vệ an ninh, trật tự", "Thôn đội trưởng"];
    const r = readWorkbook([danhSach(names.map((c, i) => person({ "Họ và tên": `Người ${i}`, "Chức danh": c })))], pack);
    expect(errors(r)).toEqual([]);
    expect(r.rows.map((x) => x.postCode)).toEqual(["truongThon", "truongThon", "truongThon", "truongThon", "truongBanCongTacMatTran", "toVienToBaoVe", "thonDoiTruong"]);
  });

  test("unit names take DonVi's spelling (case, spacing, tone placement, missing prefix)", () => {
    const units = [
      { "Xã, phường": "Xã Hòa Bình", "Loại": "Xã" },
      { "Xã, phường": "Xã Hòa Bình", "Thôn, TDP": "Thôn Đông", "Loại": "Thôn" },
    ];
    const r = readWorkbook([danhSach([
      person({ "Xã, phường": "xã hoà  bình", "Thôn, TDP": "thôn đông" }),
      person({ "Họ và tên": "B", "Xã, phường": "Hòa Bình", "Thôn, TDP": "Đông" }),
      person({ "Họ và tên": "C", "Chức danh": "Phó Chủ tịch Hội Nông dân", "Xã, phường": "Xa Hoa Binh", "Thôn, TDP": null }),
    ]), donVi(units)], pack);
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => [x.donVi, x.thon])).toEqual([["Xã Hòa Bình", "Thôn Đông"], ["Xã Hòa Bình", "Thôn Đông"], ["Xã Hòa Bình", null]]);
  });

  test("kiêm nhiệm links to the main post by name, commune and village (any row order, tone placement)", () => {
    const r = readWorkbook([danhSach([
      person({ "Họ và tên": "Lê Văn Hoà", "Chức danh": "Bí thư chi bộ", "Kiêm nhiệm": "Có" }),
      person({ "Họ và tên": "Lê Văn Hòa" }),
    ])], pack);
    expect(r.issues).toEqual([]);
  });

  test("total rows and example rows are skipped", () => {
    const r = readWorkbook([danhSach([
      { "STT": "VD", ...person({ "Họ và tên": "Nguyễn Văn Mẫu" }) },
      person(),
      { "Họ và tên": "Tổng cộng", "Mức tiền": 5000000 },
    ])], pack);
    expect(r.rows).toHaveLength(1);
    expectIssue(r, { code: "TOTAL_ROW_SKIPPED", severity: "warning", sheet: "DanhSach", row: 4 }, "tổng cộng");
  });
});

describe("errors (each located: sheet, Excel row, column header as written, value, Vietnamese message)", () => {
  test("1 no DanhSach sheet: names the headers needed", () => {
    // A DonVi sheet with only its header is no job either (units alone are: see "valid jobs").
    const r = readWorkbook([sheet("Sheet1", ["A", "B"], [{ A: 1 }]), donVi([])], pack);
    const i = expectIssue(r, { code: "SHEET_NOT_FOUND" }, "Không tìm thấy sheet danh sách", "“Họ và tên”", "“Chức danh”", "“Xã, phường”", "“Sheet1”", "NghiViec");
    expect(i.sheet).toBeUndefined();
    expect(r.sheetsFound).toEqual({ donVi: "DonVi" });
    expect(readWorkbook([], pack).issues[0].code).toBe("SHEET_NOT_FOUND");
  });

  test("2 a required column is missing in a sheet that has most headers", () => {
    const s = sheet("DS", ["STT", "Họ và tên", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền"], [{ "Họ và tên": "A" }], { above: [["Danh sách"]] });
    const r = readWorkbook([s], pack);
    expectIssue(r, { code: "COLUMN_MISSING", sheet: "DS", row: 2, column: "Chức danh" }, "thiếu cột bắt buộc “Chức danh”", "Chức vụ");
    expect(issuesOf(r, "SHEET_NOT_FOUND")).toEqual([]);
  });

  test("3 empty DanhSach: header but no data rows", () => {
    const r = readWorkbook([danhSach([{}, {}, { "STT": 1 }])], pack);
    expectIssue(r, { code: "DANHSACH_EMPTY", sheet: "DanhSach", row: 1 }, "không có dòng dữ liệu");
  });

  test.each([
    ["Họ và tên", "họ và tên người giữ chức danh"],
    ["Chức danh", "tên chức danh"],
    ["Xã, phường", "tên xã, phường"],
  ])("4 blank required cell: %s", (column, expected) => {
    const r = readWorkbook([danhSach([person(), person({ "Họ và tên": "B", [column]: "  " })])], pack);
    expectIssue(r, { code: "REQUIRED_BLANK", sheet: "DanhSach", row: 3, column, value: "" }, "dòng 3", `cột “${column}”`, "ô trống", expected);
    expect(r.rows).toHaveLength(1);
  });

  test("5 text in a number cell: Hệ số “abc”, Mức tiền “hai triệu”", () => {
    const r = readWorkbook([danhSach([person({ "Hệ số": "abc" }), person({ "Họ và tên": "B", "Mức tiền": "hai triệu" })])], pack);
    const [a, b] = issuesOf(r, "NOT_A_NUMBER");
    expect(a).toMatchObject({ severity: "error", sheet: "DanhSach", row: 2, column: "Hệ số", value: "abc" });
    expect(a.message).toBe("Sheet “DanhSach”, dòng 2, cột “Hệ số” (G): giá trị “abc” không phải là số; cần hệ số lớn hơn 0 và không quá 20, dạng 1,2 hoặc 1.2.");
    expect(b).toMatchObject({ severity: "error", sheet: "DanhSach", row: 3, column: "Mức tiền", value: "hai triệu" });
    expect(b.message).toContain("số tiền đồng chẵn");
    expect(b.messageEn).toContain("row 3");
    expect(r.rows).toEqual([]);
  });

  test("6 negative or fractional Mức tiền", () => {
    const r = readWorkbook([danhSach([person({ "Mức tiền": -2340000 }), person({ "Họ và tên": "B", "Mức tiền": "2.340.000,5" })])], pack);
    expectIssue(r, { code: "NEGATIVE_NUMBER", sheet: "DanhSach", row: 2, column: "Mức tiền", value: "-2340000" }, "là số âm", "không âm");
    expectIssue(r, { code: "FRACTIONAL_NUMBER", sheet: "DanhSach", row: 3, column: "Mức tiền", value: "2.340.000,5" }, "phần lẻ dưới 1 đồng", "đồng chẵn");
  });

  test("7 unknown post, with the closest post names", () => {
    const r = readWorkbook([danhSach([person({ "Chức danh": "Bí thư chi đoàn" })])], pack);
    const i = expectIssue(r, { code: "UNKNOWN_POST", sheet: "DanhSach", row: 2, column: "Chức danh", value: "Bí thư chi đoàn" },
      "không có trong danh mục", "Gần giống:", "“Bí thư chi bộ”");
    expect(i.message.split("”, “").length).toBeLessThanOrEqual(3);
  });

  test("8 Từ ngày after Đến ngày", () => {
    const r = readWorkbook([danhSach([person({ "Từ ngày": "01/10/2026", "Đến ngày": "30/06/2026" })])], pack);
    expectIssue(r, { code: "DATES_OUT_OF_ORDER", sheet: "DanhSach", row: 2, column: "Đến ngày", value: "01/10/2026 > 30/06/2026" },
      "trước ngày bắt đầu", "“30/06/2026”", "“01/10/2026”");
  });

  test("9 invalid date text “31/02/2026”", () => {
    const r = readWorkbook([danhSach([person({ "Từ ngày": "31/02/2026" })])], pack);
    expectIssue(r, { code: "INVALID_DATE", sheet: "DanhSach", row: 2, column: "Từ ngày", value: "31/02/2026" }, "không phải ngày có thật", "dd/mm/yyyy");
  });

  test("10 Thôn not found in DonVi when a DonVi sheet exists", () => {
    const r = readWorkbook([danhSach([person({ "Thôn, TDP": "Thôn 9" })]), donVi()], pack);
    expectIssue(r, { code: "UNIT_NOT_FOUND", sheet: "DanhSach", row: 2, column: "Thôn, TDP", value: "Thôn 9" },
      "thôn “Thôn 9” của “Xã An Bình” không có trong sheet “DonVi”", "gần giống", "“Thôn 1”");
    // Without a DonVi sheet villages are not checked.
    expect(readWorkbook([danhSach([person({ "Thôn, TDP": "Thôn 9" })])], pack).issues).toEqual([]);
  });

  test("11 duplicate unit in DonVi", () => {
    const r = readWorkbook([danhSach([person()]), donVi([...defaultUnits(), { "Xã, phường": "xã An Bình", "Thôn, TDP": "thôn 1", "Loại": "Thôn" }])], pack);
    expectIssue(r, { code: "DUPLICATE_UNIT", sheet: "DonVi", row: 5, column: "Thôn, TDP", value: "thôn 1 (xã An Bình)" }, "đã khai ở dòng 3");
  });

  test("12 a kiêm nhiệm row whose person has no main-post row", () => {
    const r = readWorkbook([danhSach([
      person(),
      person({ "Họ và tên": "Phạm Văn Dũng", "Chức danh": "Thôn đội trưởng", "Kiêm nhiệm": "x" }),
    ])], pack);
    expectIssue(r, { code: "KIEM_NHIEM_NO_MAIN", sheet: "DanhSach", row: 3, column: "Kiêm nhiệm", value: "x" },
      "“Phạm Văn Dũng”", "không có dòng chức danh chính");
    expect(r.rows).toHaveLength(1);
  });

  test("12b the hint points at a main post in another village of the commune", () => {
    const r = readWorkbook([danhSach([
      person({ "Thôn, TDP": "Thôn 2" }),
      person({ "Chức danh": "Bí thư chi bộ", "Kiêm nhiệm": "x" }),
    ])], pack);
    expectIssue(r, { code: "KIEM_NHIEM_NO_MAIN", row: 3 }, "dòng 2", "thôn “Thôn 2”");
  });

  test("13 merged cells inside the data area name the range", () => {
    const s = danhSach([person(), person({ "Họ và tên": null, "Chức danh": "Bí thư chi bộ", "Kiêm nhiệm": "x" })], { merges: ["B2:B3", "A1:P1", "R2:S3"] });
    const r = readWorkbook([s], pack);
    expectIssue(r, { code: "MERGED_CELLS", sheet: "DanhSach", row: 2, column: "Họ và tên", value: "B2:B3" }, "B2:B3", "bỏ gộp ô");
    // The blank under the merge is not reported again.
    expect(issuesOf(r, "REQUIRED_BLANK")).toEqual([]);
  });

  test("14 an error cell (#N/A) in a used column; ignored in unknown columns", () => {
    const s = sheet("DanhSach", ["Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Mức tiền", "Tra cứu"], [
      { ...person(), "Mức tiền": { formula: "VLOOKUP(B2,X:Y,2,0)", result: { error: "#N/A" } }, "Tra cứu": { error: "#REF!" } },
      { ...person({ "Họ và tên": "B" }), "Mức tiền": "#N/A" },
    ]);
    const r = readWorkbook([s], pack);
    // A formula's cached error (from a file) asks for a fix and a recalculation; Office.js gives the error as text.
    expectIssue(r, { code: "FORMULA_ERROR", sheet: "DanhSach", row: 2, column: "Mức tiền", value: "#N/A" }, "công thức “=VLOOKUP(B2,X:Y,2,0)” cho kết quả lỗi “#N/A”", "F9");
    const list = issuesOf(r, "CELL_ERROR");
    expect(list.map((i) => [i.row, i.column, i.value])).toEqual([[3, "Mức tiền", "#N/A"]]);
    expect(list[0].message).toContain("ô có lỗi “#N/A”");
  });

  test("15 invalid enumeration: BHXH “Có lẽ”", () => {
    const r = readWorkbook([danhSach([person({ "BHXH": "Có lẽ" })])], pack);
    expectIssue(r, { code: "INVALID_ENUM", sheet: "DanhSach", row: 2, column: "BHXH", value: "Có lẽ" },
      "không thuộc danh sách cho phép", "Bắt buộc, Tự nguyện, Không");
  });

  test("17 ThamSo value not a number", () => {
    const r = readWorkbook([danhSach([person()]), thamSo([{ "Mã": "luongCoSo", "Giá trị": "hai triệu rưỡi", "Hiệu lực từ": "01/01/2027" }])], pack);
    expectIssue(r, { code: "NOT_A_NUMBER", sheet: "ThamSo", row: 2, column: "Giá trị", value: "hai triệu rưỡi" }, "không phải là số");
    expect(r.thamSo).toEqual([]);
  });

  test("18 DonVi invalid Loại", () => {
    const r = readWorkbook([danhSach([person()]), donVi([...defaultUnits(), { "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 3", "Loại": "Huyện" }])], pack);
    expectIssue(r, { code: "INVALID_ENUM", sheet: "DonVi", row: 5, column: "Loại", value: "Huyện" }, "Xã, Phường, Thị trấn, Đặc khu, Thôn, Tổ dân phố");
    expect(r.units).toHaveLength(3);
  });

  test("19 too many rows", () => {
    const rows = Array.from({ length: 6 }, (_, i) => person({ "Họ và tên": `Người ${i}` }));
    const r = readWorkbook([danhSach(rows)], pack, { maxRows: 5 });
    expectIssue(r, { code: "TOO_MANY_ROWS", sheet: "DanhSach", row: 7 }, "hơn 5 dòng");
    expect(r.rows).toHaveLength(5);
  });

  test("20 Hệ số and Mức tiền both given: a warning, Mức tiền wins", () => {
    const r = readWorkbook([danhSach([person({ "Hệ số": "1,2", "Mức tiền": 2530000 })])], pack);
    expectIssue(r, { code: "HESO_AND_MUCTIEN", severity: "warning", sheet: "DanhSach", row: 2, column: "Mức tiền" }, "dùng Mức tiền", "bỏ qua Hệ số");
    expect(r.rows[0]).toMatchObject({ heSo: "1.2", mucTien: 2530000 });
  });

  test("village post without Thôn → error; commune post with Thôn → warning", () => {
    const r = readWorkbook([danhSach([
      person({ "Thôn, TDP": null }),
      person({ "Họ và tên": "B", "Chức danh": "Phó Chủ tịch Hội Nông dân", "Thôn, TDP": "Thôn 2" }),
    ])], pack);
    expectIssue(r, { code: "THON_REQUIRED", sheet: "DanhSach", row: 2, column: "Thôn, TDP", value: "" }, "“Trưởng thôn” là chức danh ở thôn");
    expectIssue(r, { code: "THON_FOR_COMMUNE_POST", severity: "warning", sheet: "DanhSach", row: 3, column: "Thôn, TDP", value: "Thôn 2" }, "chức danh cấp xã");
    expect(r.rows.map((x) => x.hoTen)).toEqual(["B"]);
  });

  test("commune not in DonVi → warning", () => {
    const r = readWorkbook([danhSach([person(), person({ "Họ và tên": "B", "Chức danh": "Phó Chủ tịch Hội Nông dân", "Xã, phường": "Xã Tân Lập", "Thôn, TDP": null })]), donVi()], pack);
    expectIssue(r, { code: "DONVI_NOT_FOUND", severity: "warning", sheet: "DanhSach", row: 3, column: "Xã, phường", value: "Xã Tân Lập" }, "không có trong sheet “DonVi”");
  });

  test("DonVi: Loại and Thôn must agree; dates in order", () => {
    const r = readWorkbook([danhSach([person()]), donVi([
      ...defaultUnits(),
      { "Xã, phường": "Xã An Bình", "Loại": "Thôn" },
      { "Xã, phường": "Xã Tân Lập", "Thôn, TDP": "Thôn 5", "Loại": "Xã" },
    ])], pack);
    const list = issuesOf(r, "LOAI_MISMATCH");
    expect(list.map((i) => [i.sheet, i.row, i.column])).toEqual([["DonVi", 5, "Thôn, TDP"], ["DonVi", 6, "Thôn, TDP"]]);
    expect(list[0].message).toContain("không có tên thôn");
    const withDates = sheet("DonVi", [...DV_HEADERS, "Từ ngày", "Đến ngày"], [...defaultUnits(), { "Xã, phường": "Xã Cũ", "Loại": "Xã", "Từ ngày": "01/01/2026", "Đến ngày": "30/06/2025" }]);
    expectIssue(readWorkbook([danhSach([person()]), withDates], pack), { code: "DATES_OUT_OF_ORDER", sheet: "DonVi", row: 5, column: "Đến ngày" });
  });

  test("the same person with two overlapping main posts → warning (missing kiêm nhiệm mark)", () => {
    const r = readWorkbook([danhSach([
      person(),
      person({ "Chức danh": "Bí thư chi bộ" }),
      person({ "Họ và tên": "C", "Từ ngày": "01/01/2026", "Đến ngày": "30/06/2026" }),
      person({ "Họ và tên": "C", "Chức danh": "Bí thư chi bộ", "Từ ngày": "01/07/2026" }),
    ])], pack);
    expectIssue(r, { code: "OVERLAPPING_MAIN_POSTS", severity: "warning", sheet: "DanhSach", row: 3, column: "Kiêm nhiệm", value: "Bí thư chi bộ" },
      "đã có chức danh chính “Trưởng thôn” ở dòng 2");
  });

  test("DonVi with headers only → warning, villages not checked", () => {
    const r = readWorkbook([danhSach([person({ "Thôn, TDP": "Thôn 9" })]), donVi([])], pack);
    expectIssue(r, { code: "DONVI_EMPTY", severity: "warning", sheet: "DonVi" });
    expect(errors(r)).toEqual([]);
  });

  test("too many issues are summarised", () => {
    const rows = Array.from({ length: 30 }, (_, i) => person({ "Họ và tên": `Người ${i}`, "Mức tiền": "x" }));
    const r = readWorkbook([danhSach(rows)], pack, { maxIssues: 10 });
    expect(r.issues).toHaveLength(11);
    expectIssue(r, { code: "ISSUES_TRUNCATED" }, "Còn 20 vấn đề khác");
  });

  test("issues are sorted by sheet order and row", () => {
    const r = readWorkbook([
      danhSach([person({ "Mức tiền": "x" }), person({ "Họ và tên": "B", "Chức danh": "Bí thư chi bộ", "Kiêm nhiệm": "x" }), person({ "Họ và tên": "", "Hệ số": "y" })]),
      donVi([...defaultUnits(), { "Xã, phường": "Xã Tân Lập", "Loại": "??" }]),
    ], pack);
    expect(r.issues.map((i) => `${i.sheet}:${i.row}:${i.code}`)).toEqual([
      "DanhSach:2:NOT_A_NUMBER", "DanhSach:3:KIEM_NHIEM_NO_MAIN", "DanhSach:4:REQUIRED_BLANK", "DanhSach:4:NOT_A_NUMBER", "DonVi:5:INVALID_ENUM",
    ]);
  });
});
