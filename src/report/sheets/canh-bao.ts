/** Cảnh báo: the warnings of the run, where they point in the roster; only made when there are some. */
import type { ReportContext, ReportInput } from "../context";
import type { ReportSheet } from "../model";
import { tableSheet, type ColumnSpec } from "../table";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Nội dung cảnh báo", kind: "text", width: 90 },
  { header: "Sheet", kind: "text", width: 14 },
  { header: "Dòng", kind: "count", width: 8 },
  { header: "Cột", kind: "text", width: 18 },
  { header: "Mã cảnh báo", kind: "text", width: 24 },
];

export function canhBaoSheet(input: ReportInput, ctx: ReportContext): ReportSheet {
  const warnings = input.summary.warnings;
  return tableSheet(
    {
      name: `CanhBao_${ctx.year}`,
      title: `CẢNH BÁO KHI LẬP DỰ TOÁN NĂM ${ctx.year}`,
      columns: COLUMNS,
      amounts: false,
      signature: false,
      body: function* (t) {
        for (let i = 0; i < warnings.length; i++) {
          const w = warnings[i];
          yield t.row([i + 1, w.message, w.sheet ?? "", w.row ?? null, w.column ?? "", w.code]);
        }
        return {
          words: null,
          notes: ["Sheet này chỉ có khi lập dự toán có cảnh báo. Xem từng cảnh báo (sửa danh sách hoặc nhập giá trị ở sheet ThamSo, rồi lập lại) trước khi trình ký."],
        };
      },
    },
    ctx,
  );
}
