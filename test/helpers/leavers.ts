/** Builders for sheet NghiViec records and a one-call estimate of them (tests of the one-off payments). */
import { summarize } from "../../src/engine/aggregate";
import { estimate } from "../../src/engine/estimate";
import type { LeaverRow, RosterRow } from "../../src/engine/types";
import { parseOverride, resolvePack, type ResolvedPack } from "../../src/packs";

export const central = resolvePack("central");
let n = 1;

export function leaver(p: Partial<LeaverRow> & Pick<LeaverRow, "doiTuong" | "ngayNghi">): LeaverRow {
  n++;
  return {
    loc: { sheet: "NghiViec", row: n }, hoTen: `Người nghỉ ${n}`, chucDanh: null, donVi: "Xã Thử", thon: null, hinhThuc: null,
    tienLuongThang: null, heSoLuong: null, heSoChucVu: null, phuCapCongVu: null, thangDongBhxh: null, soThangCongTac: null,
    soThangNghiTruocTuoi: null, soThangConLai: null, thangKeTuQuyetDinh: null, hoTroTinh: null, troCapMotLan: null, ghiChu: null,
    ...p,
  };
}

const yearOf = (l: LeaverRow) => Number(l.ngayNghi.slice(0, 4));

/** Estimates the leavers (and DanhSach rows) for the year of the first leaver, or `y`. */
export function run(leavers: LeaverRow[], pack: ResolvedPack = central, rows: RosterRow[] = [], y = yearOf(leavers[0])) {
  const r = estimate({ year: y, rows, units: [], leavers }, pack);
  return { r, s: summarize(r), p: r.leavers[0] };
}

export const amounts = (p: { lines: { amount: number }[] }) => p.lines.map((l) => l.amount);
export const codes = (s: { warnings: { code: string }[]; errors: { code: string }[] }) => [...s.errors, ...s.warnings].map((i) => i.code);

/** A pack with ThamSo-like values layered on top: [key, unit, from, value]. */
export function withThamSo(id: string, values: [string, "flag" | "months" | "ratio" | "VND", string, string][]): ResolvedPack {
  const parameters = values.map(([key, unit, from, value]) => ({
    key, label: key, unit, values: [{ from, value, source: { document: "Giá trị nhập ở ThamSo (kiểm thử)" }, confidence: "high" as const }],
  }));
  return resolvePack(id, [{ layer: "ThamSo", override: parseOverride({ parameters }) }]);
}
