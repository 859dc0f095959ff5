/**
 * TEMPORARY — to be replaced by `detailLines` of src/engine/detail.ts (the engine helper is writing
 * it; same signature and shape). Until then this builds the detail lines from the ledger: one line per
 * subject (person × post, khoán item, leaver) × component with its twelve monthly amounts, ordered by
 * unit (commune, village; Vietnamese collation), then roster order, then component order.
 */
import type { EstimateResult } from "../engine/estimate";
import { COMPONENTS, type Component } from "../engine/ledger";
import type { Location } from "../engine/types";

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
  months: number[];
  total: number;
  formula: string;
  citation: string;
}

const NC = COMPONENTS.length;
const collator = new Intl.Collator("vi", { numeric: true });

/** A full month's " × 31/31 ngày" says nothing: dropped so equal months group together. */
const FULL_MONTH = / × (\d+)\/\1 ngày/;
const MONTH_TAG = / — tháng \d+/;

function formulaText(texts: (string | null)[]): string {
  const parts: { from: number; to: number; text: string }[] = [];
  texts.forEach((t, m) => {
    if (t === null) return;
    const text = t.replace(FULL_MONTH, "").replace(MONTH_TAG, "");
    const last = parts[parts.length - 1];
    if (last && last.text === text && last.to === m) last.to = m + 1;
    else parts.push({ from: m + 1, to: m + 1, text });
  });
  if (parts.length === 1) return parts[0].text;
  return parts.map((p) => `T${p.from}${p.to > p.from ? `–${p.to}` : ""}: ${p.text}`).join("; ");
}

function citationText(citations: Set<string>): string {
  const parts = new Set<string>();
  for (const c of citations) for (const p of c.split("; ")) if (p) parts.add(p);
  return [...parts].join("; ");
}

/** Slot of each (subject, component) with lines, in ledger order. */
function slots(result: EstimateResult): { slotOf: Int32Array; count: number } {
  const { ledger } = result;
  const slotOf = new Int32Array(result.subjects.length * NC).fill(-1);
  let count = 0;
  for (let i = 0; i < ledger.length; i++) {
    const k = ledger.subject[i] * NC + ledger.component[i];
    if (slotOf[k] < 0) slotOf[k] = count++;
  }
  return { slotOf, count };
}

/** Subjects in report order: by unit (collation), then subject order (roster rows first). */
function subjectOrder(result: EstimateResult): number[] {
  const units = result.units.list;
  const unitRank = new Int32Array(units.length);
  units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => collator.compare(a.u.donVi, b.u.donVi) || collator.compare(a.u.thon ?? "", b.u.thon ?? ""))
    .forEach((x, rank) => (unitRank[x.i] = rank));
  const order = result.subjects.map((_, i) => i);
  order.sort((a, b) => unitRank[result.subjects[a].unit] - unitRank[result.subjects[b].unit] || a - b);
  return order;
}

export function* detailLines(result: EstimateResult): Generator<DetailLine> {
  const { ledger } = result;
  const { slotOf, count } = slots(result);
  const amounts = new Float64Array(count * 12);
  const explain = new Int32Array(count * 12).fill(-1);
  const basis = new Int32Array(count * 12).fill(-1);
  for (let i = 0; i < ledger.length; i++) {
    const s = slotOf[ledger.subject[i] * NC + ledger.component[i]];
    const o = s * 12 + ledger.month[i] - 1;
    amounts[o] += ledger.amount[i];
    explain[o] = ledger.explain[i];
    if (basis[o] < 0) basis[o] = ledger.basis[i];
  }
  // many lines share their twelve formulas and bases: texts are made once per pattern
  const texts = new Map<string, { formula: string; citation: string }>();
  for (const subj of subjectOrder(result)) {
    for (let c = 0; c < NC; c++) {
      const s = slotOf[subj * NC + c];
      if (s < 0) continue;
      const o = s * 12;
      const months: number[] = [];
      let key = "";
      for (let m = 0; m < 12; m++) {
        months.push(amounts[o + m]);
        key += `${explain[o + m]},${basis[o + m]};`;
      }
      let t = texts.get(key);
      if (!t) {
        const e = Array.from({ length: 12 }, (_, m) => explain[o + m]);
        const b = Array.from({ length: 12 }, (_, m) => basis[o + m]);
        t = {
          formula: formulaText(e.map((x) => (x < 0 ? null : ledger.texts[x]))),
          citation: citationText(new Set(b.filter((x) => x >= 0).map((x) => ledger.bases[x].citation))),
        };
        texts.set(key, t);
      }
      // no object spread here: V8 promotes spread copies to the old generation (a gigabyte of garbage)
      const w = who(result, subj);
      yield {
        kind: w.kind,
        loc: w.loc,
        hoTen: w.hoTen,
        maSoBhxh: w.maSoBhxh,
        chucDanh: w.chucDanh,
        kiemNhiem: w.kiemNhiem,
        donVi: w.donVi,
        thon: w.thon,
        component: COMPONENTS[c],
        months,
        total: months.reduce((a, v) => a + v, 0),
        formula: t.formula,
        citation: t.citation,
      };
    }
  }
}

type Who = Omit<DetailLine, "component" | "months" | "total" | "formula" | "citation">;

function who(result: EstimateResult, subj: number): Who {
  const s = result.subjects[subj];
  const unit = result.units.list[s.unit];
  if (s.kind === "post") {
    const r = result.rows[s.row];
    return { kind: "post", loc: r.loc, hoTen: r.hoTen, maSoBhxh: r.maSoBhxh ?? null, chucDanh: r.chucDanh, kiemNhiem: r.kiemNhiem, donVi: r.donVi, thon: r.thon };
  }
  if (s.kind === "khoan") return { kind: "khoan", loc: null, hoTen: null, maSoBhxh: null, chucDanh: s.name, kiemNhiem: false, donVi: unit.donVi, thon: unit.thon };
  const l = result.leavers[s.row];
  return { kind: "leaver", loc: l.loc, hoTen: l.hoTen, maSoBhxh: null, chucDanh: null, kiemNhiem: false, donVi: l.donVi, thon: l.thon };
}
