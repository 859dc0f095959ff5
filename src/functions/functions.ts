/*
 * Excel custom functions, namespace DUTOAN. Thin, pure, synchronous wrappers over the engine:
 * JSDoc here generates functions.json (custom-functions-metadata-plugin); do not edit that file.
 */
import { excelError, toIsoDate } from "./args";
import { currentPack } from "./state";

/**
 * Mức lương cơ sở (đồng/tháng) áp dụng tại một ngày, theo nghị định về lương cơ sở.
 * @customfunction LUONGCOSO
 * @param ngay Ngày cần tra: ngày Excel hoặc chuỗi dd/mm/yyyy.
 * @param [goi] Mã gói tham số (central, hung-yen…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Mức lương cơ sở, đồng/tháng.
 */
export function luongCoSo(ngay: any, goi?: string): number {
  const date = toIsoDate(ngay, "ngày");
  const r = currentPack(goi).params.tryAt("luongCoSo", date);
  if (!r) throw excelError(`Chưa có mức lương cơ sở áp dụng ngày ${date}.`);
  return Number(r.value);
}
