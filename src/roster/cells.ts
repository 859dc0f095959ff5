/**
 * Cell values → typed values, or a description of what was expected (Vietnamese and English).
 *
 * Cells come from Office.js (numbers, strings, booleans; dates as serial numbers; errors as the
 * strings "#N/A" …) or exceljs (also Date objects in UTC, {formula, result}, {richText}, {text,
 * hyperlink}, {error}). `unwrapCell` reduces both to: null | string | number | boolean | Date |
 * ExcelError.
 */
import { excelSerialToIso, iso, isValidIso, parseVnDate, type IsoDate } from "../engine/calendar";
import { cleanText, normalizeKey } from "./text";

// Built-ins used per cell, bound once: under Jest (a vm context) every global lookup such as
// `Math.x`, `Number.x` or `instanceof Date` costs ~50× a local one, which would dominate a
// 100,000-row read in tests.
const DateCtor = Date;
const isArray = Array.isArray;
const toNumber = Number;
const toString = String;
const { isFinite: isFiniteNumber, isInteger, isSafeInteger, isNaN: isNaNNumber } = Number;

/** An error cell (#N/A, #VALUE! …); `formula` when a formula read from a file cached this error. */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly formula?: string,
  ) {}
}

/**
 * A formula saved without its result (the file was written by a program that does not calculate,
 * or saved with calculation off): there is no value to read, and reading it as blank would cost a
 * whole year for an empty "Từ ngày". An error cell of its own kind.
 */
export class UncalculatedFormula extends ExcelError {
  constructor(formula: string) {
    super("", formula);
  }
}

const ERROR_LITERALS = new Set([
  "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#BUSY!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#UNKNOWN!",
]);

export type CellValue = null | string | number | boolean | Date | ExcelError;

/** Reduces any cell representation to a plain value (formula → its result, rich text → its text). */
export function unwrapCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
      return v.length > 0 && v.charCodeAt(0) === 35 /* # */ && ERROR_LITERALS.has(v.trim()) ? new ExcelError(v.trim()) : v;
    case "number":
    case "boolean":
      return v;
    case "object": {
      if (v instanceof DateCtor || v instanceof ExcelError) return v;
      const o = v as Record<string, unknown>;
      if ("formula" in o || "sharedFormula" in o || "result" in o) return formulaValue(o);
      if ("error" in o && typeof o.error === "string") return new ExcelError(o.error);
      if (isArray(o.richText)) return (o.richText as { text?: unknown }[]).map((r) => (typeof r?.text === "string" ? r.text : "")).join("");
      if ("text" in o) return unwrapCell(o.text);
      return toString(v);
    }
    default:
      return toString(v);
  }
}

/**
 * A formula cell: `{ formula, result }` → the cached result; `{ formula, error }` or a result that is
 * an error → ExcelError with the formula; no result at all → UncalculatedFormula.
 */
function formulaValue(o: Record<string, unknown>): CellValue {
  const f = o.formula ?? o.sharedFormula;
  const formula = typeof f === "string" ? f : "";
  if (typeof o.error === "string") return new ExcelError(o.error, formula);
  const r = o.result;
  if (r === undefined) return f === undefined ? null : new UncalculatedFormula(formula);
  if (r !== null && typeof r === "object" && typeof (r as { error?: unknown }).error === "string") return new ExcelError((r as { error: string }).error, formula);
  return unwrapCell(r);
}

/** Blank: null, empty or whitespace-only text. */
export function isBlankValue(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** Fast blank test on a raw cell (before unwrapping). */
export function isBlankRaw(raw: unknown): boolean {
  if (raw === null || raw === undefined || raw === "") return true;
  if (typeof raw === "number" || typeof raw === "boolean") return false;
  if (typeof raw === "string") return raw.trim() === "";
  return isBlankValue(unwrapCell(raw));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : toString(n);
}

/** The value as the user would recognise it, for messages (long text cut). */
export function displayValue(v: CellValue): string {
  if (v === null) return "";
  if (v instanceof ExcelError) return v.code || `=${v.formula ?? ""}`;
  if (v instanceof DateCtor) return isNaNNumber(v.getTime()) ? "Invalid Date" : `${pad2(v.getUTCDate())}/${pad2(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const s = toString(v).trim();
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** A failed coercion: an issue code, what is wrong and what was expected, in both languages. */
export interface Problem {
  code: string;
  vi: string;
  en: string;
  expectedVi: string;
  expectedEn: string;
}
export type Coerced<T> = { ok: true; value: T } | { ok: false; problem: Problem };
/** A coercion of a non-blank cell (an error cell gives a problem, though readers report those first). */
export type Coercer<T> = (v: Exclude<CellValue, null>) => Coerced<T>;

function ok<T>(value: T): Coerced<T> {
  return { ok: true, value };
}
function fail<T>(code: string, vi: string, en: string, expectedVi: string, expectedEn: string): Coerced<T> {
  return { ok: false, problem: { code, vi, en, expectedVi, expectedEn } };
}

/** Rounds an Excel double to 15 significant digits, as Excel displays it (0.1+0.2 → 0.3). */
export function excelNumber(n: number): number {
  return toNumber(n.toPrecision(15));
}

/** A number as a plain decimal string with up to 10 decimals, no float artifacts: 1.2000000000000002 → "1.2". */
export function formatDecimal(n: number): string {
  let s = excelNumber(n).toFixed(10);
  if (s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
  return s === "-0" ? "0" : s;
}

// ---------- text ----------

/** Text, trimmed, spaces collapsed (numbers and dates as shown). */
export const asText: Coercer<string> = (v) => {
  if (typeof v === "string") return ok(cleanText(v));
  if (typeof v === "number") return ok(formatDecimal(v));
  return ok(displayValue(v));
};

// ---------- numbers written as text ----------

const SPACE_ALL = /[\s\u00a0\u202f]/g;
const CURRENCY_SUFFIX = /(đồng|dong|vnđ|vnd|đ)$/i;
const INT_RE = /^\d+$/;
const THOUSANDS_DOT = /^\d{1,3}(\.\d{3})+$/;
const THOUSANDS_COMMA = /^\d{1,3}(,\d{3})+$/;
const DEC_VN = /^\d{1,3}(\.\d{3})*,\d+$/;
const DEC_US = /^\d{1,3}(,\d{3})*\.\d+$/;
const DEC_PLAIN = /^\d*[.,]\d+$/;

type ParsedNumber = { kind: "number"; sign: 1 | -1; int: string; frac: string } | { kind: "nan" };

/**
 * Reads a number typed as text: "2.340.000", "2,340,000", "2 340 000 đ", "1,2", "1.2", "-5".
 * `preferDecimal`: a single separator followed by three digits ("1.200") is a decimal point (for
 * coefficients) rather than a thousands separator (for money and counts).
 */
export function parseNumberText(text: string, preferDecimal = false): ParsedNumber {
  let t = text.replace(SPACE_ALL, "");
  t = t.replace(CURRENCY_SUFFIX, "");
  let sign: 1 | -1 = 1;
  if (t.startsWith("-") || t.startsWith("−")) {
    sign = -1;
    t = t.slice(1);
  } else if (t.startsWith("+")) t = t.slice(1);
  if (!t) return { kind: "nan" };
  if (INT_RE.test(t)) return { kind: "number", sign, int: t, frac: "" };
  if (preferDecimal && DEC_PLAIN.test(t)) {
    const [i, f] = t.split(/[.,]/);
    return { kind: "number", sign, int: i || "0", frac: f };
  }
  if (THOUSANDS_DOT.test(t) || THOUSANDS_COMMA.test(t)) return { kind: "number", sign, int: t.replace(/[.,]/g, ""), frac: "" };
  if (DEC_VN.test(t)) {
    const [i, f] = t.split(",");
    return { kind: "number", sign, int: i.replace(/\./g, "") || "0", frac: f };
  }
  if (DEC_US.test(t)) {
    const [i, f] = t.split(".");
    return { kind: "number", sign, int: i.replace(/,/g, "") || "0", frac: f };
  }
  if (DEC_PLAIN.test(t)) {
    const [i, f] = t.split(/[.,]/);
    return { kind: "number", sign, int: i || "0", frac: f };
  }
  return { kind: "nan" };
}

/** Canonical decimal string from parts: no leading/trailing zeros ("007", "500" → "7.5"). */
function decimalString(sign: 1 | -1, int: string, frac: string): string {
  const i = int.replace(/^0+(?=\d)/, "") || "0";
  const f = frac.replace(/0+$/, "");
  const s = f ? `${i}.${f}` : i;
  return sign < 0 && s !== "0" ? `-${s}` : s;
}

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

/** Any decimal (ThamSo values): number or text; "17%" → "0.17". `preferDecimal` as in parseNumberText. */
export function asDecimal(preferDecimal: boolean): Coercer<string> {
  const expVi = "một số, ví dụ 2530000, 2.530.000, 1,5 hoặc 0,17";
  const expEn = "a number, e.g. 2530000, 2.530.000, 1.5 or 0.17";
  return (v) => {
    if (typeof v === "number") {
      if (!isFiniteNumber(v)) return fail("NOT_A_NUMBER", "không phải là số", "is not a number", expVi, expEn);
      return ok(formatDecimal(v));
    }
    if (typeof v !== "string") return fail("NOT_A_NUMBER", "không phải là số", "is not a number", expVi, expEn);
    const t = v.trim();
    const percent = t.endsWith("%");
    const p = parseNumberText(percent ? t.slice(0, -1) : t, preferDecimal || percent);
    if (p.kind === "nan") return fail("NOT_A_NUMBER", "không phải là số", "is not a number", expVi, expEn);
    if (!percent) return ok(decimalString(p.sign, p.int, p.frac));
    // Divide by 100 by moving the decimal point two places left.
    const digits = p.int.padStart(3, "0");
    return ok(decimalString(p.sign, digits.slice(0, -2), digits.slice(-2) + p.frac));
  };
}

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
