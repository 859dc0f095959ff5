/**
 * BHXH theo quý toàn tỉnh: per commune and kind, the support each commune transfers to the BHXH fund
 * in each quarter (voluntary BHXH, BHYT), the year across the row; totals per quarter and per kind.
 */
import type { Consolidation } from "../../consolidate";
import { TRANSFER_KINDS } from "../../engine/lines/support/types";
import type { ReportContext } from "../context";
import { QUARTERS, SUPPORT_KIND_LABELS } from "../labels";
import type { ReportSheet } from "../model";
import { tableSheet, type ColumnSpec } from "../table";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Xã, phường", kind: "text", width: 24 },
  { header: "Tệp danh sách", kind: "text", width: 22 },
  { header: "Loại hỗ trợ", kind: "text", width: 16 },
  ...QUARTERS.map((q): ColumnSpec => ({ header: q, kind: "money", width: 15, group: "Số chuyển vào quỹ BHXH" })),
  { header: "Cả năm", kind: "money", width: 16, num: "5 = 1+2+3+4" },
];
const KIND = 3;
const Q1 = 4;
const YEAR = 8;

interface Line {
  xa: string;
  file: string;
  kind: (typeof TRANSFER_KINDS)[number];
  quarters: number[];
}

function lines(c: Consolidation): Line[] {
  return c.communes.flatMap((x) => TRANSFER_KINDS.filter((k) => x.transfers[k].some((v) => v !== 0)).map((kind) => ({ xa: x.xa, file: x.file, kind, quarters: x.transfers[kind] })));
}

export function hasTransfers(c: Consolidation): boolean {
  return lines(c).length > 0;
}

export function bhxhQuySheet(c: Consolidation, ctx: ReportContext): ReportSheet {
  const rows = lines(c);
  const sum = (ls: Line[], q: number) => ls.reduce((a, l) => a + l.quarters[q], 0);
  return tableSheet(
    {
      name: `BHXHQuy_${ctx.year}`,
      title: `KINH PHÍ HỖ TRỢ ĐÓNG BHXH TỰ NGUYỆN, BHYT CHUYỂN VÀO QUỸ BHXH THEO QUÝ NĂM ${ctx.year}`,
      subtitles: [`(${ctx.rulesInWords})`],
      columns: COLUMNS,
      amounts: true,
      body: function* (t) {
        const first = t.firstRow;
        for (let i = 0; i < rows.length; i++) {
          const l = rows[i];
          const year = l.quarters.reduce((a, v) => a + v, 0);
          yield t.row([i + 1, l.xa, l.file, SUPPORT_KIND_LABELS[l.kind], ...l.quarters, t.rowSum(Q1, Q1 + 3, first + i, year)]);
        }
        const last = Math.max(first, first + rows.length - 1);
        const cols = [0, 1, 2, 3].map((q) => Q1 + q).concat(YEAR);
        const total = (ls: Line[]) => [0, 1, 2, 3].map((q) => sum(ls, q)).concat([0, 1, 2, 3].reduce((a, q) => a + sum(ls, q), 0));
        const all = total(rows);
        yield t.row([null, "TỔNG CỘNG", null, null, ...cols.map((col, k) => t.sum(col, first, last, all[k]))], "total");
        for (const kind of TRANSFER_KINDS) {
          const label = SUPPORT_KIND_LABELS[kind];
          const part = total(rows.filter((l) => l.kind === kind));
          yield t.row([null, `Trong đó: ${label}`, null, null, ...cols.map((col, k) => t.sumIf(KIND, first, last, label, col, part[k]))], "subtotal");
        }
        return { words: all[4], wordsOf: "số chuyển vào quỹ BHXH cả năm" };
      },
    },
    ctx,
  );
}
