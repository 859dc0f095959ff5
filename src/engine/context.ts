/**
 * Shapes shared by the estimate and its line builders (./lines): the input, the run's state and the
 * result. In their own module so that the builders and the estimate do not import each other.
 */
import type { DaysPatterns } from "./days";
import type { Ledger } from "./ledger";
import type { Post, Resolved, ResolvedPack } from "./law";
import type { MonthContext } from "./month";
import type { PersonIndex } from "./persons";
import type { SubjectList } from "./subjects";
import type { ReconDiff } from "./reconcile";
import type { FundLine } from "./lines/funds";
import type { PersonSupport, TransferRow } from "./lines/support/types";
import type { LeaverResult } from "./rules/troCap";
import type { DoiChieuRow, Issue, LeaverRow, RosterRow, UnitRow } from "./types";
import type { UnitIndex } from "./units";

export interface EstimateInput {
  year: number;
  rows: RosterRow[];
  units?: UnitRow[];
  /** Sheet NghiViec: people leaving, for the one-off payments. */
  leavers?: LeaverRow[];
  /** The BHXH agency's figures (sheet DoiChieuBHXH), reconciled with supportByPerson. */
  doiChieu?: DoiChieuRow[];
}

export type Subject =
  | { kind: "post"; row: number; unit: number }
  | { kind: "khoan"; code: string; name: string; unit: number }
  /** `row`: index in EstimateResult.leavers. */
  | { kind: "leaver"; row: number; unit: number };

/** Shared state of one estimate run, passed to the line builders. */
export interface RunContext {
  year: number;
  pack: ResolvedPack;
  months: MonthContext[];
  ledger: Ledger;
  subjects: SubjectList;
  units: UnitIndex;
  rows: RosterRow[];
  posts: Post[];
  issues: Issue[];
  hasUnits: boolean;
  /** Unit of each roster row. */
  rowUnit: Int32Array;
  /** Days in post of each row, as shared patterns (pattern 0: the whole year). */
  days: DaysPatterns;
  persons: PersonIndex;
}

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

/** Optional instrumentation: a clock supplied by the caller (the engine never reads one itself). */
export interface EstimateOptions {
  clock?: () => number;
  onPhase?: (phase: string, ms: number) => void;
}
