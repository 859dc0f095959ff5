/**
 * The user's own parameter values for the CLI: a ThamSo sheet inside the roster workbook, and
 * --params pointing at a JSON file (an override `{ "parameters": [...] }` or a whole pack) or at
 * another workbook with a ThamSo sheet. Each becomes a layer marked as user-supplied.
 */
import { readFile } from "fs/promises";
import { basename, extname } from "path";
import type { Issue, ThamSoRow } from "../engine/types";
import { parseOverride, parsePack, PackError, type Override, type Pack, type ResolvedPack } from "../packs";
import { readWorkbook, thamSoLayer } from "../roster";
import { readXlsx } from "./xlsx/read";

export interface UserLayers {
  overrides: { layer: string; override: Override }[];
  extraPacks: Pack[];
  issues: Issue[];
}

/** Adds the layer of ThamSo rows already read (the roster workbook's own sheet, or a --params workbook). */
export function addThamSo(rows: ThamSoRow[], pack: ResolvedPack, layer: string, into: UserLayers): void {
  const { overrides, issues } = thamSoLayer(rows, pack, layer);
  into.issues.push(...issues);
  into.overrides.push(...overrides);
}

export async function loadParamsFile(file: string, pack: ResolvedPack, into: UserLayers): Promise<void> {
  const layer = `tệp ${basename(file)}`;
  if (extname(file).toLowerCase() === ".json") {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, "utf8"));
    } catch (e) {
      into.issues.push({ severity: "error", code: "TEP_THAM_SO_LOI", message: `Không đọc được tệp tham số "${file}": ${(e as Error).message}` });
      return;
    }
    try {
      if (json && typeof json === "object" && "id" in json) into.extraPacks.push(parsePack(json, basename(file)));
      else into.overrides.push({ layer, override: parseOverride(json, basename(file)) });
    } catch (e) {
      if (!(e instanceof PackError)) throw e;
      for (const i of e.issues) into.issues.push({ severity: "error", code: "GOI_THAM_SO_LOI", message: `Tệp ${basename(file)}, ${i.path || "(gốc)"}: ${i.message}` });
    }
    return;
  }
  const sheets = await readXlsx(file);
  const read = readWorkbook(sheets, pack);
  if (!read.sheetsFound.thamSo) {
    into.issues.push({ severity: "error", code: "KHONG_CO_THAM_SO", message: `Tệp "${file}" không có sheet tham số (cột Mã, Giá trị, Hiệu lực từ).` });
    return;
  }
  into.issues.push(...read.issues.filter((i) => i.sheet === read.sheetsFound.thamSo));
  addThamSo(read.thamSo, pack, layer, into);
}
