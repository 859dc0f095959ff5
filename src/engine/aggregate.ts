/**
 * Aggregations over the ledger: totals by component, by quarter, by month, by unit and by legal
 * basis. Every figure is a plain sum of rounded lines, so all views add up to the same total.
 */
import { quarterOf } from "./calendar";
import type { EstimateResult } from "./estimate";
import { COMPONENTS, type Component } from "./ledger";
import type { Resolved } from "./params";
import type { ReconDiff } from "./reconcile";
import type { TransferRow } from "./rules/support";
import type { LeaverResult } from "./rules/troCap";
import type { Issue } from "./types";

export type Totals = Record<Component | "tong", number>;

export function emptyTotals(): Totals {
  const t = { tong: 0 } as Totals;
  for (const c of COMPONENTS) t[c] = 0;
  return t;
}

/** Adds `b` into `a` (in place) and returns `a`. */
export function addTotals(a: Totals, b: Totals): Totals {
  for (const c of COMPONENTS) a[c] += b[c];
  a.tong += b.tong;
  return a;
}

export interface ParamNote {
  key: string;
  label: string;
  value: string;
  from: string;
  to: string | null;
  citation: string;
  confidence: string;
  layer: string;
  note?: string;
}

export interface Summary {
  year: number;
  pack: string;
  chain: string[];
  totals: Totals;
  byQuarter: { quarter: number; totals: Totals }[];
  byMonth: { month: number; totals: Totals }[];
  byUnit: { donVi: string; thon: string | null; totals: Totals }[];
  byLegalBasis: { basis: string; citation: string; totals: Totals }[];
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

function paramNote(r: Resolved): ParamNote {
  return {
    key: r.key,
    label: r.label,
    value: typeof r.value === "string" ? r.value : r.value.brackets.map((b) => `≥${b.min}: ${b.value}`).join("; "),
    from: r.from,
    to: r.to,
    citation: r.source.article ? `${r.source.document} ${r.source.article}` : r.source.document,
    confidence: r.confidence,
    layer: r.layer,
    ...(r.note ? { note: r.note } : {}),
  };
}

const NC = COMPONENTS.length;
/** Vietnamese order, numbers by value ("Thôn 2" before "Thôn 10"); one collator, reused. */
const collator = new Intl.Collator("vi", { numeric: true });

function totalsAt(acc: Float64Array, g: number): Totals {
  const t = emptyTotals();
  for (let c = 0; c < NC; c++) {
    const a = acc[g * NC + c];
    t[COMPONENTS[c]] = a;
    t.tong += a;
  }
  return t;
}

export function summarize(result: EstimateResult): Summary {
  const { ledger, subjects, units } = result;
  const unitOf = Int32Array.from(subjects, (s) => s.unit);
  // Sums in flat typed arrays [group × NC + component]: the hot loop stays numeric.
  const monthAcc = new Float64Array(12 * NC);
  const unitAcc = new Float64Array(units.list.length * NC);
  const basisAcc = new Float64Array(ledger.bases.length * NC);
  const { month, subject, component, amount, basis } = ledger;
  for (let i = 0; i < ledger.length; i++) {
    const c = component[i];
    const a = amount[i];
    monthAcc[(month[i] - 1) * NC + c] += a;
    unitAcc[unitOf[subject[i]] * NC + c] += a;
    basisAcc[basis[i] * NC + c] += a;
  }
  const byMonth = Array.from({ length: 12 }, (_, m) => totalsAt(monthAcc, m));
  const totals = byMonth.reduce((a, t) => addTotals(a, t), emptyTotals());
  const byUnit = units.list.map((_, u) => totalsAt(unitAcc, u));
  const byBasis = ledger.bases.map((_, b) => totalsAt(basisAcc, b));
  const byQuarter = [1, 2, 3, 4].map((q) => ({ quarter: q, totals: emptyTotals() }));
  byMonth.forEach((t, i) => addTotals(byQuarter[quarterOf(i + 1) - 1].totals, t));
  const basisGroups = new Map<string, { basis: string; citation: string; totals: Totals }>();
  ledger.bases.forEach((b, i) => {
    if (byBasis[i].tong === 0 && !ledger.length) return;
    const g = basisGroups.get(b.citation) ?? { basis: b.label, citation: b.citation, totals: emptyTotals() };
    addTotals(g.totals, byBasis[i]);
    basisGroups.set(b.citation, g);
  });
  return {
    year: result.year,
    pack: result.pack.id,
    chain: result.pack.chain,
    totals,
    byQuarter,
    byMonth: byMonth.map((t, i) => ({ month: i + 1, totals: t })),
    byUnit: units.list
      .map((u, i) => ({ donVi: u.donVi, thon: u.thon, totals: byUnit[i] }))
      .filter((u, i) => u.totals.tong !== 0 || units.list[i].info !== null)
      .sort((a, b) => collator.compare(a.donVi, b.donVi) || collator.compare(a.thon ?? "", b.thon ?? "")),
    byLegalBasis: [...basisGroups.values()].filter((g) => g.totals.tong !== 0),
    funds: result.funds.map(({ donVi, thon, quyKhoan, chiPhi, chenhLech }) => ({ donVi, thon, quyKhoan, chiPhi, chenhLech })),
    transfers: [...result.transfers].sort(
      (a, b) => collator.compare(a.donVi, b.donVi) || collator.compare(a.thon ?? "", b.thon ?? "") || a.quarter - b.quarter || a.kind.localeCompare(b.kind),
    ),
    leavers: result.leavers ?? [],
    doiChieu: result.doiChieu ?? null,
    unconfirmed: result.paramsUsed.filter((r) => r.confidence === "unconfirmed" || r.confidence === "low").map(paramNote),
    userSupplied: result.paramsUsed.filter((r) => result.pack.userLayers.includes(r.layer)).map(paramNote),
    warnings: result.issues.filter((i) => i.severity === "warning"),
    errors: result.issues.filter((i) => i.severity === "error"),
  };
}
