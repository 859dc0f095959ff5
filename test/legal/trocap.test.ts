/**
 * One-off payments to leavers (issue: "Leavers: one-off allowances, severance and staff-reduction
 * support"). Zero tolerance in đồng; every case names its citation and both sides of the dates it
 * depends on: 2023-07-20 (NĐ 29/2023), 2025-01-01 (NĐ 178/2024), 2025-03-15 (NĐ 67/2025; provincial
 * top-ups lose their basis), 2025-06-16 (NĐ 154/2025 replaces NĐ 29/2023). Worked examples W23–W26:
 * docs/legal/troCap.md §8. Cán bộ, công chức under staff reduction: trocap-canbo.test.ts; regime choice:
 * trocap-regime.test.ts; refund rules: trocap-refund.test.ts.
 */
import { parseOverride, resolvePack } from "../../src/packs";
import { amounts, central, codes, leaver, run } from "../helpers/leavers";
import type { LeaverRow } from "../../src/engine/types";

/** W23: hệ số 3.66 + 25% công vụ, leaves 1/6/2025, 15 years of BHXH, first 12 months. */
const w23 = (p: Partial<LeaverRow> = {}) =>
  leaver({ doiTuong: "canBoCongChuc", hinhThuc: "thoiViec", ngayNghi: "2025-06-01", heSoLuong: "3.66", phuCapCongVu: "0.25",
    thangDongBhxh: 180, soThangNghiTruocTuoi: 180, thangKeTuQuyetDinh: 1, ...p });

describe("cán bộ, công chức: NĐ 178/2024 Đ.10 k.1 (resignation), as amended by NĐ 67/2025", () => {
  test("W23 (MoHA example): S = 3.66 × 1.25 × 2,340,000 = 10,705,500; 513,864,000 + 240,873,750 + 32,116,500 = 786,854,250", () => {
    const { s, p } = run([w23()]);
    expect(p.base).toEqual({ amount: 10705500, formula: "3,66 × (1 + 25%) × 2.340.000 (lương cơ sở tháng 5/2025)" });
    expect(amounts(p)).toEqual([513864000, 240873750, 32116500]);
    expect(p.total).toBe(786854250);
    expect(s.totals.troCapMotLan).toBe(786854250);
    expect(s.byMonth[5].totals.troCapMotLan).toBe(786854250);
    expect(s.byQuarter[1].totals.troCapMotLan).toBe(786854250);
    expect(p.lines[0].formula).toBe("0,8 × S × 60 tháng (còn 180 tháng, tối đa 60) — nghỉ trong 12 tháng đầu (S = 10.705.500)");
    expect(p.lines[0].citation).toContain("Nghị định 178/2024/NĐ-CP Điều 10 khoản 1 điểm a");
    expect(p.lines[1].citation).toContain("Điều 10 khoản 1 điểm c");
    expect(p.regime).toBe("Nghị định 178/2024/NĐ-CP Điều 10 khoản 1 điểm a (sửa đổi, bổ sung bởi Nghị định 67/2025/NĐ-CP)");
    expect(s.leavers[0].total).toBe(786854250);
    expect(s.errors).toEqual([]);
  });
  test("W23 with the salary typed (Tiền lương tháng 10,705,500) gives the same 786,854,250", () => {
    expect(run([w23({ heSoLuong: null, phuCapCongVu: null, tienLuongThang: 10705500 })]).p.total).toBe(786854250);
  });
  test("from the 13th month after the decision: 0.4 × S × 60 = 256,932,000 (Đ.10 k.1 a)", () => {
    expect(amounts(run([w23({ thangKeTuQuyetDinh: 13 })]).p)).toEqual([256932000, 240873750, 32116500]);
    expect(amounts(run([w23({ thangKeTuQuyetDinh: 12 })]).p)[0]).toBe(513864000);
  });
  test("months capped at 60 (Đ.5); fewer months left to retirement count as they are: 0.8 × S × 40", () => {
    expect(amounts(run([w23({ soThangNghiTruocTuoi: 40 })]).p)[0]).toBe(342576000);
  });
  test("odd BHXH months (Đ.5): 15 years 4 months = 15.5 years; 15 years 7 months = 16 years", () => {
    expect(amounts(run([w23({ thangDongBhxh: 184 })]).p)[1]).toBe(248902875); // 1.5 × 10,705,500 × 15.5
    expect(amounts(run([w23({ thangDongBhxh: 187 })]).p)[1]).toBe(256932000); // 1.5 × 10,705,500 × 16
  });
  test("no Tháng thứ: assumed within the first 12 months, with a located warning", () => {
    const { s, p } = run([w23({ thangKeTuQuyetDinh: null })]);
    expect(p.total).toBe(786854250);
    expect(s.warnings.find((w) => w.code === "GIA_DINH_THANG_DAU")).toMatchObject({ sheet: "NghiViec", column: "Tháng thứ mấy kể từ quyết định sắp xếp" });
  });
  test("2025-01-01 boundary: leaving 31/12/2024 under the restructuring → no NĐ 178 regime yet (warning on Chính sách); 1/1/2025 → NĐ 178 on December 2024's LCS", () => {
    const before = run([w23({ ngayNghi: "2024-12-31", chinhSach: "sapXep" })]);
    expect(before.s.totals.troCapMotLan).toBe(0);
    expect(before.p.regime).toBeNull();
    expect(before.s.warnings.find((w) => w.code === "KHONG_CO_CHE_DO_TRO_CAP")).toMatchObject({ sheet: "NghiViec", column: "Chính sách" });
    const after = run([w23({ ngayNghi: "2025-01-01" })]);
    expect(after.p.base!.amount).toBe(10705500);
    expect(after.p.total).toBe(786854250);
    expect(after.p.regime).toBe("Nghị định 178/2024/NĐ-CP Điều 10 khoản 1 điểm a"); // NĐ 67 not yet in force
    expect(after.s.byMonth[0].totals.troCapMotLan).toBe(786854250);
    expect(codes(after.s)).not.toContain("CHUA_GHI_CHINH_SACH"); // Tháng thứ 1 is filled: an arrangement decision
    // the other side for staff reduction: test/legal/trocap-canbo.test.ts (NĐ 29/2023 Đ.7 on 31/12/2024)
  });
  test("the salary is on the LCS of the month before leaving: 1/7/2026 → June 2,340,000; 1/8/2026 → July 2,530,000", () => {
    expect(run([w23({ ngayNghi: "2026-07-01" })]).p.base!.amount).toBe(10705500);
    expect(run([w23({ ngayNghi: "2026-08-01" })]).p.base!.amount).toBe(11574750); // 3.66 × 1.25 × 2,530,000
  });
});

describe("cán bộ, công chức: early retirement, NĐ 178/2024 Đ.7 (NĐ 67/2025 from 15/3/2025)", () => {
  const early = (p: Partial<LeaverRow> = {}) =>
    leaver({ doiTuong: "canBoCongChuc", hinhThuc: "nghiHuuTruocTuoi", ngayNghi: "2025-06-01", tienLuongThang: 10000000, thangDongBhxh: 264,
      soThangNghiTruocTuoi: 36, thangKeTuQuyetDinh: 1, ...p });
  test("3 years early, 22 BHXH years: 1.0 × S × 36 + 5 × S × 3 + (5 + 0.5 × 2) × S = 360,000,000 + 150,000,000 + 60,000,000", () => {
    const { p } = run([early()]);
    expect(amounts(p)).toEqual([360000000, 150000000, 60000000]);
    expect(p.lines[0].citation).toContain("Điều 7 khoản 1 điểm b");
  });
  test("from the 13th month the pension one-off is halved: 0.5 × 360,000,000", () => {
    expect(amounts(run([early({ thangKeTuQuyetDinh: 13 })]).p)[0]).toBe(180000000);
  });
  test("7 years early (>5–10 band): 0.9 × S × 60 + 4 × S × 7 = 540,000,000 + 280,000,000", () => {
    expect(amounts(run([early({ soThangNghiTruocTuoi: 84 })]).p)).toEqual([540000000, 280000000, 60000000]);
  });
  test("18 months early: no per-year line below 2 years (Đ.7 k.1 c, 2–5 year band)", () => {
    expect(amounts(run([early({ soThangNghiTruocTuoi: 18 })]).p)).toEqual([180000000, 60000000]);
  });
  test("more than 10 years early is outside the policy: warning, nothing costed", () => {
    const { s } = run([early({ soThangNghiTruocTuoi: 121 })]);
    expect(s.totals.troCapMotLan).toBe(0);
    expect(codes(s)).toContain("KHONG_THUOC_DIEN_TRO_CAP");
  });
  test("2025-03-15 boundary: 17 BHXH years → before NĐ 67 no BHXH-years line (warning); from 15/3/2025 (4 + 0.5 × 2) × S", () => {
    const before = run([early({ ngayNghi: "2025-03-14", thangDongBhxh: 204 })]);
    expect(amounts(before.p)).toEqual([360000000, 150000000]);
    expect(before.s.warnings.find((w) => w.code === "CHUA_DU_NAM_BHXH")).toMatchObject({ column: "Thời gian đóng BHXH" });
    const after = run([early({ ngayNghi: "2025-03-15", thangDongBhxh: 204 })]);
    expect(amounts(after.p)).toEqual([360000000, 150000000, 50000000]);
    expect(after.p.lines[2].citation).toContain("Nghị định 67/2025/NĐ-CP");
    // 22 years: the NĐ 178 rule on both sides
    expect(amounts(run([early({ ngayNghi: "2025-03-14" })]).p)[2]).toBe(60000000);
    expect(amounts(run([early({ ngayNghi: "2025-03-15" })]).p)[2]).toBe(60000000);
  });
});

describe("HĐKCT: NĐ 29/2023 Đ.9 k.2 (20/7/2023 – 15/6/2025), NĐ 154/2025 Đ.9–10 (from 16/6/2025)", () => {
  test("W26: NĐ 29 Đ.9 k.2, A = 2,340,000, 20 months left: 0.5 × A × 20 = 23,400,000 (leaving 15/6/2025)", () => {
    const { s, p } = run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2025-06-15", tienLuongThang: 2340000, soThangConLai: 20, thangKeTuQuyetDinh: 3 })]);
    expect(amounts(p)).toEqual([23400000]);
    expect(p.regime).toBe("Nghị định 29/2023/NĐ-CP Điều 9 khoản 2");
    expect(s.byMonth[5].totals.troCapMotLan).toBe(23400000);
  });
  test("NĐ 29: months left capped at the retirement date; leaving after 12 months from the decision is not covered", () => {
    expect(amounts(run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2024-10-01", tienLuongThang: 2340000, soThangConLai: 20, soThangNghiTruocTuoi: 8 })]).p)).toEqual([9360000]);
    const late = run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2024-10-01", tienLuongThang: 2340000, soThangConLai: 20, thangKeTuQuyetDinh: 13 })]);
    expect(late.s.totals.troCapMotLan).toBe(0);
    expect(late.s.warnings.find((w) => w.code === "KHONG_THUOC_DIEN_TRO_CAP")).toMatchObject({ sheet: "NghiViec", column: "Tháng thứ mấy kể từ quyết định sắp xếp" });
  });
  test("2023-07-20 boundary: leaving 19/7/2023 → no regime; 20/7/2023 → NĐ 29 on June 2023's LCS (hệ số 1.0 × 1,490,000)", () => {
    const before = run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2023-07-19", heSoLuong: "1.0", soThangConLai: 10 })]);
    expect(before.s.totals.troCapMotLan).toBe(0);
    expect(codes(before.s)).toContain("KHONG_CO_CHE_DO_TRO_CAP");
    const after = run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2023-07-20", heSoLuong: "1.0", soThangConLai: 10 })]);
    expect(after.p.base!.amount).toBe(1490000);
    expect(amounts(after.p)).toEqual([7450000]);
  });
  test("W24: NĐ 154 Đ.9, A = 3,510,000, exactly 4 years: 134,784,000 + 21,060,000 + 10,530,000 = 166,374,000", () => {
    const { p, s } = run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2025-08-01", heSoLuong: "1.5", soThangCongTac: 48 })]);
    expect(p.base!.amount).toBe(3510000);
    expect(amounts(p)).toEqual([134784000, 21060000, 10530000]);
    expect(p.total).toBe(166374000);
    expect(p.regime).toBe("Nghị định 154/2025/NĐ-CP Điều 9 khoản 1");
    expect(p.lines[0].formula).toBe("0,8 × A × 48 tháng công tác (dưới 60 tháng) (A = 3.510.000)");
    expect(s.unconfirmed.map((u) => u.key)).not.toContain("troCap.nd154.namLe.nguongThang");
  });
  test("W25: NĐ 154 Đ.9, A = 2,340,000, 12 years worked, 30 months to retirement: 56,160,000 + 42,120,000 + 7,020,000 = 105,300,000", () => {
    const { p } = run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2025-09-01", tienLuongThang: 2340000, soThangCongTac: 144, soThangNghiTruocTuoi: 30 })]);
    expect(amounts(p)).toEqual([56160000, 42120000, 7020000]);
    expect(p.total).toBe(105300000);
  });
  test("2025-06-16 boundary: the same person is NĐ 29 on 15/6/2025 and NĐ 154 on 16/6/2025", () => {
    const who = { doiTuong: "hdkctXa" as const, tienLuongThang: 2340000, soThangConLai: 20, soThangCongTac: 48 };
    expect(run([leaver({ ...who, ngayNghi: "2025-06-15" })]).p.total).toBe(23400000);
    const after = run([leaver({ ...who, ngayNghi: "2025-06-16" })]).p;
    expect(after.regime).toBe("Nghị định 154/2025/NĐ-CP Điều 9 khoản 1");
    expect(after.total).toBe(89856000 + 14040000 + 7020000);
  });
  test("NĐ 154 applies to 31/12/2030: leaving 31/12/2030 is costed, 1/1/2031 has no regime", () => {
    const who = { doiTuong: "hdkctXa" as const, tienLuongThang: 2530000, soThangCongTac: 48 };
    expect(run([leaver({ ...who, ngayNghi: "2030-12-31" })]).p.total).toBe(97152000 + 15180000 + 7590000);
    expect(codes(run([leaver({ ...who, ngayNghi: "2031-01-01" })]).s)).toContain("KHONG_CO_CHE_DO_TRO_CAP");
  });
  test("≥5 years worked and ≥5 years to retirement: placeholder 60 months, flagged unconfirmed", () => {
    const { p, s } = run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2025-09-01", tienLuongThang: 2340000, soThangCongTac: 144, soThangNghiTruocTuoi: 100 })]);
    expect(amounts(p)).toEqual([112320000, 42120000, 7020000]);
    expect(s.unconfirmed.map((u) => u.key)).toContain("troCap.nd154.hdkct.soThangConLaiTamTinh");
  });
  test("odd months of service: 4 years 3 months → 51 months and 4.5 years (rounding unconfirmed, listed)", () => {
    const { p, s } = run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2025-09-01", tienLuongThang: 2340000, soThangCongTac: 51 })]);
    expect(amounts(p)).toEqual([95472000, 15795000, 7020000]);
    expect(s.unconfirmed.map((u) => u.key)).toContain("troCap.nd154.namLe.nguongThang");
  });
  test("thôn, TDP HĐKCT: NĐ 154 Đ.10 (the same bands), cited", () => {
    const { p } = run([leaver({ doiTuong: "hdkctThon", thon: "Thôn 1", ngayNghi: "2026-02-01", tienLuongThang: 2340000, soThangCongTac: 48 })]);
    expect(p.regime).toBe("Nghị định 154/2025/NĐ-CP Điều 10");
    expect(p.lines[0].citation).toContain("Điều 10");
    expect(p.total).toBe(89856000 + 14040000 + 7020000);
  });
  test("the concurrent allowance is not in A: the typed amount is used as given (NĐ 154 Đ.5 k.2)", () => {
    expect(run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2025-09-01", tienLuongThang: 2340000, soThangCongTac: 48 })]).p.base!.formula).toBe("2.340.000 (nhập ở sheet NghiViec)");
  });
});

describe("missing inputs are located errors; the row is not costed", () => {
  test("civil servant without BHXH time", () => {
    const { s, p } = run([w23({ thangDongBhxh: null })]);
    expect(p.complete).toBe(false);
    expect(s.totals.troCapMotLan).toBe(0);
    expect(s.errors.find((e) => e.code === "THIEU_THOI_GIAN_BHXH")).toMatchObject({ sheet: "NghiViec", row: p.loc.row, column: "Thời gian đóng BHXH" });
  });
  test("NĐ 154 HĐKCT without months of service; NĐ 29 without months left; no salary at all", () => {
    expect(codes(run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2025-09-01", tienLuongThang: 2340000 })]).s)).toContain("THIEU_SO_THANG_CONG_TAC");
    expect(codes(run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2024-09-01", tienLuongThang: 2340000 })]).s)).toContain("THIEU_SO_THANG_CON_LAI");
    expect(run([leaver({ doiTuong: "hdkctXa", ngayNghi: "2025-09-01", soThangCongTac: 48 })]).s.errors[0]).toMatchObject({ code: "THIEU_TIEN_LUONG", column: "Tiền lương (phụ cấp) tháng" });
  });
  test("leavers outside the estimate year are not costed (one warning)", () => {
    const { s, r } = run([w23()], central, [], 2026);
    expect(s.totals.troCapMotLan).toBe(0);
    expect(r.leavers).toEqual([]);
    expect(codes(s)).toContain("NGHI_VIEC_NGOAI_NAM");
  });
});

describe("former security forces: one-off allowance (seed 002, CV 2354/UBND-NC mục 2; amount unconfirmed)", () => {
  test("no amount in the pack and none typed → located error asking for it", () => {
    const { s } = run([leaver({ doiTuong: "baoVeDanPho", ngayNghi: "2025-03-01" })]);
    const e = s.errors.find((x) => x.code === "THIEU_MUC_TRO_CAP_MOT_LAN")!;
    expect(e).toMatchObject({ sheet: "NghiViec", column: "Số tiền trợ cấp một lần" });
    expect(e.message).toContain("troCap.motLan.baoVeDanPho");
  });
  test("the amount typed per person is used; Hưng Yên cites CV 2354/UBND-NC", () => {
    const { p } = run([leaver({ doiTuong: "congAnXaBanChuyenTrach", ngayNghi: "2025-03-01", troCapMotLan: 12000000 })], resolvePack("hung-yen"));
    expect(amounts(p)).toEqual([12000000]);
    expect(p.regime).toContain("Công văn 2354/UBND-NC");
  });
  test("a ThamSo value (troCap.motLan.doiTruongDanPhong) applies from its date, marked user-supplied", () => {
    const pack = resolvePack("hung-yen", [{ layer: "ThamSo", override: parseOverride({ parameters: [{ key: "troCap.motLan.doiTruongDanPhong", label: "x", unit: "VND", values: [{ from: "2025-01-01", value: "8000000", source: { document: "QĐ của UBND tỉnh (người dùng)" }, confidence: "high" }] }] }) }]);
    const { p, s } = run([leaver({ doiTuong: "doiTruongDanPhong", ngayNghi: "2025-03-01" })], pack);
    expect(amounts(p)).toEqual([8000000]);
    expect(s.userSupplied.map((u) => u.key)).toContain("troCap.motLan.doiTruongDanPhong");
  });
  test("Hưng Yên's slot starts with CV 2354/UBND-NC (16/8/2024); the day before, the central slot (the 2023 law) is cited", () => {
    const hy = resolvePack("hung-yen");
    expect(run([leaver({ doiTuong: "baoVeDanPho", ngayNghi: "2024-08-15", troCapMotLan: 1000000 })], hy).p.regime).toBe("Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở 2023");
    expect(run([leaver({ doiTuong: "baoVeDanPho", ngayNghi: "2024-08-16", troCapMotLan: 1000000 })], hy).p.regime).toContain("Công văn 2354/UBND-NC");
  });
  test("before the law on the grassroots force (1/7/2024) there is no such regime", () => {
    expect(codes(run([leaver({ doiTuong: "baoVeDanPho", ngayNghi: "2024-06-30", troCapMotLan: 1000000 })]).s)).toContain("KHONG_CO_CHE_DO_TRO_CAP");
  });
});

describe("provincial top-up: Hải Phòng NQ 07/2024 (seed 004); from 15/3/2025 its status is unconfirmed (NĐ 67/2025 Đ.1 k.17 removed only top-ups to NĐ 178/2024 payments)", () => {
  const hp = resolvePack("hai-phong");
  const who = (ngayNghi: string, hoTroTinh: number | null) =>
    leaver({ doiTuong: "hdkctXa", ngayNghi, tienLuongThang: 2340000, soThangConLai: 20, thangKeTuQuyetDinh: 2, hoTroTinh });
  test("14/3/2025: the amount typed per person is added, flagged unconfirmed", () => {
    const { p, s } = run([who("2025-03-14", 50000000)], hp);
    expect(amounts(p)).toEqual([23400000, 50000000]);
    expect(p.lines[1].citation).toContain("Nghị quyết 07/2024/NQ-HĐND");
    expect(s.unconfirmed.map((u) => u.key)).toContain("troCap.hoTroTinh.apDung");
  });
  test("15/3/2025: still counted by default but flagged unconfirmed (docs/legal/hai-phong.md §2); a ThamSo 0 switches it off", () => {
    const { p, s } = run([who("2025-03-15", 50000000)], hp);
    expect(amounts(p)).toEqual([23400000, 50000000]);
    expect(s.unconfirmed.filter((u) => u.key === "troCap.hoTroTinh.apDung").map((u) => u.from)).toContain("2025-03-15");
    const off = parseOverride({ parameters: [{ key: "troCap.hoTroTinh.apDung", label: "x", unit: "flag", values: [{ from: "2025-03-15", value: "0", document: "Quyết định của UBND thành phố (người dùng)", confidence: "high" }] }] });
    const stopped = run([who("2025-03-15", 50000000)], resolvePack("hai-phong", [{ layer: "ThamSo", override: off }]));
    expect(amounts(stopped.p)).toEqual([23400000]);
    expect(stopped.s.warnings.find((w) => w.code === "HO_TRO_TINH_KHONG_AP_DUNG")!.message).toContain("Quyết định của UBND thành phố (người dùng)");
  });
  test("NĐ 67/2025 Đ.1 k.17: a cán bộ, công chức costed under NĐ 178/2024 gets the city's top-up on 14/3/2025, never from 15/3/2025", () => {
    // W23's person (S = 3.66 × 1.25 × 2,340,000 = 10,705,500): 513,864,000 + 240,873,750 + 32,116,500, plus 50,000,000 typed
    const before = run([w23({ ngayNghi: "2025-03-14", hoTroTinh: 50000000 })], hp);
    expect(amounts(before.p)).toEqual([513864000, 240873750, 32116500, 50000000]);
    const after = run([w23({ ngayNghi: "2025-03-15", hoTroTinh: 50000000 })], hp);
    expect(amounts(after.p)).toEqual([513864000, 240873750, 32116500]);
    const w = after.s.warnings.find((x) => x.code === "HO_TRO_TINH_KHONG_AP_DUNG")!;
    expect(w.message).toContain("Nghị định 67/2025/NĐ-CP Điều 1 khoản 17");
    expect(w.column).toBe("Hỗ trợ của tỉnh/thành phố");
  });
  test("19/7/2024 (NQ 07/2024 passed; effective date unconfirmed): 18/7/2024 not counted, 19/7/2024 counted", () => {
    expect(amounts(run([who("2024-07-18", 50000000)], hp).p)).toEqual([23400000]);
    expect(amounts(run([who("2024-07-19", 50000000)], hp).p)).toEqual([23400000, 50000000]);
  });
  test("while in force without an amount: a warning on the column to fill; the central pack has no top-up", () => {
    expect(run([who("2025-03-14", null)], hp).s.warnings.find((w) => w.code === "CHUA_CO_HO_TRO_TINH")).toMatchObject({ column: "Hỗ trợ của tỉnh/thành phố" });
    expect(codes(run([who("2025-03-14", 50000000)]).s)).toContain("HO_TRO_TINH_KHONG_AP_DUNG");
  });
});

describe("ledger and summary", () => {
  test("lines are troCapMotLan in the leaving month, by unit and by legal basis; other components untouched", () => {
    const { r, s } = run([w23({ donVi: "Xã Đông" }), leaver({ doiTuong: "hdkctXa", donVi: "Xã Tây", ngayNghi: "2025-09-01", tienLuongThang: 2340000, soThangCongTac: 144, soThangNghiTruocTuoi: 30 })]);
    expect(s.totals.troCapMotLan).toBe(786854250 + 105300000);
    expect(s.totals.tong).toBe(s.totals.troCapMotLan);
    expect(s.byMonth[8].totals.troCapMotLan).toBe(105300000);
    expect(s.byUnit.map((u) => [u.donVi, u.totals.troCapMotLan])).toEqual([["Xã Đông", 786854250], ["Xã Tây", 105300000]]);
    expect(s.byLegalBasis.some((b) => b.basis === "Nghị định 178/2024/NĐ-CP")).toBe(true);
    expect([...r.ledger.lines()].every((l) => l.component === "troCapMotLan")).toBe(true);
    expect(r.subjects.filter((x) => x.kind === "leaver")).toHaveLength(2);
    expect(s.leavers.map((l) => l.total)).toEqual([786854250, 105300000]);
  });
});
