/** Workbooks as plain SheetData for the pipeline tests (laid out as the roster contract says). */
import type { SheetData } from "../../src/roster";

export const DS_HEAD = ["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày"];
export const DV_HEAD = ["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"];
export const TS_HEAD = ["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ", "Ghi chú"];

/** One DanhSach row: name, post, commune, village, Hệ số. */
export const row = (i: number, hoTen: string, chucDanh: string, heSo: number | null = null, thon = "Thôn 1"): unknown[] => [i, hoTen, chucDanh, null, "Xã A", thon, heSo, null, null, null];

export function workbook(o: { danhSach?: unknown[][]; thamSo?: unknown[][]; units?: unknown[][] | null } = {}): SheetData[] {
  const sheets: SheetData[] = [{ name: "DanhSach", rows: [DS_HEAD, ...(o.danhSach ?? [row(1, "Nguyễn Văn An", "Trưởng thôn", 1)])] }];
  if (o.units !== null)
    sheets.push({
      name: "DonVi",
      rows: [DV_HEAD, ...(o.units ?? [["Xã A", null, "Xã", "I", null], ["Xã A", "Thôn 1", "Thôn", null, 400], ["Xã A", "Thôn 2", "Thôn", null, 300]])],
    });
  if (o.thamSo) sheets.push({ name: "ThamSo", rows: [TS_HEAD, ...o.thamSo] });
  return sheets;
}

/** A province pack file (JSON text) extending central: Trưởng thôn at hệ số 1,5 from 1/7/2024. */
export function packFileText(over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id: "tinh-x",
    name: "Tỉnh X",
    jurisdiction: "Tỉnh X",
    extends: "central",
    parameters: [
      {
        key: "phuCap.truongThon",
        label: "Mức phụ cấp Trưởng thôn (× lương cơ sở)",
        unit: "coefficient",
        values: [{ from: "2024-07-01", value: "1.5", source: { document: "Nghị quyết 1/2024/NQ-HĐND tỉnh X (ví dụ kiểm thử)" }, confidence: "high" }],
      },
    ],
    ...over,
  });
}
