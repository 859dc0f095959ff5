/**
 * TEMPORARY adapter for today's estimate.ts (`troCapLines(ctx, leavers)`): runs the pure `troCap`
 * and books its lines in the run's ledger. The engine refactor replaces it with a call to `troCap`
 * from estimate.ts; delete this file then.
 */
import type { RunContext } from "../../estimate";
import { COMPONENT_INDEX } from "../../ledger";
import type { LeaverRow } from "../../types";
import { troCap } from "./run";
import type { LeaverResult } from "./types";

export function troCapLines(ctx: RunContext, leavers: LeaverRow[]): LeaverResult[] {
  const out = troCap({
    params: ctx.pack.params, packId: ctx.pack.id, year: ctx.year, leavers, rows: ctx.rows, posts: ctx.posts, use: (r) => ctx.months[0].use(r),
  });
  ctx.issues.push(...out.issues);
  out.results.forEach((res, i) => {
    if (!res.lines.length) return;
    const subject = ctx.subjects.length;
    ctx.subjects.push({ kind: "leaver", row: i, unit: ctx.units.id(res.donVi, res.thon) });
    for (const l of res.lines)
      ctx.ledger.push(subject, l.month, COMPONENT_INDEX.troCapMotLan, l.amount, ctx.ledger.text(`${l.label}: ${l.formula}`), ctx.ledger.basisOf(l.params, l.citation));
  });
  return out.results;
}
