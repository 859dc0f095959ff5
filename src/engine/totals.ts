/** Totals by component, and the Vietnamese order of units used by every view. */
import { COMPONENTS, type Component } from "./ledger";

export type Totals = Record<Component | "tong", number>;

export function emptyTotals(): Totals {
  const t = { tong: 0 } as Totals;
  for (const c of COMPONENTS) t[c] = 0;
  return t;
}

/** Adds `b` into `a` (in place) and returns `a`. */
export function addTotals(a: Totals, b: Totals): Totals {
  for (const c of COMPONENTS) a[c] += b[c];
  a.tong += b.tong;
  return a;
}

const NC = COMPONENTS.length;

/** Totals of group `g` of a flat accumulator [group × components + component]. */
export function totalsAt(acc: Float64Array, g: number): Totals {
  const t = emptyTotals();
  for (let c = 0; c < NC; c++) {
    const a = acc[g * NC + c];
    t[COMPONENTS[c]] = a;
    t.tong += a;
  }
  return t;
}

/** Vietnamese order, numbers by value ("Thôn 2" before "Thôn 10"); one collator, reused. */
export const collator = new Intl.Collator("vi", { numeric: true });

/** Units in report order: by commune, then village (the commune's own row first). */
export function compareUnits(a: { donVi: string; thon: string | null }, b: { donVi: string; thon: string | null }): number {
  return collator.compare(a.donVi, b.donVi) || collator.compare(a.thon ?? "", b.thon ?? "");
}
