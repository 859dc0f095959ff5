/**
 * Sheets NghiViec (people leaving) and DoiChieuBHXH (the BHXH agency's figures), and the two DanhSach
 * columns used to reconcile (Mã số BHXH, Số tháng đã được hỗ trợ): recognised by their header rows,
 * located Vietnamese errors for bad cells.
 */
import { join } from "path";
import { readXlsx } from "../../src/cli/xlsx/read";
import { summarize } from "../../src/engine/aggregate";
import { estimate } from "../../src/engine/estimate";
import { readWorkbook } from "../../src/roster";
import { asPercent, asQuarter, asYearsMonths } from "../../src/roster/cells-leavers";
import { danhSach, expectIssue, nghiViec, NV_HEADERS, pack, person, sheet } from "./helpers";

type Row = Record<string, unknown>;
const w23: Row = {
  "Họ và tên": "Lê Thị Cúc", "Chức danh": "Công chức Văn phòng - Thống kê", "Xã, phường": "Xã An Bình", "Đối tượng": "Cán bộ, công chức",
  "Ngày nghỉ": "01/06/2025", "Hình thức": "Thôi việc", "Hệ số lương": "3,66", "% phụ cấp công vụ": "25%", "Thời gian đóng BHXH": "15 năm",
  "Số tháng nghỉ trước tuổi": 180, "Tháng thứ mấy kể từ quyết định sắp xếp": 1,
};
const hdkct: Row = {
  "Họ và tên": "Phạm Văn Đức", "Chức danh": "Trưởng thôn", "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1", "Đối tượng": "HĐKCT thôn, TDP",
  "Ngày nghỉ": "01/09/2025", "Tiền lương (phụ cấp) tháng": "3.510.000", "Số tháng công tác": 48, "Thời gian đóng BHXH": 4.5,
};
const guard: Row = { "Họ và tên": "Vũ Văn Giang", "Xã, phường": "Xã An Bình", "Đối tượng": "Bảo vệ dân phố", "Ngày nghỉ": "15/08/2024", "Số tiền trợ cấp một lần": 9000000 };
const errors = (r: ReturnType<typeof readWorkbook>) => r.issues.filter((i) => i.severity === "error");

describe("sheet NghiViec", () => {
  test("recognised by its header row under any name; rows become LeaverRow records", () => {
    const r = readWorkbook([danhSach([person()]), nghiViec([w23, hdkct, guard], "Người nghỉ")], pack);
    expect(r.issues).toEqual([]);
    expect(r.sheetsFound).toEqual({ danhSach: "DanhSach", nghiViec: "Người nghỉ" });
    expect(r.rows).toHaveLength(1);
    expect(r.leavers[0]).toEqual({
      loc: { sheet: "Người nghỉ", row: 2 }, hoTen: "Lê Thị Cúc", chucDanh: "Công chức Văn phòng - Thống kê", donVi: "Xã An Bình", thon: null,
      doiTuong: "canBoCongChuc", ngayNghi: "2025-06-01", hinhThuc: "thoiViec", tienLuongThang: null, heSoLuong: "3.66", heSoChucVu: null,
      phuCapCongVu: "0.25", thangDongBhxh: 180, soThangCongTac: null, soThangNghiTruocTuoi: 180, soThangConLai: null, thangKeTuQuyetDinh: 1,
      hoTroTinh: null, troCapMotLan: null, ghiChu: null, chinhSach: null, tienLuongBinhQuan: null, ngayNhanTroCap: null,
    });
    expect(r.leavers[1]).toMatchObject({ doiTuong: "hdkctThon", thon: "Thôn 1", tienLuongThang: 3510000, soThangCongTac: 48, thangDongBhxh: 54, hinhThuc: null });
    expect(r.leavers[2]).toMatchObject({ doiTuong: "baoVeDanPho", troCapMotLan: 9000000, tienLuongThang: null, heSoLuong: null });
  });

  test("optional columns Chính sách, Tiền lương bình quân 60 tháng, Ngày nhận trợ cấp (docs/legal/troCap.md §2, §3, §7)", () => {
    const headers = [...NV_HEADERS, "Chính sách", "Tiền lương bình quân 60 tháng", "Ngày nhận trợ cấp"];
    const r = readWorkbook([danhSach([person()]), nghiViec([
      { ...w23, "Chính sách": "Tinh giản biên chế", "Tiền lương bình quân 60 tháng": "9.000.000", "Ngày nhận trợ cấp": "15/07/2025" },
      { ...w23, "Họ và tên": "Lê Văn Đông", "Chính sách": "NĐ 178" },
      { ...w23, "Họ và tên": "Lê Văn Tây", "Chính sách": "Nghỉ phép" },
    ], "NghiViec", headers)], pack);
    expect(r.leavers[0]).toMatchObject({ chinhSach: "tinhGian", tienLuongBinhQuan: 9000000, ngayNhanTroCap: "2025-07-15" });
    expect(r.leavers[1]).toMatchObject({ chinhSach: "sapXep", tienLuongBinhQuan: null, ngayNhanTroCap: null });
    expect(r.leavers).toHaveLength(2);
    expectIssue(r, { code: "INVALID_ENUM", sheet: "NghiViec", row: 4, column: "Chính sách", value: "Nghỉ phép" });
  });

  test("end to end: the W23 row read from the sheet costs 786,854,250 (NĐ 178/2024 Đ.10 k.1; central.md W23)", () => {
    const r = readWorkbook([danhSach([person()]), nghiViec([w23])], pack);
    const s = summarize(estimate({ year: 2025, rows: r.rows, units: r.units, leavers: r.leavers }, pack));
    expect(s.totals.troCapMotLan).toBe(786854250);
    expect(s.leavers[0]).toMatchObject({ hoTen: "Lê Thị Cúc", total: 786854250 });
  });

  test("a NghiViec sheet is not mistaken for DanhSach, though it has Họ và tên, Chức danh and Xã, phường", () => {
    const r = readWorkbook([nghiViec([w23], "Sheet1"), danhSach([person()], {}), ], pack);
    expect(r.sheetsFound).toEqual({ danhSach: "DanhSach", nghiViec: "Sheet1" });
    // Leavers alone are a job (severance only): no DanhSach needed.
    const alone = readWorkbook([nghiViec([w23])], pack);
    expect(alone.leavers).toHaveLength(1);
    expect(alone.issues).toEqual([]);
    expect(alone.sheetsFound).toEqual({ nghiViec: "NghiViec" });
  });

  test.each([
    ["blank leaving date", { "Ngày nghỉ": null }, "REQUIRED_BLANK", "Ngày nghỉ", ""],
    ["impossible date", { "Ngày nghỉ": "31/02/2025" }, "INVALID_DATE", "Ngày nghỉ", "31/02/2025"],
    ["not a date", { "Ngày nghỉ": "tháng 6" }, "INVALID_DATE", "Ngày nghỉ", "tháng 6"],
    ["negative BHXH years", { "Thời gian đóng BHXH": -3 }, "NEGATIVE_NUMBER", "Thời gian đóng BHXH", "-3"],
    ["negative BHXH years as text", { "Thời gian đóng BHXH": "-2 năm" }, "NEGATIVE_NUMBER", "Thời gian đóng BHXH", "-2 năm"],
    ["15,3 years is not a whole number of months", { "Thời gian đóng BHXH": "15,3" }, "FRACTIONAL_NUMBER", "Thời gian đóng BHXH", "15,3"],
    ["more than 11 odd months", { "Thời gian đóng BHXH": "15 năm 14 tháng" }, "MONTHS_OUT_OF_RANGE", "Thời gian đóng BHXH", "15 năm 14 tháng"],
    ["negative months of service", { "Số tháng công tác": -5 }, "NEGATIVE_NUMBER", "Số tháng công tác", "-5"],
    ["unknown Đối tượng", { "Đối tượng": "Viên chức sự nghiệp" }, "INVALID_ENUM", "Đối tượng", "Viên chức sự nghiệp"],
    ["unknown Hình thức", { "Hình thức": "Nghỉ phép" }, "INVALID_ENUM", "Hình thức", "Nghỉ phép"],
    ["công vụ above 100%", { "% phụ cấp công vụ": "150%" }, "PERCENT_OUT_OF_RANGE", "% phụ cấp công vụ", "150%"],
    ["month 0 after the decision", { "Tháng thứ mấy kể từ quyết định sắp xếp": 0 }, "MONTH_NUMBER_ZERO", "Tháng thứ mấy kể từ quyết định sắp xếp", "0"],
    ["negative salary", { "Hệ số lương": null, "Tiền lương (phụ cấp) tháng": "-10.705.500" }, "NEGATIVE_NUMBER", "Tiền lương (phụ cấp) tháng", "-10.705.500"],
  ] as [string, Row, string, string, string][])("%s → located error, row left out", (_name, over, code, column, value) => {
    const r = readWorkbook([danhSach([person()]), nghiViec([{ ...w23, ...over }, hdkct])], pack);
    const i = expectIssue(r, { code, sheet: "NghiViec", row: 2, column, value });
    expect(i.message).toMatch(/^Sheet “NghiViec”, dòng 2, cột “/);
    expect(r.leavers.map((l) => l.hoTen)).toEqual(["Phạm Văn Đức"]);
  });

  test("both salary forms missing → SALARY_MISSING naming both columns; a security-force row needs no salary", () => {
    const r = readWorkbook([danhSach([person()]), nghiViec([{ ...w23, "Hệ số lương": null, "% phụ cấp công vụ": null }, guard])], pack);
    expectIssue(r, { code: "SALARY_MISSING", row: 2, column: "Tiền lương (phụ cấp) tháng" }, "Tiền lương (phụ cấp) tháng", "Hệ số lương");
    expect(r.leavers.map((l) => l.doiTuong)).toEqual(["baoVeDanPho"]);
  });

  test("% công vụ without Hệ số lương → SALARY_MISSING on Hệ số lương", () => {
    const r = readWorkbook([danhSach([person()]), nghiViec([{ ...w23, "Hệ số lương": null, "Tiền lương (phụ cấp) tháng": null }])], pack);
    expect(errors(r).map((e) => [e.code, e.column])).toEqual([["SALARY_MISSING", "Tiền lương (phụ cấp) tháng"]]);
    const r2 = readWorkbook([danhSach([person()]), nghiViec([{ ...w23, "Hệ số lương": null, "Hệ số phụ cấp chức vụ": "0,2" }])], pack);
    expect(errors(r2)[0]).toMatchObject({ code: "SALARY_MISSING" });
  });

  test("a civil servant without Hình thức → HINH_THUC_REQUIRED; HĐKCT rows need none", () => {
    const r = readWorkbook([danhSach([person()]), nghiViec([{ ...w23, "Hình thức": null }, hdkct])], pack);
    expectIssue(r, { code: "HINH_THUC_REQUIRED", row: 2, column: "Hình thức" }, "Thôi việc", "Nghỉ hưu trước tuổi");
    expect(r.leavers).toHaveLength(1);
  });

  test("both a monthly amount and coefficients → warning, the amount is used; the same person twice → warning", () => {
    const r = readWorkbook([danhSach([person()]), nghiViec([{ ...w23, "Tiền lương (phụ cấp) tháng": 10705500 }, { ...w23, "Ngày nghỉ": "01/07/2025" }])], pack);
    expectIssue(r, { code: "SALARY_TWO_FORMS", severity: "warning", row: 2, column: "Tiền lương (phụ cấp) tháng" });
    expectIssue(r, { code: "DUPLICATE_LEAVER", severity: "warning", row: 3, column: "Họ và tên" }, "dòng 2");
    expect(r.leavers).toHaveLength(2);
  });

  test("aliases: Ngày thôi việc, Số năm đóng BHXH, Tiền lương hiện hưởng, Phụ cấp công vụ (%), Đối tượng nghỉ; Hệ số chức vụ 0 is no allowance", () => {
    const headers = ["Họ tên", "Xã", "Đối tượng nghỉ", "Ngày thôi việc", "Hình thức nghỉ", "Hệ số lương", "Hệ số chức vụ", "Phụ cấp công vụ (%)", "Số năm đóng BHXH", "Số tháng nghỉ sớm"];
    const r = readWorkbook([danhSach([person()]), sheet("Sheet2", headers, [{
      "Họ tên": "A", "Xã": "Xã An Bình", "Đối tượng nghỉ": "CBCC", "Ngày thôi việc": "1/6/2025", "Hình thức nghỉ": "Nghỉ hưu sớm", "Hệ số lương": 3.66,
      "Hệ số chức vụ": 0, "Phụ cấp công vụ (%)": 25, "Số năm đóng BHXH": "20n10t", "Số tháng nghỉ sớm": 36,
    }])], pack);
    expect(r.issues).toEqual([]);
    expect(r.leavers[0]).toMatchObject({ doiTuong: "canBoCongChuc", hinhThuc: "nghiHuuTruocTuoi", heSoChucVu: null, phuCapCongVu: "0.25", thangDongBhxh: 250, soThangNghiTruocTuoi: 36 });
  });

  test("a sheet named NghiViec lacking a required column → COLUMN_MISSING", () => {
    const r = readWorkbook([danhSach([person()]), nghiViec([w23], "NghiViec", NV_HEADERS.filter((h) => h !== "Ngày nghỉ"))], pack);
    expectIssue(r, { code: "COLUMN_MISSING", sheet: "NghiViec", column: "Ngày nghỉ" });
  });
});

describe("cell readers for the leavers' columns", () => {
  test.each([
    ["15 năm 3 tháng", 183], ["15 năm", 180], ["3 tháng", 3], ["15n3t", 183], ["15 NĂM 03 THÁNG", 183], [15, 180], [15.25, 183], ["15,5", 186], ["0", 0],
  ] as [string | number, number][])("Thời gian đóng BHXH %p → %i months", (v, months) => {
    expect(asYearsMonths(v)).toEqual({ ok: true, value: months });
  });
  test.each([["25%", "0.25"], [0.25, "0.25"], [25, "0.25"], ["0,25", "0.25"], ["10", "0.1"], [0, "0"]] as [string | number, string][])("%% công vụ %p → %s", (v, ratio) => {
    expect(asPercent(v)).toEqual({ ok: true, value: ratio });
  });
  test.each([[1, 1], ["I", 1], ["Quý II", 2], ["Q3", 3], ["Quý IV/2026", 4], ["quý 1 năm 2026", 1]] as [string | number, number][])("Quý %p → %i", (v, q) => {
    expect(asQuarter(v)).toEqual({ ok: true, value: q });
  });
  test("Quý 5 is refused", () => {
    expect(asQuarter("Quý 5").ok).toBe(false);
  });
});

describe("DanhSach: Mã số BHXH and Số tháng đã được hỗ trợ", () => {
  test("read when present (a number cell gets its leading zero back); absent keys stay absent", () => {
    const headers = ["Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Mã số BHXH", "Số tháng đã được hỗ trợ"];
    const r = readWorkbook([sheet("DanhSach", headers, [
      { ...person(), "Mã số BHXH": 123456789, "Số tháng đã được hỗ trợ": 115 },
      { ...person({ "Họ và tên": "B" }), "Mã số BHXH": "01 2345 6780" },
      person({ "Họ và tên": "C" }),
    ])], pack);
    expect(r.issues).toEqual([]);
    expect(r.rows[0]).toMatchObject({ maSoBhxh: "0123456789", soThangDaHoTro: 115 });
    expect(r.rows[1].maSoBhxh).toBe("0123456780");
    expect("maSoBhxh" in r.rows[2]).toBe(false);
  });
  test("a code that is not 10 digits → located error", () => {
    const headers = ["Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Mã số BHXH"];
    const r = readWorkbook([sheet("DanhSach", headers, [{ ...person(), "Mã số BHXH": "12AB" }])], pack);
    expectIssue(r, { code: "INVALID_CODE", sheet: "DanhSach", row: 2, column: "Mã số BHXH", value: "12AB" }, "10 chữ số");
  });
});

describe("sheet DoiChieuBHXH", () => {
  const DC = ["Họ và tên", "Mã số BHXH", "Xã, phường", "Quý", "Loại hỗ trợ", "Số tiền NSNN hỗ trợ"];
  test("recognised by Họ và tên, Quý, Số tiền NSNN hỗ trợ; quarters in any usual spelling; a total row is skipped", () => {
    const r = readWorkbook([danhSach([person()]), sheet("BHXH gửi", DC, [
      { "Họ và tên": "Nguyễn Văn An", "Mã số BHXH": "0123456789", "Quý": "Quý I", "Loại hỗ trợ": "BHXH tự nguyện", "Số tiền NSNN hỗ trợ": "198.000" },
      { "Họ và tên": "Nguyễn Văn An", "Xã, phường": "Xã An Bình", "Quý": 2, "Số tiền NSNN hỗ trợ": 198000 },
      { "Họ và tên": "Tổng cộng", "Quý": null, "Số tiền NSNN hỗ trợ": 396000 },
    ])], pack);
    expect(r.issues).toEqual([]);
    expect(r.sheetsFound.doiChieuBhxh).toBe("BHXH gửi");
    expect(r.doiChieu).toEqual([
      { loc: { sheet: "BHXH gửi", row: 2 }, hoTen: "Nguyễn Văn An", maSoBhxh: "0123456789", donVi: null, thon: null, quarter: 1, kind: "bhxhTuNguyen", amount: 198000 },
      { loc: { sheet: "BHXH gửi", row: 3 }, hoTen: "Nguyễn Văn An", maSoBhxh: null, donVi: "Xã An Bình", thon: null, quarter: 2, kind: null, amount: 198000 },
    ]);
  });
  test("bad quarter and amount → located errors", () => {
    const r = readWorkbook([danhSach([person()]), sheet("DoiChieuBHXH", DC, [
      { "Họ và tên": "A", "Quý": "Quý 5", "Số tiền NSNN hỗ trợ": 1000 },
      { "Họ và tên": "B", "Quý": 1, "Số tiền NSNN hỗ trợ": "một triệu" },
    ])], pack);
    expectIssue(r, { code: "INVALID_ENUM", sheet: "DoiChieuBHXH", row: 2, column: "Quý", value: "Quý 5" });
    expectIssue(r, { code: "NOT_A_NUMBER", sheet: "DoiChieuBHXH", row: 3, column: "Số tiền NSNN hỗ trợ" });
    expect(r.doiChieu).toEqual([]);
  });
});

describe("samples/nghi-viec-mau.xlsx (scripts/make-leavers-sample.js)", () => {
  test("reads cleanly and reproduces W23–W26 and the staff-reduction cases; refund and reconciliation warnings", async () => {
    const r = readWorkbook(await readXlsx(join(__dirname, "../../samples/nghi-viec-mau.xlsx")), pack);
    expect(r.issues).toEqual([]);
    expect([r.rows.length, r.leavers.length, r.doiChieu.length]).toEqual([2, 8, 3]);
    const s = summarize(estimate({ year: 2025, rows: r.rows, units: r.units, leavers: r.leavers, doiChieu: r.doiChieu }, pack));
    expect(s.errors).toEqual([]);
    // NĐ 29/2023 Đ.7: 3 × 7,000,000 + 1.5 × 6,500,000 × 12 = 138,000,000; NĐ 154/2025 Đ.8: 3 × 8,000,000 + 1.5 × 8,000,000 × 10 = 144,000,000
    expect(s.leavers.map((l) => l.total)).toEqual([786854250, 166374000, 105300000, 23400000, 809786250, 138000000, 144000000, 5000000]);
    expect(s.totals.troCapMotLan).toBe(2178714500);
    expect(s.warnings.map((w) => w.code).sort()).toEqual(["DOI_CHIEU_CHENH_LECH", "HOAN_TRA_TRO_CAP"]);
    expect(s.doiChieu).toEqual([expect.objectContaining({ hoTen: "Đinh Văn Hùng", quarter: 3, ours: 198000, agency: 99000, difference: 99000 })]);
  });
});
