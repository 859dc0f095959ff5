/**
 * Near-identical issues as one line: the same missing level on 15 rows is one line listing the rows
 * ("Thiếu mức phuCap.truongThon (Sheet DanhSach, dòng 5, 9, 12, …): …"); the same problem in the same
 * column (an unknown post typed the same way on many rows) likewise. Order: first occurrence.
 */
import type { Issue, Severity } from "../engine/types";
import { missingParamKey } from "./hints";

export interface IssueGroup {
  severity: Severity;
  code: string;
  sheet?: string;
  column?: string;
  /** Excel rows, in order of first occurrence. */
  rows: number[];
  /** How many issues the group holds. */
  count: number;
  /** One Vietnamese line for the whole group. */
  text: string;
}

/** Rows shown in a group line before "…". */
export const ROWS_SHOWN = 12;

/** "Sheet “DanhSach”, dòng 5, cột “Hệ số”: " / "Sheet DanhSach, dòng 5: " at the start of a message. */
const LOCATION = /^Sheet [“"]?[^,:”"]+[”"]?(?:, dòng \d+)?(?:, cột [“"][^”"]*[”"](?: \([A-Z]+\))?)?: /;

function body(i: Issue): string {
  return i.message.replace(LOCATION, "");
}

/** A missing level: its key, label and "chưa có giá trị áp dụng ngày …: hãy nhập …" without the row's person. */
function missingLevel(i: Issue): { key: string; label: string; rest: string } | null {
  const key = missingParamKey(i);
  if (!key) return null;
  let rest = i.message.slice(i.message.indexOf("Tham số")).replace(/^Tham số ["“][^"”]+["”]\s*/, "");
  let label = "";
  const end = rest.indexOf(") chưa có");
  if (rest.startsWith("(") && end > 0) {
    label = rest.slice(1, end);
    rest = rest.slice(end + 2);
  }
  return { key, label, rest: rest.replace(/cho dòng này/g, "cho các dòng này") };
}

function groupKey(i: Issue): string {
  const m = missingLevel(i);
  return m ? `${i.severity}|${i.code}|${i.sheet ?? ""}|${m.key}|${m.rest}` : `${i.severity}|${i.code}|${i.sheet ?? ""}|${i.column ?? ""}|${body(i)}`;
}

function rowList(rows: number[]): string {
  const shown = rows.slice(0, ROWS_SHOWN).join(", ");
  return rows.length > ROWS_SHOWN ? `${shown}, … (${rows.length} dòng)` : shown;
}

function groupText(first: Issue, rows: number[], count: number): string {
  if (count === 1) return first.message;
  const where = [first.sheet ? `Sheet ${first.sheet}` : "", rows.length ? `dòng ${rowList(rows)}` : "", first.column && !missingLevel(first) ? `cột “${first.column}”` : ""]
    .filter(Boolean)
    .join(", ");
  const m = missingLevel(first);
  if (m) return `Thiếu mức ${m.key}${m.label ? ` — ${m.label}` : ""} (${where || `${count} chỗ`}): ${m.rest}`;
  return `${where ? `${where}: ` : ""}${body(first)}${rows.length ? "" : ` (${count} lần)`}`;
}

/** Groups issues that differ only by row; a group of one keeps its message unchanged. */
export function groupIssues(issues: Issue[]): IssueGroup[] {
  const groups = new Map<string, { first: Issue; rows: number[]; seen: Set<number>; count: number }>();
  for (const i of issues) {
    const k = groupKey(i);
    const g = groups.get(k) ?? { first: i, rows: [], seen: new Set<number>(), count: 0 };
    if (i.row !== undefined && !g.seen.has(i.row)) {
      g.seen.add(i.row);
      g.rows.push(i.row);
    }
    g.count++;
    groups.set(k, g);
  }
  return [...groups.values()].map(({ first, rows, count }) => ({
    severity: first.severity,
    code: first.code,
    ...(first.sheet !== undefined ? { sheet: first.sheet } : {}),
    ...(first.column !== undefined ? { column: first.column } : {}),
    rows,
    count,
    text: groupText(first, rows, count),
  }));
}
