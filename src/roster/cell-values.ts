/**
 * The cell value model every roster coercion shares: cell values, error cells, problems, and numbers
 * written as text. (cells.ts builds the coercions on it and re-exports it.)
 *
 * Cells come from Office.js (numbers, strings, booleans; dates as serial numbers; errors as the
 * strings "#N/A" …) or exceljs (also Date objects in UTC, {formula, result}, {richText}, {text,
 * hyperlink}, {error}). `unwrapCell` reduces both to: null | string | number | boolean | Date |
 * ExcelError.
 */
import type { Problem } from "../packs/plausible";

// Built-ins used per cell, bound once: under Jest (a vm context) every global lookup such as
// `Math.x`, `Number.x` or `instanceof Date` costs ~50× a local one, which would dominate a
// 100,000-row read in tests.
const DateCtor = Date;
const isArray = Array.isArray;
const toNumber = Number;
const toString = String;
const { isFinite: isFiniteNumber, isNaN: isNaNNumber } = Number;

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

/** A failed coercion: an issue code, what is wrong and what was expected, in both languages (the
 * same shape as a failed plausibility check, so both become one kind of located issue). */
export type { Problem };
export type Coerced<T> = { ok: true; value: T } | { ok: false; problem: Problem };
/** A coercion of a non-blank cell (an error cell gives a problem, though readers report those first). */
export type Coercer<T> = (v: Exclude<CellValue, null>) => Coerced<T>;

export function ok<T>(value: T): Coerced<T> {
  return { ok: true, value };
}
export function fail<T>(code: string, vi: string, en: string, expectedVi: string, expectedEn: string): Coerced<T> {
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
export function decimalString(sign: 1 | -1, int: string, frac: string): string {
  const i = int.replace(/^0+(?=\d)/, "") || "0";
  const f = frac.replace(/0+$/, "");
  const s = f ? `${i}.${f}` : i;
  return sign < 0 && s !== "0" ? `-${s}` : s;
}

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
