/** The readable Vietnamese summary the CLI prints (and README shows). */
import type { Summary } from "../engine/aggregate";
import { formatVnDate } from "../engine/calendar";
import { COMPONENT_LABELS, COMPONENTS } from "../engine/ledger";
import { formatVnd } from "../engine/money";
import { DOI_TUONG_LABELS } from "../engine/labels";
import type { Issue } from "../engine/types";
import { table } from "./table";

const QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"];

export function summaryText(s: Summary, meta: { file: string; rows: number; packName: string }): string {
  const out: string[] = [];
  out.push(`DỰ TOÁN KINH PHÍ NĂM ${s.year}`);
  out.push(`Gói tham số: ${meta.packName} (${s.chain.join(" ← ")})`);
  out.push(`Danh sách: ${meta.file} — ${meta.rows} dòng chức danh, ${s.byUnit.length} đơn vị`);
  out.push("Đơn vị tính: đồng");
  out.push("");
  const used = COMPONENTS.filter((c) => s.totals[c] !== 0);
  const rows = used.map((c) => [COMPONENT_LABELS[c], ...s.byQuarter.map((q) => formatVnd(q.totals[c])), formatVnd(s.totals[c])]);
  rows.push(["TỔNG CỘNG", ...s.byQuarter.map((q) => formatVnd(q.totals.tong)), formatVnd(s.totals.tong)]);
  out.push(table(["Khoản chi", ...QUARTERS, "Cả năm"], rows, ["l", "r", "r", "r", "r", "r"]));
  if (s.byUnit.length) {
    out.push("", "THEO ĐƠN VỊ");
    out.push(
      table(
        ["Đơn vị", "Phụ cấp", "Kiêm nhiệm", "Hỗ trợ", "BHXH, BHYT", "Khoán KP", "Tổng"],
        s.byUnit.map((u) => [
          u.thon ?? `${u.donVi} (cấp xã)`,
          formatVnd(u.totals.phuCap),
          formatVnd(u.totals.phuCapKiemNhiem + u.totals.hoTroKiemNhiem),
          formatVnd(u.totals.hoTro),
          formatVnd(u.totals.bhxh + u.totals.bhyt),
          formatVnd(u.totals.khoanKinhPhi),
          formatVnd(u.totals.tong),
        ]),
        ["l", "r", "r", "r", "r", "r", "r"],
      ),
    );
  }
  if (s.funds.length) {
    out.push("", "QUỸ PHỤ CẤP KHOÁN (NĐ 33/2023, NĐ 185/2026) SO VỚI CHI PHÍ");
    out.push(
      table(
        ["Đơn vị", "Quỹ khoán", "Chi phí", "Chênh lệch"],
        s.funds.map((f) => [f.thon ?? `${f.donVi} (cấp xã)`, formatVnd(f.quyKhoan), formatVnd(f.chiPhi), formatVnd(f.chenhLech)]),
        ["l", "r", "r", "r"],
      ),
    );
    out.push("Chênh lệch âm: ngân sách địa phương phải bổ sung.");
  }
  if (s.transfers.length) {
    out.push("", "CHUYỂN KINH PHÍ HỖ TRỢ ĐÓNG BHXH TỰ NGUYỆN, BHYT VÀO QUỸ BHXH THEO QUÝ");
    const rows: string[][] = [];
    for (const q of [1, 2, 3, 4])
      for (const kind of ["bhxhTuNguyen", "bhyt"] as const) {
        const ts = s.transfers.filter((t) => t.quarter === q && t.kind === kind);
        if (!ts.length) continue;
        const sum = (f: (t: (typeof ts)[number]) => number) => formatVnd(ts.reduce((a, t) => a + f(t), 0));
        rows.push([QUARTERS[q - 1], kind === "bhyt" ? "BHYT" : "BHXH tự nguyện", sum((t) => t.soNguoi), sum((t) => t.soThang), sum((t) => t.soTienDong), sum((t) => t.nguoiThamGiaDong), sum((t) => t.hoTroChung), sum((t) => t.hoTroTinh), sum((t) => t.soTienChuyen)]);
      }
    out.push(table(["Quý", "Loại", "Số người", "Số tháng", "Phải đóng", "Người TG đóng", "NS hỗ trợ", "NS tỉnh thêm", "Số chuyển"], rows, ["l", "l", "r", "r", "r", "r", "r", "r", "r"]));
  }
  if (s.unconfirmed.length) {
    out.push("", `GIÁ TRỊ CHƯA XÁC NHẬN ĐANG DÙNG (${s.unconfirmed.length}) — kiểm tra và thay ở sheet ThamSo nếu có văn bản:`);
    for (const p of s.unconfirmed) out.push(`  • ${p.key} = ${p.value} từ ${formatVnDate(p.from)} — ${p.label} (${p.citation})`);
  }
  if (s.userSupplied.length) {
    out.push("", `GIÁ TRỊ DO NGƯỜI DÙNG NHẬP (${s.userSupplied.length}):`);
    for (const p of s.userSupplied) out.push(`  • ${p.key} = ${p.value} từ ${formatVnDate(p.from)} — ${p.label} (căn cứ: ${p.citation})`);
  }
  if (s.warnings.length) {
    out.push("", `CẢNH BÁO (${s.warnings.length}):`);
    for (const w of s.warnings) out.push(`  ! ${issueText(w)}`);
  }
  if (s.leavers?.length) {
    out.push("", `TRỢ CẤP MỘT LẦN CHO NGƯỜI NGHỈ VIỆC NĂM ${s.year} (sheet NghiViec)`);
    const rows = s.leavers.map((l) => [
      l.hoTen,
      l.thon ? `${l.thon}, ${l.donVi}` : l.donVi,
      DOI_TUONG_LABELS[l.doiTuong],
      formatVnDate(l.ngayNghi),
      l.regime ?? "không có chế độ",
      l.complete ? formatVnd(l.total) : "chưa tính",
    ]);
    rows.push(["TỔNG CỘNG", "", "", "", "", formatVnd(s.leavers.reduce((a, l) => a + l.total, 0))]);
    out.push(table(["Họ và tên", "Đơn vị", "Đối tượng", "Ngày nghỉ", "Chế độ áp dụng", "Tổng trợ cấp"], rows, ["l", "l", "l", "l", "l", "r"]));
    for (const l of s.leavers)
      for (const x of l.lines) out.push(`  • ${l.hoTen} — ${x.label}: ${x.formula} = ${formatVnd(x.amount)} (${x.citation})`);
  }
  if (s.doiChieu) {
    out.push("", "ĐỐI CHIẾU SỐ TIỀN NSNN HỖ TRỢ VỚI CƠ QUAN BHXH");
    if (!s.doiChieu.length) out.push("Khớp: không có chênh lệch theo người và quý.");
    else {
      out.push(
        table(
          ["Họ và tên", "Mã số BHXH", "Quý", "Loại", "Theo dự toán", "Theo BHXH", "Chênh lệch"],
          s.doiChieu.map((d) => [
            d.hoTen,
            d.maSoBhxh ?? "",
            QUARTERS[d.quarter - 1],
            d.kind === "bhyt" ? "BHYT" : d.kind === "bhxhTuNguyen" ? "BHXH tự nguyện" : "Cả hai",
            formatVnd(d.ours),
            formatVnd(d.agency),
            formatVnd(d.difference),
          ]),
          ["l", "l", "l", "l", "r", "r", "r"],
        ),
      );
      out.push("Chênh lệch = theo dự toán − theo cơ quan BHXH.");
    }
  }
  return out.join("\n");
}

export function issueText(i: Issue): string {
  const where = i.sheet && !i.message.startsWith("Sheet ") ? `Sheet ${i.sheet}${i.row ? `, dòng ${i.row}` : ""}${i.column ? `, cột "${i.column}"` : ""}: ` : "";
  return where + i.message;
}
