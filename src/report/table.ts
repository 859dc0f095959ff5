/**
 * A sheet that is one main table between the heading block and the signature block: column
 * headers (one or two rows, grouped headers merged), the row of column numbers, the body rows a
 * sheet module generates, the total in words, notes and signatures. Print titles repeat the header
 * rows on every page; panes freeze under them.
 */
import type { ReportContext } from "./context";
import { headingRows } from "./heading";
import { colLetter, heightFor, linesFor, range } from "./layout";
import type { CellStyle, CellValue, Formula, ReportRow, ReportSheet, RowMerge } from "./model";
import { noteRow, signatureRows, wordsRow } from "./signature";
import { font, headerCell, numberCell, tableCell, type CellKind, type RowRole } from "./styles";

export interface ColumnSpec {
  header: string;
  kind: CellKind;
  width: number;
  /** A header over several consecutive columns (then the headers take two rows). */
  group?: string;
  /** Label in the row of column numbers; default: letters for text columns, 1, 2, … for numbers. */
  num?: string;
}

/** What a table body returns when it is done: the amount to write in words and notes under it. */
export interface TableEnd {
  words: number | null;
  /** What the amount in words is, when the table has several amount columns. */
  wordsOf?: string;
  notes?: readonly string[];
}

export type Body = (t: Table) => Generator<ReportRow, TableEnd, undefined>;

export interface TableSheetSpec {
  name: string;
  title: string;
  subtitles?: readonly string[];
  columns: readonly ColumnSpec[];
  /** Whether amounts are listed (unit line; signatures). */
  amounts: boolean;
  /** Font size of the table (smaller for wide sheets). */
  size?: number;
  freezeCols?: number;
  body: Body;
  signature?: boolean;
}

const DEFAULT_SIZE = 11;
const MEASURE_CACHE = 10_000;
const TEXT_KINDS: ReadonlySet<CellKind> = new Set(["text", "center"]);

/** Helpers a body uses to make its rows. */
export class Table {
  readonly widths: number[];
  private readonly byRole = new Map<RowRole, CellStyle[]>();
  private readonly textCols: number[];
  private readonly letters: string[];
  /** Lines of texts already measured, per column (texts repeat: formulas, citations, names). */
  private readonly measured: Map<string, number>[];

  constructor(
    readonly columns: readonly ColumnSpec[],
    /** Sheet row (1-based) of the first body row. */
    readonly firstRow: number,
    readonly size: number,
  ) {
    this.widths = columns.map((c) => c.width);
    this.textCols = columns.flatMap((c, i) => (TEXT_KINDS.has(c.kind) ? [i] : []));
    this.measured = columns.map(() => new Map());
    this.letters = columns.map((_, i) => colLetter(i));
  }

  private lines(col: number, text: string): number {
    const cache = this.measured[col];
    let n = cache.get(text);
    if (n === undefined) {
      n = linesFor(text, this.widths[col], this.size);
      if (cache.size >= MEASURE_CACHE) cache.clear();
      cache.set(text, n);
    }
    return n;
  }

  /** The shared style array of a row role. */
  styles(role: RowRole): CellStyle[] {
    let s = this.byRole.get(role);
    if (!s) {
      s = this.columns.map((c) => tableCell(c.kind, role, this.size));
      this.byRole.set(role, s);
    }
    return s;
  }

  /** A table row; its height fits the longest wrapped text. */
  row(values: CellValue[], role: RowRole = "body", opts: { styles?: (CellStyle | undefined)[]; merges?: RowMerge[] } = {}): ReportRow {
    let lines = 1;
    for (const i of this.textCols) {
      const v = values[i];
      if (typeof v === "string" && v.length > this.widths[i] - 1) lines = Math.max(lines, this.lines(i, v));
    }
    // built without object spread: this runs once per row of 100,000-person sheets
    const r: ReportRow = { values, styles: opts.styles ?? this.styles(role) };
    if (opts.merges) r.merges = opts.merges;
    if (lines > 1) r.height = heightFor(lines, this.size);
    return r;
  }

  /** SUM of column `col` over rows r1…r2 with its cached result. */
  sum(col: number, r1: number, r2: number, result: number): Formula {
    return { formula: `SUM(${range(col, r1, col, r2)})`, result };
  }

  /** SUBTOTAL(9, …): a sum that skips the nested subtotals inside its range (group rows). */
  subtotal(col: number, r1: number, r2: number, result: number): Formula {
    return { formula: `SUBTOTAL(9,${range(col, r1, col, r2)})`, result };
  }

  /** SUMIF of column `col` over rows r1…r2 where column `keyCol` equals `key` (a text). */
  sumIf(keyCol: number, r1: number, r2: number, key: string, col: number, result: number): Formula {
    const k = `$${colLetter(keyCol)}$${r1}:$${colLetter(keyCol)}$${r2}`;
    return { formula: `SUMIF(${k},"${key.replace(/"/g, '""')}",${range(col, r1, col, r2)})`, result };
  }

  /** SUM across columns `from`…`to` of sheet row `r` (once per row of big sheets: letters precomputed). */
  rowSum(from: number, to: number, r: number, result: number): Formula {
    return { formula: `SUM(${this.letters[from]}${r}:${this.letters[to]}${r})`, result };
  }

  letter(col: number): string {
    return this.letters[col];
  }
}

function defaultNumbers(columns: readonly ColumnSpec[]): string[] {
  let letters = 0;
  let numbers = 0;
  return columns.map((c) => c.num ?? (TEXT_KINDS.has(c.kind) || c.kind === "date" || c.kind === "stt" ? colLetter(letters++) : String(++numbers)));
}

/** Header rows: one, or two when some columns are grouped (ungrouped headers merge down). */
export function headerRows(columns: readonly ColumnSpec[], size: number): ReportRow[] {
  const hs = headerCell(size);
  const styles = columns.map(() => hs);
  const grouped = columns.some((c) => c.group);
  const lines = (texts: (string | null)[], widthOf: (i: number) => number) =>
    Math.max(1, ...texts.map((t, i) => (t ? linesFor(t, widthOf(i), size) : 1)));
  if (!grouped) {
    const values = columns.map((c) => c.header);
    return [{ values, styles, height: heightFor(lines(values, (i) => columns[i].width), size) }];
  }
  const top: (string | null)[] = [];
  const merges: RowMerge[] = [];
  const groupWidth = new Map<number, number>();
  for (let i = 0; i < columns.length; i++) {
    const g = columns[i].group;
    if (!g) {
      top.push(columns[i].header);
      merges.push({ col: i, cols: 1, rows: 2 });
      continue;
    }
    let j = i;
    let w = 0;
    while (j < columns.length && columns[j].group === g) w += columns[j++].width;
    top.push(g, ...new Array(j - i - 1).fill(null));
    groupWidth.set(i, w);
    merges.push({ col: i, cols: j - i });
    i = j - 1;
  }
  const bottom = columns.map((c) => (c.group ? c.header : null));
  // ungrouped headers span both rows: split their lines between them
  const topLines = lines(top.map((t, i) => (columns[i].group ? t : null)), (i) => groupWidth.get(i) ?? columns[i].width);
  const bottomLines = lines(bottom, (i) => columns[i].width);
  const mergedLines = lines(top.map((t, i) => (columns[i].group ? null : t)), (i) => columns[i].width);
  const extra = Math.max(0, mergedLines - topLines - bottomLines);
  return [
    { values: top, styles, merges, height: heightFor(topLines + Math.ceil(extra / 2), size) },
    { values: bottom, styles, height: heightFor(bottomLines + Math.floor(extra / 2), size) },
  ];
}

export function numberRow(columns: readonly ColumnSpec[], size: number): ReportRow {
  const st = numberCell(size);
  return { values: defaultNumbers(columns), styles: columns.map(() => st) };
}

const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 };

/** The sheet: heading, headers, numbers, body, words, notes, signatures; print setup. */
export function tableSheet(spec: TableSheetSpec, ctx: ReportContext): ReportSheet {
  const size = spec.size ?? DEFAULT_SIZE;
  const widths = spec.columns.map((c) => c.width);
  const heading = headingRows(widths, ctx, { title: spec.title, subtitles: spec.subtitles, amounts: spec.amounts });
  const headers = headerRows(spec.columns, size);
  const firstTitle = heading.length + 1;
  const lastTitle = heading.length + headers.length + 1;
  return {
    name: spec.name,
    title: spec.title,
    columns: widths.map((width) => ({ width })),
    defaultRowHeight: heightFor(1, size),
    freeze: { rows: lastTitle, cols: spec.freezeCols ?? 0 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: MARGINS,
      titleRows: { first: firstTitle, last: lastTitle },
      footer: { center: "Trang &P/&N", font: font(9) },
      horizontalCentered: true,
    },
    rows: function* () {
      yield* heading;
      yield* headers;
      yield numberRow(spec.columns, size);
      const end = yield* spec.body(new Table(spec.columns, lastTitle + 1, size));
      if (end.words !== null) yield wordsRow(widths, end.words, end.wordsOf);
      for (const n of end.notes ?? []) yield noteRow(widths, n);
      if (spec.signature ?? true) yield* signatureRows(widths, ctx);
    },
  };
}
