/**
 * Chuyển BHXH: the quarterly transfer to the BHXH fund per commune and kind, in the columns of the
 * BHYT summary the BHXH agency uses (participants, contribution due, participant's share, state
 * support, provincial top-up, amount to transfer); a subtotal per quarter.
 */
import type { TransferRow } from "../../engine/lines/support/types";
import type { ReportContext, ReportInput } from "../context";
import { QUARTERS, SUPPORT_KIND_LABELS } from "../labels";
import type { CellValue, ReportSheet } from "../model";
import { tableSheet, type ColumnSpec, type Table } from "../table";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Xã, phường", kind: "text", width: 22 },
  { header: "Loại", kind: "text", width: 16 },
  { header: "Số người", kind: "count", width: 10 },
  { header: "Số tháng đóng", kind: "count", width: 10 },
  { header: "Số tiền đóng theo mức quy định", kind: "money", width: 16 },
  { header: "Người tham gia đóng", kind: "money", width: 16 },
  { header: "Ngân sách hỗ trợ theo mức chung", kind: "money", width: 16 },
  { header: "Ngân sách tỉnh hỗ trợ thêm", kind: "money", width: 16 },
  { header: "Số tiền chuyển vào quỹ BHXH", kind: "money", width: 17, num: "7 = 5+6" },
];
const AMOUNT_COLS = [5, 6, 7, 8, 9] as const;
const KEYS = ["soTienDong", "nguoiThamGiaDong", "hoTroChung", "hoTroTinh", "soTienChuyen"] as const;

function sumsOf(rows: TransferRow[]): number[] {
  return KEYS.map((k) => rows.reduce((a, r) => a + r[k], 0));
}

function totalRow(t: Table, label: (string | null)[], r1: number, r2: number, sums: number[], role: "subtotal" | "total") {
  const values: CellValue[] = [...label, null, null, null];
  AMOUNT_COLS.forEach((c, i) => (values[c] = t.subtotal(c, r1, r2, sums[i])));
  return t.row(values, role);
}

export function chuyenBhxhSheet(input: ReportInput, ctx: ReportContext): ReportSheet {
  const transfers = input.summary.transfers;
  return tableSheet(
    {
      name: `ChuyenBHXH_${ctx.year}`,
      title: `TỔNG HỢP KINH PHÍ NGÂN SÁCH HỖ TRỢ ĐÓNG BHXH TỰ NGUYỆN, BHYT CHUYỂN VÀO QUỸ BHXH THEO QUÝ NĂM ${ctx.year}`,
      subtitles: [`(${ctx.rulesInWords})`],
      columns: COLUMNS,
      amounts: true,
      body: function* (t) {
        const first = t.firstRow;
        let r = first;
        for (let q = 1; q <= 4; q++) {
          const rows = transfers.filter((x) => x.quarter === q);
          if (!rows.length) continue;
          yield totalRow(t, [QUARTERS[q - 1], null], r + 1, r + rows.length, sumsOf(rows), "subtotal");
          r++;
          for (let i = 0; i < rows.length; i++, r++) {
            const x = rows[i];
            yield t.row([i + 1, x.donVi, SUPPORT_KIND_LABELS[x.kind], x.soNguoi, x.soThang, x.soTienDong, x.nguoiThamGiaDong, x.hoTroChung, x.hoTroTinh, t.rowSum(7, 8, r, x.soTienChuyen)]);
          }
        }
        const all = sumsOf(transfers);
        yield totalRow(t, [null, "TỔNG CỘNG"], first, Math.max(first, r - 1), all, "total");
        return { words: all[4] };
      },
    },
    ctx,
  );
}
