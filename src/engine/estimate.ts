/**
 * The annual estimate: from validated roster records and a resolved pack, a ledger of plans (the
 * monthly lines of each distinct input) booked per person-post, unit or leaver and component, plus
 * the fund comparison, the quarterly transfer and the reconciliation. Every rule is looked up month
 * by month, so a change on any 1st of a month falls out by itself.
 */
import type { EstimateInput, EstimateOptions, RunContext, Subject } from "./context";
import { DaysPatterns } from "./days";
import type { Resolved, ResolvedPack } from "./law";
import { Ledger } from "./ledger";
import { fundLines, type FundLine } from "./lines/funds";
import { insuranceLines } from "./lines/insurance";
import { khoanLines } from "./lines/khoan";
import { leaverLines } from "./lines/leavers";
import { postLines } from "./lines/posts";
import { Problems } from "./lines/problems";
import { retainedWarnings } from "./lines/retained";
import { supportLines, type PersonSupport, type SupportOutput, type TransferRow } from "./lines/support";
import { UsedParams, yearMonths } from "./month";
import { MissingParameterError } from "./params";
import { PersonIndex } from "./persons";
import { reconcile, type ReconDiff } from "./reconcile";
import type { LeaverResult } from "./rules/troCap";
import { SubjectList } from "./subjects";
import type { Issue, RosterRow } from "./types";
import { UnitIndex } from "./units";

export type { EstimateInput, EstimateOptions, RunContext, Subject } from "./context";

export interface EstimateResult {
  year: number;
  pack: { id: string; name: string; chain: string[]; userLayers: string[] };
  ledger: Ledger;
  /** Subjects of the ledger entries (roster row i is subject i), as objects: built on first access. */
  readonly subjects: Subject[];
  /** The same, without an object per row. */
  subjectList: SubjectList;
  units: UnitIndex;
  rows: RosterRow[];
  /** Persons of the roster (and of NghiViec): same name in the same commune and village. */
  persons: PersonIndex;
  funds: FundLine[];
  /** Quarterly transfer to the BHXH fund (voluntary-BHXH and BHYT support), per commune. */
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

export function estimate(input: EstimateInput, pack: ResolvedPack, opts: EstimateOptions = {}): EstimateResult {
  const phase = <T>(name: string, f: () => T): T => {
    if (!opts.clock || !opts.onPhase) return f();
    const t = opts.clock();
    const r = f();
    opts.onPhase(name, opts.clock() - t);
    return r;
  };
  const used = new UsedParams();
  const ctx = phase("prepare", () => context(input, pack, used));
  const problems = new Problems(ctx.issues);
  phase("postLines", () => postLines(ctx, problems));
  phase("retainedWarnings", () => retainedWarnings(ctx));
  phase("insuranceLines", () => insuranceLines(ctx, problems));
  const support: SupportOutput = phase("supportLines", () => supportLines(ctx, problems));
  phase("khoanLines", () => khoanLines(ctx, problems));
  const funds = phase("fundLines", () => fundLines(ctx, problems));
  const leavers = input.leavers?.length ? (phase("leaverLines", () => guard(ctx, () => leaverLines(ctx, input.leavers!))) ?? []) : [];
  problems.flush();
  const doiChieu = input.doiChieu?.length ? reconcile(support.persons(), input.doiChieu) : null;
  if (doiChieu) ctx.issues.push(...doiChieu.issues);
  const result = {
    year: input.year,
    pack: { id: pack.id, name: pack.name, chain: pack.chain, userLayers: pack.userLayers },
    ledger: ctx.ledger,
    subjectList: ctx.subjects,
    units: ctx.units,
    rows: input.rows,
    persons: ctx.persons,
    funds,
    transfers: support.transfers,
    supportByPerson: support.persons,
    leavers,
    doiChieu: doiChieu?.differences ?? null,
    issues: ctx.issues,
    paramsUsed: used.all(),
  } as Omit<EstimateResult, "subjects">;
  let subjects: Subject[] | undefined;
  Object.defineProperty(result, "subjects", { enumerable: true, get: () => (subjects ??= ctx.subjects.toArray()) });
  return result as EstimateResult;
}

function context(input: EstimateInput, pack: ResolvedPack, used: UsedParams): RunContext {
  const units = new UnitIndex(input.units ?? []);
  const postByCode = new Map(pack.posts.map((p) => [p.code, p]));
  const rowUnit = new Int32Array(input.rows.length);
  for (let i = 0; i < input.rows.length; i++) rowUnit[i] = units.id(input.rows[i].donVi, input.rows[i].thon);
  return {
    year: input.year,
    pack,
    months: yearMonths(input.year, pack.params, used),
    ledger: new Ledger(input.rows.length * 3),
    subjects: new SubjectList(rowUnit, pack.khoan),
    units,
    rows: input.rows,
    posts: input.rows.map((r) => {
      const p = postByCode.get(r.postCode);
      if (!p) throw new Error(`Chức danh mã "${r.postCode}" không có trong gói ${pack.id}.`);
      return p;
    }),
    issues: [],
    hasUnits: (input.units ?? []).length > 0,
    rowUnit,
    days: new DaysPatterns(input.year, input.rows),
    persons: new PersonIndex(input.rows, rowUnit),
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
