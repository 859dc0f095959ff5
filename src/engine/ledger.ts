/**
 * The ledger of an estimate, built around plans.
 *
 * A plan is the monthly lines (month, amount in whole đồng, formula text, legal basis) of one
 * component for one distinct input: a province has ~100,000 person-posts, but only a few thousand
 * distinct (rate × days in post × share …) inputs. The ledger stores one entry per subject ×
 * component pointing at a plan (typed arrays, no object per row); aggregations add plan totals ×
 * counts, and lines are expanded only when asked (`lines()`, detail sheets, explanations).
 */
import type { Resolved } from "./law";

export const COMPONENTS = [
  "phuCap",
  "phuCapKiemNhiem",
  "hoTro",
  "hoTroKiemNhiem",
  "bhxh",
  "bhyt",
  "hoTroBhxhTuNguyen",
  "hoTroBhyt",
  "khoanKinhPhi",
  "troCapMotLan",
] as const;
export type Component = (typeof COMPONENTS)[number];
export const COMPONENT_INDEX: Record<Component, number> = Object.fromEntries(COMPONENTS.map((c, i) => [c, i])) as Record<Component, number>;

export const COMPONENT_LABELS: Record<Component, string> = {
  phuCap: "Phụ cấp",
  phuCapKiemNhiem: "Phụ cấp kiêm nhiệm",
  hoTro: "Hỗ trợ hằng tháng",
  hoTroKiemNhiem: "Hỗ trợ kiêm nhiệm",
  bhxh: "BHXH bắt buộc (đơn vị đóng)",
  bhyt: "BHYT (đơn vị đóng)",
  hoTroBhxhTuNguyen: "Hỗ trợ đóng BHXH tự nguyện",
  hoTroBhyt: "Hỗ trợ đóng BHYT",
  khoanKinhPhi: "Khoán kinh phí hoạt động",
  troCapMotLan: "Trợ cấp một lần",
};

/** The legal basis of a line: the parameter values it used (deduplicated, interned). */
export interface Basis {
  /** Main document, for "by legal basis" totals, e.g. "Nghị định 73/2024/NĐ-CP". */
  label: string;
  /** "Nghị định 73/2024/NĐ-CP Điều 3 khoản 2; …" */
  citation: string;
  params: Resolved[];
}

export function citationOf(r: Resolved): string {
  return r.source.article ? `${r.source.document} ${r.source.article}` : r.source.document;
}

/** One line, expanded (tests, explanations, detail sheets). */
export interface LedgerLine {
  subject: number;
  month: number;
  component: Component;
  amount: number;
  formula: string;
  citation: string;
}

const MONTHS = 12;

function grown<T extends Int32Array | Uint8Array | Float64Array>(a: T, n: number): T {
  if (n <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** Plans: lines stored flat, plan p owning lines [start[p], start[p + 1]). */
class Plans {
  count = 0;
  start = new Int32Array(1024);
  /** Monthly totals (p × 12 + month − 1) and year totals. */
  monthTotal = new Float64Array(1024 * MONTHS);
  total = new Float64Array(1024);
  lines = 0;
  month = new Uint8Array(1024);
  amount = new Float64Array(1024);
  explain = new Int32Array(1024);
  basis = new Int32Array(1024);
  private open = false;

  begin(): void {
    if (this.open) throw new Error("Ledger: a plan is already open");
    this.open = true;
    this.start = grown(this.start, this.count + 2);
    this.start[this.count] = this.lines;
  }

  line(month: number, amount: number, explain: number, basis: number): void {
    const i = this.lines++;
    if (i >= this.month.length) {
      const n = i + 1;
      this.month = grown(this.month, n);
      this.amount = grown(this.amount, n);
      this.explain = grown(this.explain, n);
      this.basis = grown(this.basis, n);
    }
    this.month[i] = month;
    this.amount[i] = amount;
    this.explain[i] = explain;
    this.basis[i] = basis;
  }

  end(): number {
    this.open = false;
    const p = this.count++;
    this.start[p + 1] = this.lines;
    this.monthTotal = grown(this.monthTotal, (p + 1) * MONTHS);
    this.total = grown(this.total, p + 1);
    let t = 0;
    for (let i = this.start[p]; i < this.lines; i++) {
      this.monthTotal[p * MONTHS + this.month[i] - 1] += this.amount[i];
      t += this.amount[i];
    }
    this.total[p] = t;
    return p;
  }
}

export class Ledger {
  readonly plans = new Plans();
  /** Entries: subject × component → plan. */
  entries = 0;
  entrySubject: Int32Array;
  entryComponent: Uint8Array;
  entryPlan: Int32Array;
  readonly texts: string[] = [];
  readonly bases: Basis[] = [];
  private readonly textIndex = new Map<string, number>();
  private readonly basisIndex = new Map<string, number>();

  /** `capacity`: expected number of entries (it grows past it when needed). */
  constructor(capacity = 1024) {
    const n = Math.max(capacity, 1024);
    this.entrySubject = new Int32Array(n);
    this.entryComponent = new Uint8Array(n);
    this.entryPlan = new Int32Array(n);
  }

  /** Interns a formula text; lines share ids. */
  text(s: string): number {
    let id = this.textIndex.get(s);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(s);
      this.textIndex.set(s, id);
    }
    return id;
  }

  /** Interns a basis from the parameter values used (`fallbackLabel` names the roster when none). */
  basisOf(params: Resolved[], fallbackLabel: string): number {
    const key = params.length ? params.map((p) => `${p.key}@${p.from}@${p.layer}`).join("|") : fallbackLabel;
    let id = this.basisIndex.get(key);
    if (id === undefined) {
      id = this.bases.length;
      const main = params[0];
      this.bases.push({
        label: main ? main.source.document : fallbackLabel,
        citation: params.length ? [...new Set(params.map(citationOf))].join("; ") : fallbackLabel,
        params,
      });
      this.basisIndex.set(key, id);
    }
    return id;
  }

  /** Starts a plan; add its lines with `planLine`, then `endPlan` returns its id. */
  beginPlan(): void {
    this.plans.begin();
  }

  planLine(month: number, amount: number, explain: number, basis: number): void {
    this.plans.line(month, amount, explain, basis);
  }

  endPlan(): number {
    return this.plans.end();
  }

  /** Books `plan` for a subject's component. */
  add(subject: number, component: number, plan: number): void {
    const i = this.entries++;
    if (i >= this.entrySubject.length) {
      this.entrySubject = grown(this.entrySubject, i + 1);
      this.entryComponent = grown(this.entryComponent, i + 1);
      this.entryPlan = grown(this.entryPlan, i + 1);
    }
    this.entrySubject[i] = subject;
    this.entryComponent[i] = component;
    this.entryPlan[i] = plan;
  }

  /** One line of its own (a plan used once), e.g. a one-off payment. */
  push(subject: number, month: number, component: number, amount: number, explain: number, basis: number): void {
    this.beginPlan();
    this.planLine(month, amount, explain, basis);
    this.add(subject, component, this.endPlan());
  }

  /** Number of lines, all entries expanded. */
  get length(): number {
    const { start } = this.plans;
    let n = 0;
    for (let e = 0; e < this.entries; e++) {
      const p = this.entryPlan[e];
      n += start[p + 1] - start[p];
    }
    return n;
  }

  /** Lines [first, end) of a plan, in the flat line arrays of `plans`. */
  planRange(plan: number): [number, number] {
    return [this.plans.start[plan], this.plans.start[plan + 1]];
  }

  /** Every line, entry by entry. */
  *lines(): Generator<LedgerLine> {
    const pl = this.plans;
    for (let e = 0; e < this.entries; e++) {
      const p = this.entryPlan[e];
      const component = COMPONENTS[this.entryComponent[e]];
      for (let i = pl.start[p]; i < pl.start[p + 1]; i++)
        yield {
          subject: this.entrySubject[e],
          month: pl.month[i],
          component,
          amount: pl.amount[i],
          formula: this.texts[pl.explain[i]],
          citation: this.bases[pl.basis[i]].citation,
        };
    }
  }
}
