/** Roster workbooks for the pane's tests, as a user would have them open in Excel (the strict fake's model). */
import { SheetModel, WorkbookModel } from "../fake-excel";

export const POSTS = ["Trưởng thôn", "Bí thư chi bộ", "Tổ viên tổ bảo vệ ANTT", "Thôn đội trưởng", "Trưởng ban công tác Mặt trận"];
export const HEADER = ["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày", "BHXH", "BHYT", "Ghi chú"];

/** DanhSach rows of the hung-yen pack: five posts per thôn, 40 thôn per xã, 1 Jan – 31 Dec 2026 (serial 46023 = 01/01/2026). */
export function rosterRows(n: number): unknown[][] {
  const rows: unknown[][] = [HEADER];
  for (let i = 0; i < n; i++) {
    const kiem = i % 5 === 1;
    rows.push([i + 1, `Nguyễn Văn Hùng ${kiem ? i - 1 : i}`, POSTS[i % 5], kiem ? "x" : "", `Xã ${Math.floor(i / 200)}`, `Thôn ${Math.floor(i / 5) % 40}`, 1.2, "", 46023, "31/12/2026", "Bắt buộc", "Có", i % 7 ? "" : "ghi chú"]);
  }
  return rows;
}

export function unitRows(n: number): unknown[][] {
  const rows: unknown[][] = [["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"]];
  for (let x = 0; x <= Math.floor(Math.max(0, n - 1) / 200); x++) {
    rows.push([`Xã ${x}`, "", "Xã", "I", ""]);
    for (let t = 0; t < 40; t++) rows.push([`Xã ${x}`, `Thôn ${t}`, "Thôn", "", 300 + t * 10]);
  }
  return rows;
}

/**
 * Sheet ThamSo with the khoán levels the hung-yen pack leaves to the province's resolution (đồng/năm,
 * test values: 30,000,000 per organisation of a xã loại I, 6,000,000 per thôn).
 */
export function hungYenThamSo(): SheetModel {
  const xa = ["matTran", "phuNu", "nongDan", "doanThanhNien", "cuuChienBinh"].map((k) => [`khoan.${k}.xa.I`, 30000000]);
  const thon = ["chiBo", "banCongTacMatTran", "chiHoiDoanThe"].map((k) => [`khoan.${k}.thon`, 6000000]);
  return new SheetModel("ThamSo", [["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ"], ...[...xa, ...thon].map(([k, v]) => [k, v, "01/01/2026", "Giá trị kiểm thử"])]);
}

export function rosterWorkbook(n: number, extra: SheetModel[] = []): WorkbookModel {
  return new WorkbookModel([new SheetModel("DanhSach", rosterRows(n)), new SheetModel("DonVi", unitRows(n)), ...extra]);
}
