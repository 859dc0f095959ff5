/**
 * Phụ cấp and hỗ trợ of a post, and the concurrent share of a concurrent post (docs/legal/central.md
 * §3). The full-month amount: Mức tiền, else Hệ số × LCS, else the pack's rate of the post (a
 * coefficient × LCS or an amount, possibly a scale by the village's households, possibly by commune
 * class `<rate>.<I|II|III>`); a concurrent post is paid the pack's share of it (kiemNhiem.tyLe, or
 * hoTroKiemNhiem.tyLe for a support-paid post). Part months are pro rata by calendar days.
 */
import { formatVnd, formatDecimal, D, roundDong } from "../money";
import type { Post, Resolved } from "../law";
import type { MonthContext } from "../month";
import { scaleValue } from "../params";
import { pct, RuleProblem, val, type MonthLine } from "./line";

/** What the allowance of a person-post is read from. */
export interface AllowanceInput {
  /** The pack's post; null for a bare coefficient or amount (DUTOAN.*). */
  post: Post | null;
  kiemNhiem: boolean;
  heSo: string | null;
  mucTien: number | null;
  /** Households of the village, for a rate by households. */
  soHo: number | null;
  /** Commune class, for a rate the pack sets by class. */
  phanLoai: string | null;
}

/** The full-month amount of a post in a month, before share and proration. */
export interface Rate {
  /** Identity of the rate within a month: equal keys, equal rates. */
  key: string;
  /** Exact amount, decimal string. */
  value: string;
  text: string;
  params: Resolved[];
}

/** The rate of the post in `mc` (cached by key in `cache`, one map per month). */
export function allowanceRate(a: AllowanceInput, mc: MonthContext, cache: Map<string, Rate>): Rate {
  if (a.mucTien !== null) return cached(cache, `m:${a.mucTien}`, () => ({ value: String(a.mucTien), text: `${formatVnd(a.mucTien!)} đồng/tháng`, params: [] }));
  if (a.heSo !== null) {
    const lcs = mc.get("luongCoSo");
    return cached(cache, `h:${a.heSo}@${lcs.from}@${lcs.layer}`, () => ({
      value: new D(a.heSo!).times(val(lcs)).toString(), text: `${formatDecimal(a.heSo!)} × ${formatVnd(val(lcs))}`, params: [lcs],
    }));
  }
  const post = a.post;
  if (!post || !post.rate) throw new RuleProblem("CHUA_CO_MUC", `Chức danh "${post?.name ?? ""}" không có mức trong gói: nhập Hệ số hoặc Mức tiền.`, "Hệ số");
  const byClass = a.phanLoai ? `${post.rate}.${a.phanLoai}` : null;
  const p = byClass && mc.params.has(byClass) ? mc.get(byClass) : mc.get(post.rate);
  let v: string;
  if (typeof p.value === "string") v = p.value;
  else {
    if (a.soHo === null) throw new RuleProblem("THIEU_SO_HO", `Mức của "${post.name}" tính theo số hộ: cần Số hộ của thôn, tổ dân phố ở sheet DonVi.`, "Thôn, TDP");
    v = scaleValue(p.value, a.soHo);
  }
  if (p.unit !== "coefficient") return cached(cache, `p:${p.key}@${p.from}@${p.layer}|${v}`, () => ({ value: v, text: formatVnd(v), params: [p] }));
  const lcs = mc.get("luongCoSo");
  return cached(cache, `p:${p.key}@${p.from}@${p.layer}|${v}|${lcs.from}@${lcs.layer}`, () => ({
    value: new D(v).times(val(lcs)).toString(), text: `${formatDecimal(v)} × ${formatVnd(val(lcs))}`, params: [p, lcs],
  }));
}

function cached(cache: Map<string, Rate>, key: string, make: () => Omit<Rate, "key">): Rate {
  let r = cache.get(key);
  if (!r) cache.set(key, (r = { key, ...make() }));
  return r;
}

/** The share parameter a concurrent post is paid at; null for a main post. */
export function shareKeyOf(a: Pick<AllowanceInput, "post" | "kiemNhiem">): string | null {
  if (!a.kiemNhiem) return null;
  return a.post?.component === "hoTro" ? "hoTroKiemNhiem.tyLe" : "kiemNhiem.tyLe";
}

/**
 * One month: rate × share × days/days-in-month, rounded once. `days` null or all the month's days:
 * a whole month (the text names the proration only for a part month).
 */
export function allowanceLine(rate: Rate, share: Resolved | null, days: number | null, dim: number): MonthLine {
  let exact = new D(rate.value);
  let text = rate.text;
  if (days !== null && days !== dim) {
    exact = exact.times(days).dividedBy(dim);
    text += ` × ${days}/${dim} ngày`;
  }
  if (share) {
    exact = exact.times(val(share));
    text = `${pct(val(share))} × ${text}`;
  }
  return { amount: roundDong(exact), text, params: share ? [...rate.params, share] : rate.params };
}

/** The allowance of a person-post in a month (`days` in post, or null for the whole month). */
export function allowanceMonth(a: AllowanceInput, mc: MonthContext, days: number | null, cache: Map<string, Rate>): MonthLine {
  const rate = allowanceRate(a, mc, cache);
  const shareKey = shareKeyOf(a);
  return allowanceLine(rate, shareKey ? mc.get(shareKey) : null, days, mc.days);
}
