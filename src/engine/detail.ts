/**
 * The detail of an estimate, one line per subject (roster row, khoán item of a unit, leaver) and
 * component, with its 12 monthly amounts, its formula and its legal basis: what a detail sheet
 * prints. Ordered by unit (commune, then village, in Vietnamese order as summarize uses), then
 * roster rows in order, the unit's khoán items, its leavers; components in COMPONENTS order.
 *
 * A generator: 100,000 rows never need all their lines as objects at once. Formula and citation
 * texts are made once per plan and shared by the lines using it.
 */
import type { EstimateResult } from "./estimate";
import { DOI_TUONG_LABELS } from "./labels";
import { citationOf, COMPONENTS, type Component } from "./ledger";
import { compareUnits } from "./totals";
import type { Location } from "./types";

export interface DetailLine {
  kind: "post" | "khoan" | "leaver";
  loc: Location | null;
  hoTen: string | null;
  maSoBhxh: string | null;
  chucDanh: string | null;
  kiemNhiem: boolean;
  donVi: string;
  thon: string | null;
  component: Component;
  /** 12 whole-đồng amounts, January first. */
  months: number[];
  total: number;
  /** One text, or "T1–6: …; T7–12: …" when it changes during the year. */
  formula: string;
  citation: string;
}

/** Entries of each subject (counting sort: `order` lists entry ids subject by subject). */
function entriesBySubject(result: EstimateResult): { start: Int32Array; order: Int32Array } {
  const { ledger } = result;
  const n = result.subjectList.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < ledger.entries; e++) start[ledger.entrySubject[e] + 1]++;
  for (let s = 0; s < n; s++) start[s + 1] += start[s];
  const fill = start.slice(0, n);
  const order = new Int32Array(ledger.entries);
  for (let e = 0; e < ledger.entries; e++) order[fill[ledger.entrySubject[e]]++] = e;
  return { start, order };
}

/** Subjects unit by unit in report order; within a unit in subject order (rows, khoán, leavers). */
function subjectsInOrder(result: EstimateResult): Int32Array {
  const units = result.units.list;
  const rank = new Int32Array(units.length);
  units
    .map((_, i) => i)
    .sort((a, b) => compareUnits(units[a], units[b]) || a - b)
    .forEach((u, r) => (rank[u] = r));
  const unitOf = result.subjectList.units();
  const start = new Int32Array(units.length + 1);
  for (const u of unitOf) start[rank[u] + 1]++;
  for (let r = 0; r < units.length; r++) start[r + 1] += start[r];
  const out = new Int32Array(unitOf.length);
  for (let s = 0; s < unitOf.length; s++) out[start[rank[unitOf[s]]]++] = s;
  return out;
}

function monthRuns(texts: string[]): string {
  const runs: { from: number; to: number; text: string }[] = [];
  texts.forEach((t, i) => {
    if (!t) return;
    const last = runs[runs.length - 1];
    if (last && last.text === t && last.to === i) last.to = i + 1;
    else runs.push({ from: i + 1, to: i + 1, text: t });
  });
  if (runs.length === 1) return runs[0].text;
  return runs.map((r) => `T${r.from === r.to ? r.from : `${r.from}–${r.to}`}: ${r.text}`).join("; ");
}

/** Formula and citation of a plan, made once. */
function planTexts(result: EstimateResult, memo: Map<number, { formula: string; citations: string[] }>, plan: number) {
  let t = memo.get(plan);
  if (!t) {
    const { ledger } = result;
    const pl = ledger.plans;
    const byMonth: string[] = Array(12).fill("");
    const cites = new Set<string>();
    for (let i = pl.start[plan]; i < pl.start[plan + 1]; i++) {
      const m = pl.month[i] - 1;
      const text = ledger.texts[pl.explain[i]];
      byMonth[m] = byMonth[m] ? `${byMonth[m]} + ${text}` : text;
      const basis = ledger.bases[pl.basis[i]];
      // a document may itself name two ("Luật 51/2024/QH15 …; Nghị định 188/2025/NĐ-CP"): list each once
      const add = (c: string) => c.split("; ").forEach((x) => cites.add(x));
      if (basis.params.length) basis.params.forEach((p) => add(citationOf(p)));
      else if (basis.citation) add(basis.citation);
    }
    memo.set(plan, (t = { formula: monthRuns(byMonth), citations: [...cites] }));
  }
  return t;
}

/** Who a subject is: the columns of its detail lines. */
function who(result: EstimateResult, s: number): Omit<DetailLine, "component" | "months" | "total" | "formula" | "citation"> {
  const subject = result.subjectList.at(s);
  const unit = result.units.list[subject.unit];
  if (subject.kind === "post") {
    const r = result.rows[subject.row];
    return { kind: "post", loc: r.loc, hoTen: r.hoTen, maSoBhxh: r.maSoBhxh ?? null, chucDanh: r.chucDanh, kiemNhiem: r.kiemNhiem, donVi: r.donVi, thon: r.thon };
  }
  if (subject.kind === "khoan") return { kind: "khoan", loc: unit.info?.loc ?? null, hoTen: null, maSoBhxh: null, chucDanh: subject.name, kiemNhiem: false, donVi: unit.donVi, thon: unit.thon };
  const l = result.leavers[subject.row];
  return { kind: "leaver", loc: l.loc, hoTen: l.hoTen, maSoBhxh: null, chucDanh: DOI_TUONG_LABELS[l.doiTuong], kiemNhiem: false, donVi: l.donVi, thon: l.thon };
}

export function* detailLines(result: EstimateResult): Generator<DetailLine> {
  const { ledger } = result;
  const pl = ledger.plans;
  const { start, order } = entriesBySubject(result);
  const memo = new Map<number, { formula: string; citations: string[] }>();
  for (const s of subjectsInOrder(result)) {
    if (start[s] === start[s + 1]) continue;
    const entries = Array.from(order.subarray(start[s], start[s + 1])).sort((a, b) => ledger.entryComponent[a] - ledger.entryComponent[b]);
    const base = who(result, s);
    for (let k = 0; k < entries.length; ) {
      const c = ledger.entryComponent[entries[k]];
      const months = Array<number>(12).fill(0);
      const formulas: string[] = [];
      const cites = new Set<string>();
      for (; k < entries.length && ledger.entryComponent[entries[k]] === c; k++) {
        const p = ledger.entryPlan[entries[k]];
        for (let m = 0; m < 12; m++) months[m] += pl.monthTotal[p * 12 + m];
        const t = planTexts(result, memo, p);
        formulas.push(t.formula);
        t.citations.forEach((x) => cites.add(x));
      }
      // fields listed, not spread: V8 moves spread copies to the old generation, and at 100,000 rows
      // the garbage made this generator 15× slower and the --out peak ~100 MiB higher
      const b = base;
      yield {
        kind: b.kind,
        loc: b.loc,
        hoTen: b.hoTen,
        maSoBhxh: b.maSoBhxh,
        chucDanh: b.chucDanh,
        kiemNhiem: b.kiemNhiem,
        donVi: b.donVi,
        thon: b.thon,
        component: COMPONENTS[c],
        months,
        total: months.reduce((a, v) => a + v, 0),
        formula: formulas.join("; "),
        citation: [...cites].join("; "),
      };
    }
  }
}
