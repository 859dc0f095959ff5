/**
 * Quỹ khoán toàn tỉnh: per commune, the central allowance fund (commune and villages) against the
 * cost of the posts it covers, the difference, and what the local budget adds (the shortfalls of
 * the units that cost more than their fund; a surplus of one village pays for no other).
 */
import type { Consolidation } from "../../consolidate";
import type { ReportContext } from "../context";
import type { ReportSheet } from "../model";
import { tableSheet, type ColumnSpec } from "../table";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Xã, phường", kind: "text", width: 24 },
  { header: "Tệp danh sách", kind: "text", width: 22 },
  { header: "Quỹ phụ cấp khoán (xã và các thôn, TDP)", kind: "money", width: 18 },
  { header: "Chi phí phụ cấp, BHXH, BHYT của các chức danh trong quỹ", kind: "money", width: 19 },
  { header: "Chênh lệch", kind: "money", width: 17, num: "3 = 1 − 2" },
  { header: "Ngân sách địa phương bổ sung (cộng phần thiếu của từng đơn vị)", kind: "money", width: 20 },
];
const FUND = 3;
const COST = 4;
const DIFF = 5;
const TOPUP = 6;

export function hasFunds(c: Consolidation): boolean {
  return c.communes.some((x) => x.funds);
}

export function quyKhoanTinhSheet(c: Consolidation, ctx: ReportContext): ReportSheet {
  const rows = c.communes.filter((x) => x.funds);
  return tableSheet(
    {
      name: `QuyKhoan_${ctx.year}`,
      title: `QUỸ PHỤ CẤP KHOÁN SO VỚI CHI PHÍ THEO XÃ, PHƯỜNG NĂM ${ctx.year}`,
      subtitles: [`(${ctx.rulesInWords})`],
      columns: COLUMNS,
      amounts: true,
      body: function* (t) {
        const first = t.firstRow;
        const sums = [0, 0, 0, 0];
        for (let i = 0; i < rows.length; i++) {
          const x = rows[i];
          const f = x.funds!;
          const r = first + i;
          [f.quyKhoan, f.chiPhi, f.chenhLech, f.boSung].forEach((v, k) => (sums[k] += v));
          yield t.row([i + 1, x.xa, x.file, f.quyKhoan, f.chiPhi, { formula: `${t.letter(FUND)}${r}-${t.letter(COST)}${r}`, result: f.chenhLech }, f.boSung]);
        }
        const last = Math.max(first, first + rows.length - 1);
        yield t.row([null, "TỔNG CỘNG", null, ...[FUND, COST, DIFF, TOPUP].map((col, k) => t.sum(col, first, last, sums[k]))], "total");
        return {
          words: sums[3],
          wordsOf: "ngân sách địa phương bổ sung",
          notes: ["Chênh lệch = quỹ khoán − chi phí của các chức danh hưởng từ quỹ, cộng cả xã. Ngân sách địa phương bổ sung = tổng phần thiếu của từng đơn vị (xã, từng thôn, tổ dân phố) có chi phí vượt quỹ, như sheet Quỹ khoán của từng xã."],
        };
      },
    },
    ctx,
  );
}
