/**
 * One-off payments of the leavers (sheet NghiViec) through the pure troCap rules
 * (../rules/troCap): each costed leaver of the year is one subject, its payments one plan of lines
 * in the month of the leaving date (component troCapMotLan).
 */
import type { RunContext } from "../context";
import { COMPONENT_INDEX } from "../ledger";
import { troCap, type LeaverResult } from "../rules/troCap";
import type { LeaverRow } from "../types";

export function leaverLines(ctx: RunContext, leavers: LeaverRow[]): LeaverResult[] {
  const { ledger } = ctx;
  const out = troCap({
    params: ctx.pack.params, packId: ctx.pack.id, year: ctx.year, leavers, rows: ctx.rows, posts: ctx.posts, use: (r) => ctx.months[0].use(r),
  });
  ctx.issues.push(...out.issues);
  out.results.forEach((res, i) => {
    if (!res.lines.length) return;
    const subject = ctx.subjects.push({ kind: "leaver", row: i, unit: ctx.units.id(res.donVi, res.thon) }) - 1;
    ledger.beginPlan();
    for (const l of res.lines) ledger.planLine(l.month, l.amount, ledger.text(`${l.label}: ${l.formula}`), ledger.basisOf(l.params, l.citation));
    ledger.add(subject, COMPONENT_INDEX.troCapMotLan, ledger.endPlan());
  });
  return out.results;
}
