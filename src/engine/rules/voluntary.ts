/**
 * State support for voluntary BHXH (docs/legal/central.md §6): per month of participation, the
 * contribution is rate × the chosen income (not below the rural poverty line); the support is the
 * group's share × rate × the poverty line (whatever income is chosen), plus a provincial top-up for
 * posts whose group has one (hoTroBhxhTuNguyen.<group>.tyLeTinhThem).
 *
 * An income below the floor is raised to it, the same way everywhere: the estimate warns at the row,
 * DUTOAN.HOTROBHXHTN computes the same amount and GIAITHICH says so (docs/engine-rules.md).
 */
import { D, formatVnd, roundDong } from "../money";
import type { InsuranceGroup, Resolved } from "../law";
import type { MonthContext } from "../month";
import type { NhomHoTro } from "../types";
import { pct, val, type MonthLine } from "./line";

export interface VoluntaryMonth {
  /** Contribution due at the set rate on the income used. */
  due: number;
  /** The income used (the chosen one, or the floor). */
  income: string;
  /** The floor when the chosen income was below it (raised to it), else null. */
  raisedTo: string | null;
  /** Support under the general (central) rules, and the provincial top-up; null when 0. */
  central: MonthLine | null;
  provincial: MonthLine | null;
}

/** One month of voluntary BHXH of a participant of `nhom` (and post group, for the top-up). */
export function voluntaryMonth(group: InsuranceGroup | null, nhom: NhomHoTro, chosen: number | null, mc: MonthContext): VoluntaryMonth {
  const rate = mc.get("bhxhTuNguyen.tyLe");
  const floor = mc.get("chuanNgheoNongThon");
  const share = mc.get(`bhxhTuNguyen.hoTro.${nhom}`);
  const topUp = group ? mc.tryGet(`hoTroBhxhTuNguyen.${group}.tyLeTinhThem`) : undefined;
  if (topUp) mc.use(topUp);
  const f = val(floor);
  const below = chosen !== null && new D(chosen).lessThan(f);
  const income = chosen === null || below ? f : String(chosen);
  const pay = (x: Resolved, label: string): MonthLine | null => {
    const amount = roundDong(new D(val(x)).times(val(rate)).times(f));
    if (!amount) return null;
    return { amount, text: `${pct(val(x))}${label} × ${pct(val(rate))} × ${formatVnd(f)}`, params: [x, rate, floor] };
  };
  return {
    due: roundDong(new D(val(rate)).times(income)),
    income,
    raisedTo: below ? f : null,
    central: pay(share, ""),
    provincial: topUp ? pay(topUp, " (tỉnh hỗ trợ thêm)") : null,
  };
}

/** Whether a post's group is offered voluntary-BHXH support in a month (so a blank cell needs a word). */
export function voluntaryOffered(group: InsuranceGroup, mc: MonthContext): boolean {
  const f = mc.tryGet(`hoTroBhxhTuNguyen.apDung.${group}`);
  return f?.value === "1";
}
