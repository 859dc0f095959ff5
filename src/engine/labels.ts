/**
 * Vietnamese names of the engine's codes, for messages, explanations and reports (the report and
 * the CLI take them from here, not from the rule modules).
 */
import type { InsuranceGroup } from "./law";
import type { DacDiem, DoiTuongNghiViec, LoaiDonVi, NhomHoTro } from "./types";

/** Who leaves (sheet NghiViec, column Đối tượng). */
export const DOI_TUONG_LABELS: Record<DoiTuongNghiViec, string> = {
  hdkctXa: "HĐKCT cấp xã",
  hdkctThon: "HĐKCT thôn, TDP",
  canBoCongChuc: "Cán bộ, công chức",
  congAnXaBanChuyenTrach: "Công an xã bán chuyên trách",
  baoVeDanPho: "Bảo vệ dân phố",
  doiTruongDanPhong: "Đội trưởng, đội phó dân phòng",
};

/** Insurance groups of posts. */
export const GROUP_LABELS: Record<InsuranceGroup, string> = {
  hdkctXa: "người hoạt động không chuyên trách cấp xã",
  hdkctThon: "người hoạt động không chuyên trách ở thôn, tổ dân phố",
  toBaoVe: "thành viên Tổ bảo vệ ANTT",
  hoTroThon: "người trực tiếp tham gia hoạt động ở thôn",
  khong: "chức danh không đóng bảo hiểm",
};

/** Groups of the voluntary-BHXH support. */
export const NHOM_LABELS: Record<NhomHoTro, string> = {
  hoNgheo: "hộ nghèo",
  hoCanNgheo: "hộ cận nghèo",
  danTocThieuSo: "người dân tộc thiểu số",
  xaDaoDacKhu: "người sống ở xã đảo, đặc khu",
  khac: "đối tượng khác",
};

export const LOAI_LABELS: Record<LoaiDonVi, string> = { xa: "Xã", phuong: "Phường", thiTran: "Thị trấn", dacKhu: "Đặc khu", thon: "Thôn", toDanPho: "Tổ dân phố" };

export const DAC_DIEM_LABELS: Record<DacDiem, string> = {
  trongDiemAnTT: "trọng điểm ANTT",
  trongDiemQuocPhong: "trọng điểm quốc phòng",
  bienGioi: "biên giới",
  haiDao: "hải đảo",
  khoKhan: "khó khăn",
};
