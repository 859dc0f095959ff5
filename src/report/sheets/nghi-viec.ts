/**
 * Nghỉ việc: the one-off payments of each person leaving in the year — regime, each payment with its
 * formula and basis, a subtotal per person, the grand total.
 */
import { formatVnDate, isoToExcelSerial } from "../../engine/calendar";
import { DOI_TUONG_LABELS } from "../../engine/labels";
import type { ReportContext, ReportInput } from "../context";
import type { ReportSheet } from "../model";
import { tableSheet, type ColumnSpec } from "../table";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Họ và tên", kind: "text", width: 22 },
  { header: "Xã, phường", kind: "text", width: 16 },
  { header: "Thôn, TDP", kind: "text", width: 12 },
  { header: "Đối tượng", kind: "text", width: 20 },
  { header: "Ngày nghỉ", kind: "date", width: 11 },
  { header: "Chế độ áp dụng", kind: "text", width: 28 },
  { header: "Khoản", kind: "text", width: 30 },
  { header: "Cách tính", kind: "text", width: 44 },
  { header: "Số tiền", kind: "money", width: 15 },
  { header: "Căn cứ", kind: "text", width: 34 },
];
const AMOUNT = 9;

export function nghiViecSheet(input: ReportInput, ctx: ReportContext): ReportSheet {
  const leavers = input.summary.leavers;
  return tableSheet(
    {
      name: `NghiViec_${ctx.year}`,
      title: `TRỢ CẤP MỘT LẦN, HỖ TRỢ TINH GIẢN CHO NGƯỜI NGHỈ VIỆC NĂM ${ctx.year}`,
      subtitles: [`(${ctx.rulesInWords})`],
      columns: COLUMNS,
      amounts: true,
      size: 10,
      body: function* (t) {
        const first = t.firstRow;
        let r = first;
        let grand = 0;
        for (let n = 0; n < leavers.length; n++) {
          const l = leavers[n];
          const who = [n + 1, l.hoTen, l.donVi, l.thon ?? "", DOI_TUONG_LABELS[l.doiTuong], isoToExcelSerial(l.ngayNghi), l.regime ?? "Không có chế độ"];
          const blank = who.map(() => null);
          for (let i = 0; i < l.lines.length; i++, r++) {
            const x = l.lines[i];
            yield t.row([...(i === 0 ? who : blank), x.label, x.formula, x.amount, x.citation]);
          }
          const start = r - l.lines.length;
          grand += l.total;
          const note = l.complete ? "" : `chưa đủ dữ liệu để tính (xem cảnh báo; ngày nghỉ ${formatVnDate(l.ngayNghi)})`;
          const amount = l.lines.length ? t.subtotal(AMOUNT, start, r - 1, l.total) : l.total;
          yield t.row([...(l.lines.length ? blank : who), `Cộng${note ? ` — ${note}` : ""}`, null, amount, null], "subtotal");
          r++;
        }
        yield t.row([null, "TỔNG CỘNG", null, null, null, null, null, null, null, t.subtotal(AMOUNT, first, Math.max(first, r - 1), grand), null], "total");
        return { words: grand };
      },
    },
    ctx,
  );
}
