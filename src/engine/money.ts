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

/** Exact product as a Decimal, for callers that round later. */
export function mul(...factors: Factor[]): Dec {
  let acc = new D(1);
  for (const f of factors) acc = acc.times(dec(f));
  return acc;
}

/** Sum of already-rounded integer amounts. Throws if a value is not a whole number. */
export function sumDong(amounts: Iterable<number>): number {
  let s = 0;
  for (const a of amounts) {
    if (!Number.isInteger(a)) throw new Error(`sumDong: ${a} is not a whole đồng amount`);
    s += a;
  }
  return s;
}

/**
 * Splits a whole-đồng annual amount over `parts` periods so that each part is whole đồng and the
 * parts add up exactly to the amount: part i = round(A·(i+1)/n) − round(A·i/n).
 */
export function spreadDong(amount: number, weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return weights.map(() => 0);
  const out: number[] = [];
  let cum = 0;
  let prev = 0;
  for (const w of weights) {
    cum += w;
    const upTo = roundDong(dec(amount).times(cum).dividedBy(total));
    out.push(upTo - prev);
    prev = upTo;
  }
  return out;
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
