/**
 * Cell values → typed values, or a description of what was expected (Vietnamese and English): text,
 * money, counts, coefficients, dates, yes/no, enumerations. The cell value model is in
 * cell-values.ts, the leavers' sheet readers in cells-leavers.ts; both are re-exported here.
 */
import { excelSerialToIso, iso, isValidIso, parseVnDate, type IsoDate } from "../engine/calendar";
import {
  decimalString, displayValue, excelNumber, fail, formatDecimal, ok, parseNumberText, type CellValue, type Coerced, type Coercer,
} from "./cell-values";
import { cleanText, normalizeKey } from "./text";

export * from "./cell-values";
export * from "./cells-leavers";

// Built-ins used per cell, bound once (see cell-values.ts).
const DateCtor = Date;
const toNumber = Number;
const { isFinite: isFiniteNumber, isInteger, isSafeInteger, isNaN: isNaNNumber } = Number;

// ---------- text ----------

/** Text, trimmed, spaces collapsed (numbers and dates as shown). */
export const asText: Coercer<string> = (v) => {
  if (typeof v === "string") return ok(cleanText(v));
  if (typeof v === "number") return ok(formatDecimal(v));
  return ok(displayValue(v));
};

// ---------- money (whole đồng) and counts ----------

const MONEY_EXPECT_VI = "số tiền đồng chẵn, không âm, ví dụ 2340000 hoặc 2.340.000";
const MONEY_EXPECT_EN = "a whole, non-negative amount of đồng, e.g. 2340000 or 2.340.000";

function wholeNumber(v: Exclude<CellValue, null>, expectVi: string, expectEn: string, what: { vi: string; en: string }): Coerced<number> {
  let n: number;
  if (typeof v === "number") {
    if (!isFiniteNumber(v)) return fail("NOT_A_NUMBER", "không phải là số", "is not a number", expectVi, expectEn);
    n = excelNumber(v);
  } else if (typeof v === "string") {
    const p = parseNumberText(v);
    if (p.kind === "nan") return fail("NOT_A_NUMBER", "không phải là số", "is not a number", expectVi, expectEn);
    if (p.sign < 0 && /[1-9]/.test(p.int + p.frac)) return fail("NEGATIVE_NUMBER", "là số âm", "is negative", expectVi, expectEn);
    if (/[1-9]/.test(p.frac)) return fail("FRACTIONAL_NUMBER", what.vi, what.en, expectVi, expectEn);
    n = toNumber(p.int);
  } else {
    return fail("NOT_A_NUMBER", "không phải là số", "is not a number", expectVi, expectEn);
  }
  if (n < 0) return fail("NEGATIVE_NUMBER", "là số âm", "is negative", expectVi, expectEn);
  if (!isInteger(n)) return fail("FRACTIONAL_NUMBER", what.vi, what.en, expectVi, expectEn);
  // Above 2^53 a JS number no longer holds every whole number: the amount would change silently.
  if (!isSafeInteger(n))
    return fail("NUMBER_TOO_LARGE", "quá lớn, không giữ được chính xác đến từng đơn vị", "is too large to be kept exact", expectVi, expectEn);
  return ok(n === 0 ? 0 : n);
}

/** VND per month, whole đồng: 2340000, "2.340.000", "2,340,000", "2 340 000 đ". */
export const asMoney: Coercer<number> = (v) =>
  wholeNumber(v, MONEY_EXPECT_VI, MONEY_EXPECT_EN, { vi: "có phần lẻ dưới 1 đồng", en: "has a fraction of a đồng" });

/** A whole, non-negative count (households, people). */
export const asCount: Coercer<number> = (v) =>
  wholeNumber(v, "số nguyên không âm, ví dụ 350", "a whole non-negative number, e.g. 350", { vi: "không phải số nguyên", en: "is not a whole number" });

// ---------- coefficients ----------

export const HE_SO_MAX = 20;
const COEF_EXPECT_VI = `hệ số lớn hơn 0 và không quá ${HE_SO_MAX}, dạng 1,2 hoặc 1.2`;
const COEF_EXPECT_EN = `a coefficient above 0 and at most ${HE_SO_MAX}, written 1,2 or 1.2`;

/** A coefficient cell as a decimal string, any size: 1.2 → "1.2", "1,2" → "1.2", 0.30000000000000004 → "0.3". */
export const asCoefficientNumber: Coercer<string> = (v) => {
  if (typeof v === "number") {
    if (!isFiniteNumber(v)) return fail("NOT_A_NUMBER", "không phải là số", "is not a number", COEF_EXPECT_VI, COEF_EXPECT_EN);
    return ok(formatDecimal(v));
  }
  if (typeof v === "string") {
    const p = parseNumberText(v, true);
    if (p.kind === "nan") return fail("NOT_A_NUMBER", "không phải là số", "is not a number", COEF_EXPECT_VI, COEF_EXPECT_EN);
    return ok(decimalString(p.sign, p.int, p.frac));
  }
  return fail("NOT_A_NUMBER", "không phải là số", "is not a number", COEF_EXPECT_VI, COEF_EXPECT_EN);
};

/** Coefficient as a decimal string (asCoefficientNumber), 0 < x ≤ 20. */
export const asCoefficient: Coercer<string> = (v) => {
  const r = asCoefficientNumber(v);
  if (!r.ok) return r;
  const n = toNumber(r.value);
  if (!(n > 0) || n > HE_SO_MAX)
    return fail("COEFFICIENT_OUT_OF_RANGE", "nằm ngoài khoảng cho phép", "is out of range", COEF_EXPECT_VI, COEF_EXPECT_EN);
  return r;
};

// ---------- dates ----------

export const DATE_MIN_YEAR = 1950;
export const DATE_MAX_YEAR = 2100;
const DATE_EXPECT_VI = "ngày dạng dd/mm/yyyy (ví dụ 01/07/2026) hoặc ô kiểu ngày của Excel";
const DATE_EXPECT_EN = "a date as dd/mm/yyyy (e.g. 01/07/2026) or an Excel date cell";
const DATE_SHAPE = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/;

function dateInRange(s: IsoDate): Coerced<IsoDate> {
  const y = +s.slice(0, 4);
  if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR)
    return fail(
      "DATE_OUT_OF_RANGE",
      `là ngày ${s.slice(8, 10)}/${s.slice(5, 7)}/${y}, ngoài khoảng năm ${DATE_MIN_YEAR}–${DATE_MAX_YEAR} (ô có thể đang chứa số chứ không phải ngày)`,
      `is ${s}, outside ${DATE_MIN_YEAR}–${DATE_MAX_YEAR} (the cell may hold a number rather than a date)`,
      DATE_EXPECT_VI,
      DATE_EXPECT_EN,
    );
  return ok(s);
}

/** Date → ISO: a Date (UTC, from exceljs), an Excel serial number, or text dd/mm/yyyy (also yyyy-mm-dd). */
export const asDate: Coercer<IsoDate> = (v) => {
  if (v instanceof DateCtor) {
    if (isNaNNumber(v.getTime())) return fail("INVALID_DATE", "không phải ngày", "is not a date", DATE_EXPECT_VI, DATE_EXPECT_EN);
    return dateInRange(iso(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()));
  }
  if (typeof v === "number") {
    const s = excelSerialToIso(v);
    if (!s) return fail("INVALID_DATE", "không phải ngày", "is not a date", DATE_EXPECT_VI, DATE_EXPECT_EN);
    return dateInRange(s);
  }
  if (typeof v === "string") {
    const t = v.trim();
    const s = parseVnDate(t) ?? (isValidIso(t) ? t : null);
    if (s) return dateInRange(s);
    if (DATE_SHAPE.test(t) || /^\d{4}-\d{2}-\d{2}$/.test(t))
      return fail("INVALID_DATE", "không phải ngày có thật", "is not a real calendar date", DATE_EXPECT_VI, DATE_EXPECT_EN);
    return fail("INVALID_DATE", "không phải ngày", "is not a date", DATE_EXPECT_VI, DATE_EXPECT_EN);
  }
  return fail("INVALID_DATE", "không phải ngày", "is not a date", DATE_EXPECT_VI, DATE_EXPECT_EN);
};

// ---------- yes / no ----------

const YES = new Set(["x", "co", "c", "1", "yes", "y", "true", "dung", "kiem nhiem", "kn", "v"]);
const NO = new Set(["khong", "k", "ko", "0", "no", "n", "false", "sai"]);
const CHECK_MARKS = new Set(["✓", "✔", "√", "☑", "✗"]);
const YES_NO_EXPECT_VI = "“x” hoặc “Có” (có), “Không” hoặc để trống (không)";
const YES_NO_EXPECT_EN = "“x” or “Có” (yes), “Không” or blank (no)";

/** Yes/no markers: x, Có, 1, TRUE → true; Không, 0, FALSE, "-" → false. */
export const asYesNo: Coercer<boolean> = (v) => {
  if (typeof v === "boolean") return ok(v);
  if (typeof v === "number") {
    if (v === 1) return ok(true);
    if (v === 0) return ok(false);
  } else if (typeof v === "string") {
    const t = v.trim();
    if (CHECK_MARKS.has(t)) return ok(t !== "✗");
    if (t === "-" || t === "–") return ok(false);
    const k = normalizeKey(t);
    if (YES.has(k)) return ok(true);
    if (NO.has(k)) return ok(false);
  }
  return fail("INVALID_ENUM", "không phải dấu có/không", "is not a yes/no marker", YES_NO_EXPECT_VI, YES_NO_EXPECT_EN);
};

// ---------- enumerations ----------

/** An enumeration: labels shown to users (first = canonical) and the value each label means. */
export interface EnumSpec<T> {
  /** The labels offered in dropdowns and error messages. */
  labels: string[];
  /** Every accepted spelling (normalized by normalizeKey when built) → value. */
  entries: [string, T][];
}

export function enumCoercer<T>(spec: EnumSpec<T>): Coercer<T> {
  const map = new Map<string, T>();
  for (const [label, value] of spec.entries) map.set(normalizeKey(label), value);
  const expVi = `một trong: ${spec.labels.join(", ")}`;
  const expEn = `one of: ${spec.labels.join(", ")}`;
  const cache = new Map<string, T | null>();
  return (v) => {
    const raw = typeof v === "number" ? formatDecimal(v) : typeof v === "string" ? v : displayValue(v);
    let hit = cache.get(raw);
    if (hit === undefined) {
      const r = map.get(normalizeKey(raw));
      hit = r === undefined ? null : r;
      if (cache.size < 10000) cache.set(raw, hit);
    }
    return hit === null ? fail("INVALID_ENUM", "không thuộc danh sách cho phép", "is not an allowed value", expVi, expEn) : ok(hit);
  };
}

/** A list of enum values separated by ";" (or ","), each matched like enumCoercer; duplicates dropped. */
export function enumListCoercer<T>(spec: EnumSpec<T>): Coercer<T[]> {
  const map = new Map<string, T>();
  for (const [label, value] of spec.entries) map.set(normalizeKey(label), value);
  const expVi = `một hoặc nhiều giá trị, cách nhau bởi dấu “;”: ${spec.labels.join("; ")}`;
  const expEn = `one or more of, separated by “;”: ${spec.labels.join("; ")}`;
  return (v) => {
    const raw = typeof v === "string" ? v : displayValue(v);
    const parts = raw.split(/[;,\n+]/).map((p) => p.trim()).filter((p) => normalizeKey(p).length > 0);
    const keys = parts.map(normalizeKey);
    const out: T[] = [];
    for (let i = 0; i < keys.length; i++) {
      // Longest match first: a label may itself contain commas ("Trọng điểm, phức tạp về an ninh, trật tự").
      let hit: T | undefined;
      for (let j = Math.min(keys.length, i + 4); j > i && hit === undefined; j--) {
        hit = map.get(keys.slice(i, j).join(" "));
        if (hit !== undefined) i = j - 1;
      }
      if (hit === undefined)
        return fail("INVALID_ENUM", `có phần “${parts[i]}” không thuộc danh sách cho phép`, `contains “${parts[i]}”, which is not allowed`, expVi, expEn);
      if (!out.includes(hit)) out.push(hit);
    }
    return ok(out);
  };
}


/** A coefficient that may be 0 (an optional add-on such as phụ cấp chức vụ): "0" or asCoefficient. */
export const asCoefficientOrZero: Coercer<string> = (v) => {
  if (v === 0 || (typeof v === "string" && /^\s*0+([.,]0*)?\s*$/.test(v))) return ok("0");
  return asCoefficient(v);
};
