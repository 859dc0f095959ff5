/**
 * One worksheet part → rows of cell values, merged ranges and hidden rows, in one SAX pass.
 *
 * Rows are kept sparse (an Excel row number indexes the array; nothing is allocated for rows that
 * are absent), so a file that declares row 1,000,000 costs one row, and a declared <dimension> is
 * checked but never trusted. Cell values are what the roster readers take (src/roster/cells.ts):
 * string, number, boolean, Date (a number in a date format, 1900 or 1904 system), `{ error }` for an
 * error cell, and for a formula `{ formula, result }` (cached value), `{ formula, error }` (cached
 * error) or `{ formula }` (no cached value: the file was saved without calculating).
 */
import { InputFileError, RESAVE_EN, RESAVE_VI } from "./errors";
import { EXCEL_MAX_COL, EXCEL_MAX_ROW, EXCEL_MAX_TEXT, type XlsxLimits } from "./limits";
import { TooLongText, unescapeOoxml } from "./parts";
import { StopParsing, type XmlHandler } from "./xml";

export interface SheetContext {
  file: string;
  part: string;
  sheet: string;
  shared: (string | TooLongText)[];
  dateStyles: boolean[];
  date1904: boolean;
  limits: XlsxLimits;
  /** Cells kept so far by the whole read (shared between sheets, bounded by limits.maxCells). */
  cells: { count: number };
  /** Stop after this Excel row (header detection needs only the first rows). */
  lastRow?: number;
}

export interface ParsedSheet {
  rows: unknown[][];
  merges: string[];
  hiddenRows: number[];
}

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1/1/1970 in the 1900 system; the 1904 system counts 1462 days fewer. */
const EPOCH_1900 = 25_569;
const OFFSET_1904 = 1_462;

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function q(s: string): string {
  return `“${s}”`;
}

const REF_RE = /^\$?([A-Za-z]{1,4})\$?(\d{1,9})$/;

/** Reads the worksheet XML events; `result()` after the pass. */
export class WorksheetHandler implements XmlHandler {
  private readonly rows: unknown[][] = [];
  private readonly merges: string[] = [];
  private readonly hiddenRows: number[] = [];
  private rowNum = 0;
  private rowHidden = false;
  private rowHasCells = false;
  private row: unknown[] | null = null;
  private nextCol = 1;
  private inSheetData = false;
  // The cell being read.
  private col = 0;
  private type = "";
  private style = 0;
  private v: string | null = null;
  private f: string | null = null;
  private inline: string | null = null;
  private capture = 0; // 0 none, 1 <v>, 2 <f>, 3 inline <t>
  private rph = 0;
  private readonly sharedFormulas = new Map<string, string>();
  private sharedSi = "";

  constructor(private readonly ctx: SheetContext) {}

  where(): { row?: number } {
    return this.rowNum ? { row: this.rowNum } : {};
  }

  result(): ParsedSheet {
    return { rows: this.rows, merges: this.merges, hiddenRows: this.hiddenRows };
  }

  open(name: string, a: Record<string, string>): void {
    switch (name) {
      case "c":
        this.openCell(a);
        return;
      case "v":
        this.capture = 1;
        this.v = "";
        return;
      case "f":
        this.openFormula(a);
        return;
      case "t":
        if (this.rph === 0 && this.inline !== null) this.capture = 3;
        return;
      case "is":
        this.inline = "";
        return;
      case "rPh":
        this.rph++;
        return;
      case "row":
        this.openRow(a);
        return;
      case "sheetData":
        this.inSheetData = true;
        return;
      case "mergeCell":
        this.addMerge(a.ref ?? "");
        return;
      case "dimension":
        this.checkDimension(a.ref ?? "");
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case "c":
        this.closeCell();
        return;
      case "v":
      case "f":
      case "t":
        this.capture = 0;
        return;
      case "rPh":
        this.rph--;
        return;
      case "row":
        if (this.rowHidden && this.rowHasCells) this.hiddenRows.push(this.rowNum);
        this.row = null;
        return;
      case "sheetData":
        this.inSheetData = false;
        return;
    }
  }

  text(t: string): void {
    switch (this.capture) {
      case 1:
        this.v += t;
        return;
      case 2:
        this.f += t;
        return;
      case 3:
        this.inline += t;
        return;
    }
  }

  private fail(code: string, col: number | undefined, vi: string, en: string): InputFileError {
    const { file, part, sheet } = this.ctx;
    return new InputFileError(code, { file, part, sheet, ...(this.rowNum ? { row: this.rowNum } : {}), ...(col ? { column: columnLetters(col) } : {}) }, vi, en);
  }

  private openRow(a: Record<string, string>): void {
    const r = a.r !== undefined ? Number(a.r) : this.rowNum + 1;
    if (!Number.isInteger(r) || r < 1 || r > EXCEL_MAX_ROW) {
      this.rowNum = 0;
      throw this.fail("ROW_OUT_OF_RANGE", undefined,
        `có dòng số ${q(String(a.r))}, ngoài giới hạn của Excel (1 đến 1.048.576); ${RESAVE_VI}.`,
        `a row is numbered ${q(String(a.r))}, outside Excel's limits (1 to 1,048,576); ${RESAVE_EN}.`);
    }
    if (this.ctx.lastRow !== undefined && r > this.ctx.lastRow) throw new StopParsing();
    this.rowNum = r;
    this.rowHidden = a.hidden === "1" || a.hidden === "true";
    this.rowHasCells = false;
    this.row = this.rows[r - 1] ?? null;
    this.nextCol = 1;
  }

  private openCell(a: Record<string, string>): void {
    const ref = a.r;
    let col = this.nextCol;
    if (ref !== undefined) {
      col = 0;
      const n = ref.length;
      let i = 0;
      for (; i < n && i < 4; i++) {
        const ch = ref.charCodeAt(i) | 32; // lower case
        if (ch < 97 || ch > 122) break;
        col = col * 26 + (ch - 96);
      }
      if (i === 0 || i === n || col > EXCEL_MAX_COL) throw this.badRef(ref, col);
    }
    if (col > EXCEL_MAX_COL) throw this.badRef(String(col), col);
    this.col = col;
    this.nextCol = col + 1;
    this.type = a.t ?? "";
    this.style = a.s !== undefined ? +a.s : 0;
    this.v = null;
    this.f = null;
    this.inline = null;
  }

  private badRef(ref: string, col: number): InputFileError {
    if (col > EXCEL_MAX_COL)
      return this.fail("COLUMN_OUT_OF_RANGE", undefined,
        `có ô ${q(ref)} ngoài giới hạn cột của Excel (A đến XFD); ${RESAVE_VI}.`,
        `a cell ${q(ref)} is beyond Excel's last column (XFD); ${RESAVE_EN}.`);
    return this.fail("CELL_INVALID", undefined,
      `có ô với địa chỉ không hợp lệ ${q(ref.slice(0, 20))}; ${RESAVE_VI}.`,
      `a cell has an invalid address ${q(ref.slice(0, 20))}; ${RESAVE_EN}.`);
  }

  private openFormula(a: Record<string, string>): void {
    this.capture = 2;
    this.f = "";
    this.sharedSi = a.t === "shared" && a.si !== undefined ? a.si : "";
  }

  private closeCell(): void {
    if (this.rowNum === 0 || !this.inSheetData) return;
    let value = this.cellValue();
    if (this.f !== null) value = this.formulaCell(value);
    if (value === undefined) return;
    if (++this.ctx.cells.count > this.ctx.limits.maxCells)
      throw this.fail("TOO_MANY_CELLS", this.col,
        `sổ tính có hơn ${this.ctx.limits.maxCells.toLocaleString("vi-VN")} ô có dữ liệu; cần xóa các sheet, vùng không dùng hoặc chia danh sách thành nhiều sổ.`,
        `the workbook has more than ${this.ctx.limits.maxCells} non-empty cells; delete unused sheets and ranges or split the roster.`);
    let row = this.row;
    if (row === null) row = this.row = this.rows[this.rowNum - 1] = [];
    row[this.col - 1] = value;
    this.rowHasCells = true;
  }

  /** The cell's value from its type and <v> / <is>; undefined for an empty cell (a styled blank). */
  private cellValue(): unknown {
    const v = this.v;
    switch (this.type) {
      case "s":
        return v === null ? undefined : this.sharedString(v);
      case "inlineStr":
        return this.text32k(unescapeOoxml(this.inline ?? v ?? ""));
      case "str":
        return v === null ? undefined : this.text32k(unescapeOoxml(v));
      case "b":
        return v === null ? undefined : v === "1" || v === "true";
      case "e":
        return v === null ? undefined : { error: v.trim() };
      case "d":
        return v === null ? undefined : this.isoDate(v);
      default:
        return v === null || v === "" ? undefined : this.number(v);
    }
  }

  private formulaCell(value: unknown): unknown {
    let formula = this.f ?? "";
    if (this.sharedSi) {
      if (formula) this.sharedFormulas.set(this.sharedSi, formula);
      else formula = this.sharedFormulas.get(this.sharedSi) ?? "";
    }
    if (value !== null && typeof value === "object" && "error" in value) return { formula, error: (value as { error: string }).error };
    // A string formula with an empty <v/> is a formula whose result is "" (e.g. =IF(A1="","",…)).
    if (value === undefined && this.type === "str" && this.v !== null) return { formula, result: "" };
    return value === undefined ? { formula } : { formula, result: value };
  }

  private sharedString(v: string): unknown {
    const i = +v;
    const s = Number.isInteger(i) && i >= 0 ? this.ctx.shared[i] : undefined;
    if (s === undefined)
      throw this.fail("CELL_INVALID", this.col,
        `ô tham chiếu chuỗi dùng chung số ${q(v.slice(0, 20))} không có trong sổ tính; ${RESAVE_VI}.`,
        `the cell refers to shared string ${q(v.slice(0, 20))}, which the workbook does not have; ${RESAVE_EN}.`);
    if (s instanceof TooLongText) throw this.tooLong(s.length);
    return s;
  }

  private text32k(s: string): string {
    if (s.length > EXCEL_MAX_TEXT) throw this.tooLong(s.length);
    return s;
  }

  private tooLong(n: number): InputFileError {
    return this.fail("TEXT_TOO_LONG", this.col,
      `ô chứa ${n.toLocaleString("vi-VN")} ký tự, vượt giới hạn 32.767 ký tự một ô của Excel; cần rút ngắn nội dung ô (Excel không lưu được ô dài như vậy).`,
      `the cell holds ${n} characters, above Excel's limit of 32,767 per cell; shorten it.`);
  }

  private number(v: string): unknown {
    const n = +v;
    if (!Number.isFinite(n) || v.trim() === "")
      throw this.fail("CELL_INVALID", this.col,
        `ô số có giá trị không đọc được ${q(v.slice(0, 30))}; ${RESAVE_VI}.`,
        `a number cell holds an unreadable value ${q(v.slice(0, 30))}; ${RESAVE_EN}.`);
    if (this.style > 0 && this.ctx.dateStyles[this.style] === true) {
      const serial = this.ctx.date1904 ? n + OFFSET_1904 : n;
      return new Date(Math.round((serial - EPOCH_1900) * MS_PER_DAY));
    }
    return n;
  }

  /** A t="d" cell (ISO 8601 text, written by some tools) as a UTC date. */
  private isoDate(v: string): unknown {
    const d = new Date(/Z|[+-]\d\d:?\d\d$/.test(v) || v.length <= 10 ? v : `${v}Z`);
    if (Number.isNaN(d.getTime()))
      throw this.fail("CELL_INVALID", this.col,
        `ô ngày có giá trị không đọc được ${q(v.slice(0, 30))}; ${RESAVE_VI}.`,
        `a date cell holds an unreadable value ${q(v.slice(0, 30))}; ${RESAVE_EN}.`);
    return d;
  }

  private addMerge(ref: string): void {
    const parts = ref.split(":");
    if (parts.length > 2 || !parts.every((p) => this.inBounds(p)))
      throw this.fail("CELL_INVALID", undefined,
        `vùng ô gộp ${q(ref.slice(0, 30))} không hợp lệ hoặc ngoài giới hạn của Excel; ${RESAVE_VI}.`,
        `merged range ${q(ref.slice(0, 30))} is invalid or beyond Excel's limits; ${RESAVE_EN}.`);
    if (this.merges.length >= this.ctx.limits.maxMerges)
      throw this.fail("TOO_MANY_MERGES", undefined,
        `có hơn ${this.ctx.limits.maxMerges.toLocaleString("vi-VN")} vùng ô gộp; cần bỏ gộp ô (Merge & Center → Unmerge Cells).`,
        `the sheet has more than ${this.ctx.limits.maxMerges} merged ranges; unmerge them.`);
    this.merges.push(ref);
  }

  private inBounds(ref: string): boolean {
    const m = REF_RE.exec(ref);
    if (!m) return false;
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    const row = +m[2];
    return col >= 1 && col <= EXCEL_MAX_COL && row >= 1 && row <= EXCEL_MAX_ROW;
  }

  /** A declared used range beyond Excel's grid: the file was not written by Excel; fail before reading rows. */
  private checkDimension(ref: string): void {
    const parts = ref.split(":");
    if (ref === "" || parts.every((p) => this.inBounds(p))) return;
    throw this.fail("DIMENSION_OUT_OF_RANGE", undefined,
      `khai báo vùng dữ liệu ${q(ref.slice(0, 30))}, ngoài giới hạn của Excel (A1:XFD1048576); ${RESAVE_VI}.`,
      `the sheet declares the used range ${q(ref.slice(0, 30))}, beyond Excel's grid (A1:XFD1048576); ${RESAVE_EN}.`);
  }
}
