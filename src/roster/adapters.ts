/**
 * From a spreadsheet API to SheetData, without importing either API (structural types only), so
 * both front doors hand the readers the same thing:
 * - Office.js: `range.values` of the used range, its address, its merged areas;
 * - exceljs: `worksheet.getSheetValues()` (1-based rows and columns) and its merges.
 * Cells hidden under a merge are blank in both (exceljs repeats the master's value there).
 */
import { parseRange, type SheetData } from "./sheet";

/** Office.js: values of a used range, its address ("Sheet1!B3:H20") and merged areas ("Sheet1!A5:A7, Sheet1!C5:D5"). */
export function sheetFromOffice(name: string, values: unknown[][], address: string, mergedAreas?: string | null): SheetData {
  const r = parseRange(address.split(",")[0]);
  const merges = mergedAreas ? mergedAreas.split(",").map((a) => a.trim()).filter(Boolean) : [];
  return { name, rows: values, startRow: r?.r1 ?? 1, startCol: r?.c1 ?? 1, merges: merges.map((m) => parseRange(m)?.address ?? m) };
}

/** The parts of an exceljs Worksheet used here. */
export interface ExcelJsWorksheetLike {
  name: string;
  getSheetValues(): unknown[];
  /** exceljs keeps merges here: master address → Range with a `range` ("A5:A7"). */
  _merges?: Record<string, { range?: string } | undefined>;
  model?: { merges?: string[] };
}

/** exceljs: all rows of a worksheet (row 1 first), merges, and slave cells of merges blanked. */
export function sheetFromExcelJs(ws: ExcelJsWorksheetLike): SheetData {
  const values = ws.getSheetValues();
  const rows: unknown[][] = [];
  for (let r = 1; r < values.length; r++) {
    const v = values[r];
    rows.push(Array.isArray(v) ? Array.from(v.slice(1)) : []);
  }
  const merges = ws._merges
    ? Object.values(ws._merges).map((m) => m?.range).filter((m): m is string => typeof m === "string")
    : (ws.model?.merges ?? []);
  for (const a of merges) {
    const m = parseRange(a);
    if (!m) continue;
    for (let r = m.r1; r <= m.r2 && r <= rows.length; r++)
      for (let c = m.c1; c <= m.c2; c++) if ((r !== m.r1 || c !== m.c1) && rows[r - 1] && c - 1 < rows[r - 1].length) rows[r - 1][c - 1] = null;
  }
  return { name: ws.name, rows, startRow: 1, startCol: 1, merges };
}
