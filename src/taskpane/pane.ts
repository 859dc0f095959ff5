/**
 * What the pane's buttons do, apart from the DOM: read the workbook in blocks (read.ts), run the ONE
 * pipeline (src/app: the same checks and computation as the CLI — "Kiểm tra" is validateWorkbook,
 * so it never passes what "Lập dự toán" rejects), hand the ThamSo values to the custom functions,
 * and write the report's sheets (render.ts). Nothing is written when the workbook has errors.
 */
import { runEstimate, validateWorkbook, type PackFileInput, type RunOutcome } from "../app";
import type { ParamNote, Totals } from "../engine/aggregate";
import { setOverrides } from "../functions/state";
import { buildReport } from "../report/build";
import type { ReportWorkbook } from "../report/model";
import { groupBySheet, type SheetIssues } from "./issues";
import type { HostFeatures } from "./office";
import type { Progress } from "./payload";
import { readWorkbookSheets } from "./read";
import { writeReportSheets } from "./render";

export interface RunInput {
  /** Pack id chosen in the pane (undefined: the workbook's caiDat.goi, then central). */
  packId?: string;
  /** Year typed in the pane (undefined: the workbook's caiDat.nam). */
  year?: number;
  packFiles?: PackFileInput[];
  /** Settings typed in the pane (caiDat.donViLap, caiDat.nguoiLapBieu …): over the workbook's. */
  settings?: Record<string, string>;
  /** Year used by Điền ThamSo when neither the pane nor the workbook gives one (never by Kiểm tra: it must fail as the estimate would). */
  fallbackYear?: number;
  features?: HostFeatures;
  progress?: Progress;
}

export interface CheckResult {
  outcome: RunOutcome;
  /** Errors and warnings by sheet, each with the cell to select. */
  groups: SheetIssues[];
  /** Merged cells could not be checked (the host lacks ExcelApi 1.13). */
  mergesUnknown: boolean;
}

/** The pipeline's options: the same for Kiểm tra and Lập dự toán, so the check never passes what the estimate rejects. */
function options(i: RunInput) {
  return { packId: i.packId, year: i.year, packFiles: i.packFiles ?? [], frontDoor: "pane" as const };
}

/** Checks the workbook exactly as the estimate would (parameters and engine included). */
export async function check(context: Excel.RequestContext, input: RunInput): Promise<CheckResult> {
  const read = await readWorkbookSheets(context, { features: input.features, progress: input.progress });
  const outcome = validateWorkbook(read.sheets, options(input));
  // the custom functions use the workbook's ThamSo values whenever they are valid
  setOverrides(outcome.overrides);
  return { outcome, groups: groupBySheet(outcome.errors, outcome.warnings, read.sheets), mergesUnknown: read.mergesUnknown };
}

export interface PreparedEstimate extends CheckResult {
  /** The report to write (null when there are errors). */
  report: ReportWorkbook | null;
  /** The add-in's sheets of an earlier estimate of the same year (replaced only if the user agrees). */
  previous: string[];
  totals: Totals | null;
  unconfirmed: ParamNote[];
  userSupplied: ParamNote[];
}

/** Reads, checks and computes; the report is ready to write (second step, after the user's answer). */
export async function prepareEstimate(context: Excel.RequestContext, input: RunInput): Promise<PreparedEstimate> {
  const read = await readWorkbookSheets(context, { features: input.features, progress: input.progress });
  const outcome = runEstimate(read.sheets, options(input));
  setOverrides(outcome.overrides);
  const groups = groupBySheet(outcome.errors, outcome.warnings, read.sheets);
  const base = { outcome, groups, mergesUnknown: read.mergesUnknown, report: null, previous: [], totals: null, unconfirmed: [], userSupplied: [] };
  if (!outcome.ok || !outcome.summary || !outcome.pack || !outcome.result) return base;
  const s = outcome.summary;
  const year = s.year;
  const previous = read.info.filter((i) => i.mark?.kind === "bao-cao" && i.mark.year === year).map((i) => i.name);
  // the names typed in the pane (Đơn vị lập, signers) over the workbook's ThamSo caiDat rows
  const settings = { ...outcome.settings.workbook, ...(input.settings ?? {}) };
  const report = buildReport({ result: outcome.result, summary: s, pack: outcome.pack, settings });
  return { ...base, report, previous, totals: s.totals, unconfirmed: s.unconfirmed, userSupplied: s.userSupplied };
}

/** Writes a prepared report; `replace` are the earlier sheets the user agreed to replace. */
export async function writeEstimate(context: Excel.RequestContext, p: PreparedEstimate, replace: boolean, progress?: Progress): Promise<string[]> {
  if (!p.report || !p.outcome.summary) return [];
  return writeReportSheets(context, p.report, { year: p.outcome.summary.year, replace: replace ? p.previous : [], progress });
}
