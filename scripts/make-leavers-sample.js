#!/usr/bin/env node
/**
 * Builds samples/nghi-viec-mau.xlsx: a small (fictional) commune for the one-off payments to leavers
 * and the reconciliation with the BHXH agency. Run: node scripts/make-leavers-sample.js, then
 *   dutoan estimate samples/nghi-viec-mau.xlsx --year 2025
 *
 * - DanhSach (2 rows): a Tổ bảo vệ ANTT member on voluntary BHXH (Mức tiền is ILLUSTRATIVE: the central
 *   pack has no amount, the province sets it), and a former village HĐKCT taken on again three months
 *   after receiving the NĐ 154/2025 allowance (the 60-month refund warning, NĐ 154 Đ.9 k.4).
 * - NghiViec (8 rows): the MoHA civil servant of worked example W23 (786,854,250 đồng), the W24, W25 and W26
 *   HĐKCT cases, a civil servant retiring early, two civil servants leaving under staff reduction (column
 *   "Chính sách": NĐ 29/2023 Đ.7 with the 60-month average salary, NĐ 154/2025 Đ.8), and a bảo vệ dân
 *   phố whose one-off amount is entered per person (the amount is ILLUSTRATIVE: the real one is set by the
 *   province, docs/legal/troCap.md §5).
 * - DoiChieuBHXH: the BHXH agency's support per person and quarter, with one deliberate difference.
 */
const ExcelJS = require("exceljs");
const path = require("path");

const XA = "Xã Thanh Bình";
const FONT = { name: "Times New Roman" };
const thin = { style: "thin" };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function sheetWithTitle(wb, name, title, headers, widths) {
  const ws = wb.addWorksheet(name);
  ws.getCell("A1").value = title;
  ws.getCell("A1").font = { ...FONT, bold: true, size: 13 };
  ws.addRow([]);
  const h = ws.addRow(headers);
  h.font = { ...FONT, bold: true };
  h.eachCell((c) => { c.border = border; c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" }; });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

function addRows(ws, headers, rows, money = []) {
  rows.forEach((r, i) => {
    const row = ws.addRow(headers.map((h) => (h === "STT" ? i + 1 : r[h] ?? null)));
    row.font = FONT;
    for (const h of money) row.getCell(headers.indexOf(h) + 1).numFmt = "#,##0";
  });
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "DuToan (dữ liệu mẫu)";

  const dsHeaders = ["STT", "Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày", "BHXH", "BHYT", "Mã số BHXH", "Ghi chú"];
  const ds = sheetWithTitle(wb, "DanhSach", `DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH — ${XA.toUpperCase()} (DỮ LIỆU MẪU)`, dsHeaders,
    [5, 24, 30, 16, 12, 8, 12, 12, 12, 10, 8, 14, 40]);
  addRows(ds, dsHeaders, [
    { "Họ và tên": "Đinh Văn Hùng", "Chức danh": "Tổ viên tổ bảo vệ ANTT", "Xã, phường": XA, "Thôn, TDP": "Thôn Đông", "Mức tiền": 1620000, "BHXH": "Tự nguyện",
      "BHYT": "Không", "Mã số BHXH": "0123456789", "Ghi chú": "Mức tiền minh họa (gói trung ương không có mức; tỉnh quy định). BHYT: đã có thẻ." },
    { "Họ và tên": "Phạm Thị Lan", "Chức danh": "Trưởng ban công tác Mặt trận", "Xã, phường": XA, "Thôn, TDP": "Thôn Tây", "Hệ số": 1.0, "Từ ngày": "01/12/2025",
      "Ghi chú": "Đã nhận trợ cấp NĐ 154/2025 khi nghỉ 01/9/2025 (sheet NghiViec): cảnh báo hoàn trả" },
  ], ["Mức tiền"]);

  const nvHeaders = [
    "STT", "Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Đối tượng", "Ngày nghỉ", "Hình thức", "Tiền lương (phụ cấp) tháng", "Hệ số lương",
    "Hệ số phụ cấp chức vụ", "% phụ cấp công vụ", "Thời gian đóng BHXH", "Số tháng công tác", "Số tháng nghỉ trước tuổi", "Số tháng còn lại của nhiệm kỳ",
    "Tháng thứ mấy kể từ quyết định sắp xếp", "Chính sách", "Tiền lương bình quân 60 tháng", "Hỗ trợ của tỉnh/thành phố", "Số tiền trợ cấp một lần",
    "Ghi chú",
  ];
  const nv = sheetWithTitle(wb, "NghiViec", `DANH SÁCH NGƯỜI NGHỈ VIỆC, TINH GIẢN BIÊN CHẾ NĂM 2025 — ${XA.toUpperCase()} (DỮ LIỆU MẪU)`, nvHeaders,
    [5, 22, 26, 16, 12, 24, 12, 18, 14, 9, 10, 10, 16, 10, 12, 12, 14, 26, 14, 14, 14, 44]);
  addRows(nv, nvHeaders, [
    { "Họ và tên": "Lê Thị Cúc", "Chức danh": "Công chức Văn phòng - Thống kê", "Xã, phường": XA, "Đối tượng": "Cán bộ, công chức", "Ngày nghỉ": "01/06/2025",
      "Hình thức": "Thôi việc", "Hệ số lương": 3.66, "% phụ cấp công vụ": "25%", "Thời gian đóng BHXH": "15 năm", "Số tháng nghỉ trước tuổi": 180,
      "Tháng thứ mấy kể từ quyết định sắp xếp": 1, "Chính sách": "Sắp xếp tổ chức bộ máy (NĐ 178)", "Ghi chú": "Ví dụ của Bộ Nội vụ (W23): 786.854.250 đồng" },
    { "Họ và tên": "Trần Văn Dũng", "Chức danh": "Phó Chủ tịch Hội Nông dân", "Xã, phường": XA, "Đối tượng": "HĐKCT cấp xã", "Ngày nghỉ": "01/08/2025",
      "Hệ số lương": 1.5, "Thời gian đóng BHXH": "4 năm", "Số tháng công tác": 48, "Ghi chú": "NĐ 154/2025 Đ.9, công tác dưới 5 năm (W24)" },
    { "Họ và tên": "Phạm Thị Lan", "Chức danh": "Trưởng thôn", "Xã, phường": XA, "Thôn, TDP": "Thôn Tây", "Đối tượng": "HĐKCT thôn, TDP", "Ngày nghỉ": "01/09/2025",
      "Tiền lương (phụ cấp) tháng": 2340000, "Thời gian đóng BHXH": 12, "Số tháng công tác": 144, "Số tháng nghỉ trước tuổi": 30,
      "Ghi chú": "NĐ 154/2025 Đ.10, còn 30 tháng đến tuổi nghỉ hưu (W25); được bố trí lại từ 01/12/2025" },
    { "Họ và tên": "Ngô Văn Hải", "Chức danh": "Chủ tịch Hội Người cao tuổi", "Xã, phường": XA, "Đối tượng": "HĐKCT cấp xã", "Ngày nghỉ": "15/06/2025",
      "Tiền lương (phụ cấp) tháng": 2340000, "Số tháng công tác": 40, "Số tháng còn lại của nhiệm kỳ": 20, "Tháng thứ mấy kể từ quyết định sắp xếp": 3,
      "Ghi chú": "NĐ 29/2023 Đ.9 k.2, ngày cuối trước NĐ 154/2025 (W26)" },
    { "Họ và tên": "Hoàng Văn Minh", "Chức danh": "Phó Chủ tịch UBND xã", "Xã, phường": XA, "Đối tượng": "Cán bộ, công chức", "Ngày nghỉ": "01/07/2025",
      "Hình thức": "Nghỉ hưu trước tuổi", "Hệ số lương": 4.32, "Hệ số phụ cấp chức vụ": 0.2, "% phụ cấp công vụ": "25%", "Thời gian đóng BHXH": "22 năm 4 tháng",
      "Số tháng nghỉ trước tuổi": 40, "Tháng thứ mấy kể từ quyết định sắp xếp": 2, "Chính sách": "Sắp xếp tổ chức bộ máy (NĐ 178)",
      "Ghi chú": "NĐ 178/2024 Đ.7, nghỉ sớm 3 năm 4 tháng" },
    { "Họ và tên": "Vũ Thị Hoa", "Chức danh": "Công chức Tài chính - Kế toán", "Xã, phường": XA, "Đối tượng": "Cán bộ, công chức", "Ngày nghỉ": "01/03/2025",
      "Hình thức": "Thôi việc", "Tiền lương (phụ cấp) tháng": 7000000, "Tiền lương bình quân 60 tháng": 6500000, "Thời gian đóng BHXH": "12 năm",
      "Chính sách": "Tinh giản biên chế (NĐ 29, NĐ 154)",
      "Ghi chú": "NĐ 29/2023 Đ.7: 3 × 7.000.000 + 1,5 × 6.500.000 × 12 năm = 138.000.000 (số liệu minh họa)" },
    { "Họ và tên": "Đặng Văn Tú", "Chức danh": "Công chức Địa chính - Xây dựng", "Xã, phường": XA, "Đối tượng": "Cán bộ, công chức", "Ngày nghỉ": "01/10/2025",
      "Hình thức": "Thôi việc", "Tiền lương (phụ cấp) tháng": 8000000, "Thời gian đóng BHXH": "10 năm", "Chính sách": "Tinh giản biên chế (NĐ 29, NĐ 154)",
      "Ghi chú": "NĐ 154/2025 Đ.8: 3 × 8.000.000 + 1,5 × 8.000.000 × 10 năm = 144.000.000 (số liệu minh họa)" },
    { "Họ và tên": "Bùi Văn Nam", "Chức danh": "Tổ viên bảo vệ dân phố", "Xã, phường": XA, "Thôn, TDP": "Thôn Đông", "Đối tượng": "Bảo vệ dân phố",
      "Ngày nghỉ": "01/03/2025", "Số tiền trợ cấp một lần": 5000000,
      "Ghi chú": "Số tiền minh họa: mức trợ cấp một lần do tỉnh quyết định (chưa xác nhận), nhập theo quyết định chi trả" },
  ], ["Tiền lương (phụ cấp) tháng", "Tiền lương bình quân 60 tháng", "Hỗ trợ của tỉnh/thành phố", "Số tiền trợ cấp một lần"]);

  const dcHeaders = ["STT", "Họ và tên", "Mã số BHXH", "Xã, phường", "Quý", "Loại hỗ trợ", "Số tiền NSNN hỗ trợ"];
  const dc = sheetWithTitle(wb, "DoiChieuBHXH", "SỐ TIỀN NSNN HỖ TRỢ ĐÓNG BHXH TỰ NGUYỆN THEO SỐ LIỆU CƠ QUAN BHXH (DỮ LIỆU MẪU)", dcHeaders, [5, 22, 14, 16, 8, 16, 16]);
  addRows(dc, dcHeaders, [
    { "Họ và tên": "Đinh Văn Hùng", "Mã số BHXH": "0123456789", "Xã, phường": XA, "Quý": "Quý I", "Loại hỗ trợ": "BHXH tự nguyện", "Số tiền NSNN hỗ trợ": 99000 },
    { "Họ và tên": "Đinh Văn Hùng", "Mã số BHXH": "0123456789", "Xã, phường": XA, "Quý": "Quý II", "Loại hỗ trợ": "BHXH tự nguyện", "Số tiền NSNN hỗ trợ": 99000 },
    { "Họ và tên": "Đinh Văn Hùng", "Mã số BHXH": "0123456789", "Xã, phường": XA, "Quý": "Quý III", "Loại hỗ trợ": "BHXH tự nguyện", "Số tiền NSNN hỗ trợ": 99000 },
  ], ["Số tiền NSNN hỗ trợ"]);

  const out = path.join(__dirname, "..", "samples", "nghi-viec-mau.xlsx");
  await wb.xlsx.writeFile(out);
  console.log(`Đã ghi ${out}: 2 dòng DanhSach, 8 dòng NghiViec, 3 dòng DoiChieuBHXH.`);
}
main().catch((e) => { console.error(e); process.exit(1); });
