/**
 * Declared plausibility ranges of a resolved pack's parameters, and which units may replace each
 * other. The engine's parameter table keeps only what the engine needs (key, label, unit, values);
 * the `range` a pack file declares is kept here, per resolved pack and per unit, so checks of user
 * values find it — and a range declared for a hệ số never applies to the same key given in đồng.
 */
import type { Range, Unit } from "./schema";

export interface DeclaredRange {
  unit: Unit;
  range: Range;
}

const ranges = new WeakMap<object, ReadonlyMap<string, DeclaredRange>>();

/** Records the ranges of `pack` (called by stackPacks). */
export function rememberRanges(pack: object, byKey: ReadonlyMap<string, DeclaredRange>): void {
  ranges.set(pack, byKey);
}

/** The range declared for `key` (in `unit`) by the topmost layer of `pack` that declares one. */
export function declaredRange(pack: object, key: string, unit: Unit): Range | undefined {
  const d = ranges.get(pack)?.get(key);
  return d && d.unit === unit ? d.range : undefined;
}

/**
 * May a layer give `key` in unit `next` over a parent's unit `base`? The same unit, always; a post's
 * monthly rate may also switch between a hệ số × LCS and a fixed amount in đồng (a province sets
 * either: NQ 456/2024 Hưng Yên gives Tổ bảo vệ amounts in đồng where the central slot is a hệ số).
 */
export function compatibleUnits(base: Unit, next: Unit, isPostRate: boolean): boolean {
  if (base === next) return true;
  const money = (u: Unit) => u === "VND" || u === "coefficient";
  return isPostRate && money(base) && money(next);
}
