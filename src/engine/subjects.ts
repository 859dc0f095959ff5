/**
 * The subjects of ledger entries: roster row i is subject i, then khoán items of units and leavers,
 * appended as the run meets them. Rows and khoán items are kept as numbers (no object per row or
 * per unit × item); objects are made only when asked (`at`, `toArray`).
 */
import type { KhoanItem } from "./law";

/** Who an entry is for: a roster row (post), a khoán item of a unit, or a leaver. */
export type Subject =
  | { kind: "post"; row: number; unit: number }
  | { kind: "khoan"; code: string; name: string; unit: number }
  /** `row`: index in EstimateResult.leavers. */
  | { kind: "leaver"; row: number; unit: number };

/** Subjects after the roster rows: a khoán item (item index ≥ 0) or a leaver (−1 − leaver index). */
const KIND_LEAVER = -1;

export class SubjectList {
  private count = 0;
  private unitOf = new Int32Array(1024);
  /** Khoán item index, or KIND_LEAVER − leaver index. */
  private what = new Int32Array(1024);

  constructor(
    private readonly rowUnit: Int32Array,
    private readonly items: readonly KhoanItem[],
  ) {}

  get length(): number {
    return this.rowUnit.length + this.count;
  }

  private append(unit: number, what: number): number {
    if (this.count === this.unitOf.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.unitOf = grow(this.unitOf);
      this.what = grow(this.what);
    }
    this.unitOf[this.count] = unit;
    this.what[this.count++] = what;
    return this.length;
  }

  /** A khoán item of a unit; returns the new length, like Array.push. */
  pushKhoan(item: number, unit: number): number {
    return this.append(unit, item);
  }

  /** Appends a subject (a leaver, or a khoán item by code); returns the new length, like Array.push. */
  push(s: Subject): number {
    if (s.kind === "leaver") return this.append(s.unit, KIND_LEAVER - s.row);
    if (s.kind === "khoan") return this.append(s.unit, this.items.findIndex((k) => k.code === s.code));
    throw new Error("SubjectList: roster rows are subjects 0 … rows − 1");
  }

  at(i: number): Subject {
    const n = this.rowUnit.length;
    if (i < n) return { kind: "post", row: i, unit: this.rowUnit[i] };
    const k = i - n;
    const w = this.what[k];
    if (w <= KIND_LEAVER) return { kind: "leaver", row: KIND_LEAVER - w, unit: this.unitOf[k] };
    return { kind: "khoan", code: this.items[w].code, name: this.items[w].name, unit: this.unitOf[k] };
  }

  unit(i: number): number {
    const n = this.rowUnit.length;
    return i < n ? this.rowUnit[i] : this.unitOf[i - n];
  }

  /** Units of every subject, for aggregation loops. */
  units(): Int32Array {
    const out = new Int32Array(this.length);
    out.set(this.rowUnit);
    out.set(this.unitOf.subarray(0, this.count), this.rowUnit.length);
    return out;
  }

  toArray(): Subject[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}
