/**
 * What consolidation works on: one compact, plain-data outcome per commune workbook (it crosses a
 * worker-thread boundary, so no classes, no functions) and the province-wide result.
 */
import type { ParamNote, Totals } from "../engine/aggregate";
import type { TransferKind } from "../engine/lines/support/types";
import type { Issue } from "../engine/types";

/** The figures of one commune (xã, phường) of a workbook. */
export interface CommuneFigures {
  xa: string;
  /** Distinct people (same name in the same commune and village), leavers included. */
  people: number;
  totals: Totals;
  /** Central allowance fund vs cost over the commune and its villages; null when DonVi gives no fund. */
  funds: { quyKhoan: number; chiPhi: number; chenhLech: number; boSung: number } | null;
  /** Quarterly transfers to the BHXH fund (soTienChuyen), per kind, quarters I–IV. */
  transfers: Record<TransferKind, number[]>;
}

/** The pack a workbook was estimated with, in the words the report needs. */
export interface PackUsed {
  id: string;
  name: string;
  jurisdiction: string;
  /** Built-in layers only (the commune's own ThamSo values are listed per commune). */
  chain: string[];
}

/** A parameter note with the unit of its value (coefficient, ratio, vnd …) for the number format. */
export type UnitNote = ParamNote & { unit: string };

export interface FileEstimate {
  ok: true;
  file: string;
  year: number;
  pack: PackUsed;
  communes: CommuneFigures[];
  totals: Totals;
  /** Quarters I–IV. */
  byQuarter: Totals[];
  /** Parameter values used from the built-in packs (not the commune's own), with their unit. */
  params: UnitNote[];
  unconfirmed: ParamNote[];
  userSupplied: ParamNote[];
  warnings: Issue[];
  seconds: number;
}

export interface FileFailure {
  ok: false;
  file: string;
  errors: Issue[];
  /** One line for the whole list, e.g. which pack the workbook seems made for. */
  hint?: string;
  seconds: number;
}

/** A workbook left out on purpose (one DuToan wrote itself: an estimate, not a roster). */
export interface FileSkipped {
  ok: null;
  file: string;
  reason: string;
  seconds: number;
}

export type FileOutcome = FileEstimate | FileFailure | FileSkipped;

export interface CommuneRow extends CommuneFigures {
  file: string;
  packId: string;
  /** Warnings of the commune's workbook. */
  warnings: number;
}

export interface ParamUse {
  note: UnitNote;
  /** How many communes' estimates used this value. */
  communes: number;
}

export interface CommuneNotes {
  file: string;
  communes: string[];
  notes: ParamNote[];
}

export interface Consolidation {
  year: number;
  packs: PackUsed[];
  files: { total: number; done: number; failed: number; skipped: number };
  totals: Totals;
  byQuarter: { quarter: number; totals: Totals }[];
  /** One row per commune, in Vietnamese order. */
  communes: CommuneRow[];
  failed: FileFailure[];
  skipped: FileSkipped[];
  params: ParamUse[];
  unconfirmed: CommuneNotes[];
  userSupplied: CommuneNotes[];
}
