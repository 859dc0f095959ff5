/**
 * Roster workbook → validated records (RosterRow, UnitRow, ThamSoRow, LeaverRow, DoiChieuRow),
 * settings and located issues. Independent of Excel: sheets arrive as arrays of cell values
 * (Office.js, src/xlsx, exceljs, tests). Each sheet has its own module; this one finds the sheets
 * (by header row, visible before hidden) and decides whether the workbook is a job at all.
 */
import type { DoiChieuRow, LeaverRow, RosterRow, ThamSoRow, UnitRow } from "../engine/types";
import type { ResolvedPack } from "../packs/load";
import { readDanhSach } from "./danhsach";
import { readDoiChieu } from "./doichieu";
import { readDonVi } from "./donvi";
import { classifySheets, type Classification } from "./headers";
import { IssueList, type RosterIssue } from "./messages";
import { readNghiViec } from "./nghiviec";
import { hintFor } from "./plausible";
import type { SheetData } from "./sheet";
import { DANH_SACH, DOI_CHIEU_BHXH, DON_VI, NGHI_VIEC, THAM_SO, type SheetKind } from "./specs";
import { readThamSo, type SettingsAt } from "./thamso-sheet";
import type { UnitIndex } from "./units";
import { classificationIssues, donViEmpty, nothingToCompute } from "./workbook-issues";

export interface ReadOptions {
  /** Most data rows per sheet (default 200000). */
  maxRows?: number;
  /** Most issues listed (default 1000); the rest are counted in one ISSUES_TRUNCATED issue. */
  maxIssues?: number;
  /**
   * Which sheets to read (default all). E.g. ["thamSo"] for a separate parameters file
   * (`--params ThamSo.xlsx`): then a missing DanhSach is not an error.
   */
  kinds?: SheetKind[];
  /** The estimate year, when known: the lương cơ sở of that year is quoted in plausibility messages. */
  year?: number;
}

export interface ReadResult {
  /** Valid DanhSach rows (rows with an error are left out; the error is in `issues`). */
  rows: RosterRow[];
  units: UnitRow[];
  thamSo: ThamSoRow[];
  /** Valid NghiViec rows (people leaving), when the workbook has that sheet. */
  leavers: LeaverRow[];
  /** Valid DoiChieuBHXH rows (the BHXH agency's figures), when the workbook has that sheet. */
  doiChieu: DoiChieuRow[];
  /**
   * ThamSo settings rows `caiDat.*` as text (thamso-sheet.ts SETTINGS): caiDat.goi, caiDat.nam, … Always
   * set by readWorkbook (optional only so results built elsewhere, e.g. an empty one, stay valid).
   */
  settings?: Record<string, string>;
  /** Where each setting was read, for located errors about its value (always set by readWorkbook). */
  settingsAt?: SettingsAt;
  issues: RosterIssue[];
  sheetsFound: { danhSach?: string; donVi?: string; thamSo?: string; nghiViec?: string; doiChieuBhxh?: string };
}

export const DEFAULT_MAX_ROWS = 200000;
export const DEFAULT_MAX_ISSUES = 1000;
const ALL_KINDS: SheetKind[] = ["danhSach", "donVi", "thamSo", "nghiViec", "doiChieuBhxh"];

function readUnits(cls: Classification, issues: IssueList, maxRows: number): { units: UnitRow[]; index: UnitIndex | null; count: number } {
  const f = cls.found.donVi;
  if (!f) return { units: [], index: null, count: 0 };
  const d = readDonVi(f, issues, maxRows);
  if (d.index.size === 0) issues.push(donViEmpty(f.sheet.name));
  return { units: d.units, index: d.index.size > 0 ? d.index : null, count: d.index.size };
}

/**
 * Reads a roster workbook: finds the DanhSach, DonVi, ThamSo, NghiViec and DoiChieuBHXH sheets by
 * their header rows and returns their valid records, the settings and every issue. A job needs
 * rows in at least one of DanhSach, NghiViec (leavers only) or DonVi (funds and khoán only).
 * ThamSo keys and values are checked against the pack by thamSoToOverride (call it with `thamSo`).
 */
export function readWorkbook(sheets: SheetData[], pack: ResolvedPack, opts: ReadOptions = {}): ReadResult {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  const issues = new IssueList(opts.maxIssues ?? DEFAULT_MAX_ISSUES);
  const kinds = new Set<SheetKind>(opts.kinds ?? ALL_KINDS);
  const cls = classifySheets(sheets);
  for (const kind of ALL_KINDS) if (!kinds.has(kind)) delete cls.found[kind];
  const sheetsFound: ReadResult["sheetsFound"] = {};
  for (const kind of ALL_KINDS) if (cls.found[kind]) sheetsFound[kind] = cls.found[kind]!.sheet.name;
  classificationIssues(cls, sheets, kinds, issues);
  const hint = hintFor(pack, opts.year);

  const u = readUnits(cls, issues, maxRows);
  const ds = cls.found.danhSach
    ? readDanhSach(cls.found.danhSach, { pack, unitIndex: u.index, donViSheet: cls.found.donVi?.sheet.name, hint, maxRows }, issues)
    : { rows: [], count: 0 };
  const ts = cls.found.thamSo ? readThamSo(cls.found.thamSo, pack, issues, maxRows) : { rows: [], settings: {}, settingsAt: {} };
  const nv = cls.found.nghiViec ? readNghiViec(cls.found.nghiViec, issues, maxRows, hint) : { leavers: [], count: 0 };
  const doiChieu = cls.found.doiChieuBhxh ? readDoiChieu(cls.found.doiChieuBhxh, issues, maxRows) : [];
  if (kinds.has("danhSach") && ds.count === 0 && nv.count === 0 && u.count === 0) {
    const none = nothingToCompute(cls, sheets);
    if (none) issues.push(none);
  }
  return {
    rows: ds.rows, units: u.units, thamSo: ts.rows, leavers: nv.leavers, doiChieu, settings: ts.settings, settingsAt: ts.settingsAt,
    issues: issues.finish(sheets.map((s) => s.name)), sheetsFound,
  };
}

export { DANH_SACH, DON_VI, THAM_SO, NGHI_VIEC, DOI_CHIEU_BHXH };
