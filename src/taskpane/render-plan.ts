/**
 * The Office.js writer's plan for one block of report rows, as plain data (no Office here, so it is
 * tested alone): the values and number formats as 2-D arrays, the formats as few rectangles — each
 * column's most common look over the whole block, then only the differences of the other cells,
 * rows with the same differences grouped — merges and row heights. Nothing about the layout is
 * decided here: every look comes from the report model's styles.
 */
import type { BorderStyle, CellStyle, CellValue, FontSpec, ReportRow } from "../report/model";
import { jsonBytes } from "./payload";

export type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** Format properties to write on a rectangle (only those given). */
export interface FormatProps {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** "#RRGGBB" */
  color?: string;
  /** "#RRGGBB", or null to clear. */
  fill?: string | null;
  horizontal?: "Left" | "Center" | "Right" | "General";
  vertical?: "Top" | "Center" | "Bottom";
  wrap?: boolean;
  indent?: number;
  borders?: Partial<Record<Edge, BorderStyle>>;
}

export interface Rect {
  r: number;
  c: number;
  h: number;
  w: number;
}

export interface FormatRect extends Rect {
  props: FormatProps;
}

/** Rectangles that get the same properties: one Range, or a RangeAreas of up to ADDRESS_MAX characters. */
export interface FormatAreas {
  areas: Rect[];
  props: FormatProps;
}

/** Longest address given to worksheet.getRanges (Excel's union-reference limit of 255 characters). */
export const ADDRESS_MAX = 255;

export interface BlockPlan {
  /** 0-based first row on the sheet, rows and columns written. */
  row0: number;
  rows: number;
  width: number;
  values: (string | number | null)[][];
  numberFormat: string[][];
  formats: FormatAreas[];
  merges: Rect[];
  heights: { r: number; h: number; height: number }[];
  /** Request bytes the block is expected to weigh. */
  bytes: number;
}

/** Bytes one format or merge operation costs in a request (method, path, value). */
export const OPERATION_BYTES = 120;

const H = { left: "Left", center: "Center", right: "Right" } as const;
const V = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Text Excel would read as a formula (= + - @) is written into a text-formatted cell. */
export function looksLikeFormula(v: unknown): boolean {
  return typeof v === "string" && /^[=+\-@]/.test(v);
}

/** A cell's value for `range.values`: null leaves a blank (or merged-over) cell untouched. */
export function cellValue(v: CellValue | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "object") return `=${v.formula}`;
  return v;
}

function color(rgb: string | undefined): string | undefined {
  return rgb === undefined ? undefined : `#${rgb.replace(/^#/, "").slice(-6)}`;
}

function fontProps(f: FontSpec, base?: FontSpec): FormatProps {
  const p: FormatProps = {};
  if (!base || f.name !== base.name) p.fontName = f.name;
  if (!base || f.size !== base.size) p.fontSize = f.size;
  if (!!f.bold !== !!base?.bold && (base || f.bold)) p.bold = !!f.bold;
  if (!!f.italic !== !!base?.italic && (base || f.italic)) p.italic = !!f.italic;
  if (!!f.underline !== !!base?.underline && (base || f.underline)) p.underline = !!f.underline;
  if (f.color !== base?.color) p.color = color(f.color) ?? "#000000";
  return p;
}

/** The lines of a rectangle whose cells all have look `s` (only the lines it has). */
function borderProps(s: CellStyle, h: number, w: number): Partial<Record<Edge, BorderStyle>> {
  const b = s.border ?? {};
  const out: Partial<Record<Edge, BorderStyle>> = {};
  if (b.top) out.EdgeTop = b.top;
  if (b.bottom) out.EdgeBottom = b.bottom;
  if (b.left) out.EdgeLeft = b.left;
  if (b.right) out.EdgeRight = b.right;
  const across = b.top ?? b.bottom;
  const down = b.left ?? b.right;
  if (h > 1 && across) out.InsideHorizontal = across;
  if (w > 1 && down) out.InsideVertical = down;
  return out;
}

function borderKey(s: CellStyle): string {
  const b = s.border;
  return b ? `${b.top ?? ""}|${b.bottom ?? ""}|${b.left ?? ""}|${b.right ?? ""}` : "";
}

/**
 * Borders as rectangles of cells with the same lines (rows with the same pattern grouped). Cells
 * without lines get no write: a new sheet has none, and a "no line" written next to a boxed cell
 * would erase the box's shared edge.
 */
function borderRects(grid: CellStyle[][], row0: number): FormatRect[] {
  const out: FormatRect[] = [];
  let open: { sig: string; rects: { c: number; w: number; s: CellStyle; r: number; h: number }[] } | null = null;
  const close = () => {
    for (const x of open?.rects ?? []) out.push({ r: x.r, c: x.c, h: x.h, w: x.w, props: { borders: borderProps(x.s, x.h, x.w) } });
    open = null;
  };
  grid.forEach((row, i) => {
    const segs: { c: number; w: number; s: CellStyle; k: string }[] = [];
    row.forEach((s, c) => {
      const k = borderKey(s);
      if (!k) return;
      const last = segs[segs.length - 1];
      if (last && last.c + last.w === c && last.k === k) last.w++;
      else segs.push({ c, w: 1, s, k });
    });
    const sig = segs.map((x) => `${x.c}:${x.w}:${x.k}`).join("/");
    if (open && sig && open.sig === sig) {
      for (const x of open.rects) x.h++;
      return;
    }
    close();
    if (segs.length) open = { sig, rects: segs.map((x) => ({ c: x.c, w: x.w, s: x.s, r: row0 + i, h: 1 })) };
  });
  close();
  return out;
}

/** Everything a look sets but its borders, for a rectangle of new cells. */
export function fullProps(s: CellStyle): FormatProps {
  const p: FormatProps = fontProps(s.font);
  if (s.fill) p.fill = color(s.fill);
  if (s.horizontal) p.horizontal = H[s.horizontal];
  if (s.vertical) p.vertical = V[s.vertical];
  if (s.wrap) p.wrap = true;
  if (s.indent) p.indent = s.indent;
  return p;
}

/** What must change (borders aside) on cells that have look `base` to give them look `s`. */
export function diffProps(base: CellStyle, s: CellStyle): FormatProps {
  const p: FormatProps = fontProps(s.font, base.font);
  if (s.fill !== base.fill) p.fill = s.fill ? color(s.fill) : null;
  if (s.horizontal !== base.horizontal) p.horizontal = s.horizontal ? H[s.horizontal] : "General";
  if (s.vertical !== base.vertical) p.vertical = s.vertical ? V[s.vertical] : "Bottom";
  if (!!s.wrap !== !!base.wrap) p.wrap = !!s.wrap;
  if ((s.indent ?? 0) !== (base.indent ?? 0)) p.indent = s.indent ?? 0;
  return p;
}

export function countOps(p: FormatProps): number {
  return Object.keys(p).length - (p.borders ? 1 : 0) + (p.borders ? Object.keys(p.borders).length * 2 : 0);
}

/** The look of a cell without one: the workbook's font, General. */
export function defaultStyle(font: FontSpec): CellStyle {
  return { font, numFmt: "General" };
}

/** Each column's most common look in the block. */
function columnBases(grid: CellStyle[][], width: number): CellStyle[] {
  const bases: CellStyle[] = [];
  for (let c = 0; c < width; c++) {
    const counts = new Map<CellStyle, number>();
    let best: CellStyle = grid[0][c];
    let bestN = 0;
    for (const row of grid) {
      const n = (counts.get(row[c]) ?? 0) + 1;
      counts.set(row[c], n);
      if (n > bestN) [best, bestN] = [row[c], n];
    }
    bases.push(best);
  }
  return bases;
}

/** Rectangles of the column bases (adjacent columns with one look share a rectangle). */
function baseRects(bases: CellStyle[], row0: number, rows: number): FormatRect[] {
  const out: FormatRect[] = [];
  for (let c = 0; c < bases.length; ) {
    let e = c + 1;
    while (e < bases.length && bases[e] === bases[c]) e++;
    out.push({ r: row0, c, h: rows, w: e - c, props: fullProps(bases[c]) });
    c = e;
  }
  return out;
}

/** The cells that differ from their column's base, as rectangles (rows with the same differences grouped). */
function exceptionRects(grid: CellStyle[][], bases: CellStyle[], row0: number): FormatRect[] {
  const out: FormatRect[] = [];
  let open: { sig: string; rects: { c: number; w: number; s: CellStyle; b: CellStyle; r: number; h: number }[] } | null = null;
  const ids = new Map<CellStyle, number>();
  const id = (s: CellStyle) => ids.get(s) ?? (ids.set(s, ids.size), ids.size - 1);
  const close = () => {
    for (const x of open?.rects ?? []) {
      const props = diffProps(x.b, x.s);
      if (countOps(props)) out.push({ r: x.r, c: x.c, h: x.h, w: x.w, props });
    }
    open = null;
  };
  grid.forEach((row, i) => {
    const segs: { c: number; w: number; s: CellStyle; b: CellStyle }[] = [];
    for (let c = 0; c < row.length; c++) {
      if (row[c] === bases[c]) continue;
      const last = segs[segs.length - 1];
      if (last && last.c + last.w === c && last.s === row[c] && last.b === bases[c]) last.w++;
      else segs.push({ c, w: 1, s: row[c], b: bases[c] });
    }
    const sig = segs.map((s) => `${s.c}:${s.w}:${id(s.s)}:${id(s.b)}`).join("|");
    if (open && open.sig === sig && sig) {
      for (const x of open.rects) x.h++;
      return;
    }
    close();
    if (segs.length) open = { sig, rects: segs.map((s) => ({ ...s, r: row0 + i, h: 1 })) };
  });
  close();
  return out;
}

function heightRuns(rows: ReportRow[], row0: number, fallback: number): BlockPlan["heights"] {
  const out: BlockPlan["heights"] = [];
  rows.forEach((row, i) => {
    const height = row.height ?? fallback;
    const last = out[out.length - 1];
    if (last && last.height === height && last.r + last.h === row0 + i) last.h++;
    else out.push({ r: row0 + i, h: 1, height });
  });
  return out;
}

/** "A5:C7" of a 0-based rectangle. */
export function a1Rect(x: Rect): string {
  const letter = (c: number) => {
    let out = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    return out;
  };
  const tl = `${letter(x.c)}${x.r + 1}`;
  return x.h === 1 && x.w === 1 ? tl : `${tl}:${letter(x.c + x.w - 1)}${x.r + x.h}`;
}

/**
 * Rectangles with the same properties as few requests objects: the base rectangles stay alone,
 * the differing rows (subtotals every few rows) share RangeAreas addresses of ≤ ADDRESS_MAX characters.
 */
function groupAreas(rects: FormatRect[]): FormatAreas[] {
  const groups = new Map<string, FormatAreas & { length: number }>();
  const out: FormatAreas[] = [];
  for (const r of rects) {
    const key = JSON.stringify(r.props);
    const len = a1Rect(r).length + 1;
    let g = groups.get(key);
    if (!g || g.length + len > ADDRESS_MAX) {
      g = { areas: [], props: r.props, length: 0 };
      groups.set(key, g);
      out.push(g);
    }
    g.areas.push({ r: r.r, c: r.c, h: r.h, w: r.w });
    g.length += len;
  }
  return out.map(({ areas, props }) => ({ areas, props }));
}

/** The plan of one block of rows starting at sheet row `row0` (0-based). */
export function planBlock(rows: ReportRow[], row0: number, columns: number, defaultRowHeight: number, deflt: CellStyle): BlockPlan {
  const width = Math.max(columns, ...rows.map((r) => r.values.length));
  const grid = rows.map((r) => Array.from({ length: width }, (_, c) => r.styles[c] ?? deflt));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => cellValue(r.values[c])));
  const numberFormat = grid.map((g, i) => g.map((s, c) => (looksLikeFormula(rows[i].values[c]) ? "@" : s.numFmt)));
  const bases = columnBases(grid, width);
  const formats = [...baseRects(bases, row0, rows.length).map((r) => ({ areas: [r as Rect], props: r.props })), ...groupAreas([...exceptionRects(grid, bases, row0), ...borderRects(grid, row0)])];
  const merges = rows.flatMap((r, i) => (r.merges ?? []).map((m) => ({ r: row0 + i, c: m.col, h: m.rows ?? 1, w: m.cols })));
  const heights = heightRuns(rows, row0, defaultRowHeight);
  const ops = formats.reduce((a, f) => a + countOps(f.props) + 1, 0) + merges.length + heights.length;
  const bytes = jsonBytes(values) + jsonBytes(numberFormat) + ops * OPERATION_BYTES;
  return { row0, rows: rows.length, width, values, numberFormat, formats, merges, heights, bytes };
}

/** Bytes a row adds to a block before formats (values and number formats, a small margin for formats). */
export function rowBytes(row: ReportRow, deflt: CellStyle): number {
  let n = 24;
  row.values.forEach((v, c) => (n += jsonBytes(cellValue(v)) + (row.styles[c] ?? deflt).numFmt.length + 4));
  return n;
}
