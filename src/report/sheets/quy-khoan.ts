/**
 * Quỹ khoán: the central allowance fund of each commune and village against the cost of the posts it
 * covers; a negative difference is what the local budget adds.
 */
import type { ReportContext, ReportInput } from "../context";
import { fundClassLabel } from "../labels";
import type { ReportSheet } from "../model";
import { tableSheet, type ColumnSpec } from "../table";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Xã, phường", kind: "text", width: 22 },
  { header: "Thôn, TDP", kind: "text", width: 20 },
  { header: "Phân loại", kind: "center", width: 12 },
  { header: "Quỹ phụ cấp khoán", kind: "money", width: 17 },
  { header: "Chi phí phụ cấp, BHXH, BHYT của các chức danh trong quỹ", kind: "money", width: 19 },
  { header: "Chênh lệch (âm: ngân sách địa phương bổ sung)", kind: "money", width: 19, num: "3 = 1 − 2" },
];
const FUND = 4;
const COST = 5;
const DIFF = 6;

/** Distinct classes over the year, e.g. "Loại a" or "Loại b; Loại a" when it changes. */
function classes(hang: readonly string[]): string {
  return [...new Set(hang.filter(Boolean))].map(fundClassLabel).join("; ");
}

export function quyKhoanSheet(input: ReportInput, ctx: ReportContext): ReportSheet {
  const funds = input.result.funds;
  return tableSheet(
    {
      name: `QuyKhoan_${ctx.year}`,
      title: `QUỸ PHỤ CẤP KHOÁN SO VỚI CHI PHÍ NĂM ${ctx.year}`,
      subtitles: [`(${ctx.rulesInWords})`],
      columns: COLUMNS,
      amounts: true,
      body: function* (t) {
        const first = t.firstRow;
        const sums = [0, 0, 0];
        for (let i = 0; i < funds.length; i++) {
          const f = funds[i];
          const r = first + i;
          sums[0] += f.quyKhoan;
          sums[1] += f.chiPhi;
          sums[2] += f.chenhLech;
          const diff = { formula: `${t.letter(FUND)}${r}-${t.letter(COST)}${r}`, result: f.chenhLech };
          yield t.row([i + 1, f.donVi, f.thon ?? "Cấp xã", classes(f.hang), f.quyKhoan, f.chiPhi, diff]);
        }
        const last = Math.max(first, first + funds.length - 1);
        yield t.row([null, "TỔNG CỘNG", null, null, t.sum(FUND, first, last, sums[0]), t.sum(COST, first, last, sums[1]), t.sum(DIFF, first, last, sums[2])], "total");
        return {
          words: sums[0],
          wordsOf: "tổng quỹ phụ cấp khoán",
          notes: ["Chênh lệch = quỹ khoán − chi phí phụ cấp và BHXH, BHYT của các chức danh hưởng từ quỹ; số âm là phần ngân sách địa phương bổ sung."],
        };
      },
    },
    ctx,
  );
}
