/**
 * Header rows: finding a sheet's header row in its first rows, and classifying a workbook's sheets
 * by which spec's headers they carry (a sheet is recognised by its header row, not its name).
 */
import { unwrapCell, displayValue } from "./cells";
import type { SheetData } from "./sheet";
import { SHEET_SPECS, type ColumnSpec, type SheetKind, type SheetSpec } from "./specs";
import { cachedNormalizer, normalizeKey } from "./text";

export const HEADER_SCAN_ROWS = 10;

export interface HeaderColumn {
  spec: ColumnSpec;
  /** 0-based index in the row arrays. */
  index: number;
  /** The header as written in the sheet. */
  header: string;
  /** Excel row of the header cell. */
  row: number;
}

export interface HeaderMatch {
  /** Index (in rows) of the header row; with a two-row header, its first row. */
  rowIndex: number;
  /** Index of the last header row (rowIndex, or rowIndex + 1 for a two-row header). */
  lastRowIndex: number;
  columns: Map<string, HeaderColumn>;
  /** Recognised headers that appear again: only the first is read. */
  duplicates: { column: HeaderColumn; first: HeaderColumn }[];
  /** Required columns not found. */
  missing: ColumnSpec[];
  /** Columns found, not counting STT and Ghi chú (present in every sheet). */
  score: number;
}

const GENERIC = new Set(["stt", "ghiChu"]);
const PARENS = /\([^)]*\)|\[[^\]]*\]/g;
const HAS_PARENS = /[([]/;

const lookups = new Map<SheetSpec, Map<string, ColumnSpec>>();
function lookupFor(spec: SheetSpec): Map<string, ColumnSpec> {
  let m = lookups.get(spec);
  if (!m) {
    m = new Map();
    for (const c of spec.columns)
      for (const h of [c.header, ...c.aliases]) {
        const k = normalizeKey(h);
        if (!m.has(k)) m.set(k, c);
      }
    lookups.set(spec, m);
  }
  return m;
}

/** The text of a header cell, or "" for blank/non-text. */
export function headerText(raw: unknown): string {
  const v = unwrapCell(raw);
  if (v === null || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return "";
  return displayValue(v);
}

/** The column a header text names: exact normalized match, then without text in parentheses ("Mức tiền (đồng/tháng)"). */
/** Header texts repeat in every workbook and for every sheet kind tried: normalised once. */
const headerKey = cachedNormalizer(5000);

export function matchHeader(text: string, spec: SheetSpec): ColumnSpec | undefined {
  if (!text) return undefined;
  const m = lookupFor(spec);
  const k = headerKey(text);
  if (!k) return undefined;
  const hit = m.get(k);
  if (hit) return hit;
  if (HAS_PARENS.test(text)) {
    const k2 = normalizeKey(text.replace(PARENS, " "));
    return k2 ? m.get(k2) : undefined;
  }
  return undefined;
}

function evaluate(sheet: SheetData, spec: SheetSpec, r: number): HeaderMatch {
  const startRow = sheet.startRow ?? 1;
  const row = sheet.rows[r] ?? [];
  const columns = new Map<string, HeaderColumn>();
  const duplicates: HeaderMatch["duplicates"] = [];
  const unmatched = new Set<number>();
  const width = row.length;
  for (let i = 0; i < width; i++) {
    const text = headerText(row[i]);
    const c = matchHeader(text, spec);
    if (!c) {
      unmatched.add(i);
      continue;
    }
    const hc: HeaderColumn = { spec: c, index: i, header: text.trim(), row: startRow + r };
    const first = columns.get(c.key);
    if (first) duplicates.push({ column: hc, first });
    else columns.set(c.key, hc);
  }
  // Two-row header: sub-headers (e.g. "Từ ngày" | "Đến ngày" under a merged "Thời gian") on the next row,
  // accepted only when every non-blank cell of that row is a header of this sheet.
  let lastRowIndex = r;
  const next = sheet.rows[r + 1];
  if (columns.size > 0 && next) {
    const found: HeaderColumn[] = [];
    let allHeaders = true;
    let nonBlank = 0;
    for (let i = 0; i < next.length; i++) {
      const text = headerText(next[i]);
      const raw = unwrapCell(next[i]);
      if (raw === null || (typeof raw === "string" && raw.trim() === "")) continue;
      nonBlank++;
      const c = text ? matchHeader(text, spec) : undefined;
      if (!c) {
        allHeaders = false;
        break;
      }
      if ((unmatched.has(i) || i >= width) && !columns.has(c.key)) found.push({ spec: c, index: i, header: text.trim(), row: startRow + r + 1 });
    }
    if (allHeaders && nonBlank > 0 && found.length > 0) {
      for (const hc of found) if (!columns.has(hc.spec.key)) columns.set(hc.spec.key, hc);
      lastRowIndex = r + 1;
    }
  }
  let score = 0;
  for (const k of columns.keys()) if (!GENERIC.has(k)) score++;
  const missing = spec.columns.filter((c) => c.required && !columns.has(c.key));
  return { rowIndex: r, lastRowIndex, columns, duplicates, missing, score };
}

/**
 * The best header row for `spec` among the first rows: all required columns first, then the most
 * columns, then the earliest row. Null when no row names any column of the spec.
 */
export function findHeader(sheet: SheetData, spec: SheetSpec, scan = HEADER_SCAN_ROWS): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const n = Math.min(scan, sheet.rows.length);
  for (let r = 0; r < n; r++) {
    const m = evaluate(sheet, spec, r);
    if (m.columns.size === 0) continue;
    if (
      !best ||
      (m.missing.length === 0 && best.missing.length > 0) ||
      ((m.missing.length === 0) === (best.missing.length === 0) && m.score > best.score)
    )
      best = m;
  }
  return best;
}

export interface SheetMatch {
  kind: SheetKind;
  spec: SheetSpec;
  sheet: SheetData;
  /** Position of the sheet in the workbook. */
  index: number;
  match: HeaderMatch;
}

export interface Classification {
  /** The sheet read for each kind. */
  found: Partial<Record<SheetKind, SheetMatch>>;
  /** Other sheets with a complete header of a kind already found (not read). */
  extra: SheetMatch[];
  /** For kinds not found: a sheet that looks like one but lacks required columns. */
  nearMiss: Partial<Record<SheetKind, SheetMatch>>;
  /** For kinds not found: a non-empty sheet named like the kind whose header row was not found. */
  namedNoHeader: Partial<Record<SheetKind, { sheet: SheetData; index: number }>>;
}

function squash(name: string): string {
  return normalizeKey(name).replace(/ /g, "");
}

function hasContent(sheet: SheetData): boolean {
  for (const row of sheet.rows) if (row) for (const c of row) if (headerText(c) || typeof unwrapCell(c) === "number") return true;
  return false;
}

/** Classifies sheets by their header rows; a sheet named like the spec (DanhSach) wins ties. */
export function classifySheets(sheets: SheetData[]): Classification {
  const complete = new Map<SheetKind, SheetMatch[]>();
  const partial: SheetMatch[] = [];
  const nameOf = (spec: SheetSpec) => spec.name.toLowerCase();
  sheets.forEach((sheet, index) => {
    let bestComplete: SheetMatch | null = null;
    let bestPartial: SheetMatch | null = null;
    for (const spec of SHEET_SPECS) {
      const match = findHeader(sheet, spec);
      if (!match) continue;
      const sm: SheetMatch = { kind: spec.kind, spec, sheet, index, match };
      const named = squash(sheet.name) === nameOf(spec);
      if (match.missing.length === 0) {
        if (!bestComplete || match.score > bestComplete.match.score || (named && match.score === bestComplete.match.score)) bestComplete = sm;
      } else {
        const required = spec.columns.filter((c) => c.required).length;
        const eligible = named || (match.score >= 2 && match.missing.length < required);
        if (eligible && (!bestPartial || match.score > bestPartial.match.score || (named && match.score === bestPartial.match.score)))
          bestPartial = sm;
      }
    }
    // A sheet complete for one kind can still be another kind missing a column (a NghiViec sheet without
    // "Ngày nghỉ" has every required column of DanhSach): the other kind wins when it matches more
    // columns, or when the sheet is named after it and not after the complete kind.
    const isNamed = (m: SheetMatch) => squash(sheet.name) === nameOf(m.spec);
    if (bestComplete && bestPartial && (bestPartial.match.score > bestComplete.match.score || (isNamed(bestPartial) && !isNamed(bestComplete)))) bestComplete = null;
    if (bestComplete) {
      const list = complete.get(bestComplete.kind) ?? [];
      list.push(bestComplete);
      complete.set(bestComplete.kind, list);
    } else if (bestPartial) partial.push(bestPartial);
  });
  const out: Classification = { found: {}, extra: [], nearMiss: {}, namedNoHeader: {} };
  for (const spec of SHEET_SPECS) {
    const list = complete.get(spec.kind) ?? [];
    if (list.length) {
      // A visible sheet wins over a hidden one (a hidden "DanhSach" is often a stale copy).
      const visible = list.filter((m) => !m.sheet.hidden);
      const pool = visible.length ? visible : list;
      const chosen = pool.find((m) => squash(m.sheet.name) === nameOf(spec)) ?? pool[0];
      out.found[spec.kind] = chosen;
      for (const m of list) if (m !== chosen) out.extra.push(m);
      continue;
    }
    const kindPartial = partial.filter((m) => m.kind === spec.kind).sort((a, b) => Number(!!a.sheet.hidden) - Number(!!b.sheet.hidden));
    const near = kindPartial.find((m) => squash(m.sheet.name) === nameOf(spec)) ?? kindPartial[0];
    if (near) {
      out.nearMiss[spec.kind] = near;
      continue;
    }
    const idx = sheets.findIndex((s) => squash(s.name) === nameOf(spec));
    if (idx >= 0 && hasContent(sheets[idx]) && !partial.some((m) => m.index === idx) && ![...complete.values()].flat().some((m) => m.index === idx))
      out.namedNoHeader[spec.kind] = { sheet: sheets[idx], index: idx };
  }
  return out;
}
