/**
 * "Điền ThamSo": writes into sheet ThamSo the parameters the roster will need that the pack leaves
 * empty or unconfirmed (needs.ts) — code, name in words, unit, effective date, citation, value blank
 * for the officer to fill — so the list of what must be supplied comes before the estimate fails on
 * it. Existing ThamSo rows are never changed: missing ones are appended (inside the sheet's table
 * when it has one); without a ThamSo sheet a new one is made. A blank value is an error the check
 * shows at its cell until the officer types the value (or deletes the row to keep the pack's
 * placeholder).
 */
import { SETTING_PACK, SETTING_YEAR, type PackFileInput, type RunOutcome } from "../app";
import type { ResolvedPack, Unit } from "../packs";
import { cells, THAM_SO, type SheetData } from "../roster";
import { classifySheets, type SheetMatch } from "../roster/headers";
import { freeSheetName } from "../report/model";
import { neededParameters, type NeededParam } from "./needs";
import type { HostFeatures } from "./office";
import type { Progress } from "./payload";
import { readWorkbookSheets } from "./read";
import { appendRows, excelSerial, freeTableName, queueTableSheet, type TableColumn } from "./tables";

/** A ThamSo row by column key (the spec's keys, plus "donViTinh"). */
export type ThamSoRecord = Partial<Record<"stt" | "ma" | "tenThamSo" | "giaTri" | "donViTinh" | "hieuLucTu" | "canCu" | "ghiChu", string | number>>;

const header = (key: string) => THAM_SO.columns.find((c) => c.key === key)!.header;

/** The pane's ThamSo layout: the spec's columns and "Đơn vị tính" (a column the reader ignores). */
export const THAMSO_COLUMNS: (TableColumn & { key: keyof ThamSoRecord })[] = [
  { key: "stt", header: header("stt"), numFmt: "@", width: 6 },
  { key: "ma", header: header("ma"), numFmt: "@", width: 34 },
  { key: "tenThamSo", header: header("tenThamSo"), numFmt: "@", width: 44 },
  { key: "giaTri", header: header("giaTri"), numFmt: "General", width: 14 },
  { key: "donViTinh", header: "Đơn vị tính", numFmt: "@", width: 16 },
  { key: "hieuLucTu", header: header("hieuLucTu"), numFmt: "dd/mm/yyyy", width: 13 },
  { key: "canCu", header: header("canCu"), numFmt: "@", width: 40 },
  { key: "ghiChu", header: header("ghiChu"), numFmt: "@", width: 60 },
];

const UNIT_WORDS: Record<Unit, string> = {
  VND: "đồng",
  coefficient: "hệ số",
  ratio: "tỷ lệ (0,17 = 17%)",
  households: "hộ",
  count: "người",
  flag: "1 = có, 0 = không",
  months: "tháng",
};

function vnNumber(s: string): string {
  const [i, f] = s.split(".");
  return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}${f ? `,${f}` : ""}`;
}

/** Settings rows for the pack and year the workbook is made for. */
export function settingsRows(pack: ResolvedPack, year: number): ThamSoRecord[] {
  return [
    { ma: SETTING_PACK, tenThamSo: "Gói tham số của sổ này", giaTri: pack.id, ghiChu: `${pack.name}: dùng khi không chọn gói khác trong ngăn tác vụ hay --pack` },
    { ma: SETTING_YEAR, tenThamSo: "Năm dự toán", giaTri: year, ghiChu: "dùng khi không chọn năm khác" },
  ];
}

export function needRecord(n: NeededParam): ThamSoRecord {
  const note =
    n.reason === "missing"
      ? "Gói chưa có giá trị: bắt buộc nhập trước khi lập dự toán."
      : `Gói có giá trị tạm ${vnNumber(n.packValue ?? "")} (chưa xác nhận): nhập giá trị theo văn bản của đơn vị, hoặc xóa dòng này để dùng giá trị tạm.`;
  return { ma: n.key, tenThamSo: n.label, donViTinh: UNIT_WORDS[n.unit], hieuLucTu: excelSerial(n.from), canCu: n.citation, ghiChu: note };
}

/** Records as rows of the pane's ThamSo layout. */
export function thamSoTableRows(records: ThamSoRecord[]): unknown[][] {
  return records.map((r) => THAMSO_COLUMNS.map((c) => r[c.key] ?? null));
}

/** Mã cells already in a ThamSo sheet (lower case). */
function existingKeys(found: SheetMatch): Set<string> {
  const ma = found.match.columns.get("ma");
  const out = new Set<string>();
  if (!ma) return out;
  found.sheet.rows.forEach((row, r) => {
    const v = r > found.match.lastRowIndex ? cells.unwrapCell(row?.[ma.index]) : null;
    if (v !== null) out.add(cells.displayValue(v).trim().toLowerCase());
  });
  return out;
}

/**
 * Appends the records whose Mã the sheet lacks, in the sheet's own columns (the unit goes into
 * Ghi chú when the sheet has no "Đơn vị tính"). Returns the Mã added.
 */
export async function appendThamSoRows(context: Excel.RequestContext, found: SheetMatch, records: ThamSoRecord[], _sheets: SheetData[]): Promise<string[]> {
  const have = existingKeys(found);
  const fresh = records.filter((r) => !have.has(String(r.ma).toLowerCase()));
  if (!fresh.length) return [];
  const cols = found.match.columns;
  const indexes = [...cols.values()].map((c) => c.index);
  const first = Math.min(...indexes);
  const unitCol = found.sheet.rows[found.match.rowIndex]?.findIndex((h) => typeof h === "string" && /^đơn vị tính$/i.test(h.trim())) ?? -1;
  const width = Math.max(...indexes, unitCol) - first + 1;
  const rows = fresh.map((r) => {
    const row: unknown[] = Array.from({ length: width }, () => null);
    for (const [key, hc] of cols) if (r[key as keyof ThamSoRecord] !== undefined) row[hc.index - first] = r[key as keyof ThamSoRecord];
    if (unitCol >= 0 && r.donViTinh) row[unitCol - first] = r.donViTinh;
    else if (r.donViTinh && cols.get("ghiChu")) row[cols.get("ghiChu")!.index - first] = `Đơn vị: ${r.donViTinh}. ${r.ghiChu ?? ""}`.trim();
    return row;
  });
  const formats = Array.from({ length: width }, (_, i) => {
    const key = [...cols].find(([, hc]) => hc.index - first === i)?.[0];
    return key === "hieuLucTu" ? "dd/mm/yyyy" : key === "giaTri" ? "General" : "@";
  });
  const startRow = (found.sheet.startRow ?? 1) - 1 + found.sheet.rows.length;
  await appendRows(context, { sheet: found.sheet.name, row: startRow, col: (found.sheet.startCol ?? 1) - 1 + first, width }, rows, formats);
  return fresh.map((r) => String(r.ma));
}

export interface FillOptions {
  packId?: string;
  year?: number;
  packFiles?: PackFileInput[];
  fallbackYear: number;
  features?: HostFeatures;
  progress?: Progress;
}

export interface FillResult {
  outcome: RunOutcome;
  needs: NeededParam[];
  /** Where the rows went: the sheet, and whether it was made now. */
  sheet: string | null;
  createdSheet: boolean;
  /** Mã written. */
  written: string[];
}

/** Reads the workbook, finds what the roster needs, writes it into ThamSo. */
export async function fillThamSo(context: Excel.RequestContext, o: FillOptions): Promise<FillResult> {
  const read = await readWorkbookSheets(context, { features: o.features, progress: o.progress });
  const { outcome, needs } = neededParameters(read.sheets, o);
  const base = { outcome, needs, sheet: null, createdSheet: false, written: [] };
  if (!needs.length) return base;
  const records = needs.map(needRecord);
  const found = classifySheets(read.sheets).found.thamSo;
  if (found) {
    const written = await appendThamSoRows(context, found, records, read.sheets);
    return { ...base, sheet: found.sheet.name, written };
  }
  const name = freeSheetName(THAM_SO.name, read.info.map((s) => s.name));
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const ws = context.workbook.worksheets.add(name);
  const settings = outcome.pack && outcome.settings.year ? settingsRows(outcome.pack, outcome.settings.year) : [];
  queueTableSheet(ws, THAMSO_COLUMNS, thamSoTableRows([...settings, ...records]), freeTableName("tblThamSo", tables.items.map((t) => t.name)));
  ws.activate();
  await context.sync();
  return { ...base, sheet: name, createdSheet: true, written: records.map((r) => String(r.ma)) };
}
