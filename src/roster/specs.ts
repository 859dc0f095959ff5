/**
 * The roster sheets (reference/roster-format.md): each column's key, header as the template writes
 * it, accepted aliases, whether it is required, and its type. The template writer can take headers
 * and dropdown options from here.
 */
import { BHXH, BHYT, DAC_DIEM, LOAI_DON_VI, NHOM_HO_TRO, PHAN_LOAI, PHUONG_THUC_DONG } from "./enums";

export type SheetKind = "danhSach" | "donVi" | "thamSo";
export type ColumnType = "text" | "name" | "date" | "money" | "coefficient" | "count" | "yesNo" | "enum" | "enumList" | "decimal";

export interface ColumnSpec {
  key: string;
  /** Header as the template writes it. */
  header: string;
  /** Other accepted headers (matched ignoring case, diacritics, punctuation, text in parentheses). */
  aliases: string[];
  required: boolean;
  type: ColumnType;
  /** Dropdown labels for enum columns. */
  options?: string[];
  /** What a cell must hold, for messages about a blank required cell. */
  expectVi: string;
  expectEn: string;
}

export interface SheetSpec {
  kind: SheetKind;
  /** The sheet name the template uses. */
  name: string;
  columns: ColumnSpec[];
}

function col(
  key: string,
  header: string,
  aliases: string[],
  required: boolean,
  type: ColumnType,
  expectVi: string,
  expectEn: string,
  options?: string[],
): ColumnSpec {
  return { key, header, aliases, required, type, expectVi, expectEn, ...(options ? { options } : {}) };
}

export const DANH_SACH: SheetSpec = {
  kind: "danhSach",
  name: "DanhSach",
  columns: [
    col("stt", "STT", ["TT", "Số TT", "Số thứ tự"], false, "text", "số thứ tự", "a row number"),
    col("hoTen", "Họ và tên", ["Họ tên", "Họ và tên người hoạt động không chuyên trách", "Họ và tên người giữ chức danh"], true, "name",
      "họ và tên người giữ chức danh", "the name of the person holding the post"),
    col("chucDanh", "Chức danh", ["Chức vụ", "Chức danh đảm nhiệm", "Chức danh, chức vụ"], true, "text",
      "tên chức danh có trong danh mục của gói tham số (ví dụ Trưởng thôn)", "a post from the pack's list (e.g. Trưởng thôn)"),
    col("kiemNhiem", "Kiêm nhiệm", ["KN", "Chức danh kiêm nhiệm"], false, "yesNo", "“x” nếu là chức danh kiêm nhiệm", "“x” for a concurrent post"),
    col("donVi", "Xã, phường", ["Đơn vị", "Xã phường", "Xã, phường, thị trấn", "Xã, phường, đặc khu", "Đơn vị cấp xã", "Xã"], true, "name",
      "tên xã, phường", "the commune or ward"),
    col("thon", "Thôn, TDP", ["Thôn, tổ dân phố", "Thôn", "Thôn/TDP", "Thôn, bản, tổ dân phố", "Thôn, bản, TDP", "Tổ dân phố", "TDP", "Khu dân cư", "Thôn, khu phố"],
      false, "name", "tên thôn, tổ dân phố", "the village or residential group"),
    col("heSo", "Hệ số", ["Hệ số phụ cấp", "Hệ số PC", "Hệ số hỗ trợ", "Hệ số phụ cấp/hỗ trợ"], false, "coefficient", "hệ số, ví dụ 1,2", "a coefficient, e.g. 1.2"),
    col("mucTien", "Mức tiền", ["Mức tiền/tháng", "Mức tiền tháng", "Mức phụ cấp", "Mức hỗ trợ", "Mức phụ cấp/hỗ trợ", "Số tiền/tháng"], false, "money",
      "số tiền đồng/tháng", "VND per month"),
    col("tuNgay", "Từ ngày", ["Ngày bắt đầu", "Ngày bắt đầu giữ chức danh", "Từ"], false, "date", "ngày bắt đầu", "the first day"),
    col("denNgay", "Đến ngày", ["Ngày kết thúc", "Đến"], false, "date", "ngày kết thúc", "the last day"),
    col("bhxh", "BHXH", ["Bảo hiểm xã hội", "Loại BHXH", "Tham gia BHXH"], false, "enum", "loại BHXH", "the BHXH kind", BHXH.labels),
    col("bhyt", "BHYT", ["Bảo hiểm y tế", "Tham gia BHYT"], false, "enum", "Có hoặc Không", "Có or Không", BHYT.labels),
    col("nhomHoTro", "Đối tượng hỗ trợ BHXH TN", ["Đối tượng hỗ trợ BHXH tự nguyện", "Đối tượng hỗ trợ", "Nhóm hỗ trợ", "Nhóm hỗ trợ BHXH TN", "Đối tượng BHXH TN"],
      false, "enum", "đối tượng hỗ trợ", "the support group", NHOM_HO_TRO.labels),
    col("thuNhapBhxhTn", "Thu nhập đóng BHXH TN", ["Thu nhập đóng BHXH tự nguyện", "Thu nhập tháng đóng BHXH TN", "Thu nhập tháng lựa chọn", "Mức thu nhập đóng BHXH TN"],
      false, "money", "số tiền đồng/tháng", "VND per month"),
    col("phuongThucDong", "Phương thức đóng", ["Phương thức đóng BHXH TN", "Phương thức đóng BHXH tự nguyện", "Kỳ đóng"], false, "enum",
      "phương thức đóng", "the payment mode", PHUONG_THUC_DONG.labels),
    col("ghiChu", "Ghi chú", [], false, "text", "ghi chú", "a note"),
  ],
};

export const DON_VI: SheetSpec = {
  kind: "donVi",
  name: "DonVi",
  columns: [
    col("stt", "STT", ["TT", "Số TT"], false, "text", "số thứ tự", "a row number"),
    col("donVi", "Xã, phường", ["Đơn vị", "Xã phường", "Xã, phường, thị trấn", "Xã, phường, đặc khu", "Đơn vị cấp xã", "Xã"], true, "name",
      "tên xã, phường", "the commune or ward"),
    col("thon", "Thôn, TDP", ["Thôn, tổ dân phố", "Thôn", "Thôn/TDP", "Thôn, bản, tổ dân phố", "Thôn, bản, TDP", "Tổ dân phố", "TDP", "Khu dân cư", "Thôn, khu phố"],
      false, "name", "tên thôn, tổ dân phố", "the village or residential group"),
    col("loai", "Loại", ["Loại đơn vị", "Cấp"], true, "enum", "loại đơn vị", "the unit kind", LOAI_DON_VI.labels),
    col("phanLoai", "Phân loại", ["Phân loại xã", "Loại xã", "Xếp loại", "Phân loại ĐVHC", "Phân loại đơn vị hành chính"], false, "enum", "I, II hoặc III", "I, II or III", PHAN_LOAI.labels),
    col("soHo", "Số hộ", ["Số hộ gia đình", "Tổng số hộ", "Quy mô số hộ"], false, "count", "số hộ", "the number of households"),
    col("dacDiem", "Đặc điểm", ["Đặc điểm đơn vị", "Đặc thù"], false, "enumList", "đặc điểm", "characteristics", DAC_DIEM.labels),
    col("soNguoiTangThem", "Số người tăng thêm", ["Số người hoạt động không chuyên trách tăng thêm", "Số người tăng thêm được giao", "Tăng thêm"], false, "count",
      "số người", "a number of people"),
    col("tuNgay", "Từ ngày", ["Ngày bắt đầu", "Hiệu lực từ"], false, "date", "ngày bắt đầu", "the first day"),
    col("denNgay", "Đến ngày", ["Ngày kết thúc", "Hiệu lực đến"], false, "date", "ngày kết thúc", "the last day"),
    col("ghiChu", "Ghi chú", [], false, "text", "ghi chú", "a note"),
  ],
};

export const THAM_SO: SheetSpec = {
  kind: "thamSo",
  name: "ThamSo",
  columns: [
    col("stt", "STT", ["TT"], false, "text", "số thứ tự", "a row number"),
    col("ma", "Mã", ["Mã tham số", "Khóa", "Key"], true, "text", "mã tham số của gói (ví dụ luongCoSo)", "a pack parameter key (e.g. luongCoSo)"),
    col("tenThamSo", "Tên tham số", ["Diễn giải", "Nội dung", "Tên"], false, "text", "tên tham số", "the parameter name"),
    col("giaTri", "Giá trị", ["Giá trị mới", "Mức", "Giá trị áp dụng"], true, "decimal", "giá trị số", "a number"),
    col("hieuLucTu", "Hiệu lực từ", ["Áp dụng từ", "Từ ngày", "Ngày hiệu lực", "Có hiệu lực từ", "Hiệu lực từ ngày"], true, "date",
      "ngày bắt đầu áp dụng (dd/mm/yyyy)", "the first day it applies (dd/mm/yyyy)"),
    col("canCu", "Căn cứ", ["Căn cứ pháp lý", "Văn bản căn cứ", "Văn bản"], false, "text", "văn bản căn cứ", "the legal basis"),
    col("ghiChu", "Ghi chú", [], false, "text", "ghi chú", "a note"),
  ],
};

export const SHEET_SPECS: readonly SheetSpec[] = [DANH_SACH, DON_VI, THAM_SO];

export function requiredHeaders(spec: SheetSpec): string[] {
  return spec.columns.filter((c) => c.required).map((c) => c.header);
}
