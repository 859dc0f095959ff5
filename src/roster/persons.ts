/**
 * The person checks of DanhSach, over valid rows and rows with errors:
 * - every kiêm nhiệm row needs its person's main-post row (same Họ và tên, Xã phường and Thôn,
 *   Kiêm nhiệm blank) → KIEM_NHIEM_NO_MAIN error. Names compare as written, then by identityKey
 *   (case, spacing, tone placement);
 * - two main posts of one person at the same time are probably a kiêm nhiệm without its mark →
 *   OVERLAPPING_MAIN_POSTS warning (two people can share a name in one village).
 * Rows are grouped by sorting (hash of name and unit, index) numbers in a Float64Array: much
 * cheaper than a Map with 100,000 string keys.
 */
import type { IsoDate } from "../engine/calendar";
import type { RosterRow } from "../engine/types";
import { displayValue, unwrapCell } from "./cells";
import { makeIssue, q, type IssueList } from "./messages";
import type { SheetReader } from "./sheet-reader";
import { identityKey } from "./text";

/** A person's row for the kiêm nhiệm checks: a valid row or a row with an error. */
export interface Person {
  row: number;
  hoTen: string;
  donVi: string;
  thon: string | null;
  /** Same number = same unit (identity of commune and village). */
  unitId: number;
  chucDanh: string;
  kiemNhiem: boolean;
  tuNgay: IsoDate | null;
  denNgay: IsoDate | null;
}

// Bound once: global lookups are slow under Jest's vm context (see cells.ts).
const imul = Math.imul;

function nameHash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Valid rows (0 … out.length−1) then rows with errors, seen through one index. */
class People {
  readonly total: number;
  constructor(
    readonly out: RosterRow[],
    readonly outUnit: number[],
    readonly withErrors: Person[],
  ) {
    this.total = out.length + withErrors.length;
  }
  name(e: number): string {
    return e < this.out.length ? this.out[e].hoTen : this.withErrors[e - this.out.length].hoTen;
  }
  unit(e: number): number {
    return e < this.out.length ? this.outUnit[e] : this.withErrors[e - this.out.length].unitId;
  }
  kiem(e: number): boolean {
    return e < this.out.length ? this.out[e].kiemNhiem : this.withErrors[e - this.out.length].kiemNhiem;
  }
  person(e: number): Person {
    if (e >= this.out.length) return this.withErrors[e - this.out.length];
    const x = this.out[e];
    return { row: x.loc.row, hoTen: x.hoTen, donVi: x.donVi, thon: x.thon, unitId: this.outUnit[e], chucDanh: x.chucDanh, kiemNhiem: x.kiemNhiem, tuNgay: x.tuNgay, denNgay: x.denNgay };
  }
  /** Same person: same unit and the same name as written. */
  same(a: number, b: number): boolean {
    return this.unit(a) === this.unit(b) && this.name(a) === this.name(b);
  }
}

/** Row indexes sorted so that rows with the same (name, unit) hash are adjacent; `idx` extracts the index. */
function groupKeys(p: People): { keys: Float64Array; IDX: number } {
  let idxBits = 1;
  while (2 ** idxBits < p.total) idxBits++;
  const hashBits = Math.min(32, 53 - idxBits);
  const IDX = 2 ** idxBits;
  const keys = new Float64Array(p.total);
  for (let e = 0; e < p.total; e++) {
    const h = nameHash(p.name(e), p.unit(e));
    keys[e] = (hashBits < 32 ? h >>> (32 - hashBits) : h) * IDX + e;
  }
  keys.sort();
  return { keys, IDX };
}

/** The later of two overlapping main posts of one person gets the warning. */
function overlapWarning(p: People, a: RosterRow, b: RosterRow, r: SheetReader, issues: IssueList): void {
  const col = r.col("kiemNhiem") ?? r.col("chucDanh")!;
  issues.push(
    makeIssue("warning", "OVERLAPPING_MAIN_POSTS", { sheet: r.name, row: b.loc.row, column: col.header, letter: r.letter(col) }, b.chucDanh,
      `${q(b.hoTen)} đã có chức danh chính ${q(a.chucDanh)} ở dòng ${a.loc.row} trong cùng thời gian; nếu ${q(b.chucDanh)} là chức danh kiêm nhiệm, cần đánh “x” ở cột Kiêm nhiệm (hai người trùng tên thì bỏ qua cảnh báo này).`,
      `${q(b.hoTen)} already has the main post ${q(a.chucDanh)} on row ${a.loc.row} at the same time; if ${q(b.chucDanh)} is held concurrently, mark it “x” in column Kiêm nhiệm (ignore this if they are two people with the same name).`),
  );
}

/** One group of rows with the same hash: kiêm nhiệm rows without a main post, overlapping main posts. */
function checkGroup(p: People, group: number[], missing: Person[], r: SheetReader, issues: IssueList): void {
  for (const e of group) if (p.kiem(e) && !group.some((m) => !p.kiem(m) && p.same(m, e))) missing.push(p.person(e));
  // A group is in row order: the warning goes on the later row.
  for (let kb = 1; kb < group.length; kb++) {
    const eb = group[kb];
    if (p.kiem(eb) || eb >= p.out.length) continue;
    for (let ka = 0; ka < kb; ka++) {
      const ea = group[ka];
      if (p.kiem(ea) || ea >= p.out.length || !p.same(ea, eb)) continue;
      const a = p.out[ea];
      const b = p.out[eb];
      if (!((a.tuNgay ?? "0000") <= (b.denNgay ?? "9999") && (b.tuNgay ?? "0000") <= (a.denNgay ?? "9999"))) continue;
      overlapWarning(p, a, b, r, issues);
      break;
    }
  }
}

/** Kiêm nhiệm rows whose main post is missing even by identityKey → errors; returns their rows. */
function reportMissing(p: People, missing: Person[], r: SheetReader, issues: IssueList): Set<number> {
  const badRows = new Set<number>();
  if (!missing.length) return badRows;
  const canon = new Map<string, Person[]>();
  for (let e = 0; e < p.total; e++) {
    if (p.kiem(e)) continue;
    const x = p.person(e);
    const k = identityKey(x.hoTen);
    const l = canon.get(k);
    if (l) l.push(x);
    else canon.set(k, [x]);
  }
  for (const x of missing.sort((a, b) => a.row - b.row)) {
    const same = canon.get(identityKey(x.hoTen)) ?? [];
    if (same.some((m) => m.unitId === x.unitId)) continue;
    badRows.add(x.row);
    const communeKey = identityKey(x.donVi);
    noMainError(x, same.find((m) => identityKey(m.donVi) === communeKey), r, issues);
  }
  return badRows;
}

function noMainError(p: Person, elsewhere: Person | undefined, r: SheetReader, issues: IssueList): void {
  const hintVi = elsewhere
    ? ` Có dòng chức danh chính của ${q(p.hoTen)} ở dòng ${elsewhere.row} (${elsewhere.thon ? `thôn ${q(elsewhere.thon)}` : "cấp xã, không ghi thôn"}): nếu là cùng một người, ghi Thôn giống nhau ở cả hai dòng.`
    : "";
  const hintEn = elsewhere
    ? ` ${q(p.hoTen)} has a main post on row ${elsewhere.row} (${elsewhere.thon ? `village ${q(elsewhere.thon)}` : "commune level, no village"}): if it is the same person, give the same village on both rows.`
    : "";
  const where = p.thon ? `${p.thon}, ${p.donVi}` : p.donVi;
  const kiemHc = r.col("kiemNhiem");
  const kiemRaw = kiemHc ? unwrapCell(r.sm.sheet.rows[p.row - r.startRow]?.[kiemHc.index]) : null;
  issues.push(
    makeIssue("error", "KIEM_NHIEM_NO_MAIN", { sheet: r.name, row: p.row, column: kiemHc?.header ?? "Kiêm nhiệm", ...(kiemHc ? { letter: r.letter(kiemHc) } : {}) },
      displayValue(kiemRaw) || "x",
      `${q(p.hoTen)} (${where}) kiêm nhiệm ${q(p.chucDanh)} nhưng không có dòng chức danh chính (cùng Họ và tên, Xã phường, Thôn, cột Kiêm nhiệm để trống); cần thêm dòng chức danh chính hoặc bỏ dấu kiêm nhiệm.${hintVi}`,
      `${q(p.hoTen)} (${where}) holds ${q(p.chucDanh)} concurrently but has no main-post row (same name, commune and village, Kiêm nhiệm blank); expected a main-post row, or remove the concurrent mark.${hintEn}`),
  );
}

/** Runs the person checks; returns the Excel rows of valid rows found in error (to leave out). */
export function checkPersons(out: RosterRow[], outUnit: number[], withErrors: Person[], r: SheetReader, issues: IssueList): Set<number> {
  const p = new People(out, outUnit, withErrors);
  if (p.total === 0) return new Set();
  const { keys, IDX } = groupKeys(p);
  const missing: Person[] = [];
  const group: number[] = [];
  for (let g = 0; g < p.total; ) {
    const h = keys[g] - (keys[g] % IDX);
    group.length = 0;
    let end = g;
    for (; end < p.total && keys[end] - (keys[end] % IDX) === h; end++) group.push(keys[end] % IDX);
    // Usually one row (a person with one post) or two (a main post and a kiêm nhiệm).
    checkGroup(p, group, missing, r, issues);
    g = end;
  }
  return reportMissing(p, missing, r, issues);
}
