/**
 * The former security forces that stop when Tổ bảo vệ ANTT are formed (docs/legal/troCap.md §5): the
 * pack's one-off amount per person (`troCap.motLan.<group>`, a province's or the user's), or the
 * amount typed per person.
 */
import { formatVnDate } from "../../calendar";
import { citationOf } from "../../ledger";
import { formatVnd } from "../../money";
import type { Resolved } from "../../params";
import { val, type LeaverCtx } from "./context";
import { COL, DOI_TUONG_LABELS, LeaverProblem } from "./types";

/** The slot of the group, in force on the leaving date (value or not); undefined when none. */
export function securitySlot(c: LeaverCtx): Resolved<string | null> | undefined {
  return c.params.entryAt(`troCap.motLan.${c.row.doiTuong}`, c.date) as Resolved<string | null> | undefined;
}

export function security(c: LeaverCtx, slot: Resolved<string | null>): void {
  const row = c.row;
  const cite = citationOf(slot as Resolved);
  c.res.regime = cite;
  if (row.troCapMotLan !== null) {
    c.line("Trợ cấp một lần", `${formatVnd(row.troCapMotLan)} (số tiền nhập theo người ở sheet NghiViec)`, [row.troCapMotLan], [], `${cite} (số tiền nhập theo người)`);
    return;
  }
  if (slot.value === null)
    throw new LeaverProblem("THIEU_MUC_TRO_CAP_MOT_LAN",
      `chưa có mức trợ cấp một lần cho ${DOI_TUONG_LABELS[row.doiTuong]} (${cite}) tại ngày ${formatVnDate(row.ngayNghi)}. ${slot.note ?? ""}`.trim(), COL.motLan);
  const r = c.use(slot as Resolved);
  c.line("Trợ cấp một lần", `${formatVnd(val(r))} đồng/người`, [val(r)], [r]);
}
