/**
 * Loading and layering packs: validate with zod (errors name the JSON path), then stack
 * central ← province ← user overrides into one ResolvedPack the engine reads.
 */
import { layerParameters, overlayParameter, ParamTable, type LayeredParameter } from "../engine/params";
import { parseWith, PackError } from "./errors";
import { OverrideSchema, PackSchema, type KhoanItem, type Override, type Pack, type Post, type Rules } from "./schema";

export { PackError, formatPath, type PackIssue } from "./errors";

export function parsePack(input: unknown, sourceName = "gói"): Pack {
  return parseWith(PackSchema, input, sourceName);
}

export function parseOverride(input: unknown, sourceName = "tham số người dùng"): Override {
  return parseWith(OverrideSchema, input, sourceName);
}

export interface ResolvedPack {
  id: string;
  name: string;
  jurisdiction: string;
  /** Layers from the bottom: e.g. ["central", "hung-yen", "user"]. */
  chain: string[];
  /** Layers the user supplied (ThamSo sheet, JSON file): their values are marked in outputs. */
  userLayers: string[];
  params: ParamTable;
  posts: Post[];
  khoan: KhoanItem[];
  rules: Rules;
}

/** Stacks packs (first = bottom) and optional user overrides into one resolved pack. */
export function stackPacks(packs: Pack[], overrides: { layer: string; override: Override }[] = []): ResolvedPack {
  const params = new Map<string, LayeredParameter>();
  const posts = new Map<string, Post>();
  const khoan = new Map<string, KhoanItem>();
  let rules: Rules = { kiemNhiem: "percent" };
  const put = (p: LayeredParameter) => {
    const base = params.get(p.key);
    params.set(p.key, base && base.unit !== p.unit ? p : overlayParameter(base, p));
  };
  for (const pack of packs) {
    layerParameters(pack.id, pack.parameters).forEach(put);
    for (const p of pack.posts) posts.set(p.code, p);
    for (const k of pack.khoan) khoan.set(k.code, k);
    rules = { ...rules, ...pack.rules };
  }
  for (const { layer, override } of overrides) layerParameters(layer, override.parameters).forEach(put);
  const top = packs[packs.length - 1];
  if (!top) throw new PackError("(không có gói)", [{ path: "", message: "cần ít nhất một gói tham số" }]);
  return {
    id: top.id,
    name: top.name,
    jurisdiction: top.jurisdiction,
    chain: [...packs.map((p) => p.id), ...overrides.map((o) => o.layer)],
    userLayers: overrides.map((o) => o.layer),
    params: new ParamTable(params.values()),
    posts: [...posts.values()],
    khoan: [...khoan.values()],
    rules,
  };
}
