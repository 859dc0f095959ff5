/**
 * The workbook behind the strict Office.js fake (see proxies.ts): plain data that only a
 * `context.sync()` changes. Self-contained (no imports but ./), so the browser test can bundle it
 * into the office.js stub as it is.
 */

import { evaluate, isKnownFormula } from "./formulas";

export interface Rect {
  r: number;
  c: number;
  h: number;
  w: number;
}

/** One format property written on a rectangle ("font.bold", "fill.color", "borders.EdgeTop.style"…). */
export interface FormatWrite extends Rect {
  path: string;
  value: unknown;
}

export interface TableModel {
  name: string;
  rect: Rect;
  hasHeaders: boolean;
  style?: string;
}

export interface ValidationModel extends Rect {
  rule: unknown;
  errorAlert?: unknown;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** Excel's grid limits. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function colLetters(c: number): string {
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(r: number, c: number): string {
  return `${colLetters(c)}${r + 1}`;
}

/** "A1:C5" of a rectangle (one cell: "A1"). */
export function rectAddress(x: Rect): string {
  const first = a1(x.r, x.c);
  return x.h === 1 && x.w === 1 ? first : `${first}:${a1(x.r + x.h - 1, x.c + x.w - 1)}`;
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "B3", "$B$3:D9", "A:C" (whole columns), "2:4" (whole rows) → a rectangle; null if not an address. */
export function parseA1(address: string): Rect | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const s = bare.replace(/\$/g, "").trim().toUpperCase();
  const col = (t: string) => [...t].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(s);
  if (m) {
    const r1 = +m[2] - 1;
    const c1 = col(m[1]);
    const r2 = m[4] ? +m[4] - 1 : r1;
    const c2 = m[3] ? col(m[3]) : c1;
    return { r: Math.min(r1, r2), c: Math.min(c1, c2), h: Math.abs(r2 - r1) + 1, w: Math.abs(c2 - c1) + 1 };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(s);
  if (m) return { r: 0, c: col(m[1]), h: MAX_ROWS, w: col(m[2]) - col(m[1]) + 1 };
  m = /^(\d+):(\d+)$/.exec(s);
  if (m) return { r: +m[1] - 1, c: 0, h: +m[2] - +m[1] + 1, w: MAX_COLS };
  return null;
}

function inside(r: number, c: number, x: Rect): boolean {
  return r >= x.r && r < x.r + x.h && c >= x.c && c < x.c + x.w;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.r < b.r + b.h && b.r < a.r + a.h && a.c < b.c + b.w && b.c < a.c + a.w;
}


export class SheetModel {
  /** Cell values by row (sparse): numbers, strings, booleans; "" is blank. */
  values: unknown[][] = [];
  /** Formulas by row (sparse), as written ("=SUM(G5:G9)"). */
  formulas: (string | undefined)[][] = [];
  numberFormats: (string | undefined)[][] = [];
  formats: FormatWrite[] = [];
  merges: Rect[] = [];
  names = new Map<string, string>();
  customProperties = new Map<string, string>();
  tables: TableModel[] = [];
  validations: ValidationModel[] = [];
  freeze: { rows: number; cols: number } | null = null;
  pageLayout: Record<string, unknown> = {};
  printTitleRows: string | null = null;
  footer: { center?: string } = {};
  visibility: Visibility = "Visible";
  /** 0-based rows hidden by the user. */
  hiddenRows = new Set<number>();
  /** Formulas written since the last calculation (computed again at the end of the sync). */
  written: [number, number][] = [];
  /** Text cells that Excel turned into formulas because their format was not "@" first. */
  lostText: { r: number; c: number; text: string }[] = [];

  constructor(
    public name: string,
    rows: unknown[][] = [],
  ) {
    // the cells as they are stored: a text that starts with "=" was entered as text
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && /^[=+\-@]/.test(v)) this.setNumberFormat(r, c, "@");
        this.setValue(r, c, v);
      }),
    );
  }

  private row<T>(grid: T[][], r: number): T[] {
    return grid[r] ?? (grid[r] = []);
  }

  setValue(r: number, c: number, v: unknown): void {
    const fmt = this.numberFormats[r]?.[c];
    if (typeof v === "string" && /^[=+\-@]/.test(v) && fmt !== "@") {
      // Excel reads such text as a formula unless the cell is formatted as text first
      this.row(this.formulas, r)[c] = v.startsWith("=") ? v : `=${v}`;
      this.written.push([r, c]);
      if (!isKnownFormula(v)) this.lostText.push({ r, c, text: v });
      this.row(this.values, r)[c] = this.evaluate(v);
      return;
    }
    if (this.formulas[r]) this.formulas[r][c] = undefined;
    this.row(this.values, r)[c] = v === null || v === undefined ? "" : v;
  }

  setNumberFormat(r: number, c: number, f: string): void {
    this.row(this.numberFormats, r)[c] = f;
  }

  value(r: number, c: number): unknown {
    return this.values[r]?.[c] ?? "";
  }

  formula(r: number, c: number): string | undefined {
    return this.formulas[r]?.[c];
  }

  numberFormat(r: number, c: number): string {
    return this.numberFormats[r]?.[c] ?? "General";
  }

  /** The last value written to a format property of the cell (e.g. "font.bold"), or undefined. */
  format(r: number, c: number, path: string): unknown {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i];
      if (f.path === path && inside(r, c, f)) return f.value;
    }
    return undefined;
  }

  /**
   * The line on one side of a cell as Excel draws it from the border writes, in order: an edge of a
   * rectangle, an inside line of one, or the facing edge of the neighbour. "Continuous/Thin", "None"
   * or undefined (never set).
   */
  border(r: number, c: number, side: "top" | "bottom" | "left" | "right"): string | undefined {
    const across = side === "top" || side === "bottom";
    // the line lies between (r1, c1) and (r2, c2)
    const [r1, c1, r2, c2] = side === "top" ? [r - 1, c, r, c] : side === "bottom" ? [r, c, r + 1, c] : side === "left" ? [r, c - 1, r, c] : [r, c, r, c + 1];
    const last: { style?: unknown; weight?: unknown } = {};
    for (const f of this.formats) {
      const m = /^borders\.(\w+)\.(style|weight)$/.exec(f.path);
      if (!m) continue;
      const [, edge, prop] = m;
      const has1 = inside(r1, c1, f);
      const has2 = inside(r2, c2, f);
      const hit = across
        ? (edge === "EdgeTop" && has2 && r2 === f.r) || (edge === "EdgeBottom" && has1 && r1 === f.r + f.h - 1) || (edge === "InsideHorizontal" && has1 && has2)
        : (edge === "EdgeLeft" && has2 && c2 === f.c) || (edge === "EdgeRight" && has1 && c1 === f.c + f.w - 1) || (edge === "InsideVertical" && has1 && has2);
      if (hit) last[prop as "style" | "weight"] = f.value;
    }
    if (last.style === undefined) return undefined;
    return last.style === "None" ? "None" : `${String(last.style)}/${String(last.weight ?? "Thin")}`;
  }

  /**
   * Recomputes every formula, in row order. The fake computes a formula when it is written and again
   * at the end of that sync (recalcWritten), not when its inputs change later: call this then.
   */
  recalcWritten(): void {
    const list = this.written.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    this.written = [];
    for (const [r, c] of list) {
      const f = this.formulas[r]?.[c];
      if (f) this.row(this.values, r)[c] = this.evaluate(f);
    }
  }

  recalc(): void {
    this.formulas.forEach((row, r) => row?.forEach((f, c) => f && (this.row(this.values, r)[c] = this.evaluate(f))));
  }

  private evaluate(formula: string): unknown {
    return evaluate(formula, this);
  }

  /** Bounding box of non-blank values (and, unless valuesOnly, of formatted cells); null when empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r1 = Infinity;
    let r2 = -1;
    let c1 = Infinity;
    let c2 = -1;
    const scan = (grid: unknown[][], blank: (v: unknown) => boolean) =>
      grid.forEach((row, r) =>
        row?.forEach((v, c) => {
          if (blank(v)) return;
          r1 = Math.min(r1, r);
          r2 = Math.max(r2, r);
          c1 = Math.min(c1, c);
          c2 = Math.max(c2, c);
        }),
      );
    scan(this.values, (v) => v === "" || v === undefined || v === null);
    if (!valuesOnly) scan(this.numberFormats, (v) => v === undefined);
    return r2 < 0 ? null : { r: r1, c: c1, h: r2 - r1 + 1, w: c2 - c1 + 1 };
  }

  /** The cell values of a rectangle, row by row ("" for blanks). */
  grid(x: Rect): unknown[][] {
    const out: unknown[][] = [];
    for (let r = x.r; r < x.r + x.h; r++) {
      const src = this.values[r];
      const row = new Array<unknown>(x.w);
      for (let c = 0; c < x.w; c++) row[c] = src?.[x.c + c] ?? "";
      out.push(row);
    }
    return out;
  }

  /** The merged areas that intersect a rectangle. */
  mergesIn(x: Rect): Rect[] {
    return this.merges.filter((m) => overlaps(m, x));
  }
}

export interface SyncStats {
  syncs: number;
  /** Request and response size (bytes of JSON) of every sync, in order. */
  requests: number[];
  responses: number[];
  /** Operations queued per sync. */
  operations: number[];
  calcSuspended: number;
  screenSuspended: number;
}

export class WorkbookModel {
  sheets: SheetModel[];
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  stats: SyncStats = { syncs: 0, requests: [], responses: [], operations: [], calcSuspended: 0, screenSuspended: 0 };
  /** The ExcelApi requirement set the fake host supports (1.`excelApi`). */
  excelApi = 17;
  /** Office document settings (Office.context.document.settings), after saveAsync. */
  settings: Record<string, unknown> = {};

  constructor(sheets: SheetModel[] = []) {
    this.sheets = sheets;
  }

  sheet(name: string): SheetModel | undefined {
    const k = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k);
  }

  resetStats(): void {
    this.stats = { syncs: 0, requests: [], responses: [], operations: [], calcSuspended: 0, screenSuspended: 0 };
  }
}
