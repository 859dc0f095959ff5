/**
 * Loading and layering packs: validate with zod (errors name the JSON path), then stack
 * central ← province ← user overrides into one ResolvedPack the engine reads.
 */
import type { z } from "zod";
import type { KhoanItem, LayeredParameter, Post, ResolvedPack, Rules } from "../engine/law";
import { layerParameters, overlayParameter, ParamTable } from "../engine/params";
import { OverrideSchema, PackSchema, type Override, type Pack } from "./schema";

export class PackError extends Error {
  constructor(
    readonly sourceName: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(`Gói tham số "${sourceName}" không hợp lệ:\n` + issues.map((i) => `  - ${i.path || "(gốc)"}: ${i.message}`).join("\n"));
  }
}

/** zod path → "parameters[3].values[0].from" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, seg) => (typeof seg === "number" ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)), "");
}

function viMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `thiếu trường bắt buộc (cần ${issue.expected})` : `sai kiểu: cần ${issue.expected}`;
    case "invalid_value":
      return `giá trị không được chấp nhận; cho phép: ${issue.values.map(String).join(", ")}`;
    case "too_small":
      return issue.origin === "array" ? `cần ít nhất ${issue.minimum} phần tử` : `quá nhỏ/ngắn (tối thiểu ${issue.minimum})`;
    case "unrecognized_keys":
      return `trường không được biết: ${issue.keys.join(", ")}`;
    case "invalid_union":
      return "giá trị không khớp dạng nào được phép (số dạng chuỗi, bảng bậc hoặc null)";
    default:
      return issue.message;
  }
}

function parseWith<T>(schema: z.ZodType<T>, input: unknown, sourceName: string): T {
  const r = schema.safeParse(input);
  if (!r.success) throw new PackError(sourceName, r.error.issues.map((i) => ({ path: formatPath(i.path), message: viMessage(i) })));
  return r.data;
}

export function parsePack(input: unknown, sourceName = "gói"): Pack {
  return parseWith(PackSchema, input, sourceName);
}

export function parseOverride(input: unknown, sourceName = "tham số người dùng"): Override {
  return parseWith(OverrideSchema, input, sourceName);
}

/** What the engine reads: defined by the engine (src/engine/law.ts). */
export type { ResolvedPack } from "../engine/law";

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
