/**
 * The workbook's own settings rows in sheet ThamSo (`caiDat.goi` = pack id, `caiDat.nam` = year, …;
 * docs/architecture.md). The roster reader returns them as `ReadResult.settings`; while a reader
 * without that field is in use, they are taken out of the ThamSo sheet here so the parameter reader
 * never sees them (a pack id is not a number).
 */
import { classifySheets } from "../roster/headers";
import { displayValue, unwrapCell } from "../roster/cells";
import { readWorkbook, type ReadResult, type SheetData } from "../roster";
import type { ResolvedPack } from "../packs";

export const SETTING_PACK = "caiDat.goi";
export const SETTING_YEAR = "caiDat.nam";
const PREFIX = "caidat.";

export interface WorkbookSettings {
  settings: Record<string, string>;
  /** The sheets to read records from (settings rows blanked when the reader does not know them). */
  sheets: SheetData[];
}

type WithSettings = ReadResult & { settings?: Record<string, string> };

/** Reads only sheet ThamSo (cheap: the other sheets are classified by their headers, not read). */
export function workbookSettings(sheets: SheetData[], pack: ResolvedPack): WorkbookSettings {
  const read = readWorkbook(sheets, pack, { kinds: ["thamSo"] }) as WithSettings;
  if (read.settings) return { settings: read.settings, sheets };
  return takeSettingsRows(sheets);
}

function cellText(v: unknown): string {
  const u = unwrapCell(v);
  return u === null ? "" : displayValue(u).trim();
}

/** Settings rows of the ThamSo sheet, and the sheets with those rows blanked. */
export function takeSettingsRows(sheets: SheetData[]): WorkbookSettings {
  const found = classifySheets(sheets).found.thamSo;
  const ma = found?.match.columns.get("ma");
  const giaTri = found?.match.columns.get("giaTri");
  if (!found || !ma || !giaTri) return { settings: {}, sheets };
  const settings: Record<string, string> = {};
  const rows = found.sheet.rows.map((row, r) => {
    if (r <= found.match.lastRowIndex || !row) return row;
    const key = cellText(row[ma.index]);
    if (!key.toLowerCase().startsWith(PREFIX)) return row;
    settings[`caiDat.${key.slice(PREFIX.length)}`] = cellText(row[giaTri.index]);
    return [];
  });
  return { settings, sheets: sheets.map((s) => (s === found.sheet ? { ...s, rows } : s)) };
}
