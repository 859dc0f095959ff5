/**
 * One sheet being read: column positions, the current row, merged ranges, hidden rows, and the
 * per-cell path (read, coerce, report) every sheet reader shares.
 */
import type { IsoDate } from "../engine/calendar";
import type { Location } from "../engine/types";
import { displayValue, ExcelError, isBlankRaw, isBlankValue, UncalculatedFormula, unwrapCell, type CellValue, type Coercer } from "./cells";
import type { HeaderColumn, SheetMatch } from "./headers";
import { makeIssue, problemIssue, q, type CellAt, type IssueList, type RosterIssue } from "./messages";
import { columnLetter, parseRange, type CellRange } from "./sheet";

export interface Field<T> {
  key: string;
  index: number;
  hc: HeaderColumn | undefined;
  coerce: Coercer<T>;
  required: boolean;
  /** Results by raw value, for columns whose values repeat (posts, units, dates, enums). */
  memo: Map<string | number, T> | null;
}

/** A value as the user wrote it, cut for messages (a 100,000-character cell must not make a 100,000-character message). */
export function short(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function vnDate(s: IsoDate): string {
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
}

const MAX_LISTED_ROWS = 10;

export class SheetReader {
  readonly name: string;
  readonly startRow: number;
  readonly startCol: number;
  readonly byKey: Map<string, HeaderColumn>;
  /** Indices of recognised columns other than STT: a row with none of them filled is blank. */
  readonly contentIdx: number[];
  private readonly sttIndex: number;
  readonly merges: CellRange[] = [];
  private covered: Set<number> | null = null;
  private readonly hidden: Set<number> | null;
  /** Hidden rows read as data (Excel numbers). */
  private readonly hiddenData: number[] = [];
  row: unknown[] = [];
  excelRow = 0;
  bad = false;
  /** Data rows read so far. */
  count = 0;
  /** Excel rows of data rows, kept only when the sheet has merges to check. */
  private readonly dataRows = new Set<number>();

  constructor(
    readonly sm: SheetMatch,
    readonly issues: IssueList,
  ) {
    const s = sm.sheet;
    this.name = s.name;
    this.startRow = s.startRow ?? 1;
    this.startCol = s.startCol ?? 1;
    this.byKey = sm.match.columns;
    this.contentIdx = [...this.byKey.values()].filter((c) => c.spec.key !== "stt").map((c) => c.index);
    this.sttIndex = this.byKey.get("stt")?.index ?? -1;
    this.hidden = s.hiddenRows?.length ? new Set(s.hiddenRows) : null;
    this.indexMerges(s.merges ?? [], this.startRow + sm.match.lastRowIndex);
  }

  /** Merges below the header; the cells hidden under each (all but its top-left), within a budget. */
  private indexMerges(merges: string[], headerLast: number): void {
    let budget = 1_000_000;
    for (const a of merges) {
      const m = parseRange(a);
      if (!m || m.r2 <= headerLast) continue;
      this.merges.push(m);
      // A blank under a merge is the merge's fault: reported once as MERGED_CELLS, not per cell.
      const cells = (m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1);
      if (cells > 1 && cells <= budget) {
        budget -= cells;
        this.covered ??= new Set();
        for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) this.covered.add(r * 20000 + c);
      }
    }
  }

  col(key: string): HeaderColumn | undefined {
    return this.byKey.get(key);
  }

  letter(hc: HeaderColumn): string {
    return columnLetter(this.startCol + hc.index);
  }

  at(hc: HeaderColumn | undefined, row = this.excelRow): CellAt {
    return hc ? { sheet: this.name, row, column: hc.header, letter: this.letter(hc) } : { sheet: this.name, row };
  }

  /** At the column of the first present key. */
  atKey(...keys: string[]): CellAt {
    for (const k of keys) {
      const hc = this.byKey.get(k);
      if (hc) return this.at(hc);
    }
    return this.at(undefined);
  }

  /** The header of a column as written, or a fallback when the sheet lacks it. */
  header(key: string, fallback: string): string {
    return this.byKey.get(key)?.header ?? fallback;
  }

  hasContent(row: unknown[]): boolean {
    for (const i of this.contentIdx) if (!isBlankRaw(row[i])) return true;
    return false;
  }

  begin(row: unknown[], excelRow: number): void {
    this.row = row;
    this.excelRow = excelRow;
    this.bad = false;
  }

  /** Counts the current row as data; false (after a TOO_MANY_ROWS error) past the limit. */
  markData(maxRows: number): boolean {
    if (++this.count > maxRows) {
      this.error(
        makeIssue("error", "TOO_MANY_ROWS", { sheet: this.name, row: this.excelRow }, undefined,
          `sheet có hơn ${maxRows} dòng dữ liệu (dòng này là dòng thứ ${maxRows + 1}); cần tối đa ${maxRows} dòng — xóa các dòng thừa hoặc chia thành nhiều sổ.`,
          `the sheet has more than ${maxRows} data rows (this is data row number ${maxRows + 1}); expected at most ${maxRows} — delete extra rows or split the workbook.`),
      );
      return false;
    }
    if (this.merges.length) this.dataRows.add(this.excelRow);
    if (this.hidden?.has(this.excelRow)) this.hiddenData.push(this.excelRow);
    return true;
  }

  raw(key: string): CellValue {
    const hc = this.byKey.get(key);
    return hc ? unwrapCell(this.row[hc.index]) : null;
  }

  /** The STT cell of the current row. */
  stt(): CellValue {
    return this.sttIndex >= 0 ? unwrapCell(this.row[this.sttIndex]) : null;
  }

  /** The raw value of a field's cell. */
  rawOf<T>(f: Field<T>): CellValue {
    return f.index >= 0 ? unwrapCell(this.row[f.index]) : null;
  }

  private isCovered(hc: HeaderColumn): boolean {
    return this.covered !== null && this.covered.has(this.excelRow * 20000 + this.startCol + hc.index);
  }

  error(issue: RosterIssue): void {
    this.bad = true;
    this.issues.push(issue);
  }

  warn(issue: RosterIssue): void {
    this.issues.push(issue);
  }

  /** A column to read with its coercion, resolved once per sheet (the per-cell path does no lookups). */
  field<T>(key: string, coerce: Coercer<T>, required = false, memo = false): Field<T> {
    const hc = this.byKey.get(key);
    return { key, index: hc ? hc.index : -1, hc, coerce, required, memo: memo ? new Map() : null };
  }

  /** Reads and coerces a cell: the value, or null when blank or invalid (invalid → issue, row marked bad). */
  get<T>(f: Field<T>): T | null {
    if (f.index < 0) return null;
    const raw = this.row[f.index];
    const cache = f.memo;
    if (cache !== null && (typeof raw === "number" || (typeof raw === "string" && raw.length < 40))) {
      const hit = cache.get(raw);
      if (hit !== undefined) return hit;
    }
    const hc = f.hc!;
    const v = unwrapCell(raw);
    if (v instanceof ExcelError) {
      this.cellError(hc, v);
      return null;
    }
    if (isBlankValue(v)) {
      if (f.required) {
        this.bad = true;
        if (!this.isCovered(hc))
          this.issues.push(makeIssue("error", "REQUIRED_BLANK", this.at(hc), "", `ô trống; cần ${hc.spec.expectVi}.`, `the cell is blank; expected ${hc.spec.expectEn}.`));
      }
      return null;
    }
    const r = f.coerce(v as Exclude<CellValue, null | ExcelError>);
    if (!r.ok) {
      this.error(problemIssue("error", this.at(hc), displayValue(v), r.problem));
      return null;
    }
    if (cache !== null && cache.size < 5000 && (typeof raw === "number" || typeof raw === "string")) cache.set(raw, r.value);
    return r.value;
  }

  /**
   * An error cell. A formula read from a file, with no cached result or with a cached error, is
   * never taken as blank: the officer must recalculate in Excel (F9) and save.
   */
  private cellError(hc: HeaderColumn, v: ExcelError): void {
    const f = short(`=${v.formula ?? ""}`, 60);
    if (v instanceof UncalculatedFormula)
      this.error(
        makeIssue("error", "FORMULA_NO_VALUE", this.at(hc), f,
          `ô có công thức ${q(f)} nhưng tệp được lưu khi chưa tính kết quả, nên không đọc được giá trị; cần mở tệp bằng Excel, nhấn F9 (tính lại) rồi lưu, hoặc nhập trực tiếp ${hc.spec.expectVi}.`,
          `the cell holds the formula ${q(f)} but the file was saved without its result, so there is no value to read; open the file in Excel, press F9 (recalculate) and save, or type ${hc.spec.expectEn}.`),
      );
    else if (v.formula !== undefined)
      this.error(
        makeIssue("error", "FORMULA_ERROR", this.at(hc), v.code,
          `công thức ${q(f)} cho kết quả lỗi ${q(v.code)}; cần sửa công thức trong Excel, nhấn F9 (tính lại) rồi lưu, hoặc nhập trực tiếp ${hc.spec.expectVi}.`,
          `the formula ${q(f)} gives the error ${q(v.code)}; fix it in Excel, press F9 (recalculate) and save, or type ${hc.spec.expectEn}.`),
      );
    else
      this.error(
        makeIssue("error", "CELL_ERROR", this.at(hc), v.code,
          `ô có lỗi ${q(v.code)} (thường do công thức); cần sửa công thức hoặc nhập ${hc.spec.expectVi}.`,
          `the cell holds the error ${q(v.code)} (usually from a formula); expected ${hc.spec.expectEn}.`),
      );
  }

  loc(): Location {
    return { sheet: this.name, row: this.excelRow };
  }

  /** The checks made once the sheet's rows are read: merged cells in the data, hidden rows counted. */
  finish(): void {
    this.checkMerges();
    this.checkHiddenRows();
  }

  /** Hidden rows are read and counted like any row: one warning listing them, so nothing is counted unseen. */
  private checkHiddenRows(): void {
    const rows = this.hiddenData;
    if (!rows.length) return;
    const listed = rows.slice(0, MAX_LISTED_ROWS).join(", ");
    const more = rows.length > MAX_LISTED_ROWS ? ` … (tổng ${rows.length} dòng)` : "";
    const moreEn = rows.length > MAX_LISTED_ROWS ? ` … (${rows.length} rows in all)` : "";
    this.warn(
      makeIssue("warning", "HIDDEN_ROWS_COUNTED", { sheet: this.name, row: rows[0] }, undefined,
        `các dòng đang bị ẩn ${listed}${more} vẫn được đọc và tính vào dự toán; cần bỏ ẩn (Unhide) để kiểm tra, hoặc xóa các dòng không dùng.`,
        `hidden rows ${listed}${moreEn} are read and counted in the estimate; unhide them to check, or delete rows not in use.`),
    );
  }

  /** Merged ranges that overlap data rows in recognised columns → MERGED_CELLS errors. */
  private checkMerges(): void {
    if (!this.merges.length) return;
    const dataRows = this.dataRows;
    const cols = [...this.byKey.values()].map((hc) => ({ hc, c: this.startCol + hc.index }));
    for (const m of this.merges) {
      const inCols = cols.filter((x) => x.c >= m.c1 && x.c <= m.c2).sort((a, b) => a.c - b.c);
      if (!inCols.length) continue;
      let hitRow = 0;
      for (let r = m.r1; r <= m.r2 && r - m.r1 < 100000; r++)
        if (dataRows.has(r)) {
          hitRow = r;
          break;
        }
      if (!hitRow) continue;
      const hc = inCols[0].hc;
      this.error(
        makeIssue("error", "MERGED_CELLS", { sheet: this.name, row: m.r1, column: hc.header, letter: this.letter(hc) }, m.address,
          `vùng ô gộp ${m.address} nằm trong vùng dữ liệu; cần bỏ gộp ô (Merge & Center → Unmerge Cells) và điền giá trị vào từng dòng.`,
          `merged range ${m.address} lies in the data area; expected unmerged cells with a value on every row.`),
      );
    }
  }

  /** DATES_OUT_OF_ORDER on the current row. */
  datesOutOfOrder(tuNgay: IsoDate, denNgay: IsoDate): void {
    const from = this.header("tuNgay", "Từ ngày");
    const value = `${vnDate(tuNgay)} > ${vnDate(denNgay)}`;
    this.error(
      makeIssue("error", "DATES_OUT_OF_ORDER", this.atKey("denNgay"), value,
        `ngày kết thúc ${q(vnDate(denNgay))} trước ngày bắt đầu ${q(vnDate(tuNgay))} (cột ${q(from)}); cần Đến ngày không sớm hơn Từ ngày.`,
        `end date ${q(denNgay)} is before the start date ${q(tuNgay)}; expected the end on or after the start.`),
    );
  }
}
