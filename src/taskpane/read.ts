/**
 * Reading a workbook at any size (Excel on the web answers at most 5 MB per request):
 * 1. the sheets, their marks (marks.ts: the add-in's own sheets are skipped) and used ranges;
 * 2. the first rows of each sheet (header detection looks at ≤ 10 rows), to find the roster sheets;
 * 3. the roster sheets only, in row blocks sized from the bytes each row carries, several small
 *    sheets per request and one request per block of a big one; the block size adapts to what the
 *    previous block weighed, and a block Excel refuses as too big is read again in halves.
 * Sheets that are not roster sheets are passed on with their first rows only: enough for the
 * reader's messages about sheets that look like a roster but lack a column.
 */
import { HEADER_SCAN_ROWS, classifySheets, type Classification } from "../roster/headers";
import type { SheetData, SheetKind } from "../roster";
import { readMark, type SheetMark } from "./marks";
import { hostFeatures, type HostFeatures } from "./office";
import { BLOCK_BUDGET, BLOCK_CELLS, jsonBytes, yieldToPage, type Progress } from "./payload";
import { findHiddenRows, type Segment } from "./hidden-rows";

export interface Grid {
  r: number;
  c: number;
  h: number;
  w: number;
}

export interface SheetInfo {
  name: string;
  visibility: string;
  mark: SheetMark | null;
  /** The used range (values only), 0-based; null for an empty sheet. */
  used: Grid | null;
}

export interface ReadResult {
  /** Every user sheet: roster sheets in full, the others with their first rows. */
  sheets: SheetData[];
  /** All sheets with their marks (for the estimate's rerun and the template). */
  info: SheetInfo[];
  /** Merged cells could not be read (ExcelApi 1.13 missing). */
  mergesUnknown: boolean;
}

/** Sheets, marks and used ranges: two syncs whatever the workbook holds. */
export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  const probes = worksheets.items.map((ws) => {
    const names = ws.names;
    names.load("items/name,items/formula");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name: ws.name, visibility: ws.visibility as string, names, used };
  });
  await context.sync();
  return probes.map((p) => ({
    name: p.name,
    visibility: p.visibility,
    mark: readMark(p.names.items.map((n) => ({ name: n.name, formula: n.formula }))),
    used: p.used.isNullObject ? null : { r: p.used.rowIndex, c: p.used.columnIndex, h: p.used.rowCount, w: p.used.columnCount },
  }));
}

function emptySheet(s: SheetInfo): SheetData {
  const hidden = s.visibility !== "Visible";
  return {
    name: s.name,
    rows: [],
    startRow: (s.used?.r ?? 0) + 1,
    startCol: (s.used?.c ?? 0) + 1,
    merges: [],
    hidden,
    state: s.visibility === "VeryHidden" ? "veryHidden" : hidden ? "hidden" : "visible",
  };
}

/** The first rows of each sheet, several sheets per sync (at most BLOCK_CELLS cells each). */
async function readHeads(context: Excel.RequestContext, sheets: SheetInfo[], out: Map<string, SheetData>): Promise<void> {
  const pending = sheets.filter((s) => s.used);
  while (pending.length) {
    let cells = 0;
    const batch: { s: SheetInfo; range: Excel.Range }[] = [];
    while (pending.length && (batch.length === 0 || cells + pending[0].used!.w * HEADER_SCAN_ROWS <= BLOCK_CELLS)) {
      const s = pending.shift()!;
      const u = s.used!;
      const h = Math.min(HEADER_SCAN_ROWS, u.h);
      const range = context.workbook.worksheets.getItem(s.name).getRangeByIndexes(u.r, u.c, h, u.w);
      range.load("values");
      batch.push({ s, range });
      cells += h * u.w;
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per group of sheets (≤ 1,000,000 cells), not per sheet
    await context.sync();
    for (const { s, range } of batch) out.get(s.name)!.rows = range.values as unknown[][];
  }
}

interface Chunk {
  sheet: SheetInfo;
  /** Row offset inside the used range, and row count. */
  from: number;
  rows: number;
}

/** Bytes one row of a sheet is expected to weigh, from the rows already read (with a margin). */
function rowWeight(rows: unknown[][], width: number): number {
  let max = 0;
  for (const r of rows) max = Math.max(max, jsonBytes(r));
  return Math.max(max * 1.5, width * 6, 16);
}

interface Plan {
  weight: Map<string, number>;
  /** Next row offset to read, per sheet. */
  next: Map<string, number>;
}

/** The chunks of the next request: as many rows as fit the budget, small sheets sharing a request. */
function nextRequest(todo: SheetInfo[], plan: Plan): Chunk[] {
  const chunks: Chunk[] = [];
  let bytes = 0;
  let cells = 0;
  for (const s of todo) {
    const u = s.used!;
    const from = plan.next.get(s.name)!;
    if (from >= u.h) continue;
    const w = plan.weight.get(s.name)!;
    const fit = Math.min(Math.floor((BLOCK_BUDGET - bytes) / w), Math.floor((BLOCK_CELLS - cells) / u.w), u.h - from);
    if (fit < 1) {
      if (chunks.length) break;
      chunks.push({ sheet: s, from, rows: 1 });
      break;
    }
    chunks.push({ sheet: s, from, rows: fit });
    bytes += fit * w;
    cells += fit * u.w;
    if (from + fit < u.h) break;
  }
  return chunks;
}

function isTooBig(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? "";
  return /PayloadSizeLimitExceeded|RangeExceedsLimit/.test(code);
}

/** One request: the values (and merged areas) of each chunk. Returns false when Excel found it too big. */
async function readChunks(context: Excel.RequestContext, chunks: Chunk[], features: HostFeatures, out: Map<string, SheetData>, plan: Plan): Promise<boolean> {
  const reads = chunks.map((ch) => {
    const u = ch.sheet.used!;
    const range = context.workbook.worksheets.getItem(ch.sheet.name).getRangeByIndexes(u.r + ch.from, u.c, ch.rows, u.w);
    range.load("values");
    range.load("rowHidden");
    const merged = features.mergedAreas ? range.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    return { ch, range, merged };
  });
  try {
    await context.sync();
  } catch (e) {
    if (!isTooBig(e)) throw e;
    return false;
  }
  const mixed: Segment[] = [];
  for (const { ch, range, merged } of reads) {
    const sd = out.get(ch.sheet.name)!;
    const values = range.values as unknown[][];
    if (ch.from === 0) sd.rows = values;
    else for (const row of values) sd.rows.push(row);
    if (merged && !merged.isNullObject) sd.merges!.push(...merged.address.split(",").map((a) => a.trim()).filter(Boolean));
    if (range.rowHidden !== false) mixed.push({ sheet: ch.sheet.name, r: ch.sheet.used!.r + ch.from, c: ch.sheet.used!.c, h: ch.rows, state: range.rowHidden });
    plan.next.set(ch.sheet.name, ch.from + ch.rows);
    // the next block of this sheet is sized from what this one weighed
    plan.weight.set(ch.sheet.name, rowWeight(values, ch.sheet.used!.w));
  }
  for (const h of await findHiddenRows(context, mixed)) out.get(h.sheet)!.hiddenRows = [...(out.get(h.sheet)!.hiddenRows ?? []), ...h.rows];
  return true;
}

/** Reads the needed sheets in blocks; `progress` hears "khối i/n". */
async function readBlocks(context: Excel.RequestContext, todo: SheetInfo[], features: HostFeatures, out: Map<string, SheetData>, progress?: Progress): Promise<void> {
  const plan: Plan = { weight: new Map(), next: new Map() };
  for (const s of todo) {
    plan.next.set(s.name, 0);
    plan.weight.set(s.name, rowWeight(out.get(s.name)!.rows, s.used!.w));
  }
  const totalBytes = () => todo.reduce((a, s) => a + plan.weight.get(s.name)! * (s.used!.h - plan.next.get(s.name)!), 0);
  let done = 0;
  for (;;) {
    const chunks = nextRequest(todo, plan);
    if (!chunks.length) return;
    const estimate = done + 1 + Math.ceil(totalBytes() / BLOCK_BUDGET);
    progress?.(done + 1, Math.max(estimate, done + 1), "đọc");
    // one request per block of rows (Excel's 5 MB limit), never per row
    const ok = await readChunks(context, chunks, features, out, plan);
    if (!ok) {
      // too big after all: halve the rows of this request's sheets and try again
      for (const ch of chunks) plan.weight.set(ch.sheet.name, plan.weight.get(ch.sheet.name)! * 2);
      if (chunks.length === 1 && chunks[0].rows === 1) throw new Error(`Sheet “${chunks[0].sheet.name}”, dòng ${chunks[0].sheet.used!.r + chunks[0].from + 1}: dòng quá lớn để Excel gửi trong một lần (trên 5 MB).`);
      continue;
    }
    done++;
    await yieldToPage();
  }
}

export interface Scan {
  info: SheetInfo[];
  /** The user's sheets (not the add-in's), in workbook order, with their first rows. */
  heads: SheetData[];
  /** The roster sheets found by their header rows. */
  found: Classification["found"];
}

/** The sheets, their marks and first rows, and which are roster sheets (three requests). */
export async function scanWorkbook(context: Excel.RequestContext): Promise<Scan> {
  const info = await listSheets(context);
  const mine = info.filter((s) => !s.mark);
  const out = new Map(mine.map((s) => [s.name, emptySheet(s)]));
  await readHeads(context, mine, out);
  const heads = mine.map((s) => out.get(s.name)!);
  return { info, heads, found: classifySheets(heads).found };
}

/**
 * Reads the workbook for the pipeline: every user sheet (the add-in's own are left out), roster
 * sheets in full, the others with their first rows. `kinds` limits the full read (e.g. ThamSo only).
 */
export async function readWorkbookSheets(context: Excel.RequestContext, o: { features?: HostFeatures; progress?: Progress; kinds?: SheetKind[] } = {}): Promise<ReadResult> {
  const features = o.features ?? hostFeatures();
  const scan = await scanWorkbook(context);
  const out = new Map(scan.heads.map((s) => [s.name, s]));
  const needed = new Set(
    Object.entries(scan.found)
      .filter(([kind]) => !o.kinds || o.kinds.includes(kind as SheetKind))
      .map(([, m]) => m!.sheet.name),
  );
  const todo = scan.info.filter((s) => !s.mark && s.used && needed.has(s.name));
  await readBlocks(context, todo, features, out, o.progress);
  return { sheets: scan.heads, info: scan.info, mergesUnknown: !features.mergedAreas };
}
