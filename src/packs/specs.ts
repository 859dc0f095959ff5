/**
 * Declared plausibility ranges of a resolved pack's parameters. The engine's parameter table keeps
 * only what the engine needs (key, label, unit, values); the `range` a pack file declares is kept
 * here, per resolved pack, so plausibility checks of user values can find it.
 */
import type { Range } from "./schema";

const ranges = new WeakMap<object, ReadonlyMap<string, Range>>();

/** Records the ranges of `pack` (called by stackPacks). */
export function rememberRanges(pack: object, byKey: ReadonlyMap<string, Range>): void {
  ranges.set(pack, byKey);
}

/** The range declared for `key` by the topmost layer of `pack` that declares one. */
export function declaredRange(pack: object, key: string): Range | undefined {
  return ranges.get(pack)?.get(key);
}
