/**
 * The subjects of ledger entries: roster row i is subject i (implicit: no object per row), then
 * khoán items of units and leavers, appended as the run meets them.
 */
/** Who an entry is for: a roster row (post), a khoán item of a unit, or a leaver. */
export type Subject =
  | { kind: "post"; row: number; unit: number }
  | { kind: "khoan"; code: string; name: string; unit: number }
  /** `row`: index in EstimateResult.leavers. */
  | { kind: "leaver"; row: number; unit: number };

export class SubjectList {
  private readonly extra: Subject[] = [];

  constructor(private readonly rowUnit: Int32Array) {}

  get length(): number {
    return this.rowUnit.length + this.extra.length;
  }

  /** Appends a subject (khoán item, leaver); returns the new length, like Array.push. */
  push(s: Subject): number {
    this.extra.push(s);
    return this.length;
  }

  at(i: number): Subject {
    const n = this.rowUnit.length;
    return i < n ? { kind: "post", row: i, unit: this.rowUnit[i] } : this.extra[i - n];
  }

  unit(i: number): number {
    const n = this.rowUnit.length;
    return i < n ? this.rowUnit[i] : this.extra[i - n].unit;
  }

  /** Units of every subject, for aggregation loops. */
  units(): Int32Array {
    const out = new Int32Array(this.length);
    out.set(this.rowUnit);
    this.extra.forEach((s, k) => (out[this.rowUnit.length + k] = s.unit));
    return out;
  }

  toArray(): Subject[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}
