/**
 * The state of costing one leaver: parameter lookups on the leaving date, the lines drafted so far
 * and the issues raised. Every regime module works on one LeaverCtx.
 */
import { parseIso, type IsoDate } from "../../calendar";
import { citationOf } from "../../ledger";
import { mulRound, type Factor } from "../../money";
import type { ParamTable, Resolved } from "../../params";
import type { Issue, LeaverRow, Severity } from "../../types";
import type { LeaverLine, LeaverResult } from "./types";

/** The citation of a line: the distinct citations of its values, or `fallback` when it used none. */
export function citationOfParams(params: Resolved[], fallback: string): string {
  return params.length ? [...new Set(params.map(citationOf))].join("; ") : fallback;
}

/** How a leaver is named in messages ("Người nghỉ việc" when the name is blank, e.g. DUTOAN.TROCAP). */
export function nameOf(row: LeaverRow): string {
  return row.hoTen || "Người nghỉ việc";
}

export class LeaverCtx {
  readonly lines: LeaverLine[] = [];
  readonly res: LeaverResult;
  private readonly month: number;

  constructor(
    readonly params: ParamTable,
    readonly packId: string,
    readonly row: LeaverRow,
    /** Marks a value as used (it is then listed with its source and confidence). */
    readonly use: (r: Resolved) => Resolved,
    readonly issues: Issue[],
  ) {
    this.month = parseIso(row.ngayNghi).month;
    this.res = {
      hoTen: row.hoTen, donVi: row.donVi, thon: row.thon, doiTuong: row.doiTuong, ngayNghi: row.ngayNghi,
      regime: null, base: null, lines: this.lines, total: 0, complete: true, loc: row.loc,
    };
  }

  get date(): IsoDate {
    return this.row.ngayNghi;
  }

  get who(): string {
    return nameOf(this.row);
  }

  /** The value in force on the leaving date (or `date`), not marked used; undefined when none. */
  peek(key: string, date: IsoDate = this.date): Resolved | undefined {
    return this.params.tryAt(key, date);
  }

  /** The value in force on the leaving date, marked used; MissingParameterError when there is none. */
  get(key: string, date: IsoDate = this.date): Resolved {
    return this.use(this.params.at(key, date));
  }

  tryGet(key: string): Resolved | undefined {
    const r = this.peek(key);
    return r && this.use(r);
  }

  issue(severity: Severity, code: string, message: string, column?: string): void {
    const i: Issue = { severity, code, message, sheet: this.row.loc.sheet, row: this.row.loc.row };
    if (column) i.column = column;
    this.issues.push(i);
  }

  /** Drafts one payment: the product of `factors`, rounded once to whole đồng. */
  line(label: string, formula: string, factors: Factor[], used: Resolved[], fallback = ""): void {
    const amount = mulRound(...factors);
    this.lines.push({ label, formula, amount, citation: citationOfParams(used, fallback), month: this.month, params: used });
    this.res.total += amount;
  }

  /** Drops the drafted lines (the row cannot be costed). */
  discard(): void {
    this.lines.length = 0;
    this.res.total = 0;
    this.res.complete = false;
  }
}

/** The value of a decimal parameter, as a string / as a JS number (months, thresholds). */
export const val = (r: Resolved): string => r.value as string;
export const num = (r: Resolved): number => Number(r.value as string);
