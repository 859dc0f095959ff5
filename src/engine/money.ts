/**
 * Money: the one place that multiplies and rounds.
 *
 * Every ledger line is rounded to whole đồng, half away from zero, like Excel ROUND(x, 0)
 * (−2.5 → −3). Once rounded, a line fits a JS number exactly (|x| < 9·10^15), so ledger
 * amounts are plain integers and totals are plain additions of rounded lines.
 */
import Decimal from "decimal.js";

export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;
export type Factor = Dec | string | number;

/** Decimal from a string, number or Decimal; numbers go through their shortest string form. */
export function dec(x: Factor): Dec {
  return x instanceof D ? x : new D(typeof x === "number" ? String(x) : x);
}

/** Rounds to whole đồng, half away from zero (Excel ROUND(x, 0)). */
export function roundDong(x: Factor): number {
  // ROUND_HALF_UP in decimal.js rounds ties away from zero, as Excel does.
  return dec(x).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
}

/** Product of the factors, rounded once to whole đồng. */
export function mulRound(...factors: Factor[]): number {
  let acc = new D(1);
  for (const f of factors) acc = acc.times(dec(f));
  return roundDong(acc);
}

/** Vietnamese number display: 2.340.000 ; 1,5 (dot thousands, comma decimals). */
export function formatVnd(n: number | string): string {
  const s = typeof n === "number" ? String(n) : n;
  const neg = s.startsWith("-");
  const [int, frac] = (neg ? s.slice(1) : s).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (neg ? "-" : "") + grouped + (frac ? "," + frac : "");
}

/** Coefficient / ratio display with a comma decimal: "1,5", "0,17". */
export function formatDecimal(x: Factor): string {
  // A string keeps the digits as typed ("1.0" → "1,0"): the formula text should echo the roster.
  return (typeof x === "string" ? x : dec(x).toString()).replace(".", ",");
}
