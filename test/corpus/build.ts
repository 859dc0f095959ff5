/**
 * Roster workbooks for the corpus, written part by part as Excel writes them (test/xlsx/book.ts):
 * a valid roster by default, each case changing one thing.
 */
import { xlsx, type BookSpec, type Cell, type SheetSpec } from "../xlsx/book";

/** DanhSach columns: A STT, B Họ và tên, C Chức danh, D Kiêm nhiệm, E Xã phường, F Thôn, G Hệ số, H Mức tiền, I Từ ngày, J Đến ngày, K BHXH, L BHYT. */
export const DS = ["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày", "BHXH", "BHYT"];
/** DonVi columns: A Xã phường, B Thôn, C Loại, D Phân loại, E Số hộ. */
export const DV = ["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"];
export const TS = ["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ"];
export const NV = ["STT", "Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Đối tượng", "Ngày nghỉ", "Tiền lương (phụ cấp) tháng", "Thời gian đóng BHXH", "Số tháng công tác"];

type Row = Record<string, Cell>;

export function row(headers: string[], r: Row): Cell[] {
  return headers.map((h) => (h in r ? r[h] : null));
}

/** A Trưởng thôn of Thôn 1, Xã An Bình, with Hệ số 1,2 (the row's own fields override). */
export function person(over: Row = {}, i = 1): Cell[] {
  return row(DS, { "STT": i, "Họ và tên": `Nguyễn Văn An ${i}`, "Chức danh": "Trưởng thôn", "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1", "Hệ số": 1.2, ...over });
}

export const UNITS: Cell[][] = [
  ["Xã An Bình", null, "Xã", "I", null],
  ["Xã An Bình", "Thôn 1", "Thôn", null, 420],
  ["Xã An Bình", "Thôn 2", "Thôn", null, 180],
];

export const LEAVER: Row = {
  "STT": 1, "Họ và tên": "Phạm Văn Đức", "Chức danh": "Trưởng thôn", "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1", "Đối tượng": "HĐKCT thôn, TDP",
  "Ngày nghỉ": "01/09/2026", "Tiền lương (phụ cấp) tháng": 3510000, "Thời gian đóng BHXH": "4 năm 6 tháng", "Số tháng công tác": 48,
};

export interface RosterSpec {
  /** DanhSach data rows (default: two valid people); null leaves the sheet out. */
  ds?: Cell[][] | null;
  dsHeader?: Cell[];
  dsExtra?: Partial<SheetSpec>;
  /** DonVi data rows (default UNITS); null leaves the sheet out. */
  dv?: Cell[][] | null;
  dvExtra?: Partial<SheetSpec>;
  /** ThamSo rows (no sheet when absent). */
  ts?: Cell[][];
  /** NghiViec rows (no sheet when absent). */
  nv?: Cell[][];
  /** Sheets before / after the roster sheets. */
  before?: SheetSpec[];
  after?: SheetSpec[];
  book?: Partial<BookSpec>;
}

export function rosterBook(spec: RosterSpec = {}): BookSpec {
  const sheets: SheetSpec[] = [...(spec.before ?? [])];
  if (spec.ds !== null) sheets.push({ name: "DanhSach", rows: [spec.dsHeader ?? DS, ...(spec.ds ?? [person({}, 1), person({ "Họ và tên": "Trần Thị Bình", "Chức danh": "Bí thư chi bộ" }, 2)])], ...spec.dsExtra });
  if (spec.dv !== null) sheets.push({ name: "DonVi", rows: [DV, ...(spec.dv ?? UNITS)], ...spec.dvExtra });
  if (spec.ts) sheets.push({ name: "ThamSo", rows: [TS, ...spec.ts] });
  if (spec.nv) sheets.push({ name: "NghiViec", rows: [NV, ...spec.nv] });
  sheets.push(...(spec.after ?? []));
  return { sheets, ...spec.book };
}

/** The roster as .xlsx bytes (Excel's part order unless `order` says otherwise). */
export function roster(spec: RosterSpec = {}, order?: (names: string[]) => string[]): Buffer {
  return xlsx(rosterBook(spec), order);
}

/** The worksheet XML of a sheet whose <sheetData> is given raw. */
export function rawSheet(sheetData: string, before = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${sheetData}</sheetData></worksheet>`;
}
