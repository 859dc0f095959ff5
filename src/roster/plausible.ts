/**
 * Roster cells checked by the one plausibility rule (src/packs/plausible.ts, checkPlausible): a Hệ số of
 * 3,795,000 is an error suggesting the hệ số (3.795.000 / lương cơ sở), 1e-10 is an error, a Mức tiền
 * of 1e12 đồng a month, 1e9 households or 200 years of BHXH are errors — not absurd totals.
 * Each wrapper runs the column's own coercion first (text, separators, whole numbers), then the rule.
 */
import type { IsoDate } from "../engine/calendar";
import type { ResolvedPack } from "../packs/load";
import { asCoefficientNumber, asMoney, type Coerced, type Coercer, type Problem } from "./cells";
import { checkPlausible, checkUserParameter, type PlausibleHint, type PlausibleSpec } from "../packs/plausible";

export type { PlausibleHint } from "../packs/plausible";

/**
 * Bounds of a monthly amount in a roster cell (Mức tiền, Thu nhập đóng BHXH TN, Tiền lương tháng):
 * an allowance or income of a commune worker is a few million đồng; 500 million a month is a typo.
 */
export const MONTHLY_VND_MAX = "500000000";
/** Hệ số cells: the roster's own ceiling (a coefficient × lương cơ sở), tighter than the unit's default. */
export const HE_SO_MAX = "20";

function fromProblem<T>(p: NonNullable<ReturnType<typeof checkPlausible>>): Coerced<T> {
  return { ok: false, problem: p };
}

/** The coercion, then the plausibility of the number it gives. */
export function plausible<T extends number | string>(coerce: Coercer<T>, spec: PlausibleSpec, hint: PlausibleHint = {}): Coercer<T> {
  return (v) => {
    const r = coerce(v);
    if (!r.ok) return r;
    const p = checkPlausible(String(r.value), spec, hint);
    return p ? fromProblem(p) : r;
  };
}

/** A whole count of the unit: households, people, months. */
export function plausibleCount<T extends number>(coerce: Coercer<T>, unit: "households" | "count" | "months"): Coercer<T> {
  return plausible(coerce, { unit });
}

/** VND per month (Mức tiền, Thu nhập đóng BHXH TN, salary of the month before leaving). */
export function monthlyMoney(hint: PlausibleHint): Coercer<number> {
  return plausible(asMoney, { unit: "VND", range: { max: MONTHLY_VND_MAX } }, hint);
}

const amountChecked = plausible(asMoney, { unit: "VND" });
/**
 * A sum of đồng (one-off payments, the BHXH agency's figures): only the upper bound applies — a
 * reconciliation may hold a few đồng of adjustment, which is no typo.
 */
export const amount: Coercer<number> = (v) => {
  const r = asMoney(v);
  return !r.ok || r.value < 1000 ? r : amountChecked(v);
};

/**
 * A Hệ số cell: 0 < x ≤ 20 and plausible; đồng typed for a hệ số gets the hệ số suggested.
 * `zeroAllowed` for an optional add-on (Hệ số phụ cấp chức vụ 0 = none).
 */
export function coefficient(hint: PlausibleHint, zeroAllowed = false): Coercer<string> {
  const spec: PlausibleSpec = { unit: "coefficient", range: { min: "0.01", max: HE_SO_MAX } };
  return (v) => {
    const r = asCoefficientNumber(v);
    if (!r.ok) return r;
    if (zeroAllowed && Number(r.value) === 0) return { ok: true, value: "0" };
    const p = checkPlausible(r.value, spec, hint);
    return p ? fromProblem(p) : r;
  };
}

/** The lương cơ sở to show in suggestions: in force at the end of `year`, or the pack's latest. */
export function hintFor(pack: ResolvedPack, year?: number): PlausibleHint {
  const p = pack.params.get("luongCoSo");
  if (!p?.values.length) return {};
  const at = (d: IsoDate) => pack.params.tryAt("luongCoSo", d)?.value;
  const v = year ? at(`${year}-12-31` as IsoDate) : p.values[p.values.length - 1].value;
  return typeof v === "string" ? { luongCoSo: v } : {};
}

/**
 * A user's value for parameter `key` of `pack` from `date` (a ThamSo row): the parameter's unit and
 * declared range, with the lương cơ sở in force on that date for suggestions (packs/plausible.ts).
 */
export function userParameterProblem(key: string, value: string, pack: ResolvedPack, date: IsoDate): Problem | null {
  return checkUserParameter(key, value, pack, date);
}
