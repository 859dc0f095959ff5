/**
 * Engine inputs and outputs. Readers (src/roster) produce these records with their location in the
 * workbook, so every message can name sheet, row and column.
 */
import type { IsoDate } from "./calendar";

/** Where a record came from: sheet name and the row number as Excel shows it. */
export interface Location {
  sheet: string;
  row: number;
}

export type BhxhChoice = "batBuoc" | "tuNguyen" | "khong";
export type NhomHoTro = "hoNgheo" | "xaDaoDacKhu" | "hoCanNgheo" | "danTocThieuSo" | "khac";
/** Months paid at once (voluntary BHXH payment mode); the allowed values come from the pack. */
export type PhuongThucDong = number;

/** One row of sheet DanhSach: one post held by one person. */
export interface RosterRow {
  loc: Location;
  hoTen: string;
  /** The post as typed; `postCode` is the pack's code it matched. */
  chucDanh: string;
  postCode: string;
  kiemNhiem: boolean;
  donVi: string;
  thon: string | null;
  /** Decimal string, e.g. "1.2". */
  heSo: string | null;
  /** Whole đồng per month. */
  mucTien: number | null;
  tuNgay: IsoDate | null;
  denNgay: IsoDate | null;
  bhxh: BhxhChoice | null;
  bhyt: boolean | null;
  nhomHoTro: NhomHoTro | null;
  thuNhapBhxhTn: number | null;
  phuongThucDong: PhuongThucDong | null;
  ghiChu: string | null;
  /** Months of voluntary-BHXH support already received before this year (for the 120-month cap). */
  soThangDaHoTro?: number | null;
  /** Social-insurance number, to reconcile with the BHXH agency's figures. */
  maSoBhxh?: string | null;
}

export type LoaiDonVi = "xa" | "phuong" | "thiTran" | "dacKhu" | "thon" | "toDanPho";
export type DacDiem = "trongDiemAnTT" | "trongDiemQuocPhong" | "bienGioi" | "haiDao" | "khoKhan";

/** One row of sheet DonVi: a commune (thon = null) or a village. */
export interface UnitRow {
  loc: Location;
  donVi: string;
  thon: string | null;
  loai: LoaiDonVi;
  phanLoai: "I" | "II" | "III" | null;
  soHo: number | null;
  dacDiem: DacDiem[];
  /** Extra HĐKCT allowed above the cap (NĐ 33 Đ.33 k.2), commune rows. */
  soNguoiTangThem: number | null;
  tuNgay: IsoDate | null;
  denNgay: IsoDate | null;
}

/** One row of sheet ThamSo: a user value for a pack parameter from a date. */
export interface ThamSoRow {
  loc: Location;
  ma: string;
  /** Decimal string. */
  giaTri: string;
  hieuLucTu: IsoDate;
  canCu: string | null;
  ghiChu: string | null;
}

export type Severity = "error" | "warning";

/** A problem, located where possible; `message` is Vietnamese. */
export interface Issue {
  severity: Severity;
  code: string;
  message: string;
  sheet?: string;
  row?: number;
  column?: string;
  value?: string;
}

/** Who leaves (sheet NghiViec, column Đối tượng): decides the regime of the one-off payments. */
export type DoiTuongNghiViec =
  | "hdkctXa" // người hoạt động không chuyên trách cấp xã
  | "hdkctThon" // người hoạt động không chuyên trách ở thôn, TDP
  | "canBoCongChuc" // cán bộ, công chức
  | "congAnXaBanChuyenTrach"
  | "baoVeDanPho"
  | "doiTruongDanPhong"; // Đội trưởng, đội phó dân phòng

/** Hình thức nghỉ: thôi việc (resignation) or nghỉ hưu trước tuổi (early retirement). */
export type HinhThucNghi = "thoiViec" | "nghiHuuTruocTuoi";

/**
 * Chính sách (sheet NghiViec): why a cán bộ, công chức leaves — the restructuring of the apparatus
 * (sapXep: NĐ 178/2024) or staff reduction (tinhGian: NĐ 29/2023, then NĐ 154/2025). Both are in
 * force together from 1/1/2025 (docs/legal/troCap.md §2).
 */
export type ChinhSachNghi = "sapXep" | "tinhGian";

/**
 * One row of sheet NghiViec: a person leaving (staff reduction, redundancy after a merger, the end of
 * the old security forces). Salary is either the monthly amount (tienLuongThang) or coefficients
 * (heSoLuong + heSoChucVu) × (1 + phuCapCongVu) × lương cơ sở of the month before leaving.
 */
export interface LeaverRow {
  loc: Location;
  hoTen: string;
  chucDanh: string | null;
  donVi: string;
  thon: string | null;
  doiTuong: DoiTuongNghiViec;
  /** First day no longer in post (the day the leaving decision takes effect). */
  ngayNghi: IsoDate;
  hinhThuc: HinhThucNghi | null;
  /** Salary / allowance of the month before leaving, whole đồng (concurrent-post allowance excluded). */
  tienLuongThang: number | null;
  /** Decimal strings. */
  heSoLuong: string | null;
  heSoChucVu: string | null;
  /** Ratio as a decimal string, "0.25" for 25%. */
  phuCapCongVu: string | null;
  /** Compulsory-BHXH contribution time, in whole months. */
  thangDongBhxh: number | null;
  /** Service time (HĐKCT: time in post), in whole months. */
  soThangCongTac: number | null;
  /** Months between the leaving date and the statutory retirement age (months "early"). */
  soThangNghiTruocTuoi: number | null;
  /** Months left of the term (elected posts) or of the merger roadmap (NĐ 29/2023 Đ.9 k.2). */
  soThangConLai: number | null;
  /** Which month after the arrangement decision the person leaves in (1 = the month of the decision). */
  thangKeTuQuyetDinh: number | null;
  /** Provincial top-up entered per person (VND), e.g. Hải Phòng NQ 07/2024. */
  hoTroTinh: number | null;
  /** One-off allowance entered per person (VND), for the former security forces. */
  troCapMotLan: number | null;
  ghiChu: string | null;
  /** Cán bộ, công chức: the policy the person leaves under; blank = inferred (docs/legal/troCap.md §2). */
  chinhSach?: ChinhSachNghi | null;
  /** Average monthly salary of the last 60 months, whole đồng (NĐ 29/2023 Đ.5, Đ.7). */
  tienLuongBinhQuan?: number | null;
  /** Day the one-off payment was received (refund window of QĐ 52/2024 Quảng Ninh Đ.16); blank = the leaving date. */
  ngayNhanTroCap?: IsoDate | null;
}

/** One row of the BHXH agency's figures (sheet DoiChieuBHXH): state support per person and quarter. */
export interface DoiChieuRow {
  loc: Location;
  hoTen: string;
  maSoBhxh: string | null;
  donVi: string | null;
  thon: string | null;
  quarter: number;
  /** Kind of support when the agency splits it; null = all kinds together. */
  kind: "bhxhTuNguyen" | "bhyt" | null;
  amount: number;
}
