/**
 * State shared by the functions and the task pane (one shared runtime): the workbook's default
 * pack and the user's ThamSo overrides. Resolved packs are cached: recalculation must be cheap.
 */
import { resolvePack, type Override, type ResolvedPack } from "../packs";
import { excelError } from "./args";

let defaultPackId = "central";
let overrides: { layer: string; override: Override }[] = [];
const cache = new Map<string, ResolvedPack>();

export function setDefaultPack(id: string): void {
  defaultPackId = id;
}

export function getDefaultPack(): string {
  return defaultPackId;
}

/** Installs ThamSo values read by the task pane; they apply to every pack. */
export function setOverrides(next: { layer: string; override: Override }[]): void {
  overrides = next;
  cache.clear();
}

export function currentPack(id?: string | null): ResolvedPack {
  const key = (id ?? "").trim() || defaultPackId;
  let p = cache.get(key);
  if (!p) {
    try {
      p = resolvePack(key, overrides);
    } catch (e) {
      throw excelError((e as Error).message);
    }
    cache.set(key, p);
  }
  return p;
}
