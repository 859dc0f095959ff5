/** Built-in packs and the one way to get a resolved pack by id. */
import { centralPack } from "./central";
import { haiPhongPack } from "./hai-phong";
import { hungYenPack } from "./hung-yen";
import { quangNinhPack } from "./quang-ninh";
import { parsePack, stackPacks, type ResolvedPack } from "./load";
import type { Override, Pack, PackInput } from "./schema";

const builtIn: PackInput[] = [centralPack, hungYenPack, quangNinhPack, haiPhongPack];

let cache: Map<string, Pack> | undefined;

/** All built-in packs, validated once. */
export function builtInPacks(): Map<string, Pack> {
  if (!cache) {
    cache = new Map();
    for (const input of builtIn) {
      const pack = parsePack(input, String(input.id));
      cache.set(pack.id, pack);
    }
  }
  return cache;
}

export function packIds(): string[] {
  return [...builtInPacks().keys()];
}

/** The layer chain of a pack id: its `extends` ancestors first. */
export function packChain(id: string, extra: Pack[] = []): Pack[] {
  const all = new Map(builtInPacks());
  for (const p of extra) all.set(p.id, p);
  const chain: Pack[] = [];
  let cur = all.get(id);
  if (!cur) throw new Error(`Không có gói tham số "${id}". Các gói có sẵn: ${[...all.keys()].join(", ")}.`);
  while (cur) {
    if (chain.includes(cur)) throw new Error(`Gói "${id}" kế thừa vòng tròn.`);
    chain.unshift(cur);
    cur = cur.extends ? all.get(cur.extends) : undefined;
  }
  return chain;
}

/** A resolved pack: built-in chain (plus any user pack) with user overrides on top. */
export function resolvePack(id: string, overrides: { layer: string; override: Override }[] = [], extraPacks: Pack[] = []): ResolvedPack {
  return stackPacks(packChain(id, extraPacks), overrides);
}

export { parsePack, parseOverride, PackError, stackPacks, type ResolvedPack } from "./load";
export * from "./schema";
