/**
 * Text keys for matching what people type against what we know: headers, post names, enum labels,
 * unit names and person names.
 *
 * - `normalizeKey`: loose, diacritic-insensitive ("Họ và tên" = "HO VA TEN" = "ho  va-ten"). For
 *   headers, post names, enum labels, yes/no. Never for telling people or villages apart.
 * - `identityKey`: case, spacing and punctuation insensitive but keeps diacritics ("Thôn Hạ" ≠
 *   "Thôn Hà"), and accepts both tone placements ("Hòa" = "Hoà", "Thủy" = "Thuỷ").
 */

const COMBINING = /[\u0300-\u036f]/g;
const HAS_COMBINING = /[\u0300-\u036f]/;
const NON_ALNUM = /[^a-z0-9]+/g;
const D_STROKE = /đ/g;

/** Lowercase, no diacritics (đ → d), punctuation → space, spaces collapsed, trimmed. */
export function normalizeKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(COMBINING, "")
    .toLowerCase()
    .replace(D_STROKE, "d")
    .replace(NON_ALNUM, " ")
    .trim();
}

/** normalizeKey with a cache: for values that repeat (post names, unit names, enum cells). */
export function cachedNormalizer(limit = 50000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s: string) => {
    let k = cache.get(s);
    if (k === undefined) {
      k = normalizeKey(s);
      if (cache.size < limit) cache.set(s, k);
    }
    return k;
  };
}

const MULTI_SPACE = /\s\s|[\t\n\r\u00a0]/;
const SPACES = /\s+/g;

/** Trims, collapses inner whitespace, and composes decomposed Vietnamese (NFD input) to NFC. Cheap on clean text. */
export function cleanText(s: string): string {
  let t = s.trim();
  if (MULTI_SPACE.test(t)) t = t.replace(SPACES, " ");
  if (HAS_COMBINING.test(t)) t = t.normalize("NFC");
  return t;
}

// Tone marks (NFD): grave, acute, tilde, hook above, dot below.
const TONE = "\u0300\u0301\u0303\u0309\u0323";
// New-style tone on the second vowel of an open oa/oe/uy syllable → old style, on the first vowel.
const OA_OE = new RegExp(`([oO])([aAeE])([${TONE}])(?![\\p{L}\\u0300-\\u036f])`, "gu");
// No lookbehind (older Safari webviews reject it): the character before "u" is captured instead.
const UY = new RegExp(`(^|[^qQ])([uU])([yY])([${TONE}])(?![\\p{L}\\u0300-\\u036f])`, "gu");
const PUNCT_SPACE = /[\s.,;:\-–—_/\\()'"]+/g;

/**
 * Identity of a name (person, commune, village): lowercase, punctuation and spacing ignored,
 * diacritics kept, tone placement canonical (hoà → hòa, thuỷ → thủy, khoẻ → khỏe).
 */
export function identityKey(s: string): string {
  let t = s.normalize("NFD");
  if (HAS_COMBINING.test(t)) t = t.replace(OA_OE, "$1$3$2").replace(UY, "$1$2$4$3");
  return t.normalize("NFC").toLowerCase().replace(PUNCT_SPACE, " ").trim();
}

/** Levenshtein distance (two rows). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Similarity 0..1 of two normalized strings: the best of edit distance, word overlap and containment. */
export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const lev = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  const ta = new Set(a.split(" "));
  const tb = new Set(b.split(" "));
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  const jaccard = common / (ta.size + tb.size - common);
  const contains = a.includes(b) || b.includes(a) ? 0.8 : 0;
  return Math.max(lev, jaccard, contains);
}

/** Names compared by closest() are cut to this length: a name is short, and edit distance costs length². */
export const CLOSEST_MAX_LENGTH = 64;
/** At most this many candidates are compared (a commune has tens of villages, a pack tens of posts). */
export const CLOSEST_MAX_CANDIDATES = 2000;

/**
 * The `n` candidates closest to `query` (compared by normalizeKey of each candidate's keys),
 * best first, each label once. Bounded: a 100,000-character cell costs as much as a 64-character one.
 */
export function closest(query: string, candidates: { label: string; keys: string[] }[], n = 3): string[] {
  const q = normalizeKey(query.slice(0, CLOSEST_MAX_LENGTH * 4)).slice(0, CLOSEST_MAX_LENGTH);
  const scored: { label: string; score: number }[] = [];
  for (const c of candidates.slice(0, CLOSEST_MAX_CANDIDATES)) {
    let best = 0;
    for (const k of c.keys) best = Math.max(best, similarity(q, normalizeKey(k.slice(0, CLOSEST_MAX_LENGTH * 4)).slice(0, CLOSEST_MAX_LENGTH)));
    scored.push({ label: c.label, score: best });
  }
  scored.sort((x, y) => y.score - x.score);
  const out: string[] = [];
  for (const s of scored) {
    if (out.length >= n) break;
    if (!out.includes(s.label)) out.push(s.label);
  }
  return out;
}
