/**
 * Compulsory BHXH and BHYT the budget pays as employer (docs/legal/central.md §5): who is covered,
 * the rate and the base are dated parameters (the 2014 law until 30/6/2025, Luật BHXH 41/2024
 * from 1/7/2025). The base is canCu.heSoLcs × LCS unless a coefficient or an amount is given.
 * A part month is pro rata by calendar days, like the allowance (a project choice, see
 * docs/engine-rules.md).
 */
import { D, formatDecimal, formatVnd, roundDong } from "../money";
import type { InsuranceGroup, Resolved } from "../law";
import type { MonthContext } from "../month";
import type { BhxhChoice } from "../types";
import { pct, val, type MonthLine } from "./line";

export type InsuranceKind = "bhxh" | "bhyt";
export type InsuranceBase = { kind: "default" } | { kind: "heSo"; heSo: string } | { kind: "vnd"; vnd: number };

/** The coverage flag of a group in a month (undefined when the pack has none then). */
export function coverageFlag(kind: InsuranceKind, group: InsuranceGroup, mc: MonthContext): Resolved | undefined {
  return mc.tryGet(`${kind}.batBuoc.apDung.${group}`);
}

/**
 * Whether the employer pays `kind` for a person-post in a month. By law (the group's flag), unless
 * the roster says otherwise: BHXH "Bắt buộc" forces it, "Tự nguyện" or "Không" excludes it; BHYT
 * "Không" (a card elsewhere) excludes it. Posts of group "khong" never pay.
 */
export function isCovered(kind: InsuranceKind, group: InsuranceGroup, bhxh: BhxhChoice | null, bhyt: boolean | null, mc: MonthContext): boolean {
  if (group === "khong") return false;
  if (kind === "bhxh") {
    if (bhxh === "batBuoc") return true;
    if (bhxh !== null) return false;
  } else if (bhyt === false) return false;
  const f = coverageFlag(kind, group, mc);
  if (f) mc.use(f);
  return f?.value === "1";
}

/** The employer's contribution of one month (`days` in post, or null for the whole month; only a part month names its days). */
export function compulsoryLine(kind: InsuranceKind, base: InsuranceBase, mc: MonthContext, days: number | null): MonthLine {
  const rate = mc.get(`${kind}.batBuoc.donVi`);
  let exact = new D(val(rate));
  let text = pct(val(rate));
  const params = [rate];
  if (base.kind === "vnd") {
    exact = exact.times(base.vnd);
    text += ` × ${formatVnd(base.vnd)}`;
  } else {
    let heSo: string;
    if (base.kind === "default") {
      const h = mc.get(`${kind}.batBuoc.canCu.heSoLcs`);
      params.push(h);
      heSo = val(h);
    } else heSo = base.heSo;
    const lcs = mc.get("luongCoSo");
    params.push(lcs);
    exact = exact.times(heSo).times(val(lcs));
    text += ` × ${formatDecimal(heSo)} × ${formatVnd(val(lcs))}`;
  }
  if (days !== null && days !== mc.days) {
    exact = exact.times(days).dividedBy(mc.days);
    text += ` × ${days}/${mc.days} ngày`;
  }
  return { amount: roundDong(exact), text, params };
}
