/**
 * Records of the one-off payments to leavers (sheet NghiViec): what one leaver gets, line by line,
 * and the names of groups and columns used in messages. docs/legal/troCap.md describes the law.
 */
import type { IsoDate } from "../../calendar";
import type { Resolved } from "../../params";
import type { ChinhSachNghi, DoiTuongNghiViec, Location } from "../../types";

/** One payment of a leaver, as shown in the per-person breakdown and booked as one ledger line. */
export interface LeaverLine {
  label: string;
  formula: string;
  amount: number;
  /** The citations of `params` ("document article; …"), or the source text when no parameter was used. */
  citation: string;
  /** Month of the leaving date (1–12): the month the line is booked in. */
  month: number;
  /** The parameter values the amount used, main one first (its document is the line's legal basis). */
  params: Resolved[];
}

export interface LeaverResult {
  hoTen: string;
  donVi: string;
  thon: string | null;
  doiTuong: DoiTuongNghiViec;
  ngayNghi: IsoDate;
  /** The regime applied (document and article of its main parameter); null when none applies. */
  regime: string | null;
  /** The monthly base (A or S) and how it was obtained; null when no base was needed or computed. */
  base: { amount: number; formula: string } | null;
  lines: LeaverLine[];
  total: number;
  /** False when an amount could not be computed (an error names the row and what is missing). */
  complete: boolean;
  loc: Location;
}

/** Vietnamese names of the groups, for messages and reports. */
export { DOI_TUONG_LABELS } from "../../labels";

/** Vietnamese names of the policies a cán bộ, công chức may leave under. */
export const CHINH_SACH_LABELS: Record<ChinhSachNghi, string> = {
  sapXep: "Sắp xếp tổ chức bộ máy (NĐ 178)",
  tinhGian: "Tinh giản biên chế (NĐ 29, NĐ 154)",
};

/** Column headers of sheet NghiViec named in messages (as the template writes them). */
export const COL = {
  hoTen: "Họ và tên",
  ngayNghi: "Ngày nghỉ",
  hinhThuc: "Hình thức",
  chinhSach: "Chính sách",
  tienLuong: "Tiền lương (phụ cấp) tháng",
  heSoLuong: "Hệ số lương",
  binhQuan: "Tiền lương bình quân 60 tháng",
  bhxh: "Thời gian đóng BHXH",
  congTac: "Số tháng công tác",
  truocTuoi: "Số tháng nghỉ trước tuổi",
  conLai: "Số tháng còn lại của nhiệm kỳ",
  quyetDinh: "Tháng thứ mấy kể từ quyết định sắp xếp",
  hoTroTinh: "Hỗ trợ của tỉnh/thành phố",
  motLan: "Số tiền trợ cấp một lần",
  ngayNhan: "Ngày nhận trợ cấp",
} as const;

/** A row that cannot be costed: reported (located) as an error, and the row's lines are dropped. */
export class LeaverProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly column?: string,
  ) {
    super(message);
  }
}

export const isHdkct = (d: DoiTuongNghiViec): boolean => d === "hdkctXa" || d === "hdkctThon";
export const isSecurity = (d: DoiTuongNghiViec): boolean =>
  d === "congAnXaBanChuyenTrach" || d === "baoVeDanPho" || d === "doiTruongDanPhong";
