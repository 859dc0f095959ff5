/**
 * Compulsory BHXH and BHYT plans of the roster rows, on the main post only (a concurrent allowance
 * is not a contribution base), through the one insurance rule (../rules/insurance.ts). Rows share
 * plans by (insurance group, the row's BHXH/BHYT choices, days pattern).
 */
import type { RunContext } from "../context";
import { COMPONENT_INDEX } from "../ledger";
import type { InsuranceGroup } from "../law";
import { compulsoryLine, isCovered, type InsuranceKind } from "../rules/insurance";
import type { RosterRow } from "../types";
import type { Problems } from "./problems";

const GROUPS: InsuranceGroup[] = ["hdkctXa", "hdkctThon", "toBaoVe", "hoTroThon", "khong"];
const GROUP_INDEX = new Map(GROUPS.map((g, i) => [g, i]));
const KINDS: InsuranceKind[] = ["bhxh", "bhyt"];

/** The row's BHXH and BHYT choices as one small number (no string per row). */
function choiceCode(row: RosterRow): number {
  const x = row.bhxh === null ? 0 : row.bhxh === "batBuoc" ? 1 : row.bhxh === "tuNguyen" ? 2 : 3;
  return x * 3 + (row.bhyt === null ? 0 : row.bhyt ? 1 : 2);
}

export function insuranceLines(ctx: RunContext, problems: Problems): void {
  const { ledger, rows, posts, days } = ctx;
  /** Plans by key: [bhxh, bhyt] (−1: none). */
  const recs = new Map<number, [number, number]>();
  const lineMemo = new Map<string, { amount: number; explain: number; basis: number }>();
  const comps = [COMPONENT_INDEX.bhxh, COMPONENT_INDEX.bhyt];

  const line = (kind: InsuranceKind, m: number, d: number) => {
    const k = `${kind}|${m}|${d}`;
    let l = lineMemo.get(k);
    if (!l) {
      const x = compulsoryLine(kind, { kind: "default" }, ctx.months[m - 1], d);
      lineMemo.set(k, (l = { amount: x.amount, explain: ledger.text(x.text), basis: ledger.basisOf(x.params, "") }));
    }
    return l;
  };
  const build = (row: RosterRow, group: InsuranceGroup, pattern: number): [number, number] =>
    KINDS.map((kind) => {
      const lines: [number, { amount: number; explain: number; basis: number }][] = [];
      for (const mc of ctx.months) {
        const d = days.of(pattern, mc.month);
        if (d === 0) continue;
        try {
          if (isCovered(kind, group, row.bhxh, row.bhyt, mc)) lines.push([mc.month, line(kind, mc.month, d)]);
        } catch (e) {
          problems.once(e, row.loc);
        }
      }
      if (!lines.length) return -1;
      ledger.beginPlan();
      for (const [m, l] of lines) ledger.planLine(m, l.amount, l.explain, l.basis);
      return ledger.endPlan();
    }) as [number, number];

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const group = posts[i].insurance;
    if (row.kiemNhiem || group === "khong") continue;
    const key = (GROUP_INDEX.get(group)! * 12 + choiceCode(row)) * days.count + days.ofRow[i];
    let rec = recs.get(key);
    if (!rec) recs.set(key, (rec = build(row, group, days.ofRow[i])));
    for (let k = 0; k < 2; k++) if (rec[k] >= 0) ledger.add(i, comps[k], rec[k]);
  }
}
