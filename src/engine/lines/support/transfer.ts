/**
 * The quarterly transfer to the BHXH fund, per commune (villages roll up into their commune: the
 * commune transfers), quarter and kind, summed from the rows' support plans. A person with several
 * supported rows counts once per commune, quarter and kind.
 */
import type { RunContext } from "../../context";
import { TRANSFER_KINDS, type SupportPlan, type TransferRow } from "./types";

export class Transfers {
  /** Rows by (commune × 4 + quarter − 1) × 2 + kind (dense: the hot loop stays on arrays). */
  private readonly acc: (TransferRow | null)[];
  /** Last person counted in each accumulator: a person's rows are usually adjacent … */
  private readonly lastPerson: Int32Array;
  /** … persons with several supported rows are checked here ("person|accumulator"). */
  private readonly counted = new Set<string>();
  private readonly communeOf: Int32Array;

  constructor(
    private readonly ctx: RunContext,
    /** Supported rows per person, to know whom to check in `counted`. */
    private readonly rowsOfPerson: Int32Array,
  ) {
    const units = ctx.units;
    this.communeOf = new Int32Array(units.list.length);
    for (let u = 0; u < this.communeOf.length; u++) this.communeOf[u] = units.id(units.list[u].donVi, null);
    const n = units.list.length; // communes first met here included
    this.acc = new Array<TransferRow | null>(n * 4 * 2).fill(null);
    this.lastPerson = new Int32Array(n * 4 * 2).fill(-1);
  }

  /** Adds a row's plan of one kind (0: voluntary BHXH, 1: BHYT). */
  add(i: number, kind: number, p: SupportPlan): void {
    const unit = this.ctx.rowUnit[i];
    const person = this.ctx.persons.ofRow(i);
    const commune = this.communeOf[unit];
    for (let q = 1; q <= 4; q++) {
      const s = p.quarters[q - 1];
      if (!s.months) continue;
      const k = (commune * 4 + q - 1) * 2 + kind;
      let row = this.acc[k];
      if (!row) row = this.acc[k] = this.newRow(unit, q, kind);
      if (this.lastPerson[k] !== person) {
        this.lastPerson[k] = person;
        if (this.rowsOfPerson[person] <= 1) row.soNguoi++;
        else {
          const key = `${person}|${k}`;
          if (!this.counted.has(key)) {
            this.counted.add(key);
            row.soNguoi++;
          }
        }
      }
      row.soThang += s.months;
      row.soTienDong += s.due;
      row.hoTroChung += s.central;
      row.hoTroTinh += s.provincial;
      row.soTienChuyen += s.central + s.provincial;
      row.nguoiThamGiaDong += s.due - s.central - s.provincial;
    }
  }

  rows(): TransferRow[] {
    return this.acc.filter((r): r is TransferRow => r !== null);
  }

  private newRow(unit: number, quarter: number, kind: number): TransferRow {
    return {
      donVi: this.ctx.units.list[unit].donVi, thon: null, quarter, kind: TRANSFER_KINDS[kind],
      soNguoi: 0, soThang: 0, soTienDong: 0, nguoiThamGiaDong: 0, hoTroChung: 0, hoTroTinh: 0, soTienChuyen: 0,
    };
  }
}
