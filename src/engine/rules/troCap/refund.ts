/**
 * The refund rules (docs/legal/troCap.md §7): an HĐKCT leaver (same name and commune) who holds a
 * post in DanhSach taken up on or after the leaving date must pay the allowance back when
 * - NĐ 154/2025 (Đ.9 k.4; Đ.3 k.6; `troCap.hoanTra.soThang`, in force on the leaving date): any post
 *   (re-elected, re-hired on the budget, or placed in a thôn, TDP post) within the window counted
 *   from the leaving date;
 * - a province's rule on commune HĐKCT (Quảng Ninh QĐ 52/2024 Đ.16, `hdkctXa.hoanTraTroCap.soThang`,
 *   in force on the day the post is taken up): a commune-level post only, within the window counted
 *   from the day the support was received (column "Ngày nhận trợ cấp"; blank: the leaving date).
 */
import { daysInMonth, formatVnDate, iso, parseIso, type IsoDate } from "../../calendar";
import { citationOf } from "../../ledger";
import type { ParamTable, Resolved } from "../../params";
import type { Issue, LeaverRow, RosterRow } from "../../types";
import { normalizeName } from "../../units";
import { nameOf, num } from "./context";
import { COL, isHdkct } from "./types";

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
  /** The pack's post of each row (parallel to rows): its level tells commune posts from thôn posts. */
  posts?: readonly { level: "xa" | "thon" }[];
  use: (r: Resolved) => Resolved;
}

/** A commune-level post: the pack says so; without posts, a row with no thôn (the reader requires one for thôn posts). */
const isCommunePost = (input: RefundInput, i: number): boolean => (input.posts ? input.posts[i]?.level === "xa" : input.rows[i].thon === null);

/** The rules a post breaks, each as the text of its window and the value cited. */
function brokenRules(input: RefundInput, lv: LeaverRow, start: IsoDate, commune: boolean): { text: string; rule: Resolved }[] {
  const out: { text: string; rule: Resolved }[] = [];
  const central = input.params.tryAt("troCap.hoanTra.soThang", lv.ngayNghi);
  if (central && start < addMonths(lv.ngayNghi, num(central)))
    out.push({ rule: central, text: `trong vòng ${central.value} tháng kể từ khi nghỉ (${citationOf(central)})` });
  const local = commune ? input.params.tryAt("hdkctXa.hoanTraTroCap.soThang", start) : undefined;
  const received = lv.ngayNhanTroCap ?? lv.ngayNghi;
  if (local && start < addMonths(received, num(local))) {
    const from = lv.ngayNhanTroCap
      ? `kể từ khi nhận trợ cấp ngày ${formatVnDate(received)}`
      : `kể từ ngày nghỉ (cột "${COL.ngayNhan}" để trống; nếu nhận trợ cấp muộn hơn, thời hạn kéo dài tương ứng)`;
    out.push({ rule: local, text: `được tuyển làm người hoạt động không chuyên trách cấp xã trong vòng ${local.value} tháng ${from} (${citationOf(local)})` });
  }
  return out;
}

export function refundWarnings(input: RefundInput): Issue[] {
  const { year, leavers, rows, use } = input;
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
    for (const i of byPerson.get(`${normalizeName(lv.hoTen)}|${normalizeName(lv.donVi)}`) ?? []) {
      const post = rows[i];
      const start = post.tuNgay ?? yearStart;
      if (start < lv.ngayNghi) continue;
      const broken = brokenRules(input, lv, start, isCommunePost(input, i));
      if (!broken.length) continue;
      broken.forEach((b) => use(b.rule));
      const from = post.tuNgay ? `từ ${formatVnDate(post.tuNgay)}` : `trong năm ${year} (cột Từ ngày để trống)`;
      issues.push({
        severity: "warning",
        code: "HOAN_TRA_TRO_CAP",
        message: `${nameOf(lv)} (${lv.donVi}) nghỉ ngày ${formatVnDate(lv.ngayNghi)} và hưởng trợ cấp (sheet ${lv.loc.sheet}, dòng ${lv.loc.row}), lại giữ chức danh "${post.chucDanh}" ${from} (sheet ${post.loc.sheet}, dòng ${post.loc.row}): phải hoàn trả trợ cấp đã nhận — ${broken.map((b) => b.text).join("; ")}.`,
        sheet: lv.loc.sheet,
        row: lv.loc.row,
        column: COL.hoTen,
      });
    }
  }
  return issues;
}
