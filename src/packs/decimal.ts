/**
 * Exact comparison of decimal strings ("-12.50", "2340000"), so a range check never passes money
 * through a JS number (values above 2^53 keep every digit).
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function parts(s: string): { neg: boolean; int: string; frac: string } {
  const m = DECIMAL.exec(s);
  if (!m) throw new Error(`Không phải số thập phân: "${s}"`);
  const int = m[2].replace(/^0+(?=\d)/, "");
  const frac = (m[3] ?? "").replace(/0+$/, "");
  const zero = int === "0" && frac === "";
  return { neg: m[1] === "-" && !zero, int, frac };
}

function compareAbs(a: { int: string; frac: string }, b: { int: string; frac: string }): number {
  if (a.int.length !== b.int.length) return a.int.length < b.int.length ? -1 : 1;
  if (a.int !== b.int) return a.int < b.int ? -1 : 1;
  const n = Math.max(a.frac.length, b.frac.length);
  const fa = a.frac.padEnd(n, "0");
  const fb = b.frac.padEnd(n, "0");
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

/** −1, 0 or 1 as a < b, a = b, a > b (both decimal strings). */
export function compareDecimal(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  if (pa.neg !== pb.neg) return pa.neg ? -1 : 1;
  const c = compareAbs(pa, pb);
  return pa.neg ? -c : c;
}

/** True for a decimal string with no fractional part (after trailing zeros): "12", "12.0". */
export function isWholeDecimal(s: string): boolean {
  return parts(s).frac === "";
}

/** True for "0", "0.00", "-0". */
export function isZeroDecimal(s: string): boolean {
  const p = parts(s);
  return p.int === "0" && p.frac === "";
}
