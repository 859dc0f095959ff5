/**
 * DanhSach's "Chức danh" → the pack's post, by name, code or alias (normalizeKey, spaces ignored),
 * and the closest post names for an unknown one.
 */
import type { ResolvedPack } from "../packs/load";
import type { Post } from "../packs/schema";
import { cachedNormalizer, closest } from "./text";

export interface PostMatcher {
  match(text: string): Post | undefined;
  suggest(text: string): string[];
}

/** Post names and aliases repeat in every pack resolved for every workbook: normalised once. */
const nameKey = cachedNormalizer(5000);

export function postMatcher(pack: ResolvedPack): PostMatcher {
  const map = new Map<string, Post>();
  const put = (k: string, p: Post) => {
    if (k && !map.has(k)) map.set(k, p);
  };
  for (const p of pack.posts) for (const name of [p.name, p.code, ...p.aliases]) put(nameKey(name), p);
  for (const p of pack.posts) for (const name of [p.name, p.code, ...p.aliases]) put(nameKey(name).replace(/ /g, ""), p);
  const norm = cachedNormalizer();
  const cache = new Map<string, Post | null>();
  const candidates = pack.posts.map((p) => ({ label: p.name, keys: [p.name, ...p.aliases] }));
  return {
    match(text) {
      let hit = cache.get(text);
      if (hit === undefined) {
        const k = norm(text);
        hit = map.get(k) ?? map.get(k.replace(/ /g, "")) ?? null;
        if (cache.size < 50000) cache.set(text, hit);
      }
      return hit ?? undefined;
    },
    suggest(text) {
      return closest(text, candidates, 3);
    },
  };
}
