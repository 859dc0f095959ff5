/** Builders for roster test workbooks. */
import { resolvePack } from "../../src/packs";
import type { SheetData } from "../../src/roster";

export const pack = resolvePack("central");

export const DS_HEADERS = [
  "STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày",
  "BHXH", "BHYT", "Đối tượng hỗ trợ BHXH TN", "Thu nhập đóng BHXH TN", "Phương thức đóng", "Ghi chú",
];
export const DV_HEADERS = ["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ", "Đặc điểm", "Số người tăng thêm"];
export const TS_HEADERS = ["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ", "Ghi chú"];

type Row = Record<string, unknown>;

/** A sheet with a header row (row 1 unless `above` rows precede it) and rows given by header name. */
export function sheet(name: string, headers: string[], rows: Row[], extra: Partial<SheetData> & { above?: unknown[][] } = {}): SheetData {
  const { above = [], ...rest } = extra;
  return { name, rows: [...above, headers, ...rows.map((r) => headers.map((h) => (h in r ? r[h] : null)))], ...rest };
}

export const person = (over: Row = {}): Row => ({
  "Họ và tên": "Nguyễn Văn An", "Chức danh": "Trưởng thôn", "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1", ...over,
});

export const danhSach = (rows: Row[], extra: Partial<SheetData> & { above?: unknown[][] } = {}) => sheet("DanhSach", DS_HEADERS, rows, extra);

export const donVi = (rows: Row[] = defaultUnits()) => sheet("DonVi", DV_HEADERS, rows);

export function defaultUnits(): Row[] {
  return [
    { "Xã, phường": "Xã An Bình", "Loại": "Xã", "Phân loại": "I" },
    { "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1", "Loại": "Thôn", "Số hộ": 420, "Đặc điểm": "Biên giới" },
    { "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 2", "Loại": "Thôn", "Số hộ": 180 },
  ];
}

export const thamSo = (rows: Row[]) => sheet("ThamSo", TS_HEADERS, rows);

export const NV_HEADERS = [
  "STT", "Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Đối tượng", "Ngày nghỉ", "Hình thức", "Tiền lương (phụ cấp) tháng", "Hệ số lương",
  "Hệ số phụ cấp chức vụ", "% phụ cấp công vụ", "Thời gian đóng BHXH", "Số tháng công tác", "Số tháng nghỉ trước tuổi", "Số tháng còn lại của nhiệm kỳ",
  "Tháng thứ mấy kể từ quyết định sắp xếp", "Hỗ trợ của tỉnh/thành phố", "Số tiền trợ cấp một lần", "Ghi chú",
];
export const nghiViec = (rows: Row[], name = "NghiViec", headers = NV_HEADERS) => sheet(name, headers, rows);
/** A leaving commune HĐKCT (a village head) with the salary of the month before. */
export const leaver = (over: Row = {}): Row => ({
  "Họ và tên": "Phạm Văn Đức", "Chức danh": "Trưởng thôn", "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1", "Đối tượng": "HĐKCT thôn, TDP",
  "Ngày nghỉ": "01/09/2025", "Tiền lương (phụ cấp) tháng": "3.510.000", "Số tháng công tác": 48, "Thời gian đóng BHXH": 4.5, ...over,
});

import type { RosterIssue } from "../../src/roster";

/** The issues with a code. */
export function issuesOf(r: { issues: RosterIssue[] }, code: string): RosterIssue[] {
  return r.issues.filter((i) => i.code === code);
}

/** Asserts exactly one issue with this code and these fields, and that its message has each fragment. */
export function expectIssue(
  r: { issues: RosterIssue[] },
  want: { code: string; severity?: "error" | "warning"; sheet?: string; row?: number; column?: string; value?: string },
  ...fragments: string[]
): RosterIssue {
  const found = issuesOf(r, want.code);
  if (found.length !== 1) throw new Error(`expected one ${want.code}, got ${found.length}: ${JSON.stringify(r.issues, null, 1)}`);
  const i = found[0];
  expect(i).toMatchObject({ severity: want.severity ?? "error", ...want });
  for (const f of fragments) expect(i.message).toContain(f);
  expect(i.messageEn.length).toBeGreaterThan(10);
  return i;
}
