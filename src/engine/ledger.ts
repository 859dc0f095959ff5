/**
 * The ledger: one line per (subject, month, component) with its amount in whole đồng, the formula
 * text and the legal basis. Stored column-wise in typed arrays: a province is ~100,000 person-posts
 * × 12 months × a few components, and objects per line would cost gigabytes.
 */
import type { Resolved } from "./params";

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

export class Ledger {
  length = 0;
  subject: Int32Array;
  month: Uint8Array;
  component: Uint8Array;
  amount: Float64Array;
  explain: Int32Array;
  basis: Int32Array;
  readonly texts: string[] = [];
  readonly bases: Basis[] = [];
  private readonly textIndex = new Map<string, number>();
  private readonly basisIndex = new Map<string, number>();

  /** `capacity`: expected number of lines (it grows past it when needed). */
  constructor(capacity = 1024) {
    const n = Math.max(capacity, 1024);
    this.subject = new Int32Array(n);
    this.month = new Uint8Array(n);
    this.component = new Uint8Array(n);
    this.amount = new Float64Array(n);
    this.explain = new Int32Array(n);
    this.basis = new Int32Array(n);
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

  /** Interns a basis from the parameter values used (the roster itself when none). */
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

  push(subject: number, month: number, component: number, amount: number, explain: number, basis: number): void {
    if (this.length === this.subject.length) this.grow();
    const i = this.length++;
    this.subject[i] = subject;
    this.month[i] = month;
    this.component[i] = component;
    this.amount[i] = amount;
    this.explain[i] = explain;
    this.basis[i] = basis;
  }

  private grow(): void {
    const n = this.subject.length * 2;
    const g = <T extends Int32Array | Uint8Array | Float64Array>(a: T, C: new (n: number) => T): T => {
      const b = new C(n);
      b.set(a);
      return b;
    };
    this.subject = g(this.subject, Int32Array);
    this.month = g(this.month, Uint8Array);
    this.component = g(this.component, Uint8Array);
    this.amount = g(this.amount, Float64Array);
    this.explain = g(this.explain, Int32Array);
    this.basis = g(this.basis, Int32Array);
  }

  /** One line as an object (for tests, explanations and detail sheets). */
  line(i: number): LedgerLine {
    return {
      subject: this.subject[i],
      month: this.month[i],
      component: COMPONENTS[this.component[i]],
      amount: this.amount[i],
      formula: this.texts[this.explain[i]],
      citation: this.bases[this.basis[i]].citation,
    };
  }

  *lines(): Generator<LedgerLine> {
    for (let i = 0; i < this.length; i++) yield this.line(i);
  }
}

export interface LedgerLine {
  subject: number;
  month: number;
  component: Component;
  amount: number;
  formula: string;
  citation: string;
}
