/**
 * Pieces shared by the early-retirement policies of NĐ 29/2023 Đ.5, NĐ 154/2025 Đ.6 and NĐ 178/2024
 * Đ.7 (docs/legal/troCap.md §4): months early within the regime's band, a sum per full year early,
 * and a sum for the years of BHXH contributions (a lump for the first years, then a part-month per
 * further year, with a variant for fewer years where the regime has one).
 */
import { citationOf } from "../../ledger";
import { dec, formatDecimal } from "../../money";
import type { Resolved } from "../../params";
import { num, val, type LeaverCtx } from "./context";
import { baseText, need, type Base, type Years } from "./base";
import { COL } from "./types";

/** Months early (column "Số tháng nghỉ trước tuổi"), or null with a warning when outside [min, max]. */
export function monthsEarly(c: LeaverCtx, minKey: string | null, maxKey: string): number | null {
  const early = need(c.row.soThangNghiTruocTuoi, "THIEU_SO_THANG_NGHI_SOM", COL.truocTuoi, "số tháng nghỉ trước tuổi");
  const min = minKey ? c.get(minKey) : undefined;
  const max = c.get(maxKey);
  const lo = min ? num(min) : 1;
  if (early < lo || early > num(max)) {
    const cites = [...new Set([min, max].filter((r): r is Resolved => !!r).map(citationOf))].join("; ");
    c.issue("warning", "KHONG_THUOC_DIEN_TRO_CAP",
      `${c.who} nghỉ trước tuổi ${early} tháng: ngoài khoảng ${lo}–${val(max)} tháng của chính sách nghỉ hưu trước tuổi (${cites}); không tính.`, COL.truocTuoi);
    return null;
  }
  return early;
}

/** `perYear` months of the base for each full year (12 months) early; nothing below one full year. */
export function yearsEarlyLine(c: LeaverCtx, perYearKey: string, early: number, b: Base, extra: Resolved[] = []): void {
  const fullYears = Math.floor(early / 12);
  if (fullYears === 0) return;
  const perYear = c.get(perYearKey);
  c.line("Trợ cấp cho số năm nghỉ sớm", `${formatDecimal(val(perYear))} × ${b.symbol} × ${fullYears} năm (${baseText(b)})`, [val(perYear), b.amount, fullYears],
    [perYear, ...extra, ...b.params]);
}

/**
 * The BHXH-years sum of early retirement: `lump` months for the first `soNamBhxhDau` years plus
 * `per` months for each further year; below that, the regime's variant (`prefix`.bienThe.*) when it
 * has one and the years reach it, else a warning and no line.
 */
export function bhxhYearsLine(c: LeaverCtx, prefix: string, y: Years, b: Base): void {
  let firstYears = c.get(`${prefix}.soNamBhxhDau`);
  let lump: Resolved;
  let per: Resolved;
  if (y.value.gte(val(firstYears))) {
    lump = c.get(`${prefix}.thangChoNamBhxhDau`);
    per = c.get(`${prefix}.thangMoiNamBhxhSau`);
  } else {
    const variant = c.peek(`${prefix}.bienThe.soNamBhxhDau`);
    if (!variant || y.value.lt(val(variant))) {
      const floor = c.use(variant ?? firstYears);
      c.issue("warning", "CHUA_DU_NAM_BHXH",
        `${c.who}: ${y.text} đóng BHXH, dưới ${val(floor)} năm: không tính trợ cấp theo thời gian đóng BHXH của chính sách nghỉ hưu trước tuổi (${citationOf(floor)}).`, COL.bhxh);
      return;
    }
    firstYears = c.use(variant);
    lump = c.get(`${prefix}.bienThe.thangChoNamBhxhDau`);
    per = c.get(`${prefix}.bienThe.thangMoiNamBhxhSau`);
  }
  const extra = y.value.minus(val(firstYears));
  const months = dec(val(lump)).plus(extra.times(val(per)));
  const how = dec(val(per)).isZero()
    ? `${formatDecimal(val(lump))} × ${b.symbol}`
    : `(${formatDecimal(val(lump))} + ${formatDecimal(val(per))} × (${formatDecimal(y.value.toString())} − ${val(firstYears)})) × ${b.symbol}`;
  c.line("Trợ cấp theo thời gian đóng BHXH", `${how} — ${y.text} đóng BHXH (${baseText(b)})`, [months, b.amount],
    [lump, firstYears, per, ...y.params, ...b.params]);
}
