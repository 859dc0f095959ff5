/** The one estimate pipeline (see run.ts) and what its callers need around it. */
export { runEstimate, validateWorkbook } from "./run";
export { chooseYear, choosePack, parseYear, availablePacks, YEAR_MIN, YEAR_MAX, DEFAULT_PACK } from "./choose";
export { groupIssues, type IssueGroup } from "./group";
export { SETTING_PACK, SETTING_YEAR } from "./settings";
export type { FrontDoor, PackFileInput, ParamsInput, RunOptions, RunOutcome, RunSettings, RunStage, SettingSource } from "./types";
