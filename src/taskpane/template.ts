/**
 * "Tạo danh sách mẫu": the input sheets of the roster contract (src/roster specs) as Excel tables —
 * DanhSach and DonVi, NghiViec and ThamSo when asked — with dropdowns (the chosen pack's posts, the
 * enumerations), formats, a frozen header and an example row (STT "VD", which the readers skip).
 * A kind the workbook already has (found by its header row) is left as it is; new sheets get a free
 * name. The lists live in a hidden sheet marked as the add-in's. ThamSo records the pack and year
 * (settings rows caiDat.goi / caiDat.nam); the pane also keeps them in the document's settings.
 */
import { SETTING_PACK, SETTING_YEAR } from "../app";
import { resolvePack, type ResolvedPack } from "../packs";
import { columnLetter, DANH_SACH, DON_VI, NGHI_VIEC, THAM_SO, type SheetKind, type SheetSpec } from "../roster";
import { freeSheetName } from "../report/model";
import { markSheet } from "./marks";
import { scanWorkbook } from "./read";
import { excelSerial, formatOf, freeTableName, queueTableSheet, quoteSheetName, type TableColumn } from "./tables";
import { appendThamSoRows, settingsRows, THAMSO_COLUMNS, thamSoTableRows } from "./thamso-fill";

export interface TemplateOptions {
  packId: string;
  year: number;
  nghiViec: boolean;
  thamSo: boolean;
  /** Packs of --pack-file style files loaded in the pane. */
  extraPacks?: Parameters<typeof resolvePack>[2];
}

export interface TemplateResult {
  created: { kind: SheetKind; sheet: string }[];
  /** Kinds the workbook already had, with the sheet that holds each. */
  kept: { kind: SheetKind; sheet: string }[];
  /** Settings rows added to an existing ThamSo sheet. */
  settingsAdded: string[];
}

const LIST_SHEET = "DanhMuc";

function examples(pack: ResolvedPack, year: number): Partial<Record<SheetKind, Record<string, unknown>>> {
  const post = pack.posts.find((p) => /trưởng thôn/i.test(p.name)) ?? pack.posts.find((p) => p.level === "thon") ?? pack.posts[0];
  const jan1 = excelSerial(`${year}-01-01`);
  return {
    danhSach: { stt: "VD", hoTen: "Nguyễn Văn A", chucDanh: post?.name ?? "", donVi: "Xã Đồng Tâm", thon: "Thôn Đông", heSo: 1.2, tuNgay: jan1, bhxh: "Không", bhyt: "Có", ghiChu: "Dòng ví dụ (STT = VD): không được tính; xóa hoặc ghi đè" },
    donVi: { stt: "VD", donVi: "Xã Đồng Tâm", loai: "Xã", phanLoai: "I", ghiChu: "Dòng ví dụ (STT = VD): không được tính" },
    nghiViec: { stt: "VD", hoTen: "Trần Thị B", donVi: "Xã Đồng Tâm", thon: "Thôn Đông", doiTuong: "HĐKCT thôn, TDP", ngayNghi: excelSerial(`${year}-06-30`), ghiChu: "Dòng ví dụ (STT = VD): không được tính" },
  };
}

/** Dropdown lists by column key: the pack's posts, "x", every enumeration of the specs. */
function lists(pack: ResolvedPack, specs: SheetSpec[]): Map<string, string[]> {
  const out = new Map<string, string[]>([["chucDanh", pack.posts.map((p) => p.name)], ["kiemNhiem", ["x"]]]);
  for (const s of specs) for (const c of s.columns) if (c.options?.length && !out.has(c.key)) out.set(c.key, c.options);
  if (specs.some((s) => s.kind === "thamSo")) out.set("ma", pack.params.keys());
  return out;
}

/** Writes the hidden list sheet; returns the list source of each key. */
function queueLists(context: Excel.RequestContext, name: string, byKey: Map<string, string[]>): Map<string, string> {
  const ws = context.workbook.worksheets.add(name);
  markSheet(ws, { kind: "danh-muc" });
  const keys = [...byKey.keys()];
  const height = 1 + Math.max(...keys.map((k) => byKey.get(k)!.length));
  const grid = Array.from({ length: height }, (_, r) => keys.map((k) => (r === 0 ? k : (byKey.get(k)![r - 1] ?? null))));
  const range = ws.getRangeByIndexes(0, 0, height, keys.length);
  range.numberFormat = grid.map((row) => row.map(() => "@"));
  range.values = grid;
  ws.visibility = "Hidden";
  return new Map(keys.map((k, i) => [k, `=${quoteSheetName(name)}!$${columnLetter(i + 1)}$2:$${columnLetter(i + 1)}$${1 + byKey.get(k)!.length}`]));
}

function columnsOf(spec: SheetSpec, sources: Map<string, string>): TableColumn[] {
  return spec.columns.map((c) => ({ header: c.header, numFmt: formatOf(c), width: Math.max(10, Math.min(34, c.header.length + 4)), ...(sources.has(c.key) ? { list: sources.get(c.key) } : {}) }));
}

/** Creates the template sheets the workbook lacks. */
export async function makeTemplate(context: Excel.RequestContext, o: TemplateOptions): Promise<TemplateResult> {
  const pack = resolvePack(o.packId, [], o.extraPacks ?? []);
  const scan = await scanWorkbook(context);
  const wanted: SheetSpec[] = [DANH_SACH, DON_VI, ...(o.nghiViec ? [NGHI_VIEC] : []), ...(o.thamSo ? [THAM_SO] : [])];
  const kept = wanted.filter((s) => scan.found[s.kind]).map((s) => ({ kind: s.kind, sheet: scan.found[s.kind]!.sheet.name }));
  const todo = wanted.filter((s) => !scan.found[s.kind]);
  const taken = scan.info.map((s) => s.name);
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const tableNames = tables.items.map((t) => t.name);
  const created: TemplateResult["created"] = [];
  if (todo.length) {
    const listName = freeSheetName(LIST_SHEET, taken);
    taken.push(listName);
    const sources = queueLists(context, listName, lists(pack, todo));
    const ex = examples(pack, o.year);
    for (const spec of todo) {
      const name = freeSheetName(spec.name, taken);
      taken.push(name);
      const ws = context.workbook.worksheets.add(name);
      const table = freeTableName(`tbl${spec.name}`, tableNames);
      tableNames.push(table);
      const cols = spec.kind === "thamSo" ? THAMSO_COLUMNS.map((c) => ({ ...c, ...(c.key === "ma" && sources.has("ma") ? { list: sources.get("ma") } : {}) })) : columnsOf(spec, sources);
      const rows = spec.kind === "thamSo" ? thamSoTableRows(settingsRows(pack, o.year)) : [spec.columns.map((c) => ex[spec.kind]?.[c.key] ?? null)];
      queueTableSheet(ws, cols, rows, table);
      created.push({ kind: spec.kind, sheet: name });
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per new sheet (a few sheets)
      await context.sync();
    }
    context.workbook.worksheets.getItem(created[0].sheet).activate();
  }
  const settingsAdded = o.thamSo && scan.found.thamSo ? await appendThamSoRows(context, scan.found.thamSo, settingsRows(pack, o.year), scan.heads) : [];
  await context.sync();
  return { created, kept, settingsAdded };
}

export { SETTING_PACK, SETTING_YEAR };
