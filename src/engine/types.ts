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
export type DacDiem = "trongDiemAnTT" | "bienGioi" | "haiDao" | "khoKhan";

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
