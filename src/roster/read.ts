/**
 * Roster workbook → validated records (RosterRow, UnitRow, ThamSoRow) with located issues.
 * Independent of Excel: sheets arrive as arrays of cell values (Office.js, exceljs, tests).
 */
import type { IsoDate } from "../engine/calendar";
import type { DoiChieuRow, LeaverRow, Location, RosterRow, ThamSoRow, UnitRow } from "../engine/types";
import type { ResolvedPack } from "../packs/load";
import type { Post } from "../packs/schema";
import {
  asCoefficient, asCoefficientOrZero, asCount, asDate, asDecimal, asMaSoBhxh, asMoney, asPercent, asQuarter, asText, asYearsMonths, asYesNo,
  displayValue, enumCoercer, enumListCoercer,
  ExcelError, isBlankRaw, isBlankValue, unwrapCell, type CellValue, type Coercer,
} from "./cells";
import { BHXH, BHYT, CHINH_SACH_NGHI, COMMUNE_KINDS, DAC_DIEM, DOI_TUONG_NGHI_VIEC, HINH_THUC_NGHI, LOAI_DON_VI, LOAI_HO_TRO, NHOM_HO_TRO, PHAN_LOAI, PHUONG_THUC_DONG } from "./enums";
import { classifySheets, HEADER_SCAN_ROWS, type HeaderColumn, type SheetMatch } from "./headers";
import { IssueList, makeIssue, problemIssue, q, type CellAt, type RosterIssue } from "./messages";
import { columnLetter, parseRange, type CellRange, type SheetData } from "./sheet";
import { DANH_SACH, DOI_CHIEU_BHXH, DON_VI, NGHI_VIEC, SHEET_SPECS, THAM_SO, requiredHeaders, type SheetKind, type SheetSpec } from "./specs";
import { resolveParamKey, WHOLE_UNITS } from "./thamso";
import { cachedNormalizer, closest, identityKey, normalizeKey } from "./text";
import { UnitIndex } from "./units";

export interface ReadOptions {
  /** Most data rows per sheet (default 200000). */
  maxRows?: number;
  /** Most issues listed (default 1000); the rest are counted in one ISSUES_TRUNCATED issue. */
  maxIssues?: number;
  /**
   * Which sheets to read (default all). E.g. ["thamSo"] for a separate parameters file
   * (`--params ThamSo.xlsx`): then a missing DanhSach is not an error.
   */
  kinds?: SheetKind[];
}

export interface ReadResult {
  /** Valid DanhSach rows (rows with an error are left out; the error is in `issues`). */
  rows: RosterRow[];
  units: UnitRow[];
  thamSo: ThamSoRow[];
  /** Valid NghiViec rows (people leaving), when the workbook has that sheet. */
  leavers: LeaverRow[];
  /** Valid DoiChieuBHXH rows (the BHXH agency's figures), when the workbook has that sheet. */
  doiChieu: DoiChieuRow[];
  issues: RosterIssue[];
  sheetsFound: { danhSach?: string; donVi?: string; thamSo?: string; nghiViec?: string; doiChieuBhxh?: string };
}

export const DEFAULT_MAX_ROWS = 200000;
export const DEFAULT_MAX_ISSUES = 1000;

const SPEC_LABEL: Record<SheetKind, { vi: string; en: string }> = {
  danhSach: { vi: "danh sách người hoạt động không chuyên trách (DanhSach)", en: "roster (DanhSach)" },
  donVi: { vi: "đơn vị (DonVi)", en: "units (DonVi)" },
  thamSo: { vi: "tham số (ThamSo)", en: "parameters (ThamSo)" },
  nghiViec: { vi: "người nghỉ việc (NghiViec)", en: "leavers (NghiViec)" },
  doiChieuBhxh: { vi: "số liệu đối chiếu của cơ quan BHXH (DoiChieuBHXH)", en: "the BHXH agency's figures (DoiChieuBHXH)" },
};

function headersList(headers: string[]): string {
  return headers.map(q).join(", ");
}

// ---------------------------------------------------------------------------------------------
// One sheet being read: column positions, the current row, merged ranges.

interface Field<T> {
  key: string;
  index: number;
  hc: HeaderColumn | undefined;
  coerce: Coercer<T>;
  required: boolean;
  /** Results by raw value, for columns whose values repeat (posts, units, dates, enums). */
  memo: Map<string | number, T> | null;
}

class SheetReader {
  readonly name: string;
  readonly startRow: number;
  readonly startCol: number;
  readonly byKey: Map<string, HeaderColumn>;
  /** Indices of recognised columns other than STT: a row with none of them filled is blank. */
  readonly contentIdx: number[];
  private readonly sttIndex: number;
  readonly merges: CellRange[] = [];
  private covered: Set<number> | null = null;
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
    const headerLast = this.startRow + sm.match.lastRowIndex;
    let budget = 1_000_000;
    for (const a of s.merges ?? []) {
      const m = parseRange(a);
      if (!m || m.r2 <= headerLast) continue;
      this.merges.push(m);
      // Cells hidden under a merge (all but its top-left): a blank there is the merge's fault.
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
      this.error(
        makeIssue("error", "CELL_ERROR", this.at(hc), v.code,
          `ô có lỗi ${q(v.code)} (thường do công thức); cần sửa công thức hoặc nhập ${hc.spec.expectVi}.`,
          `the cell holds the error ${q(v.code)} (usually from a formula); expected ${hc.spec.expectEn}.`),
      );
      return null;
    }
    if (isBlankValue(v)) {
      if (f.required) {
        this.bad = true;
        if (!this.isCovered(hc))
          this.issues.push(
            makeIssue("error", "REQUIRED_BLANK", this.at(hc), "",
              `ô trống; cần ${hc.spec.expectVi}.`,
              `the cell is blank; expected ${hc.spec.expectEn}.`),
          );
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

  loc(): Location {
    return { sheet: this.name, row: this.excelRow };
  }

  /** Merged ranges that overlap data rows in recognised columns → MERGED_CELLS errors. */
  checkMerges(): void {
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
}

// ---------------------------------------------------------------------------------------------
// Row shapes that are not data.

const MARKER = /^\(?\s*(\d{1,2}|[a-zA-Z]{1,2}|\d{1,2}\s*[=x*+-]\s*\d{1,2}(\s*[x*+-]\s*\d{1,2})*)\s*\)?$/;
const EXAMPLE = /^(vd|vi du)( |$)/;
const TOTAL = /^(tong cong|tong so|cong( (thon|xa|phuong|to|tdp|ban|ap|xom|khu|don vi)( .*)?)?)$/;

/** The "(1) (2) (3)…" column-number row under a header. */
function isNumberingRow(row: unknown[], reader: SheetReader): boolean {
  let n = 0;
  for (const hc of reader.byKey.values()) {
    const v = unwrapCell(row[hc.index]);
    if (isBlankValue(v)) continue;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 99) return false;
    } else if (typeof v !== "string" || !MARKER.test(v.trim())) return false;
    n++;
  }
  return n >= 3;
}

const MAYBE_WORD = /^\s*[vVtTcCdDđĐ]/;

/** The STT cell normalized when it may be a word ("Ví dụ", "Tổng cộng"); "" otherwise. */
function sttText(reader: SheetReader): string {
  const v = reader.stt();
  return typeof v === "string" && MAYBE_WORD.test(v) ? normalizeKey(v) : "";
}

// ---------------------------------------------------------------------------------------------
// Posts

interface PostMatcher {
  match(text: string): Post | undefined;
  suggest(text: string): string[];
}

function postMatcher(pack: ResolvedPack): PostMatcher {
  const map = new Map<string, Post>();
  const put = (k: string, p: Post) => {
    if (k && !map.has(k)) map.set(k, p);
  };
  for (const p of pack.posts)
    for (const name of [p.name, p.code, ...p.aliases]) {
      const k = normalizeKey(name);
      put(k, p);
    }
  for (const p of pack.posts) for (const name of [p.name, p.code, ...p.aliases]) put(normalizeKey(name).replace(/ /g, ""), p);
  const norm = cachedNormalizer();
  const cache = new Map<string, Post | null>();
  const candidates = pack.posts.map((p) => ({ label: p.name, keys: [p.name, ...p.aliases] }));
  return {
    match(text) {
      let hit = cache.get(text);
      if (hit === undefined) {
        const k = norm(text);
        hit = map.get(k) ?? map.get(k.replace(/ /g, "")) ?? null;
        if (cache.size < 50000) cache.set(text, hit);
      }
      return hit ?? undefined;
    },
    suggest(text) {
      return closest(text, candidates, 3);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Enumerations (built once)

const bhxhOf = enumCoercer(BHXH);
const bhytOf = enumCoercer(BHYT);
const nhomOf = enumCoercer(NHOM_HO_TRO);
const ptdOf = enumCoercer(PHUONG_THUC_DONG);
const loaiOf = enumCoercer(LOAI_DON_VI);
const phanLoaiOf = enumCoercer(PHAN_LOAI);
const dacDiemOf = enumListCoercer(DAC_DIEM);
const doiTuongOf = enumCoercer(DOI_TUONG_NGHI_VIEC);
const hinhThucOf = enumCoercer(HINH_THUC_NGHI);
const chinhSachOf = enumCoercer(CHINH_SACH_NGHI);
const loaiHoTroOf = enumCoercer(LOAI_HO_TRO);

function vnDate(s: IsoDate): string {
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
}

// ---------------------------------------------------------------------------------------------
// DonVi

/**
 * Indexes of a sheet's data rows below its header, each already begun on `r`: blank rows, a
 * "(1) (2) (3)" column-number row, example rows (STT "VD") and rows the sheet's own `skip` rejects
 * (e.g. a total row; it gets the row's STT text) are passed over; stops past maxRows.
 */
function* dataRows(r: SheetReader, sm: SheetMatch, maxRows: number, skip?: (stt: string) => boolean): Generator<number> {
  const rows = sm.sheet.rows;
  for (let i = sm.match.lastRowIndex + 1; i < rows.length; i++) {
    const row = rows[i];
    if (!row || !r.hasContent(row)) continue;
    r.begin(row, r.startRow + i);
    if (r.count === 0 && isNumberingRow(row, r)) continue;
    const stt = sttText(r);
    if (EXAMPLE.test(stt)) continue;
    if (skip?.(stt)) continue;
    if (!r.markData(maxRows)) return;
    yield i;
  }
}

function readDonVi(sm: SheetMatch, issues: IssueList, maxRows: number): { units: UnitRow[]; index: UnitIndex } {
  const r = new SheetReader(sm, issues);
  const units: UnitRow[] = [];
  const index = new UnitIndex();
  const thonHc = r.col("thon");
  const fDonVi = r.field("donVi", asText, true, true);
  const fThon = r.field("thon", asText);
  const fLoai = r.field("loai", loaiOf, true);
  const fPhanLoai = r.field("phanLoai", phanLoaiOf);
  const fSoHo = r.field("soHo", asCount);
  const fDacDiem = r.field("dacDiem", dacDiemOf);
  const fTangThem = r.field("soNguoiTangThem", asCount);
  const fTuNgay = r.field("tuNgay", asDate);
  const fDenNgay = r.field("denNgay", asDate);
  for (const _ of dataRows(r, sm, maxRows)) {
    const donVi = r.get(fDonVi);
    const thon = r.get(fThon);
    const loai = r.get(fLoai);
    const phanLoai = r.get(fPhanLoai);
    const soHo = r.get(fSoHo);
    const dacDiem = r.get(fDacDiem) ?? [];
    const soNguoiTangThem = r.get(fTangThem);
    const tuNgay = r.get(fTuNgay);
    const denNgay = r.get(fDenNgay);
    if (loai) {
      const loaiText = displayValue(r.raw("loai"));
      if (COMMUNE_KINDS.has(loai) && thon)
        r.error(
          makeIssue("error", "LOAI_MISMATCH", r.at(thonHc), thon,
            `dòng có Loại ${q(loaiText)} (cấp xã) nhưng cột Thôn có ${q(thon)}; cần để trống Thôn cho dòng của xã, phường, hoặc chọn Loại Thôn / Tổ dân phố cho dòng của thôn.`,
            `the row's kind is ${q(loaiText)} (commune level) but the village column holds ${q(thon)}; expected a blank village for a commune row, or kind Thôn / Tổ dân phố for a village row.`),
        );
      else if (!COMMUNE_KINDS.has(loai) && !thon)
        r.error(
          makeIssue("error", "LOAI_MISMATCH", r.at(thonHc ?? r.col("loai")), "",
            `dòng có Loại ${q(loaiText)} nhưng không có tên thôn, tổ dân phố; cần tên thôn ở cột ${q(thonHc?.header ?? "Thôn, TDP")}, hoặc Loại Xã / Phường cho dòng của xã.`,
            `the row's kind is ${q(loaiText)} but no village name is given; expected the village name, or kind Xã / Phường for a commune row.`),
        );
    }
    if (tuNgay && denNgay && tuNgay > denNgay) datesOutOfOrder(r, tuNgay, denNgay);
    if (donVi) {
      const prev = index.add({ donVi, thon, row: r.excelRow });
      if (prev) {
        const name = thon ? `${thon} (${donVi})` : donVi;
        r.error(
          makeIssue("error", "DUPLICATE_UNIT", r.atKey(thon ? "thon" : "donVi"), name,
            `đơn vị ${q(name)} đã khai ở dòng ${prev.row}; cần mỗi xã, phường và mỗi thôn, tổ dân phố chỉ một dòng.`,
            `unit ${q(name)} is already listed on row ${prev.row}; expected one row per commune and per village.`),
        );
      }
    }
    if (r.bad || !donVi || !loai) continue;
    units.push({ loc: r.loc(), donVi, thon, loai, phanLoai, soHo, dacDiem, soNguoiTangThem, tuNgay, denNgay });
  }
  r.checkMerges();
  return { units, index };
}

function datesOutOfOrder(r: SheetReader, tuNgay: IsoDate, denNgay: IsoDate): void {
  const from = r.col("tuNgay")?.header ?? "Từ ngày";
  const value = `${vnDate(tuNgay)} > ${vnDate(denNgay)}`;
  r.error(
    makeIssue("error", "DATES_OUT_OF_ORDER", r.atKey("denNgay"), value,
      `ngày kết thúc ${q(vnDate(denNgay))} trước ngày bắt đầu ${q(vnDate(tuNgay))} (cột ${q(from)}); cần Đến ngày không sớm hơn Từ ngày.`,
      `end date ${q(denNgay)} is before the start date ${q(tuNgay)}; expected the end on or after the start.`),
  );
}

// ---------------------------------------------------------------------------------------------
// DanhSach

/** A person's row for the kiêm nhiệm checks: a valid row (in `out`) or a row with an error. */
interface Person {
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

function readDanhSach(sm: SheetMatch, pack: ResolvedPack, unitIndex: UnitIndex | null, donViSheet: string | undefined, issues: IssueList, maxRows: number): RosterRow[] {
  const r = new SheetReader(sm, issues);
  const out: RosterRow[] = [];
  const posts = postMatcher(pack);
  /** Unit number of each row of `out`. */
  const outUnit: number[] = [];
  /** Rows with an error but a name and unit: they still count as a person's posts. */
  const withErrors: Person[] = [];
  const units = new UnitResolver(unitIndex);
  const thonHc = r.col("thon");
  const chucDanhHc = r.col("chucDanh")!;
  const fHoTen = r.field("hoTen", asText, true);
  const fChucDanh = r.field("chucDanh", asText, true, true);
  const fKiemNhiem = r.field("kiemNhiem", asYesNo, false, true);
  const fDonVi = r.field("donVi", asText, true, true);
  const fThon = r.field("thon", asText, false, true);
  const fHeSo = r.field("heSo", asCoefficient, false, true);
  const fMucTien = r.field("mucTien", asMoney, false, true);
  const fTuNgay = r.field("tuNgay", asDate, false, true);
  const fDenNgay = r.field("denNgay", asDate, false, true);
  const fBhxh = r.field("bhxh", bhxhOf, false, true);
  const fBhyt = r.field("bhyt", bhytOf, false, true);
  const fNhom = r.field("nhomHoTro", nhomOf, false, true);
  const fThuNhap = r.field("thuNhapBhxhTn", asMoney, false, true);
  const fPtd = r.field("phuongThucDong", ptdOf, false, true);
  const fGhiChu = r.field("ghiChu", asText, false, true);
  const fMaSo = r.field("maSoBhxh", asMaSoBhxh);
  const fDaHoTro = r.field("soThangDaHoTro", asCount, false, true);
  /** A row without a post that reads as a total ("Tổng cộng") is skipped with a warning. */
  const totalRow = (stt: string): boolean => {
    if (!isBlankValue(r.rawOf(fChucDanh))) return false;
    const name = r.raw("hoTen");
    const label = TOTAL.test(stt) ? stt : typeof name === "string" && TOTAL.test(normalizeKey(name)) ? normalizeKey(name) : "";
    if (!label) return false;
    issues.push(
      makeIssue("warning", "TOTAL_ROW_SKIPPED", { sheet: r.name, row: r.excelRow }, displayValue(typeof name === "string" && name ? name : r.raw("stt")),
        `dòng tổng cộng (không có chức danh) được bỏ qua; cần xóa dòng này nếu đó là một người.`,
        `a total row (no post) was skipped; delete it, or add the post if it is a person.`),
    );
    return true;
  };
  for (const _ of dataRows(r, sm, maxRows, totalRow)) {

    const hoTen = r.get(fHoTen);
    const chucDanh = r.get(fChucDanh);
    const kiemNhiem = r.get(fKiemNhiem) ?? false;
    let donVi = r.get(fDonVi);
    let thon = r.get(fThon);
    const heSo = r.get(fHeSo);
    const mucTien = r.get(fMucTien);
    const tuNgay = r.get(fTuNgay);
    const denNgay = r.get(fDenNgay);
    const bhxh = r.get(fBhxh);
    const bhyt = r.get(fBhyt);
    const nhomHoTro = r.get(fNhom);
    const thuNhapBhxhTn = r.get(fThuNhap);
    const phuongThucDong = r.get(fPtd);
    const ghiChu = r.get(fGhiChu);
    const maSoBhxh = r.get(fMaSo);
    const soThangDaHoTro = r.get(fDaHoTro);

    let post: Post | undefined;
    if (chucDanh) {
      post = posts.match(chucDanh);
      if (!post) {
        const near = posts.suggest(chucDanh);
        r.error(
          makeIssue("error", "UNKNOWN_POST", r.at(chucDanhHc), chucDanh,
            `chức danh ${q(chucDanh)} không có trong danh mục của gói ${q(pack.id)}; cần một chức danh của gói. Gần giống: ${near.map(q).join(", ")}.`,
            `post ${q(chucDanh)} is not in pack ${q(pack.id)}'s list; expected one of its posts. Closest: ${near.map(q).join(", ")}.`),
        );
      }
    }
    if (tuNgay && denNgay && tuNgay > denNgay) datesOutOfOrder(r, tuNgay, denNgay);
    if (heSo !== null && mucTien !== null)
      issues.push(
        makeIssue("warning", "HESO_AND_MUCTIEN", r.atKey("mucTien"), `${displayValue(r.raw("heSo"))} / ${displayValue(r.raw("mucTien"))}`,
          `dòng có cả Hệ số và Mức tiền; dùng Mức tiền ${q(displayValue(r.raw("mucTien")))}, bỏ qua Hệ số ${q(displayValue(r.raw("heSo")))}.`,
          `the row has both a coefficient and an amount; the amount ${q(displayValue(r.raw("mucTien")))} is used, the coefficient ignored.`),
      );
    if (post && post.level === "thon" && !thon && !isErrorCell(r.raw("thon")))
      r.error(
        makeIssue("error", "THON_REQUIRED", r.at(thonHc ?? chucDanhHc), "",
          `${q(post.name)} là chức danh ở thôn, tổ dân phố nhưng chưa ghi thôn; cần tên thôn, tổ dân phố ở cột ${q(thonHc?.header ?? "Thôn, TDP")}.`,
          `${q(post.name)} is a village post but no village is given; expected the village in column ${q(thonHc?.header ?? "Thôn, TDP")}.`),
      );
    if (post && post.level === "xa" && thon)
      issues.push(
        makeIssue("warning", "THON_FOR_COMMUNE_POST", r.at(thonHc), thon,
          `${q(post.name)} là chức danh cấp xã nhưng có ghi thôn ${q(thon)}; kiểm tra lại (chức danh cấp xã thường để trống cột này).`,
          `${q(post.name)} is a commune-level post but a village ${q(thon)} is given; check it (commune posts usually leave it blank).`),
      );

    // Units: must be declared in DonVi when that sheet is present; take its spelling.
    let unitId = -1;
    if (donVi) {
      const u = units.resolve(donVi, thon);
      unitId = u.id;
      if (u.status === "ok") {
        donVi = u.donVi;
        thon = u.thon;
      } else if (u.status === "noVillage") {
        const near = u.commune ? closest(thon!, unitIndex!.villagesOf(u.commune).map((v) => ({ label: v, keys: [v] })), 3) : [];
        r.error(
          makeIssue("error", "UNIT_NOT_FOUND", r.at(thonHc), thon!,
            u.commune
              ? `thôn ${q(thon!)} của ${q(u.commune)} không có trong sheet ${q(donViSheet!)}; cần một thôn, tổ dân phố đã khai ở sheet đó${near.length ? ` (gần giống: ${near.map(q).join(", ")})` : ""}.`
              : `${q(donVi)} (thôn ${q(thon!)}) không có trong sheet ${q(donViSheet!)}; cần xã, phường và thôn đã khai ở sheet đó.`,
            u.commune
              ? `village ${q(thon!)} of ${q(u.commune)} is not in sheet ${q(donViSheet!)}; expected a village listed there${near.length ? ` (closest: ${near.map(q).join(", ")})` : ""}.`
              : `${q(donVi)} (village ${q(thon!)}) is not in sheet ${q(donViSheet!)}; expected a commune and village listed there.`),
        );
      } else if (u.status === "noCommune") {
        const near = closest(donVi, unitIndex!.communes().map((v) => ({ label: v, keys: [v] })), 3);
        issues.push(
          makeIssue("warning", "DONVI_NOT_FOUND", r.atKey("donVi"), donVi,
            `xã, phường ${q(donVi)} không có trong sheet ${q(donViSheet!)} (gần giống: ${near.map(q).join(", ")}); quỹ khoán của đơn vị này sẽ không tính được.`,
            `commune ${q(donVi)} is not in sheet ${q(donViSheet!)} (closest: ${near.map(q).join(", ")}); its fund cannot be computed.`),
        );
      }
    }

    if (hoTen && donVi && (r.bad || !chucDanh || !post))
      withErrors.push({
        row: r.excelRow, hoTen, donVi, thon, unitId, chucDanh: post?.name ?? chucDanh ?? "", kiemNhiem, tuNgay, denNgay,
      });
    if (r.bad || !hoTen || !chucDanh || !post || !donVi) continue;
    out.push({
      loc: r.loc(), hoTen, chucDanh, postCode: post.code, kiemNhiem, donVi, thon, heSo, mucTien, tuNgay, denNgay, bhxh, bhyt, nhomHoTro,
      thuNhapBhxhTn, phuongThucDong, ghiChu,
      ...(maSoBhxh !== null ? { maSoBhxh } : {}),
      ...(soThangDaHoTro !== null ? { soThangDaHoTro } : {}),
    });
    outUnit.push(unitId);
  }
  if (r.count === 0)
    issues.push(
      makeIssue("error", "DANHSACH_EMPTY", { sheet: r.name, row: r.startRow + sm.match.lastRowIndex }, undefined,
        `có dòng tiêu đề nhưng không có dòng dữ liệu nào bên dưới; cần ít nhất một dòng: một người với một chức danh.`,
        `the header row has no data rows below it; expected at least one row: a person with a post.`),
    );
  r.checkMerges();
  const badRows = checkPersons(out, outUnit, withErrors, r, issues);
  return badRows.size ? out.filter((x) => !badRows.has(x.loc.row)) : out;
}

function isErrorCell(v: CellValue): boolean {
  return v instanceof ExcelError;
}

/** Units of DanhSach rows: checked against DonVi (when present) once per distinct spelling, numbered by identity. */
class UnitResolver {
  private readonly cache = new Map<string, Map<string, UnitResolution>>();
  private readonly ids = new Map<string, number>();
  constructor(private readonly index: UnitIndex | null) {}

  resolve(donVi: string, thon: string | null): UnitResolution {
    let byThon = this.cache.get(donVi);
    if (!byThon) this.cache.set(donVi, (byThon = new Map()));
    const t = thon ?? "";
    let res = byThon.get(t);
    if (!res) {
      res = this.compute(donVi, thon);
      byThon.set(t, res);
    }
    return res;
  }

  private compute(donVi: string, thon: string | null): UnitResolution {
    let status: UnitResolution["status"] = "noIndex";
    let commune: string | undefined;
    if (this.index) {
      if (thon) {
        const u = this.index.find(donVi, thon);
        if (u) {
          donVi = u.donVi;
          thon = u.thon;
          status = "ok";
        } else {
          status = "noVillage";
          commune = this.index.findCommune(donVi);
        }
      } else {
        const c = this.index.findCommune(donVi);
        if (c) {
          donVi = c;
          status = "ok";
        } else status = "noCommune";
      }
    }
    const key = UnitIndex.idKey(donVi, thon);
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return { donVi, thon, id, status, commune };
  }
}

interface UnitResolution {
  donVi: string;
  thon: string | null;
  id: number;
  status: "ok" | "noVillage" | "noCommune" | "noIndex";
  commune?: string;
}

// Bound once: global lookups are slow under Jest's vm context (see cells.ts).
const imul = Math.imul;

function nameHash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The person checks, over valid rows and rows with errors:
 * - every kiêm nhiệm row needs its person's main-post row (same Họ và tên, Xã phường and Thôn,
 *   Kiêm nhiệm blank) → KIEM_NHIEM_NO_MAIN error. Names compare as written, then by identityKey
 *   (case, spacing, tone placement);
 * - two main posts of one person at the same time are probably a kiêm nhiệm without its mark →
 *   OVERLAPPING_MAIN_POSTS warning (two people can share a name in one village).
 * Rows are grouped by sorting (hash of name and unit, index) numbers in a Float64Array: much
 * cheaper than a Map with 100,000 string keys. Returns the rows in error.
 */
function checkPersons(out: RosterRow[], outUnit: number[], withErrors: Person[], r: SheetReader, issues: IssueList): Set<number> {
  const badRows = new Set<number>();
  const total = out.length + withErrors.length;
  if (total === 0) return badRows;
  const person = (e: number): Person => {
    if (e >= out.length) return withErrors[e - out.length];
    const x = out[e];
    return { row: x.loc.row, hoTen: x.hoTen, donVi: x.donVi, thon: x.thon, unitId: outUnit[e], chucDanh: x.chucDanh, kiemNhiem: x.kiemNhiem, tuNgay: x.tuNgay, denNgay: x.denNgay };
  };
  const n0 = out.length;
  const nameOf = (e: number) => (e < n0 ? out[e].hoTen : withErrors[e - n0].hoTen);
  const unitOf = (e: number) => (e < n0 ? outUnit[e] : withErrors[e - n0].unitId);
  const kiemOf = (e: number) => (e < n0 ? out[e].kiemNhiem : withErrors[e - n0].kiemNhiem);
  let idxBits = 1;
  while (2 ** idxBits < total) idxBits++;
  const hashBits = Math.min(32, 53 - idxBits);
  const IDX = 2 ** idxBits;
  const keys = new Float64Array(total);
  for (let e = 0; e < total; e++) {
    const h = nameHash(nameOf(e), unitOf(e));
    keys[e] = (hashBits < 32 ? h >>> (32 - hashBits) : h) * IDX + e;
  }
  keys.sort();
  const missing: Person[] = [];
  const col = r.col("kiemNhiem") ?? r.col("chucDanh")!;
  for (let g = 0; g < total; ) {
    const h = keys[g] - (keys[g] % IDX);
    let end = g + 1;
    while (end < total && keys[end] - (keys[end] % IDX) === h) end++;
    // Usually one row (a person with one post) or two (a main post and a kiêm nhiệm).
    for (let k = g; k < end; k++) {
      const e = keys[k] % IDX;
      if (!kiemOf(e)) continue;
      let ok = false;
      for (let k2 = g; k2 < end && !ok; k2++) {
        const m = keys[k2] % IDX;
        ok = !kiemOf(m) && unitOf(m) === unitOf(e) && nameOf(m) === nameOf(e);
      }
      if (!ok) missing.push(person(e));
    }
    // Overlapping main posts (a group is in row order: the warning goes on the later row).
    for (let kb = g + 1; kb < end; kb++) {
      const eb = keys[kb] % IDX;
      if (kiemOf(eb) || eb >= out.length) continue;
      for (let ka = g; ka < kb; ka++) {
        const ea = keys[ka] % IDX;
        if (kiemOf(ea) || ea >= out.length || unitOf(ea) !== unitOf(eb) || nameOf(ea) !== nameOf(eb)) continue;
        const a = out[ea];
        const b = out[eb];
        if (!((a.tuNgay ?? "0000") <= (b.denNgay ?? "9999") && (b.tuNgay ?? "0000") <= (a.denNgay ?? "9999"))) continue;
        issues.push(
          makeIssue("warning", "OVERLAPPING_MAIN_POSTS", { sheet: r.name, row: b.loc.row, column: col.header, letter: r.letter(col) }, b.chucDanh,
            `${q(b.hoTen)} đã có chức danh chính ${q(a.chucDanh)} ở dòng ${a.loc.row} trong cùng thời gian; nếu ${q(b.chucDanh)} là chức danh kiêm nhiệm, cần đánh “x” ở cột Kiêm nhiệm (hai người trùng tên thì bỏ qua cảnh báo này).`,
            `${q(b.hoTen)} already has the main post ${q(a.chucDanh)} on row ${a.loc.row} at the same time; if ${q(b.chucDanh)} is held concurrently, mark it “x” in column Kiêm nhiệm (ignore this if they are two people with the same name).`),
        );
        break;
      }
    }
    g = end;
  }
  if (!missing.length) return badRows;

  // Second chance by identityKey (built only when an exact match misses).
  const canon = new Map<string, Person[]>();
  for (let e = 0; e < total; e++) {
    if (kiemOf(e)) continue;
    const p = person(e);
    const k = identityKey(p.hoTen);
    const l = canon.get(k);
    if (l) l.push(p);
    else canon.set(k, [p]);
  }
  const kiemHc = r.col("kiemNhiem");
  for (const p of missing.sort((a, b) => a.row - b.row)) {
    const same = canon.get(identityKey(p.hoTen)) ?? [];
    if (same.some((m) => m.unitId === p.unitId)) continue;
    const communeKey = identityKey(p.donVi);
    const elsewhere = same.find((m) => identityKey(m.donVi) === communeKey);
    const hintVi = elsewhere
      ? ` Có dòng chức danh chính của ${q(p.hoTen)} ở dòng ${elsewhere.row} (${elsewhere.thon ? `thôn ${q(elsewhere.thon)}` : "cấp xã, không ghi thôn"}): nếu là cùng một người, ghi Thôn giống nhau ở cả hai dòng.`
      : "";
    const hintEn = elsewhere
      ? ` ${q(p.hoTen)} has a main post on row ${elsewhere.row} (${elsewhere.thon ? `village ${q(elsewhere.thon)}` : "commune level, no village"}): if it is the same person, give the same village on both rows.`
      : "";
    const where = p.thon ? `${p.thon}, ${p.donVi}` : p.donVi;
    const kiemRaw = kiemHc ? unwrapCell(r.sm.sheet.rows[p.row - r.startRow]?.[kiemHc.index]) : null;
    badRows.add(p.row);
    issues.push(
      makeIssue("error", "KIEM_NHIEM_NO_MAIN", { sheet: r.name, row: p.row, column: kiemHc?.header ?? "Kiêm nhiệm", ...(kiemHc ? { letter: r.letter(kiemHc) } : {}) },
        displayValue(kiemRaw) || "x",
        `${q(p.hoTen)} (${where}) kiêm nhiệm ${q(p.chucDanh)} nhưng không có dòng chức danh chính (cùng Họ và tên, Xã phường, Thôn, cột Kiêm nhiệm để trống); cần thêm dòng chức danh chính hoặc bỏ dấu kiêm nhiệm.${hintVi}`,
        `${q(p.hoTen)} (${where}) holds ${q(p.chucDanh)} concurrently but has no main-post row (same name, commune and village, Kiêm nhiệm blank); expected a main-post row, or remove the concurrent mark.${hintEn}`),
    );
  }
  return badRows;
}

// ---------------------------------------------------------------------------------------------
// ThamSo

function readThamSo(sm: SheetMatch, pack: ResolvedPack, issues: IssueList, maxRows: number): ThamSoRow[] {
  const r = new SheetReader(sm, issues);
  const out: ThamSoRow[] = [];
  const fGiaTriDecimal = r.field("giaTri", asDecimal(true), true);
  const fGiaTriWhole = r.field("giaTri", asDecimal(false), true);
  const fMa = r.field("ma", asText, true);
  const fHieuLuc = r.field("hieuLucTu", asDate, true);
  const fCanCu = r.field("canCu", asText);
  const fGhiChu = r.field("ghiChu", asText);
  for (const _ of dataRows(r, sm, maxRows)) {
    const ma = r.get(fMa);
    const key = ma ? resolveParamKey(ma, pack) : undefined;
    const unit = key ? pack.params.get(key)?.unit : undefined;
    // Whole-number units read "2.530" as 2530; coefficients and ratios read it as 2.53.
    const giaTri = r.get(unit && !WHOLE_UNITS.has(unit) ? fGiaTriDecimal : fGiaTriWhole);
    const hieuLucTu = r.get(fHieuLuc);
    const canCu = r.get(fCanCu);
    const ghiChu = r.get(fGhiChu);
    if (r.bad || !ma || giaTri === null || !hieuLucTu) continue;
    out.push({ loc: r.loc(), ma, giaTri, hieuLucTu, canCu, ghiChu });
  }
  r.checkMerges();
  return out;
}

// ---------------------------------------------------------------------------------------------
// NghiViec (people leaving) and DoiChieuBHXH (the BHXH agency's figures)

function readNghiViec(sm: SheetMatch, issues: IssueList, maxRows: number): LeaverRow[] {
  const r = new SheetReader(sm, issues);
  const out: LeaverRow[] = [];
  const fHoTen = r.field("hoTen", asText, true);
  const fChucDanh = r.field("chucDanh", asText, false, true);
  const fDonVi = r.field("donVi", asText, true, true);
  const fThon = r.field("thon", asText, false, true);
  const fDoiTuong = r.field("doiTuong", doiTuongOf, true, true);
  const fNgayNghi = r.field("ngayNghi", asDate, true, true);
  const fHinhThuc = r.field("hinhThuc", hinhThucOf, false, true);
  const fChinhSach = r.field("chinhSach", chinhSachOf, false, true);
  const fBinhQuan = r.field("tienLuongBinhQuan", asMoney);
  const fNgayNhan = r.field("ngayNhanTroCap", asDate, false, true);
  const fTienLuong = r.field("tienLuongThang", asMoney);
  const fHeSoLuong = r.field("heSoLuong", asCoefficient, false, true);
  const fHeSoChucVu = r.field("heSoChucVu", asCoefficientOrZero, false, true);
  const fCongVu = r.field("phuCapCongVu", asPercent, false, true);
  const fBhxh = r.field("thangDongBhxh", asYearsMonths);
  const fCongTac = r.field("soThangCongTac", asCount);
  const fTruocTuoi = r.field("soThangNghiTruocTuoi", asCount);
  const fConLai = r.field("soThangConLai", asCount);
  const fQuyetDinh = r.field("thangKeTuQuyetDinh", asCount);
  const fHoTroTinh = r.field("hoTroTinh", asMoney);
  const fMotLan = r.field("troCapMotLan", asMoney);
  const fGhiChu = r.field("ghiChu", asText);
  const seen = new Map<string, number>();
  const header = (key: string, fallback: string) => r.col(key)?.header ?? fallback;
  for (const _ of dataRows(r, sm, maxRows)) {
    const hoTen = r.get(fHoTen);
    const chucDanh = r.get(fChucDanh);
    const donVi = r.get(fDonVi);
    const thon = r.get(fThon);
    const doiTuong = r.get(fDoiTuong);
    const ngayNghi = r.get(fNgayNghi);
    const hinhThuc = r.get(fHinhThuc);
    const tienLuongThang = r.get(fTienLuong);
    const heSoLuong = r.get(fHeSoLuong);
    const heSoChucVu = r.get(fHeSoChucVu);
    const phuCapCongVu = r.get(fCongVu);
    const thangDongBhxh = r.get(fBhxh);
    const soThangCongTac = r.get(fCongTac);
    const soThangNghiTruocTuoi = r.get(fTruocTuoi);
    const soThangConLai = r.get(fConLai);
    const thangKeTuQuyetDinh = r.get(fQuyetDinh);
    const hoTroTinh = r.get(fHoTroTinh);
    const troCapMotLan = r.get(fMotLan);
    const ghiChu = r.get(fGhiChu);
    const chinhSach = r.get(fChinhSach);
    const tienLuongBinhQuan = r.get(fBinhQuan);
    const ngayNhanTroCap = r.get(fNgayNhan);

    const needsSalary = doiTuong === "hdkctXa" || doiTuong === "hdkctThon" || doiTuong === "canBoCongChuc";
    if (needsSalary && isBlankValue(r.rawOf(fTienLuong)) && isBlankValue(r.rawOf(fHeSoLuong))) {
      const a = header("tienLuongThang", "Tiền lương (phụ cấp) tháng");
      const b = header("heSoLuong", "Hệ số lương");
      r.error(
        makeIssue("error", "SALARY_MISSING", r.atKey("tienLuongThang", "heSoLuong", "hoTen"), "",
          `chưa có tiền lương (phụ cấp) tháng liền kề trước khi nghỉ; cần số tiền ở cột ${q(a)} hoặc hệ số ở cột ${q(b)} (cùng ${q("Hệ số phụ cấp chức vụ")}, ${q("% phụ cấp công vụ")} nếu có).`,
          `no salary (allowance) of the month before leaving; expected an amount in column ${q(a)} or a coefficient in column ${q(b)}.`),
      );
    }
    if (tienLuongThang !== null && (heSoLuong !== null || heSoChucVu !== null || phuCapCongVu !== null))
      issues.push(
        makeIssue("warning", "SALARY_TWO_FORMS", r.atKey("tienLuongThang"), displayValue(r.raw("tienLuongThang")),
          `dòng có cả tiền lương tháng và hệ số; dùng tiền lương tháng ${q(displayValue(r.raw("tienLuongThang")))}, bỏ qua các hệ số.`,
          `the row has both a monthly amount and coefficients; the amount ${q(displayValue(r.raw("tienLuongThang")))} is used.`),
      );
    else if (heSoLuong === null && (heSoChucVu !== null || phuCapCongVu !== null) && tienLuongThang === null && !r.bad)
      r.error(
        makeIssue("error", "SALARY_MISSING", r.atKey("heSoLuong", "heSoChucVu", "phuCapCongVu"), "",
          `có hệ số phụ cấp chức vụ hoặc % phụ cấp công vụ nhưng chưa có hệ số lương; cần hệ số lương ở cột ${q(header("heSoLuong", "Hệ số lương"))}.`,
          `a leadership coefficient or public-service rate is given without the salary coefficient; expected it in column ${q(header("heSoLuong", "Hệ số lương"))}.`),
      );
    if (doiTuong === "canBoCongChuc" && hinhThuc === null && isBlankValue(r.raw("hinhThuc")))
      r.error(
        makeIssue("error", "HINH_THUC_REQUIRED", r.atKey("hinhThuc", "doiTuong"), "",
          `cán bộ, công chức cần ghi hình thức nghỉ; cần ${HINH_THUC_NGHI.labels.map(q).join(" hoặc ")} ở cột ${q(header("hinhThuc", "Hình thức"))}.`,
          `a civil servant needs the kind of leaving; expected ${HINH_THUC_NGHI.labels.map(q).join(" or ")} in column ${q(header("hinhThuc", "Hình thức"))}.`),
      );
    if (thangKeTuQuyetDinh === 0)
      r.error(
        makeIssue("error", "MONTH_NUMBER_ZERO", r.atKey("thangKeTuQuyetDinh"), "0",
          `giá trị ${q("0")} không phải thứ tự tháng; cần 1 cho tháng có quyết định sắp xếp, 2 cho tháng sau, …`,
          `value ${q("0")} is not a month number; expected 1 for the month of the arrangement decision, 2 for the next, …`),
      );
    if (hoTen && donVi && ngayNghi) {
      const k = `${identityKey(hoTen)}|${identityKey(donVi)}|${identityKey(thon ?? "")}`;
      const prev = seen.get(k);
      if (prev !== undefined)
        issues.push(
          makeIssue("warning", "DUPLICATE_LEAVER", r.atKey("hoTen"), hoTen,
            `${q(hoTen)} (${thon ? `${thon}, ` : ""}${donVi}) đã có ở dòng ${prev}; kiểm tra lại (mỗi người nghỉ một dòng, trừ khi là hai người trùng tên).`,
            `${q(hoTen)} (${thon ? `${thon}, ` : ""}${donVi}) is already on row ${prev}; check it (one row per leaver, unless two people share a name).`),
        );
      else seen.set(k, r.excelRow);
    }
    if (r.bad || !hoTen || !donVi || !doiTuong || !ngayNghi) continue;
    out.push({
      loc: r.loc(), hoTen, chucDanh, donVi, thon, doiTuong, ngayNghi, hinhThuc, tienLuongThang, heSoLuong,
      heSoChucVu: heSoChucVu === "0" ? null : heSoChucVu, phuCapCongVu, thangDongBhxh, soThangCongTac, soThangNghiTruocTuoi, soThangConLai,
      thangKeTuQuyetDinh, hoTroTinh, troCapMotLan, ghiChu, chinhSach, tienLuongBinhQuan, ngayNhanTroCap,
    });
  }
  r.checkMerges();
  return out;
}

function readDoiChieu(sm: SheetMatch, issues: IssueList, maxRows: number): DoiChieuRow[] {
  const r = new SheetReader(sm, issues);
  const out: DoiChieuRow[] = [];
  const fHoTen = r.field("hoTen", asText, true);
  const fMaSo = r.field("maSoBhxh", asMaSoBhxh);
  const fDonVi = r.field("donVi", asText, false, true);
  const fThon = r.field("thon", asText, false, true);
  const fQuy = r.field("quy", asQuarter, true, true);
  const fLoai = r.field("loai", loaiHoTroOf, false, true);
  const fSoTien = r.field("soTien", asMoney, true);
  const totalRow = (stt: string): boolean => {
    const name = r.raw("hoTen");
    return TOTAL.test(stt) || (typeof name === "string" && TOTAL.test(normalizeKey(name)));
  };
  for (const _ of dataRows(r, sm, maxRows, totalRow)) {
    const hoTen = r.get(fHoTen);
    const maSoBhxh = r.get(fMaSo);
    const donVi = r.get(fDonVi);
    const thon = r.get(fThon);
    const quarter = r.get(fQuy);
    const kind = r.get(fLoai);
    const amount = r.get(fSoTien);
    if (r.bad || !hoTen || quarter === null || amount === null) continue;
    out.push({ loc: r.loc(), hoTen, maSoBhxh, donVi, thon, quarter, kind, amount });
  }
  r.checkMerges();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Workbook

function missingColumnsIssues(sm: SheetMatch, issues: IssueList): void {
  const row = (sm.sheet.startRow ?? 1) + sm.match.rowIndex;
  for (const c of sm.match.missing) {
    const aliases = [c.header, ...c.aliases.slice(0, 3)];
    issues.push(
      makeIssue("error", "COLUMN_MISSING", { sheet: sm.sheet.name, row, column: c.header }, undefined,
        `dòng tiêu đề thiếu cột bắt buộc ${q(c.header)} (có thể đặt tên: ${aliases.map(q).join(", ")}); cần thêm cột này để đọc sheet như ${SPEC_LABEL[sm.kind].vi}.`,
        `the header row lacks the required column ${q(c.header)} (also accepted: ${aliases.map(q).join(", ")}); expected it to read the sheet as ${SPEC_LABEL[sm.kind].en}.`),
    );
  }
}

function duplicateColumnIssues(sm: SheetMatch, issues: IssueList): void {
  const startCol = sm.sheet.startCol ?? 1;
  for (const d of sm.match.duplicates) {
    const l1 = columnLetter(startCol + d.first.index);
    const l2 = columnLetter(startCol + d.column.index);
    issues.push(
      makeIssue("warning", "DUPLICATE_COLUMN", { sheet: sm.sheet.name, row: d.column.row, column: d.column.header, letter: l2 }, undefined,
        `cột ${q(d.first.spec.header)} xuất hiện hai lần (cột ${l1} và ${l2}); chỉ đọc cột ${l1}.`,
        `column ${q(d.first.spec.header)} appears twice (${l1} and ${l2}); only ${l1} is read.`),
    );
  }
}

function specOf(kind: SheetKind): SheetSpec {
  return SHEET_SPECS.find((s) => s.kind === kind)!;
}

/**
 * Reads a roster workbook: finds the DanhSach, DonVi and ThamSo sheets by their header rows and
 * returns their valid records and every issue. ThamSo keys and units are checked by
 * thamSoToOverride (call it with `thamSo`); here only cells are checked.
 */
export function readWorkbook(sheets: SheetData[], pack: ResolvedPack, opts: ReadOptions = {}): ReadResult {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  const issues = new IssueList(opts.maxIssues ?? DEFAULT_MAX_ISSUES);
  const cls = classifySheets(sheets);
  const sheetsFound: ReadResult["sheetsFound"] = {};
  const all: SheetKind[] = ["danhSach", "donVi", "thamSo", "nghiViec", "doiChieuBhxh"];
  const kinds = new Set<SheetKind>(opts.kinds ?? all);
  for (const kind of all) {
    if (!kinds.has(kind)) {
      delete cls.found[kind];
      continue;
    }
    const f = cls.found[kind];
    if (f) {
      sheetsFound[kind] = f.sheet.name;
      duplicateColumnIssues(f, issues);
      continue;
    }
    const near = cls.nearMiss[kind];
    if (near) {
      missingColumnsIssues(near, issues);
      continue;
    }
    const named = cls.namedNoHeader[kind];
    const spec = specOf(kind);
    if (named)
      issues.push(
        makeIssue("error", "HEADER_NOT_FOUND", { sheet: named.sheet.name }, undefined,
          `không tìm thấy dòng tiêu đề trong ${HEADER_SCAN_ROWS} dòng đầu; cần một dòng có các cột ${headersList(requiredHeaders(spec))}.`,
          `no header row in the first ${HEADER_SCAN_ROWS} rows; expected a row with the columns ${headersList(requiredHeaders(spec))}.`),
      );
    else if (kind === "danhSach")
      issues.push(
        makeIssue("error", "SHEET_NOT_FOUND", {}, undefined,
          `Không tìm thấy sheet danh sách (DanhSach): không sheet nào (${sheets.map((s) => q(s.name)).join(", ") || "sổ trống"}) có dòng tiêu đề với các cột ${headersList(requiredHeaders(DANH_SACH))} trong ${HEADER_SCAN_ROWS} dòng đầu; cần một sheet có các cột đó (tạo mẫu bằng “dutoan template”).`,
          `No roster sheet (DanhSach) found: no sheet (${sheets.map((s) => q(s.name)).join(", ") || "empty workbook"}) has a header row with the columns ${headersList(requiredHeaders(DANH_SACH))} in its first ${HEADER_SCAN_ROWS} rows; expected such a sheet (make one with “dutoan template”).`),
      );
  }
  for (const x of cls.extra) {
    if (!kinds.has(x.kind)) continue;
    const used = cls.found[x.kind]!.sheet.name;
    issues.push(
      makeIssue("warning", "SHEET_IGNORED", { sheet: x.sheet.name }, undefined,
        `sheet này cũng có các cột của ${SPEC_LABEL[x.kind].vi} nhưng không được đọc: đã dùng sheet ${q(used)}.`,
        `this sheet also has the columns of the ${SPEC_LABEL[x.kind].en} sheet but is not read: sheet ${q(used)} is used.`),
    );
  }

  let units: UnitRow[] = [];
  let unitIndex: UnitIndex | null = null;
  if (cls.found.donVi) {
    const d = readDonVi(cls.found.donVi, issues, maxRows);
    units = d.units;
    if (d.index.size > 0) unitIndex = d.index;
    else
      issues.push(
        makeIssue("warning", "DONVI_EMPTY", { sheet: cls.found.donVi.sheet.name }, undefined,
          `sheet đơn vị không có dòng dữ liệu nào: không kiểm tra thôn, tổ dân phố và không tính được quỹ khoán.`,
          `the units sheet has no data rows: villages are not checked and funds cannot be computed.`),
      );
  }
  const rows = cls.found.danhSach ? readDanhSach(cls.found.danhSach, pack, unitIndex, cls.found.donVi?.sheet.name, issues, maxRows) : [];
  const thamSo = cls.found.thamSo ? readThamSo(cls.found.thamSo, pack, issues, maxRows) : [];
  const leavers = cls.found.nghiViec ? readNghiViec(cls.found.nghiViec, issues, maxRows) : [];
  const doiChieu = cls.found.doiChieuBhxh ? readDoiChieu(cls.found.doiChieuBhxh, issues, maxRows) : [];
  return { rows, units, thamSo, leavers, doiChieu, issues: issues.finish(sheets.map((s) => s.name)), sheetsFound };
}

export { DANH_SACH, DON_VI, THAM_SO, NGHI_VIEC, DOI_CHIEU_BHXH };
