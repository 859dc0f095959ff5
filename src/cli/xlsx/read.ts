/**
 * Reads an .xlsx roster for the CLI with src/xlsx (random-access zip + SAX: no race on part order,
 * bounded, located errors). Sheets are recognised from their first rows; only the ones the roster
 * readers will read (and any sheet named like a roster sheet, so a missing header is reported)
 * are parsed in full. exceljs is used for writing only.
 */
import { classifySheets } from "../../roster/headers";
import type { SheetData } from "../../roster/sheet";
import { SHEET_SPECS } from "../../roster/specs";
import { normalizeKey } from "../../roster/text";
import { readXlsxFile, type XlsxLimits } from "../../xlsx";

export { InputFileError } from "../../xlsx";

const SPEC_NAMES = new Set(SHEET_SPECS.map((s) => s.name.toLowerCase()));

/** Indexes of the sheets to parse in full, chosen from their first rows. */
export function sheetsToRead(heads: SheetData[]): number[] {
  const cls = classifySheets(heads);
  const out = new Set<number>();
  for (const m of Object.values(cls.found)) if (m) out.add(m.index);
  heads.forEach((s, i) => {
    if (SPEC_NAMES.has(normalizeKey(s.name).replace(/ /g, ""))) out.add(i);
  });
  return [...out];
}

export async function readXlsx(file: string, opts: { limits?: Partial<XlsxLimits> } = {}): Promise<SheetData[]> {
  return readXlsxFile(file, { ...opts, select: sheetsToRead });
}
