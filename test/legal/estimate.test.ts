/**
 * Golden estimates, zero tolerance in đồng, each naming its legal basis and covering both sides of
 * the effective dates it depends on.
 */
import { summarize } from "../../src/engine/aggregate";
import { estimate } from "../../src/engine/estimate";
import type { RosterRow, UnitRow } from "../../src/engine/types";
import { parseOverride, resolvePack } from "../../src/packs";
import { row, unit } from "../helpers/records";

const central = resolvePack("central");
const run = (year: number, rows: RosterRow[], units: UnitRow[] = [], pack = central) => {
  const r = estimate({ year, rows, units }, pack);
  return { r, s: summarize(r) };
};

describe("allowances split at every LCS change (NĐ 24/2023 Đ.3; NĐ 73/2024 Đ.3 k.2; NĐ 161/2026 Đ.3 k.2)", () => {
  test("W15: hệ số 1.0 in 2024 = 6 × 1,800,000 + 6 × 2,340,000 = 24,840,000", () => {
    const { s } = run(2024, [row({ postCode: "truongThon", heSo: "1.0" })]);
    expect(s.totals.phuCap).toBe(24840000);
    expect(s.byQuarter.map((q) => q.totals.phuCap)).toEqual([5400000, 5400000, 7020000, 7020000]);
  });
  test("W16: hệ số 1.0 in 2026 = 6 × 2,340,000 + 6 × 2,530,000 = 29,220,000", () => {
    expect(run(2026, [row({ postCode: "truongThon", heSo: "1.0" })]).s.totals.phuCap).toBe(29220000);
  });
  test("W17: hệ số 0.8 in 2026 = 6 × 1,872,000 + 6 × 2,024,000 = 23,376,000", () => {
    expect(run(2026, [row({ postCode: "truongThon", heSo: "0.8" })]).s.totals.phuCap).toBe(23376000);
  });
  test("2027 stays at 2,530,000: 12 × 2,530,000 = 30,360,000", () => {
    expect(run(2027, [row({ postCode: "truongThon", heSo: "1.0" })]).s.totals.phuCap).toBe(30360000);
  });
  test("Mức tiền is fixed, not indexed to LCS; it overrides Hệ số", () => {
    const { s } = run(2026, [row({ postCode: "truongThon", heSo: "1.0", mucTien: 2000000 })]);
    expect(s.totals.phuCap).toBe(24000000);
  });
  test("the line carries its formula text and citation", () => {
    const { r } = run(2026, [row({ postCode: "truongThon", heSo: "1.0" })]);
    const jul = [...r.ledger.lines()].find((l) => l.month === 7 && l.component === "phuCap")!;
    expect(jul.formula).toBe("1,0 × 2.530.000");
    expect(jul.citation).toBe("Nghị định 161/2026/NĐ-CP Điều 3 khoản 2");
  });
});

describe("partial months: pro rata by calendar days (project rule, named in the formula)", () => {
  test("in post from 15/7/2026: 17/31 × 2,530,000 = 1,387,419.35 → 1,387,419", () => {
    const { r, s } = run(2026, [row({ postCode: "truongThon", heSo: "1.0", tuNgay: "2026-07-15" })]);
    const jul = [...r.ledger.lines()].find((l) => l.month === 7)!;
    expect(jul.amount).toBe(1387419);
    expect(jul.formula).toBe("1,0 × 2.530.000 × 17/31 ngày");
    expect(s.totals.phuCap).toBe(1387419 + 5 * 2530000);
  });
  test("leaving on 31/5/2026: January–May only", () => {
    expect(run(2026, [row({ postCode: "truongThon", heSo: "1.0", denNgay: "2026-05-31" })]).s.totals.phuCap).toBe(5 * 2340000);
  });
  test("a row outside the year produces nothing", () => {
    expect(run(2026, [row({ postCode: "truongThon", heSo: "1.0", denNgay: "2025-12-31" })]).r.ledger.length).toBe(0);
  });
});

describe("concurrent posts (NĐ 33/2023 Đ.34 k.4)", () => {
  const main = row({ hoTen: "Nguyễn Văn A", postCode: "biThuChiBo", heSo: "1.2" });
  const kiem = row({ hoTen: "Nguyễn Văn A", postCode: "truongThon", heSo: "1.0", kiemNhiem: true });
  test("an HĐKCT holding another HĐKCT post gets 100% of it, as phuCapKiemNhiem, without insurance", () => {
    const { r, s } = run(2025, [main, kiem]);
    expect(s.totals.phuCap).toBe(12 * 2808000);
    expect(s.totals.phuCapKiemNhiem).toBe(12 * 2340000);
    // insurance only on the main post: BHXH Jul–Dec 2025 17% × 2,340,000
    expect(s.totals.bhxh).toBe(6 * 397800);
    const l = [...r.ledger.lines()].find((x) => x.component === "phuCapKiemNhiem")!;
    expect(l.formula).toBe("100% × 1,0 × 2.340.000");
    expect(l.citation).toContain("Nghị định 33/2023/NĐ-CP Điều 34 khoản 4");
  });
  test("a province (or ThamSo) rate of 50% from 1/1/2026 halves only 2026", () => {
    const over = parseOverride({ parameters: [{ key: "kiemNhiem.tyLe", label: "x", unit: "ratio", values: [{ from: "2026-01-01", value: "0.5", source: { document: "NQ thử" }, confidence: "high" }] }] });
    const pack = resolvePack("central", [{ layer: "ThamSo", override: over }]);
    expect(run(2025, [main, kiem], [], pack).s.totals.phuCapKiemNhiem).toBe(28080000);
    const s26 = run(2026, [main, kiem], [], pack).s;
    expect(s26.totals.phuCapKiemNhiem).toBe(6 * 1170000 + 6 * 1265000);
    expect(s26.userSupplied.map((p) => p.key)).toContain("kiemNhiem.tyLe");
  });
  test("rules.kiemNhiem = highestOnly pays only the best concurrent post per month", () => {
    const pack = { ...central, rules: { kiemNhiem: "highestOnly" as const } };
    const third = row({ hoTen: "Nguyễn Văn A", postCode: "truongBanCongTacMatTran", heSo: "0.5", kiemNhiem: true });
    expect(run(2025, [main, kiem, third], [], pack).s.totals.phuCapKiemNhiem).toBe(12 * 2340000);
    expect(run(2025, [main, kiem, third], [], central).s.totals.phuCapKiemNhiem).toBe(12 * 2340000 + 12 * 1170000);
  });
});

describe("compulsory BHXH/BHYT: who is covered changed on 1/7/2025 (Luật 58/2014 → Luật 41/2024)", () => {
  test("thôn HĐKCT: nothing before 1/7/2025, then BHXH 17% and BHYT 3% of LCS", () => {
    const { s } = run(2025, [row({ postCode: "truongThon", heSo: "1.0" })]);
    expect(s.byQuarter.map((q) => q.totals.bhxh)).toEqual([0, 0, 3 * 397800, 3 * 397800]);
    expect(s.byQuarter.map((q) => q.totals.bhyt)).toEqual([0, 0, 3 * 70200, 3 * 70200]);
    expect(s.unconfirmed.map((p) => p.key)).toContain("bhxh.batBuoc.canCu.heSoLcs");
  });
  test("commune HĐKCT until 31/7/2025: BHXH 14% then 17% (W8/W9), BHYT 3% throughout (NĐ 146/2018 Đ.7 k.1 đ)", () => {
    const { s } = run(2025, [row({ postCode: "phoChuTichMatTran", thon: null, heSo: "1.0", denNgay: "2025-07-31" })]);
    expect(s.totals.bhxh).toBe(6 * 327600 + 397800);
    expect(s.totals.bhyt).toBe(7 * 70200);
  });
  test("BHYT at 2,530,000 from 1/7/2026 (W7): 75,900 a month", () => {
    const { s } = run(2026, [row({ postCode: "truongThon", heSo: "1.0" })]);
    expect(s.byQuarter.map((q) => q.totals.bhyt)).toEqual([3 * 70200, 3 * 70200, 3 * 75900, 3 * 75900]);
  });
  test("BHXH = Không on the row: no compulsory BHXH; BHYT = Không: none either", () => {
    const { s } = run(2026, [row({ postCode: "truongThon", heSo: "1.0", bhxh: "khong", bhyt: false })]);
    expect(s.totals.bhxh + s.totals.bhyt).toBe(0);
  });
  test("Tổ bảo vệ ANTT members are not in compulsory insurance", () => {
    const { s } = run(2026, [row({ postCode: "toVienToBaoVe", mucTien: 1620000 })]);
    expect(s.totals.hoTro).toBe(12 * 1620000);
    expect(s.totals.bhxh + s.totals.bhyt).toBe(0);
  });
});

describe("central funds (NĐ 33/2023 Đ.34; NĐ 185/2026)", () => {
  const commune = (p: Partial<UnitRow> = {}) => unit({ loai: "xa", phanLoai: "I", ...p });
  const village = (thon: string, loai: "thon" | "toDanPho", soHo: number) => unit({ thon, loai, soHo });
  const fundOf = (year: number, units: UnitRow[], thon: string | null) =>
    run(year, [], units).s.funds.find((f) => f.thon === thon)?.quyKhoan;

  test.each([
    ["thôn 349 households → tier b 4.5", "thon", 349, 12 * 10530000],
    ["thôn 350 households → tier a 6.0", "thon", 350, 12 * 14040000],
    ["TDP 499 households → tier b 4.5", "toDanPho", 499, 12 * 10530000],
    ["TDP 500 households → tier a 6.0", "toDanPho", 500, 12 * 14040000],
  ] as const)("NĐ 33 Đ.34 k.2, 2025: %s", (_n, loai, soHo, expected) => {
    expect(fundOf(2025, [commune(), village("T", loai, soHo)], "T")).toBe(expected);
  });
  test("W20: thôn ≥700 households in 2026: 6 × 14,040,000 + 6 × 20,240,000 = 205,680,000 (NĐ 185 from 1/7/2026, date unconfirmed)", () => {
    expect(fundOf(2026, [commune(), village("T", "thon", 720)], "T")).toBe(205680000);
  });
  test("W21: thôn of 500 households in 2026 is tier a until June (≥350), tier b from July (<700)", () => {
    expect(fundOf(2026, [commune(), village("T", "thon", 500)], "T")).toBe(6 * 14040000 + 6 * 16445000);
  });
  test("W22: 2027 tiers 8.0 / 6.5: 242,880,000 / 197,340,000", () => {
    expect(fundOf(2027, [commune(), village("A", "thon", 700)], "A")).toBe(242880000);
    expect(fundOf(2027, [commune(), village("B", "thon", 699)], "B")).toBe(197340000);
  });
  test("a village of a border commune is tier a whatever its size (NĐ 33 Đ.34 k.2 a)", () => {
    expect(fundOf(2025, [commune({ dacDiem: ["bienGioi"] }), village("T", "thon", 100)], "T")).toBe(12 * 14040000);
  });
  test("W18: commune loại I in 2023 = 6 × 23,840,000 + 28,800,000 + 5 × 37,800,000 = 360,840,000", () => {
    expect(fundOf(2023, [commune()], null)).toBe(360840000);
  });
  test("W19: commune loại I in 2025 = 7 × 49,140,000 (posts end 1/8/2025)", () => {
    expect(fundOf(2025, [commune()], null)).toBe(343980000);
  });
  test("W3: two extra HĐKCT add 2 × 1.5 × LCS a month", () => {
    expect(fundOf(2025, [commune({ soNguoiTangThem: 2 })], null)).toBe(7 * 56160000);
  });
  test("chênh lệch = fund − (allowances + insurance of fund posts); other posts excluded", () => {
    const rows = [
      row({ postCode: "truongThon", thon: "T", heSo: "1.5" }),
      row({ postCode: "biThuChiBo", thon: "T", heSo: "1.5" }),
      row({ postCode: "toVienToBaoVe", thon: "T", mucTien: 1620000 }),
    ];
    const { s } = run(2027, rows, [commune(), village("T", "thon", 400)]);
    const f = s.funds.find((x) => x.thon === "T")!;
    const perPerson = 12 * 3795000 + 12 * 430100 + 12 * 75900; // phụ cấp 1.5 × 2,530,000; BHXH 17%; BHYT 3%
    expect(f.chiPhi).toBe(2 * perPerson);
    expect(f.quyKhoan).toBe(197340000);
    expect(f.chenhLech).toBe(197340000 - 2 * perPerson);
  });
  test("more than 3 paid posts in a village is a warning naming it (NĐ 33 Đ.33 k.6–7)", () => {
    const rows = ["A", "B", "C", "D"].map((n) => row({ hoTen: n, postCode: "truongThon", thon: "T", heSo: "1.0" }));
    const { s } = run(2026, rows, [commune(), village("T", "thon", 400)]);
    expect(s.warnings.find((w) => w.code === "VUOT_SO_LUONG")?.message).toMatch(/^T \(Xã Thử\): 4 người .* tối đa 3 người/);
  });
});

describe("missing law is an error located at the row, never 0", () => {
  test("a post without a provincial rate and without Hệ số/Mức tiền", () => {
    const { s } = run(2026, [row({ postCode: "truongThon" })]);
    expect(s.errors[0]).toMatchObject({ code: "THIEU_THAM_SO", sheet: "DanhSach", column: "Chức danh" });
    expect(s.errors[0].message).toMatch(/ThamSo/);
  });
});

describe("memoised whole-year lines keep concurrent allowance and concurrent support apart", () => {
  test("same Hệ số, one concurrent phụ cấp (kiemNhiem.tyLe) and one concurrent hỗ trợ (hoTroKiemNhiem.tyLe)", () => {
    const over = parseOverride({ parameters: [{ key: "hoTroKiemNhiem.tyLe", label: "x", unit: "ratio", values: [{ from: "2023-08-01", value: "0.3", source: { document: "NQ thử" }, confidence: "high" }] }] });
    const pack = resolvePack("central", [{ layer: "ThamSo", override: over }]);
    const rows = [
      row({ hoTen: "A", postCode: "biThuChiBo", heSo: "1.0" }),
      row({ hoTen: "A", postCode: "truongThon", heSo: "1.0", kiemNhiem: true }),
      row({ hoTen: "B", postCode: "toTruongToBaoVe", mucTien: 2000000 }),
      row({ hoTen: "B", postCode: "toVienToBaoVe", heSo: "1.0", kiemNhiem: true }),
    ];
    const { s } = run(2027, rows, [], pack);
    expect(s.totals.phuCapKiemNhiem).toBe(12 * 2530000); // NĐ 33/2023 Đ.34 k.4: 100%
    expect(s.totals.hoTroKiemNhiem).toBe(12 * 759000); // 30% × 2,530,000 (user value)
  });
});
