/**
 * The Office.js writer of the report model (issue 10 item 5): every sheet of the model becomes a new
 * sheet (a free name; never one of the user's), marked as the add-in's (marks.ts), with column
 * widths, frozen header, page setup (A4, orientation, fit to width, margins, print titles, footer
 * with page numbers) and its rows in blocks — one request per block, calculation suspended, number
 * formats (text "@" included) before values, then fonts, fills, alignment, borders, merges and
 * heights. The layout is the model's: this file only translates it.
 */
import { freeSheetName } from "../report/model";
import { markSheet } from "./marks";
import { BLOCK_BUDGET, BLOCK_CELLS, yieldToPage, type Progress } from "./payload";
import { a1Rect, defaultStyle, planBlock, rowBytes, type BlockPlan, type FormatAreas, type FormatProps } from "./render-plan";
import type { CellStyle, PrintSetup, ReportRow, ReportSheet, ReportWorkbook } from "../report/model";

const POINTS_PER_INCH = 72;

/** Excel column width (characters of the default font) → points, as Excel converts it (7 px digits). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function footerText(p: PrintSetup): string {
  const f = p.footer.font;
  const face = `${f.bold ? "Bold" : "Regular"}${f.italic ? " Italic" : ""}`;
  return `&"${f.name},${face}"&${f.size}${p.footer.center}`;
}

function pageSetup(ws: Excel.Worksheet, p: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
  layout.centerHorizontally = p.horizontalCentered;
  layout.leftMargin = p.margins.left * POINTS_PER_INCH;
  layout.rightMargin = p.margins.right * POINTS_PER_INCH;
  layout.topMargin = p.margins.top * POINTS_PER_INCH;
  layout.bottomMargin = p.margins.bottom * POINTS_PER_INCH;
  layout.headerMargin = p.margins.header * POINTS_PER_INCH;
  layout.footerMargin = p.margins.footer * POINTS_PER_INCH;
  if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first}:$${p.titleRows.last}`);
  layout.headersFooters.defaultForAllPages.centerFooter = footerText(p);
}

function sheetSetup(ws: Excel.Worksheet, s: ReportSheet): void {
  s.columns.forEach((c, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPoints(c.width)));
  const f = s.freeze;
  if (f && f.rows && f.cols) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, f.rows, f.cols));
  else if (f?.rows) ws.freezePanes.freezeRows(f.rows);
  else if (f?.cols) ws.freezePanes.freezeColumns(f.cols);
  pageSetup(ws, s.print);
}

function applyFormat(range: Excel.Range | Excel.RangeAreas, p: FormatProps): void {
  const f = range.format;
  if (p.fontName !== undefined) f.font.name = p.fontName;
  if (p.fontSize !== undefined) f.font.size = p.fontSize;
  if (p.bold !== undefined) f.font.bold = p.bold;
  if (p.italic !== undefined) f.font.italic = p.italic;
  if (p.underline !== undefined) f.font.underline = p.underline ? "Single" : "None";
  if (p.color !== undefined) f.font.color = p.color;
  if (p.fill === null) f.fill.clear();
  else if (p.fill !== undefined) f.fill.color = p.fill;
  if (p.horizontal) f.horizontalAlignment = p.horizontal;
  if (p.vertical) f.verticalAlignment = p.vertical;
  if (p.wrap !== undefined) f.wrapText = p.wrap;
  if (p.indent !== undefined) f.indentLevel = p.indent;
  for (const [edge, line] of Object.entries(p.borders ?? {})) {
    const b = f.borders.getItem(edge as Excel.BorderIndex);
    b.style = "Continuous";
    b.weight = line === "medium" ? "Medium" : line === "hair" ? "Hairline" : "Thin";
  }
}

function target(ws: Excel.Worksheet, f: FormatAreas): Excel.Range | Excel.RangeAreas {
  if (f.areas.length === 1) {
    const a = f.areas[0];
    return ws.getRangeByIndexes(a.r, a.c, a.h, a.w);
  }
  return ws.getRanges(f.areas.map(a1Rect).join(","));
}

/** Queues one block: number formats, values (formulas as "=…"), formats, merges, heights. */
function queueBlock(context: Excel.RequestContext, ws: Excel.Worksheet, b: BlockPlan): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const range = ws.getRangeByIndexes(b.row0, 0, b.rows, b.width);
  range.numberFormat = b.numberFormat;
  range.values = b.values;
  for (const f of b.formats) applyFormat(target(ws, f), f.props);
  for (const m of b.merges) ws.getRangeByIndexes(m.r, m.c, m.h, m.w).merge(false);
  for (const h of b.heights) ws.getRangeByIndexes(h.r, 0, h.h, 1).format.rowHeight = h.height;
}

interface Writing {
  context: Excel.RequestContext;
  deflt: CellStyle;
  progress?: Progress;
  blocks: number;
  expected: number;
}

/** Writes one sheet's rows in blocks under the request budget; the first block carries the setup. */
async function writeRows(w: Writing, ws: Excel.Worksheet, s: ReportSheet): Promise<void> {
  let rows: ReportRow[] = [];
  let bytes = 0;
  let cells = 0;
  let row0 = 0;
  const send = async (part: ReportRow[]) => {
    const plan = planBlock(part, row0, s.columns.length, s.defaultRowHeight, w.deflt);
    if (plan.bytes > BLOCK_BUDGET && part.length > 1) {
      // the formats weigh more than the rows suggested: two smaller requests
      const half = Math.ceil(part.length / 2);
      await send(part.slice(0, half));
      await send(part.slice(half));
      return;
    }
    queueBlock(w.context, ws, plan);
    row0 += part.length;
    w.blocks++;
    w.progress?.(w.blocks, Math.max(w.expected, w.blocks), "ghi");
    await w.context.sync();
    await yieldToPage();
  };
  const flush = async () => {
    const part = rows;
    rows = [];
    bytes = cells = 0;
    await send(part);
  };
  for (const row of s.rows()) {
    const rb = rowBytes(row, w.deflt);
    const width = Math.max(s.columns.length, row.values.length);
    if (rows.length && (bytes + rb > BLOCK_BUDGET * 0.8 || cells + width > BLOCK_CELLS)) await flush();
    rows.push(row);
    bytes += rb;
    cells += width;
  }
  if (rows.length) await flush();
  else await w.context.sync();
}

export interface WriteOptions {
  /** The estimate year, kept in each sheet's mark (a rerun replaces the same year's sheets). */
  year: number;
  /** Sheets of the add-in's previous output to delete first (the user agreed). */
  replace?: string[];
  progress?: Progress;
  /** Blocks expected in all (for the progress line); estimated when absent. */
  expectedBlocks?: number;
}

/** Writes the report's sheets; returns the names used, in order. */
export async function writeReportSheets(context: Excel.RequestContext, report: ReportWorkbook, o: WriteOptions): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  for (const name of o.replace ?? []) worksheets.getItem(name).delete();
  worksheets.load("items/name");
  await context.sync();
  const taken = worksheets.items.map((ws) => ws.name);
  const w: Writing = { context, deflt: defaultStyle(report.defaultFont), progress: o.progress, blocks: 0, expected: o.expectedBlocks ?? report.sheets.length };
  const written: string[] = [];
  for (const s of report.sheets) {
    const name = freeSheetName(s.name, taken);
    taken.push(name);
    written.push(name);
    const ws = worksheets.add(name);
    markSheet(ws, { kind: "bao-cao", year: o.year });
    sheetSetup(ws, s);
    await writeRows(w, ws, s);
  }
  if (written.length) worksheets.getItem(written[0]).activate();
  await context.sync();
  return written;
}
