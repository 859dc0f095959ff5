/**
 * Totals per person: roster rows with the same name in the same commune and village (a main post,
 * its concurrent posts, support rows), with the leavers of sheet NghiViec counted with them.
 */
import type { EstimateResult } from "./estimate";
import { COMPONENTS } from "./ledger";
import { compareUnits, totalsAt, type Totals } from "./totals";
import type { Location } from "./types";

export interface PersonTotals {
  hoTen: string;
  donVi: string;
  thon: string | null;
  maSoBhxh: string | null;
  /** Rows of the person (DanhSach, then NghiViec), as Excel shows them. */
  rows: { sheet: string; row: number }[];
  totals: Totals;
}

const NC = COMPONENTS.length;

export function byPersonOf(result: EstimateResult): PersonTotals[] {
  const { ledger, persons, rows, units, subjectList } = result;
  const rowPerson = persons.all();
  const leaverPerson = (result.leavers ?? []).map((l) => persons.id(units.id(l.donVi, l.thon), l.hoTen));
  const acc = new Float64Array(persons.count * NC);
  const total = ledger.plans.total;
  for (let e = 0; e < ledger.entries; e++) {
    const s = ledger.entrySubject[e];
    const subject = subjectList.at(s);
    const pid = subject.kind === "post" ? rowPerson[subject.row] : subject.kind === "leaver" ? leaverPerson[subject.row] : -1;
    if (pid >= 0) acc[pid * NC + ledger.entryComponent[e]] += total[ledger.entryPlan[e]];
  }
  const locs: Location[][] = Array.from({ length: persons.count }, () => []);
  const names: { hoTen: string; maSoBhxh: string | null }[] = new Array(persons.count);
  rows.forEach((r, i) => {
    const pid = rowPerson[i];
    locs[pid].push({ sheet: r.loc.sheet, row: r.loc.row });
    const n = (names[pid] ??= { hoTen: r.hoTen.trim(), maSoBhxh: null });
    n.maSoBhxh ??= r.maSoBhxh ?? null;
  });
  (result.leavers ?? []).forEach((l, i) => {
    const pid = leaverPerson[i];
    locs[pid].push({ sheet: l.loc.sheet, row: l.loc.row });
    names[pid] ??= { hoTen: l.hoTen.trim(), maSoBhxh: null };
  });
  const out: PersonTotals[] = [];
  for (let pid = 0; pid < persons.count; pid++) {
    const u = units.list[persons.unitOf[pid]];
    out.push({ hoTen: names[pid].hoTen, donVi: u.donVi, thon: u.thon, maSoBhxh: names[pid].maSoBhxh, rows: locs[pid], totals: totalsAt(acc, pid) });
  }
  // by unit as summarize orders them, then in order of first appearance
  const order = out.map((_, i) => i);
  order.sort((a, b) => compareUnits(out[a], out[b]) || a - b);
  return order.map((i) => out[i]);
}
