/**
 * A province's own top-up to people leaving (e.g. Hải Phòng NQ 07/2024), while the pack's flag
 * `troCap.hoTroTinh.apDung` says one applies on the leaving date (docs/legal/troCap.md §6). The
 * amount is typed per person, or one amount for everyone (`troCap.hoTroThanhPho`).
 * A regime may bar any top-up from a date: `troCap.hoTroTinh.chan.<regime>` = 1 (from 15/3/2025 a
 * local top-up to people costed under NĐ 178/2024 has no basis, NĐ 67/2025 Đ.1 k.17), whatever the
 * province's own flag says.
 */
import { formatVnDate } from "../../calendar";
import { citationOf } from "../../ledger";
import { formatVnd } from "../../money";
import type { Resolved } from "../../params";
import { val, type LeaverCtx } from "./context";
import { COL, isSecurity } from "./types";

export function topUp(c: LeaverCtx, regimeId: string | null = null): void {
  const row = c.row;
  if (isSecurity(row.doiTuong)) {
    if (row.hoTroTinh !== null) ignoredTopUp(c);
    return;
  }
  const barred = regimeId ? c.peek(`troCap.hoTroTinh.chan.${regimeId}`) : undefined;
  if (barred && val(barred) === "1") {
    if (row.hoTroTinh !== null) ignoredTopUp(c, barred);
    return;
  }
  const flag = c.peek("troCap.hoTroTinh.apDung");
  if (!flag || val(flag) !== "1") {
    if (row.hoTroTinh !== null) ignoredTopUp(c, flag);
    return;
  }
  c.use(flag);
  if (row.hoTroTinh !== null) {
    c.line("Hỗ trợ thêm của tỉnh, thành phố", `${formatVnd(row.hoTroTinh)} (số tiền nhập theo người ở sheet NghiViec)`, [row.hoTroTinh], [flag]);
    return;
  }
  const amount = c.tryGet("troCap.hoTroThanhPho");
  if (amount) {
    c.line("Hỗ trợ thêm của tỉnh, thành phố", `${formatVnd(val(amount))} đồng/người`, [val(amount)], [flag, amount]);
    return;
  }
  c.issue("warning", "CHUA_CO_HO_TRO_TINH",
    `${c.who}: tại ngày nghỉ ${formatVnDate(row.ngayNghi)} có chính sách hỗ trợ thêm của tỉnh, thành phố (${citationOf(flag)}) nhưng chưa có số tiền; nếu người này thuộc diện hưởng, nhập số tiền ở cột "${COL.hoTroTinh}". ${flag.note ?? ""}`.trim(), COL.hoTroTinh);
}

function ignoredTopUp(c: LeaverCtx, flag?: Resolved): void {
  c.issue("warning", "HO_TRO_TINH_KHONG_AP_DUNG",
    `${c.who}: có số tiền hỗ trợ của tỉnh, thành phố ${formatVnd(c.row.hoTroTinh!)} nhưng tại ngày nghỉ ${formatVnDate(c.row.ngayNghi)} gói tham số không có chính sách hỗ trợ thêm cho đối tượng này${flag ? ` (${citationOf(c.use(flag))})` : ""}; không tính.`, COL.hoTroTinh);
}
