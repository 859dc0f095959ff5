/**
 * The report model: the estimate workbook as pure data — sheets of rows of typed cells with their
 * styles, merges, heights, formulas (with cached results), column widths and print setup. Two thin
 * writers render it (exceljs streaming in the CLI, Office.js in the task pane) and decide no layout
 * of their own, so they cannot disagree about how the form looks.
 *
 * Rows come from a function returning an iterable (a generator for the big sheets), so a writer can
 * stream 100,000 people without holding every row at once.
 */

/** A font; `color` is RRGGBB. */
export interface FontSpec {
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
}

export type BorderStyle = "thin" | "hair" | "medium";

export interface BorderSpec {
  top?: BorderStyle;
  bottom?: BorderStyle;
  left?: BorderStyle;
  right?: BorderStyle;
}

/**
 * Everything a cell looks like. Writers map each style object once (they may cache by identity):
 * builders share one object among all cells that look the same.
 */
export interface CellStyle {
  font: FontSpec;
  /** Excel number format code (en-US syntax): "@" text, "#,##0;-#,##0;;@" money, "0.00", "0%"… */
  numFmt: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  indent?: number;
  border?: BorderSpec;
  /** Background, RRGGBB. */
  fill?: string;
}

/** A formula (en-US, no leading "=") with the result the engine computed, so readers that do not
 * recalculate see the same figure. */
export interface Formula {
  formula: string;
  result: number;
}

/** A string is always text (even "=abc"); a number is a number; null is an empty cell. */
export type CellValue = string | number | Formula | null;

export function isFormula(v: CellValue): v is Formula {
  return typeof v === "object" && v !== null;
}

/** A merge starting at this row: columns `col` … `col + cols − 1` (0-based), over `rows` rows. */
export interface RowMerge {
  col: number;
  cols: number;
  rows?: number;
}

export interface ReportRow {
  /** By column, 0-based; may be shorter than the sheet. */
  values: readonly CellValue[];
  /** By column; builders share these arrays between rows of one kind. */
  styles: readonly (CellStyle | undefined)[];
  /** Height in points; absent: the sheet's default. */
  height?: number;
  merges?: readonly RowMerge[];
}

export interface ReportColumn {
  /** Width in characters of the default font (Excel's column width unit). Not 9: exceljs takes 9 for
   * its default and leaves the column out (its writer nudges it, so the writers would then differ). */
  width: number;
}

export interface PrintSetup {
  paper: "A4";
  orientation: "landscape" | "portrait";
  /** Fit all columns on one page width; as many pages down as needed. */
  fitToWidth: 1;
  fitToHeight: 0;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Rows (1-based) printed again at the top of every page: the column headers. */
  titleRows: { first: number; last: number } | null;
  /** Footer text with Excel codes (&P page, &N pages), in the given font. */
  footer: { center: string; font: FontSpec };
  horizontalCentered: boolean;
}

export interface ReportSheet {
  /** Base name (ASCII, ≤ 31 characters); writers take a free name when it is taken (freeSheetName). */
  name: string;
  /** The title printed on the sheet (Vietnamese). */
  title: string;
  columns: readonly ReportColumn[];
  /** Default row height in points. */
  defaultRowHeight: number;
  rows: () => Iterable<ReportRow>;
  print: PrintSetup;
  /** Frozen panes: rows above and columns left of the split stay in view. */
  freeze: { rows: number; cols: number } | null;
}

export interface ReportWorkbook {
  title: string;
  creator: string;
  /** The workbook's default font (Normal style): empty cells and column width units follow it. */
  defaultFont: FontSpec;
  sheets: ReportSheet[];
}

const FORBIDDEN = /[:\\/?*[\]]/g;

/** A sheet name Excel accepts that is not in `taken` (case-insensitive): name, "name (2)", … */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const clean = base.replace(FORBIDDEN, "_").replace(/^'+|'+$/g, "").slice(0, 31) || "DuToan";
  if (!used.has(clean.toLowerCase()) && clean.toLowerCase() !== "history") return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Text that Excel would read as a formula (= + - @): writers must write it as text. */
export function looksLikeFormula(v: unknown): boolean {
  return typeof v === "string" && /^[=+\-@]/.test(v);
}
