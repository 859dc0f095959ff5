/**
 * NĐ 29/2023 (20/7/2023 – 15/6/2025; docs/legal/troCap.md §4.1): HĐKCT redundant after a merger of
 * units (Đ.9 k.2).
 */
import { citationOf } from "../../ledger";
import { formatDecimal, formatVnd } from "../../money";
import type { Resolved } from "../../params";
import { num, val, type LeaverCtx } from "./context";
import { need, salaryBase, setBase } from "./base";
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
