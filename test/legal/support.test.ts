/**
 * Voluntary-BHXH and BHYT support, payment modes and the quarterly transfer (issue: insurance support).
 * Citations: Luật BHXH 41/2024 Đ.36; NĐ 159/2025 (from 1/7/2025, date placeholder); NĐ 134/2015 Đ.14
 * (before, placeholder rates); NĐ 07/2021 Đ.3 and the 2026–2030 poverty line (1/1/2027);
 * NĐ 146/2018 Đ.7 k.1 e (household BHYT); NQ 456/2024 Hưng Yên Đ.3 k.2.
 */
import { summarize } from "../../src/engine/aggregate";
import { estimate } from "../../src/engine/estimate";
import type { NhomHoTro, RosterRow } from "../../src/engine/types";
import { parseOverride, resolvePack } from "../../src/packs";
import { row } from "../helpers/records";

const central = resolvePack("central");
const hungYen = resolvePack("hung-yen");
/** A Tổ bảo vệ member joining voluntary BHXH, with a BHYT card elsewhere (only voluntary BHXH is supported). */
const member = (p: Partial<RosterRow> = {}) => row({ postCode: "toVienToBaoVe", mucTien: 1620000, bhxh: "tuNguyen", bhyt: false, ...p });
const run = (year: number, rows: RosterRow[], pack = central) => {
  const r = estimate({ year, rows, units: [] }, pack);
  return { ...summarize(r), supportByPerson: r.supportByPerson() };
};

describe("voluntary BHXH support on the rural poverty line, by group", () => {
  test.each([
    ["khac", 33000, 66000],
    ["hoNgheo", 99000, 165000],
    ["hoCanNgheo", 82500, 132000],
    ["danTocThieuSo", 33000, 99000],
    ["xaDaoDacKhu", 33000, 165000],
  ] as [NhomHoTro, number, number][])("%s: 2025 Jan–Jun %i/month (NĐ 134 placeholder), Jul–Dec %i/month (NĐ 159)", (nhom, before, after) => {
    const s = run(2025, [member({ nhomHoTro: nhom })]);
    expect(s.byMonth[5].totals.hoTroBhxhTuNguyen).toBe(before);
    expect(s.byMonth[6].totals.hoTroBhxhTuNguyen).toBe(after);
    expect(s.totals.hoTroBhxhTuNguyen).toBe(6 * before + 6 * after);
  });
  test("W11/W12: 20% of 22% × 1,500,000 = 66,000 a month, 792,000 in 2026", () => {
    const s = run(2026, [member()]);
    expect(s.totals.hoTroBhxhTuNguyen).toBe(792000);
    const t = s.transfers.filter((x) => x.kind === "bhxhTuNguyen");
    expect(t.map((x) => x.soTienChuyen)).toEqual([198000, 198000, 198000, 198000]);
    expect(t[0]).toMatchObject({ soNguoi: 1, soThang: 3, soTienDong: 990000, nguoiThamGiaDong: 792000, hoTroChung: 198000, hoTroTinh: 0 });
  });
  test("W13: the 2027 poverty line 2,200,000 → 22% = 484,000, 20% = 96,800; December 2026 still 66,000", () => {
    expect(run(2026, [member()]).byMonth[11].totals.hoTroBhxhTuNguyen).toBe(66000);
    expect(run(2027, [member()]).byMonth[0].totals.hoTroBhxhTuNguyen).toBe(96800);
  });
  test("a chosen income above the floor raises the contribution, not the support", () => {
    const s = run(2026, [member({ thuNhapBhxhTn: 3000000 })]);
    expect(s.totals.hoTroBhxhTuNguyen).toBe(792000);
    expect(s.transfers[0].soTienDong).toBe(3 * 660000);
  });
  test("an income below the floor is raised to it, with a warning naming the row", () => {
    const s = run(2026, [member({ thuNhapBhxhTn: 1000000 })]);
    expect(s.transfers[0].soTienDong).toBe(3 * 330000);
    expect(s.warnings.find((w) => w.code === "THU_NHAP_DUOI_SAN")).toMatchObject({ sheet: "DanhSach", column: "Thu nhập đóng BHXH TN" });
  });
  test("120-month cap (NĐ 159/2025): 115 months already → 5 months supported in 2026", () => {
    const s = run(2026, [member({ soThangDaHoTro: 115 })]);
    expect(s.totals.hoTroBhxhTuNguyen).toBe(5 * 66000);
    expect(s.byMonth[5].totals.hoTroBhxhTuNguyen).toBe(0);
    expect(s.warnings.some((w) => w.code === "HET_THANG_HO_TRO")).toBe(false);
    expect(run(2026, [member({ soThangDaHoTro: 120 })]).warnings.some((w) => w.code === "HET_THANG_HO_TRO")).toBe(true);
  });
  test("no support when compulsory BHXH covers the person, or BHXH = Không", () => {
    expect(run(2026, [member({ bhxh: "batBuoc" })]).totals.hoTroBhxhTuNguyen).toBe(0);
    expect(run(2026, [member({ bhxh: "khong" })]).totals.hoTroBhxhTuNguyen).toBe(0);
  });
});

describe("payment modes move money between quarters, not the year total (Luật 41/2024 Đ.36 k.2)", () => {
  test.each([
    [1, [198000, 198000, 198000, 198000]],
    [3, [198000, 198000, 198000, 198000]],
    [6, [396000, 0, 396000, 0]],
    [12, [792000, 0, 0, 0]],
  ])("mode %i months from January 2026", (mode, quarters) => {
    const s = run(2026, [member({ phuongThucDong: mode })]);
    expect(s.byQuarter.map((q) => q.totals.hoTroBhxhTuNguyen)).toEqual(quarters);
    expect(s.totals.hoTroBhxhTuNguyen).toBe(792000);
  });
  test("a 3-monthly payer joining in February pays Feb–Apr in February, May–Jul in May, Aug–Oct in August, Nov–Dec in November", () => {
    const s = run(2026, [member({ phuongThucDong: 3, tuNgay: "2026-02-01" })]);
    expect(s.byMonth.map((m) => m.totals.hoTroBhxhTuNguyen)).toEqual([0, 198000, 0, 0, 198000, 0, 0, 198000, 0, 0, 132000, 0]);
  });
  test("by hand: Hưng Yên, 6-monthly payer in post 1/3–31/10/2025 — payments in March and September, transfers and per-person support agree", () => {
    // voluntary BHXH, đối tượng khác: Mar–Jun 10% × 22% × 1,500,000 = 33,000 (NĐ 134 placeholder), Jul–Oct 20% = 66,000 (NĐ 159/2025);
    // paid 6 months at once from March: Mar–Aug in March (4 × 33,000 + 2 × 66,000 = 264,000), Sep–Oct in September (132,000).
    // BHYT: NQ 456 Đ.3 k.2 b 100% × 4.5% × 2,340,000 = 105,300 a month, Mar–Oct; NĐ 188's general 50% (52,650) from September.
    const r = estimate({ year: 2025, rows: [member({ phuongThucDong: 6, tuNgay: "2025-03-01", denNgay: "2025-10-31", bhyt: null })], units: [] }, hungYen);
    const s = summarize(r);
    expect(s.byMonth.map((m) => m.totals.hoTroBhxhTuNguyen)).toEqual([0, 0, 264000, 0, 0, 0, 0, 0, 132000, 0, 0, 0]);
    expect(s.byQuarter.map((q) => q.totals.hoTroBhyt)).toEqual([105300, 315900, 315900, 105300]);
    const t = (kind: string, q: number) => s.transfers.find((x) => x.kind === kind && x.quarter === q);
    // 22% × 1,500,000 = 330,000 due a month, by payment quarter
    expect(t("bhxhTuNguyen", 1)).toMatchObject({ soNguoi: 1, soThang: 6, soTienDong: 1980000, hoTroChung: 264000, hoTroTinh: 0, soTienChuyen: 264000, nguoiThamGiaDong: 1716000 });
    expect(t("bhxhTuNguyen", 2)).toBeUndefined();
    expect(t("bhxhTuNguyen", 3)).toMatchObject({ soThang: 2, soTienDong: 660000, soTienChuyen: 132000 });
    expect(t("bhyt", 3)).toMatchObject({ soThang: 3, soTienDong: 315900, hoTroChung: 52650, hoTroTinh: 263250, soTienChuyen: 315900 });
    expect(r.supportByPerson().map((p) => [p.kind, p.quarter, p.amount, p.soThang])).toEqual([
      ["bhxhTuNguyen", 1, 264000, 6], ["bhyt", 1, 105300, 1], ["bhyt", 2, 315900, 3], ["bhxhTuNguyen", 3, 132000, 2], ["bhyt", 3, 315900, 3], ["bhyt", 4, 105300, 1],
    ]);
  });
});

describe("BHYT support (NQ 456/2024 Hưng Yên Đ.3 k.2 b: 100%; household-BHYT base 4.5% × LCS)", () => {
  const team = (extra: Partial<RosterRow> = {}) => [
    row({ hoTen: "A", postCode: "toTruongToBaoVe", bhxh: "khong", ...extra }),
    row({ hoTen: "B", postCode: "toPhoToBaoVe", bhxh: "khong", ...extra }),
    row({ hoTen: "C", postCode: "toVienToBaoVe", bhxh: "tuNguyen", ...extra }),
    row({ hoTen: "D", postCode: "toVienToBaoVe", bhxh: "tuNguyen", ...extra }),
  ];
  test("a quarter of 4 members at LCS 2,340,000: 4 × 105,300 × 3 = 1,263,600; at 2,530,000: 1,366,200", () => {
    const s = run(2026, team(), hungYen);
    expect(s.byQuarter.map((q) => q.totals.hoTroBhyt)).toEqual([1263600, 1263600, 1366200, 1366200]);
  });
  test("Hưng Yên worked example: transfer Q1 2026 = 1,263,600 + 396,000 = 1,659,600; Q3 = 1,762,200", () => {
    const s = run(2026, team(), hungYen);
    const byQ = (q: number) => s.transfers.filter((t) => t.quarter === q).reduce((a, t) => a + t.soTienChuyen, 0);
    expect(byQ(1)).toBe(1659600);
    expect(byQ(3)).toBe(1762200);
    const bhyt = s.transfers.find((t) => t.quarter === 1 && t.kind === "bhyt")!;
    expect(bhyt).toMatchObject({ soNguoi: 4, soThang: 12, soTienDong: 1263600, nguoiThamGiaDong: 0 });
  });
  test("a member with a card elsewhere (BHYT = Không) gets no BHYT support", () => {
    expect(run(2026, team({ bhyt: false }), hungYen).totals.hoTroBhyt).toBe(0);
  });
  test("central pack: NĐ 188/2025 minimum 50% from September 2025 (looked up by month); an empty share before it is an error naming the key", () => {
    const s = run(2025, [member({ bhyt: null })]);
    expect(s.byMonth[8].totals.hoTroBhyt).toBe(52650); // 50% × 4.5% × 2,340,000
    const e = s.errors.find((x) => x.code === "THIEU_THAM_SO")!;
    expect(e).toMatchObject({ sheet: "DanhSach" });
    expect(e.message).toMatch(/hoTroBhyt\.toBaoVe\.tyLe.*ThamSo.*BHYT = Không/);
    // the share entered on sheet ThamSo from 1/1/2025 clears the error (and is used until NĐ 188 applies)
    const over = parseOverride({ parameters: [{ key: "hoTroBhyt.toBaoVe.tyLe", label: "x", unit: "ratio", values: [{ from: "2025-01-01", value: "0.3", source: { document: "NQ thử" }, confidence: "high" }] }] });
    const fixed = run(2025, [member({ bhyt: null })], resolvePack("central", [{ layer: "ThamSo", override: over }]));
    expect(fixed.errors).toEqual([]);
    expect(fixed.byMonth[0].totals.hoTroBhyt).toBe(31590); // 30% × 4.5% × 2,340,000 = 31,590
  });
});
