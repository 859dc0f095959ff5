/**
 * The monthly bases of the payments (docs/legal/troCap.md §3): the salary S or allowance A of the
 * month before leaving, the 60-month average salary B (NĐ 29/2023), and how months of service or of
 * BHXH become years.
 */
import { iso, parseIso, type IsoDate } from "../../calendar";
import { D, dec, formatDecimal, formatVnd, roundDong, type Dec } from "../../money";
import type { Resolved } from "../../params";
import { num, val, type LeaverCtx } from "./context";
import { COL, LeaverProblem } from "./types";

export interface Base {
  amount: number;
  formula: string;
  /** LCS when the base came from coefficients: cited on every line using the base. */
  params: Resolved[];
  symbol: "A" | "S" | "B";
}

/** First day of the month before the month of `date`. */
export function monthBefore(date: IsoDate): IsoDate {
  const { year, month } = parseIso(date);
  return month > 1 ? iso(year, month - 1, 1) : iso(year - 1, 12, 1);
}

const vnMonth = (date: IsoDate) => `${parseIso(date).month}/${parseIso(date).year}`;
const pct = (x: string) => `${formatDecimal(new D(x).times(100).toString())}%`;

/**
 * S or A: the amount typed in the roster, or (hệ số lương + hệ số chức vụ) × (1 + % công vụ) × lương
 * cơ sở of the month before leaving, rounded once to whole đồng (it is an amount paid in đồng).
 */
export function salaryBase(c: LeaverCtx, symbol: "A" | "S"): Base {
  const row = c.row;
  if (row.tienLuongThang !== null)
    return { amount: row.tienLuongThang, formula: `${formatVnd(row.tienLuongThang)} (nhập ở sheet NghiViec)`, params: [], symbol };
  if (row.heSoLuong === null)
    throw new LeaverProblem("THIEU_TIEN_LUONG", `chưa có tiền lương (phụ cấp) tháng hoặc hệ số lương; cần một trong hai cột "${COL.tienLuong}" hoặc "${COL.heSoLuong}".`, COL.tienLuong);
  const prev = monthBefore(row.ngayNghi);
  const lcs = c.get("luongCoSo", prev);
  const hs = row.heSoChucVu !== null ? `(${formatDecimal(row.heSoLuong)} + ${formatDecimal(row.heSoChucVu)})` : formatDecimal(row.heSoLuong);
  const cv = row.phuCapCongVu !== null && !dec(row.phuCapCongVu).isZero() ? ` × (1 + ${pct(row.phuCapCongVu)})` : "";
  const exact = dec(row.heSoLuong).plus(row.heSoChucVu ?? "0").times(dec(row.phuCapCongVu ?? "0").plus(1)).times(val(lcs));
  return {
    amount: roundDong(exact),
    formula: `${hs}${cv} × ${formatVnd(val(lcs))} (lương cơ sở tháng ${vnMonth(prev)})`,
    params: [lcs],
    symbol,
  };
}

/** B: the average monthly salary of the last 60 months, typed per person (NĐ 29/2023). */
export function averageBase(c: LeaverCtx): Base {
  const b = c.row.tienLuongBinhQuan ?? null;
  if (b === null)
    throw new LeaverProblem("THIEU_TIEN_LUONG_BINH_QUAN",
      `chưa có tiền lương tháng bình quân 60 tháng (5 năm) cuối trước khi nghỉ, cần để tính trợ cấp theo Nghị định 29/2023/NĐ-CP; cần nhập ở cột "${COL.binhQuan}".`, COL.binhQuan);
  return { amount: b, formula: `${formatVnd(b)} (tiền lương bình quân 60 tháng, nhập ở sheet NghiViec)`, params: [], symbol: "B" };
}

export function setBase(c: LeaverCtx, b: Base): void {
  c.res.base = { amount: b.amount, formula: b.formula };
}

/** "(S = 10.705.500)": the base as named in a formula. */
export function baseText(b: Base): string {
  return `${b.symbol} = ${formatVnd(b.amount)}`;
}

export interface Years {
  value: Dec;
  text: string;
  params: Resolved[];
}

/** Whole years of a number of months, odd months rounded by the regime's rule (`prefix`.namLe.*). */
export function yearsOf(c: LeaverCtx, months: number, prefix: string): Years {
  const full = Math.floor(months / 12);
  const rest = months - full * 12;
  if (rest === 0) return { value: new D(full), text: `${full} năm`, params: [] };
  const limit = c.get(`${prefix}.namLe.nguongThang`);
  const part = c.get(`${prefix}.namLe.duoiNguong`);
  const value = rest <= num(limit) ? new D(full).plus(val(part)) : new D(full + 1);
  return { value, text: `${formatDecimal(value.toString())} năm (${full} năm ${rest} tháng)`, params: [limit, part] };
}

/** A value the regime needs from the row: a located error naming the column when it is blank. */
export function need(v: number | null | undefined, code: string, column: string, what: string): number {
  if (v === null || v === undefined) throw new LeaverProblem(code, `chưa có ${what}; cần nhập ở cột "${column}".`, column);
  return v;
}
