/**
 * Which regime costs a leaver, and the costing of one leaver. (Step 1 of the split: the order of
 * regimes is still the code's; see docs/legal/troCap.md §2.)
 */
import { formatVnDate } from "../../calendar";
import type { LeaverCtx } from "./context";
import { val } from "./context";
import { nd154Hdkct } from "./nd154";
import { nd178 } from "./nd178";
import { nd29Hdkct } from "./nd29";
import { security, securitySlot } from "./security";
import { topUp } from "./topUp";
import { COL, DOI_TUONG_LABELS, isHdkct, LeaverProblem } from "./types";

export function noRegime(c: LeaverCtx): void {
  c.issue("warning", "KHONG_CO_CHE_DO_TRO_CAP",
    `${c.who} (${DOI_TUONG_LABELS[c.row.doiTuong]}) nghỉ ngày ${formatVnDate(c.date)}: gói tham số "${c.packId}" không có chế độ trợ cấp cho đối tượng này tại ngày đó; không tính. Nếu có chế độ khác áp dụng, tính riêng.`, COL.hoTen);
}

function hdkct(c: LeaverCtx): void {
  if (c.peek("troCap.nd154.hdkct.tyLeThang")) {
    const thon = c.row.doiTuong === "hdkctThon" ? c.get("troCap.nd154.hdkctThon.apDung") : undefined;
    if (thon && val(thon) !== "1") return noRegime(c);
    return nd154Hdkct(c, thon ? [thon] : []);
  }
  if (c.peek("troCap.nd29.hdkct.tyLe")) return nd29Hdkct(c, []);
  noRegime(c);
}

function canBoCongChuc(c: LeaverCtx): void {
  if (c.row.hinhThuc === null)
    throw new LeaverProblem("THIEU_HINH_THUC", `chưa ghi hình thức nghỉ; cần "Thôi việc" hoặc "Nghỉ hưu trước tuổi" ở cột "${COL.hinhThuc}".`, COL.hinhThuc);
  const main = c.peek(c.row.hinhThuc === "thoiViec" ? "troCap.nd178.thoiViec.tyLeDau" : "troCap.nd178.huuTri.tyLeMuc1");
  if (!main) return noRegime(c);
  nd178(c);
}

/** Costs one leaver: the regime's lines, then the province's top-up. */
export function costLeaver(c: LeaverCtx): void {
  if (isHdkct(c.row.doiTuong)) hdkct(c);
  else if (c.row.doiTuong === "canBoCongChuc") canBoCongChuc(c);
  else {
    const slot = securitySlot(c);
    if (slot) security(c, slot);
    else noRegime(c);
  }
  topUp(c);
}
