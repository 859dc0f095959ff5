/**
 * Consolidation is a sum: for any two communes' rosters, the province-wide figures equal the sum of
 * their separate estimates, component by component and quarter by quarter, and each commune's row
 * equals its own estimate. A workbook that failed is listed and counted nowhere; a commune found in
 * two workbooks is an error naming both, and neither is counted.
 */
import fc from "fast-check";
import { runEstimate, type RunOutcome } from "../../src/app";
import { consolidate, fileOutcome, type FileEstimate, type FileOutcome } from "../../src/consolidate";
import { addTotals, emptyTotals, type Totals } from "../../src/engine/aggregate";
import { COMPONENTS } from "../../src/engine/ledger";
import type { SheetData } from "../../src/roster";
import { DS_HEAD, DV_HEAD } from "../app/helpers";

const POSTS = ["Trưởng thôn", "Bí thư chi bộ", "Trưởng ban công tác Mặt trận"];
const VILLAGES = ["Thôn 1", "Thôn 2", "TDP 3"];

interface Person {
  post: string;
  thon: string;
  heSo: number;
  from: number | null;
}

const personArb: fc.Arbitrary<Person> = fc.record({
  post: fc.constantFrom(...POSTS),
  thon: fc.constantFrom(...VILLAGES),
  heSo: fc.integer({ min: 50, max: 250 }).map((n) => n / 100),
  from: fc.option(fc.integer({ min: 2, max: 12 }), { nil: null }),
});

/** A commune's roster workbook: people in its villages, DonVi with households. */
function roster(xa: string, people: Person[], year: number): SheetData[] {
  const rows = people.map((p, i) => [i + 1, `Người ${i + 1}`, p.post, null, xa, p.thon, p.heSo, null, p.from ? `01/${String(p.from).padStart(2, "0")}/${year}` : null, null]);
  const units = [[xa, null, "Xã", "II", null], ...VILLAGES.map((t, i) => [xa, t, t.startsWith("TDP") ? "Tổ dân phố" : "Thôn", null, 200 + 150 * i])];
  return [
    { name: "DanhSach", rows: [DS_HEAD, ...rows] },
    { name: "DonVi", rows: [DV_HEAD, ...units] },
  ];
}

const run = (sheets: SheetData[], year: number): RunOutcome => runEstimate(sheets, { year, packId: "central" });
const sum = (a: Totals, b: Totals) => addTotals(addTotals(emptyTotals(), a), b);

describe("consolidating A and B = estimate(A) + estimate(B)", () => {
  test("any two rosters, any year around the LCS changes (2024–2027)", () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 1, maxLength: 12 }), fc.array(personArb, { minLength: 1, maxLength: 12 }), fc.constantFrom(2024, 2025, 2026, 2027), (pa, pb, year) => {
        const a = run(roster("Xã A", pa, year), year);
        const b = run(roster("Xã B", pb, year), year);
        expect([a.errors, b.errors]).toEqual([[], []]);
        const c = consolidate(year, [fileOutcome("b.xlsx", b, 0), fileOutcome("a.xlsx", a, 0)]);
        expect(c.files).toEqual({ total: 2, done: 2, failed: 0, skipped: 0 });
        expect(c.totals).toEqual(sum(a.summary!.totals, b.summary!.totals));
        for (const q of [0, 1, 2, 3]) expect(c.byQuarter[q].totals).toEqual(sum(a.summary!.byQuarter[q].totals, b.summary!.byQuarter[q].totals));
        expect(c.communes.map((x) => [x.xa, x.file, x.totals])).toEqual([
          ["Xã A", "a.xlsx", a.summary!.totals],
          ["Xã B", "b.xlsx", b.summary!.totals],
        ]);
        // every component of the rows adds up to the province total
        for (const k of [...COMPONENTS, "tong"] as const) expect(c.communes.reduce((s, x) => s + x.totals[k], 0)).toBe(c.totals[k]);
        const funds = (r: RunOutcome) => r.summary!.funds.reduce((s, f) => s + f.quyKhoan, 0);
        expect(c.communes.map((x) => x.funds?.quyKhoan)).toEqual([funds(a), funds(b)]);
      }),
      { numRuns: 25 },
    );
  });

  test("order of the files does not matter", () => {
    const a = fileOutcome("x/a.xlsx", run(roster("Xã A", [{ post: "Trưởng thôn", thon: "Thôn 1", heSo: 1.2, from: null }], 2026), 2026), 0);
    const b = fileOutcome("x/b.xlsx", run(roster("Xã B", [{ post: "Bí thư chi bộ", thon: "Thôn 2", heSo: 1.5, from: 7 }], 2026), 2026), 0);
    expect(consolidate(2026, [a, b])).toEqual(consolidate(2026, [b, a]));
  });
});

describe("by hand: one Trưởng thôn in Xã A and one in Xã B (central pack, 2026)", () => {
  // hệ số 1,0 all year: 6 × 2,340,000 + 6 × 2,530,000 = 29,220,000 (LCS: NĐ 73/2024 Đ.3; from 1/7/2026 NĐ 161/2026 Đ.3);
  // BHXH 17% and BHYT 3% of the same base (Luật BHXH 2024 Đ.33–34; Luật BHYT): 4,967,400 and 876,600.
  test("the province total is twice one commune's, quarter III at the new LCS", () => {
    const one = (xa: string) => fileOutcome(`${xa}.xlsx`, run(roster(xa, [{ post: "Trưởng thôn", thon: "Thôn 1", heSo: 1, from: null }], 2026), 2026), 0);
    const c = consolidate(2026, [one("Xã A"), one("Xã B")]);
    expect(c.totals).toMatchObject({ phuCap: 2 * 29220000, bhxh: 2 * 4967400, bhyt: 2 * 876600 });
    expect(c.byQuarter.map((q) => q.totals.phuCap)).toEqual([2 * 7020000, 2 * 7020000, 2 * 7590000, 2 * 7590000]);
    expect(c.communes.map((x) => x.people)).toEqual([1, 1]);
  });
});

describe("files left out", () => {
  const ok = (file: string, xa: string) => fileOutcome(file, run(roster(xa, [{ post: "Trưởng thôn", thon: "Thôn 1", heSo: 1.2, from: null }], 2026), 2026), 0) as FileEstimate;

  test("a failed workbook is listed with its errors and counted nowhere; the others still consolidate", () => {
    const bad = run(roster("Xã C", [{ post: "Không có chức danh này", thon: "Thôn 1", heSo: 1, from: null }], 2026), 2026);
    expect(bad.ok).toBe(false);
    const c = consolidate(2026, [ok("a.xlsx", "Xã A"), fileOutcome("c.xlsx", bad, 0)]);
    expect(c.files).toEqual({ total: 2, done: 1, failed: 1, skipped: 0 });
    expect(c.failed[0].file).toBe("c.xlsx");
    expect(c.failed[0].errors[0]).toMatchObject({ severity: "error", sheet: "DanhSach", row: 2 });
    expect(c.totals).toEqual(ok("a.xlsx", "Xã A").totals);
    expect(c.communes.map((x) => x.xa)).toEqual(["Xã A"]);
  });

  test("the same commune in two workbooks (however typed) is an error naming both; neither is counted", () => {
    const c = consolidate(2026, [ok("cu/xa-a.xlsx", "Xã A"), ok("moi/xa-a.xlsx", "xã  a"), ok("b.xlsx", "Xã B")]);
    expect(c.communes.map((x) => x.xa)).toEqual(["Xã B"]);
    expect(c.totals).toEqual(ok("b.xlsx", "Xã B").totals);
    expect(c.failed.map((f) => f.file)).toEqual(["cu/xa-a.xlsx", "moi/xa-a.xlsx"]);
    expect(c.failed[0].errors[0].code).toBe("XA_TRUNG");
    expect(c.failed[0].errors[0].message).toContain("“moi/xa-a.xlsx”");
    expect(c.failed[1].errors[0].message).toContain("“cu/xa-a.xlsx”");
  });

  test("skipped workbooks are counted apart", () => {
    const skipped: FileOutcome = { ok: null, file: "tong-hop.xlsx", reason: "Sổ dự toán do DuToan ghi", seconds: 0 };
    const c = consolidate(2026, [ok("a.xlsx", "Xã A"), skipped]);
    expect(c.files).toEqual({ total: 2, done: 1, failed: 0, skipped: 1 });
  });
});
