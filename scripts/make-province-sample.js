#!/usr/bin/env node
/**
 * Builds samples/tinh/: the workbooks three (fictional) Hưng Yên communes send to the Sở Tài chính,
 * for `npm run demo` and the consolidation tests. Xã Đồng Tâm is the main sample; Xã Hòa Bình is a
 * smaller commune; Xã An Lạc has a deliberate mistake (an amount in đồng typed in the Hệ số column,
 * and a row without Chức danh) so the demo shows a file listed with its errors while the others
 * still consolidate. Hệ số and khoán levels are ILLUSTRATIVE (Hưng Yên's own are not public).
 * Run: node scripts/make-province-sample.js
 */
const ExcelJS = require("exceljs");
const { copyFileSync, mkdirSync } = require("fs");
const path = require("path");

const DIR = path.join(__dirname, "..", "samples", "tinh");
const EXAMPLE = "Ví dụ minh họa, không phải mức của NQ 439/2023";
const HEAD = ["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày", "BHXH", "BHYT", "Ghi chú"];

const ho = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi"];
const dem = ["Văn", "Thị", "Đức", "Minh", "Hồng"];
const ten = ["An", "Bình", "Cúc", "Duy", "Hà", "Hòa", "Lâm", "Ngọc", "Phong", "Thanh", "Trang", "Vinh"];

function commune(xa, phanLoai, villages, seed) {
  let k = seed;
  const name = () => { const n = `${ho[k % ho.length]} ${dem[(k * 3) % dem.length]} ${ten[(k * 7) % ten.length]}`; k++; return n; };
  const rows = [];
  villages.forEach(([thon], i) => {
    rows.push([name(), "Bí thư chi bộ", null, thon, 1.5]);
    rows.push([name(), thon.startsWith("TDP") ? "Tổ trưởng tổ dân phố" : "Trưởng thôn", null, thon, 1.4]);
    rows.push([name(), "Trưởng ban công tác Mặt trận", null, thon, 1.2]);
    if (i === 0) {
      rows.push([name(), "Tổ trưởng tổ bảo vệ ANTT", null, thon, null, "Tự nguyện"]);
      rows.push([name(), "Tổ viên tổ bảo vệ ANTT", null, thon, null, "Tự nguyện"]);
    }
  });
  return { xa, phanLoai, villages, rows };
}

async function write(c, file, edit = () => undefined) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "DuToan (dữ liệu mẫu)";
  const ds = wb.addWorksheet("DanhSach");
  ds.addRow(HEAD).font = { bold: true };
  c.rows.forEach(([hoTen, chucDanh, kiem, thon, heSo, bhxh], i) => ds.addRow([i + 1, hoTen, chucDanh, kiem, c.xa, thon, heSo, null, null, null, bhxh ?? null, null, null]));
  edit(ds);
  const dv = wb.addWorksheet("DonVi");
  dv.addRow(["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"]).font = { bold: true };
  dv.addRow([c.xa, null, "Xã", c.phanLoai, null]);
  for (const [thon, soHo] of c.villages) dv.addRow([c.xa, thon, thon.startsWith("TDP") ? "Tổ dân phố" : "Thôn", null, soHo]);
  const ts = wb.addWorksheet("ThamSo");
  ts.addRow(["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ", "Ghi chú"]).font = { bold: true };
  ts.addRow(["caiDat.goi", "hung-yen", null, null, "Gói tham số"]);
  ts.addRow(["caiDat.nam", 2026, null, null, "Năm dự toán"]);
  for (const [ma, v] of [["khoan.chiBo.thon", 6000000], ["khoan.banCongTacMatTran.thon", 5000000], ["khoan.chiHoiDoanThe.thon", 3000000]]) ts.addRow([ma, v, "01/01/2026", EXAMPLE, null]);
  for (const org of ["matTran", "phuNu", "nongDan", "doanThanhNien", "cuuChienBinh"]) ts.addRow([`khoan.${org}.xa.${c.phanLoai}`, org === "matTran" ? 25000000 : 18000000, "01/01/2026", EXAMPLE, null]);
  [ds, dv, ts].forEach((ws) => ws.columns.forEach((col) => (col.width = 18)));
  await wb.xlsx.writeFile(path.join(DIR, file));
}

async function main() {
  mkdirSync(DIR, { recursive: true });
  copyFileSync(path.join(__dirname, "..", "samples", "hung-yen-xa-mau.xlsx"), path.join(DIR, "xa-dong-tam.xlsx"));
  await write(commune("Xã Hòa Bình", "II", [["Thôn Một", 310], ["Thôn Hai", 455], ["Thôn Ba", 520], ["TDP Bến Đò", 690]], 3), "xa-hoa-binh.xlsx");
  await write(commune("Xã An Lạc", "III", [["Thôn Tiền", 240], ["Thôn Hậu", 380]], 11), "xa-an-lac.xlsx", (ds) => {
    ds.getRow(3).getCell(7).value = 3542000; // an amount in đồng typed where the hệ số goes
    ds.getRow(5).getCell(3).value = null; // a row without its Chức danh
  });
  console.log(`Đã ghi ${DIR}: xa-dong-tam.xlsx, xa-hoa-binh.xlsx, xa-an-lac.xlsx (có lỗi cố ý).`);
}
main().catch((e) => { console.error(e); process.exit(1); });
