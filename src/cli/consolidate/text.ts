/**
 * The province-wide report printed in the terminal: components × quarters, one line per commune
 * (every row adds up to its Tổng), fund shortfalls, quarterly BHXH transfers, and the files left out
 * with their errors. --tom-tat prints the first table and the counts only.
 */
import type { Consolidation } from "../../consolidate";
import { addTotals, emptyTotals } from "../../engine/aggregate";
import { formatVnd } from "../../engine/money";
import { issueLines, quarterTable } from "../report";
import { UNIT_COLUMNS } from "../report-units";
import { table } from "../table";
import { QUARTERS } from "../../report/labels";

/** Errors printed per failed file unless --chi-tiet (the workbook's TepLoi sheet has them all). */
const ERRORS_SHOWN = 5;
/** Failed files printed unless --chi-tiet. */
export const FILES_SHOWN = 30;

function header(c: Consolidation): string[] {
  const packs = c.packs.map((p) => `${p.name} (${p.id})`).join(", ") || "—";
  return [
    `TỔNG HỢP DỰ TOÁN TOÀN TỈNH NĂM ${c.year}`,
    `Gói tham số: ${packs}`,
    `Tệp: ${c.files.total} sổ .xlsx — ${c.files.done} đã tổng hợp (${c.communes.length} xã, phường), ${c.files.failed} có lỗi${c.files.skipped ? `, ${c.files.skipped} bỏ qua` : ""}`,
    "Đơn vị tính: đồng",
  ];
}

function communeTable(c: Consolidation): string {
  const cols = UNIT_COLUMNS.filter((col) => col.parts.some((k) => c.totals[k] !== 0 || c.communes.some((x) => x.totals[k] !== 0)));
  const cells = (t: Consolidation["totals"]) => cols.map((col) => formatVnd(col.parts.reduce((a, k) => a + t[k], 0)));
  const rows = c.communes.map((x) => [x.xa, String(x.people), ...cells(x.totals), formatVnd(x.totals.tong)]);
  const all = c.communes.reduce((a, x) => addTotals(a, x.totals), emptyTotals());
  rows.push(["TỔNG CỘNG", String(c.communes.reduce((a, x) => a + x.people, 0)), ...cells(all), formatVnd(all.tong)]);
  return table(["Xã, phường", "Số người", ...cols.map((col) => col.header), "Tổng"], rows, ["l", "r", ...cols.map(() => "r" as const), "r"]);
}

function fundsTable(c: Consolidation): string | null {
  const withFunds = c.communes.filter((x) => x.funds);
  if (!withFunds.length) return null;
  const rows = withFunds.map((x) => [x.xa, formatVnd(x.funds!.quyKhoan), formatVnd(x.funds!.chiPhi), formatVnd(x.funds!.chenhLech), formatVnd(x.funds!.boSung)]);
  const sum = (k: "quyKhoan" | "chiPhi" | "chenhLech" | "boSung") => formatVnd(withFunds.reduce((a, x) => a + x.funds![k], 0));
  rows.push(["TỔNG CỘNG", sum("quyKhoan"), sum("chiPhi"), sum("chenhLech"), sum("boSung")]);
  return table(["Xã, phường", "Quỹ khoán", "Chi phí", "Chênh lệch", "NS địa phương bổ sung"], rows, ["l", "r", "r", "r", "r"]);
}

function transferTable(c: Consolidation): string | null {
  const per = c.communes.map((x) => ({ xa: x.xa, q: [0, 1, 2, 3].map((i) => x.transfers.bhxhTuNguyen[i] + x.transfers.bhyt[i]) })).filter((r) => r.q.some((v) => v !== 0));
  if (!per.length) return null;
  const rows = per.map((r) => [r.xa, ...r.q.map(formatVnd), formatVnd(r.q.reduce((a, v) => a + v, 0))]);
  const q = [0, 1, 2, 3].map((i) => per.reduce((a, r) => a + r.q[i], 0));
  rows.push(["TỔNG CỘNG", ...q.map(formatVnd), formatVnd(q.reduce((a, v) => a + v, 0))]);
  return table(["Xã, phường", ...QUARTERS, "Cả năm"], rows, ["l", "r", "r", "r", "r", "r"]);
}

/** The files left out, each with its first errors (all with `detail`). */
export function failureLines(c: Pick<Consolidation, "failed" | "skipped">, detail: boolean): string[] {
  const out: string[] = [];
  const shown = detail ? c.failed : c.failed.slice(0, FILES_SHOWN);
  for (const f of shown) {
    out.push(`  ✗ ${f.file} (${f.errors.length} lỗi)`);
    const lines = issueLines(f.errors, "✗", detail ? undefined : ERRORS_SHOWN).map((l) => `    ${l.trimStart()}`);
    out.push(...lines);
    if (f.hint) out.push(`    Gợi ý: ${f.hint}`);
  }
  if (shown.length < c.failed.length) out.push(`  … và ${c.failed.length - shown.length} tệp có lỗi khác (thêm --chi-tiet để xem hết; sheet TepLoi của --out và --json có đủ).`);
  for (const s of c.skipped) out.push(`  – ${s.file}: ${s.reason}`);
  return out;
}

export function consolidationText(c: Consolidation, o: { summaryOnly?: boolean; detail?: boolean } = {}): string {
  const parts = [header(c).join("\n"), quarterTable(c)];
  if (!o.summaryOnly) {
    parts.push(`THEO XÃ, PHƯỜNG\n${communeTable(c)}`);
    const funds = fundsTable(c);
    if (funds) parts.push(`QUỸ PHỤ CẤP KHOÁN SO VỚI CHI PHÍ (âm: thiếu; NS địa phương bổ sung = cộng phần thiếu của từng đơn vị)\n${funds}`);
    const transfers = transferTable(c);
    if (transfers) parts.push(`CHUYỂN KINH PHÍ HỖ TRỢ ĐÓNG BHXH TỰ NGUYỆN, BHYT VÀO QUỸ BHXH THEO QUÝ\n${transfers}`);
  }
  if (c.failed.length || c.skipped.length) parts.push([`TỆP KHÔNG ĐƯỢC TỔNG HỢP (${c.failed.length} có lỗi, ${c.skipped.length} bỏ qua)`, ...failureLines(c, !!o.detail)].join("\n"));
  if (c.unconfirmed.length) parts.push(`Số liệu của ${c.unconfirmed.length} tệp dùng giá trị tham số chưa xác nhận: xem sheet Căn cứ của sổ tổng hợp (--out) hoặc “dutoan estimate <tệp>”.`);
  return parts.join("\n\n");
}
