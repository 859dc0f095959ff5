/**
 * The canonical text of a pack file (src/packs/data/*.json, or a province's own file): a validated
 * pack written back with a stable key order, two-space indentation and one field per line, so a
 * lawyer can read it and a diff shows exactly the value that changed.
 *
 * Each dated value is flat (`from`, `to`, `value`, `document`, `article`, `url`, `confidence`,
 * `note`), as a reader of the law expects; the loader turns it back into the engine's shape.
 * `node scripts/format-packs.js` (after `npm run build:cli`) rewrites the data files in this form;
 * a test checks every built-in file already is.
 */
import type { KhoanItem, Pack, Parameter, ParamValue, Post } from "./schema";

/** Copies the keys of `o` in the given order, leaving out undefined ones. */
function ordered<T extends object>(o: T, keys: readonly (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (o[k] !== undefined) out[k as string] = o[k];
  return out;
}

function valueToFile(v: ParamValue): Record<string, unknown> {
  return ordered(
    { from: v.from, to: v.to, value: v.value, document: v.source.document, article: v.source.article, url: v.source.url, confidence: v.confidence, note: v.note },
    ["from", "to", "value", "document", "article", "url", "confidence", "note"],
  );
}

export function parameterToFile(p: Parameter): Record<string, unknown> {
  return {
    ...ordered(p, ["key", "label", "unit", "range", "description"]),
    values: p.values.map(valueToFile),
  };
}

function postToFile(p: Post): Record<string, unknown> {
  return ordered(p, ["code", "name", "aliases", "level", "component", "rate", "insurance", "inFund", "inHeadcount", "note"]);
}

function khoanToFile(k: KhoanItem): Record<string, unknown> {
  return ordered(k, ["code", "name", "level", "base", "byPhanLoai", "khoKhan", "steps"]);
}

/** A pack as the plain object its file holds (keys in canonical order). */
export function packToFile(pack: Pack): Record<string, unknown> {
  return {
    ...ordered(pack, ["id", "name", "jurisdiction", "extends", "description", "rules"]),
    posts: pack.posts.map(postToFile),
    khoan: pack.khoan.map(khoanToFile),
    parameters: pack.parameters.map(parameterToFile),
  };
}

/** The canonical file text of a pack. */
export function formatPack(pack: Pack): string {
  return JSON.stringify(packToFile(pack), null, 2) + "\n";
}
