/**
 * Phụ cấp and hỗ trợ of each roster row, and phụ cấp / hỗ trợ kiêm nhiệm for concurrent rows.
 * Amount of a month: Mức tiền, else Hệ số × LCS, else the pack's rate for the post (which may be a
 * scale by households), pro rata by calendar days in post. Concurrent posts are paid the pack's
 * share (kiemNhiem.tyLe / hoTroKiemNhiem.tyLe), all of them or only the highest (rules.kiemNhiem).
 */
import type { Post } from "../../packs/schema";
import type { RunContext } from "../estimate";
import { COMPONENT_INDEX, type Component } from "../ledger";
import { D, formatDecimal, formatVnd, roundDong } from "../money";
import type { MonthContext } from "../month";
import { MissingParameterError, scaleValue, type Resolved } from "../params";
import type { RosterRow } from "../types";

/** The full-month amount of a row in a month, before proration. */
export interface Rate {
  key: string;
  value: string;
  text: string;
  params: Resolved[];
}

export class RowProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly column?: string,
  ) {
    super(message);
  }
}

/** The row's rate key when it does not depend on the pack (Mức tiền or Hệ số), else null. */
export function staticRateKey(row: RosterRow): string | null {
  if (row.mucTien !== null) return `m:${row.mucTien}`;
  if (row.heSo !== null) return `h:${row.heSo}`;
  return null;
}

/**
 * The full-month rate of a row in a month. Rates are cached per month (`cache`), so rows with the
 * same Mức tiền, Hệ số or pack rate share one object: later memos key on its identity.
 */
export function monthlyRate(row: RosterRow, post: Post, mc: MonthContext, soHo: number | null | undefined, cache: Map<string, Rate>, staticKey = staticRateKey(row)): Rate {
  if (staticKey !== null) {
    const hit = cache.get(staticKey);
    if (hit) return hit;
    let r: Rate;
    if (row.mucTien !== null) r = { key: staticKey, value: String(row.mucTien), text: `${formatVnd(row.mucTien)} (mức tiền theo danh sách)`, params: [] };
    else {
      const lcs = mc.get("luongCoSo");
      r = { key: staticKey, value: new D(row.heSo!).times(lcs.value as string).toString(), text: `${formatDecimal(row.heSo!)} × ${formatVnd(lcs.value as string)}`, params: [lcs] };
    }
    cache.set(staticKey, r);
    return r;
  }
  if (!post.rate) throw new RowProblem("CHUA_CO_MUC", `Chức danh "${post.name}" không có mức trong gói: nhập Hệ số hoặc Mức tiền.`, "Hệ số");
  const p = mc.get(post.rate);
  let v: string;
  let key: string;
  if (typeof p.value === "string") {
    v = p.value;
    key = post.rate;
  } else {
    if (soHo === null || soHo === undefined)
      throw new RowProblem("THIEU_SO_HO", `Mức của "${post.name}" tính theo số hộ: cần Số hộ của thôn "${row.thon ?? ""}" ở sheet DonVi.`, "Thôn, TDP");
    v = scaleValue(p.value, soHo);
    key = `${post.rate}|${v}`;
  }
  const hit = cache.get(key);
  if (hit) return hit;
  let r: Rate;
  if (p.unit === "coefficient") {
    const lcs = mc.get("luongCoSo");
    r = { key, value: new D(v).times(lcs.value as string).toString(), text: `${formatDecimal(v)} × ${formatVnd(lcs.value as string)}`, params: [p, lcs] };
  } else {
    r = { key, value: v, text: formatVnd(v), params: [p] };
  }
  cache.set(key, r);
  return r;
}

interface LineMemo {
  amount: number;
  explain: number;
  basis: number;
}

function componentOf(row: RosterRow, post: Post): Component {
  if (!row.kiemNhiem) return post.component;
  return post.component === "phuCap" ? "phuCapKiemNhiem" : "hoTroKiemNhiem";
}

export function postLines(ctx: RunContext): void {
  const { ledger, rows, posts, months, days } = ctx;
  const rateCache = months.map(() => new Map<string, Rate>());
  /** Line memos per month: rate object → by days in post (1..31); separate for concurrent rows. */
  const lineCache = months.map(() => new Map<Rate, LineMemo[]>());
  /** Concurrent rows, by share parameter: the same rate paid at kiemNhiem.tyLe or hoTroKiemNhiem.tyLe. */
  const kiemCache = new Map<string, Map<Rate, LineMemo[]>[]>();
  const kiemCacheOf = (shareKey: string) => {
    let c = kiemCache.get(shareKey);
    if (!c) kiemCache.set(shareKey, (c = months.map(() => new Map<Rate, LineMemo[]>())));
    return c;
  };
  const reported = new Set<string>();
  const highestOnly = ctx.pack.rules.kiemNhiem === "highestOnly";
  /** highestOnly: best concurrent line per person and month. */
  const best = new Map<string, { subject: number; m: number; comp: number; memo: LineMemo }>();

  /** Whole-year rows with the same rate share their 12 monthly lines (null: month without a line). */
  type YearLines = (LineMemo | null)[] | "error";
  // Keyed without building strings per row (100,000 rows): Hệ số text, Mức tiền number, or the
  // post with the households; one map for main rows and one for concurrent rows.
  // [main rows, concurrent allowance rows, concurrent support rows]: the share differs
  const byHeSo = [0, 1, 2].map(() => new Map<string, YearLines>());
  const byMucTien = [0, 1, 2].map(() => new Map<number, YearLines>());
  const byPost = [0, 1, 2].map(() => new Map<Post, Map<number, YearLines>>());
  const memoMap = (row: RosterRow, post: Post, kiem: number): Map<unknown, YearLines> => {
    if (row.mucTien !== null) return byMucTien[kiem] as Map<unknown, YearLines>;
    if (row.heSo !== null) return byHeSo[kiem] as Map<unknown, YearLines>;
    let m = byPost[kiem].get(post);
    if (!m) byPost[kiem].set(post, (m = new Map()));
    return m as Map<unknown, YearLines>;
  };


  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const post = posts[i];
    const comp = COMPONENT_INDEX[componentOf(row, post)];
    const soHo = ctx.units.list[ctx.subjects[i].unit].info?.soHo;
    const shareKey = row.kiemNhiem ? (post.component === "phuCap" ? "kiemNhiem.tyLe" : "hoTroKiemNhiem.tyLe") : null;
    if (ctx.fullYear[i] && !(highestOnly && shareKey)) {
      const map = memoMap(row, post, shareKey === null ? 0 : post.component === "phuCap" ? 1 : 2);
      const key = row.mucTien ?? row.heSo ?? soHo ?? -1;
      let memo = map.get(key);
      if (memo === undefined) {
        memo = wholeYear(ctx, row, post, soHo, staticRateKey(row), shareKey, rateCache, shareKey ? kiemCacheOf(shareKey) : lineCache);
        map.set(key, memo);
      }
      if (memo !== "error") {
        for (let m = 1; m <= 12; m++) {
          const l = memo[m - 1];
          if (l) ledger.push(i, m, comp, l.amount, l.explain, l.basis);
        }
        continue;
      }
    }
    const staticKey = staticRateKey(row);
    for (let m = 1; m <= 12; m++) {
      const d = days[i * 12 + m - 1];
      if (d === 0) continue;
      const mc = months[m - 1];
      let memo: LineMemo;
      try {
        const rate = monthlyRate(row, post, mc, soHo, rateCache[m - 1], staticKey);
        const cache = (shareKey ? kiemCacheOf(shareKey) : lineCache)[m - 1];
        let byDays = cache.get(rate);
        if (!byDays) cache.set(rate, (byDays = []));
        const hit = byDays[d];
        if (hit) memo = hit;
        else memo = byDays[d] = makeLine(ctx, rate, shareKey ? mc.get(shareKey) : null, d, mc.days);
      } catch (e) {
        reportRow(ctx, row, e, reported);
        continue;
      }
      if (highestOnly && shareKey) {
        const k = `${personKey(row)}|${m}`;
        const cur = best.get(k);
        if (!cur || memo.amount > cur.memo.amount) best.set(k, { subject: i, m, comp, memo });
        continue;
      }
      ledger.push(i, m, comp, memo.amount, memo.explain, memo.basis);
    }
  }
  for (const b of best.values()) ledger.push(b.subject, b.m, b.comp, b.memo.amount, b.memo.explain, b.memo.basis);
}

/** The 12 monthly lines of a whole-year row, or "error" when some month cannot be computed. */
function wholeYear(
  ctx: RunContext, row: RosterRow, post: Post, soHo: number | null | undefined, staticKey: string | null, shareKey: string | null,
  rateCache: Map<string, Rate>[], lineCaches: Map<Rate, LineMemo[]>[],
): (LineMemo | null)[] | "error" {
  const out: (LineMemo | null)[] = [];
  try {
    for (const mc of ctx.months) {
      const rate = monthlyRate(row, post, mc, soHo, rateCache[mc.month - 1], staticKey);
      const cache = lineCaches[mc.month - 1];
      let byDays = cache.get(rate);
      if (!byDays) cache.set(rate, (byDays = []));
      out.push((byDays[mc.days] ??= makeLine(ctx, rate, shareKey ? mc.get(shareKey) : null, mc.days, mc.days)));
    }
  } catch {
    return "error"; // the per-month path reports it at the row
  }
  return out;
}

function makeLine(ctx: RunContext, rate: Rate, share: Resolved | null, d: number, dim: number): LineMemo {
  let exact = new D(rate.value).times(d).dividedBy(dim);
  let text = `${rate.text} × ${d}/${dim} ngày`;
  const params = share ? [...rate.params, share] : rate.params;
  if (share) {
    exact = exact.times(share.value as string);
    text = `${formatDecimal(new D(share.value as string).times(100).toString())}% × ${rate.text} × ${d}/${dim} ngày`;
  }
  return {
    amount: roundDong(exact),
    explain: ctx.ledger.text(text),
    basis: ctx.ledger.basisOf(params, "Danh sách (hệ số, mức tiền do đơn vị nhập)"),
  };
}

export function personKey(row: RosterRow): string {
  return `${row.hoTen.trim().toLowerCase()}|${row.donVi.trim().toLowerCase()}|${(row.thon ?? "").trim().toLowerCase()}`;
}

function reportRow(ctx: RunContext, row: RosterRow, e: unknown, reported: Set<string>): void {
  let code: string;
  let message: string;
  let column: string | undefined;
  if (e instanceof RowProblem) ({ code, message, column } = e);
  else if (e instanceof MissingParameterError) {
    code = "THIEU_THAM_SO";
    column = "Chức danh";
    message = `"${row.chucDanh}" của ${row.hoTen}: ${e.message} Hoặc nhập Hệ số/Mức tiền cho dòng này.`;
  } else throw e;
  const k = `${row.loc.sheet}|${row.loc.row}|${code}`;
  if (reported.has(k)) return;
  reported.add(k);
  ctx.issues.push({ severity: "error", code, message: `Sheet ${row.loc.sheet}, dòng ${row.loc.row}: ${message}`, sheet: row.loc.sheet, row: row.loc.row, column });
}
