/**
 * BHXH theo quý: per person the state support for voluntary BHXH and for BHYT — name, mã số BHXH,
 * groups, months supported, amount per quarter — with the totals per quarter that the commune
 * transfers to the BHXH fund.
 */
import type { ReportContext, ReportInput } from "../context";
import { INSURANCE_GROUP_LABELS, NHOM_HO_TRO_LABELS, QUARTERS, SUPPORT_KIND_LABELS } from "../labels";
import type { ReportSheet } from "../model";
import { supportRows } from "../support";
import { tableSheet, type ColumnSpec } from "../table";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Họ và tên", kind: "text", width: 24 },
  { header: "Mã số BHXH", kind: "text", width: 13 },
  { header: "Xã, phường", kind: "text", width: 16 },
  { header: "Thôn, TDP", kind: "text", width: 14 },
  { header: "Đối tượng", kind: "text", width: 18 },
  { header: "Nhóm hỗ trợ", kind: "text", width: 14 },
  { header: "Loại", kind: "text", width: 14 },
  { header: "Số tháng được hỗ trợ", kind: "count", width: 10 },
  ...QUARTERS.map((q): ColumnSpec => ({ header: q, kind: "money", width: 14, group: "Số tiền ngân sách hỗ trợ đóng" })),
  { header: "Cả năm", kind: "money", width: 15, num: "6 = 2+3+4+5" },
];
const FIRST_Q = 9;
const YEAR = 13;
const KIND_COL = 7;

export function bhxhSheet(input: ReportInput, ctx: ReportContext): ReportSheet {
  return tableSheet(
    {
      name: `BHXH_${ctx.year}`,
      title: `DANH SÁCH NGƯỜI ĐƯỢC NGÂN SÁCH HỖ TRỢ ĐÓNG BHXH TỰ NGUYỆN, BHYT THEO QUÝ NĂM ${ctx.year}`,
      subtitles: [`(${ctx.rulesInWords}; số tiền hỗ trợ chuyển vào quỹ BHXH theo quý)`],
      columns: COLUMNS,
      amounts: true,
      size: 10,
      freezeCols: 2,
      body: function* (t) {
        const first = t.firstRow;
        const rows = supportRows(input);
        const sums = [0, 0, 0, 0, 0];
        for (let i = 0; i < rows.length; i++) {
          const p = rows[i];
          p.quarters.forEach((q, k) => (sums[k] += q));
          sums[4] += p.total;
          yield t.row([
            i + 1,
            p.hoTen,
            p.maSoBhxh ?? "",
            p.donVi,
            p.thon ?? "",
            INSURANCE_GROUP_LABELS[p.group] ?? p.group,
            p.kind === "bhxhTuNguyen" && p.nhomHoTro ? NHOM_HO_TRO_LABELS[p.nhomHoTro] : "",
            SUPPORT_KIND_LABELS[p.kind],
            p.soThang,
            ...p.quarters,
            t.rowSum(FIRST_Q, FIRST_Q + 3, first + i, p.total),
          ]);
        }
        const last = Math.max(first, first + rows.length - 1);
        yield t.row([null, "TỔNG CỘNG", null, null, null, null, null, null, null, ...sums.slice(0, 4).map((v, k) => t.sum(FIRST_Q + k, first, last, v)), t.sum(YEAR, first, last, sums[4])], "total");
        // the two transfers of each quarter, by kind: SUMIF over the Loại column
        for (const kind of ["bhxhTuNguyen", "bhyt"] as const) {
          const mine = rows.filter((p) => p.kind === kind);
          if (!mine.length) continue;
          const label = SUPPORT_KIND_LABELS[kind];
          const byQ = [0, 1, 2, 3].map((k) => mine.reduce((a, p) => a + p.quarters[k], 0));
          const cells = [...byQ, byQ.reduce((a, b) => a + b, 0)].map((v, k) => t.sumIf(KIND_COL, first, last, label, FIRST_Q + k, v));
          yield t.row([null, `Trong đó: ${label}`, null, null, null, null, null, null, null, ...cells], "subtotal");
        }
        return { words: sums[4] };
      },
    },
    ctx,
  );
}
