/**
 * Workbooks DuToan wrote itself (an estimate or a province consolidation), told by their sheet names:
 * never read as a roster — their Chi tiết sheet has "Họ và tên" and "Chức danh" columns and would
 * otherwise be counted a second time.
 */
import type { SheetData } from "./sheet";

/** Sheet names of the workbooks DuToan writes, "TongHop_2026 (2)" included. */
const OWN_SHEET = /^(TongHop|DonVi|ChiTiet|BHXH|ChuyenBHXH|QuyKhoan|Khoan|NghiViec|DoiChieu|CanCu|CanhBao|TheoXa|BHXHQuy|TepLoi)_\d{4}( \(\d+\))?$/;

/** Every sheet is one DuToan writes (a workbook with a roster sheet besides is still a roster). */
export function isOwnReport(sheets: readonly SheetData[]): boolean {
  return sheets.length > 0 && sheets.every((s) => OWN_SHEET.test(s.name));
}

export const OWN_REPORT_MESSAGE = "Sổ tính này là sổ dự toán do DuToan ghi (chỉ có các sheet kết quả như TongHop_…, ChiTiet_…), không phải sổ danh sách: hãy chọn sổ danh sách có sheet DanhSach (và DonVi, ThamSo, NghiViec nếu có).";
