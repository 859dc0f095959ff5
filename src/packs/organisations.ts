/**
 * The five commune-level socio-political organisations whose operating funds (khoán kinh phí) each
 * province sets by resolution: one list, so the provincial packs name and key them alike.
 */
import type { PackInput } from "./schema";

type KhoanInput = NonNullable<PackInput["khoan"]>[number];

/** [key part, Vietnamese name] */
export const COMMUNE_ORGS: readonly (readonly [string, string])[] = [
  ["matTran", "Ủy ban MTTQ Việt Nam"],
  ["phuNu", "Hội Liên hiệp Phụ nữ"],
  ["nongDan", "Hội Nông dân"],
  ["doanThanhNien", "Đoàn TNCS Hồ Chí Minh"],
  ["cuuChienBinh", "Hội Cựu chiến binh"],
];

/** Khoán items of the five organisations, by commune class (parameters "khoan.<org>.xa.I|II|III"). */
export function communeOrgKhoan(prefix = "Khoán kinh phí hoạt động"): KhoanInput[] {
  return COMMUNE_ORGS.map(([org, label]) => ({ code: `${org}Xa`, name: `${prefix} ${label} cấp xã`, level: "xa", base: `khoan.${org}.xa`, byPhanLoai: true }));
}
