/* Temporary first version; the engine-backed one replaces it. */

/**
 * Mức lương cơ sở (đồng/tháng) đang áp dụng tại một ngày.
 * @customfunction LUONGCOSO
 * @param ngay Ngày cần tra (ngày Excel hoặc chuỗi dd/mm/yyyy).
 * @returns Mức lương cơ sở, đồng/tháng.
 */
export function luongCoSo(ngay: any): number {
  return ngay ? 2340000 : 0;
}
