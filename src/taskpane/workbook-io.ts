/**
 * Office.js adapters of the task pane: read every sheet's used range once (values, merged areas),
 * and write report sheets in whole blocks — one sync per block, calculation suspended, number
 * formats set before values so text such as "=ABC" or "-5 hộ" stays text. Never touches a sheet the
 * user made: new sheets get a free name.
 */
import { sheetFromOffice, type SheetData } from "../roster";
import { freeSheetName, NUMBER_FORMAT, type ReportSheet } from "../report/model";

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
export async function writeReport(context: Excel.RequestContext, report: ReportSheet[]): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  const written: string[] = [];
  for (const s of report) {
    const name = freeSheetName(s.name, taken);
    taken.push(name);
    written.push(name);
    await writeSheet(context, context.workbook.worksheets.add(name), s);
  }
  return written;
}

async function writeSheet(context: Excel.RequestContext, ws: Excel.Worksheet, s: ReportSheet): Promise<void> {
  const width = s.columns.length;
  const head = [[s.title], ...s.subtitle.map((l) => [l]), [""]];
  const titleBlock = ws.getRangeByIndexes(0, 0, head.length, 1);
  titleBlock.numberFormat = head.map(() => ["@"]);
  titleBlock.values = head;
  ws.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  const headerRow = head.length;
  const header = ws.getRangeByIndexes(headerRow, 0, 1, width);
  header.numberFormat = [s.columns.map(() => "@")];
  header.values = [s.columns.map((c) => c.header)];
  header.format.font.bold = true;
  header.format.wrapText = true;
  s.columns.forEach((c, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = c.width * 6));
  await context.sync();
  const first = headerRow + 1;
  const formats = s.columns.map((c) => NUMBER_FORMAT[c.kind]);
  for (let start = 0; start < s.rows.length; start += BLOCK_ROWS) {
    const rows = s.rows.slice(start, start + BLOCK_ROWS);
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const block = ws.getRangeByIndexes(first + start, 0, rows.length, width);
    block.numberFormat = rows.map(() => formats);
    block.values = rows.map((r) => r.map((v) => (v === null ? "" : v)));
    for (const b of s.bold) if (b >= start && b < start + rows.length) ws.getRangeByIndexes(first + b, 0, 1, width).format.font.bold = true;
    await context.sync();
  }
}
