/**
 * A computation of DUTOAN.* (the sum of monthly amounts, each from a rule of ./rules) and its
 * explanation in words (GIAITHICH): one line per run of months with the same formula, notes, then
 * the sources, each flagged when unconfirmed or entered by the user.
 */
import type { Resolved, ResolvedPack } from "./law";
import { citationOf } from "./ledger";
import { formatVnd } from "./money";

/** A whole year (month = null) or one month. */
export interface Period {
  year: number;
  month: number | null;
}

/** One month of a computation: its amount (whole đồng), formula text and the values it used. */
export interface MonthItem {
  month: number;
  amount: number;
  text: string;
  params: Resolved[];
}

export interface Computation {
  /** What was computed, e.g. "Phụ cấp hệ số 1,0". */
  title: string;
  period: Period;
  amount: number;
  items: MonthItem[];
  /** Monthly lines add up with cumulative rounding (khoán): explanations show sums, not products. */
  cumulative?: boolean;
  /** Remarks the explanation prints after the months (e.g. an income raised to the floor). */
  notes?: string[];
}

/** "tháng 7/2026" or "năm 2026". */
export function periodLabel(p: Period): string {
  return p.month === null ? `năm ${p.year}` : `tháng ${p.month}/${p.year}`;
}

export function total(title: string, period: Period, items: MonthItem[], cumulative = false, notes: string[] = []): Computation {
  let amount = 0;
  for (const it of items) amount += it.amount;
  return { title, period, amount, items, cumulative, ...(notes.length ? { notes } : {}) };
}

function monthRange(a: number, b: number, year: number): string {
  return a === b ? `Tháng ${a}/${year}` : `Tháng ${a}–${b}/${year}`;
}

/**
 * The computation in words: one line per run of months with the same formula, then the sources,
 * each flagged when unconfirmed or entered by the user:
 * "Tháng 1–6/2026: 1,0 × 2.340.000 = 2.340.000 × 6 tháng = 14.040.000".
 */
export function explain(c: Computation, pack: ResolvedPack): string {
  const lines = [`${c.title}, ${periodLabel(c.period)}: ${formatVnd(c.amount)} đồng (gói ${pack.id}).`];
  const groups: MonthItem[][] = [];
  for (const it of c.items) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (prev && prev.text === it.text && prev.month + 1 === it.month && (c.cumulative || prev.amount === it.amount)) g.push(it);
    else groups.push([it]);
  }
  groups.forEach((g, i) => {
    const first = g[0];
    const sum = g.reduce((s, x) => s + x.amount, 0);
    const head = `${monthRange(first.month, g[g.length - 1].month, c.period.year)}: ${first.text}`;
    const same = g.every((x) => x.amount === first.amount);
    // "1.620.000 = 1.620.000": a formula that is just the amount is not repeated
    const each = first.text === formatVnd(first.amount) ? "" : ` = ${formatVnd(first.amount)}`;
    let body: string;
    if (sum === 0 && same) body = `${head}: 0`;
    else if (g.length === 1) body = `${head}${each}`;
    else if (same) body = `${head}${each} × ${g.length} tháng = ${formatVnd(sum)}`;
    else body = `${head}, ${g.length} tháng làm tròn lũy kế = ${formatVnd(sum)}`;
    lines.push(body + (i === groups.length - 1 ? "." : ";"));
  });
  for (const n of c.notes ?? []) lines.push(n);
  const cites = new Map<string, { unconfirmed: boolean; user: boolean }>();
  for (const it of c.items)
    for (const p of it.params) {
      const k = citationOf(p);
      const e = cites.get(k) ?? { unconfirmed: false, user: false };
      if (p.confidence === "unconfirmed") e.unconfirmed = true;
      if (pack.userLayers.includes(p.layer)) e.user = true;
      cites.set(k, e);
    }
  if (cites.size) {
    const parts = [...cites].map(([k, e]) => `${k}${e.unconfirmed ? " (chưa xác nhận)" : ""}${e.user ? " (giá trị nhập ở ThamSo)" : ""}`);
    lines.push(`Căn cứ: ${parts.join("; ")}.`);
  }
  return lines.join("\n");
}
