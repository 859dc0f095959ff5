#!/usr/bin/env node
/**
 * Builds samples/hung-yen-xa-mau.xlsx: a realistic (fictional) Hưng Yên commune for `npm run demo`.
 * Hệ số of thôn posts and the ThamSo values are ILLUSTRATIVE: Hưng Yên's NQ 439/2023 figures are not
 * public, so the commune's own figures would go here. Run: node scripts/make-sample.js
 */
const ExcelJS = require("exceljs");
const path = require("path");

const XA = "Xã Đồng Tâm";
const villages = [
  ["Thôn Đông", "Thôn", 180], ["Thôn Đoài", "Thôn", 260], ["Thôn Nam", "Thôn", 349], ["Thôn Bắc", "Thôn", 350],
  ["Thôn Thượng", "Thôn", 420], ["Thôn Hạ", "Thôn", 510], ["Thôn Trung", "Thôn", 640], ["Thôn Cầu", "Thôn", 700],
  ["Thôn Đình", "Thôn", 735], ["TDP Phố Mới", "Tổ dân phố", 480], ["TDP Phố Chợ", "Tổ dân phố", 1020], ["TDP Bắc Sơn", "Tổ dân phố", 620],
];
const ho = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Dương", "Lương"];
const dem = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Hồng", "Xuân"];
const ten = ["An", "Bình", "Cường", "Dung", "Giang", "Hải", "Hạnh", "Khánh", "Lan", "Long", "Mai", "Nam", "Phúc", "Quyên", "Sơn", "Tâm", "Thảo", "Tuấn", "Vân", "Yến"];
let k = 0;
const name = () => { const n = `${ho[k % ho.length]} ${dem[(k * 3) % dem.length]} ${ten[(k * 7) % ten.length]}`; k++; return n; };

const rows = [];
const add = (r) => rows.push({ kiem: "", heSo: null, mucTien: null, tu: null, den: null, bhxh: "", bhyt: "", ghiChu: "", ...r });
villages.forEach(([thon, loai], i) => {
  const isTdp = loai === "Tổ dân phố";
  const secretary = name();
  // Hưng Yên policy: the Party cell secretary is often also the village head (seed 003; Đề án 10-ĐA/TU)
  const combined = i % 2 === 0;
  add({ hoTen: secretary, chucDanh: "Bí thư chi bộ", thon, heSo: 1.5 });
  if (combined) add({ hoTen: secretary, chucDanh: isTdp ? "Tổ trưởng tổ dân phố" : "Trưởng thôn", thon, heSo: 1.4, kiem: "x", ghiChu: "Bí thư kiêm trưởng thôn" });
  else add({ hoTen: name(), chucDanh: isTdp ? "Tổ trưởng tổ dân phố" : "Trưởng thôn", thon, heSo: 1.4 });
  if (i === 3) {
    add({ hoTen: name(), chucDanh: "Trưởng ban công tác Mặt trận", thon, heSo: 1.2, den: "14/03/2026", ghiChu: "Nghỉ từ 15/3/2026" });
    add({ hoTen: name(), chucDanh: "Trưởng ban công tác Mặt trận", thon, heSo: 1.2, tu: "15/03/2026", ghiChu: "Bầu mới" });
  } else add({ hoTen: name(), chucDanh: "Trưởng ban công tác Mặt trận", thon, heSo: 1.2 });
  if (!isTdp) add({ hoTen: name(), chucDanh: "Thôn đội trưởng", thon, ghiChu: "Mức theo NQ 794/2025 (theo số hộ)" });
});
// Two grassroots security teams (NQ 456/2024): amounts come from the pack
// Members choose whether to join voluntary BHXH (a blank cell counts as "Không"): all but one join here
for (const thon of ["Thôn Cầu", "TDP Phố Chợ"]) {
  const tuNguyen = { bhxh: "Tự nguyện" };
  add({ hoTen: name(), chucDanh: "Tổ trưởng tổ bảo vệ ANTT", thon, ...tuNguyen });
  add({ hoTen: name(), chucDanh: "Tổ phó tổ bảo vệ ANTT", thon, ...tuNguyen });
  add({ hoTen: name(), chucDanh: "Tổ viên tổ bảo vệ ANTT", thon, ...(thon === "Thôn Cầu" ? { bhxh: "Không", ghiChu: "Không tham gia BHXH tự nguyện" } : tuNguyen) });
  add({ hoTen: name(), chucDanh: "Tổ viên tổ bảo vệ ANTT", thon, tu: "01/04/2026", ...tuNguyen });
}
// Two commune-level HĐKCT retained after 1/8/2025 on the old allowance, leaving before 31/5/2026 (CV 12/CV-BCĐ)
add({ hoTen: name(), chucDanh: "Phó Chủ tịch Ủy ban MTTQ", thon: null, heSo: 1.0, den: "30/04/2026", ghiChu: "Giữ lại sau sắp xếp" });
add({ hoTen: name(), chucDanh: "Phó Chỉ huy trưởng Ban chỉ huy quân sự cấp xã", thon: null, mucTien: 2340000, den: "29/05/2026", ghiChu: "Giữ lại sau sắp xếp" });

const thin = { style: "thin" };
const border = { top: thin, left: thin, bottom: thin, right: thin };
function sheetWithTitle(wb, name, title, headers, widths) {
  const ws = wb.addWorksheet(name);
  ws.getCell("A1").value = title;
  ws.getCell("A1").font = { name: "Times New Roman", bold: true, size: 13 };
  ws.addRow([]);
  const h = ws.addRow(headers);
  h.font = { name: "Times New Roman", bold: true };
  h.eachCell((c) => { c.border = border; c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" }; });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "DuToan (dữ liệu mẫu)";
  const ds = sheetWithTitle(wb, "DanhSach", `DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH, TỔ BẢO VỆ ANTT — ${XA.toUpperCase()} (DỮ LIỆU MẪU)`,
    ["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày", "BHXH", "BHYT", "Ghi chú"],
    [5, 24, 34, 10, 16, 16, 8, 12, 12, 12, 10, 8, 28]);
  rows.forEach((r, i) => {
    const row = ds.addRow([i + 1, r.hoTen, r.chucDanh, r.kiem, XA, r.thon, r.heSo, r.mucTien, r.tu, r.den, r.bhxh, r.bhyt, r.ghiChu]);
    row.font = { name: "Times New Roman" };
    row.getCell(8).numFmt = "#,##0";
  });
  const dv = sheetWithTitle(wb, "DonVi", `ĐƠN VỊ HÀNH CHÍNH VÀ THÔN, TỔ DÂN PHỐ — ${XA.toUpperCase()}`,
    ["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ", "Đặc điểm"], [16, 16, 12, 10, 8, 20]);
  dv.addRow([XA, null, "Xã", "I", null, null]);
  villages.forEach(([thon, loai, soHo]) => dv.addRow([XA, thon, loai, null, soHo, null]));
  const ts = sheetWithTitle(wb, "ThamSo", "THAM SỐ DO ĐƠN VỊ NHẬP (VÍ DỤ MINH HỌA — THAY BẰNG MỨC THEO NQ 439/2023 CỦA TỈNH)",
    ["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ", "Ghi chú"], [34, 14, 12, 40, 40]);
  const example = "Ví dụ minh họa, không phải mức của NQ 439/2023";
  for (const [ma, v] of [["khoan.chiBo.thon", 6000000], ["khoan.banCongTacMatTran.thon", 5000000], ["khoan.chiHoiDoanThe.thon", 3000000]])
    ts.addRow([ma, v, "01/01/2026", example, "Mức khoán năm mỗi thôn, TDP"]);
  for (const org of ["matTran", "phuNu", "nongDan", "doanThanhNien", "cuuChienBinh"])
    ts.addRow([`khoan.${org}.xa.I`, org === "matTran" ? 30000000 : 20000000, "01/01/2026", example, "Mức khoán năm, xã loại I"]);
  const out = path.join(__dirname, "..", "samples", "hung-yen-xa-mau.xlsx");
  await wb.xlsx.writeFile(out);
  console.log(`Đã ghi ${out}: ${rows.length} dòng DanhSach, ${villages.length + 1} đơn vị.`);
}
main().catch((e) => { console.error(e); process.exit(1); });
