/** Đối chiếu: our support per person and quarter against the BHXH agency's figures, differences only. */
import type { ReportContext, ReportInput } from "../context";
import { QUARTERS, SUPPORT_KIND_LABELS } from "../labels";
import type { ReportSheet } from "../model";
import { tableSheet, type ColumnSpec } from "../table";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Họ và tên", kind: "text", width: 24 },
  { header: "Mã số BHXH", kind: "text", width: 14 },
  { header: "Xã, phường", kind: "text", width: 16 },
  { header: "Thôn, TDP", kind: "text", width: 14 },
  { header: "Quý", kind: "center", width: 10 },
  { header: "Loại", kind: "text", width: 16 },
  { header: "Theo danh sách", kind: "money", width: 15 },
  { header: "Theo cơ quan BHXH", kind: "money", width: 15 },
  { header: "Chênh lệch", kind: "money", width: 15, num: "3 = 1 − 2" },
];
const OURS = 7;

export function doiChieuSheet(input: ReportInput, ctx: ReportContext): ReportSheet {
  const diffs = input.summary.doiChieu ?? [];
  return tableSheet(
    {
      name: `DoiChieu_${ctx.year}`,
      title: `ĐỐI CHIẾU SỐ TIỀN NGÂN SÁCH HỖ TRỢ VỚI SỐ LIỆU CƠ QUAN BHXH NĂM ${ctx.year}`,
      subtitles: ["(Chỉ liệt kê người, quý có chênh lệch; chênh lệch = số theo danh sách − số của cơ quan BHXH)"],
      columns: COLUMNS,
      amounts: true,
      body: function* (t) {
        const first = t.firstRow;
        const sums = [0, 0, 0];
        for (let i = 0; i < diffs.length; i++) {
          const d = diffs[i];
          const r = first + i;
          sums[0] += d.ours;
          sums[1] += d.agency;
          sums[2] += d.difference;
          const kind = d.kind ? SUPPORT_KIND_LABELS[d.kind] : "Cả hai loại";
          yield t.row([i + 1, d.hoTen, d.maSoBhxh ?? "", d.donVi ?? "", d.thon ?? "", QUARTERS[d.quarter - 1] ?? String(d.quarter), kind, d.ours, d.agency, { formula: `${t.letter(OURS)}${r}-${t.letter(OURS + 1)}${r}`, result: d.difference }]);
        }
        const last = Math.max(first, first + diffs.length - 1);
        yield t.row([null, "TỔNG CỘNG", null, null, null, null, null, ...sums.map((v, k) => t.sum(OURS + k, first, last, v))], "total");
        return { words: null, notes: diffs.length ? [] : ["Không có chênh lệch: số tính theo danh sách khớp với số của cơ quan BHXH."] };
      },
    },
    ctx,
  );
}
