/** Tổng hợp: every component by quarter and for the year, the total in words — the page that is signed. */
import { COMPONENT_LABELS, COMPONENTS } from "../../engine/ledger";
import type { Summary } from "../../engine/aggregate";
import type { ReportContext } from "../context";
import { QUARTERS } from "../labels";
import type { ReportSheet } from "../model";
import { tableSheet, type ColumnSpec } from "../table";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Nội dung chi", kind: "text", width: 38 },
  ...QUARTERS.map((q): ColumnSpec => ({ header: q, kind: "money", width: 16, group: "Chia theo quý" })),
  { header: "Cả năm", kind: "money", width: 18, num: "5 = 1+2+3+4" },
];
const FIRST_Q = 2;
const YEAR = 6;

/** The figures of the page: one commune's estimate or a province's consolidation. */
export type TongHopData = Pick<Summary, "byQuarter" | "totals">;

/** The notes under the table of one commune's estimate. */
export function estimateNotes(s: Pick<Summary, "unconfirmed" | "warnings">): string[] {
  const notes: string[] = [];
  if (s.unconfirmed.length)
    notes.push(`Có ${s.unconfirmed.length} giá trị tham số chưa được văn bản công bố xác nhận (tô vàng ở sheet Căn cứ pháp lý): kiểm tra và nhập giá trị chính thức ở sheet ThamSo khi có.`);
  if (s.warnings.length) notes.push(`Có ${s.warnings.length} cảnh báo khi lập dự toán: xem sheet Cảnh báo trước khi trình ký.`);
  return notes;
}

export function tongHopSheet(s: TongHopData, ctx: ReportContext, o: { notes: string[]; title?: string }): ReportSheet {
  const notes = o.notes;
  return tableSheet(
    {
      name: `TongHop_${ctx.year}`,
      title: o.title ?? `DỰ TOÁN KINH PHÍ PHỤ CẤP, HỖ TRỢ, BHXH, BHYT VÀ KHOÁN KINH PHÍ NĂM ${ctx.year}`,
      subtitles: [`(${ctx.rulesInWords})`],
      columns: COLUMNS,
      amounts: true,
      body: function* (t) {
        const first = t.firstRow;
        for (let i = 0; i < COMPONENTS.length; i++) {
          const c = COMPONENTS[i];
          const r = first + i;
          yield t.row([i + 1, COMPONENT_LABELS[c], ...s.byQuarter.map((q) => q.totals[c]), t.rowSum(FIRST_Q, FIRST_Q + 3, r, s.totals[c])]);
        }
        const last = first + COMPONENTS.length - 1;
        yield t.row(
          [null, "TỔNG CỘNG", ...s.byQuarter.map((q, i) => t.sum(FIRST_Q + i, first, last, q.totals.tong)), t.sum(YEAR, first, last, s.totals.tong)],
          "total",
        );
        return { words: s.totals.tong, notes };
      },
    },
    ctx,
  );
}
