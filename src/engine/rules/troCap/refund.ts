/**
 * The refund rule: an HĐKCT leaver (same name and commune) who holds a post in DanhSach starting on
 * or after the leaving date and before the end of the refund window must pay the allowance back.
 */
import { formatVnDate, iso, parseIso, daysInMonth, type IsoDate } from "../../calendar";
import { citationOf } from "../../ledger";
import type { ParamTable, Resolved } from "../../params";
import type { Issue, LeaverRow, RosterRow } from "../../types";
import { normalizeName } from "../../units";
import { num } from "./context";
import { COL, isHdkct } from "./types";

/** Keys of the refund window (months after leaving): central NĐ 154/2025, and a province's own rule. */
const REFUND_KEYS = ["troCap.hoanTra.soThang", "hdkctXa.hoanTraTroCap.soThang"];

/** `date` plus `n` months (day kept, or the month's last day). */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = parseIso(date);
  const t = month - 1 + n;
  const y = year + Math.floor(t / 12);
  const m = (((t % 12) + 12) % 12) + 1;
  return iso(y, m, Math.min(day, daysInMonth(y, m)));
}

export interface RefundInput {
  params: ParamTable;
  year: number;
  leavers: LeaverRow[];
  rows: RosterRow[];
  use: (r: Resolved) => Resolved;
}

export function refundWarnings(input: RefundInput): Issue[] {
  const { params, year, leavers, rows, use } = input;
  const issues: Issue[] = [];
  if (!leavers.length || !rows.length) return issues;
  const byPerson = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = `${normalizeName(r.hoTen)}|${normalizeName(r.donVi)}`;
    const l = byPerson.get(k);
    if (l) l.push(i);
    else byPerson.set(k, [i]);
  });
  const yearStart = iso(year, 1, 1);
  for (const lv of leavers) {
    if (!isHdkct(lv.doiTuong)) continue;
    const posts = byPerson.get(`${normalizeName(lv.hoTen)}|${normalizeName(lv.donVi)}`);
    if (!posts) continue;
    const rules = REFUND_KEYS.map((k) => params.tryAt(k, lv.ngayNghi)).filter((r): r is Resolved => r !== undefined);
    if (!rules.length) continue;
    const window = Math.max(...rules.map(num));
    const end = addMonths(lv.ngayNghi, window);
    for (const i of posts) {
      const post = rows[i];
      const start = post.tuNgay ?? yearStart;
      if (start < lv.ngayNghi || start >= end) continue;
      rules.forEach(use);
      const from = post.tuNgay ? `từ ${formatVnDate(post.tuNgay)}` : `trong năm ${year} (cột Từ ngày để trống)`;
      issues.push({
        severity: "warning",
        code: "HOAN_TRA_TRO_CAP",
        message: `${lv.hoTen} (${lv.donVi}) nghỉ ngày ${formatVnDate(lv.ngayNghi)} và hưởng trợ cấp (sheet ${lv.loc.sheet}, dòng ${lv.loc.row}), lại giữ chức danh "${post.chucDanh}" ${from} (sheet ${post.loc.sheet}, dòng ${post.loc.row}), trong vòng ${window} tháng kể từ khi nghỉ: phải hoàn trả trợ cấp đã nhận (${rules.map(citationOf).join("; ")}).`,
        sheet: lv.loc.sheet,
        row: lv.loc.row,
        column: COL.hoTen,
      });
    }
  }
  return issues;
}
