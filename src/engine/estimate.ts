/**
 * The annual estimate: from validated roster records and a resolved pack, a ledger of
 * person × post × month × component lines, each rounded to whole đồng, plus the fund comparison.
 * Every rule is looked up month by month, so a change on any 1st of a month falls out by itself.
 */
import type { ResolvedPack } from "../packs/load";
import type { Post } from "../packs/schema";
import { daysInMonth, monthsOfYear, parseIso } from "./calendar";
import { Ledger } from "./ledger";
import { MonthContext, UsedParams } from "./month";
import { MissingParameterError, type Resolved } from "./params";
import { postLines } from "./rules/postLines";
import { insuranceLines } from "./rules/insurance";
import { khoanLines } from "./rules/khoan";
import { fundLines, type FundLine } from "./rules/funds";
import { supportLines, type PersonSupport, type TransferRow } from "./rules/support";
import { troCapLines, type LeaverResult } from "./rules/troCap";
import { reconcile, type ReconDiff } from "./reconcile";
import type { DoiChieuRow, Issue, LeaverRow, RosterRow, UnitRow } from "./types";
import { UnitIndex } from "./units";

export interface EstimateInput {
  year: number;
  rows: RosterRow[];
  units?: UnitRow[];
  /** Sheet NghiViec: people leaving, for the one-off payments (rules/troCap.ts). */
  leavers?: LeaverRow[];
  /** The BHXH agency's figures (sheet DoiChieuBHXH), reconciled with supportByPerson. */
  doiChieu?: DoiChieuRow[];
}

export type Subject =
  | { kind: "post"; row: number; unit: number }
  | { kind: "khoan"; code: string; name: string; unit: number }
  /** `row`: index in EstimateResult.leavers. */
  | { kind: "leaver"; row: number; unit: number };

export interface EstimateResult {
  year: number;
  pack: { id: string; name: string; chain: string[]; userLayers: string[] };
  ledger: Ledger;
  subjects: Subject[];
  units: UnitIndex;
  rows: RosterRow[];
  funds: FundLine[];
  /** Quarterly transfer to the BHXH fund (voluntary-BHXH and BHYT support), per unit. */
  transfers: TransferRow[];
  /** Support per person and quarter, for reconciliation with the BHXH agency. */
  supportByPerson: () => PersonSupport[];
  /** One-off payments per leaver of the estimate year (component troCapMotLan). */
  leavers: LeaverResult[];
  /** Differences from the BHXH agency's figures; null when the workbook has none. */
  doiChieu: ReconDiff[] | null;
  issues: Issue[];
  /** Every parameter value the estimate used, with its source, confidence and layer. */
  paramsUsed: Resolved[];
}

/** Shared state of one estimate run, passed to the rule modules. */
export interface RunContext {
  year: number;
  pack: ResolvedPack;
  months: MonthContext[];
  ledger: Ledger;
  subjects: Subject[];
  units: UnitIndex;
  rows: RosterRow[];
  posts: Post[];
  issues: Issue[];
  hasUnits: boolean;
  /** Days in post per row and month (index row*12 + month-1), 0 when out of post. */
  days: Uint8Array;
  /** 1 when the row covers the whole year (every month full): such rows share memoised lines. */
  fullYear: Uint8Array;
}

/** Optional instrumentation: a clock supplied by the caller (the engine never reads one itself). */
export interface EstimateOptions {
  clock?: () => number;
  onPhase?: (phase: string, ms: number) => void;
}

export function estimate(input: EstimateInput, pack: ResolvedPack, opts: EstimateOptions = {}): EstimateResult {
  const phase = <T>(name: string, f: () => T): T => {
    if (!opts.clock || !opts.onPhase) return f();
    const t = opts.clock();
    const r = f();
    opts.onPhase(name, opts.clock() - t);
    return r;
  };
  const used = new UsedParams();
  const units = new UnitIndex(input.units ?? []);
  const postByCode = new Map(pack.posts.map((p) => [p.code, p]));
  const ctx: RunContext = {
    year: input.year,
    pack,
    months: monthsOfYear(input.year).map((ym) => new MonthContext(ym.year, ym.month, pack.params, used)),
    ledger: new Ledger(input.rows.length * 12 * 3),
    subjects: [],
    units,
    rows: input.rows,
    posts: input.rows.map((r) => {
      const p = postByCode.get(r.postCode);
      if (!p) throw new Error(`Chức danh mã "${r.postCode}" không có trong gói ${pack.id}.`);
      return p;
    }),
    issues: [],
    hasUnits: (input.units ?? []).length > 0,
    ...computeDays(input.year, input.rows),
  };
  for (let i = 0; i < input.rows.length; i++) {
    const r = input.rows[i];
    ctx.subjects.push({ kind: "post", row: i, unit: units.id(r.donVi, r.thon) });
  }
  phase("postLines", () => guard(ctx, () => postLines(ctx)));
  phase("insuranceLines", () => guard(ctx, () => insuranceLines(ctx)));
  const support = phase("supportLines", () => guard(ctx, () => supportLines(ctx))) ?? { transfers: [], persons: () => [] };
  phase("khoanLines", () => guard(ctx, () => khoanLines(ctx)));
  const funds = phase("fundLines", () => guard(ctx, () => fundLines(ctx))) ?? [];
  const leavers = input.leavers?.length ? (phase("troCapLines", () => guard(ctx, () => troCapLines(ctx, input.leavers!))) ?? []) : [];
  const doiChieu = input.doiChieu?.length ? reconcile(support.persons(), input.doiChieu) : null;
  if (doiChieu) ctx.issues.push(...doiChieu.issues);
  return {
    year: input.year,
    pack: { id: pack.id, name: pack.name, chain: pack.chain, userLayers: pack.userLayers },
    ledger: ctx.ledger,
    subjects: ctx.subjects,
    units,
    rows: input.rows,
    funds,
    transfers: support.transfers,
    supportByPerson: support.persons,
    leavers,
    doiChieu: doiChieu?.differences ?? null,
    issues: ctx.issues,
    paramsUsed: used.all(),
  };
}

/** A parameter missing for the whole run (e.g. LCS for the year) becomes an error, not a crash. */
function guard<T>(ctx: RunContext, f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof MissingParameterError) {
      ctx.issues.push({ severity: "error", code: "THIEU_THAM_SO", message: e.message });
      return undefined;
    }
    throw e;
  }
}

/** Days in post per row and month, computed from the parsed dates with integer arithmetic. */
function computeDays(year: number, rows: RosterRow[]): { days: Uint8Array; fullYear: Uint8Array } {
  const days = new Uint8Array(rows.length * 12);
  const full = new Uint8Array(rows.length);
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const dim = monthsOfYear(year).map((ym) => daysInMonth(ym.year, ym.month));
  for (let i = 0; i < rows.length; i++) {
    const { tuNgay, denNgay } = rows[i];
    const fullYear = (!tuNgay || tuNgay <= yearStart) && (!denNgay || denNgay >= yearEnd);
    full[i] = fullYear ? 1 : 0;
    if (fullYear) {
      days.set(dim, i * 12);
      continue;
    }
    // first and last day of the year in post, as (month, day); out of the year → nothing
    if ((tuNgay && tuNgay > yearEnd) || (denNgay && denNgay < yearStart)) continue;
    const { month: m1, day: d1 } = tuNgay && tuNgay >= yearStart ? parseIso(tuNgay) : { month: 1, day: 1 };
    const { month: m2, day: d2 } = denNgay && denNgay <= yearEnd ? parseIso(denNgay) : { month: 12, day: dim[11] };
    for (let m = m1; m <= m2; m++) {
      const first = m === m1 ? d1 : 1;
      const last = m === m2 ? d2 : dim[m - 1];
      if (last >= first) days[i * 12 + m - 1] = last - first + 1;
    }
  }
  return { days, fullYear: full };
}
