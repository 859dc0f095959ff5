/**
 * One commune workbook's estimate (the one pipeline's outcome) reduced to what consolidation needs:
 * per-commune totals, funds, BHXH transfers and people; the parameter values used. Small and plain, so
 * a worker thread can send it back cheaply.
 */
import { emptyTotals, addTotals, type Summary } from "../engine/aggregate";
import { paramNotes } from "../engine/notes";
import type { EstimateResult } from "../engine/estimate";
import { TRANSFER_KINDS, type TransferKind } from "../engine/lines/support/types";
import type { RunOutcome } from "../app";
import { communeKey } from "./key";
import type { CommuneFigures, FileEstimate, FileFailure } from "./types";

const quarters = (): number[] => [0, 0, 0, 0];

function newCommune(xa: string): CommuneFigures {
  return { xa, people: 0, totals: emptyTotals(), funds: null, transfers: Object.fromEntries(TRANSFER_KINDS.map((k) => [k, quarters()])) as Record<TransferKind, number[]> };
}

/** Figures per commune, keyed by its normalised name (the first spelling met names it). */
function communesOf(s: Summary): CommuneFigures[] {
  const map = new Map<string, CommuneFigures>();
  const of = (xa: string) => {
    const k = communeKey(xa);
    let c = map.get(k);
    if (!c) map.set(k, (c = newCommune(xa)));
    return c;
  };
  for (const u of s.byUnit) addTotals(of(u.donVi).totals, u.totals);
  for (const p of s.byPerson) of(p.donVi).people++;
  for (const f of s.funds) {
    const c = of(f.donVi);
    c.funds ??= { quyKhoan: 0, chiPhi: 0, chenhLech: 0, boSung: 0 };
    c.funds.quyKhoan += f.quyKhoan;
    c.funds.chiPhi += f.chiPhi;
    c.funds.chenhLech += f.chenhLech;
    // what the local budget adds: the shortfall of each unit (a surplus of one village funds no other)
    c.funds.boSung += Math.max(0, -f.chenhLech);
  }
  for (const t of s.transfers) of(t.donVi).transfers[t.kind][t.quarter - 1] += t.soTienChuyen;
  return [...map.values()];
}

function paramsOf(result: EstimateResult): FileEstimate["params"] {
  const user = new Set(result.pack.userLayers);
  const unit = new Map(result.paramsUsed.map((r) => [r.key, r.unit]));
  return paramNotes(result.paramsUsed.filter((r) => !user.has(r.layer))).map((n) => ({ ...n, unit: unit.get(n.key) ?? "" }));
}

/** The outcome of one workbook: its figures, or its errors (nothing of it is counted). */
export function fileOutcome(file: string, r: RunOutcome, seconds: number): FileEstimate | FileFailure {
  if (!r.ok || !r.summary || !r.result || !r.pack)
    return { ok: false, file, errors: r.errors, ...(r.hint ? { hint: r.hint } : {}), seconds };
  const s = r.summary;
  const user = new Set(r.pack.userLayers);
  return {
    ok: true,
    file,
    year: s.year,
    pack: { id: r.pack.id, name: r.pack.name, jurisdiction: r.pack.jurisdiction, chain: r.pack.chain.filter((l) => !user.has(l)) },
    communes: communesOf(s),
    totals: addTotals(emptyTotals(), s.totals),
    byQuarter: s.byQuarter.map((q) => q.totals),
    params: paramsOf(r.result),
    unconfirmed: s.unconfirmed.filter((n) => !user.has(n.layer)),
    userSupplied: s.userSupplied,
    warnings: s.warnings,
    seconds,
  };
}
