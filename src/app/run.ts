/**
 * The ONE estimate pipeline, used by the CLI, the task pane and the tests:
 *   workbook settings → pack and year (choose.ts) → roster records (src/roster) → user layers
 *   (ThamSo sheet, --params, --pack-file) → estimate → summarize.
 * Pure: no files, no Office, no clock. `validateWorkbook` runs exactly the same checks — the
 * estimate included, so a missing level found by the engine fails validation too — and the front
 * door simply writes nothing.
 */
import { summarize } from "../engine/aggregate";
import { estimate } from "../engine/estimate";
import type { Issue } from "../engine/types";
import { PackError, resolvePack, type Pack, type ResolvedPack } from "../packs";
import { isOwnReport, OWN_REPORT_MESSAGE, readWorkbook, type ReadResult, type SheetData } from "../roster";
import { availablePacks, chooseYear, choosePack, DEFAULT_PACK } from "./choose";
import { addPackHints, commonPackHint } from "./hints";
import { addParams, addThamSo, emptyLayers, loadPackFiles, type UserLayers } from "./layers";
import { SETTING_PACK, SETTING_YEAR, workbookSettings } from "./settings";
import type { FrontDoor, RunOptions, RunOutcome, RunSettings, RunStage } from "./types";

const isError = (i: Issue) => i.severity === "error";

interface Ctx {
  door: FrontDoor;
  settings: RunSettings;
  warnings: Issue[];
  packFiles: Pack[];
}

function stop(ctx: Ctx, stage: RunStage, errors: Issue[], more: Partial<RunOutcome> = {}): RunOutcome {
  return { ok: false, stage, errors, warnings: ctx.warnings, settings: ctx.settings, pack: null, read: null, overrides: [], summary: null, ...more };
}

/** A note when the option overrides a different value written in the workbook. */
function differs(what: string, key: string, option: string, workbook: string | undefined): Issue[] {
  if (!workbook || workbook.trim().toLowerCase() === option.toLowerCase()) return [];
  return [{ severity: "warning", code: "CAI_DAT_KHAC", message: `Dùng ${what} ${option} theo lựa chọn khi chạy; sheet ThamSo ghi ${key} = ${workbook}.`, sheet: "ThamSo", value: workbook }];
}

/** Reads the roster with the chosen pack and stacks the user layers; errors carry pack hints. */
function readAndLayer(sheets: SheetData[], base: ResolvedPack, o: RunOptions, year: number): { read: ReadResult; layers: UserLayers; issues: Issue[] } {
  // the year lets plausibility hints quote that year's lương cơ sở ("≈ 1,5 = 3.795.000 / 2.340.000")
  const read = readWorkbook(sheets, base, { year });
  const layers = emptyLayers();
  addThamSo(read.thamSo, base, `sheet ${read.sheetsFound.thamSo ?? "ThamSo"}`, layers);
  addParams(o.params ?? [], base, layers);
  return { read, layers, issues: [...read.issues, ...layers.issues] };
}

/** The resolved pack, or its problems: one issue per problem of a PackError (path and message). */
function tryResolve(id: string, layers: UserLayers, extra: Pack[]): ResolvedPack | Issue[] {
  try {
    return resolvePack(id, layers.overrides, extra);
  } catch (e) {
    if (e instanceof PackError && e.issues.length)
      return e.issues.map((i) => ({ severity: "error", code: "GOI_LOI", message: `Gói tham số "${e.sourceName}", ${i.path || "(gốc)"}: ${i.message}` }));
    return [{ severity: "error", code: "GOI_LOI", message: (e as Error).message }];
  }
}

function stopHinted(ctx: Ctx, stage: RunStage, issues: Issue[], chain: string[], more: Partial<RunOutcome>): RunOutcome {
  const packs = [...availablePacks(ctx.packFiles).values()];
  const hint = commonPackHint(issues, packs, chain, ctx.door);
  return stop(ctx, stage, addPackHints(issues, packs, chain, ctx.door), { ...more, ...(hint ? { hint } : {}) });
}

/** Settings, pack and year; a bad option stops here (stage "options"), a bad workbook setting is input. */
function choose(sheets: SheetData[], o: RunOptions, ctx: Ctx): { sheets: SheetData[]; packId: string; year: number } | RunOutcome {
  const pre = workbookSettings(sheets, resolvePack(DEFAULT_PACK));
  ctx.settings.workbook = pre.settings;
  const pack = choosePack(o.packId, ctx.packFiles, pre, ctx.door);
  const year = chooseYear(o.year, pre, o.fallbackYear, ctx.door);
  // a refused choice is still reported with where it came from
  Object.assign(ctx.settings, { packId: pack.value ?? pack.issue?.value ?? DEFAULT_PACK, packFrom: pack.from ?? "default" });
  if (year.value) Object.assign(ctx.settings, { year: year.value, yearFrom: year.from });
  const problems = [pack, year].filter((c) => c.issue);
  if (problems.length) {
    const usage = problems.every((c) => c.from === "option" || c.from === "fallback" || c.from === null);
    return stop(ctx, usage ? "options" : "input", problems.map((c) => c.issue!));
  }
  if (pack.from === "option") ctx.warnings.push(...differs("gói", SETTING_PACK, pack.value!, pre.settings[SETTING_PACK]));
  if (year.from === "option") ctx.warnings.push(...differs("năm", SETTING_YEAR, String(year.value), pre.settings[SETTING_YEAR]));
  return { sheets, packId: pack.value!, year: year.value! };
}

function pipeline(sheets: SheetData[], o: RunOptions): RunOutcome {
  const files = loadPackFiles(o.packFiles ?? []);
  const ctx: Ctx = {
    door: o.frontDoor ?? "cli",
    settings: { year: null, yearFrom: null, packId: DEFAULT_PACK, packFrom: "default", workbook: {} },
    warnings: [],
    packFiles: files.packs,
  };
  if (files.issues.length) return stop(ctx, "input", files.issues);
  if (isOwnReport(sheets)) return stop(ctx, "input", [{ severity: "error", code: "SO_DU_TOAN", message: OWN_REPORT_MESSAGE }]);
  const chosen = choose(sheets, o, ctx);
  if ("stage" in chosen) return chosen;
  const base = tryResolve(chosen.packId, emptyLayers(), files.packs);
  if (Array.isArray(base)) return stop(ctx, "input", base);
  const { read, layers, issues } = readAndLayer(chosen.sheets, base, o, chosen.year);
  ctx.warnings.push(...issues.filter((i) => !isError(i)));
  const partial = { read, overrides: layers.overrides };
  if (issues.some(isError)) return stopHinted(ctx, "input", issues.filter(isError), base.chain, partial);
  const pack = tryResolve(chosen.packId, layers, [...files.packs, ...layers.extraPacks]);
  if (Array.isArray(pack)) return stop(ctx, "input", pack, partial);
  const result = estimate({ year: chosen.year, rows: read.rows, units: read.units, leavers: read.leavers, doiChieu: read.doiChieu }, pack);
  const summary = summarize(result);
  summary.warnings.unshift(...ctx.warnings);
  ctx.warnings = summary.warnings;
  if (summary.errors.length) return stopHinted(ctx, "estimate", summary.errors, pack.chain, { ...partial, pack });
  return { ok: true, stage: "done", errors: [], warnings: summary.warnings, settings: ctx.settings, pack, read, overrides: layers.overrides, summary, result };
}

/** Reads, layers, checks and computes the estimate of one workbook. */
export function runEstimate(sheets: SheetData[], options: RunOptions = {}): RunOutcome {
  return pipeline(sheets, options);
}

/**
 * The same checks as runEstimate, the computation included (validate = estimate without writing):
 * a workbook that passes here is never rejected by the estimate with the same options.
 */
export function validateWorkbook(sheets: SheetData[], options: RunOptions = {}): RunOutcome {
  return pipeline(sheets, options);
}
