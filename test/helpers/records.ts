/** Builders for engine records in tests: only what a case needs, the rest defaulted. */
import type { RosterRow, UnitRow } from "../../src/engine/types";

let rowNo = 1;

export function row(p: Partial<RosterRow> & Pick<RosterRow, "postCode">): RosterRow {
  rowNo++;
  return {
    loc: { sheet: "DanhSach", row: rowNo },
    hoTen: `Người ${rowNo}`,
    chucDanh: p.postCode,
    kiemNhiem: false,
    donVi: "Xã Thử",
    thon: "Thôn 1",
    heSo: null,
    mucTien: null,
    tuNgay: null,
    denNgay: null,
    bhxh: null,
    bhyt: null,
    nhomHoTro: null,
    thuNhapBhxhTn: null,
    phuongThucDong: null,
    ghiChu: null,
    ...p,
  };
}

export function unit(p: Partial<UnitRow> & Pick<UnitRow, "loai">): UnitRow {
  rowNo++;
  return {
    loc: { sheet: "DonVi", row: rowNo },
    donVi: "Xã Thử",
    thon: null,
    phanLoai: null,
    soHo: null,
    dacDiem: [],
    soNguoiTangThem: null,
    tuNgay: null,
    denNgay: null,
    ...p,
  };
}
