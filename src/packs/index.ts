/** The packs module: the law as data files, their schema, loading, layering and plausibility. */
export { builtInPacks, packChain, packIds, resolvePack } from "./builtin";
export { formatPath, PackError, parseOverride, parsePack, stackPacks, type PackIssue, type ResolvedPack } from "./load";
export { formatPack } from "./format";
export {
  CELL_SPECS, checkPlausible, checkUserParameter, formatVn, luongCoSoAt, parameterSpec, UNIT_RANGES,
  type PackLike, type PlausibleHint, type PlausibleSpec, type Problem,
} from "./plausible";
export * from "./schema";
export { parsePackFile } from "./packfile";
