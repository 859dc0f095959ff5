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

type Kind = "bhxh" | "bhyt";

function covered(kind: Kind, choice: { bhxh: string | null; bhyt: boolean | null }, group: string, mc: MonthContext): boolean {
  if (kind === "bhxh") {
    if (choice.bhxh === "batBuoc") return true;
    if (choice.bhxh !== null) return false;
    return mc.flag(`bhxh.batBuoc.apDung.${group}`);
  }
  if (choice.bhyt === false) return false;
  return mc.flag(`bhyt.batBuoc.apDung.${group}`);
}

export function insuranceLines(ctx: RunContext): void {
  const { ledger, rows, posts, months, days } = ctx;
  const caches = months.map(() => new Map<string, { amount: number; explain: number; basis: number }>());
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const group = posts[i].insurance;
    if (row.kiemNhiem || group === "khong") continue;
    for (let m = 1; m <= 12; m++) {
      const d = days[i * 12 + m - 1];
      if (d === 0) continue;
      const mc = months[m - 1];
      for (const kind of ["bhxh", "bhyt"] as const) {
        if (!covered(kind, row, group, mc)) continue;
        const key = `${kind}|${d}`;
        let memo = caches[m - 1].get(key);
        if (!memo) {
          const rate = mc.get(`${kind}.batBuoc.donVi`);
          const heSo = mc.get(`${kind}.batBuoc.canCu.heSoLcs`);
          const lcs = mc.get("luongCoSo");
          const exact = new D(rate.value as string).times(heSo.value as string).times(lcs.value as string).times(d).dividedBy(mc.days);
          const pct = formatDecimal(new D(rate.value as string).times(100).toString());
          const text = `${pct}% × ${formatDecimal(heSo.value as string)} × ${formatVnd(lcs.value as string)} × ${d}/${mc.days} ngày`;
          memo = { amount: roundDong(exact), explain: ledger.text(text), basis: ledger.basisOf([rate, heSo, lcs], "") };
          caches[m - 1].set(key, memo);
        }
        ledger.push(i, m, COMPONENT_INDEX[kind], memo.amount, memo.explain, memo.basis);
      }
    }
  }
}
