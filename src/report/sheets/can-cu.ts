/**
 * Căn cứ pháp lý: every parameter value the estimate used — code, name, unit, value as a number or
 * percent cell (never text), effective dates, citation, confidence, where the value came from —
 * with unconfirmed values highlighted; then the amounts by legal basis.
 */
import { isoToExcelSerial } from "../../engine/calendar";
import type { Resolved } from "../../engine/params";
import type { ReportContext, ReportInput } from "../context";
import { CONFIDENCE_LABELS, UNIT_LABELS } from "../labels";
import type { CellStyle, CellValue, ReportRow, ReportSheet } from "../model";
import { FMT, HIGHLIGHT, style, tableCell, type RowRole } from "../styles";
import { tableSheet, type ColumnSpec, type Table } from "../table";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Mã tham số (dùng ở sheet ThamSo)", kind: "text", width: 30 },
  { header: "Nội dung", kind: "text", width: 46 },
  { header: "Đơn vị", kind: "center", width: 10 },
  { header: "Giá trị", kind: "money", width: 16 },
  { header: "Áp dụng từ ngày", kind: "date", width: 12 },
  { header: "Đến ngày", kind: "date", width: 12 },
  { header: "Căn cứ", kind: "text", width: 40 },
  { header: "Độ tin cậy", kind: "center", width: 14 },
  { header: "Nguồn giá trị", kind: "text", width: 20 },
  { header: "Ghi chú", kind: "text", width: 30 },
];
const VALUE = 4;

function decimals(v: string): number {
  const i = v.indexOf(".");
  return i < 0 ? 0 : v.length - i - 1;
}

/** The number format of a parameter value: percent for ratios, hệ số with its decimals, đồng, … */
export function valueFormat(unit: string, value: string): string {
  switch (unit) {
    case "ratio": {
      const d = Math.max(0, decimals(value) - 2);
      return d === 0 ? FMT.percent : `0.${"0".repeat(d)}%`;
    }
    case "coefficient": {
      const d = Math.max(2, decimals(value));
      return `0.${"0".repeat(d)}`;
    }
    case "flag":
      return FMT.flag;
    default:
      return "#,##0";
  }
}

const confidence = (r: Resolved) => CONFIDENCE_LABELS[r.confidence] ?? r.confidence;
const flagged = (r: Resolved) => r.confidence === "unconfirmed" || r.confidence === "low";

/** Row styles of a parameter row: the value cell's format, the highlight of unconfirmed values. */
function rowStyles(t: Table, fmt: string, highlight: boolean): CellStyle[] {
  const base = t.styles("body");
  const fill = highlight ? { fill: HIGHLIGHT } : {};
  return base.map((s, i) => (i === VALUE ? tableCell("money", "body", t.size, { numFmt: fmt, ...fill }) : highlight ? style({ ...s, ...fill }) : s));
}

/** One row per value; a scale (by households) gives one row per bracket. */
function paramRows(r: Resolved): { label: string; value: string }[] {
  if (typeof r.value === "string") return [{ label: r.label, value: r.value }];
  return r.value.brackets.map((b) => ({ label: `${r.label} — từ ${b.min} hộ`, value: b.value }));
}

function* parameters(t: Table, input: ReportInput, ctx: ReportContext): Generator<ReportRow, number> {
  const used = [...input.result.paramsUsed].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.from < b.from ? -1 : 1));
  const user = new Set(input.pack.userLayers);
  let n = 0;
  for (const r of used)
    for (const p of paramRows(r)) {
      const values: CellValue[] = [
        ++n,
        r.key,
        p.label,
        UNIT_LABELS[r.unit] ?? r.unit,
        Number(p.value),
        isoToExcelSerial(r.from),
        r.to ? isoToExcelSerial(r.to) : null,
        r.source.article ? `${r.source.document} ${r.source.article}` : r.source.document,
        user.has(r.layer) ? "Đơn vị tự nhập" : confidence(r),
        ctx.layerInWords(r.layer),
        r.note ?? "",
      ];
      yield t.row(values, "body", { styles: rowStyles(t, valueFormat(r.unit, p.value), flagged(r) && !user.has(r.layer)) });
    }
  return n;
}

/** Second part: amounts by legal basis, in the same grid (label over 3 columns, citation over 4). */
function* byBasis(t: Table, input: ReportInput, start: number): Generator<ReportRow> {
  const merges = [{ col: 1, cols: 3 }, { col: 5, cols: 2 }, { col: 7, cols: 4 }];
  const styleOf = (role: RowRole) => t.styles(role).map((s, i) => (i === VALUE ? tableCell("money", role, t.size) : s));
  const caption = style({ ...t.styles("total")[1], border: undefined, wrap: false });
  yield { values: [] , styles: [] };
  yield { values: ["TỔNG HỢP KINH PHÍ THEO CĂN CỨ PHÁP LÝ (đồng)"], styles: [caption] };
  const head = ["STT", "Căn cứ chính", null, null, "Số tiền", null, null, "Văn bản, điều khoản", null, null, null];
  yield t.row(head, "total", { styles: styleOf("total"), merges });
  const groups = input.summary.byLegalBasis;
  const first = start + 3;
  let total = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    total += g.totals.tong;
    yield t.row([i + 1, g.basis, null, null, g.totals.tong, null, null, g.citation, null, null, null], "body", { styles: styleOf("body"), merges });
  }
  const last = Math.max(first, first + groups.length - 1);
  yield t.row([null, "TỔNG CỘNG", null, null, t.sum(VALUE, first, last, total), null, null, null, null, null, null], "total", { styles: styleOf("total"), merges });
}

export function canCuSheet(input: ReportInput, ctx: ReportContext): ReportSheet {
  return tableSheet(
    {
      name: `CanCu_${ctx.year}`,
      title: `CĂN CỨ PHÁP LÝ VÀ THAM SỐ ĐÃ DÙNG NĂM ${ctx.year}`,
      subtitles: [`(${ctx.rulesInWords}; dòng tô vàng: giá trị chưa được văn bản công bố xác nhận)`],
      columns: COLUMNS,
      amounts: false,
      size: 10,
      body: function* (t) {
        const n = yield* parameters(t, input, ctx);
        yield* byBasis(t, input, t.firstRow + n);
        return {
          words: null,
          notes: ["Giá trị chưa xác nhận hoặc do đơn vị tự nhập: kiểm tra và thay ở sheet ThamSo (cột Mã, Giá trị, Hiệu lực từ) khi có văn bản của cấp có thẩm quyền."],
        };
      },
    },
    ctx,
  );
}
