/** Khoán kinh phí: the lump-sum funding of each organisation per commune and village, by quarter. */
import type { ReportContext } from "../context";
import type { Details } from "../details";
import { QUARTERS } from "../labels";
import type { ReportSheet } from "../model";
import { tableSheet, type ColumnSpec } from "../table";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Xã, phường", kind: "text", width: 20 },
  { header: "Thôn, TDP", kind: "text", width: 18 },
  { header: "Tổ chức, nội dung khoán", kind: "text", width: 40 },
  ...QUARTERS.map((q): ColumnSpec => ({ header: q, kind: "money", width: 14, group: "Chia theo quý" })),
  { header: "Cả năm", kind: "money", width: 16, num: "5 = 1+2+3+4" },
  { header: "Căn cứ", kind: "text", width: 36 },
];
const FIRST_Q = 4;
const YEAR = 8;

export function khoanSheet(details: Details, ctx: ReportContext): ReportSheet {
  return tableSheet(
    {
      name: `Khoan_${ctx.year}`,
      title: `KHOÁN KINH PHÍ HOẠT ĐỘNG CỦA CÁC TỔ CHỨC Ở XÃ, THÔN NĂM ${ctx.year}`,
      subtitles: [`(${ctx.rulesInWords})`],
      columns: COLUMNS,
      amounts: true,
      body: function* (t) {
        const first = t.firstRow;
        let r = first;
        const sums = [0, 0, 0, 0, 0];
        for (const l of details.khoanLines()) {
          const q = [0, 1, 2, 3].map((k) => l.months[3 * k] + l.months[3 * k + 1] + l.months[3 * k + 2]);
          q.forEach((v, k) => (sums[k] += v));
          sums[4] += l.total;
          yield t.row([r - first + 1, l.donVi, l.thon ?? "Cấp xã", l.chucDanh ?? "", ...q, t.rowSum(FIRST_Q, FIRST_Q + 3, r, l.total), l.citation]);
          r++;
        }
        const last = Math.max(first, r - 1);
        yield t.row([null, "TỔNG CỘNG", null, null, ...sums.slice(0, 4).map((v, k) => t.sum(FIRST_Q + k, first, last, v)), t.sum(YEAR, first, last, sums[4]), null], "total");
        return { words: sums[4] };
      },
    },
    ctx,
  );
}
