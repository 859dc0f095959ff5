/**
 * The workbook's own settings rows in sheet ThamSo (`caiDat.goi` = pack id, `caiDat.nam` = year, …),
 * read by the roster reader as text with where each was found (for located errors about its value).
 */
import { readWorkbook, type SheetData } from "../roster";
import type { ResolvedPack } from "../packs";

export const SETTING_PACK = "caiDat.goi";
export const SETTING_YEAR = "caiDat.nam";

/** Where a setting was read: sheet, Excel row, column header. */
export type SettingPlace = { sheet: string; row: number; column: string };

export interface WorkbookSettings {
  settings: Record<string, string>;
  at: Record<string, SettingPlace>;
}

/** Reads only sheet ThamSo (cheap: the other sheets are classified by their header rows, not read). */
export function workbookSettings(sheets: SheetData[], pack: ResolvedPack): WorkbookSettings {
  const read = readWorkbook(sheets, pack, { kinds: ["thamSo"] });
  return { settings: read.settings ?? {}, at: read.settingsAt ?? {} };
}
