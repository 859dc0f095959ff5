/**
 * What the task pane's buttons do, apart from the DOM: read the workbook, validate, load the ThamSo
 * sheet for the custom functions, compute, write the estimate sheets. Nothing is written when the
 * roster has errors.
 */
import { summarize, type Summary } from "../engine/aggregate";
import { estimate } from "../engine/estimate";
import type { Issue } from "../engine/types";
import { setOverrides } from "../functions/state";
import { resolvePack, type ResolvedPack } from "../packs";
import { buildReport } from "../report/build";
import { readWorkbook, thamSoLayer, type ReadResult } from "../roster";
import { readSheets, writeReport } from "./workbook-io";

export interface CheckResult {
  read: ReadResult;
  pack: ResolvedPack;
  errors: Issue[];
  warnings: Issue[];
}

/** Reads and validates the workbook; installs its ThamSo values for the custom functions. */
export async function check(context: Excel.RequestContext, packId: string): Promise<CheckResult> {
  const base = resolvePack(packId);
  const read = readWorkbook(await readSheets(context), base);
  const { overrides, issues: paramIssues } = thamSoLayer(read.thamSo, base, `sheet ${read.sheetsFound.thamSo ?? "ThamSo"}`);
  const issues: Issue[] = [...read.issues, ...paramIssues];
  setOverrides(overrides);
  return {
    read,
    pack: resolvePack(packId, overrides),
    errors: issues.filter((i) => i.severity === "error"),
    warnings: issues.filter((i) => i.severity === "warning"),
  };
}

export interface EstimateRun extends CheckResult {
  summary: Summary | null;
  sheets: string[];
}

/** Validates, computes the year and writes new estimate sheets (none when there are errors). */
export async function estimateToSheets(context: Excel.RequestContext, packId: string, year: number): Promise<EstimateRun> {
  const c = await check(context, packId);
  if (c.errors.length) return { ...c, summary: null, sheets: [] };
  const result = estimate({ year, rows: c.read.rows, units: c.read.units, leavers: c.read.leavers, doiChieu: c.read.doiChieu }, c.pack);
  const summary = summarize(result);
  summary.warnings.unshift(...c.warnings);
  if (summary.errors.length) return { ...c, errors: summary.errors, summary, sheets: [] };
  const sheets = await writeReport(context, buildReport({ result, summary, pack: c.pack }));
  return { ...c, warnings: summary.warnings, summary, sheets };
}
