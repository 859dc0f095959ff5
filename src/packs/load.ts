/**
 * Loading and layering packs: validate with zod (errors name the JSON path), then stack
 * central ← province ← user overrides into one ResolvedPack the engine reads. A user layer is
 * checked against the pack it lands on: its keys must exist there with the same unit, and its
 * values must be plausible (src/packs/plausible.ts) — otherwise a PackError names each place.
 */
import type { LayeredParameter, ResolvedPack } from "../engine/law";
import { layerParameters, overlayParameter, ParamTable } from "../engine/params";
import { ownSpec, valueIssues } from "./checks";
import { closestName, editDistance, formatPath, parseWith, PackError, type PackIssue } from "./errors";
import { OverrideSchema, PackSchema, type KhoanItem, type Override, type Pack, type Post, type Range, type Rules } from "./schema";
import { compatibleUnits, declaredRange, rememberRanges, type DeclaredRange } from "./specs";

export { PackError, formatPath, type PackIssue } from "./errors";

export function parsePack(input: unknown, sourceName = "gói"): Pack {
  return parseWith(PackSchema, input, sourceName);
}

/**
 * A --params override (or a ThamSo layer): valid format, and values plausible for their unit and
 * range. Given the pack it will land on, the pack's units, declared ranges and LCS (for suggestions)
 * apply at once, as they will when stacking.
 */
export function parseOverride(input: unknown, sourceName = "tham số người dùng", against?: ResolvedPack): Override {
  const o = parseWith(OverrideSchema, input, sourceName);
  const issues = against
    ? overrideIssues(o, new Map(against.params.all().map((p) => [p.key, p])), rangesOf(against), rateKeys(against.posts), against.id)
    : valueIssues(o.parameters, ownSpec, () => undefined, input);
  if (issues.length) throw new PackError(sourceName, issues);
  return o;
}

function rangesOf(pack: ResolvedPack): ReadonlyMap<string, DeclaredRange> {
  const out = new Map<string, DeclaredRange>();
  for (const p of pack.params.all()) {
    const range = declaredRange(pack, p.key, p.unit);
    if (range) out.set(p.key, { unit: p.unit, range });
  }
  return out;
}

/** Parameter keys that are some post's monthly rate. */
export function rateKeys(posts: Iterable<Post>): Set<string> {
  const out = new Set<string>();
  for (const p of posts) if (p.rate) out.add(p.rate);
  return out;
}

/** What the engine reads: its own type (src/engine/law.ts). */
export type { ResolvedPack } from "../engine/law";

/**
 * The existing key a new key is probably a typo of ("luongCoSO" → "luongCoSo"). A new key that
 * extends an existing one ("phuCap.truongThon.I", a by-class rate) or is far from every key is a
 * deliberate addition the engine may read by convention, not a typo.
 */
function likelyTypo(key: string, params: ReadonlyMap<string, unknown>): string | undefined {
  for (const k of params.keys()) if (key.startsWith(`${k}.`)) return undefined;
  const near = closestName(key, params.keys());
  return near && editDistance(key, near) <= 2 ? near : undefined;
}

/** Issues of a user layer against the parameters it lands on (a key's typo, another unit, an implausible value). */
function overrideIssues(
  override: Override,
  params: ReadonlyMap<string, LayeredParameter>,
  ranges: ReadonlyMap<string, DeclaredRange>,
  rates: ReadonlySet<string>,
  packId: string,
): PackIssue[] {
  const issues: PackIssue[] = [];
  const lcs = params.get("luongCoSo");
  const table = new ParamTable(lcs ? [lcs] : []);
  override.parameters.forEach((p, i) => {
    const base = params.get(p.key);
    if (!base) {
      const near = likelyTypo(p.key, params);
      if (near)
        issues.push({ path: formatPath(["parameters", i, "key"], override), message: `mã tham số “${p.key}” không có trong gói “${packId}”; có phải “${near}”? (xem “dutoan packs --show ${packId}”).` });
    } else if (!compatibleUnits(base.unit, p.unit, rates.has(p.key)))
      issues.push({ path: formatPath(["parameters", i, "unit"], override), message: `đơn vị “${p.unit}” khác đơn vị của tham số trong gói “${packId}” (“${base.unit}”).` });
  });
  if (issues.length) return issues;
  const specOf = (p: (typeof override.parameters)[number]) => {
    const inherited = ranges.get(p.key);
    const range = p.range ?? (inherited?.unit === p.unit ? inherited.range : undefined);
    return { unit: p.unit, label: p.label, ...(range ? { range } : {}) };
  };
  return valueIssues(override.parameters, specOf, (d) => {
    const v = table.tryAt("luongCoSo", d)?.value;
    return typeof v === "string" ? v : undefined;
  }, override);
}

/** Stacks packs (first = bottom) and optional user overrides into one resolved pack. */
export function stackPacks(packs: Pack[], overrides: { layer: string; override: Override }[] = []): ResolvedPack {
  const params = new Map<string, LayeredParameter>();
  const ranges = new Map<string, DeclaredRange>();
  const posts = new Map<string, Post>();
  const khoan = new Map<string, KhoanItem>();
  let rules: Rules = { kiemNhiem: "percent" };
  const put = (p: LayeredParameter & { range?: Range }) => {
    const base = params.get(p.key);
    params.set(p.key, base && base.unit !== p.unit ? p : overlayParameter(base, p));
    if (p.range) ranges.set(p.key, { unit: p.unit, range: p.range });
  };
  for (const pack of packs) {
    layerParameters(pack.id, pack.parameters).forEach(put);
    for (const p of pack.posts) posts.set(p.code, p);
    for (const k of pack.khoan) khoan.set(k.code, k);
    rules = { ...rules, ...pack.rules };
  }
  const top = packs[packs.length - 1];
  if (!top) throw new PackError("(không có gói)", [{ path: "", message: "cần ít nhất một gói tham số" }]);
  for (const { layer, override } of overrides) {
    const issues = overrideIssues(override, params, ranges, rateKeys(posts.values()), top.id);
    if (issues.length) throw new PackError(layer, issues);
    layerParameters(layer, override.parameters).forEach(put);
  }
  const resolved: ResolvedPack = {
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
  rememberRanges(resolved, ranges);
  return resolved;
}
