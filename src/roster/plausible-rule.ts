/**
 * INTERIM copy of the shared plausibility rule's contract (ARCH.md §4: `checkPlausible(value, spec,
 * hint)` in src/packs/plausible.ts, owned by the packs work). Used by the roster until that module
 * is merged; then src/roster/plausible.ts imports it from ../packs/plausible and this file goes.
 * Same units, default bounds and codes.
 */
import type { Problem } from "./cells";

export type PlausibleUnit = "VND" | "coefficient" | "ratio" | "households" | "count" | "flag" | "months";
export interface PlausibleSpec {
  unit: PlausibleUnit;
  range?: { min?: string; max?: string };
  label?: string;
}
export interface PlausibleHint {
  luongCoSo?: string;
}

interface UnitDefault {
  min: number;
  max: number;
  smallest?: number;
  whole?: boolean;
  vi: string;
  en: string;
}

const UNITS: Record<PlausibleUnit, UnitDefault> = {
  VND: { min: 0, max: 1e10, smallest: 1000, whole: true, vi: "số tiền đồng chẵn", en: "a whole amount of đồng" },
  coefficient: { min: 0, max: 30, smallest: 0.01, vi: "một hệ số (× lương cơ sở)", en: "a coefficient (× base pay)" },
  ratio: { min: 0, max: 1, smallest: 0.0001, vi: "một tỷ lệ (17% ghi là 0,17)", en: "a ratio (17% is written 0.17)" },
  households: { min: 0, max: 100000, whole: true, vi: "số hộ nguyên", en: "a whole number of households" },
  count: { min: 0, max: 10000, whole: true, vi: "số nguyên", en: "a whole number" },
  flag: { min: 0, max: 1, whole: true, vi: "1 (có) hoặc 0 (không)", en: "1 (yes) or 0 (no)" },
  months: { min: 0, max: 600, whole: true, vi: "số tháng nguyên", en: "a whole number of months" },
};

function vn(n: number): string {
  const [i, f] = String(n).split(".");
  return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}${f ? `,${f}` : ""}`;
}

const round4 = (n: number) => Math.round(n * 10000) / 10000;

export function checkPlausible(value: string | number, spec: PlausibleSpec, hint: PlausibleHint = {}): Problem | null {
  const d = UNITS[spec.unit];
  const min = spec.range?.min !== undefined ? Number(spec.range.min) : d.min;
  const max = spec.range?.max !== undefined ? Number(spec.range.max) : d.max;
  const expectedVi = spec.unit === "flag" ? d.vi : `${d.vi} từ ${vn(min)} đến ${vn(max)}`;
  const expectedEn = spec.unit === "flag" ? d.en : `${d.en} from ${min} to ${max}`;
  const p = (code: string, vi: string, en: string): Problem => ({ code, vi, en, expectedVi, expectedEn });
  const v = Number(value);
  if (!Number.isFinite(v)) return p("NOT_A_NUMBER", "không phải là số", "is not a number");
  const lcs = hint.luongCoSo ? Number(hint.luongCoSo) : 0;
  if (spec.unit === "flag") return v === 0 || v === 1 ? null : p("NOT_A_FLAG", "không phải 0 hoặc 1", "is not 0 or 1");
  const small = d.smallest !== undefined && v !== 0 && v < d.smallest && !(min > 0 && min < d.smallest);
  if (v < min || small) {
    if (v < 0) return p("NEGATIVE_NUMBER", "là số âm", "is negative");
    if (v === 0) return p("ZERO_NOT_ALLOWED", "bằng 0 (không thể bằng 0)", "is zero (it cannot be zero)");
    if (spec.unit === "VND" && lcs && v <= 30)
      return p("LOOKS_LIKE_COEFFICIENT", `có vẻ là hệ số, không phải số tiền đồng; số tiền tương ứng ≈ ${vn(Math.round(v * lcs))} (= ${vn(v)} × ${vn(lcs)})`,
        `looks like a coefficient, not an amount in đồng; the amount would be ≈ ${Math.round(v * lcs)}`);
    return p("OUT_OF_RANGE", "nhỏ bất thường", "is implausibly small");
  }
  if (d.whole && !Number.isInteger(v)) return p("FRACTIONAL_NUMBER", "có phần lẻ", "has a fraction");
  if (v <= max) return null;
  if (spec.unit === "coefficient" && v >= 100)
    return p("LOOKS_LIKE_DONG", lcs ? `có vẻ là số tiền đồng, không phải hệ số; hệ số tương ứng ≈ ${vn(round4(v / lcs))} (= ${vn(v)} / ${vn(lcs)})` : "có vẻ là số tiền đồng, không phải hệ số (hệ số = số tiền / lương cơ sở)",
      lcs ? `looks like an amount in đồng, not a coefficient; the coefficient would be ≈ ${round4(v / lcs)} (= ${v} / ${lcs})` : "looks like an amount in đồng, not a coefficient");
  if (spec.unit === "coefficient") return p("IMPLAUSIBLE_COEFFICIENT", "là hệ số lớn bất thường", "is an implausibly large coefficient");
  if (spec.unit === "ratio" && max <= 1 && v <= 100)
    return p("RATIO_ABOVE_ONE", `lớn hơn 1 (trên 100%); nếu là phần trăm thì tỷ lệ là ${vn(v / 100)} (= ${vn(v)}%)`, `is above 1 (over 100%); as a percentage the ratio is ${v / 100}`);
  return p("OUT_OF_RANGE", "lớn bất thường", "is implausibly large");
}
