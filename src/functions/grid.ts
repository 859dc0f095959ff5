/**
 * Ranges in, ranges out. Matrix parameters arrive as 2-D arrays (a single value as [[v]], an omitted
 * optional one as null). `spill` broadcasts them like Excel's own functions: every argument is one
 * cell, or has the result's number of rows and/or columns; the result has the largest shape. A
 * cell that fails holds an Error (#VALUE! with its message) and the others still compute; a
 * one-cell result throws its error instead, so Excel shows the message on the cell itself.
 */
import { excelError } from "./args";

/** A cell of a result: a number, text, or an Error (shown as #VALUE!). */
export type Out = number | string | Error;

/** A 2-D view of an argument: null when omitted; a scalar (direct calls, tests) as one cell. */
export function asGrid(x: unknown): unknown[][] | null {
  if (x === null || x === undefined) return null;
  if (Array.isArray(x)) {
    if (x.length === 0) return null;
    return Array.isArray(x[0]) ? (x as unknown[][]) : [x];
  }
  return [[x]];
}

function messageOf(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) return String((e as { message: unknown }).message);
  return String(e);
}

/**
 * Computes `f` for every cell of the broadcast shape of `args`. `f` gets the cell's value of each
 * argument (null for an omitted one) and whether the whole result is a single cell.
 */
export function spill(args: unknown[], f: (cells: unknown[], single: boolean) => number | string): Out[][] {
  const grids = args.map(asGrid);
  let rows = 1;
  let cols = 1;
  for (const g of grids) {
    if (!g) continue;
    rows = Math.max(rows, g.length);
    cols = Math.max(cols, g[0]?.length ?? 1);
  }
  for (const g of grids) {
    if (!g) continue;
    const r = g.length;
    const c = g[0]?.length ?? 1;
    if ((r !== 1 && r !== rows) || (c !== 1 && c !== cols))
      throw excelError(`Các vùng đối số phải cùng kích thước (hoặc là một ô): có vùng ${r}×${c} và vùng ${rows}×${cols}.`);
  }
  const single = rows === 1 && cols === 1;
  const out: Out[][] = new Array(rows);
  const cells = new Array<unknown>(grids.length);
  for (let i = 0; i < rows; i++) {
    const line: Out[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      for (let k = 0; k < grids.length; k++) {
        const g = grids[k];
        if (!g) {
          cells[k] = null;
          continue;
        }
        const row = g.length === 1 ? g[0] : g[i];
        cells[k] = row.length === 1 ? row[0] : row[j];
      }
      try {
        line[j] = f(cells, single);
      } catch (e) {
        if (single) throw isExcelError(e) ? e : excelError(messageOf(e));
        line[j] = excelError(messageOf(e));
      }
    }
    out[i] = line;
  }
  return out;
}

/** An error already made by excelError (CustomFunctions.Error in Excel). */
function isExcelError(e: unknown): boolean {
  const cf = (globalThis as { CustomFunctions?: { Error?: new (...a: never[]) => unknown } }).CustomFunctions;
  return !!(cf?.Error && e instanceof cf.Error);
}
