/**
 * The province-wide workbook of a consolidation: Tổng hợp (components × quarters), Theo xã, Quỹ khoán
 * and BHXH theo quý (when any commune has them), Tệp có lỗi (when a file was left out), Căn cứ.
 */
import type { Consolidation } from "../../consolidate";
import type { ReportWorkbook } from "../model";
import { tongHopSheet } from "../sheets/tong-hop";
import { font } from "../styles";
import { bhxhQuySheet, hasTransfers } from "./bhxh-quy";
import { canCuTinhSheet } from "./can-cu";
import { provinceContext, type ProvinceOptions } from "./context";
import { hasFunds, quyKhoanTinhSheet } from "./quy-khoan";
import { hasProblems, tepLoiSheet } from "./tep-loi";
import { theoXaSheet } from "./theo-xa";

function notes(c: Consolidation): string[] {
  const out = [`Tổng hợp ${c.communes.length} xã, phường từ ${c.files.done} tệp danh sách.`];
  if (c.failed.length) out.push(`${c.failed.length} tệp có lỗi không được tổng hợp: xem sheet Tệp có lỗi (TepLoi_${c.year}).`);
  if (c.unconfirmed.length) out.push(`Số liệu của ${c.unconfirmed.length} tệp dùng giá trị tham số chưa được văn bản công bố xác nhận: xem sheet Căn cứ.`);
  return out;
}

export function buildProvinceReport(c: Consolidation, o: ProvinceOptions = {}): ReportWorkbook {
  const ctx = provinceContext(c, o);
  const sheets = [tongHopSheet(c, ctx, { notes: notes(c), title: `TỔNG HỢP DỰ TOÁN KINH PHÍ PHỤ CẤP, HỖ TRỢ, BHXH, BHYT VÀ KHOÁN KINH PHÍ TOÀN TỈNH NĂM ${c.year}` }), theoXaSheet(c, ctx)];
  if (hasFunds(c)) sheets.push(quyKhoanTinhSheet(c, ctx));
  if (hasTransfers(c)) sheets.push(bhxhQuySheet(c, ctx));
  if (hasProblems(c)) sheets.push(tepLoiSheet(c, ctx));
  sheets.push(canCuTinhSheet(c, ctx));
  return { title: `Tổng hợp dự toán toàn tỉnh năm ${c.year}`, creator: "DuToan", defaultFont: font(11), sheets };
}

export type { ProvinceOptions } from "./context";
