/**
 * The report model: the estimate as sheets of typed cells, rendered by two thin writers (Office.js
 * in the task pane, exceljs in the CLI) so they can never disagree about layout. Pure data.
 */
import type { Summary } from "../engine/aggregate";
import { formatVnDate } from "../engine/calendar";
import { COMPONENT_LABELS, COMPONENTS } from "../engine/ledger";
import { DOI_TUONG_LABELS } from "../engine/labels";

export type CellKind = "text" | "money" | "count";

/** Excel number format of each cell kind (en-US codes; money shows a zero as blank). */
export const NUMBER_FORMAT: Record<CellKind, string> = { text: "@", money: "#,##0;-#,##0;;@", count: "0" };

export interface ReportColumn {
  header: string;
  kind: CellKind;
  /** Width in characters. */
  width: number;
}

export interface ReportSheet {
  /** Base name (ASCII, ≤ 31 characters); writers add " (2)", " (3)" when the name is taken. */
  name: string;
  title: string;
  subtitle: string[];
  columns: ReportColumn[];
  rows: (string | number | null)[][];
  /** Indexes of rows to print bold (totals). */
  bold: number[];
}

const QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"];
const money = (header: string, width = 16): ReportColumn => ({ header, kind: "money", width });
const text = (header: string, width = 28): ReportColumn => ({ header, kind: "text", width });
const count = (header: string, width = 10): ReportColumn => ({ header, kind: "count", width });

export interface ReportMeta {
  packName: string;
  source: string;
}

export function buildReport(s: Summary, meta: ReportMeta): ReportSheet[] {
  const y = s.year;
  const head = [`Gói tham số: ${meta.packName} (${s.chain.join(" ← ")})`, `Nguồn: ${meta.source}`, "Đơn vị tính: đồng"];
  const sheets: ReportSheet[] = [];

  const comps = COMPONENTS.filter((c) => s.totals[c] !== 0);
  sheets.push({
    name: `DuToan_${y}`,
    title: `DỰ TOÁN KINH PHÍ PHỤ CẤP, HỖ TRỢ, BHXH, BHYT VÀ KHOÁN KINH PHÍ NĂM ${y}`,
    subtitle: head,
    columns: [count("STT", 6), text("Khoản chi", 34), ...QUARTERS.map((q) => money(q)), money("Cả năm", 18)],
    rows: [
      ...comps.map((c, i) => [i + 1, COMPONENT_LABELS[c], ...s.byQuarter.map((q) => q.totals[c]), s.totals[c]]),
      [null, "TỔNG CỘNG", ...s.byQuarter.map((q) => q.totals.tong), s.totals.tong],
    ],
    bold: [comps.length],
  });

  sheets.push({
    name: `DonVi_${y}`,
    title: `DỰ TOÁN THEO ĐƠN VỊ NĂM ${y}`,
    subtitle: head,
    columns: [text("Xã, phường", 22), text("Thôn, TDP", 20), ...COMPONENTS.map((c) => money(COMPONENT_LABELS[c])), money("Tổng", 18)],
    rows: s.byUnit.map((u) => [u.donVi, u.thon ?? "", ...COMPONENTS.map((c) => u.totals[c]), u.totals.tong]),
    bold: [],
  });

  if (s.funds.length)
    sheets.push({
      name: `QuyKhoan_${y}`,
      title: `QUỸ PHỤ CẤP KHOÁN SO VỚI CHI PHÍ NĂM ${y}`,
      subtitle: [...head, "Chênh lệch = quỹ khoán − chi phí phụ cấp và BHXH, BHYT của các chức danh trong quỹ; âm: ngân sách địa phương bổ sung."],
      columns: [text("Xã, phường", 22), text("Thôn, TDP", 20), money("Quỹ khoán"), money("Chi phí"), money("Chênh lệch")],
      rows: [
        ...s.funds.map((f) => [f.donVi, f.thon ?? "", f.quyKhoan, f.chiPhi, f.chenhLech]),
        ["TỔNG CỘNG", "", ...(["quyKhoan", "chiPhi", "chenhLech"] as const).map((k) => s.funds.reduce((a, f) => a + f[k], 0))],
      ],
      bold: [s.funds.length],
    });

  if (s.transfers.length)
    sheets.push({
      name: `BHXH_${y}`,
      title: `KINH PHÍ NGÂN SÁCH HỖ TRỢ ĐÓNG BHXH TỰ NGUYỆN, BHYT CHUYỂN VÀO QUỸ BHXH THEO QUÝ — NĂM ${y}`,
      subtitle: head,
      columns: [text("Quý", 8), text("Loại", 16), text("Xã, phường", 20), count("Số người"), count("Số tháng"), money("Số tiền đóng theo mức quy định"), money("Người tham gia đóng"), money("NSNN hỗ trợ"), money("Ngân sách tỉnh hỗ trợ thêm"), money("Số tiền chuyển")],
      rows: s.transfers.map((t) => [QUARTERS[t.quarter - 1], t.kind === "bhyt" ? "BHYT" : "BHXH tự nguyện", t.donVi, t.soNguoi, t.soThang, t.soTienDong, t.nguoiThamGiaDong, t.hoTroChung, t.hoTroTinh, t.soTienChuyen]),
      bold: [],
    });

  if (s.leavers.length)
    sheets.push({
      name: `TroCap_${y}`,
      title: `TRỢ CẤP MỘT LẦN, HỖ TRỢ TINH GIẢN CHO NGƯỜI NGHỈ VIỆC — NĂM ${y}`,
      subtitle: head,
      columns: [text("Họ và tên", 24), text("Xã, phường", 18), text("Đối tượng", 22), text("Ngày nghỉ", 12), text("Chế độ", 30), text("Khoản", 34), text("Cách tính", 50), money("Số tiền"), text("Căn cứ", 40)],
      rows: s.leavers.flatMap((l) => [
        ...l.lines.map((x, i) => [i === 0 ? l.hoTen : "", i === 0 ? l.donVi : "", i === 0 ? DOI_TUONG_LABELS[l.doiTuong] : "", i === 0 ? formatVnDate(l.ngayNghi) : "", i === 0 ? (l.regime ?? "") : "", x.label, x.formula, x.amount, x.citation]),
        [l.lines.length ? "" : l.hoTen, "", "", "", "", `Cộng${l.complete ? "" : " (chưa đủ dữ liệu)"}`, "", l.total, ""],
      ]),
      bold: [],
    });

  if (s.doiChieu && s.doiChieu.length)
    sheets.push({
      name: `DoiChieu_${y}`,
      title: `ĐỐI CHIẾU SỐ HỖ TRỢ VỚI SỐ LIỆU CƠ QUAN BHXH — NĂM ${y}`,
      subtitle: ["Chênh lệch = số tính theo danh sách − số của cơ quan BHXH."],
      columns: [text("Họ và tên", 24), text("Mã số BHXH", 14), text("Xã, phường", 18), text("Thôn, TDP", 16), text("Quý", 8), text("Loại", 16), money("Theo danh sách"), money("Theo cơ quan BHXH"), money("Chênh lệch")],
      rows: s.doiChieu.map((d) => [d.hoTen, d.maSoBhxh ?? "", d.donVi ?? "", d.thon ?? "", QUARTERS[d.quarter - 1] ?? String(d.quarter), d.kind === "bhyt" ? "BHYT" : d.kind === "bhxhTuNguyen" ? "BHXH tự nguyện" : "Cả hai", d.ours, d.agency, d.difference]),
      bold: [],
    });

  const conf: Record<string, string> = { high: "cao", medium: "trung bình", low: "thấp", unconfirmed: "CHƯA XÁC NHẬN" };
  sheets.push({
    name: `CanCu_${y}`,
    title: `CĂN CỨ PHÁP LÝ VÀ THAM SỐ ĐÃ DÙNG — NĂM ${y}`,
    subtitle: ["Giá trị chưa xác nhận hoặc do đơn vị nhập: kiểm tra và thay ở sheet ThamSo khi có văn bản."],
    columns: [text("Mã tham số", 34), text("Nội dung", 50), text("Giá trị", 14), text("Từ ngày", 12), text("Căn cứ", 50), text("Độ tin cậy", 14), text("Nguồn giá trị", 16), text("Ghi chú", 50)],
    rows: [
      ...s.unconfirmed.map((p) => [p.key, p.label, p.value, formatVnDate(p.from), p.citation, conf[p.confidence] ?? p.confidence, p.layer, p.note ?? ""]),
      ...s.userSupplied.map((p) => [p.key, p.label, p.value, formatVnDate(p.from), p.citation, "do đơn vị nhập", p.layer, p.note ?? ""]),
      ...s.byLegalBasis.map((b) => ["", `Tổng theo căn cứ: ${b.basis}`, b.totals.tong, "", b.citation, "", "", ""]),
    ],
    bold: [],
  });

  if (s.warnings.length)
    sheets.push({
      name: `CanhBao_${y}`,
      title: `CẢNH BÁO KHI LẬP DỰ TOÁN NĂM ${y}`,
      subtitle: [],
      columns: [text("Mã", 24), text("Sheet", 12), count("Dòng", 8), text("Cột", 16), text("Nội dung", 100)],
      rows: s.warnings.map((w) => [w.code, w.sheet ?? "", w.row ?? null, w.column ?? "", w.message]),
      bold: [],
    });
  return sheets;
}

const FORBIDDEN = /[:\\/?*[\]]/g;

/** A sheet name Excel accepts that is not in `taken` (case-insensitive): name, "name (2)", … */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const clean = base.replace(FORBIDDEN, "_").replace(/^'+|'+$/g, "").slice(0, 31) || "DuToan";
  if (!used.has(clean.toLowerCase()) && clean.toLowerCase() !== "history") return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Text that Excel would read as a formula (= + - @) must be written as text. */
export function looksLikeFormula(v: unknown): boolean {
  return typeof v === "string" && /^[=+\-@]/.test(v);
}
