/**
 * The inputs and the outcome of the one estimate pipeline (src/app/run.ts), shared by the CLI, the
 * task pane and the tests. Files are read by the front door; the pipeline gets their contents as data.
 */
import type { Summary } from "../engine/aggregate";
import type { EstimateResult } from "../engine/estimate";
import type { Issue } from "../engine/types";
import type { Override, ResolvedPack } from "../packs";
import type { ReadResult, SheetData } from "../roster";

/** User parameter values given next to the roster (`--params`): a JSON text or a workbook's sheets. */
export type ParamsInput = { kind: "json"; name: string; text: string } | { kind: "workbook"; name: string; sheets: SheetData[] };

/** A province pack file made by a Sở Tài chính (`--pack-file`), as text. */
export interface PackFileInput {
  name: string;
  text: string;
}

/** Which front door asks: decides how a hint is phrased ("thêm --pack hung-yen" / "chọn gói … trong ngăn"). */
export type FrontDoor = "cli" | "pane";

export interface RunOptions {
  /** The estimate year as the user gave it (CLI text or pane number); absent: the workbook's caiDat.nam. */
  year?: number | string;
  /** Pack id as the user gave it; absent: the only --pack-file, then the workbook's caiDat.goi, then central. */
  packId?: string;
  params?: ParamsInput[];
  packFiles?: PackFileInput[];
  /** Year used when neither the option nor the workbook gives one (validate only; the CLI passes next year). */
  fallbackYear?: number;
  frontDoor?: FrontDoor;
}

/** Where a setting came from. */
export type SettingSource = "option" | "packFile" | "workbook" | "fallback" | "default";

export interface RunSettings {
  year: number | null;
  yearFrom: SettingSource | null;
  packId: string;
  packFrom: SettingSource;
  /** ThamSo settings rows of the workbook (caiDat.goi, caiDat.nam, caiDat.donViLap …). */
  workbook: Record<string, string>;
}

/**
 * Where the pipeline stopped: "options" (a bad --year/--pack: a usage error), "input" (the roster,
 * ThamSo, --params or --pack-file has errors), "estimate" (the engine found a missing value), "done".
 */
export type RunStage = "options" | "input" | "estimate" | "done";

export interface RunOutcome {
  ok: boolean;
  stage: RunStage;
  errors: Issue[];
  warnings: Issue[];
  settings: RunSettings;
  /** The pack with every user layer on top; null when the pipeline stopped before it. */
  pack: ResolvedPack | null;
  read: ReadResult | null;
  /** User layers (ThamSo sheet, --params), e.g. for the custom functions of the task pane. */
  overrides: { layer: string; override: Override }[];
  summary: Summary | null;
  /** The estimate itself (ledger, per-person lines) when it was computed: what the report sheets list. */
  result?: EstimateResult;
  /** One line for the whole error list, e.g. "the workbook seems made for pack hung-yen: --pack hung-yen". */
  hint?: string;
}
