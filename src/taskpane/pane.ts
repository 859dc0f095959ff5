/**
 * What the task pane's buttons do, apart from the DOM: read the workbook, run the one pipeline
 * (src/app: the same checks and computation as the CLI), load the ThamSo values for the custom
 * functions, write the estimate sheets. Nothing is written when the workbook has errors.
 */
import { runEstimate, validateWorkbook, type RunOutcome } from "../app";
import type { Summary } from "../engine/aggregate";
import type { Issue } from "../engine/types";
import { setOverrides } from "../functions/state";
import type { ResolvedPack } from "../packs";
import { buildReport } from "../report/build";
import type { ReadResult } from "../roster";
import { readSheets, writeReport } from "./workbook-io";

export interface CheckResult {
  /** Empty when the pipeline stopped before reading (a bad year or pack: see `errors`). */
  read: ReadResult;
  pack: ResolvedPack | null;
  errors: Issue[];
  warnings: Issue[];
  outcome: RunOutcome;
}

/** The year checked when neither the pane nor the workbook (caiDat.nam) gives one: next year. */
function nextYear(): number {
  return new Date().getFullYear() + 1;
}

const NOTHING_READ: ReadResult = { rows: [], units: [], thamSo: [], leavers: [], doiChieu: [], issues: [], sheetsFound: {} };

function result(outcome: RunOutcome): CheckResult {
  // the custom functions use the workbook's ThamSo values whenever they are valid
  setOverrides(outcome.overrides);
  return { read: outcome.read ?? NOTHING_READ, pack: outcome.pack, errors: outcome.errors, warnings: outcome.warnings, outcome };
}

/**
 * Checks the workbook exactly as the estimate would (parameters and engine included). `packId` and
 * `year` undefined: the workbook's caiDat.goi / caiDat.nam, then central / next year.
 */
export async function check(context: Excel.RequestContext, packId?: string, year?: number): Promise<CheckResult> {
  const sheets = await readSheets(context);
  return result(validateWorkbook(sheets, { packId, year, fallbackYear: nextYear(), frontDoor: "pane" }));
}

export interface EstimateRun extends CheckResult {
  summary: Summary | null;
  sheets: string[];
}

/** Validates, computes the year and writes new estimate sheets (none when there are errors). */
export async function estimateToSheets(context: Excel.RequestContext, packId: string | undefined, year: number | undefined): Promise<EstimateRun> {
  const outcome = runEstimate(await readSheets(context), { packId, year, frontDoor: "pane" });
  const r = result(outcome);
  if (!outcome.ok || !outcome.summary || !outcome.pack || !outcome.result) return { ...r, summary: null, sheets: [] };
  const book = buildReport({ result: outcome.result, summary: outcome.summary, pack: outcome.pack, settings: outcome.settings.workbook });
  const sheets = await writeReport(context, book);
  return { ...r, summary: outcome.summary, sheets };
}
