/**
 * A worksheet as plain data, so Office.js (range.values), our .xlsx reader (src/xlsx), exceljs and
 * tests feed the same readers. A formula cell read from a file arrives as `{ formula, result }`
 * (cached value), `{ formula, error: "#N/A" }` (cached error) or `{ formula }` (never calculated),
 * so the readers can tell those apart from a blank cell.
 */

export interface SheetData {
  name: string;
  /** Cell values, row by row; rows may have different lengths. */
  rows: unknown[][];
  /** Excel row number of rows[0] (default 1), e.g. when a used range starts lower. */
  startRow?: number;
  /** Excel column number of rows[r][0] (1 = A, default 1), e.g. when a used range starts at column B. */
  startCol?: number;
  /** Merged ranges as A1 addresses, e.g. "A5:C5" (a sheet prefix and $ are allowed). */
  merges?: string[];
  /** The sheet is hidden (or very hidden) in the workbook: used only when no visible sheet fits, with a warning. */
  hidden?: boolean;
  state?: "visible" | "hidden" | "veryHidden";
  /** Excel numbers of hidden rows that hold cells (they are read and counted; the reader warns). */
  hiddenRows?: number[];
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface CellRange {
  address: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const RANGE_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** Parses "A5:C7" (or "Sheet1!$A$5:$C$7", or "B2") into 1-based bounds; null if not an address. */
export function parseRange(address: string): CellRange | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = RANGE_RE.exec(bare.trim());
  if (!m) return null;
  const c1 = columnNumber(m[1]);
  const r1 = +m[2];
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? +m[4] : r1;
  return { address: bare.trim().replace(/\$/g, ""), r1: Math.min(r1, r2), r2: Math.max(r1, r2), c1: Math.min(c1, c2), c2: Math.max(c1, c2) };
}
