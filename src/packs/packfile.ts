/**
 * A pack file made by a Sở Tài chính for a province that is not built in (`dutoan estimate
 * --pack-file tinh-x.json`, the task pane's file picker). Example: samples/tinh-mau.json.
 *
 * Beyond the file format (schema.ts: strict fields, dated cited values), the file must fit the packs
 * it extends ("central" when it names none):
 * - `extends` names a built-in pack or another pack file given with it, without a cycle;
 * - a parameter the parent packs have keeps their unit; a new key close to an existing one is a typo;
 * - every post's `rate` and every khoán item's parameters exist (in the file or its parents), khoán
 *   amounts in đồng and household steps in households;
 * - every value is plausible for its unit and range (plausible.ts), with the LCS of its date as hint.
 * Every problem is one located Vietnamese issue of a PackError, e.g.
 * `parameters[3].values[0].value (phuCap.truongThon): giá trị “3795000” có vẻ là số tiền đồng…`.
 */
import { builtInPacks, packChain } from "./builtin";
import { valueIssues } from "./checks";
import { closestName, editDistance, formatPath, PackError, type PackIssue } from "./errors";
import { parsePack, rateKeys, stackPacks, type ResolvedPack } from "./load";
import { luongCoSoAt } from "./plausible";
import type { KhoanItem, Pack, Parameter, Range, Unit } from "./schema";
import { compatibleUnits, declaredRange } from "./specs";

/** Keys that any built-in pack declares: the engine reads them, so a file may set them. */
function knownKeys(): Map<string, Unit> {
  const out = new Map<string, Unit>();
  for (const p of builtInPacks().values()) for (const q of p.parameters) out.set(q.key, q.unit);
  return out;
}

/** The parent chain, or an issue at `extends` naming the packs there are. */
function parentChain(pack: Pack, others: Pack[]): { parents?: ResolvedPack; issue?: PackIssue } {
  const parent = pack.extends ?? "central";
  const pool = others.filter((o) => o.id !== pack.id);
  const ids = [...new Set([...builtInPacks().keys(), ...pool.map((p) => p.id)])];
  if (parent === pack.id) return { issue: { path: "extends", message: `gói “${pack.id}” không thể kế thừa chính nó.` } };
  if (!ids.includes(parent)) {
    const near = closestName(parent, ids);
    return { issue: { path: "extends", message: `không có gói “${parent}” để kế thừa${near ? `; có phải “${near}”?` : ""} Các gói có: ${ids.join(", ")}.` } };
  }
  const cycle = { issue: { path: "extends", message: `gói “${pack.id}” kế thừa vòng tròn qua “${parent}”.` } };
  try {
    const chain = packChain(parent, [...pool, pack]);
    return chain.some((p) => p.id === pack.id) ? cycle : { parents: stackPacks(chain) };
  } catch (e) {
    return /vòng tròn/.test((e as Error).message) ? cycle : { issue: { path: "extends", message: (e as Error).message } };
  }
}

function parameterIssues(pack: Pack, parents: ResolvedPack, input: unknown): PackIssue[] {
  const known = knownKeys();
  const rates = rateKeys([...parents.posts, ...pack.posts]);
  const issues: PackIssue[] = [];
  pack.parameters.forEach((p, i) => {
    const base = parents.params.get(p.key)?.unit ?? known.get(p.key);
    if (base && !compatibleUnits(base, p.unit, rates.has(p.key))) {
      issues.push({ path: formatPath(["parameters", i, "unit"], input), message: `đơn vị “${p.unit}” khác đơn vị của tham số này trong gói trung ương/gói cha (“${base}”).` });
      return;
    }
    if (base) return;
    if ([...known.keys()].some((k) => p.key.startsWith(`${k}.`))) return;
    const near = closestName(p.key, known.keys());
    if (near && editDistance(p.key, near) <= 2)
      issues.push({ path: formatPath(["parameters", i, "key"], input), message: `mã tham số “${p.key}” không có trong các gói; có phải “${near}”?` });
  });
  return issues;
}

/** Keys a khoán item reads, with the unit each must have. */
function khoanKeys(k: KhoanItem): [path: string, key: string, unit: Unit][] {
  const keys: [string, string, Unit][] = k.byPhanLoai ? ["I", "II", "III"].map((c) => ["base", `${k.base}.${c}`, "VND"]) : [["base", k.base, "VND"]];
  if (k.khoKhan) keys.push(["khoKhan.param", k.khoKhan.param, "VND"]);
  if (k.steps) keys.push(["steps.threshold", k.steps.threshold, "households"], ["steps.size", k.steps.size, "households"], ["steps.amount", k.steps.amount, "VND"]);
  return keys;
}

function referenceIssues(pack: Pack, parents: ResolvedPack, input: unknown): PackIssue[] {
  const units = new Map<string, Unit>();
  for (const p of parents.params.all()) units.set(p.key, p.unit);
  for (const p of pack.parameters) units.set(p.key, p.unit);
  const issues: PackIssue[] = [];
  const missing = (key: string) => {
    const near = closestName(key, units.keys());
    return `tham số “${key}” không có trong tệp hay gói “${parents.id}”${near ? `; có phải “${near}”?` : ""} Cần thêm tham số này vào "parameters".`;
  };
  pack.posts.forEach((post, i) => {
    if (post.rate && !units.has(post.rate)) issues.push({ path: formatPath(["posts", i, "rate"], input), message: missing(post.rate) });
  });
  pack.khoan.forEach((k, i) => {
    for (const [field, key, unit] of khoanKeys(k)) {
      const path = formatPath(["khoan", i, ...field.split(".")], input);
      const u = units.get(key);
      if (!u) issues.push({ path, message: missing(key) });
      else if (u !== unit) issues.push({ path, message: `tham số “${key}” có đơn vị “${u}”; khoản khoán cần “${unit}”.` });
    }
  });
  return issues;
}

/** Plausibility of the file's values: own range, else the parents' declared range; LCS of each date. */
function plausibilityIssues(pack: Pack, parents: ResolvedPack, input: unknown): PackIssue[] {
  const own = stackPacks([{ ...pack, posts: [], khoan: [] }]);
  const lcsAt = (d: string) => luongCoSoAt(own, d) ?? luongCoSoAt(parents, d);
  const specOf = (p: Parameter) => {
    const range: Range | undefined = p.range ?? declaredRange(parents, p.key, p.unit);
    return { unit: p.unit, label: p.label, ...(range ? { range } : {}) };
  };
  return valueIssues(pack.parameters, specOf, lcsAt, input);
}

/**
 * A province's pack file → a validated Pack (extending "central" unless it says otherwise), or a
 * PackError whose issues name each place in the JSON. `others`: other pack files given together
 * (one may extend another).
 */
export function parsePackFile(json: unknown, fileName: string, others: Pack[] = []): Pack {
  const parsed = parsePack(json, fileName);
  if (parsed.id === "central")
    throw new PackError(fileName, [{ path: "id", message: "mã “central” dành cho quy định trung ương; đặt mã riêng cho gói của tỉnh (ví dụ “tinh-x”)." }]);
  const pack: Pack = parsed.extends ? parsed : { ...parsed, extends: "central" };
  const { parents, issue } = parentChain(pack, others);
  if (!parents) throw new PackError(fileName, [issue!]);
  const structural = [...parameterIssues(pack, parents, json), ...referenceIssues(pack, parents, json)];
  if (structural.length) throw new PackError(fileName, structural);
  const values = plausibilityIssues(pack, parents, json);
  if (values.length) throw new PackError(fileName, values);
  return pack;
}
