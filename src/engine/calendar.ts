/**
 * Calendar: ISO dates (yyyy-mm-dd) as strings, months as (year, month 1–12), quarters, and
 * days in post within a month. Pure: no clock, no time zones (dates are civil dates).
 */

export type IsoDate = string;

export interface YearMonth {
  year: number;
  month: number; // 1..12
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isValidIso(s: string): boolean {
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const y = +m[1], mo = +m[2], d = +m[3];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseIso(s: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_RE.exec(s);
  if (!m || !isValidIso(s)) throw new Error(`Ngày không hợp lệ: ${s}`);
  return { year: +m[1], month: +m[2], day: +m[3] };
}

export function firstOfMonth(ym: YearMonth): IsoDate {
  return iso(ym.year, ym.month, 1);
}

export function lastOfMonth(ym: YearMonth): IsoDate {
  return iso(ym.year, ym.month, daysInMonth(ym.year, ym.month));
}

/** The day before an ISO date. */
export function dayBefore(s: IsoDate): IsoDate {
  const { year, month, day } = parseIso(s);
  if (day > 1) return iso(year, month, day - 1);
  if (month > 1) return iso(year, month - 1, daysInMonth(year, month - 1));
  return iso(year - 1, 12, 31);
}

/** 1..4 */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function monthsOfYear(year: number): YearMonth[] {
  return Array.from({ length: 12 }, (_, i) => ({ year, month: i + 1 }));
}

/**
 * Calendar days of month `ym` inside [from, to] (inclusive; either bound may be absent).
 * Returns 0 when the range misses the month.
 */
export function daysInPost(ym: YearMonth, from?: IsoDate | null, to?: IsoDate | null): number {
  if (!from && !to) return daysInMonth(ym.year, ym.month);
  const first = firstOfMonth(ym);
  const last = lastOfMonth(ym);
  const start = from && from > first ? from : first;
  const end = to && to < last ? to : last;
  if (start > end) return 0;
  return parseIso(end).day - parseIso(start).day + 1;
}

/** Months (with fractions by calendar days) of year `year` inside [from, to]. */
export function monthsInPost(year: number, from?: IsoDate | null, to?: IsoDate | null): number {
  let total = 0;
  for (const ym of monthsOfYear(year)) total += daysInPost(ym, from, to) / daysInMonth(ym.year, ym.month);
  return total;
}

/** Excel serial date (1900 system, with Excel's fictitious 29/2/1900) → ISO date. */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  // Serial 60 is the fictitious 29/2/1900; after it, days are one ahead of the real calendar.
  const days = whole > 60 ? whole - 1 : whole;
  const ms = Date.UTC(1899, 11, 31) + days * 86400000;
  const d = new Date(ms);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO date → Excel serial date. */
export function isoToExcelSerial(s: IsoDate): number {
  const { year, month, day } = parseIso(s);
  const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 31)) / 86400000;
  return days >= 60 ? days + 1 : days;
}

/** Parses "dd/mm/yyyy" (also d/m/yyyy, with - or . as separator) into ISO; null if not a date. */
export function parseVnDate(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const s = iso(+m[3], +m[2], +m[1]);
  return isValidIso(s) ? s : null;
}

/** ISO → "dd/mm/yyyy". */
export function formatVnDate(s: IsoDate): string {
  const { year, month, day } = parseIso(s);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}
