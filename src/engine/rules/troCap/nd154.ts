/**
 * NĐ 154/2025 (16/6/2025 – 31/12/2030; docs/legal/troCap.md §4.2): HĐKCT at commune level (Đ.9) and
 * in thôn, TDP (Đ.10) redundant after a merger; cán bộ, công chức leaving under staff reduction
 * (Đ.6 early retirement, Đ.8 resignation), on the salary S of the month before leaving.
 */
import { citationOf } from "../../ledger";
import { formatDecimal, formatVnd } from "../../money";
import type { Resolved } from "../../params";
import { num, val, type LeaverCtx } from "./context";
import { baseText, need, salaryBase, setBase, yearsOf } from "./base";
import { bhxhYearsLine, monthsEarly, yearsEarlyLine } from "./huuTri";
import { COL } from "./types";

const P = "troCap.nd154";

/** The months of the first sum: months worked (under 5 years), else months to retirement (under 5 years), else the placeholder. */
function monthsOfService(c: LeaverCtx, worked: number): { months: number; why: string; used: Resolved[] } {
  const minWorked = c.get(`${P}.hdkct.nguongThangCongTac`);
  if (worked < num(minWorked)) return { months: worked, why: `tháng công tác (dưới ${val(minWorked)} tháng)`, used: [minWorked] };
  const left = need(c.row.soThangNghiTruocTuoi, "THIEU_SO_THANG_DEN_TUOI_HUU", COL.truocTuoi,
    `số tháng còn lại đến tuổi nghỉ hưu (công tác từ ${val(minWorked)} tháng trở lên)`);
  const minLeft = c.get(`${P}.hdkct.nguongThangDenTuoiHuu`);
  if (left < num(minLeft))
    return { months: left, why: `tháng còn lại đến tuổi nghỉ hưu (dưới ${val(minLeft)} tháng)`, used: [minWorked, minLeft] };
  const placeholder = c.get(`${P}.hdkct.soThangConLaiTamTinh`);
  return {
    months: num(placeholder),
    why: `tháng — còn ${left} tháng đến tuổi nghỉ hưu: số tháng tạm tính, chưa xác nhận (${placeholder.key})`,
    used: [minWorked, minLeft, placeholder],
  };
}

/**
 * Đ.9 k.1 (Đ.10 for thôn, TDP: the same three cases): 0.8 × A × months + 1.5 × A per year worked +
 * 3 × A to look for a job. `lead`: the value that made the regime apply, cited first on every line
 * when it names the article for this group (Đ.10 for thôn, TDP).
 */
export function nd154Hdkct(c: LeaverCtx, lead: Resolved[]): void {
  const rate = c.get(`${P}.hdkct.tyLeThang`);
  c.res.regime = citationOf(lead[0] ?? rate);
  const A = salaryBase(c, "A");
  setBase(c, A);
  const worked = need(c.row.soThangCongTac, "THIEU_SO_THANG_CONG_TAC", COL.congTac, "số tháng công tác");
  const m = monthsOfService(c, worked);
  const a = formatVnd(A.amount);
  c.line("Trợ cấp theo số tháng", `${formatDecimal(val(rate))} × A × ${m.months} ${m.why} (A = ${a})`, [val(rate), A.amount, m.months], [...lead, rate, ...m.used, ...A.params]);
  const perYear = c.get(`${P}.hdkct.thangMoiNam`);
  const y = yearsOf(c, worked, P);
  c.line("Trợ cấp theo số năm công tác", `${formatDecimal(val(perYear))} × A × ${y.text} (A = ${a})`, [val(perYear), A.amount, y.value], [...lead, perYear, ...y.params, ...A.params]);
  const job = c.get(`${P}.hdkct.soThangTimViec`);
  c.line("Trợ cấp tìm việc làm", `${formatDecimal(val(job))} × A (A = ${a})`, [val(job), A.amount], [...lead, job, ...A.params]);
}

/** Đ.8 k.1 (resignation): 3 × S to look for a job + 1.5 × S per year of BHXH contributions. */
function thoiViecNd154(c: LeaverCtx): void {
  const perYear = c.get(`${P}.thoiViec.thangMoiNamBhxh`);
  c.res.regime = citationOf(perYear);
  const S = salaryBase(c, "S");
  setBase(c, S);
  const y = yearsOf(c, need(c.row.thangDongBhxh, "THIEU_THOI_GIAN_BHXH", COL.bhxh, "thời gian đóng BHXH bắt buộc"), P);
  const job = c.get(`${P}.thoiViec.soThangTimViec`);
  c.line("Trợ cấp tìm việc làm", `${formatDecimal(val(job))} × S (${baseText(S)})`, [val(job), S.amount], [job, ...S.params]);
  c.line("Trợ cấp theo số năm đóng BHXH", `${formatDecimal(val(perYear))} × S × ${y.text} (${baseText(S)})`, [val(perYear), S.amount, y.value],
    [perYear, ...y.params, ...S.params]);
}

/**
 * Đ.6 (early retirement 2–5 years; the pension is not reduced): 5 × S per full year early + 5 months
 * for the first 20 BHXH years and 0.5 per year from the 21st (15 to under 20 years: 5 months).
 */
function huuTriNd154(c: LeaverCtx): void {
  const perYear = c.get(`${P}.huuTri.thangMoiNamSom`);
  c.res.regime = citationOf(perYear);
  const S = salaryBase(c, "S");
  setBase(c, S);
  const early = monthsEarly(c, `${P}.huuTri.soThangNghiSomToiThieu`, `${P}.huuTri.soThangNghiSomToiDa`);
  if (early === null) return;
  yearsEarlyLine(c, `${P}.huuTri.thangMoiNamSom`, early, S);
  const y = yearsOf(c, need(c.row.thangDongBhxh, "THIEU_THOI_GIAN_BHXH", COL.bhxh, "thời gian đóng BHXH bắt buộc"), P);
  bhxhYearsLine(c, `${P}.huuTri`, y, S);
}

/** Cán bộ, công chức under NĐ 154/2025 (staff reduction): Đ.8 resignation or Đ.6 early retirement. */
export function nd154CanBo(c: LeaverCtx): void {
  if (c.row.hinhThuc === "thoiViec") thoiViecNd154(c);
  else huuTriNd154(c);
}
