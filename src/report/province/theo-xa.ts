/**
 * Theo xã, phường: one row per commune — its workbook, people, every component in its own column,
 * the total (a SUM across the row) — and a TỔNG CỘNG row of SUMs.
 */
import type { Consolidation } from "../../consolidate";
import { COMPONENT_LABELS, COMPONENTS } from "../../engine/ledger";
import type { ReportContext } from "../context";
import type { ReportSheet } from "../model";
import { tableSheet, type ColumnSpec } from "../table";

const FIRST = 4;
const LAST = FIRST + COMPONENTS.length - 1;
const TOTAL = LAST + 1;
const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 5 },
  { header: "Xã, phường", kind: "text", width: 20 },
  { header: "Tệp danh sách", kind: "text", width: 20 },
  { header: "Số người", kind: "count", width: 8 },
  ...COMPONENTS.map((c): ColumnSpec => ({ header: COMPONENT_LABELS[c], kind: "money", width: 13, group: "Chia theo khoản chi" })),
  { header: "Tổng cộng", kind: "money", width: 15, num: `${COMPONENTS.length + 2} = 2+…+${COMPONENTS.length + 1}` },
];

export function theoXaSheet(c: Consolidation, ctx: ReportContext): ReportSheet {
  return tableSheet(
    {
      name: `TheoXa_${ctx.year}`,
      title: `DỰ TOÁN KINH PHÍ THEO XÃ, PHƯỜNG NĂM ${ctx.year}`,
      subtitles: [`(${ctx.rulesInWords})`],
      columns: COLUMNS,
      amounts: true,
      size: 9,
      freezeCols: 2,
      body: function* (t) {
        const first = t.firstRow;
        let people = 0;
        for (let i = 0; i < c.communes.length; i++) {
          const x = c.communes[i];
          people += x.people;
          yield t.row([i + 1, x.xa, x.file, x.people, ...COMPONENTS.map((k) => x.totals[k]), t.rowSum(FIRST, LAST, first + i, x.totals.tong)]);
        }
        const last = Math.max(first, first + c.communes.length - 1);
        const sums = COMPONENTS.map((k, i) => t.sum(FIRST + i, first, last, c.totals[k]));
        yield t.row([null, "TỔNG CỘNG", `${c.communes.length} xã, phường`, t.sum(3, first, last, people), ...sums, t.sum(TOTAL, first, last, c.totals.tong)], "total");
        return { words: c.totals.tong };
      },
    },
    ctx,
  );
}
