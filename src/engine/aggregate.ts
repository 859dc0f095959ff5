/**
 * Aggregations of an estimate: totals by component, by quarter, by month, by unit, by legal basis
 * and by person. Each entry of the ledger adds its plan's total to its unit and person; months and
 * legal bases add each plan's lines × the number of entries using it. Every figure is a sum of
 * rounded lines, so all views add up to the same total.
 */
import { quarterOf } from "./calendar";
import type { EstimateResult } from "./estimate";
import type { Resolved } from "./law";
import { COMPONENTS } from "./ledger";
import type { ReconDiff } from "./reconcile";
import type { TransferRow } from "./lines/support/types";
import { byPersonOf, type PersonTotals } from "./byPerson";
import { paramNotes, type ParamNote } from "./notes";
import { addTotals, compareUnits, emptyTotals, totalsAt, type Totals } from "./totals";
import type { LeaverResult } from "./rules/troCap";
import type { Issue } from "./types";

export type { Totals } from "./totals";
export { addTotals, emptyTotals } from "./totals";
export type { ParamNote } from "./notes";
export type { PersonTotals } from "./byPerson";

export interface Summary {
  year: number;
  pack: string;
  chain: string[];
  totals: Totals;
  byQuarter: { quarter: number; totals: Totals }[];
  byMonth: { month: number; totals: Totals }[];
  byUnit: { donVi: string; thon: string | null; totals: Totals }[];
  byLegalBasis: { basis: string; citation: string; totals: Totals }[];
  /**
   * Per person (same name in the same commune and village; leavers included): computed on first
   * access (an enumerable getter, so `--json` carries it).
   */
  readonly byPerson: PersonTotals[];
  funds: { donVi: string; thon: string | null; quyKhoan: number; chiPhi: number; chenhLech: number }[];
  /** Quarterly transfer to the BHXH fund per unit (voluntary-BHXH and BHYT support). */
  transfers: TransferRow[];
  /** One-off payments per leaver of the year (sheet NghiViec): regime, lines, total. */
  leavers: LeaverResult[];
  /** Differences from the BHXH agency's figures (sheet DoiChieuBHXH); null when there is no such sheet. */
  doiChieu: ReconDiff[] | null;
  /** Values the figures depend on that are not confirmed law, or that the user supplied. */
  unconfirmed: ParamNote[];
  userSupplied: ParamNote[];
  warnings: Issue[];
  errors: Issue[];
}

const NC = COMPONENTS.length;

/** Entries per plan × component, and totals per unit × component. */
function countEntries(result: EstimateResult): { count: Float64Array; unitAcc: Float64Array } {
  const { ledger, units } = result;
  const subjectUnit = result.subjectList.units();
  const count = new Float64Array(ledger.plans.count * NC);
  const unitAcc = new Float64Array(units.list.length * NC);
  const total = ledger.plans.total;
  const { entrySubject, entryComponent, entryPlan } = ledger;
  for (let e = 0; e < ledger.entries; e++) {
    const p = entryPlan[e];
    const c = entryComponent[e];
    count[p * NC + c]++;
    unitAcc[subjectUnit[entrySubject[e]] * NC + c] += total[p];
  }
  return { count, unitAcc };
}

/** Totals per month and per legal basis: each plan's lines × the entries using it. */
function planViews(result: EstimateResult, count: Float64Array): { monthAcc: Float64Array; basisAcc: Float64Array } {
  const { ledger } = result;
  const pl = ledger.plans;
  const monthAcc = new Float64Array(12 * NC);
  const basisAcc = new Float64Array(ledger.bases.length * NC);
  for (let p = 0; p < pl.count; p++)
    for (let c = 0; c < NC; c++) {
      const n = count[p * NC + c];
      if (!n) continue;
      for (let i = pl.start[p]; i < pl.start[p + 1]; i++) {
        const a = n * pl.amount[i];
        monthAcc[(pl.month[i] - 1) * NC + c] += a;
        basisAcc[pl.basis[i] * NC + c] += a;
      }
    }
  return { monthAcc, basisAcc };
}

export function summarize(result: EstimateResult): Summary {
  const { ledger, units } = result;
  const { count, unitAcc } = countEntries(result);
  const { monthAcc, basisAcc } = planViews(result, count);
  const byMonth = Array.from({ length: 12 }, (_, m) => totalsAt(monthAcc, m));
  const totals = byMonth.reduce((a, t) => addTotals(a, t), emptyTotals());
  const byQuarter = [1, 2, 3, 4].map((q) => ({ quarter: q, totals: emptyTotals() }));
  byMonth.forEach((t, i) => addTotals(byQuarter[quarterOf(i + 1) - 1].totals, t));
  const basisGroups = new Map<string, { basis: string; citation: string; totals: Totals }>();
  ledger.bases.forEach((b, i) => {
    const g = basisGroups.get(b.citation) ?? { basis: b.label, citation: b.citation, totals: emptyTotals() };
    addTotals(g.totals, totalsAt(basisAcc, i));
    basisGroups.set(b.citation, g);
  });
  const summary = {
    year: result.year,
    pack: result.pack.id,
    chain: result.pack.chain,
    totals,
    byQuarter,
    byMonth: byMonth.map((t, i) => ({ month: i + 1, totals: t })),
    byUnit: units.list
      .map((u, i) => ({ donVi: u.donVi, thon: u.thon, totals: totalsAt(unitAcc, i) }))
      .filter((u, i) => u.totals.tong !== 0 || units.list[i].info !== null)
      .sort(compareUnits),
    byLegalBasis: [...basisGroups.values()].filter((g) => g.totals.tong !== 0),
    funds: result.funds.map(({ donVi, thon, quyKhoan, chiPhi, chenhLech }) => ({ donVi, thon, quyKhoan, chiPhi, chenhLech })),
    transfers: [...result.transfers].sort(
      (a, b) => compareUnits(a, b) || a.quarter - b.quarter || a.kind.localeCompare(b.kind),
    ),
    leavers: result.leavers ?? [],
    doiChieu: result.doiChieu ?? null,
    unconfirmed: paramNotes(result.paramsUsed.filter((r: Resolved) => r.confidence === "unconfirmed" || r.confidence === "low")),
    userSupplied: paramNotes(result.paramsUsed.filter((r) => result.pack.userLayers.includes(r.layer))),
    warnings: result.issues.filter((i) => i.severity === "warning"),
    errors: result.issues.filter((i) => i.severity === "error"),
  } as Omit<Summary, "byPerson">;
  let persons: PersonTotals[] | undefined;
  Object.defineProperty(summary, "byPerson", { enumerable: true, get: () => (persons ??= byPersonOf(result)) });
  return summary as Summary;
}
