/**
 * The readable Vietnamese report the CLI prints (and README shows). Every table adds up across its
 * columns; a large roster prints one line per commune unless --chi-tiet asks for villages; --tom-tat
 * prints the summary only. Issues are grouped: one line per missing parameter with its rows.
 */
import type { Summary } from "../engine/aggregate";
import { formatVnDate } from "../engine/calendar";
import { COMPONENT_LABELS, COMPONENTS } from "../engine/ledger";
import { formatVnd } from "../engine/money";
import { DOI_TUONG_LABELS } from "../engine/labels";
import type { Issue } from "../engine/types";
import { groupIssues } from "../app";
import { fundsTable, unitLabel, unitTable } from "./report-units";
import { table } from "./table";
import { QUARTERS } from "../report/labels";

/** Leavers listed one by one (with their formulas) up to this many, unless --chi-tiet. */
const LEAVER_LINES_MAX = 10;
/** Grouped warnings shown unless --chi-tiet. */
const WARNINGS_SHOWN = 30;

export interface ReportMeta {
  file: string;
  rows: number;
  packName: string;
  /** "Gói … (theo sheet ThamSo, caiDat.goi)" lines: which pack and year were used and why. */
  origin: string[];
}

export interface ReportOptions {
  /** --tom-tat: the summary only. */
  summaryOnly?: boolean;
  /** --chi-tiet: villages, every leaver's formulas, every warning. */
  detail?: boolean;
}

function header(s: Summary, meta: ReportMeta): string[] {
  const communes = new Set(s.byUnit.map((u) => u.donVi)).size;
  return [
    `DỰ TOÁN KINH PHÍ NĂM ${s.year}`,
    `Gói tham số: ${meta.packName} (${s.chain.join(" ← ")})`,
    ...meta.origin,
    `Danh sách: ${meta.file} — ${meta.rows} dòng chức danh, ${communes} xã, phường, ${s.leavers.length} người nghỉ việc`,
    "Đơn vị tính: đồng",
  ];
}

/** Components × quarters; each row's quarters add up to its year, the TỔNG CỘNG row sums the components
 * (one commune's estimate, or a province's consolidation). */
export function quarterTable(s: Pick<Summary, "totals" | "byQuarter">): string {
  const used = COMPONENTS.filter((c) => s.totals[c] !== 0 || s.byQuarter.some((q) => q.totals[c] !== 0));
  const rows = used.map((c) => [COMPONENT_LABELS[c], ...s.byQuarter.map((q) => formatVnd(q.totals[c])), formatVnd(s.totals[c])]);
  rows.push(["TỔNG CỘNG", ...s.byQuarter.map((q) => formatVnd(q.totals.tong)), formatVnd(s.totals.tong)]);
  return table(["Khoản chi", ...QUARTERS, "Cả năm"], rows, ["l", "r", "r", "r", "r", "r"]);
}

type Transfer = Summary["transfers"][number];

/** Quarter × kind; NS hỗ trợ + NS tỉnh thêm = Số chuyển; Số chuyển + Người TG đóng = Phải đóng. */
export function transferTable(transfers: Transfer[]): string {
  const rows: string[][] = [];
  for (const q of [1, 2, 3, 4])
    for (const kind of ["bhxhTuNguyen", "bhyt"] as const) {
      const ts = transfers.filter((t) => t.quarter === q && t.kind === kind);
      if (!ts.length) continue;
      const sum = (f: (t: Transfer) => number) => formatVnd(ts.reduce((a, t) => a + f(t), 0));
      rows.push([QUARTERS[q - 1], kind === "bhyt" ? "BHYT" : "BHXH tự nguyện", sum((t) => t.soNguoi), sum((t) => t.soThang), sum((t) => t.hoTroChung), sum((t) => t.hoTroTinh), sum((t) => t.soTienChuyen), sum((t) => t.nguoiThamGiaDong), sum((t) => t.soTienDong)]);
    }
  const all = (f: (t: Transfer) => number) => formatVnd(transfers.reduce((a, t) => a + f(t), 0));
  rows.push(["CẢ NĂM", "", "", all((t) => t.soThang), all((t) => t.hoTroChung), all((t) => t.hoTroTinh), all((t) => t.soTienChuyen), all((t) => t.nguoiThamGiaDong), all((t) => t.soTienDong)]);
  return table(["Quý", "Loại", "Số người", "Số tháng", "NS hỗ trợ", "NS tỉnh thêm", "Số chuyển", "Người TG đóng", "Phải đóng"], rows, ["l", "l", "r", "r", "r", "r", "r", "r", "r"]);
}

function leaverSection(s: Summary, detail: boolean): string[] {
  if (!s.leavers.length) return [];
  const out = ["", `TRỢ CẤP MỘT LẦN CHO NGƯỜI NGHỈ VIỆC NĂM ${s.year} (sheet NghiViec)`];
  const rows = s.leavers.map((l) => [l.hoTen, unitLabel(l.donVi, l.thon), DOI_TUONG_LABELS[l.doiTuong], formatVnDate(l.ngayNghi), l.regime ?? "không có chế độ", l.complete ? formatVnd(l.total) : "chưa tính"]);
  rows.push(["TỔNG CỘNG", "", "", "", "", formatVnd(s.leavers.reduce((a, l) => a + l.total, 0))]);
  out.push(table(["Họ và tên", "Đơn vị", "Đối tượng", "Ngày nghỉ", "Chế độ áp dụng", "Tổng trợ cấp"], rows, ["l", "l", "l", "l", "l", "r"]));
  if (detail || s.leavers.length <= LEAVER_LINES_MAX)
    for (const l of s.leavers) for (const x of l.lines) out.push(`  • ${l.hoTen} — ${x.label}: ${x.formula} = ${formatVnd(x.amount)} (${x.citation})`);
  else out.push(`(Cách tính từng người: thêm --chi-tiet.)`);
  return out;
}

function doiChieuSection(s: Summary): string[] {
  if (!s.doiChieu) return [];
  const out = ["", "ĐỐI CHIẾU SỐ TIỀN NSNN HỖ TRỢ VỚI CƠ QUAN BHXH"];
  if (!s.doiChieu.length) return [...out, "Khớp: không có chênh lệch theo người và quý."];
  const kind = (k: string | null) => (k === "bhyt" ? "BHYT" : k === "bhxhTuNguyen" ? "BHXH tự nguyện" : "Cả hai");
  const rows = s.doiChieu.map((d) => [d.hoTen, d.maSoBhxh ?? "", QUARTERS[d.quarter - 1], kind(d.kind), formatVnd(d.ours), formatVnd(d.agency), formatVnd(d.difference)]);
  out.push(table(["Họ và tên", "Mã số BHXH", "Quý", "Loại", "Theo dự toán", "Theo BHXH", "Chênh lệch"], rows, ["l", "l", "l", "l", "r", "r", "r"]));
  out.push("Chênh lệch = theo dự toán − theo cơ quan BHXH.");
  return out;
}

function paramSection(s: Summary): string[] {
  const out: string[] = [];
  if (s.unconfirmed.length) {
    out.push("", `GIÁ TRỊ CHƯA XÁC NHẬN ĐANG DÙNG (${s.unconfirmed.length}) — kiểm tra và thay ở sheet ThamSo nếu có văn bản:`);
    for (const p of s.unconfirmed) out.push(`  • ${p.key} = ${p.value} từ ${formatVnDate(p.from)} — ${p.label} (${p.citation})`);
  }
  if (s.userSupplied.length) {
    out.push("", `GIÁ TRỊ DO NGƯỜI DÙNG NHẬP (${s.userSupplied.length}):`);
    for (const p of s.userSupplied) out.push(`  • ${p.key} = ${p.value} từ ${formatVnDate(p.from)} — ${p.label} (căn cứ: ${p.citation})`);
  }
  return out;
}

/** Grouped issue lines ("  ! …"), at most `limit` groups unless `limit` is undefined. */
export function issueLines(issues: Issue[], mark: string, limit?: number): string[] {
  const groups = groupIssues(issues);
  const shown = limit === undefined ? groups : groups.slice(0, limit);
  const out = shown.map((g) => `  ${mark} ${g.count === 1 ? issueText({ severity: g.severity, code: g.code, message: g.text, sheet: g.sheet, row: g.rows[0], column: g.column }) : g.text}`);
  if (shown.length < groups.length) out.push(`  … và ${groups.length - shown.length} nhóm khác (thêm --chi-tiet để xem hết).`);
  return out;
}

/** --tom-tat: totals by quarter, funds, transfers, leavers, counts of warnings and unconfirmed values. */
function shortSummary(s: Summary): string[] {
  const out = ["", table(["", ...QUARTERS, "Cả năm"], [["Tổng cộng", ...s.byQuarter.map((q) => formatVnd(q.totals.tong)), formatVnd(s.totals.tong)]], ["l", "r", "r", "r", "r", "r"])];
  if (s.funds.length) {
    const sum = (k: "quyKhoan" | "chiPhi" | "chenhLech") => formatVnd(s.funds.reduce((a, f) => a + f[k], 0));
    const short = s.funds.filter((f) => f.chenhLech < 0).length;
    out.push(`Quỹ phụ cấp khoán: ${sum("quyKhoan")}; chi phí: ${sum("chiPhi")}; chênh lệch: ${sum("chenhLech")}${short ? ` (${short} đơn vị thiếu)` : ""}.`);
  }
  if (s.transfers.length) out.push(`Chuyển vào quỹ BHXH (hỗ trợ BHXH tự nguyện, BHYT) cả năm: ${formatVnd(s.transfers.reduce((a, t) => a + t.soTienChuyen, 0))}.`);
  if (s.leavers.length) out.push(`Trợ cấp một lần: ${s.leavers.length} người, ${formatVnd(s.leavers.reduce((a, l) => a + l.total, 0))}.`);
  out.push(`Cảnh báo: ${s.warnings.length}; giá trị chưa xác nhận đang dùng: ${s.unconfirmed.length} (bỏ --tom-tat để xem).`);
  return out;
}

/** A workbook of units only (funds) or with nothing to pay this year: no empty tables. */
const NOTHING_PAID = "Không có khoản chi nào trong năm (không có dòng chức danh, người nghỉ việc hay khoản khoán nào phải tính).";
const nothingPaid = (s: Summary) => COMPONENTS.every((c) => s.totals[c] === 0);

export function summaryText(s: Summary, meta: ReportMeta, o: ReportOptions = {}): string {
  const out = header(s, meta);
  if (o.summaryOnly) return [...out, ...(nothingPaid(s) ? ["", NOTHING_PAID] : []), ...shortSummary(s)].join("\n");
  const detail = !!o.detail || new Set(s.byUnit.map((u) => u.donVi)).size <= 1;
  if (nothingPaid(s)) out.push("", NOTHING_PAID);
  else out.push("", quarterTable(s));
  if (s.byUnit.length && !nothingPaid(s)) out.push("", `THEO ĐƠN VỊ${detail ? "" : " (theo xã; thêm --chi-tiet để xem từng thôn, tổ dân phố)"}`, unitTable(s.byUnit, s.totals, detail));
  if (s.funds.length) {
    const f = fundsTable(s.funds, detail);
    out.push("", "QUỸ PHỤ CẤP KHOÁN (NĐ 33/2023, NĐ 185/2026) SO VỚI CHI PHÍ", f.text);
    out.push(`Chênh lệch = quỹ khoán − chi phí; âm: ngân sách địa phương phải bổ sung${f.short ? ` (${f.short} đơn vị)` : ""}.`);
  }
  if (s.transfers.length) out.push("", "CHUYỂN KINH PHÍ HỖ TRỢ ĐÓNG BHXH TỰ NGUYỆN, BHYT VÀO QUỸ BHXH THEO QUÝ", transferTable(s.transfers));
  out.push(...paramSection(s));
  if (s.warnings.length) out.push("", `CẢNH BÁO (${s.warnings.length}):`, ...issueLines(s.warnings, "!", o.detail ? undefined : WARNINGS_SHOWN));
  out.push(...leaverSection(s, !!o.detail), ...doiChieuSection(s));
  return out.join("\n");
}

/** One issue as a line: its location (when the message does not start with it) and message. */
export function issueText(i: Issue): string {
  const where = i.sheet && !i.message.startsWith("Sheet ") ? `Sheet ${i.sheet}${i.row ? `, dòng ${i.row}` : ""}${i.column ? `, cột "${i.column}"` : ""}: ` : "";
  return where + i.message;
}
