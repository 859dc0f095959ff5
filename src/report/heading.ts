/**
 * The top of every sheet, as on an administrative document (NĐ 30/2020): the body that made it on
 * the left, the national title and motto on the right, an optional form label set by the user
 * (never an invented official form number), then the title with the year, the rules applied in
 * words and the unit of amounts.
 */
import type { ReportContext } from "./context";
import { heightFor, linesFor } from "./layout";
import type { CellStyle, ReportRow } from "./model";
import { plain } from "./styles";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const UNIT_LINE = "Đơn vị tính: đồng";

const SIZE = 11;
const TITLE_SIZE = 13;

/** Columns of the left block (the rest is the right block). */
export function leftBlockWidth(columns: number): number {
  return Math.max(1, Math.min(columns - 1, Math.round(columns * 0.4)));
}

function span(widths: readonly number[], from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) w += widths[i];
  return w;
}

/** A row with text in two merged blocks (left, right). */
function twoBlocks(widths: readonly number[], left: string, right: string, ls: CellStyle, rs: CellStyle): ReportRow {
  const n = widths.length;
  const l = leftBlockWidth(n);
  const values: (string | null)[] = new Array(n).fill(null);
  const styles: (CellStyle | undefined)[] = new Array(n).fill(undefined);
  values[0] = left || null;
  styles[0] = ls;
  values[l] = right || null;
  styles[l] = rs;
  const lines = Math.max(linesFor(left, span(widths, 0, l), SIZE), linesFor(right, span(widths, l, n), SIZE));
  return { values, styles, merges: [{ col: 0, cols: l }, { col: l, cols: n - l }], ...(lines > 1 ? { height: heightFor(lines, SIZE) } : {}) };
}

/** One text over the whole width. */
export function fullWidthRow(widths: readonly number[], text: string, st: CellStyle): ReportRow {
  const n = widths.length;
  const values: (string | null)[] = new Array(n).fill(null);
  const styles: (CellStyle | undefined)[] = new Array(n).fill(undefined);
  values[0] = text;
  styles[0] = st;
  const lines = linesFor(text, span(widths, 0, n), st.font.size);
  return { values, styles, merges: [{ col: 0, cols: n }], ...(lines > 1 || st.font.size > SIZE ? { height: heightFor(lines, st.font.size) } : {}) };
}

/** "Đơn vị tính: đồng" over the right block, right-aligned. */
function unitRow(widths: readonly number[]): ReportRow {
  return twoBlocks(widths, "", UNIT_LINE, plain(SIZE), plain(SIZE, { italic: true, align: "right" }));
}

export interface HeadingOptions {
  title: string;
  /** Lines under the title (italic, centred). */
  subtitles?: readonly string[];
  /** Whether the sheet lists amounts (then "Đơn vị tính: đồng"). */
  amounts: boolean;
}

/** The heading rows of a sheet of the given column widths. */
export function headingRows(widths: readonly number[], ctx: ReportContext, o: HeadingOptions): ReportRow[] {
  const rows: ReportRow[] = [];
  const center = (bold: boolean, underline = false) => plain(SIZE, { bold, underline, align: "center" });
  if (ctx.bieuSo) rows.push(twoBlocks(widths, "", ctx.bieuSo, plain(SIZE), plain(SIZE, { bold: true, align: "right" })));
  rows.push(twoBlocks(widths, ctx.donViLap ? `Đơn vị lập: ${ctx.donViLap}` : "", NATIONAL_TITLE, center(true), center(true)));
  rows.push(twoBlocks(widths, "", MOTTO, center(false), center(true, true)));
  rows.push({ values: [], styles: [] });
  rows.push(fullWidthRow(widths, o.title, plain(TITLE_SIZE, { bold: true, align: "center" })));
  for (const s of o.subtitles ?? []) rows.push(fullWidthRow(widths, s, plain(SIZE, { italic: true, align: "center" })));
  if (o.amounts) rows.push(unitRow(widths));
  else rows.push({ values: [], styles: [] });
  return rows;
}
