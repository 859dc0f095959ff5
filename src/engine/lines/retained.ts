/**
 * Commune-level HĐKCT kept on after their posts ended (1/8/2025) had to leave before the date the
 * pack gives (hdkctXa.giuLai.hetHan; CV 12/CV-BCĐ: before 31/5/2026, docs/legal/central.md §4). A
 * commune post still costed on or after that day is warned at its row, naming the months: the date
 * lives in the pack, the code only compares.
 */
import { dayBefore, formatVnDate, parseIso } from "../calendar";
import type { RunContext } from "../context";
import type { LayeredParameter } from "../law";

const KEY = "hdkctXa.giuLai.hetHan";

/** Date ranges [from, to] (inclusive; to null = open) in which the flag is 1. */
function flagRanges(p: LayeredParameter): { from: string; to: string | null; i: number }[] {
  return p.values.flatMap((v, i) => {
    if (v.value !== "1") return [];
    const next = p.values[i + 1];
    return [{ from: v.from, to: v.to ?? (next ? dayBefore(next.from) : null), i }];
  });
}

function monthsText(months: number[], year: number): string {
  const a = months[0];
  const b = months[months.length - 1];
  return months.length === 1 ? `tháng ${a}/${year}` : b - a + 1 === months.length ? `các tháng ${a}–${b}/${year}` : `các tháng ${months.join(", ")}/${year}`;
}

export function retainedWarnings(ctx: RunContext): void {
  const p = ctx.pack.params.get(KEY);
  if (!p) return;
  const start = `${ctx.year}-01-01`;
  const end = `${ctx.year}-12-31`;
  const ranges = flagRanges(p).filter((r) => r.from <= end && (r.to === null || r.to >= start));
  if (!ranges.length) return;
  for (let i = 0; i < ctx.rows.length; i++) {
    const post = ctx.posts[i];
    if (post.level !== "xa" || post.component !== "phuCap") continue;
    const row = ctx.rows[i];
    const from = row.tuNgay && row.tuNgay > start ? row.tuNgay : start;
    const to = row.denNgay && row.denNgay < end ? row.denNgay : end;
    const months = new Set<number>();
    for (const r of ranges) {
      const a = r.from > from ? r.from : from;
      const b = r.to !== null && r.to < to ? r.to : to;
      if (a > b) continue;
      for (let m = parseIso(a).month; m <= parseIso(b).month; m++) months.add(m);
    }
    if (!months.size) continue;
    const v = p.values[ranges[0].i];
    ctx.months[0].use(ctx.pack.params.at(KEY, v.from));
    ctx.issues.push({
      severity: "warning", code: "HDKCT_XA_QUA_HAN_GIU_LAI", sheet: row.loc.sheet, row: row.loc.row, column: "Đến ngày",
      message: `Sheet ${row.loc.sheet}, dòng ${row.loc.row}: "${row.chucDanh}" của ${row.hoTen} là chức danh không chuyên trách cấp xã; người được giữ lại phải nghỉ trước ${formatVnDate(v.from)} ` +
        `(${v.source.document}${v.source.article ? ` ${v.source.article}` : ""}) nhưng dòng này còn được tính ${monthsText([...months].sort((x, y) => x - y), ctx.year)}. ` +
        `Kiểm tra cột Đến ngày, hoặc chuyển sang chức danh ở thôn, tổ dân phố, hoặc giải quyết chế độ nghỉ.`,
    });
  }
}
