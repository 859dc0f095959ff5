/** Vietnamese words the report prints for the engine's codes. */
import type { NhomHoTro } from "../engine/types";

export const QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"] as const;

export const NHOM_HO_TRO_LABELS: Record<NhomHoTro, string> = {
  hoNgheo: "Hộ nghèo",
  xaDaoDacKhu: "Xã đảo, đặc khu",
  hoCanNgheo: "Hộ cận nghèo",
  danTocThieuSo: "Dân tộc thiểu số",
  khac: "Đối tượng khác",
};

/** Insurance groups of posts (who the coverage rules follow). */
export const INSURANCE_GROUP_LABELS: Record<string, string> = {
  hdkctXa: "Không chuyên trách cấp xã",
  hdkctThon: "Không chuyên trách ở thôn, TDP",
  toBaoVe: "Tổ bảo vệ ANTT",
  hoTroThon: "Người tham gia hoạt động ở thôn",
  khong: "Không thuộc diện",
};

export const SUPPORT_KIND_LABELS = { bhxhTuNguyen: "BHXH tự nguyện", bhyt: "BHYT" } as const;

export const CONFIDENCE_LABELS: Record<string, string> = {
  high: "Đã xác nhận",
  medium: "Tương đối chắc chắn",
  low: "Chưa chắc chắn",
  unconfirmed: "CHƯA XÁC NHẬN",
};

/** Units of parameters, as a finance officer names them. */
export const UNIT_LABELS: Record<string, string> = {
  VND: "đồng",
  coefficient: "hệ số",
  ratio: "tỷ lệ",
  households: "hộ",
  count: "người",
  flag: "có/không",
  months: "tháng",
};

/** Fund classes: village tiers (NĐ 185/2026) and commune classes. */
export function fundClassLabel(hang: string): string {
  if (hang === "loaiA") return "Loại a";
  if (hang === "loaiB") return "Loại b";
  return `Loại ${hang}`;
}
