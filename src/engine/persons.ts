/**
 * Persons: roster rows with the same name in the same commune and village are one person (a main
 * post and its concurrent posts, or several support rows). Numeric ids, computed on demand (only
 * support rows, "highest only" concurrent posts and the per-person view need them).
 */

export class PersonIndex {
  /** Person id of each roster row, −1 until asked. */
  private readonly byRow: Int32Array;
  /** First roster row of each person (−1 for a person known only from another sheet). */
  readonly firstRow: number[] = [];
  /** Unit of each person. */
  readonly unitOf: number[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(
    private readonly rows: readonly { hoTen: string }[],
    private readonly rowUnit: Int32Array,
  ) {
    this.byRow = new Int32Array(rows.length).fill(-1);
  }

  get count(): number {
    return this.firstRow.length;
  }

  /** Person of roster row `i`. */
  ofRow(i: number): number {
    let id = this.byRow[i];
    if (id < 0) id = this.byRow[i] = this.idOf(this.rowUnit[i], this.rows[i].hoTen, i);
    return id;
  }

  /** Every row's person (ids in order of first appearance). */
  all(): Int32Array {
    for (let i = 0; i < this.rows.length; i++) this.ofRow(i);
    return this.byRow;
  }

  /** Id of the person `hoTen` of unit `unit` (created on first sight, without a roster row). */
  id(unit: number, hoTen: string): number {
    return this.idOf(unit, hoTen, -1);
  }

  private idOf(unit: number, hoTen: string, row: number): number {
    const key = `${unit}\u0000${hoTen.trim().toLowerCase()}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.firstRow.length;
      this.firstRow.push(row);
      this.unitOf.push(unit);
      this.byKey.set(key, id);
    } else if (this.firstRow[id] < 0 && row >= 0) this.firstRow[id] = row;
    return id;
  }
}
