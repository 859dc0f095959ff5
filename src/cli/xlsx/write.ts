/**
 * Renders the report model (src/report) to an .xlsx file with exceljs's streaming writer: each row
 * is committed as soon as it is written and each sheet as soon as it is done, so a 100,000-person
 * workbook never sits in memory. No layout is decided here: values, formulas with their cached
 * results, styles, merges, heights, widths, print titles, page setup, footers and frozen panes all come
 * from the model; this file only translates them into exceljs's vocabulary.
 */
import ExcelJS from "exceljs";
import { once } from "events";
import type { Writable } from "stream";
import { freeSheetName, isFormula, type CellStyle, type CellValue, type FontSpec, type ReportRow, type ReportSheet, type ReportWorkbook } from "../../report/model";

type XStyle = Partial<ExcelJS.Style>;

/** Rows between two checks that the compressor keeps up (it runs on the event loop). */
const YIELD_ROWS = 256;
type XWorksheet = ExcelJS.Worksheet;

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

function xFont(f: FontSpec): Partial<ExcelJS.Font> {
  return {
    name: f.name,
    size: f.size,
    ...(f.bold ? { bold: true } : {}),
    ...(f.italic ? { italic: true } : {}),
    ...(f.underline ? { underline: true } : {}),
    ...(f.color ? { color: { argb: argb(f.color) } } : {}),
  };
}

/** One exceljs style object per model style (exceljs then maps it to one xf id by identity). */
class StyleMap {
  private readonly map = new WeakMap<CellStyle, XStyle>();

  get(s: CellStyle): XStyle {
    let x = this.map.get(s);
    if (!x) {
      x = { font: xFont(s.font), numFmt: s.numFmt };
      if (s.horizontal || s.vertical || s.wrap || s.indent)
        x.alignment = { ...(s.horizontal ? { horizontal: s.horizontal } : {}), ...(s.vertical ? { vertical: s.vertical } : {}), ...(s.wrap ? { wrapText: true } : {}), ...(s.indent ? { indent: s.indent } : {}) };
      if (s.border) {
        const b: Partial<ExcelJS.Borders> = {};
        for (const side of ["top", "bottom", "left", "right"] as const) if (s.border[side]) b[side] = { style: s.border[side] };
        x.border = b;
      }
      if (s.fill) x.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
      this.map.set(s, x);
    }
    return x;
  }
}

function xValue(v: CellValue): ExcelJS.CellValue {
  // strings stay text in exceljs, even "=abc" or "-5 hộ"; formulas carry their cached result
  return isFormula(v) ? { formula: v.formula, result: v.result } : v;
}

function worksheetOptions(s: ReportSheet): Partial<ExcelJS.AddWorksheetOptions> {
  const p = s.print;
  return {
    properties: { defaultRowHeight: s.defaultRowHeight } as ExcelJS.WorksheetProperties,
    pageSetup: {
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      horizontalCentered: p.horizontalCentered,
      margins: p.margins,
      ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first}:${p.titleRows.last}` } : {}),
    },
    headerFooter: { oddFooter: `&C&"${p.footer.font.name},Regular"&${p.footer.font.size}${p.footer.center}` } as ExcelJS.HeaderFooter,
    views: s.freeze ? [{ state: "frozen", xSplit: s.freeze.cols, ySplit: s.freeze.rows }] : [],
  };
}

function writeRow(ws: XWorksheet, r: number, row: ReportRow, styles: StyleMap): void {
  const x = ws.getRow(r);
  const n = Math.max(row.values.length, row.styles.length);
  for (let c = 0; c < n; c++) {
    const v = row.values[c];
    const st = row.styles[c];
    if ((v === null || v === undefined) && !st) continue;
    const cell = x.getCell(c + 1);
    if (v !== null && v !== undefined) cell.value = xValue(v);
    if (st) cell.style = styles.get(st);
  }
  if (row.height) x.height = row.height;
  for (const m of row.merges ?? []) if (m.cols > 1 || (m.rows ?? 1) > 1) ws.mergeCells(r, m.col + 1, r + (m.rows ?? 1) - 1, m.col + m.cols);
  x.commit();
}

/** Writes up to YIELD_ROWS rows (a plain function: no row outlives it in a suspended async frame). */
function writeBatch(ws: XWorksheet, rows: Iterator<ReportRow>, at: { row: number }, styles: StyleMap): boolean {
  for (let i = 0; i < YIELD_ROWS; i++) {
    const next = rows.next();
    if (next.done) return false;
    writeRow(ws, ++at.row, next.value, styles);
  }
  return true;
}

async function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, s: ReportSheet, styles: StyleMap): Promise<void> {
  const ws = wb.addWorksheet(name, worksheetOptions(s));
  // exceljs leaves out a column of width 9 (its default), which Excel would then draw 8.43 wide
  ws.columns = s.columns.map((c) => ({ width: c.width === 9 ? 9.001 : c.width }));
  const rows = s.rows()[Symbol.iterator]();
  const at = { row: 0 };
  while (writeBatch(ws, rows, at, styles)) await drained(ws);
  await ws.commit();
}

/** A stream of readable-stream (archiver's): its write buffer, public or not. */
interface PipeLike extends NodeJS.EventEmitter {
  writableLength?: number;
  _writableState?: { length: number };
}

/** Bytes of sheet XML waiting for the compressor beyond which the writer waits. */
const MAX_PENDING = 4 << 20;

/**
 * Waits until the zip has taken most of what this sheet wrote. exceljs pipes each sheet's XML into
 * the zip without back-pressure and the compressor needs the event loop, so rows made in a tight loop
 * would pile up in memory (a gigabyte for 100,000 people); the pipe's buffer tells how far behind
 * the zip is, and its "drain" event when it has caught up.
 */
async function drained(ws: XWorksheet): Promise<void> {
  const w = ws as unknown as { stream?: { pipes?: PipeLike[] }; _formulae?: object };
  // exceljs keeps every formula cell written so far, only to resolve shared formulas (we write none)
  if (w._formulae) w._formulae = {};
  const pipes = w.stream?.pipes ?? [];
  for (const p of pipes) {
    const pending = p.writableLength ?? p._writableState?.length ?? 0;
    if (pending > MAX_PENDING) await once(p, "drain");
  }
  await new Promise((done) => setImmediate(done));
}

export interface WriteResult {
  sheets: string[];
}

/**
 * Writes the workbook to a file path or a stream. `taken`: sheet names already in use (none for a new
 * file); each sheet gets a free name.
 */
export async function writeReport(target: string | Writable, book: ReportWorkbook, taken: readonly string[] = []): Promise<WriteResult> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof target === "string" ? { filename: target } : { stream: target }),
    useStyles: true,
    // inline strings: a shared-string table would hold every name until the end (more memory, slower)
    useSharedStrings: false,
  });
  wb.creator = book.creator;
  setDefaultFont(wb, book);
  const styles = new StyleMap();
  const names = [...taken];
  const written: string[] = [];
  for (const s of book.sheets) {
    const name = freeSheetName(s.name, names);
    names.push(name);
    written.push(name);
    await writeSheet(wb, name, s, styles);
  }
  await wb.commit();
  return { sheets: written };
}

/**
 * The workbook's default font (font 0, the Normal style) becomes the report's, so empty cells and
 * column widths (measured in the default font's digits) match the model. exceljs has no public API
 * for it: its style manager takes the first font added as font 0.
 */
function setDefaultFont(wb: ExcelJS.stream.xlsx.WorkbookWriter, book: ReportWorkbook): void {
  const manager = (wb as unknown as { styles?: { _addFont?: (f: object) => number; model?: { fonts: unknown[] } } }).styles;
  if (!manager?._addFont || !manager.model || manager.model.fonts.length) return;
  manager._addFont({ ...xFont(book.defaultFont), family: 1 });
}
