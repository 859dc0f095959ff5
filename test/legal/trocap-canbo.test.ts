/**
 * Cán bộ, công chức leaving under staff reduction (docs/legal/troCap.md §4): NĐ 29/2023 Đ.5 (early
 * retirement) and Đ.7 (resignation) from 20/7/2023 to 15/6/2025, NĐ 154/2025 Đ.6 and Đ.8 from 16/6/2025
 * to 31/12/2030; beside NĐ 178/2024 (restructuring) from 1/1/2025, told apart by column "Chính sách".
 * S = salary of the month before leaving; B = average salary of the last 60 months (NĐ 29 only).
 * Every amount below is computed by hand in the test name; both sides of 2023-07-20, 2025-01-01,
 * 2025-03-15, 2025-06-16 and 2031-01-01.
 */
import { amounts, codes, leaver, run, withThamSo } from "../helpers/leavers";
import type { LeaverRow } from "../../src/engine/types";

const canBo = (p: Partial<LeaverRow> & Pick<LeaverRow, "ngayNghi">) => leaver({ doiTuong: "canBoCongChuc", ...p });
/** Resignation: S 8,000,000, B 7,000,000, 10 years 3 months of BHXH. */
const quit = (ngayNghi: string, p: Partial<LeaverRow> = {}) =>
  canBo({ ngayNghi, hinhThuc: "thoiViec", tienLuongThang: 8000000, tienLuongBinhQuan: 7000000, thangDongBhxh: 123, ...p });
/** Early retirement: S 10,000,000, B 9,000,000, 3 years early, 22 years of BHXH. */
const retire = (ngayNghi: string, p: Partial<LeaverRow> = {}) =>
  canBo({ ngayNghi, hinhThuc: "nghiHuuTruocTuoi", tienLuongThang: 10000000, tienLuongBinhQuan: 9000000, soThangNghiTruocTuoi: 36, thangDongBhxh: 264, ...p });

describe("NĐ 29/2023 Đ.7 k.1 (resignation): 3 × S + 1.5 × B per BHXH year", () => {
  test("2023-07-20 boundary: 19/7/2023 → no regime; 20/7/2023 → 3 × 8,000,000 + 1.5 × 7,000,000 × 10.5 = 24,000,000 + 110,250,000 = 134,250,000", () => {
    const before = run([quit("2023-07-19")]);
    expect(before.s.totals.troCapMotLan).toBe(0);
    expect(codes(before.s)).toContain("KHONG_CO_CHE_DO_TRO_CAP");
    const { p, s } = run([quit("2023-07-20")]);
    expect(amounts(p)).toEqual([24000000, 110250000]);
    expect(p.total).toBe(134250000);
    expect(p.regime).toBe("Nghị định 29/2023/NĐ-CP Điều 7 khoản 1");
    expect(p.lines[0].formula).toBe("3 × S (S = 8.000.000)");
    expect(p.lines[1].formula).toBe("1,5 × B × 10,5 năm (10 năm 3 tháng) (B = 7.000.000)");
    expect(p.lines.map((l) => l.month)).toEqual([7, 7]);
    expect(s.byMonth[6].totals.troCapMotLan).toBe(134250000);
    expect(s.unconfirmed.map((u) => u.key)).toContain("troCap.nd29.namLe.nguongThang"); // odd-month rounding of NĐ 29: not confirmed
  });
  test("B is needed: blank → located error naming the column, row not costed", () => {
    const { s, p } = run([quit("2024-03-01", { tienLuongBinhQuan: null })]);
    expect(p.complete).toBe(false);
    expect(s.totals.troCapMotLan).toBe(0);
    expect(s.errors.find((e) => e.code === "THIEU_TIEN_LUONG_BINH_QUAN")).toMatchObject({ sheet: "NghiViec", row: p.loc.row, column: "Tiền lương bình quân 60 tháng" });
  });
  test("the kind of leaving is needed for a cán bộ, công chức: blank Hình thức → located error", () => {
    expect(run([quit("2024-03-01", { hinhThuc: null })]).s.errors[0]).toMatchObject({ code: "THIEU_HINH_THUC", column: "Hình thức" });
  });
});

describe("2025-01-01: NĐ 178/2024 (restructuring) beside staff reduction; column Chính sách", () => {
  /** W23's salary (3.66 × 1.25 × 2,340,000 = 10,705,500), with B = 10,000,000. */
  const w23 = (ngayNghi: string, p: Partial<LeaverRow> = {}) =>
    canBo({ ngayNghi, hinhThuc: "thoiViec", heSoLuong: "3.66", phuCapCongVu: "0.25", tienLuongBinhQuan: 10000000, thangDongBhxh: 180, soThangNghiTruocTuoi: 180, ...p });
  test("31/12/2024, column blank: only NĐ 29 is in force → Đ.7: 3 × 10,705,500 + 1.5 × 10,000,000 × 15 = 32,116,500 + 225,000,000 = 257,116,500 (issue 9: no longer 'no regime')", () => {
    const { p, s } = run([w23("2024-12-31")]);
    expect(amounts(p)).toEqual([32116500, 225000000]);
    expect(p.total).toBe(257116500);
    expect(codes(s)).not.toContain("CHUA_GHI_CHINH_SACH");
  });
  test("1/1/2025: Tinh giản biên chế → NĐ 29 Đ.7 257,116,500; Sắp xếp → NĐ 178 Đ.10 786,854,250 (W23)", () => {
    expect(run([w23("2025-01-01", { chinhSach: "tinhGian" })]).p.total).toBe(257116500);
    const r = run([w23("2025-01-01", { chinhSach: "sapXep", thangKeTuQuyetDinh: 1 })]);
    expect(r.p.total).toBe(786854250);
    expect(r.p.regime).toBe("Nghị định 178/2024/NĐ-CP Điều 10 khoản 1 điểm a");
  });
  test("1/1/2025, both columns blank: NĐ 178 (786,854,250) with a warning on Chính sách and the first-12-months assumption", () => {
    const { p, s } = run([w23("2025-01-01")]);
    expect(p.total).toBe(786854250);
    expect(s.warnings.find((w) => w.code === "CHUA_GHI_CHINH_SACH")).toMatchObject({ sheet: "NghiViec", row: p.loc.row, column: "Chính sách" });
    expect(codes(s)).toContain("GIA_DINH_THANG_DAU");
    expect(s.errors).toEqual([]);
  });
});

describe("2025-03-15 (NĐ 67/2025 amends NĐ 178 only): staff reduction unchanged", () => {
  test("NĐ 29 Đ.5, 17 BHXH years, on 14/3 and 15/3/2025: 3 × 9,000,000 × 3 = 81,000,000 and no BHXH-years sum (under 20 years, no 15-year variant in NĐ 29)", () => {
    for (const d of ["2025-03-14", "2025-03-15"]) {
      const { p, s } = run([retire(d, { thangDongBhxh: 204, chinhSach: "tinhGian" })]);
      expect(amounts(p)).toEqual([81000000]);
      expect(s.warnings.find((w) => w.code === "CHUA_DU_NAM_BHXH")).toMatchObject({ column: "Thời gian đóng BHXH" });
    }
  });
});

describe("NĐ 29/2023 Đ.5 k.1 (early retirement): 3 × B per full year early + (5 + 0.5 per year from 21) months", () => {
  test("3 years early, 22 BHXH years: 3 × 9,000,000 × 3 + (5 + 0.5 × 2) × 9,000,000 = 81,000,000 + 54,000,000 = 135,000,000", () => {
    const { p, s } = run([retire("2024-09-01")]);
    expect(amounts(p)).toEqual([81000000, 54000000]);
    expect(p.regime).toBe("Nghị định 29/2023/NĐ-CP Điều 5 khoản 1");
    expect(p.base).toEqual({ amount: 9000000, formula: "9.000.000 (tiền lương bình quân 60 tháng, nhập ở sheet NghiViec)" });
    const unconfirmed = s.unconfirmed.map((u) => u.key);
    expect(unconfirmed).toContain("troCap.nd29.huuTri.namBhxh.theoLuongBinhQuan");
    expect(unconfirmed).toContain("troCap.nd29.huuTri.soThangNghiSomToiThieu");
  });
  test("the BHXH-years sum on S when ThamSo sets troCap.nd29.huuTri.namBhxh.theoLuongBinhQuan = 0: 81,000,000 + 6 × 10,000,000 = 141,000,000", () => {
    const pack = withThamSo("central", [["troCap.nd29.huuTri.namBhxh.theoLuongBinhQuan", "flag", "2023-07-20", "0"]]);
    expect(amounts(run([retire("2024-09-01")], pack).p)).toEqual([81000000, 60000000]);
  });
  test("band 24–60 months early (placeholder): 24 → 54,000,000 + 54,000,000; 60 → 135,000,000 + 54,000,000; 23 and 61 → warning, nothing", () => {
    expect(amounts(run([retire("2024-09-01", { soThangNghiTruocTuoi: 24 })]).p)).toEqual([54000000, 54000000]);
    expect(amounts(run([retire("2024-09-01", { soThangNghiTruocTuoi: 60 })]).p)).toEqual([135000000, 54000000]);
    for (const m of [23, 61]) {
      const { p, s } = run([retire("2024-09-01", { soThangNghiTruocTuoi: m })]);
      expect(p.total).toBe(0);
      expect(s.warnings.find((w) => w.code === "KHONG_THUOC_DIEN_TRO_CAP")).toMatchObject({ column: "Số tháng nghỉ trước tuổi" });
    }
  });
  test("full years only: 40 months early → 3 years, 81,000,000; 22 years 7 months of BHXH → 23 years: 6.5 × 9,000,000 = 58,500,000", () => {
    expect(amounts(run([retire("2024-09-01", { soThangNghiTruocTuoi: 40, thangDongBhxh: 271 })]).p)).toEqual([81000000, 58500000]);
  });
  test("19 years 6 months of BHXH (19.5 < 20): no BHXH-years sum, warning", () => {
    const { p, s } = run([retire("2024-09-01", { thangDongBhxh: 234 })]);
    expect(amounts(p)).toEqual([81000000]);
    expect(codes(s)).toContain("CHUA_DU_NAM_BHXH");
  });
});

describe("2025-06-16: NĐ 154/2025 replaces NĐ 29/2023 for staff reduction", () => {
  test("resignation, S 10,000,000, B 9,000,000, 15 years 8 months (→ 16): 15/6 NĐ 29 Đ.7 30,000,000 + 216,000,000 = 246,000,000; 16/6 NĐ 154 Đ.8 30,000,000 + 240,000,000 = 270,000,000", () => {
    const who = { tienLuongThang: 10000000, tienLuongBinhQuan: 9000000, thangDongBhxh: 188, chinhSach: "tinhGian" as const };
    const before = run([quit("2025-06-15", who)]).p;
    expect(amounts(before)).toEqual([30000000, 216000000]);
    expect(before.total).toBe(246000000);
    const after = run([quit("2025-06-16", who)]).p;
    expect(amounts(after)).toEqual([30000000, 240000000]);
    expect(after.total).toBe(270000000);
    expect(after.regime).toBe("Nghị định 154/2025/NĐ-CP Điều 8 khoản 1");
  });
  test("NĐ 154 needs no average salary: B blank on 16/6/2025 is no error", () => {
    const { s, p } = run([quit("2025-06-16", { tienLuongBinhQuan: null, chinhSach: "tinhGian" })]);
    expect(s.errors).toEqual([]);
    expect(amounts(p)).toEqual([24000000, 126000000]); // 3 × 8,000,000; 1.5 × 8,000,000 × 10.5 (10 years 3 months → 10.5)
  });
});

describe("NĐ 154/2025 Đ.6 (early retirement 2–5 years): 5 × S per full year early + (5 + 0.5 per year from 21) × S; 15 to < 20 years: 5 × S", () => {
  const nd154 = (p: Partial<LeaverRow> = {}) => retire("2025-09-01", { chinhSach: "tinhGian", tienLuongBinhQuan: null, ...p });
  test("3 years early, 22 BHXH years, S 10,000,000: 150,000,000 + 60,000,000 = 210,000,000", () => {
    const { p } = run([nd154()]);
    expect(amounts(p)).toEqual([150000000, 60000000]);
    expect(p.regime).toBe("Nghị định 154/2025/NĐ-CP Điều 6");
    expect(p.lines[0].citation).toContain("Nghị định 154/2025/NĐ-CP Điều 6");
  });
  test("15 to under 20 years: 17 years → 5 × S = 50,000,000 flat (formula without a per-year part); exactly 15 → 50,000,000; 20 → 50,000,000", () => {
    const p17 = run([nd154({ thangDongBhxh: 204 })]).p;
    expect(amounts(p17)).toEqual([150000000, 50000000]);
    expect(p17.lines[1].formula).toBe("5 × S — 17 năm đóng BHXH (S = 10.000.000)");
    expect(amounts(run([nd154({ thangDongBhxh: 180 })]).p)).toEqual([150000000, 50000000]);
    expect(amounts(run([nd154({ thangDongBhxh: 240 })]).p)).toEqual([150000000, 50000000]);
  });
  test("14 years 6 months (14.5 < 15): no BHXH-years sum, warning", () => {
    const { p, s } = run([nd154({ thangDongBhxh: 174 })]);
    expect(amounts(p)).toEqual([150000000]);
    expect(codes(s)).toContain("CHUA_DU_NAM_BHXH");
  });
  test("band 24–60 months early: 24 → 100,000,000 + 60,000,000; 60 → 250,000,000 + 60,000,000; 23 and 61 → warning; 40 → 3 full years", () => {
    expect(amounts(run([nd154({ soThangNghiTruocTuoi: 24 })]).p)).toEqual([100000000, 60000000]);
    expect(amounts(run([nd154({ soThangNghiTruocTuoi: 60 })]).p)).toEqual([250000000, 60000000]);
    expect(amounts(run([nd154({ soThangNghiTruocTuoi: 40 })]).p)).toEqual([150000000, 60000000]);
    for (const m of [23, 61]) expect(codes(run([nd154({ soThangNghiTruocTuoi: m })]).s)).toContain("KHONG_THUOC_DIEN_TRO_CAP");
  });
  test("S from hệ số 4.0 on the LCS of the month before: leaving 1/7/2026 → 9,360,000, 15 × S = 140,400,000; 1/8/2026 → 10,120,000, 151,800,000", () => {
    const hs = { tienLuongThang: null, heSoLuong: "4.0", soThangNghiTruocTuoi: 24, thangDongBhxh: 240 };
    expect(run([retire("2026-07-01", { chinhSach: "tinhGian", ...hs })]).p.total).toBe(140400000);
    expect(run([retire("2026-08-01", { chinhSach: "tinhGian", ...hs })]).p.total).toBe(151800000);
  });
});

describe("NĐ 154/2025 ends 31/12/2030", () => {
  test("resignation under staff reduction, S 8,000,000, 10 years: 31/12/2030 → 24,000,000 + 120,000,000; 1/1/2031 → no regime (warning on Chính sách)", () => {
    expect(amounts(run([quit("2030-12-31", { chinhSach: "tinhGian", thangDongBhxh: 120 })]).p)).toEqual([24000000, 120000000]);
    const after = run([quit("2031-01-01", { chinhSach: "tinhGian", thangDongBhxh: 120 })]);
    expect(after.p.total).toBe(0);
    expect(after.s.warnings.find((w) => w.code === "KHONG_CO_CHE_DO_TRO_CAP")).toMatchObject({ column: "Chính sách" });
  });
  test("1/1/2031 with the column blank: only NĐ 178 is in force → it applies, without the Chính sách warning", () => {
    const { p, s } = run([quit("2031-01-01", { thangDongBhxh: 120, soThangNghiTruocTuoi: 60, thangKeTuQuyetDinh: 1 })]);
    expect(p.regime).toContain("Nghị định 178/2024/NĐ-CP");
    expect(codes(s)).not.toContain("CHUA_GHI_CHINH_SACH");
  });
});
