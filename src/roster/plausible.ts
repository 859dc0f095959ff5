/**
 * Roster cells checked by the one plausibility rule (src/packs/plausible.ts, checkPlausible): a Hệ số of
 * 3,795,000 is an error suggesting the hệ số (3.795.000 / lương cơ sở), 1e-10 is an error, a Mức tiền
 * of 1e12 đồng a month, 1e9 households or 200 years of BHXH are errors — not absurd totals.
 * Each wrapper runs the column's own coercion first (text, separators, whole numbers), then the rule.
 */
import type { IsoDate } from "../engine/calendar";
import type { ResolvedPack } from "../packs/load";
import { asCoefficientNumber, asMoney, type Coerced, type Coercer, type Problem } from "./cells";
import { CELL_SPECS, checkPlausible, checkUserParameter, type PlausibleHint, type PlausibleSpec } from "../packs/plausible";

export type { PlausibleHint } from "../packs/plausible";

/** Every roster cell checked here and its spec in src/packs/plausible.ts (CELL_SPECS, shared with DUTOAN.*). */
export type CellSpecKey = keyof typeof CELL_SPECS;

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

/** The coercion, then the plausibility of the roster cell `key` (its spec in CELL_SPECS). */
export function cell<T extends number | string>(coerce: Coercer<T>, key: CellSpecKey, hint: PlausibleHint = {}): Coercer<T> {
  return plausible(coerce, CELL_SPECS[key], hint);
}

/** VND per month (Mức tiền, Thu nhập đóng BHXH TN, salary of the month before leaving). */
export function monthlyMoney(key: "mucTien" | "thuNhapBhxhTn" | "tienLuongThang", hint: PlausibleHint): Coercer<number> {
  return cell(asMoney, key, hint);
}

const amountChecked = plausible(asMoney, { unit: "VND" });
/**
 * A sum of đồng the BHXH agency reports (no cell spec of its own): only the upper bound applies — a
 * reconciliation may hold a few đồng of adjustment, which is no typo.
 */
export const amount: Coercer<number> = (v) => {
  const r = asMoney(v);
  return !r.ok || r.value < 1000 ? r : amountChecked(v);
};

/**
 * A Hệ số cell (CELL_SPECS heSo or heSoLuong), never 0 or less: đồng typed for a hệ số gets the hệ
 * số suggested. `zeroAllowed` for an optional add-on (Hệ số phụ cấp chức vụ 0 = none).
 */
export function coefficient(key: "heSo" | "heSoLuong", hint: PlausibleHint, zeroAllowed = false): Coercer<string> {
  const base = CELL_SPECS[key];
  const spec: PlausibleSpec = { ...base, range: { ...base.range, min: "0.01" } };
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
