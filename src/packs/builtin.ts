/**
 * The built-in packs — the law as data files src/packs/data/<id>.json (read by tsc, webpack and Jest
 * alike through JSON imports) — and the one way to get a resolved pack by id.
 */
import centralFile from "./data/central.json";
import haiPhongFile from "./data/hai-phong.json";
import hungYenFile from "./data/hung-yen.json";
import quangNinhFile from "./data/quang-ninh.json";
import { parsePack, stackPacks, type ResolvedPack } from "./load";
import type { Override, Pack } from "./schema";

/** The data files, bottom layer first. */
export const BUILT_IN_FILES: readonly { id: string; file: unknown }[] = [
  { id: "central", file: centralFile },
  { id: "hung-yen", file: hungYenFile },
  { id: "quang-ninh", file: quangNinhFile },
  { id: "hai-phong", file: haiPhongFile },
];

let cache: Map<string, Pack> | undefined;

/** All built-in packs, validated once. */
export function builtInPacks(): Map<string, Pack> {
  if (!cache) {
    cache = new Map();
    for (const { id, file } of BUILT_IN_FILES) {
      const pack = parsePack(file, `src/packs/data/${id}.json`);
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
    if (cur.extends && !all.has(cur.extends)) throw new Error(`Gói "${cur.id}" kế thừa gói "${cur.extends}" không có. Các gói có sẵn: ${[...all.keys()].join(", ")}.`);
    cur = cur.extends ? all.get(cur.extends) : undefined;
  }
  return chain;
}

/** Built-in packs resolved without user layers: the same every time, so resolved once. */
const plain = new Map<string, ResolvedPack>();

/**
 * A resolved pack: built-in chain (plus any user pack) with user overrides on top. A resolved pack
 * is never modified after it is made, so a built-in one without user layers is shared (every
 * workbook of a consolidation asks for it several times).
 */
export function resolvePack(id: string, overrides: { layer: string; override: Override }[] = [], extraPacks: Pack[] = []): ResolvedPack {
  if (overrides.length || extraPacks.length) return stackPacks(packChain(id, extraPacks), overrides);
  let r = plain.get(id);
  if (!r) plain.set(id, (r = stackPacks(packChain(id))));
  return r;
}
