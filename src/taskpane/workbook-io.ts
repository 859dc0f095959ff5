/**
 * Office.js adapters of the task pane: read every sheet's used range once (values, merged areas),
 * and write report sheets in whole blocks — one sync per block, calculation suspended, number
 * formats set before values so text such as "=ABC" or "-5 hộ" stays text. Never touches a sheet the
 * user made: new sheets get a free name.
 */
import { sheetFromOffice, type SheetData } from "../roster";
import { freeSheetName, isFormula, type CellValue, type ReportRow, type ReportSheet, type ReportWorkbook } from "../report/model";

/** Rows per write block: far under the 5 MB request limit of Excel on the web (stack.md §7). */
export const BLOCK_ROWS = 4000;

export async function readSheets(context: Excel.RequestContext): Promise<SheetData[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const used = sheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("values, address");
    const merged = range.getMergedAreasOrNullObject();
    merged.load("address");
    return { name: ws.name, range, merged };
  });
  await context.sync();
  return used
    .filter((u) => !u.range.isNullObject)
    .map((u) => sheetFromOffice(u.name, u.range.values as unknown[][], u.range.address, u.merged.isNullObject ? null : u.merged.address));
}

/** Writes the report; returns the sheet names used. */
export async function writeReport(context: Excel.RequestContext, report: ReportWorkbook): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  const written: string[] = [];
  for (const s of report.sheets) {
    const name = freeSheetName(s.name, taken);
    taken.push(name);
    written.push(name);
    await writeSheet(context, context.workbook.worksheets.add(name), s);
  }
  return written;
}

/**
 * Interim rendering of the report model (values, formulas, number formats, bold, widths) until the
 * pane renders it in full (fonts, borders, merges, print setup): rows go out in blocks, one sync each.
 */
async function writeSheet(context: Excel.RequestContext, ws: Excel.Worksheet, s: ReportSheet): Promise<void> {
  const width = s.columns.length;
  s.columns.forEach((c, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = c.width * 6));
  let block: ReportRow[] = [];
  let start = 0;
  const flush = () => {
    if (!block.length) return;
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const range = ws.getRangeByIndexes(start, 0, block.length, width);
    range.numberFormat = block.map((r) => Array.from({ length: width }, (_, c) => r.styles[c]?.numFmt ?? "General"));
    range.values = block.map((r) => Array.from({ length: width }, (_, c) => cellValue(r.values[c])));
    block.forEach((r, i) => {
      if (r.styles.some((st) => st?.font.bold)) ws.getRangeByIndexes(start + i, 0, 1, width).format.font.bold = true;
    });
    start += block.length;
    block = [];
  };
  for (const row of s.rows()) {
    block.push(row);
    if (block.length === BLOCK_ROWS) {
      flush();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows: the request size limit
      await context.sync();
    }
  }
  flush();
  await context.sync();
}

function cellValue(v: CellValue | undefined): string | number {
  if (v === null || v === undefined) return "";
  return isFormula(v) ? `=${v.formula}` : v;
}
