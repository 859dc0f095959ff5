/**
 * Tệp có lỗi: every workbook left out of the consolidation, with each of its located errors (sheet,
 * row, column, what is wrong), so the Sở can send each commune its own list. Workbooks skipped on
 * purpose (estimates DuToan wrote) are listed after them.
 */
import type { Consolidation } from "../../consolidate";
import type { ReportContext } from "../context";
import type { CellValue, ReportSheet } from "../model";
import { tableSheet, type ColumnSpec } from "../table";

/** Errors listed per file; a longer list ends with how many more (the commune checks its own file). */
export const ERRORS_PER_FILE = 200;

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 5 },
  { header: "Tệp", kind: "text", width: 26 },
  { header: "Sheet", kind: "text", width: 12 },
  { header: "Dòng", kind: "count", width: 7 },
  { header: "Cột", kind: "text", width: 16 },
  { header: "Lỗi", kind: "text", width: 80 },
];

export function hasProblems(c: Consolidation): boolean {
  return c.failed.length > 0 || c.skipped.length > 0;
}

export function tepLoiSheet(c: Consolidation, ctx: ReportContext): ReportSheet {
  return tableSheet(
    {
      name: `TepLoi_${ctx.year}`,
      title: `TỆP KHÔNG ĐƯỢC TỔNG HỢP NĂM ${ctx.year}`,
      subtitles: [`(${c.failed.length} tệp có lỗi, ${c.skipped.length} tệp bỏ qua; các tệp khác vẫn được tổng hợp)`],
      columns: COLUMNS,
      amounts: false,
      size: 10,
      signature: false,
      body: function* (t) {
        let n = 0;
        for (const f of c.failed) {
          ++n;
          const shown = f.errors.slice(0, ERRORS_PER_FILE);
          for (let i = 0; i < shown.length; i++) {
            const e = shown[i];
            const values: CellValue[] = [i === 0 ? n : null, f.file, e.sheet ?? null, e.row ?? null, e.column ?? null, e.message];
            yield t.row(values);
          }
          if (f.errors.length > shown.length) yield t.row([null, f.file, null, null, null, `… và ${f.errors.length - shown.length} lỗi khác: chạy “dutoan validate ${f.file}” để xem đủ.`]);
          if (f.hint) yield t.row([null, f.file, null, null, null, `Gợi ý: ${f.hint}`]);
        }
        for (const s of c.skipped) yield t.row([++n, s.file, null, null, null, s.reason]);
        return { words: null, notes: ["Sửa từng tệp (hoặc gửi lại cho xã, phường sửa), kiểm tra bằng “dutoan validate <tệp>”, rồi chạy lại lệnh tổng hợp."] };
      },
    },
    ctx,
  );
}
