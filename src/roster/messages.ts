/**
 * Issues the readers report: located (sheet, Excel row, column header as written, bad value), in
 * Vietnamese (`message`) and English (`messageEn`, for the CLI's --lang en).
 */
import type { Issue, Severity } from "../engine/types";
import type { Problem } from "./cells";

export interface RosterIssue extends Issue {
  /** The same message in English. */
  messageEn: string;
}

export interface CellAt {
  sheet: string;
  row: number;
  /** Header as written in the sheet. */
  column?: string;
  /** Column letter, e.g. "F". */
  letter?: string;
}

export function q(s: string): string {
  return `“${s}”`;
}

export function whereVi(at: { sheet?: string; row?: number; column?: string; letter?: string }): string {
  const parts: string[] = [];
  if (at.sheet !== undefined) parts.push(`Sheet ${q(at.sheet)}`);
  if (at.row !== undefined) parts.push(`dòng ${at.row}`);
  if (at.column !== undefined) parts.push(`cột ${q(at.column)}${at.letter ? ` (${at.letter})` : ""}`);
  return parts.join(", ");
}

export function whereEn(at: { sheet?: string; row?: number; column?: string; letter?: string }): string {
  const parts: string[] = [];
  if (at.sheet !== undefined) parts.push(`Sheet ${q(at.sheet)}`);
  if (at.row !== undefined) parts.push(`row ${at.row}`);
  if (at.column !== undefined) parts.push(`column ${q(at.column)}${at.letter ? ` (${at.letter})` : ""}`);
  return parts.join(", ");
}

export function makeIssue(
  severity: Severity,
  code: string,
  at: { sheet?: string; row?: number; column?: string; letter?: string },
  value: string | undefined,
  vi: string,
  en: string,
): RosterIssue {
  const wv = whereVi(at);
  const we = whereEn(at);
  const issue: RosterIssue = {
    severity,
    code,
    message: wv ? `${wv}: ${vi}` : vi,
    messageEn: we ? `${we}: ${en}` : en,
  };
  if (at.sheet !== undefined) issue.sheet = at.sheet;
  if (at.row !== undefined) issue.row = at.row;
  if (at.column !== undefined) issue.column = at.column;
  if (value !== undefined) issue.value = value;
  return issue;
}

/** An issue from a failed coercion: “value” + what is wrong + what was expected. */
export function problemIssue(severity: Severity, at: CellAt, value: string, p: Problem): RosterIssue {
  return makeIssue(
    severity,
    p.code,
    at,
    value,
    `giá trị ${q(value)} ${p.vi}; cần ${p.expectedVi}.`,
    `value ${q(value)} ${p.en}; expected ${p.expectedEn}.`,
  );
}

/** Collects issues up to a limit; past it, counts them and adds one summary issue at the end. */
export class IssueList {
  private readonly items: RosterIssue[] = [];
  private dropped = { error: 0, warning: 0 };
  constructor(private readonly max: number) {}

  push(issue: RosterIssue): void {
    if (this.items.length < this.max) this.items.push(issue);
    else this.dropped[issue.severity]++;
  }

  get errorCount(): number {
    return this.items.filter((i) => i.severity === "error").length + this.dropped.error;
  }

  /** Issues sorted by sheet order then row (workbook-level first), plus the summary if any were dropped. */
  finish(sheetOrder: string[]): RosterIssue[] {
    const rank = new Map(sheetOrder.map((s, i) => [s, i]));
    const out = this.items
      .map((issue, i) => ({ issue, i }))
      .sort((a, b) => {
        const sa = a.issue.sheet === undefined ? -1 : (rank.get(a.issue.sheet) ?? sheetOrder.length);
        const sb = b.issue.sheet === undefined ? -1 : (rank.get(b.issue.sheet) ?? sheetOrder.length);
        if (sa !== sb) return sa - sb;
        const ra = a.issue.row ?? 0;
        const rb = b.issue.row ?? 0;
        return ra !== rb ? ra - rb : a.i - b.i;
      })
      .map((x) => x.issue);
    const n = this.dropped.error + this.dropped.warning;
    if (n > 0)
      out.push(
        makeIssue(
          this.dropped.error > 0 ? "error" : "warning",
          "ISSUES_TRUNCATED",
          {},
          undefined,
          `Còn ${n} vấn đề khác không hiển thị (${this.dropped.error} lỗi, ${this.dropped.warning} cảnh báo); sửa các lỗi trên rồi kiểm tra lại.`,
          `${n} more issues not shown (${this.dropped.error} errors, ${this.dropped.warning} warnings); fix the ones above and check again.`,
        ),
      );
    return out;
  }
}
