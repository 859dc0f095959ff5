/**
 * Cán bộ, công chức leaving under the restructuring of the apparatus: NĐ 178/2024 as amended by
 * NĐ 67/2025 (docs/legal/troCap.md §4.3). Resignation (Đ.10 k.1) and early retirement (Đ.7); the
 * amounts are higher when the person leaves within the first months after the arrangement decision.
 */
import { citationOf } from "../../ledger";
import { formatDecimal } from "../../money";
import type { Resolved } from "../../params";
import { num, val, type LeaverCtx } from "./context";
import { baseText, need, salaryBase, setBase, yearsOf, type Base, type Years } from "./base";
import { bhxhYearsLine, monthsEarly, yearsEarlyLine } from "./huuTri";
import { COL } from "./types";

const P = "troCap.nd178";

/** Whether the person leaves within the first months after the decision (assumed so, with a warning, when blank). */
interface Timing {
  early: boolean;
  when: string;
  first: Resolved;
}

function timing(c: LeaverCtx): Timing {
  const first = c.get(`${P}.soThangDau`);
  const k = c.row.thangKeTuQuyetDinh;
  if (k === null)
    c.issue("warning", "GIA_DINH_THANG_DAU",
      `${c.who}: chưa ghi tháng thứ mấy kể từ quyết định sắp xếp; tạm tính như nghỉ trong ${val(first)} tháng đầu (mức cao hơn). Nhập ở cột "${COL.quyetDinh}".`, COL.quyetDinh);
  const early = k === null || k <= num(first);
  return { early, first, when: early ? `nghỉ trong ${val(first)} tháng đầu` : `nghỉ từ tháng thứ ${num(first) + 1}` };
}

export function nd178(c: LeaverCtx): void {
  const thoiViec = c.row.hinhThuc === "thoiViec";
  const mainKey = thoiViec ? `${P}.thoiViec.tyLeDau` : `${P}.huuTri.tyLeMuc1`;
  const main = c.peek(mainKey) ?? c.get(mainKey);
  const amended = c.peek(`${P}.huuTri.bienThe.soNamBhxhDau`);
  c.res.regime = `${citationOf(main)}${amended ? ` (sửa đổi, bổ sung bởi ${amended.source.document})` : ""}`;
  const S = salaryBase(c, "S");
  setBase(c, S);
  const t = timing(c);
  const bhxhMonths = need(c.row.thangDongBhxh, "THIEU_THOI_GIAN_BHXH", COL.bhxh, "thời gian đóng BHXH bắt buộc");
  const y = yearsOf(c, bhxhMonths, P);
  if (thoiViec) thoiViecNd178(c, S, t, y);
  else huuTriNd178(c, S, t, y);
}

/** Đ.10 k.1: 0.8 (0.4 from the 13th month) × S × months to retirement (max 60) + 1.5 × S per BHXH year + 3 × S. */
function thoiViecNd178(c: LeaverCtx, S: Base, t: Timing, y: Years): void {
  const left = need(c.row.soThangNghiTruocTuoi, "THIEU_SO_THANG_DEN_TUOI_HUU", COL.truocTuoi, "số tháng tính hưởng trợ cấp thôi việc (số tháng còn lại đến tuổi nghỉ hưu)");
  const max = c.get(`${P}.soThangToiDa`);
  const months = Math.min(left, num(max));
  const rate = c.get(t.early ? `${P}.thoiViec.tyLeDau` : `${P}.thoiViec.tyLeSau`);
  const capped = left > months ? ` (còn ${left} tháng, tối đa ${val(max)})` : "";
  c.line("Trợ cấp thôi việc", `${formatDecimal(val(rate))} × S × ${months} tháng${capped} — ${t.when} (${baseText(S)})`, [val(rate), S.amount, months],
    [rate, max, t.first, ...S.params]);
  const perYear = c.get(`${P}.thoiViec.thangMoiNamBhxh`);
  c.line("Trợ cấp theo số năm đóng BHXH", `${formatDecimal(val(perYear))} × S × ${y.text} (${baseText(S)})`, [val(perYear), S.amount, y.value],
    [perYear, ...y.params, ...S.params]);
  const job = c.get(`${P}.thoiViec.soThangTimViec`);
  c.line("Trợ cấp tìm việc làm", `${formatDecimal(val(job))} × S (${baseText(S)})`, [val(job), S.amount], [job, ...S.params]);
}

/**
 * Đ.7: a pension one-off for the months early (1.0 × S × months up to the first band, 0.9 × S × 60
 * above it; halved from the 13th month), a sum per full year early, and the BHXH-years sum.
 */
function huuTriNd178(c: LeaverCtx, S: Base, t: Timing, y: Years): void {
  const early = monthsEarly(c, null, `${P}.huuTri.soThangNghiSomToiDa`);
  if (early === null) return;
  const band1 = c.get(`${P}.huuTri.nguongThangNghiSom`);
  const inBand1 = early <= num(band1);
  const rate = c.get(inBand1 ? `${P}.huuTri.tyLeMuc1` : `${P}.huuTri.tyLeMuc2`);
  const max = inBand1 ? undefined : c.get(`${P}.soThangToiDa`);
  const months = max ? num(max) : early;
  const half = t.early ? undefined : c.get(`${P}.huuTri.heSoSauThangDau`);
  c.line("Trợ cấp hưu trí một lần cho số tháng nghỉ sớm",
    `${formatDecimal(val(rate))} × S × ${months} tháng${inBand1 ? " nghỉ sớm" : ` (nghỉ sớm ${early} tháng, trên ${val(band1)} tháng)`}${half ? ` × ${formatDecimal(val(half))}` : ""} — ${t.when} (${baseText(S)})`,
    [val(rate), S.amount, months, half ? val(half) : 1], [rate, band1, ...(max ? [max] : []), t.first, ...(half ? [half] : []), ...S.params]);
  const minForYears = inBand1 ? c.get(`${P}.huuTri.nguongThangTroCapNam`) : undefined;
  if (!minForYears || early >= num(minForYears))
    yearsEarlyLine(c, inBand1 ? `${P}.huuTri.thangMoiNamSomMuc1` : `${P}.huuTri.thangMoiNamSomMuc2`, early, S, minForYears ? [minForYears] : []);
  bhxhYearsLine(c, `${P}.huuTri`, y, S);
}
