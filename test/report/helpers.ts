/**
 * Estimate workbooks for the report tests: a roster (sample file or sheets made in the test) through
 * the one pipeline (src/app), the report model, the exceljs writer, and back: cells as our .xlsx
 * reader sees them (values, formulas with cached results) and exceljs's view of styles and print setup.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runEstimate } from "../../src/app";
import type { RunOutcome } from "../../src/app/types";
import { writeReport } from "../../src/cli/xlsx/write";
import { buildReport } from "../../src/report/build";
import type { ReportWorkbook } from "../../src/report/model";
import type { SheetData } from "../../src/roster/sheet";
import { readXlsxFile } from "../../src/xlsx";

export const SAMPLE = join(__dirname, "../../samples/hung-yen-xa-mau.xlsx");
export const LEAVERS_SAMPLE = join(__dirname, "../../samples/nghi-viec-mau.xlsx");

const made: string[] = [];
export const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), "dutoan-report-"));
  made.push(d);
  return d;
};
/** Removes the folders tmp() made (call in afterAll). */
export const removeTmp = (): void => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));

export const DS_HEAD = ["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày", "BHXH", "BHYT"];
export const DV_HEAD = ["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"];

/** A small central-pack roster: sheets DanhSach and DonVi (a commune row and a village of 400 households per commune). */
export function roster(people: unknown[][], thamSo: unknown[][] = []): SheetData[] {
  const units = new Map<string, Set<string>>();
  for (const p of people) units.set(String(p[4]), (units.get(String(p[4])) ?? new Set()).add(String(p[5] ?? "Thôn 1")));
  const dv = [...units].flatMap(([xa, thons]) => [[xa, null, "Xã", "I", null], ...[...thons].map((t) => [xa, t, "Thôn", null, 400])]);
  const sheets: SheetData[] = [
    { name: "DanhSach", rows: [DS_HEAD, ...people] },
    { name: "DonVi", rows: [DV_HEAD, ...dv] },
  ];
  if (thamSo.length) sheets.push({ name: "ThamSo", rows: [["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ"], ...thamSo] });
  return sheets;
}

export function estimateOf(sheets: SheetData[], year: number, packId: string): RunOutcome {
  const r = runEstimate(sheets, { year, packId, frontDoor: "cli" });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
  return r;
}

export function bookOf(r: RunOutcome, settings?: Record<string, string>): ReportWorkbook {
  return buildReport({ result: r.result!, summary: r.summary!, pack: r.pack!, settings: settings ?? r.settings.workbook });
}

export interface Written {
  file: string;
  sheets: string[];
  /** Sheet name → rows of cells as our reader returns them (1-based rows at index − 1). */
  cells: Map<string, unknown[][]>;
}

export async function written(book: ReportWorkbook, taken: string[] = []): Promise<Written> {
  const file = join(tmp(), "du-toan.xlsx");
  const { sheets } = await writeReport(file, book, taken);
  const cells = new Map((await readXlsxFile(file)).map((s) => [s.name, s.rows]));
  return { file, sheets, cells };
}

export async function exceljsBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Index of the first row whose column `col` (0-based) equals `text`. */
export function rowWith(rows: unknown[][], text: string, col = 1): number {
  return rows.findIndex((r) => r?.[col] === text);
}

export type Cached = { formula: string; result?: unknown };
export const isCached = (v: unknown): v is Cached => typeof v === "object" && v !== null && "formula" in v;

/** The cached value of a cell (formula or plain number). */
export function valueOf(v: unknown): unknown {
  return isCached(v) ? v.result : v;
}

/** Every text of a sheet's cells, formulas included. */
export function texts(rows: unknown[][]): string[] {
  const out: string[] = [];
  for (const r of rows) for (const v of r ?? []) if (typeof v === "string") out.push(v);
  else if (isCached(v)) out.push(v.formula);
  return out;
}
