/**
 * Compulsory BHXH and BHYT the budget pays as employer, per person-month, on the main post only
 * (a concurrent allowance is not a contribution base). Who is covered, the rate and the base are
 * dated parameters: the 2014 law until 30/6/2025, Luật BHXH 41/2024 from 1/7/2025.
 * Partial months are pro rata by calendar days, like the allowance (a project choice, named in the
 * line's formula: no legal rule for part months was found).
 */
import type { RunContext } from "../estimate";
import { COMPONENT_INDEX } from "../ledger";
import { D, formatDecimal, formatVnd, roundDong } from "../money";
import type { MonthContext } from "../month";
import type { RosterRow } from "../types";

type Kind = "bhxh" | "bhyt";

interface Memo {
  amount: number;
  explain: number;
  basis: number;
}

/** Coverage of each insurance group in a month (row choices aside), looked up once per month. */
function coverageOf(group: string, kind: Kind, mc: MonthContext, cache: Map<string, boolean>): boolean {
  let c = cache.get(group);
  if (c === undefined) {
    c = mc.flag(`${kind}.batBuoc.apDung.${group}`);
    cache.set(group, c);
  }
  return c;
}

function line(ctx: RunContext, kind: Kind, mc: MonthContext, d: number): Memo {
  const rate = mc.get(`${kind}.batBuoc.donVi`);
  const heSo = mc.get(`${kind}.batBuoc.canCu.heSoLcs`);
  const lcs = mc.get("luongCoSo");
  const exact = new D(rate.value as string).times(heSo.value as string).times(lcs.value as string).times(d).dividedBy(mc.days);
  const pct = formatDecimal(new D(rate.value as string).times(100).toString());
  const text = `${pct}% × ${formatDecimal(heSo.value as string)} × ${formatVnd(lcs.value as string)} × ${d}/${mc.days} ngày`;
  return { amount: roundDong(exact), explain: ctx.ledger.text(text), basis: ctx.ledger.basisOf([rate, heSo, lcs], "") };
}

export function insuranceLines(ctx: RunContext): void {
  const { ledger, rows, posts, months, days } = ctx;
  const memos = months.map(() => ({ bhxh: [] as Memo[], bhyt: [] as Memo[] }));
  const coverage = months.map(() => ({ bhxh: new Map<string, boolean>(), bhyt: new Map<string, boolean>() }));
  const comp = { bhxh: COMPONENT_INDEX.bhxh, bhyt: COMPONENT_INDEX.bhyt };
  /** Whole-year rows with the same group and choices share their monthly lines. */
  // keyed by group, then by the row's choices as a small number (no string per row)
  const yearMemo = new Map<string, ({ bhxh: (Memo | null)[]; bhyt: (Memo | null)[] } | undefined)[]>();
  const choiceCode = (row: RosterRow) => (row.bhxh === null ? 0 : row.bhxh === "batBuoc" ? 1 : row.bhxh === "tuNguyen" ? 2 : 3) * 3 + (row.bhyt === null ? 0 : row.bhyt ? 1 : 2);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const group = posts[i].insurance;
    if (row.kiemNhiem || group === "khong") continue;
    if (ctx.fullYear[i]) {
      let byChoice = yearMemo.get(group);
      if (!byChoice) yearMemo.set(group, (byChoice = []));
      const code = choiceCode(row);
      let y = byChoice[code];
      if (!y) {
        y = { bhxh: [], bhyt: [] };
        for (const mc of months) {
          const m = mc.month;
          const bhxh = row.bhxh === "batBuoc" || (row.bhxh === null && coverageOf(group, "bhxh", mc, coverage[m - 1].bhxh));
          const bhyt = row.bhyt !== false && coverageOf(group, "bhyt", mc, coverage[m - 1].bhyt);
          y.bhxh.push(bhxh ? (memos[m - 1].bhxh[mc.days] ??= line(ctx, "bhxh", mc, mc.days)) : null);
          y.bhyt.push(bhyt ? (memos[m - 1].bhyt[mc.days] ??= line(ctx, "bhyt", mc, mc.days)) : null);
        }
        byChoice[code] = y;
      }
      for (let m = 1; m <= 12; m++) {
        const a = y.bhxh[m - 1];
        if (a) ledger.push(i, m, comp.bhxh, a.amount, a.explain, a.basis);
        const b = y.bhyt[m - 1];
        if (b) ledger.push(i, m, comp.bhyt, b.amount, b.explain, b.basis);
      }
      continue;
    }
    for (let m = 1; m <= 12; m++) {
      const d = days[i * 12 + m - 1];
      if (d === 0) continue;
      const mc = months[m - 1];
      const bhxh = row.bhxh === "batBuoc" || (row.bhxh === null && coverageOf(group, "bhxh", mc, coverage[m - 1].bhxh));
      const bhyt = row.bhyt !== false && coverageOf(group, "bhyt", mc, coverage[m - 1].bhyt);
      if (bhxh) {
        const memo = (memos[m - 1].bhxh[d] ??= line(ctx, "bhxh", mc, d));
        ledger.push(i, m, comp.bhxh, memo.amount, memo.explain, memo.basis);
      }
      if (bhyt) {
        const memo = (memos[m - 1].bhyt[d] ??= line(ctx, "bhyt", mc, d));
        ledger.push(i, m, comp.bhyt, memo.amount, memo.explain, memo.basis);
      }
    }
  }
}
