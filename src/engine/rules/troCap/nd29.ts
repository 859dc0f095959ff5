/**
 * NĐ 29/2023 (20/7/2023 – 15/6/2025; docs/legal/troCap.md §4.1): HĐKCT redundant after a merger of
 * units (Đ.9 k.2); cán bộ, công chức leaving under staff reduction (Đ.5 early retirement, Đ.7
 * resignation), whose sums per year are on the 60-month average salary B.
 */
import { citationOf } from "../../ledger";
import { formatDecimal, formatVnd } from "../../money";
import type { Resolved } from "../../params";
import { num, val, type LeaverCtx } from "./context";
import { averageBase, baseText, need, salaryBase, setBase, yearsOf } from "./base";
import { bhxhYearsLine, monthsEarly, yearsEarlyLine } from "./huuTri";
import { COL } from "./types";

const P = "troCap.nd29";

/**
 * Đ.9 k.2: 0.5 × A × the months left of the term (elected posts) or of the merger roadmap, capped at
 * the retirement date, for those leaving within 12 months of the arrangement decision. `lead`: the
 * value that made the regime apply, cited first when it names the article for this group.
 */
export function nd29Hdkct(c: LeaverCtx, lead: Resolved[]): void {
  const rate = c.get(`${P}.hdkct.tyLe`);
  const within = c.get(`${P}.hdkct.soThangSauSapXep`);
  c.res.regime = citationOf(lead[0] ?? rate);
  const A = salaryBase(c, "A");
  setBase(c, A);
  const k = c.row.thangKeTuQuyetDinh;
  if (k !== null && k > num(within)) {
    c.issue("warning", "KHONG_THUOC_DIEN_TRO_CAP",
      `${c.who} nghỉ ở tháng thứ ${k} kể từ quyết định sắp xếp, sau ${val(within)} tháng: không thuộc diện trợ cấp dôi dư (${citationOf(within)}); không tính.`, COL.quyetDinh);
    return;
  }
  let months = need(c.row.soThangConLai, "THIEU_SO_THANG_CON_LAI", COL.conLai, "số tháng còn lại của nhiệm kỳ (chức danh bầu cử) hoặc của lộ trình sắp xếp");
  let note = " còn lại";
  const toRetirement = c.row.soThangNghiTruocTuoi;
  if (toRetirement !== null && toRetirement < months) {
    months = toRetirement;
    note = " (tính đến tuổi nghỉ hưu)";
  }
  const assumed = k === null ? `; giả định nghỉ trong ${val(within)} tháng kể từ quyết định sắp xếp` : "";
  c.line("Trợ cấp dôi dư do sắp xếp", `${formatDecimal(val(rate))} × A × ${months} tháng${note} (A = ${formatVnd(A.amount)})${assumed}`,
    [val(rate), A.amount, months], [...lead, rate, within, ...A.params]);
}

/** Đ.7 k.1 (resignation): 3 × S to look for a job + 1.5 × B per year of BHXH contributions. */
function thoiViecNd29(c: LeaverCtx): void {
  const perYear = c.get(`${P}.thoiViec.thangMoiNamBhxh`);
  c.res.regime = citationOf(perYear);
  const S = salaryBase(c, "S");
  setBase(c, S);
  const B = averageBase(c);
  const y = yearsOf(c, need(c.row.thangDongBhxh, "THIEU_THOI_GIAN_BHXH", COL.bhxh, "thời gian đóng BHXH bắt buộc"), P);
  const job = c.get(`${P}.thoiViec.soThangTimViec`);
  c.line("Trợ cấp tìm việc làm", `${formatDecimal(val(job))} × S (${baseText(S)})`, [val(job), S.amount], [job, ...S.params]);
  c.line("Trợ cấp theo số năm đóng BHXH", `${formatDecimal(val(perYear))} × B × ${y.text} (${baseText(B)})`, [val(perYear), B.amount, y.value],
    [perYear, ...y.params, ...B.params]);
}

/**
 * Đ.5 k.1 (early retirement; the pension is not reduced): 3 × B per full year early + 5 months for
 * the first 20 BHXH years and 0.5 per year from the 21st, on B or S as the pack's flag says
 * (`troCap.nd29.huuTri.namBhxh.theoLuongBinhQuan`, unconfirmed).
 */
function huuTriNd29(c: LeaverCtx): void {
  const perYear = c.get(`${P}.huuTri.thangMoiNamSom`);
  c.res.regime = citationOf(perYear);
  const B = averageBase(c);
  setBase(c, B);
  const early = monthsEarly(c, `${P}.huuTri.soThangNghiSomToiThieu`, `${P}.huuTri.soThangNghiSomToiDa`);
  if (early === null) return;
  yearsEarlyLine(c, `${P}.huuTri.thangMoiNamSom`, early, B);
  const y = yearsOf(c, need(c.row.thangDongBhxh, "THIEU_THOI_GIAN_BHXH", COL.bhxh, "thời gian đóng BHXH bắt buộc"), P);
  const onAverage = c.get(`${P}.huuTri.namBhxh.theoLuongBinhQuan`);
  const base = val(onAverage) === "1" ? B : salaryBase(c, "S");
  bhxhYearsLine(c, `${P}.huuTri`, y, { ...base, params: [...base.params, onAverage] });
}

/** Cán bộ, công chức under NĐ 29/2023 (staff reduction): Đ.7 resignation or Đ.5 early retirement. */
export function nd29CanBo(c: LeaverCtx): void {
  if (c.row.hinhThuc === "thoiViec") thoiViecNd29(c);
  else huuTriNd29(c);
}
