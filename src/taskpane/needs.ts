/**
 * "Điền ThamSo": the parameters this roster will need for the year that the pack leaves without a
 * value (the estimate would stop on them) or holds only as an unconfirmed placeholder. Found by
 * running the engine itself on the roster, not by a second list of rules: each missing value is
 * given a stand-in and the engine runs again, so values needed only once another is known are found
 * too (a few rounds at most). Values the user already gave (ThamSo, a layer of the user) are not
 * listed, nor keys that already have a row in ThamSo.
 */
import { estimate } from "../engine/estimate";
import type { Resolved } from "../engine/params";
import type { Issue } from "../engine/types";
import { validateWorkbook, type PackFileInput, type RunOutcome } from "../app";
import { missingParamKey } from "../app/hints";
import { loadPackFiles } from "../app/layers";
import { checkPlausible, parameterSpec, resolvePack, type Override, type ResolvedPack, type Unit } from "../packs";
import { classifySheets } from "../roster/headers";
import { cells, type SheetData } from "../roster";

export interface NeededParam {
  key: string;
  label: string;
  unit: Unit;
  /** ISO date from which a value is needed. */
  from: string;
  reason: "missing" | "unconfirmed";
  /** The pack's citation for the value (or for the rule that needs it). */
  citation: string;
  /** The pack's placeholder value (unconfirmed), as a decimal string. */
  packValue: string | null;
}

export interface NeedsResult {
  outcome: RunOutcome;
  needs: NeededParam[];
  /** Keys (as written, lower case) that already have a row in ThamSo. */
  existing: Set<string>;
}

const PROBE = "dò tìm tham số còn thiếu";
const ROUNDS = 6;

function citation(r: { source: { document: string; article?: string } }): string {
  return [r.source.article, r.source.document].filter(Boolean).join(", ");
}

/** "… áp dụng ngày 01/07/2027 …" → "2027-07-01". */
function neededOn(i: Issue, year: number): string {
  const m = /ngày (\d{2})\/(\d{2})\/(\d{4})/.exec(i.message);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : `${year}-01-01`;
}

/**
 * Keys an engine issue says have no value: a missing parameter (THIEU_THAM_SO, an error) or the
 * khoán levels the province has not set (CHUA_CO_MUC_KHOAN, a warning listing "(key, n đơn vị)").
 */
function missingKeys(i: Issue): string[] {
  if (i.code === "CHUA_CO_MUC_KHOAN") return [...i.message.matchAll(/\(([A-Za-z][\w.]*), \d+ đơn vị\)/g)].map((m) => m[1]);
  const key = missingParamKey(i);
  return key ? [key] : [];
}

/** Mã cells of the ThamSo sheet, lower case, whatever their row holds. */
function thamSoKeys(sheets: SheetData[]): Set<string> {
  const found = classifySheets(sheets).found.thamSo;
  const ma = found?.match.columns.get("ma");
  const out = new Set<string>();
  if (!found || !ma) return out;
  found.sheet.rows.forEach((row, r) => {
    if (r <= found.match.lastRowIndex) return;
    const v = cells.unwrapCell(row?.[ma.index]);
    if (v !== null) out.add(cells.displayValue(v).trim().toLowerCase());
  });
  return out;
}

/** A value the pack's plausibility check accepts for the key (only to let the engine go on). */
function standIn(pack: ResolvedPack, key: string): string {
  const spec = parameterSpec(key, pack)!;
  const candidates = [spec.range?.min, spec.range?.max, "0", "1", "1000000", "0.5"].filter((v): v is string => v !== undefined);
  return candidates.find((v) => checkPlausible(v, spec) === null) ?? "0";
}

function probeLayer(pack: ResolvedPack, missing: Map<string, string>): { layer: string; override: Override } {
  const parameters = [...missing].map(([key, from]) => {
    const p = pack.params.get(key)!;
    return { key, label: p.label, unit: p.unit, values: [{ from, value: standIn(pack, key), source: { document: PROBE }, confidence: "high" as const }] };
  });
  return { layer: PROBE, override: { parameters } };
}

function packFor(outcome: RunOutcome, packFiles: PackFileInput[]): ResolvedPack | null {
  if (outcome.pack) return outcome.pack;
  try {
    return resolvePack(outcome.settings.packId, outcome.overrides, loadPackFiles(packFiles).packs);
  } catch {
    return null;
  }
}

/** Runs the engine until no new missing value shows up; returns missing keys with dates, and the last run's used values. */
function probe(outcome: RunOutcome, base: ResolvedPack, packFiles: PackFileInput[]): { missing: Map<string, string>; used: Resolved[] } {
  const read = outcome.read!;
  const year = outcome.settings.year!;
  const missing = new Map<string, string>();
  const extra = loadPackFiles(packFiles).packs;
  let pack = base;
  let used: Resolved[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const r = estimate({ year, rows: read.rows, units: read.units, leavers: read.leavers, doiChieu: read.doiChieu }, pack);
    used = r.paramsUsed;
    let added = 0;
    for (const i of r.issues)
      for (const key of missingKeys(i)) {
        if (!pack.params.has(key) || missing.has(key)) continue;
        missing.set(key, neededOn(i, year));
        added++;
      }
    if (!added) break;
    pack = resolvePack(base.id, [...outcome.overrides, probeLayer(base, missing)], extra);
  }
  return { missing, used };
}

/** What the roster needs that the pack does not give for sure. */
export function neededParameters(sheets: SheetData[], o: { packId?: string; year?: number; packFiles?: PackFileInput[]; fallbackYear: number }): NeedsResult {
  const packFiles = o.packFiles ?? [];
  const outcome = validateWorkbook(sheets, { packId: o.packId, year: o.year, packFiles, fallbackYear: o.fallbackYear, frontDoor: "pane" });
  const existing = thamSoKeys(sheets);
  const base = outcome.read && outcome.settings.year ? packFor(outcome, packFiles) : null;
  if (!base) return { outcome, needs: [], existing };
  const { missing, used } = probe(outcome, base, packFiles);
  const user = new Set([...base.userLayers, PROBE]);
  const needs: NeededParam[] = [];
  for (const [key, from] of missing) {
    const p = base.params.get(key)!;
    const e = base.params.entryAt(key, from);
    needs.push({ key, label: p.label, unit: p.unit, from, reason: "missing", citation: e ? citation(e) : "", packValue: null });
  }
  for (const r of used) {
    if (user.has(r.layer) || r.confidence !== "unconfirmed" || typeof r.value !== "string" || missing.has(r.key)) continue;
    needs.push({ key: r.key, label: r.label, unit: r.unit, from: r.from, reason: "unconfirmed", citation: citation(r), packValue: r.value });
  }
  const fresh = needs.filter((n) => !existing.has(n.key.toLowerCase()));
  fresh.sort((a, b) => (a.key === b.key ? a.from.localeCompare(b.from) : a.key.localeCompare(b.key)));
  return { outcome, needs: fresh, existing };
}
