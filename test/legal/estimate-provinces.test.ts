/** Golden estimates with the provincial packs (citations in the test names). */
import { summarize } from "../../src/engine/aggregate";
import { estimate } from "../../src/engine/estimate";
import type { RosterRow, UnitRow } from "../../src/engine/types";
import { resolvePack } from "../../src/packs";
import { row, unit } from "../helpers/records";

const hungYen = resolvePack("hung-yen");
const haiPhong = resolvePack("hai-phong");
const run = (year: number, rows: RosterRow[], units: UnitRow[], pack = hungYen) => summarize(estimate({ year, rows, units }, pack));

describe("Hưng Yên NQ 456/2024 Đ.3 k.1: Tổ bảo vệ ANTT support, fixed amounts", () => {
  const team = [
    row({ hoTen: "Trưởng", postCode: "toTruongToBaoVe" }),
    row({ hoTen: "Phó", postCode: "toPhoToBaoVe" }),
    row({ hoTen: "Viên 1", postCode: "toVienToBaoVe" }),
    row({ hoTen: "Viên 2", postCode: "toVienToBaoVe" }),
  ];
  test("team 1 + 1 + 2: 7,560,000 a month, 22,680,000 every quarter of 2026 (not indexed to LCS 2,530,000)", () => {
    const s = run(2026, team, []);
    expect(s.byQuarter.map((q) => q.totals.hoTro)).toEqual([22680000, 22680000, 22680000, 22680000]);
    expect(s.totals.hoTro).toBe(90720000);
    expect(s.unconfirmed.map((p) => p.key)).toContain("hoTro.toBaoVe.toTruong");
  });
  test("2024: nothing before the placeholder date 1/7/2024, then Q3 and Q4 at the NQ 456 amounts", () => {
    const s = summarize(estimate({ year: 2024, rows: [row({ postCode: "toVienToBaoVe", mucTien: null, tuNgay: "2024-07-01" })], units: [] }, hungYen));
    expect(s.byQuarter.map((q) => q.totals.hoTro)).toEqual([0, 0, 3 * 1620000, 3 * 1620000]);
    const early = summarize(estimate({ year: 2024, rows: [row({ postCode: "toVienToBaoVe" })], units: [] }, hungYen));
    expect(early.errors[0].code).toBe("THIEU_THAM_SO");
  });
});

describe("Hưng Yên NQ 794/2025: thôn đội trưởng 0.8 / 0.9 / 1.0 × LCS by households, from 1/1/2026", () => {
  const commune = unit({ loai: "xa", phanLoai: "I" });
  test.each([
    [349, "0.8", 6 * 1872000 + 6 * 2024000],
    [350, "0.9", 6 * 2106000 + 6 * 2277000],
    [500, "0.9", 6 * 2106000 + 6 * 2277000],
    [501, "1.0", 6 * 2340000 + 6 * 2530000],
  ])("thôn of %i households → %s × LCS over 2026", (soHo, _h, expected) => {
    const s = run(2026, [row({ postCode: "thonDoiTruong", thon: "T" })], [commune, unit({ loai: "thon", thon: "T", soHo })]);
    expect(s.totals.phuCap).toBe(expected);
    // outside the NĐ 33/185 fund: no fund cost
    expect(s.funds.find((f) => f.thon === "T")?.chiPhi).toBe(0);
  });
  test("without households in DonVi the row is an error naming the village", () => {
    const s = run(2026, [row({ postCode: "thonDoiTruong", thon: "T" })], []);
    expect(s.errors[0]).toMatchObject({ code: "THIEU_SO_HO" });
  });
});

describe("Hải Phòng NQ 20/2019: khoán kinh phí (values medium, current status unconfirmed)", () => {
  const commune = (dacDiem: UnitRow["dacDiem"] = []) => unit({ donVi: "Xã HP", loai: "xa", phanLoai: "II", dacDiem });
  const khu = (soHo: number) => unit({ donVi: "Xã HP", thon: "Khu 1", loai: "thon", soHo });
  const khoanOf = (s: ReturnType<typeof run>, thon: string | null) => s.byUnit.find((u) => u.thon === thon)?.totals.khoanKinhPhi;
  test("Ban công tác Mặt trận: 1,100 households → 5,000,000 + 2 × 1,000,000 = 7,000,000 a year", () => {
    const s = run(2026, [], [commune(), khu(1100)], haiPhong);
    expect(khoanOf(s, "Khu 1")).toBe(7000000);
  });
  test("below 700 households: 5,000,000; in a difficult commune + 1,000,000", () => {
    expect(khoanOf(run(2026, [], [commune(), khu(699)], haiPhong), "Khu 1")).toBe(5000000);
    expect(khoanOf(run(2026, [], [commune(["khoKhan"]), khu(699)], haiPhong), "Khu 1")).toBe(6000000);
  });
  test("UBMTTQ campaign: 20,000,000, or 25,000,000 in a difficult commune; monthly lines add up exactly", () => {
    const s = run(2026, [], [commune()], haiPhong);
    expect(khoanOf(s, null)).toBe(20000000);
    expect(s.byQuarter.map((q) => q.totals.khoanKinhPhi).reduce((a, b) => a + b, 0)).toBe(20000000);
    expect(khoanOf(run(2026, [], [commune(["khoKhan"])], haiPhong), null)).toBe(25000000);
    // the other organisations' norms are not public: an error naming each missing level (no line dropped silently)
    expect(s.errors.filter((e) => e.code === "THIEU_THAM_SO").map((e) => /"(khoan\.[a-zA-Z.]+)"/.exec(e.message)?.[1])).toEqual(
      expect.arrayContaining(["khoan.phuNu.xa.II", "khoan.nongDan.xa.II"]),
    );
  });
  test("a unit that exists from 1/7/2026 gets half a year", () => {
    const s = run(2026, [], [unit({ donVi: "Xã HP", loai: "xa", phanLoai: "II", tuNgay: "2026-07-01" })], haiPhong);
    expect(khoanOf(s, null)).toBe(10000000);
  });
});
