/**
 * The user's layers over the pack, as data: the roster's ThamSo sheet, `--params` (a JSON override
 * `{ "parameters": [...] }`, a whole pack JSON, or another workbook's ThamSo sheet) and `--pack-file`
 * (a province pack made by a Sở Tài chính). Every problem is a located Issue; nothing here reads files.
 */
import type { Issue, ThamSoRow } from "../engine/types";
import { parseOverride, parsePack, parsePackFile, PackError, type Override, type Pack, type ResolvedPack } from "../packs";
import { readWorkbook, thamSoLayer, type SheetData } from "../roster";
import { jsonErrorOffset } from "./json-error";
import type { PackFileInput, ParamsInput } from "./types";

export interface UserLayers {
  overrides: { layer: string; override: Override }[];
  /** Whole packs given with --params (they replace the built-in pack of the same id). */
  extraPacks: Pack[];
  issues: Issue[];
}

export function emptyLayers(): UserLayers {
  return { overrides: [], extraPacks: [], issues: [] };
}

/** Adds the layer of ThamSo rows already read (the roster's own sheet, or a --params workbook). */
export function addThamSo(rows: ThamSoRow[], pack: ResolvedPack, layer: string, into: UserLayers): void {
  const { overrides, issues } = thamSoLayer(rows, pack, layer);
  into.issues.push(...issues);
  into.overrides.push(...overrides);
}

function packErrorIssues(e: PackError, file: string, code: string): Issue[] {
  return e.issues.map((i) => ({ severity: "error", code, message: `Tệp ${file}, ${i.path || "(gốc)"}: ${i.message}` }));
}

/** JSON text → value, or an Issue naming the file, line and column of the syntax error. */
export function parseJsonText(text: string, file: string, code: string): { json?: unknown; issue?: Issue } {
  try {
    return { json: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch {
    const offset = jsonErrorOffset(text.replace(/^\uFEFF/, ""));
    const at = offset === null ? null : lineColumn(text.replace(/^\uFEFF/, ""), offset);
    const where = at ? ` (dòng ${at.line}, cột ${at.column})` : "";
    return {
      issue: { severity: "error", code, message: `Tệp ${file} không phải JSON hợp lệ${where}: kiểm tra dấu ngoặc, dấu phẩy và dấu nháy kép.` },
    };
  }
}

function lineColumn(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function addParamsJson(input: { name: string; text: string }, into: UserLayers): void {
  const { json, issue } = parseJsonText(input.text, input.name, "TEP_THAM_SO_LOI");
  if (issue) return void into.issues.push(issue);
  try {
    if (json && typeof json === "object" && "id" in json) into.extraPacks.push(parsePack(json, input.name));
    else into.overrides.push({ layer: `tệp ${input.name}`, override: parseOverride(json, input.name) });
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    into.issues.push(...packErrorIssues(e, input.name, "GOI_THAM_SO_LOI"));
  }
}

function addParamsWorkbook(input: { name: string; sheets: SheetData[] }, pack: ResolvedPack, into: UserLayers): void {
  const read = readWorkbook(input.sheets, pack, { kinds: ["thamSo"] });
  if (!read.sheetsFound.thamSo) {
    into.issues.push({ severity: "error", code: "KHONG_CO_THAM_SO", message: `Tệp “${input.name}” không có sheet tham số (cột Mã, Giá trị, Hiệu lực từ).` });
    return;
  }
  into.issues.push(...read.issues);
  addThamSo(read.thamSo, pack, `tệp ${input.name}`, into);
}

/** Adds every --params input, in order (a later layer wins on the same key and date). */
export function addParams(inputs: ParamsInput[], pack: ResolvedPack, into: UserLayers): void {
  for (const input of inputs) {
    if (input.kind === "json") addParamsJson(input, into);
    else addParamsWorkbook(input, pack, into);
  }
}

/** Schema-only parse of every pack file, so that one file may extend another given with it. */
function siblings(jsons: { json: unknown; name: string }[]): Pack[] {
  const out: Pack[] = [];
  for (const { json, name } of jsons) {
    try {
      out.push(parsePack(json, name));
    } catch {
      /* reported by parsePackFile below */
    }
  }
  return out;
}

/** Parses and checks the --pack-file inputs (packs/packfile.ts); returns the valid packs and the located problems. */
export function loadPackFiles(inputs: PackFileInput[]): { packs: Pack[]; issues: Issue[] } {
  const out: Pack[] = [];
  const issues: Issue[] = [];
  const jsons: { json: unknown; name: string }[] = [];
  for (const f of inputs) {
    const { json, issue } = parseJsonText(f.text, f.name, "TEP_GOI_LOI");
    if (issue) issues.push(issue);
    else jsons.push({ json, name: f.name });
  }
  const all = siblings(jsons);
  for (const { json, name } of jsons) {
    try {
      const p = parsePackFile(json, name, all);
      if (out.some((o) => o.id === p.id)) issues.push({ severity: "error", code: "TEP_GOI_TRUNG", message: `Tệp ${name}: gói “${p.id}” đã được nạp từ một tệp khác; mỗi mã gói chỉ một tệp.` });
      else out.push(p);
    } catch (e) {
      if (!(e instanceof PackError)) throw e;
      issues.push(...packErrorIssues(e, name, "TEP_GOI_LOI"));
    }
  }
  return { packs: out, issues };
}
