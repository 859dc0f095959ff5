/**
 * Cell readers of the leavers' and reconciliation sheets (NghiViec, DoiChieuBHXH): BHXH time in
 * years and months, percentages, mã số BHXH, quarters.
 */
import { asDecimal, fail, formatDecimal, ok, parseNumberText, type Coerced, type Coercer } from "./cell-values";
import { normalizeKey } from "./text";

const toNumber = Number;
const toString = String;
const { isFinite: isFiniteNumber, isSafeInteger } = Number;


const YM_EXPECT_VI = "thời gian dạng “15 năm 3 tháng” (hoặc “15 năm”, “3 tháng”) hoặc số năm thập phân tròn tháng, ví dụ 15,25";
const YM_EXPECT_EN = "a duration like “15 năm 3 tháng” (or “15 năm”, “3 tháng”) or a decimal number of years that is a whole number of months, e.g. 15.25";
const YEARS_MONTHS = /^(?:(\d+)\s*(?:nam|n)\s*)?(?:(\d+)\s*(?:thang|t))?$/;

/**
 * BHXH contribution time → whole months. "15 năm 3 tháng", "15 năm", "3 tháng", "15n3t", "15 năm 03 tháng",
 * or a number of years (15, 15.25, "15,5") whose months are whole (15.3 years is refused: it may mean
 * 15 years 3 months). Months in the "năm tháng" form must be 0–11.
 */
export const asYearsMonths: Coercer<number> = (v) => {
  const bad = (code: string, vi: string, en: string) => fail<number>(code, vi, en, YM_EXPECT_VI, YM_EXPECT_EN);
  const fromYears = (years: string, sign: 1 | -1): Coerced<number> => {
    if (sign < 0 && /[1-9]/.test(years)) return bad("NEGATIVE_NUMBER", "là số âm", "is negative");
    const [i, f = ""] = years.split(".");
    // months = years × 12 exactly, in integer arithmetic on the decimal digits
    const scale = 10 ** f.length;
    const num12 = (toNumber(i || "0") * scale + toNumber(f || "0")) * 12;
    if (num12 % scale !== 0)
      return bad("FRACTIONAL_NUMBER", "không quy được ra số tháng chẵn (nếu là “năm và tháng”, hãy viết “15 năm 3 tháng”)", "is not a whole number of months (for years and months write “15 năm 3 tháng”)");
    return ok(num12 / scale);
  };
  if (typeof v === "number") {
    if (!isFiniteNumber(v)) return bad("NOT_A_NUMBER", "không phải là số", "is not a number");
    if (v < 0) return bad("NEGATIVE_NUMBER", "là số âm", "is negative");
    return fromYears(formatDecimal(v), 1);
  }
  if (typeof v !== "string") return bad("NOT_A_NUMBER", "không phải là thời gian", "is not a duration");
  const t = v.trim();
  if (/^[-−]/.test(t) && /\d/.test(t) && !/^[-−]\s*0*([.,]0*)?$/.test(t)) return bad("NEGATIVE_NUMBER", "là số âm", "is negative");
  const p = parseNumberText(t, true);
  if (p.kind === "number") return fromYears(p.frac ? `${p.int}.${p.frac}` : p.int, p.sign);
  const k = normalizeKey(t);
  const m = YEARS_MONTHS.exec(k);
  if (!m || (m[1] === undefined && m[2] === undefined)) return bad("NOT_A_NUMBER", "không phải là thời gian", "is not a duration");
  const months = toNumber(m[2] ?? "0");
  if (m[1] !== undefined && months > 11) return bad("MONTHS_OUT_OF_RANGE", "có số tháng lẻ quá 11", "has more than 11 odd months");
  return ok(toNumber(m[1] ?? "0") * 12 + months);
};

const PCT_EXPECT_VI = "tỷ lệ phần trăm từ 0% đến 100%, ví dụ 25% (hoặc 0,25 / 25)";
const PCT_EXPECT_EN = "a percentage from 0% to 100%, e.g. 25% (or 0.25 / 25)";

/** A percentage → ratio string: "25%" → "0.25"; 0.25 (a % cell) → "0.25"; 25 → "0.25" (a number ≥ 1 is read as percent points). */
export const asPercent: Coercer<string> = (v) => {
  let s: string | null = null;
  if (typeof v === "number" && isFiniteNumber(v)) s = formatDecimal(v >= 1 ? v / 100 : v);
  else if (typeof v === "string") {
    const t = v.trim();
    const percent = t.endsWith("%");
    const r = asDecimal(true)(t);
    if (!r.ok) return fail("NOT_A_NUMBER", "không phải là tỷ lệ", "is not a percentage", PCT_EXPECT_VI, PCT_EXPECT_EN);
    const n = toNumber(r.value);
    s = percent || n < 1 ? r.value : formatDecimal(n / 100);
  }
  if (s === null) return fail("NOT_A_NUMBER", "không phải là tỷ lệ", "is not a percentage", PCT_EXPECT_VI, PCT_EXPECT_EN);
  const n = toNumber(s);
  if (n < 0) return fail("NEGATIVE_NUMBER", "là số âm", "is negative", PCT_EXPECT_VI, PCT_EXPECT_EN);
  if (n > 1) return fail("PERCENT_OUT_OF_RANGE", "lớn hơn 100%", "is above 100%", PCT_EXPECT_VI, PCT_EXPECT_EN);
  return ok(s);
};

const MA_SO_EXPECT_VI = "mã số BHXH gồm 10 chữ số, ví dụ 0123456789";
const MA_SO_EXPECT_EN = "a 10-digit social-insurance number, e.g. 0123456789";

/** Mã số BHXH → 10 digits. A number cell lost its leading zeros: they are put back. Spaces and dots are ignored. */
export const asMaSoBhxh: Coercer<string> = (v) => {
  let s: string;
  if (typeof v === "number") {
    if (!isSafeInteger(v) || v < 0) return fail("INVALID_CODE", "không phải mã số", "is not a code", MA_SO_EXPECT_VI, MA_SO_EXPECT_EN);
    s = toString(v).padStart(10, "0");
  } else if (typeof v === "string") s = v.replace(/[\s.\-\u00a0]/g, "");
  else return fail("INVALID_CODE", "không phải mã số", "is not a code", MA_SO_EXPECT_VI, MA_SO_EXPECT_EN);
  if (!/^\d{10}$/.test(s)) return fail("INVALID_CODE", "không phải 10 chữ số", "is not 10 digits", MA_SO_EXPECT_VI, MA_SO_EXPECT_EN);
  return ok(s);
};

const QUARTER_RE = /^(?:quy|q)?\s*(1|2|3|4|i|ii|iii|iv)(?:\s+(?:nam\s+)?\d{4})?$/;
const QUARTER_OF: Record<string, number> = { 1: 1, 2: 2, 3: 3, 4: 4, i: 1, ii: 2, iii: 3, iv: 4 };

/** Quarter 1–4: 1, "I", "Quý II", "Q3", "Quý IV/2026", "Quý 1 năm 2026". */
export const asQuarter: Coercer<number> = (v) => {
  const raw = typeof v === "number" ? formatDecimal(v) : typeof v === "string" ? v : "";
  const m = QUARTER_RE.exec(normalizeKey(raw));
  if (!m) return fail("INVALID_ENUM", "không phải quý", "is not a quarter", "quý 1, 2, 3, 4 (hoặc I–IV, “Quý II/2026”)", "quarter 1, 2, 3, 4 (or I–IV, “Quý II/2026”)");
  return ok(QUARTER_OF[m[1]]);
};
