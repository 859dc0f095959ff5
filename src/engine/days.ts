/**
 * Days in post per roster row and month, as shared patterns: most rows are in post the whole year
 * (pattern 0); rows with the same Từ ngày / Đến ngày share one pattern. Plans are keyed by pattern
 * id, so no row needs its own 12 numbers.
 */
import { daysInMonth, parseIso } from "./calendar";
import type { RosterRow } from "./types";

export class DaysPatterns {
  /** Pattern id of each row. */
  readonly ofRow: Int32Array;
  /** Days in post, pattern × 12 + month − 1. */
  days: Uint8Array;
  count = 0;
  private readonly byDates = new Map<string, number>();
  private readonly dim: number[];

  constructor(
    readonly year: number,
    rows: RosterRow[],
  ) {
    this.dim = Array.from({ length: 12 }, (_, i) => daysInMonth(year, i + 1));
    this.days = new Uint8Array(12 * 16);
    this.ofRow = new Int32Array(rows.length);
    this.add(null, null); // pattern 0: the whole year
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    for (let i = 0; i < rows.length; i++) {
      const { tuNgay, denNgay } = rows[i];
      if ((!tuNgay || tuNgay <= start) && (!denNgay || denNgay >= end)) continue;
      const key = `${tuNgay ?? ""}|${denNgay ?? ""}`;
      let p = this.byDates.get(key);
      if (p === undefined) this.byDates.set(key, (p = this.add(tuNgay, denNgay)));
      this.ofRow[i] = p;
    }
  }

  /** Days in post of pattern `p` in month `m` (1–12). */
  of(p: number, m: number): number {
    return this.days[p * 12 + m - 1];
  }

  /** True when pattern `p` has no day in the year. */
  empty(p: number): boolean {
    for (let m = 0; m < 12; m++) if (this.days[p * 12 + m]) return false;
    return true;
  }

  private add(tuNgay: string | null, denNgay: string | null): number {
    const p = this.count++;
    if (this.days.length < this.count * 12) {
      const d = new Uint8Array(this.days.length * 2);
      d.set(this.days);
      this.days = d;
    }
    const y = this.year;
    if ((tuNgay && tuNgay > `${y}-12-31`) || (denNgay && denNgay < `${y}-01-01`)) return p;
    const { month: m1, day: d1 } = tuNgay && tuNgay >= `${y}-01-01` ? parseIso(tuNgay) : { month: 1, day: 1 };
    const { month: m2, day: d2 } = denNgay && denNgay <= `${y}-12-31` ? parseIso(denNgay) : { month: 12, day: 31 };
    for (let m = m1; m <= m2; m++) {
      const first = m === m1 ? d1 : 1;
      const last = m === m2 ? d2 : this.dim[m - 1];
      if (last >= first) this.days[p * 12 + m - 1] = last - first + 1;
    }
    return p;
  }
}
