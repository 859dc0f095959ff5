/**
 * Plausibility of a legal value typed by a person: a ThamSo row, a --params or --pack-file value, a
 * roster cell (Hệ số, Mức tiền, Số hộ, months…), a DUTOAN.* argument. One rule for all of them, so
 * 3,795,000 typed where a hệ số is expected is an error that suggests the hệ số (≈ 1,5), never a
 * Trưởng thôn costing 110 trillion đồng.
 *
 * API (stable; other modules rely on it):
 *   checkPlausible(value, spec, hint?) → null | Problem
 *     value  decimal string ("2340000", "0.17"; a JS number is accepted and written out exactly)
 *     spec   { unit, range?, label? } — unit ∈ VND | coefficient | ratio | households | count | flag | months;
 *            range {min?, max?} (decimal strings, inclusive) narrows the unit's default (UNIT_RANGES)
 *     hint   { luongCoSo? } — the LCS in force, so đồng ↔ hệ số suggestions can show the arithmetic
 *   checkUserParameter(key, value, pack, date) → null | Problem
 *     the same for a parameter of a resolved pack: its unit, its declared range (parameterSpec) and
 *     the LCS in force on `date` as hint; an unknown key is a Problem that names the closest key.
 *   parameterSpec(key, pack) → PlausibleSpec | undefined
 *   CELL_SPECS — the spec of each roster cell / DUTOAN.* argument that is not a pack parameter
 *     (Hệ số, Mức tiền, Số hộ, Thu nhập đóng BHXH TN, leavers' months and salary …)
 * Problem = { code, vi, en, expectedVi, expectedEn } — the roster's coercion problem shape
 * (src/roster/cells.ts): a message reads `giá trị “X” ${vi}; cần ${expectedVi}.`
 * Codes: NOT_A_NUMBER, NEGATIVE_NUMBER, FRACTIONAL_NUMBER, NOT_A_FLAG, ZERO_NOT_ALLOWED,
 * LOOKS_LIKE_DONG, LOOKS_LIKE_COEFFICIENT, IMPLAUSIBLE_COEFFICIENT, RATIO_ABOVE_ONE, OUT_OF_RANGE,
 * UNKNOWN_PARAMETER.
 *
 * Ranges are plausibility bounds, not law: a value outside them is almost surely a typing mistake.
 * Per-parameter ranges live in the pack files (`range`); docs/legal/README.md §4 explains them.
 */
import type { IsoDate } from "../engine/calendar";
import type { Params } from "../engine/law";
import { compareDecimal, isWholeDecimal, isZeroDecimal } from "./decimal";
import { closestName } from "./errors";
import type { Range, Unit } from "./schema";
import { declaredRange } from "./specs";

/** What the checks need of a resolved pack (any ResolvedPack). */
export interface PackLike {
  id: string;
  params: Params;
}

export interface Problem {
  code: string;
  vi: string;
  en: string;
  expectedVi: string;
  expectedEn: string;
}

export interface PlausibleSpec {
  unit: Unit;
  range?: Range;
  label?: string;
}

export interface PlausibleHint {
  /** Lương cơ sở in force (decimal string), for đồng ↔ hệ số suggestions. */
  luongCoSo?: string;
}

interface UnitDefault {
  min: string;
  max: string;
  /** Smallest plausible non-zero magnitude (1e-10 as a hệ số is a mistake, not a value). */
  smallest?: string;
  whole?: boolean;
  vi: string;
  en: string;
}

/** Default plausible bounds per unit (inclusive). */
export const UNIT_RANGES: Readonly<Record<Unit, Readonly<UnitDefault>>> = {
  VND: { min: "0", max: "10000000000", smallest: "1000", whole: true, vi: "số tiền đồng chẵn", en: "a whole amount of đồng" },
  coefficient: { min: "0", max: "30", smallest: "0.01", vi: "một hệ số (× lương cơ sở)", en: "a coefficient (× base pay)" },
  ratio: { min: "0", max: "1", smallest: "0.0001", vi: "một tỷ lệ (17% ghi là 0,17)", en: "a ratio (17% is written 0.17)" },
  households: { min: "0", max: "100000", whole: true, vi: "số hộ nguyên", en: "a whole number of households" },
  count: { min: "0", max: "10000", whole: true, vi: "số nguyên", en: "a whole number" },
  flag: { min: "0", max: "1", whole: true, vi: "1 (có) hoặc 0 (không)", en: "1 (yes) or 0 (no)" },
  months: { min: "0", max: "600", whole: true, vi: "số tháng nguyên", en: "a whole number of months" },
};

/**
 * Specs of values typed in roster cells and DUTOAN.* arguments (not pack parameters), so every front
 * door checks them alike. Bounds are plausibility, not law (docs/legal/README.md §4).
 */
export const CELL_SPECS = {
  /** DanhSach Hệ số: allowance coefficient of a post (as the pack's phuCap.* / hoTro.* slots). */
  heSo: { unit: "coefficient", range: { max: "5" }, label: "Hệ số" },
  /** DanhSach Mức tiền: a fixed monthly amount. */
  mucTien: { unit: "VND", range: { min: "1000", max: "50000000" }, label: "Mức tiền" },
  /** DonVi Số hộ of a thôn, TDP. */
  soHo: { unit: "households", range: { max: "50000" }, label: "Số hộ" },
  /** DonVi Số người tăng thêm (NĐ 33/2023 Đ.33 k.2). */
  soNguoiTangThem: { unit: "count", range: { max: "20" }, label: "Số người tăng thêm" },
  /** DanhSach Thu nhập đóng BHXH tự nguyện (floor: poverty line; ceiling 20 × reference level). */
  thuNhapBhxhTn: { unit: "VND", range: { min: "1000", max: "100000000" }, label: "Thu nhập đóng BHXH TN" },
  /** DanhSach months of voluntary-BHXH support already received (cap 120). */
  soThangDaHoTro: { unit: "months", range: { max: "600" }, label: "Số tháng đã được hỗ trợ" },
  /** NghiViec Tiền lương tháng (S or A). */
  tienLuongThang: { unit: "VND", range: { min: "1000", max: "200000000" }, label: "Tiền lương tháng" },
  /** NghiViec Hệ số lương, Hệ số chức vụ. */
  heSoLuong: { unit: "coefficient", range: { max: "15" }, label: "Hệ số lương" },
  /** NghiViec Phụ cấp công vụ (25% = 0.25). */
  phuCapCongVu: { unit: "ratio", label: "Phụ cấp công vụ" },
  /** NghiViec months: BHXH contribution time, service time, months early, months left (≤ 50 years). */
  soThang: { unit: "months", range: { max: "600" }, label: "Số tháng" },
  /** NghiViec amounts typed per person (provincial top-up, one-off allowance). */
  soTienMotLan: { unit: "VND", range: { min: "1000", max: "10000000000" }, label: "Số tiền" },
} as const satisfies Record<string, PlausibleSpec>;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A JS number as an exact decimal string (no exponent); undefined when not finite. */
function numberToDecimal(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return Math.abs(n) < 1 ? n.toFixed(20).replace(/0+$/, "").replace(/\.$/, "") : BigInt(Math.round(n)).toString();
}

/** "3795000" → "3.795.000"; "1.5" → "1,5" (Vietnamese number display). */
export function formatVn(s: string): string {
  const neg = s.startsWith("-");
  const [int, frac] = (neg ? s.slice(1) : s).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${neg ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** Same in English style: "3,795,000", "1.5". */
function formatEn(s: string): string {
  const [int, frac] = s.split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? `.${frac}` : ""}`;
}

/** a / b rounded to 4 decimals, trailing zeros cut (for a suggestion, not for money). */
function approxQuotient(a: string, b: string): string {
  const q = Number(a) / Number(b);
  return q.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
}

/** a × b, exact enough for a suggestion (rounded to whole đồng). */
function approxProduct(a: string, b: string): string {
  return String(Math.round(Number(a) * Number(b)));
}

function effective(spec: PlausibleSpec): { min: string; max: string; d: UnitDefault } {
  const d = UNIT_RANGES[spec.unit];
  return { min: spec.range?.min ?? d.min, max: spec.range?.max ?? d.max, d };
}

function expected(spec: PlausibleSpec, min: string, max: string, d: UnitDefault): { vi: string; en: string } {
  if (spec.unit === "flag") return { vi: d.vi, en: d.en };
  return { vi: `${d.vi} từ ${formatVn(min)} đến ${formatVn(max)}`, en: `${d.en} from ${formatEn(min)} to ${formatEn(max)}` };
}

function problem(code: string, vi: string, en: string, exp: { vi: string; en: string }): Problem {
  return { code, vi, en, expectedVi: exp.vi, expectedEn: exp.en };
}

/** A coefficient above its range: đồng typed for a hệ số (≥ 100), or just too large. */
function coefficientTooLarge(v: string, lcs: string | undefined, exp: { vi: string; en: string }): Problem {
  if (compareDecimal(v, "100") >= 0) {
    if (lcs) {
      const h = approxQuotient(v, lcs);
      return problem("LOOKS_LIKE_DONG",
        `có vẻ là số tiền đồng, không phải hệ số; hệ số tương ứng ≈ ${formatVn(h)} (= ${formatVn(v)} / ${formatVn(lcs)})`,
        `looks like an amount in đồng, not a coefficient; the coefficient would be ≈ ${formatEn(h)} (= ${formatEn(v)} / ${formatEn(lcs)})`, exp);
    }
    return problem("LOOKS_LIKE_DONG", "có vẻ là số tiền đồng, không phải hệ số (hệ số = số tiền / lương cơ sở)",
      "looks like an amount in đồng, not a coefficient (coefficient = amount / base pay)", exp);
  }
  const amount = lcs ? ` (tức ${formatVn(approxProduct(v, lcs))} đồng/tháng)` : "";
  const amountEn = lcs ? ` (${formatEn(approxProduct(v, lcs))} đồng a month)` : "";
  return problem("IMPLAUSIBLE_COEFFICIENT", `là hệ số lớn bất thường${amount}`, `is an implausibly large coefficient${amountEn}`, exp);
}

/** A ratio above its range: a percentage typed as a whole number (17 for 0,17), or just too large. */
function ratioTooLarge(v: string, max: string, exp: { vi: string; en: string }): Problem {
  if (compareDecimal(max, "1") <= 0 && compareDecimal(v, "100") <= 0) {
    const r = approxQuotient(v, "100");
    return problem("RATIO_ABOVE_ONE", `lớn hơn 1 (trên 100%); nếu là phần trăm thì tỷ lệ là ${formatVn(r)} (= ${formatVn(v)}%)`,
      `is above 1 (over 100%); as a percentage the ratio is ${formatEn(r)} (= ${formatEn(v)}%)`, exp);
  }
  return problem(compareDecimal(max, "1") <= 0 ? "RATIO_ABOVE_ONE" : "OUT_OF_RANGE", "lớn bất thường", "is implausibly large", exp);
}

/** A small positive amount of đồng: probably a hệ số typed for a Mức tiền. */
function vndTooSmall(v: string, lcs: string | undefined, exp: { vi: string; en: string }): Problem {
  if (lcs && compareDecimal(v, "30") <= 0) {
    const amount = approxProduct(v, lcs);
    return problem("LOOKS_LIKE_COEFFICIENT",
      `có vẻ là hệ số, không phải số tiền đồng; số tiền tương ứng ≈ ${formatVn(amount)} (= ${formatVn(v)} × ${formatVn(lcs)})`,
      `looks like a coefficient, not an amount in đồng; the amount would be ≈ ${formatEn(amount)} (= ${formatEn(v)} × ${formatEn(lcs)})`, exp);
  }
  return problem("OUT_OF_RANGE", "nhỏ bất thường cho một số tiền", "is implausibly small for an amount", exp);
}

function aboveMax(spec: PlausibleSpec, v: string, max: string, lcs: string | undefined, exp: { vi: string; en: string }): Problem {
  if (spec.unit === "coefficient") return coefficientTooLarge(v, lcs, exp);
  if (spec.unit === "ratio") return ratioTooLarge(v, max, exp);
  return problem("OUT_OF_RANGE", "lớn bất thường", "is implausibly large", exp);
}

function belowMin(spec: PlausibleSpec, v: string, lcs: string | undefined, exp: { vi: string; en: string }): Problem {
  if (compareDecimal(v, "0") < 0) return problem("NEGATIVE_NUMBER", "là số âm", "is negative", exp);
  if (isZeroDecimal(v)) return problem("ZERO_NOT_ALLOWED", "bằng 0 (không thể bằng 0)", "is zero (it cannot be zero)", exp);
  if (spec.unit === "VND") return vndTooSmall(v, lcs, exp);
  return problem("OUT_OF_RANGE", "nhỏ bất thường", "is implausibly small", exp);
}

/** Non-zero but below the unit's smallest plausible magnitude (unless the parameter's range allows it). */
function tooSmall(v: string, spec: PlausibleSpec, d: UnitDefault): boolean {
  if (!d.smallest || isZeroDecimal(v) || compareDecimal(v, d.smallest) >= 0) return false;
  return !(spec.range?.min !== undefined && compareDecimal(spec.range.min, d.smallest) < 0 && !isZeroDecimal(spec.range.min));
}

/** Null when `value` is plausible for `spec`; otherwise what is wrong and what was expected. */
export function checkPlausible(value: string | number, spec: PlausibleSpec, hint: PlausibleHint = {}): Problem | null {
  const { min, max, d } = effective(spec);
  const exp = expected(spec, min, max, d);
  const v = typeof value === "number" ? numberToDecimal(value) : value.trim();
  if (v === undefined || !DECIMAL.test(v)) return problem("NOT_A_NUMBER", "không phải là số", "is not a number", exp);
  const lcs = hint.luongCoSo && DECIMAL.test(hint.luongCoSo) && compareDecimal(hint.luongCoSo, "0") > 0 ? hint.luongCoSo : undefined;
  if (spec.unit === "flag") return v === "0" || v === "1" ? null : problem("NOT_A_FLAG", "không phải 0 hoặc 1", "is not 0 or 1", exp);
  if (compareDecimal(v, min) < 0) return belowMin(spec, v, lcs, exp);
  if (tooSmall(v, spec, d)) return belowMin(spec, v, lcs, exp);
  if (d.whole && !isWholeDecimal(v)) return problem("FRACTIONAL_NUMBER", "có phần lẻ", "has a fraction", exp);
  if (compareDecimal(v, max) > 0) return aboveMax(spec, v, max, lcs, exp);
  return null;
}

/** Unit, declared range and label of a parameter of a resolved pack. */
export function parameterSpec(key: string, pack: PackLike): PlausibleSpec | undefined {
  const p = pack.params.get(key);
  if (!p) return undefined;
  const range = declaredRange(pack, key, p.unit);
  return { unit: p.unit, label: p.label, ...(range ? { range } : {}) };
}

/** The LCS in force on `date` in `pack` (for suggestions), if any. */
export function luongCoSoAt(pack: PackLike, date: IsoDate): string | undefined {
  const v = pack.params.tryAt("luongCoSo", date)?.value;
  return typeof v === "string" ? v : undefined;
}

/** A user's value for parameter `key` of `pack` from `date` (ThamSo row, --params value). */
export function checkUserParameter(key: string, value: string | number, pack: PackLike, date: IsoDate): Problem | null {
  const spec = parameterSpec(key, pack);
  if (!spec) {
    const near = closestName(key, pack.params.keys());
    return {
      code: "UNKNOWN_PARAMETER",
      vi: `dùng cho mã tham số “${key}” không có trong gói “${pack.id}”${near ? ` (có phải “${near}”?)` : ""}`,
      en: `is for parameter key “${key}”, which is not in pack “${pack.id}”${near ? ` (did you mean “${near}”?)` : ""}`,
      expectedVi: `một mã tham số của gói (xem “dutoan packs --show ${pack.id}”)`,
      expectedEn: `a parameter key of the pack (see “dutoan packs --show ${pack.id}”)`,
    };
  }
  return checkPlausible(value, spec, { luongCoSo: luongCoSoAt(pack, date) });
}
