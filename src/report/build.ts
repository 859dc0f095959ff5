/**
 * The estimate workbook: which sheets, in which order. Sheets that would be empty are left out
 * (BHXH lists, funds, khoán, leavers, warnings); Tổng hợp, Theo đơn vị, Chi tiết and Căn cứ always.
 */
import { reportContext, type ReportInput } from "./context";
import { Details } from "./details";
import type { ReportWorkbook } from "./model";
import { font } from "./styles";
import { bhxhSheet } from "./sheets/bhxh";
import { canCuSheet } from "./sheets/can-cu";
import { canhBaoSheet } from "./sheets/canh-bao";
import { chiTietSheet } from "./sheets/chi-tiet";
import { chuyenBhxhSheet } from "./sheets/chuyen-bhxh";
import { doiChieuSheet } from "./sheets/doi-chieu";
import { donViSheet } from "./sheets/don-vi";
import { khoanSheet } from "./sheets/khoan";
import { nghiViecSheet } from "./sheets/nghi-viec";
import { quyKhoanSheet } from "./sheets/quy-khoan";
import { estimateNotes, tongHopSheet } from "./sheets/tong-hop";

export function buildReport(input: ReportInput): ReportWorkbook {
  const ctx = reportContext(input);
  const s = input.summary;
  const details = new Details(input.result);
  const sheets = [tongHopSheet(s, ctx, { notes: estimateNotes(s) }), donViSheet(input, ctx), chiTietSheet(details, ctx)];
  if (s.transfers.length) sheets.push(bhxhSheet(input, ctx), chuyenBhxhSheet(input, ctx));
  if (input.result.funds.length) sheets.push(quyKhoanSheet(input, ctx));
  if (s.totals.khoanKinhPhi !== 0) sheets.push(khoanSheet(details, ctx));
  if (s.leavers.length) sheets.push(nghiViecSheet(input, ctx));
  if (s.doiChieu) sheets.push(doiChieuSheet(input, ctx));
  sheets.push(canCuSheet(input, ctx));
  if (s.warnings.length) sheets.push(canhBaoSheet(input, ctx));
  return { title: `Dự toán kinh phí năm ${ctx.year}`, creator: "DuToan", defaultFont: font(11), sheets };
}

export type { ReportInput, PackInfo } from "./context";
