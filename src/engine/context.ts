/**
 * Shapes shared by the estimate and its line builders (./lines): the input and the run's state. In
 * their own module so that the builders and the estimate do not import each other.
 */
import type { DaysPatterns } from "./days";
import type { Ledger } from "./ledger";
import type { Post, ResolvedPack } from "./law";
import type { MonthContext } from "./month";
import type { PersonIndex } from "./persons";
import type { SubjectList } from "./subjects";
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

export type { Subject } from "./subjects";

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

/** Optional instrumentation: a clock supplied by the caller (the engine never reads one itself). */
export interface EstimateOptions {
  clock?: () => number;
  onPhase?: (phase: string, ms: number) => void;
}
