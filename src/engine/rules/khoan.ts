/**
 * Khoán kinh phí of socio-political organisations: an annual amount per commune or village set by
 * the province (by commune class, households, difficult areas), spread over the months the unit
 * exists with cumulative rounding, so a full year adds up to the annual amount exactly
 * (docs/engine-rules.md). A level the pack does not have is an error naming its key (an explicit 0
 * on sheet ThamSo means "not funded": no line); a class or households the item needs and the unit
 * lacks is a RuleProblem located on the DonVi row.
 */
import type { KhoanItem, Resolved } from "../law";
import { D, formatVnd, roundDong, type Dec } from "../money";
import type { MonthContext } from "../month";
import type { UnitFacts } from "../units";
import { RuleProblem, val, type MonthLine } from "./line";

const MONTHS_PER_YEAR = 12;

export interface Annual {
  /** Exact annual amount, decimal string. */
  amount: string;
  text: string;
  params: Resolved[];
}

/** The annual amount of `item` for a unit, as in force in `mc`. */
export function khoanAnnual(item: KhoanItem, u: UnitFacts, mc: MonthContext): Annual {
  let key = item.base;
  if (item.byPhanLoai) {
    if (!u.phanLoai) throw new RuleProblem("THIEU_PHAN_LOAI", `cần Phân loại (I, II, III) của xã để tính "${item.name}".`, "Phân loại");
    key = `${item.base}.${u.phanLoai}`;
  }
  const base = mc.get(key);
  let amount: Dec = new D(val(base));
  let text = formatVnd(val(base));
  const params: Resolved[] = [base];
  if (item.steps) {
    if (u.soHo === null) throw new RuleProblem("THIEU_SO_HO", `cần Số hộ để tính "${item.name}" (mức theo số hộ).`, "Số hộ");
    const [th, size, step] = [item.steps.threshold, item.steps.size, item.steps.amount].map((k) => mc.get(k));
    const n = Math.floor(Math.max(0, u.soHo - Number(val(th))) / Number(val(size)));
    if (n > 0) {
      amount = amount.plus(new D(val(step)).times(n));
      text += ` + ${n} × ${formatVnd(val(step))}`;
    }
    params.push(th, size, step);
  }
  if (item.khoKhan && u.dacDiem.includes("khoKhan")) {
    const k = mc.get(item.khoKhan.param);
    params.push(k);
    if (item.khoKhan.mode === "replace") {
      amount = new D(val(k));
      text = `${formatVnd(val(k))} (đơn vị khó khăn)`;
    } else {
      amount = amount.plus(val(k));
      text += ` + ${formatVnd(val(k))} (đơn vị khó khăn)`;
    }
  }
  return { amount: amount.toString(), text, params };
}

/**
 * Monthly lines of annual amounts: month m gets annual(m) × 1/12 × days/days-in-month, rounded
 * cumulatively (each line = rounded running total − the previous one). `days[m − 1]` null or all the
 * month's days: the whole month (only a part month names its days). Months with no day or a zero
 * amount get no line (null).
 */
export function khoanSpread(months: MonthContext[], annualOf: (mc: MonthContext) => Annual | null, days: (number | null)[]): (MonthLine | null)[] {
  let cumExact = new D(0);
  let cumRounded = 0;
  return months.map((mc, i) => {
    const d = days[i];
    if (d === 0) return null;
    const annual = annualOf(mc);
    if (!annual) return null;
    // one division, so a total that is exactly half a đồng stays exact
    const part = d === null || d === mc.days ? new D(annual.amount).dividedBy(MONTHS_PER_YEAR) : new D(annual.amount).times(d).dividedBy(mc.days * MONTHS_PER_YEAR);
    cumExact = cumExact.plus(part);
    const upTo = roundDong(cumExact);
    const amount = upTo - cumRounded;
    cumRounded = upTo;
    if (new D(annual.amount).isZero()) return null;
    const text = d === null || d === mc.days ? `${annual.text}/năm × 1/12` : `${annual.text}/năm × 1/12 × ${d}/${mc.days} ngày`;
    return { amount, text, params: annual.params };
  });
}
