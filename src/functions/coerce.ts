/**
 * One cell of a function argument → a typed value, or an ArgError with a Vietnamese message naming
 * the argument, the value and what was expected. Cells are numbers, text, booleans or blank
 * (null / ""); numbers typed as text follow the roster's rules (src/roster/cells.ts).
 */
import { excelSerialToIso, iso, isValidIso, parseVnDate, type IsoDate } from "../engine/calendar";
import type { Period, PhanLoai } from "../engine/api";
import type { InsuredGroup } from "../engine/api";
import type { DacDiem, LoaiDonVi, NhomHoTro } from "../engine/types";
import {
  asCoefficient, asCount, asDate, asMoney, DATE_MAX_YEAR, DATE_MIN_YEAR, displayValue, enumCoercer, enumListCoercer, excelNumber,
  HE_SO_MAX, parseNumberText, type CellValue, type Coerced, type Coercer, type EnumSpec,
} from "../roster/cells";
import { DAC_DIEM, LOAI_DON_VI, NHOM_HO_TRO, PHAN_LOAI } from "../roster/enums";
import { checkPlausible, type PlausibleHint, type PlausibleSpec } from "../packs/plausible";
import { ArgError } from "./args";

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function show(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return displayValue(v);
  return String(v);
}

function fail(arg: string, v: unknown, what: string, expected: string): never {
  throw new ArgError(`${arg}: "${show(v)}" ${what}; cần ${expected}.`);
}

/** Runs a roster coercer on a cell; its Vietnamese problem becomes the message. */
function run<T>(c: Coercer<T>, v: unknown, arg: string): T {
  if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") fail(arg, v, "không hợp lệ", "một giá trị trong ô");
  const r: Coerced<T> = c(v as Exclude<CellValue, null>);
  if (!r.ok) fail(arg, v, r.problem.vi, r.problem.expectedVi);
  return r.value;
}

/** A required argument: blank is an error naming it. */
export function required(v: unknown, arg: string, what: string): void {
  if (isBlank(v)) throw new ArgError(`Thiếu ${arg} (${what}).`);
}

// ---------- year / month ----------

const PERIOD_EXPECT = "năm (2026), tháng (07/2026), một ngày trong tháng (15/07/2026) hoặc ô ngày của Excel";
const MONTH_TEXT = /^(\d{1,2})[/.-](\d{4})$/;
const ISO_MONTH = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;
const YEAR_TEXT = /^\d{4}$/;
const PREFIX = /^(tháng|thang|năm|nam|t)\s*/i;
const periodCache = new Map<string, Period | ArgError>();

function inRange(y: number): boolean {
  return y >= DATE_MIN_YEAR && y <= DATE_MAX_YEAR;
}

function periodOfText(raw: string, arg: string): Period {
  const t = raw.trim().replace(PREFIX, "");
  let year: number, month: number | null;
  let m: RegExpExecArray | null;
  if (YEAR_TEXT.test(t)) [year, month] = [+t, null];
  else if ((m = MONTH_TEXT.exec(t))) [year, month] = [+m[2], +m[1]];
  else if ((m = ISO_MONTH.exec(t))) {
    [year, month] = [+m[1], +m[2]];
    if (m[3] && !isValidIso(iso(year, month, +m[3]))) fail(arg, raw, "không phải ngày có thật", PERIOD_EXPECT);
  } else {
    const d = parseVnDate(t);
    if (!d) fail(arg, raw, "không phải năm hay tháng", PERIOD_EXPECT);
    [year, month] = [+d.slice(0, 4), +d.slice(5, 7)];
  }
  if (month !== null && (month < 1 || month > 12)) fail(arg, raw, "có tháng không hợp lệ", PERIOD_EXPECT);
  if (!inRange(year)) fail(arg, raw, `có năm ngoài khoảng ${DATE_MIN_YEAR}–${DATE_MAX_YEAR}`, PERIOD_EXPECT);
  return { year, month };
}

/**
 * A year or a month: a whole number 1950–2100 is a year; a larger number is an Excel date (its
 * month); text "2026", "07/2026", "15/07/2026", "2026-07", "tháng 7/2026".
 */
export function toPeriod(v: unknown, arg: string): Period {
  if (typeof v === "number") {
    if (Number.isInteger(v) && inRange(v)) return { year: v, month: null };
    const d = v > DATE_MAX_YEAR ? excelSerialToIso(v) : null;
    if (!d) fail(arg, v, "không phải năm hay ngày", PERIOD_EXPECT);
    const year = +d.slice(0, 4);
    if (!inRange(year)) fail(arg, v, `là ngày ngoài khoảng năm ${DATE_MIN_YEAR}–${DATE_MAX_YEAR}`, PERIOD_EXPECT);
    return { year, month: +d.slice(5, 7) };
  }
  if (typeof v === "string") {
    if (isBlank(v)) throw new ArgError(`Thiếu ${arg} (${PERIOD_EXPECT}).`);
    const key = `${arg}\u0000${v}`;
    let hit = periodCache.get(key);
    if (hit === undefined) {
      try {
        hit = periodOfText(v, arg);
      } catch (e) {
        if (!(e instanceof ArgError)) throw e;
        hit = e;
      }
      if (periodCache.size < 1 << 12) periodCache.set(key, hit);
    }
    if (hit instanceof ArgError) throw hit;
    return hit;
  }
  if (isBlank(v)) throw new ArgError(`Thiếu ${arg} (${PERIOD_EXPECT}).`);
  return fail(arg, v, "không phải năm hay tháng", PERIOD_EXPECT);
}

/** A year only (SOTHANG). */
export function toYear(v: unknown, arg: string): number {
  const p = toPeriod(v, arg);
  if (p.month !== null) fail(arg, v, "là một tháng, không phải một năm", "năm, ví dụ 2026");
  return p.year;
}

/** A date (Excel date, dd/mm/yyyy or yyyy-mm-dd), 1950–2100. */
export function toDate(v: unknown, arg: string): IsoDate {
  return run(asDate, v, arg);
}

/**
 * A date for THAMSO: an Excel date or dd/mm/yyyy; "mm/yyyy" means the 1st of that month. A bare
 * year is refused: a value may change within the year.
 */
export function toLookupDate(v: unknown, arg: string): IsoDate {
  if (typeof v === "number" && Number.isInteger(v) && inRange(v))
    fail(arg, v, "là một năm, không phải một ngày (giá trị có thể thay đổi trong năm)", "ngày dạng dd/mm/yyyy, tháng mm/yyyy hoặc ô ngày của Excel");
  if (typeof v === "string") {
    const m = MONTH_TEXT.exec(v.trim());
    if (m && +m[1] >= 1 && +m[1] <= 12) return iso(+m[2], +m[1], 1);
  }
  return toDate(v, arg);
}

// ---------- numbers ----------

/** The plausibility rule of roster cells and ThamSo rows (src/packs/plausible.ts), on an argument. */
/** Values already found plausible, per unit (a spilled range repeats the same few values). */
const passed = new Map<string, Set<number | string>>();

function plausible<T extends number | string>(x: T, v: unknown, arg: string, spec: PlausibleSpec, hint?: PlausibleHint): T {
  const key = spec.range ? "" : spec.unit;
  const ok = key ? passed.get(key) : undefined;
  if (ok?.has(x)) return x;
  const p = checkPlausible(x, spec, hint);
  if (p) fail(arg, v, p.vi, p.expectedVi);
  if (key) {
    let set = ok;
    if (!set) passed.set(key, (set = new Set()));
    if (set.size < 1 << 14) set.add(x);
  }
  return x;
}

/** Households of a village: a whole number, plausible as such. */
export function toCount(v: unknown, arg: string): number {
  const n = typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : run(asCount, v, arg); // a whole number, fast
  return plausible(n, v, arg, { unit: "households" });
}

/** Whole amount of đồng per month, plausible as such. */
export function toMoney(v: unknown, arg: string, hint?: PlausibleHint): number {
  return plausible(run(asMoney, v, arg), v, arg, { unit: "VND" }, hint);
}

/** Below this a number is a coefficient (× lương cơ sở); from it on an amount in đồng. */
export const MONEY_FROM = 100;
const AMOUNT_EXPECT = `hệ số (lớn hơn 0, tối đa ${HE_SO_MAX}, ví dụ 1,2) hoặc số tiền đồng/tháng từ ${MONEY_FROM} trở lên (ví dụ 2.340.000)`;

export type Amount = { kind: "heSo"; heSo: string } | { kind: "vnd"; vnd: number };

/**
 * A coefficient or an amount: numbers below 100 are coefficients × LCS, from 100 on amounts in đồng
 * per month. Text is read as a Vietnamese number ("1,2"; "2.340.000"; "2 340 000 đ"). Returns null
 * for text that is not a number (a post name, for the caller to look up).
 */
export function toAmount(v: unknown, arg: string, hint?: PlausibleHint): Amount | null {
  let n: number;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) fail(arg, v, "không phải là số", AMOUNT_EXPECT);
    n = excelNumber(v);
  } else if (typeof v === "string") {
    const p = parseNumberText(v, false);
    if (p.kind === "nan") {
      const q = parseNumberText(v, true);
      if (q.kind === "nan") return null;
      n = q.sign * Number(`${q.int}.${q.frac || "0"}`);
    } else n = p.sign * Number(`${p.int}.${p.frac || "0"}`);
  } else return fail(arg, v, "không phải là số", AMOUNT_EXPECT);
  if (!(n > 0)) fail(arg, v, "phải lớn hơn 0", AMOUNT_EXPECT);
  if (n >= MONEY_FROM) return { kind: "vnd", vnd: plausible(n, v, arg, { unit: "VND" }, hint) };
  // a coefficient: the roster's reading (decimal comma or point, 0 < x ≤ 20), then plausibility
  return { kind: "heSo", heSo: plausible(run(asCoefficient, v, arg), v, arg, { unit: "coefficient" }, hint) };
}

/** A signed amount for DOCSO, as a decimal string ("-1234.5"). */
export function toSignedNumber(v: unknown, arg: string): string | number {
  const expect = "một số tiền, ví dụ 1200000 hoặc 1.200.000";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) fail(arg, v, "không phải là số", expect);
    return v;
  }
  if (typeof v === "string") {
    const p = parseNumberText(v, false);
    if (p.kind === "nan") fail(arg, v, "không phải là số", expect);
    return `${p.sign < 0 ? "-" : ""}${p.int}${p.frac ? `.${p.frac}` : ""}`;
  }
  return fail(arg, v, "không phải là số", expect);
}

// ---------- enumerations ----------

export const INSURED_GROUP: EnumSpec<InsuredGroup> = {
  labels: ["Xã", "Thôn", "Tổ bảo vệ ANTT", "Người tham gia ở thôn"],
  entries: [
    ["Xã", "hdkctXa"], ["Cấp xã", "hdkctXa"], ["HĐKCT cấp xã", "hdkctXa"], ["HĐKCT xã", "hdkctXa"], ["hdkctXa", "hdkctXa"], ["Phường", "hdkctXa"], ["Thị trấn", "hdkctXa"],
    ["Người hoạt động không chuyên trách cấp xã", "hdkctXa"],
    ["Thôn", "hdkctThon"], ["Tổ dân phố", "hdkctThon"], ["TDP", "hdkctThon"], ["Thôn, tổ dân phố", "hdkctThon"], ["HĐKCT thôn", "hdkctThon"], ["HĐKCT ở thôn", "hdkctThon"],
    ["hdkctThon", "hdkctThon"], ["Người hoạt động không chuyên trách ở thôn", "hdkctThon"], ["Người hoạt động không chuyên trách ở thôn, tổ dân phố", "hdkctThon"],
    ["Tổ bảo vệ ANTT", "toBaoVe"], ["Tổ bảo vệ", "toBaoVe"], ["Tổ bảo vệ an ninh, trật tự", "toBaoVe"], ["toBaoVe", "toBaoVe"], ["Thành viên tổ bảo vệ ANTT", "toBaoVe"],
    ["Người tham gia ở thôn", "hoTroThon"], ["Người trực tiếp tham gia hoạt động ở thôn", "hoTroThon"], ["Người trực tiếp tham gia", "hoTroThon"], ["hoTroThon", "hoTroThon"],
  ],
};

const coercers = {
  group: enumCoercer(INSURED_GROUP),
  nhom: enumCoercer(NHOM_HO_TRO),
  loai: enumCoercer(LOAI_DON_VI),
  phanLoai: enumCoercer(PHAN_LOAI),
  dacDiem: enumListCoercer(DAC_DIEM),
};

export const toGroup = (v: unknown, arg: string): InsuredGroup => run(coercers.group, v, arg);
export const toNhom = (v: unknown, arg: string): NhomHoTro => run(coercers.nhom, v, arg);
export const toLoai = (v: unknown, arg: string): LoaiDonVi => run(coercers.loai, v, arg);
export const toPhanLoai = (v: unknown, arg: string): PhanLoai => run(coercers.phanLoai, v, arg);
export const toDacDiem = (v: unknown, arg: string): DacDiem[] => (isBlank(v) ? [] : run(coercers.dacDiem, v, arg));

/** Text of a cell (names, codes), trimmed; numbers as shown. */
export function toText(v: unknown): string {
  return typeof v === "string" ? v.trim() : show(v);
}
