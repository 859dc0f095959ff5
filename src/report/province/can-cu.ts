/**
 * Căn cứ toàn tỉnh: (1) every built-in parameter value the communes' estimates used, with how many
 * communes used it, unconfirmed values highlighted; (2) the values communes typed themselves (sheet
 * ThamSo), per commune; (3) per commune, which unconfirmed values its figures depend on.
 */
import type { CommuneNotes, Consolidation, ParamUse } from "../../consolidate";
import { isoToExcelSerial } from "../../engine/calendar";
import type { ReportContext } from "../context";
import { CONFIDENCE_LABELS } from "../labels";
import type { CellValue, ReportRow, ReportSheet } from "../model";
import { valueFormat } from "../sheets/can-cu";
import { HIGHLIGHT, style, tableCell } from "../styles";
import { tableSheet, type ColumnSpec, type Table } from "../table";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Mã tham số (dùng ở sheet ThamSo)", kind: "text", width: 28 },
  { header: "Nội dung", kind: "text", width: 40 },
  { header: "Giá trị", kind: "money", width: 15 },
  { header: "Áp dụng từ ngày", kind: "date", width: 12 },
  { header: "Đến ngày", kind: "date", width: 12 },
  { header: "Căn cứ", kind: "text", width: 36 },
  { header: "Độ tin cậy", kind: "center", width: 13 },
  { header: "Nguồn giá trị", kind: "text", width: 18 },
  { header: "Xã, phường áp dụng", kind: "text", width: 26 },
];
const VALUE = 3;
const flagged = (confidence: string) => confidence === "unconfirmed" || confidence === "low";
const numeric = (v: string) => /^-?\d+(\.\d+)?$/.test(v);

function valueRow(t: Table, values: CellValue[], value: string, unit: string, highlight: boolean): ReportRow {
  const fill = highlight ? { fill: HIGHLIGHT } : {};
  const fmt = numeric(value) ? valueFormat(unit, value) : "@";
  const styles = t.styles("body").map((s, i) => (i === VALUE ? tableCell(numeric(value) ? "money" : "text", "body", t.size, { numFmt: fmt, ...fill }) : highlight ? style({ ...s, ...fill }) : s));
  return t.row(values, "body", { styles });
}

function caption(t: Table, text: string): ReportRow {
  return { values: [null, text], styles: [undefined, style({ ...t.styles("total")[1], border: undefined, wrap: false })] };
}

function* used(t: Table, uses: ParamUse[], communes: number, ctx: ReportContext): Generator<ReportRow> {
  let n = 0;
  for (const { note, communes: k } of uses) {
    const v = note.value;
    const values: CellValue[] = [++n, note.key, note.label, numeric(v) ? Number(v) : v, isoToExcelSerial(note.from), note.to ? isoToExcelSerial(note.to) : null, note.citation, CONFIDENCE_LABELS[note.confidence] ?? note.confidence, ctx.layerInWords(note.layer), k >= communes ? `Tất cả ${communes} xã, phường` : `${k} xã, phường`];
    yield valueRow(t, values, v, note.unit, flagged(note.confidence));
  }
}

function* typed(t: Table, lists: CommuneNotes[], units: Map<string, string>): Generator<ReportRow> {
  let n = 0;
  for (const l of lists)
    for (const note of l.notes) {
      const v = note.value;
      const values: CellValue[] = [++n, note.key, note.label, numeric(v) ? Number(v) : v, isoToExcelSerial(note.from), note.to ? isoToExcelSerial(note.to) : null, note.citation, "Xã tự nhập", `${note.layer} (${l.file})`, l.communes.join(", ")];
      yield valueRow(t, values, v, units.get(note.key) ?? "", false);
    }
}

function* unconfirmed(t: Table, lists: CommuneNotes[]): Generator<ReportRow> {
  let n = 0;
  for (const l of lists) {
    const keys = [...new Set(l.notes.map((x) => x.key))];
    yield t.row([++n, keys.join(", "), `${keys.length} tham số chưa xác nhận`, null, null, null, null, "Chưa xác nhận", l.file, l.communes.join(", ")]);
  }
}

export function canCuTinhSheet(c: Consolidation, ctx: ReportContext): ReportSheet {
  // a value a commune typed has the unit of the built-in parameter it replaces
  const units = new Map(c.params.map((p) => [p.note.key, p.note.unit]));
  return tableSheet(
    {
      name: `CanCu_${ctx.year}`,
      title: `CĂN CỨ PHÁP LÝ VÀ THAM SỐ ĐÃ DÙNG NĂM ${ctx.year} (TOÀN TỈNH)`,
      subtitles: [`(${ctx.rulesInWords}; dòng tô vàng: giá trị chưa được văn bản công bố xác nhận)`],
      columns: COLUMNS,
      amounts: false,
      size: 10,
      body: function* (t) {
        yield* used(t, c.params, c.communes.length, ctx);
        if (c.userSupplied.length) {
          yield caption(t, "GIÁ TRỊ DO XÃ, PHƯỜNG TỰ NHẬP (sheet ThamSo của sổ danh sách)");
          yield* typed(t, c.userSupplied, units);
        }
        if (c.unconfirmed.length) {
          yield caption(t, "XÃ, PHƯỜNG CÓ SỐ LIỆU DÙNG GIÁ TRỊ CHƯA XÁC NHẬN");
          yield* unconfirmed(t, c.unconfirmed);
        }
        return { words: null, notes: ["Giá trị chưa xác nhận: khi có văn bản của cấp có thẩm quyền, nhập giá trị chính thức (tệp --params hoặc gói của tỉnh --pack-file) rồi tổng hợp lại."] };
      },
    },
    ctx,
  );
}
