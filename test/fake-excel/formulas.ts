/**
 * The few worksheet functions the report's totals use, computed as Excel does, so tests can check
 * that the live totals the pane writes add up: SUM(ranges…), SUBTOTAL(9, ranges…) — which leaves
 * out cells that are themselves SUBTOTALs — and SUMIF(range, "text", sum_range). Anything else is
 * "#NAME?" (the report then has a formula the fake cannot check, and tests comparing values fail).
 * Also sums and differences of single cells (=E9-F9).
 */
import { parseA1, type Rect } from "./model";

export interface Grid {
  value(r: number, c: number): unknown;
  formula(r: number, c: number): string | undefined;
}

const CALL = /^=\s*(SUM|SUBTOTAL|SUMIF)\((.*)\)$/i;
const ARITH = /^=\s*\$?[A-Z]{1,3}\$?\d+(\s*[+-]\s*\$?[A-Z]{1,3}\$?\d+)+\s*$/i;

/** Splits arguments at top-level commas (not inside quotes). */
function args(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

function cells(x: Rect, f: (r: number, c: number) => void): void {
  for (let r = x.r; r < x.r + x.h; r++) for (let c = x.c; c < x.c + x.w; c++) f(r, c);
}

export function isKnownFormula(text: string): boolean {
  return CALL.test(text) || ARITH.test(text);
}

function arithmetic(text: string, g: Grid): unknown {
  let sum = 0;
  for (const m of text.slice(1).matchAll(/([+-]?)\s*(\$?[A-Z]{1,3}\$?\d+)/gi)) {
    const x = parseA1(m[2])!;
    const v = g.value(x.r, x.c);
    const n = typeof v === "number" ? v : v === "" ? 0 : NaN;
    if (Number.isNaN(n)) return "#VALUE!";
    sum += m[1] === "-" ? -n : n;
  }
  return Math.round(sum * 1e6) / 1e6;
}

export function evaluate(text: string, g: Grid): unknown {
  if (ARITH.test(text)) return arithmetic(text, g);
  const m = CALL.exec(text);
  if (!m) return "#NAME?";
  const fn = m[1].toUpperCase();
  const a = args(m[2]);
  let sum = 0;
  const add = (r: number, c: number, skipSubtotals: boolean) => {
    if (skipSubtotals && /^=\s*SUBTOTAL\(/i.test(g.formula(r, c) ?? "")) return;
    const v = g.value(r, c);
    if (typeof v === "number") sum += v;
  };
  if (fn === "SUMIF") {
    const [crit, key, sumRange] = [parseA1(a[0]), a[1].replace(/^"|"$/g, "").replace(/""/g, '"'), parseA1(a[2] ?? a[0])];
    if (!crit || !sumRange) return "#NAME?";
    cells(crit, (r, c) => {
      if (String(g.value(r, c)).toLowerCase() === key.toLowerCase()) add(sumRange.r + (r - crit.r), sumRange.c + (c - crit.c), false);
    });
  } else {
    const skip = fn === "SUBTOTAL";
    if (skip && a.shift() !== "9") return "#VALUE!";
    for (const arg of a) {
      const x = parseA1(arg);
      if (!x) return "#NAME?";
      cells(x, (r, c) => add(r, c, skip));
    }
  }
  return Math.round(sum * 1e6) / 1e6;
}
