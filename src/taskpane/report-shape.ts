/**
 * The report model as the Office.js writer reads it: sheets of rows of typed cells with shared
 * style objects, merges, heights, formulas with cached results, column widths and print setup.
 * These are the shapes of the rich report model being built in src/report/model.ts (issue 10);
 * until it lands on main, the pane renders today's model through legacy-report.ts. Structural
 * types: the real model's objects fit them as they are.
 */
export interface FontShape {
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** RRGGBB */
  color?: string;
}

export type BorderLine = "thin" | "hair" | "medium";

export interface StyleShape {
  font: FontShape;
  numFmt: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  indent?: number;
  border?: { top?: BorderLine; bottom?: BorderLine; left?: BorderLine; right?: BorderLine };
  /** RRGGBB */
  fill?: string;
}

export interface FormulaShape {
  formula: string;
  result: number;
}

export type CellShape = string | number | FormulaShape | null;

export interface RowShape {
  values: readonly CellShape[];
  styles: readonly (StyleShape | undefined)[];
  height?: number;
  merges?: readonly { col: number; cols: number; rows?: number }[];
}

export interface PrintShape {
  paper: "A4";
  orientation: "landscape" | "portrait";
  fitToWidth: number;
  fitToHeight: number;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** 1-based rows repeated on every printed page. */
  titleRows: { first: number; last: number } | null;
  footer: { center: string; font: FontShape };
  horizontalCentered: boolean;
}

export interface SheetShape {
  name: string;
  title: string;
  columns: readonly { width: number }[];
  defaultRowHeight: number;
  rows: () => Iterable<RowShape>;
  print: PrintShape;
  freeze: { rows: number; cols: number } | null;
}

export interface WorkbookShape {
  title: string;
  defaultFont: FontShape;
  sheets: SheetShape[];
}
