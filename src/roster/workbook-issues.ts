/**
 * Issues about the workbook's sheets rather than their cells: a sheet that looks like a roster
 * sheet but lacks a column or its header row, a repeated column, a second sheet of a kind, a hidden
 * sheet used or passed over, and a workbook with nothing to compute.
 */
import type { Classification, SheetMatch } from "./headers";
import { HEADER_SCAN_ROWS } from "./headers";
import { makeIssue, q, type IssueList, type RosterIssue } from "./messages";
import { columnLetter, type SheetData } from "./sheet";
import { DANH_SACH, NGHI_VIEC, DON_VI, requiredHeaders, SHEET_SPECS, type SheetKind, type SheetSpec } from "./specs";

export const SPEC_LABEL: Record<SheetKind, { vi: string; en: string }> = {
  danhSach: { vi: "danh sách người hoạt động không chuyên trách (DanhSach)", en: "roster (DanhSach)" },
  donVi: { vi: "đơn vị (DonVi)", en: "units (DonVi)" },
  thamSo: { vi: "tham số (ThamSo)", en: "parameters (ThamSo)" },
  nghiViec: { vi: "người nghỉ việc (NghiViec)", en: "leavers (NghiViec)" },
  doiChieuBhxh: { vi: "số liệu đối chiếu của cơ quan BHXH (DoiChieuBHXH)", en: "the BHXH agency's figures (DoiChieuBHXH)" },
};

function headersList(headers: string[]): string {
  return headers.map(q).join(", ");
}

function specOf(kind: SheetKind): SheetSpec {
  return SHEET_SPECS.find((s) => s.kind === kind)!;
}

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

/** A hidden sheet is read only when no visible sheet has the columns: never silently. */
function hiddenUsedIssue(sm: SheetMatch): RosterIssue {
  const label = SPEC_LABEL[sm.kind];
  return makeIssue("warning", "HIDDEN_SHEET_USED", { sheet: sm.sheet.name }, undefined,
    `sheet này đang bị ẩn nhưng được đọc làm sheet ${label.vi} vì không có sheet hiện nào có các cột đó; kiểm tra lại nếu đây là bản cũ (bỏ ẩn: chuột phải vào tên sheet → Unhide).`,
    `this sheet is hidden but is read as the ${label.en} sheet, since no visible sheet has its columns; check it is not an old copy (right-click a sheet tab → Unhide).`);
}

function ignoredIssue(x: SheetMatch, used: SheetData): RosterIssue {
  const label = SPEC_LABEL[x.kind];
  if (x.sheet.hidden)
    return makeIssue("warning", "HIDDEN_SHEET_SKIPPED", { sheet: x.sheet.name }, undefined,
      `sheet ẩn này cũng có các cột của ${label.vi} nhưng không được đọc: đã dùng sheet hiện ${q(used.name)}; xóa sheet ẩn nếu là bản cũ.`,
      `this hidden sheet also has the columns of the ${label.en} sheet but is not read: the visible sheet ${q(used.name)} is used; delete it if it is an old copy.`);
  return makeIssue("warning", "SHEET_IGNORED", { sheet: x.sheet.name }, undefined,
    `sheet này cũng có các cột của ${label.vi} nhưng không được đọc: đã dùng sheet ${q(used.name)}.`,
    `this sheet also has the columns of the ${label.en} sheet but is not read: sheet ${q(used.name)} is used.`);
}

/** Every issue about which sheets are read, for the kinds asked for. */
export function classificationIssues(cls: Classification, sheets: SheetData[], kinds: Set<SheetKind>, issues: IssueList): void {
  for (const kind of kinds) {
    const f = cls.found[kind];
    if (f) {
      duplicateColumnIssues(f, issues);
      if (f.sheet.hidden) issues.push(hiddenUsedIssue(f));
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
  }
  for (const x of cls.extra) {
    const used = cls.found[x.kind];
    if (kinds.has(x.kind) && used) issues.push(ignoredIssue(x, used.sheet));
  }
}

export function donViEmpty(sheet: string): RosterIssue {
  return makeIssue("warning", "DONVI_EMPTY", { sheet }, undefined,
    `sheet đơn vị không có dòng dữ liệu nào: không kiểm tra thôn, tổ dân phố và không tính được quỹ khoán.`,
    `the units sheet has no data rows: villages are not checked and funds cannot be computed.`);
}

/**
 * No DanhSach rows, no NghiViec rows, no DonVi rows: nothing to compute. DANHSACH_EMPTY when a
 * DanhSach sheet has only its header; SHEET_NOT_FOUND when there is none (unless a sheet that
 * looks like one was already reported for a missing column or header).
 */
export function nothingToCompute(cls: Classification, sheets: SheetData[]): RosterIssue | null {
  const ds = cls.found.danhSach;
  const also = `(hoặc sheet ${q(NGHI_VIEC.name)} có người nghỉ việc, sheet ${q(DON_VI.name)} có đơn vị)`;
  const alsoEn = `(or a ${NGHI_VIEC.name} sheet with leavers, a ${DON_VI.name} sheet with units)`;
  if (ds)
    return makeIssue("error", "DANHSACH_EMPTY", { sheet: ds.sheet.name, row: (ds.sheet.startRow ?? 1) + ds.match.lastRowIndex }, undefined,
      `có dòng tiêu đề nhưng không có dòng dữ liệu nào bên dưới; cần ít nhất một dòng: một người với một chức danh ${also}.`,
      `the header row has no data rows below it; expected at least one row: a person with a post ${alsoEn}.`);
  if (cls.nearMiss.danhSach || cls.namedNoHeader.danhSach) return null;
  const names = sheets.map((s) => q(s.name)).join(", ");
  const cols = headersList(requiredHeaders(DANH_SACH));
  return makeIssue("error", "SHEET_NOT_FOUND", {}, undefined,
    `Không tìm thấy sheet danh sách (DanhSach): không sheet nào (${names || "sổ trống"}) có dòng tiêu đề với các cột ${cols} trong ${HEADER_SCAN_ROWS} dòng đầu; cần một sheet có các cột đó ${also} (tạo mẫu bằng “dutoan template”).`,
    `No roster sheet (DanhSach) found: no sheet (${names || "empty workbook"}) has a header row with the columns ${cols} in its first ${HEADER_SCAN_ROWS} rows; expected such a sheet ${alsoEn} (make one with “dutoan template”).`);
}
