/**
 * Names typed in cells → the pack's posts and khoán items. Matching ignores case, diacritics,
 * spacing and punctuation (normalizeKey), over the code, the name and the aliases; an unknown name
 * is an error suggesting the closest ones. Indexes and answers are cached per resolved pack.
 */
import type { KhoanItem, Post, ResolvedPack } from "../packs";
import { closest, normalizeKey } from "../roster/text";
import { ArgError } from "./args";

const compact = (s: string) => normalizeKey(s).replace(/ /g, "");

interface Index<T> {
  byKey: Map<string, T>;
  answers: Map<string, T | ArgError>;
}

const postIndexes = new WeakMap<ResolvedPack, Index<Post>>();
const khoanIndexes = new WeakMap<ResolvedPack, Index<KhoanItem>>();

function build<T>(items: T[], keysOf: (t: T) => string[]): Index<T> {
  const byKey = new Map<string, T>();
  // codes first, then names, then aliases: an earlier kind of key wins a clash
  const kinds = items.map(keysOf);
  const longest = Math.max(0, ...kinds.map((k) => k.length));
  for (let level = 0; level < longest; level++)
    items.forEach((it, i) => {
      const k = kinds[i][level];
      if (k === undefined) return;
      const c = compact(k);
      if (c && !byKey.has(c)) byKey.set(c, it);
    });
  return { byKey, answers: new Map() };
}

function cached<T>(idx: Index<T>, text: string, find: () => T): T {
  let hit = idx.answers.get(text);
  if (hit === undefined) {
    try {
      hit = find();
    } catch (e) {
      if (!(e instanceof ArgError)) throw e;
      hit = e;
    }
    if (idx.answers.size < 1 << 12) idx.answers.set(text, hit);
  }
  if (hit instanceof ArgError) throw hit;
  return hit;
}

const suggest = (list: string[]) => (list.length ? ` Có phải: ${list.map((s) => `"${s}"`).join(", ")}?` : "");

/** The pack's post named `text` (code, name or alias). */
export function findPost(pack: ResolvedPack, text: string): Post {
  let idx = postIndexes.get(pack);
  if (!idx) postIndexes.set(pack, (idx = build(pack.posts, (p) => [p.code, p.name, ...p.aliases])));
  const i = idx;
  return cached(i, text, () => {
    const hit = i.byKey.get(compact(text));
    if (hit) return hit;
    const near = closest(text, pack.posts.map((p) => ({ label: p.name, keys: [p.name, p.code, ...p.aliases] })), 3);
    throw new ArgError(`Không có chức danh "${text}" trong gói ${pack.id} (${pack.name}).${suggest(near)} Hoặc nhập hệ số (ví dụ 1,2) hay số tiền.`);
  });
}

/** The pack's khoán item named `text` (code or name; a unique part of the name also matches). */
export function findKhoan(pack: ResolvedPack, text: string): KhoanItem {
  if (!pack.khoan.length) throw new ArgError(`Gói ${pack.id} (${pack.name}) không có khoản khoán kinh phí nào: dùng gói của tỉnh (ví dụ "hung-yen", "hai-phong").`);
  let idx = khoanIndexes.get(pack);
  if (!idx) khoanIndexes.set(pack, (idx = build(pack.khoan, (k) => [k.code, k.name])));
  const i = idx;
  return cached(i, text, () => {
    const c = compact(text);
    const hit = i.byKey.get(c);
    if (hit) return hit;
    if (c.length >= 4) {
      const part = pack.khoan.filter((k) => compact(k.name).includes(c) || compact(k.code).includes(c));
      if (part.length === 1) return part[0];
    }
    const near = closest(text, pack.khoan.map((k) => ({ label: k.name, keys: [k.name, k.code] })), 3);
    throw new ArgError(`Không có khoản khoán "${text}" trong gói ${pack.id}.${suggest(near)} Mã các khoản: ${pack.khoan.map((k) => k.code).join(", ")}.`);
  });
}
