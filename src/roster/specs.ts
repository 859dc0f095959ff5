/**
 * The roster sheets (docs/roster-format.md): each column's key, header as the template writes
 * it, accepted aliases, whether it is required, and its type. The template writer can take headers
 * and dropdown options from here.
 */
import { BHXH, BHYT, CHINH_SACH_NGHI, DAC_DIEM, DOI_TUONG_NGHI_VIEC, HINH_THUC_NGHI, LOAI_DON_VI, LOAI_HO_TRO, NHOM_HO_TRO, PHAN_LOAI, PHUONG_THUC_DONG, QUY } from "./enums";

export type SheetKind = "danhSach" | "donVi" | "thamSo" | "nghiViec" | "doiChieuBhxh";
export type ColumnType =
  | "text" | "name" | "date" | "money" | "coefficient" | "count" | "yesNo" | "enum" | "enumList" | "decimal"
  /** Thời gian đóng BHXH: "15 năm 3 tháng", "15n3t", or a decimal number of years (15,25). */
  | "yearsMonths"
  /** A percentage: "25%", 0.25 (a cell formatted as %) or 25. */
  | "percent"
  /** Mã số BHXH: 10 digits (a number cell gets its leading zeros back). */
  | "maSoBhxh";

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

const MA_SO_BHXH_ALIASES = ["Mã BHXH", "Mã số bảo hiểm xã hội", "Mã số BHXH (10 số)", "Số sổ BHXH", "Số định danh BHXH"];
const DON_VI_ALIASES = ["Đơn vị", "Xã phường", "Xã, phường, thị trấn", "Xã, phường, đặc khu", "Đơn vị cấp xã", "Xã"];
const THON_ALIASES = ["Thôn, tổ dân phố", "Thôn", "Thôn/TDP", "Thôn, bản, tổ dân phố", "Thôn, bản, TDP", "Tổ dân phố", "TDP", "Khu dân cư", "Thôn, khu phố"];

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
    col("maSoBhxh", "Mã số BHXH", MA_SO_BHXH_ALIASES, false, "maSoBhxh", "mã số BHXH (10 chữ số)", "the social-insurance number (10 digits)"),
    col("soThangDaHoTro", "Số tháng đã được hỗ trợ", ["Số tháng đã hỗ trợ", "Số tháng đã được hỗ trợ BHXH TN", "Số tháng đã được hỗ trợ đóng BHXH tự nguyện"], false, "count",
      "số tháng đã được hỗ trợ đóng BHXH tự nguyện trước năm dự toán", "months of voluntary-BHXH support already received"),
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

/**
 * Sheet NghiViec — one row per person leaving (one-off payments: NĐ 29/2023, NĐ 154/2025, NĐ 178/2024,
 * security forces, provincial top-ups; docs/legal/troCap.md). "Chính sách" tells a cán bộ, công chức
 * leaving under the restructuring from one under staff reduction; "Tiền lương bình quân 60 tháng" is
 * needed by NĐ 29/2023; "Ngày nhận trợ cấp" starts a province's refund window. Salary: "Tiền lương (phụ cấp) tháng" or "Hệ số lương" (+ "Hệ số
 * phụ cấp chức vụ", "% phụ cấp công vụ"), of the month before leaving, without concurrent allowances.
 * "Thời gian đóng BHXH" is one column: "15 năm 3 tháng" (also "15 năm", "3 tháng", "15n3t") or a decimal
 * number of years that is a whole number of months (15,25 = 15 years 3 months).
 */
export const NGHI_VIEC: SheetSpec = {
  kind: "nghiViec",
  name: "NghiViec",
  columns: [
    col("stt", "STT", ["TT", "Số TT", "Số thứ tự"], false, "text", "số thứ tự", "a row number"),
    col("hoTen", "Họ và tên", ["Họ tên", "Họ và tên người nghỉ việc"], true, "name", "họ và tên người nghỉ", "the name of the person leaving"),
    col("chucDanh", "Chức danh", ["Chức vụ", "Chức danh, chức vụ", "Chức danh trước khi nghỉ"], false, "text", "chức danh trước khi nghỉ", "the post held before leaving"),
    col("donVi", "Xã, phường", DON_VI_ALIASES, true, "name", "tên xã, phường", "the commune or ward"),
    col("thon", "Thôn, TDP", THON_ALIASES, false, "name", "tên thôn, tổ dân phố", "the village or residential group"),
    col("doiTuong", "Đối tượng", ["Đối tượng nghỉ", "Đối tượng nghỉ việc", "Nhóm đối tượng", "Loại đối tượng"], true, "enum",
      "đối tượng nghỉ", "the group of the person leaving", DOI_TUONG_NGHI_VIEC.labels),
    col("ngayNghi", "Ngày nghỉ", ["Ngày nghỉ việc", "Ngày thôi việc", "Nghỉ từ ngày", "Thời điểm nghỉ", "Ngày nghỉ hưu", "Ngày nghỉ công tác"], true, "date",
      "ngày nghỉ (dd/mm/yyyy)", "the leaving date (dd/mm/yyyy)"),
    col("hinhThuc", "Hình thức", ["Hình thức nghỉ", "Chế độ nghỉ", "Hình thức nghỉ việc"], false, "enum", "hình thức nghỉ", "the kind of leaving", HINH_THUC_NGHI.labels),
    col("chinhSach", "Chính sách", ["Chính sách nghỉ", "Diện nghỉ", "Lý do nghỉ"], false, "enum",
      "chính sách nghỉ của cán bộ, công chức", "the policy a civil servant leaves under", CHINH_SACH_NGHI.labels),
    col("tienLuongThang", "Tiền lương (phụ cấp) tháng", ["Tiền lương tháng", "Tiền lương hiện hưởng", "Phụ cấp hiện hưởng", "Tiền lương (phụ cấp) tháng hiện hưởng",
      "Tiền lương, phụ cấp hiện hưởng", "Phụ cấp tháng", "Tiền lương tháng hiện hưởng", "Tiền lương, phụ cấp tháng"], false, "money",
      "số tiền đồng/tháng của tháng liền kề trước khi nghỉ", "VND per month, of the month before leaving"),
    col("heSoLuong", "Hệ số lương", ["Hệ số lương hiện hưởng", "Hệ số lương, phụ cấp", "Hệ số lương (phụ cấp)"], false, "coefficient", "hệ số lương, ví dụ 3,66", "a salary coefficient, e.g. 3.66"),
    col("heSoChucVu", "Hệ số phụ cấp chức vụ", ["Phụ cấp chức vụ", "Hệ số chức vụ", "PC chức vụ", "Hệ số phụ cấp chức vụ lãnh đạo"], false, "coefficient",
      "hệ số phụ cấp chức vụ, ví dụ 0,2", "a leadership-allowance coefficient, e.g. 0.2"),
    col("phuCapCongVu", "% phụ cấp công vụ", ["Phụ cấp công vụ", "Tỷ lệ phụ cấp công vụ", "PC công vụ", "% công vụ", "Phụ cấp công vụ (%)"], false, "percent",
      "tỷ lệ phụ cấp công vụ, ví dụ 25%", "the public-service allowance rate, e.g. 25%"),
    col("tienLuongBinhQuan", "Tiền lương bình quân 60 tháng", ["Tiền lương bình quân", "Tiền lương tháng bình quân", "Tiền lương bình quân 5 năm", "Tiền lương bình quân 60 tháng cuối"],
      false, "money", "tiền lương tháng bình quân 60 tháng cuối trước khi nghỉ (đồng)", "the average monthly salary of the last 60 months (VND)"),
    col("thangDongBhxh", "Thời gian đóng BHXH", ["Số năm đóng BHXH", "Thời gian đóng BHXH bắt buộc", "Số năm đóng bảo hiểm xã hội", "Thời gian tham gia BHXH", "Số năm đóng BHXH bắt buộc"],
      false, "yearsMonths", "thời gian đóng BHXH, ví dụ “15 năm 3 tháng” hoặc 15,25 (năm)", "BHXH contribution time, e.g. “15 năm 3 tháng” or 15.25 (years)"),
    col("soThangCongTac", "Số tháng công tác", ["Thời gian công tác (tháng)", "Số tháng giữ chức danh", "Tổng số tháng công tác"], false, "count", "số tháng công tác", "months of service"),
    col("soThangNghiTruocTuoi", "Số tháng nghỉ trước tuổi", ["Số tháng đến tuổi nghỉ hưu", "Số tháng còn lại đến tuổi nghỉ hưu", "Số tháng nghỉ sớm", "Số tháng tính hưởng trợ cấp"],
      false, "count", "số tháng từ ngày nghỉ đến tuổi nghỉ hưu", "months from leaving to the retirement age"),
    col("soThangConLai", "Số tháng còn lại của nhiệm kỳ", ["Số tháng còn lại", "Số tháng còn lại theo lộ trình", "Số tháng còn lại của nhiệm kỳ, lộ trình", "Số tháng còn lại của nhiệm kỳ hoặc lộ trình"],
      false, "count", "số tháng còn lại của nhiệm kỳ hoặc lộ trình sắp xếp", "months left of the term or of the merger roadmap"),
    col("thangKeTuQuyetDinh", "Tháng thứ mấy kể từ quyết định sắp xếp", ["Tháng thứ", "Tháng kể từ quyết định", "Tháng thứ kể từ quyết định sắp xếp", "Số tháng kể từ quyết định sắp xếp",
      "Tháng thứ mấy kể từ quyết định"], false, "count", "tháng thứ mấy kể từ quyết định sắp xếp (1, 2, …)", "which month after the arrangement decision (1, 2, …)"),
    col("hoTroTinh", "Hỗ trợ của tỉnh/thành phố", ["Hỗ trợ của tỉnh", "Hỗ trợ của thành phố", "Hỗ trợ thêm của tỉnh", "Hỗ trợ thêm của thành phố", "Mức hỗ trợ của tỉnh", "Hỗ trợ của tỉnh, thành phố"],
      false, "money", "số tiền hỗ trợ thêm của tỉnh, thành phố (đồng)", "the provincial top-up (VND)"),
    col("troCapMotLan", "Số tiền trợ cấp một lần", ["Trợ cấp một lần", "Mức trợ cấp một lần", "Số tiền trợ cấp"], false, "money",
      "số tiền trợ cấp một lần (đồng)", "the one-off amount (VND)"),
    col("ngayNhanTroCap", "Ngày nhận trợ cấp", ["Ngày nhận tiền trợ cấp", "Ngày được nhận trợ cấp", "Ngày chi trợ cấp"], false, "date",
      "ngày nhận trợ cấp (dd/mm/yyyy)", "the day the payment was received (dd/mm/yyyy)"),
    col("ghiChu", "Ghi chú", [], false, "text", "ghi chú", "a note"),
  ],
};

/** Sheet DoiChieuBHXH — the BHXH agency's figures: state support per person and quarter. */
export const DOI_CHIEU_BHXH: SheetSpec = {
  kind: "doiChieuBhxh",
  name: "DoiChieuBHXH",
  columns: [
    col("stt", "STT", ["TT", "Số TT"], false, "text", "số thứ tự", "a row number"),
    col("hoTen", "Họ và tên", ["Họ tên"], true, "name", "họ và tên", "the name"),
    col("maSoBhxh", "Mã số BHXH", MA_SO_BHXH_ALIASES, false, "maSoBhxh", "mã số BHXH (10 chữ số)", "the social-insurance number (10 digits)"),
    col("donVi", "Xã, phường", DON_VI_ALIASES, false, "name", "tên xã, phường", "the commune or ward"),
    col("thon", "Thôn, TDP", THON_ALIASES, false, "name", "tên thôn, tổ dân phố", "the village or residential group"),
    col("quy", "Quý", ["Quý hỗ trợ", "Kỳ", "Quý (I–IV)"], true, "enum", "quý 1, 2, 3 hoặc 4", "quarter 1, 2, 3 or 4", QUY.labels),
    col("loai", "Loại hỗ trợ", ["Khoản hỗ trợ", "Nội dung hỗ trợ", "Loại bảo hiểm"], false, "enum", "BHXH tự nguyện hoặc BHYT", "BHXH tự nguyện or BHYT", LOAI_HO_TRO.labels),
    col("soTien", "Số tiền NSNN hỗ trợ", ["Số tiền ngân sách hỗ trợ", "NSNN hỗ trợ", "Ngân sách hỗ trợ", "Số tiền NSNN hỗ trợ đóng", "Số tiền ngân sách nhà nước hỗ trợ", "Số tiền hỗ trợ"],
      true, "money", "số tiền đồng", "an amount of VND"),
    col("ghiChu", "Ghi chú", [], false, "text", "ghi chú", "a note"),
  ],
};

export const SHEET_SPECS: readonly SheetSpec[] = [DANH_SACH, DON_VI, THAM_SO, NGHI_VIEC, DOI_CHIEU_BHXH];

export function requiredHeaders(spec: SheetSpec): string[] {
  return spec.columns.filter((c) => c.required).map((c) => c.header);
}
