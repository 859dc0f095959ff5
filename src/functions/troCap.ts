/**
 * DUTOAN.TROCAP and GIAITHICH("TROCAP"; …): the one-off payment of one leaver, computed by the same
 * engine function as a NghiViec row (troCapOne in src/engine/rules/troCap), so the cell and the
 * estimate cannot disagree. Arguments are the NghiViec columns, read with the roster's own cell rules.
 */
import { formatVnDate } from "../engine/calendar";
import { citationOf } from "../engine/ledger";
import { formatVnd } from "../engine/money";
import type { Resolved } from "../engine/params";
import { DOI_TUONG_LABELS, NGHI_VIEC_COLUMNS as COL, troCapOne, type LeaverResult } from "../engine/rules/troCap";
import type { Issue, LeaverRow } from "../engine/types";
import type { ResolvedPack } from "../packs";
import {
  asCoefficientOrZero, asCount, asDate, asMoney, asPercent, asYearsMonths, enumCoercer, type CellValue, type Coerced, type Coercer,
} from "../roster/cells";
import { CHINH_SACH_NGHI, DOI_TUONG_NGHI_VIEC, HINH_THUC_NGHI } from "../roster/enums";
import { ArgError, excelError } from "./args";
import { isBlank, required, toAmount, toText } from "./coerce";
import { spill, type Out } from "./grid";
import { currentPack } from "./state";

/** The value arguments of DUTOAN.TROCAP, in order (the pack id `goi` comes after them). */
export const TROCAP_ARGS = [
  "doi_tuong", "ngay_nghi", "tien_luong_hoac_he_so", "thoi_gian_bhxh", "hinh_thuc", "so_thang_cong_tac", "so_thang_den_tuoi_huu",
  "so_thang_con_lai", "thang_ke_tu_quyet_dinh", "chinh_sach", "tien_luong_binh_quan", "he_so_chuc_vu", "phu_cap_cong_vu",
  "so_tien_mot_lan", "ho_tro_tinh",
] as const;

/** NghiViec column → the argument that carries it, to name arguments (not columns) in messages. */
const ARG_OF_COLUMN: Record<string, string> = {
  [COL.ngayNghi]: "ngay_nghi", [COL.hinhThuc]: "hinh_thuc", [COL.chinhSach]: "chinh_sach", [COL.tienLuong]: "tien_luong_hoac_he_so",
  [COL.heSoLuong]: "tien_luong_hoac_he_so", [COL.binhQuan]: "tien_luong_binh_quan", [COL.bhxh]: "thoi_gian_bhxh", [COL.congTac]: "so_thang_cong_tac",
  [COL.truocTuoi]: "so_thang_den_tuoi_huu", [COL.conLai]: "so_thang_con_lai", [COL.quyetDinh]: "thang_ke_tu_quyet_dinh",
  [COL.hoTroTinh]: "ho_tro_tinh", [COL.motLan]: "so_tien_mot_lan", [COL.hoTen]: "doi_tuong",
};

/** A message written for sheet NghiViec, told in terms of the function's arguments. */
export function forFunction(message: string): string {
  return message
    .replace(/^Người nghỉ việc: /, "")
    .replace(/(?:một trong hai )?cột "([^"]+)" hoặc "([^"]+)"/g, (m, a: string, b: string) => (ARG_OF_COLUMN[a] && ARG_OF_COLUMN[a] === ARG_OF_COLUMN[b] ? `đối số ${ARG_OF_COLUMN[a]}` : m))
    .replace(/cột "([^"]+)"/g, (m, h: string) => (ARG_OF_COLUMN[h] ? `đối số ${ARG_OF_COLUMN[h]}` : m))
    .replace(/ ở sheet NghiViec/g, "");
}

function cell<T>(c: Coercer<T>, v: unknown, arg: string): T {
  if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw new ArgError(`${arg}: giá trị không hợp lệ.`);
  const r: Coerced<T> = c(v as Exclude<CellValue, null>);
  if (!r.ok) throw new ArgError(`${arg}: "${toText(v)}" ${r.problem.vi}; cần ${r.problem.expectedVi}.`);
  return r.value;
}

const opt = <T>(c: Coercer<T>, v: unknown, arg: string): T | null => (isBlank(v) ? null : cell(c, v, arg));
const doiTuongOf = enumCoercer(DOI_TUONG_NGHI_VIEC);
const hinhThucOf = enumCoercer(HINH_THUC_NGHI);
const chinhSachOf = enumCoercer(CHINH_SACH_NGHI);

/** The salary: a coefficient (below 100, × lương cơ sở of the month before leaving) or an amount in đồng per month. */
function salary(c: unknown[]): Pick<LeaverRow, "tienLuongThang" | "heSoLuong" | "heSoChucVu" | "phuCapCongVu"> {
  const heSoChucVu = opt(asCoefficientOrZero, c[11], "he_so_chuc_vu");
  const phuCapCongVu = opt(asPercent, c[12], "phu_cap_cong_vu");
  const a = isBlank(c[2]) ? null : toAmount(c[2], "tien_luong_hoac_he_so");
  if (a === null && !isBlank(c[2])) throw new ArgError(`tien_luong_hoac_he_so: "${toText(c[2])}" không phải là số; cần hệ số lương (dưới 100) hoặc số tiền đồng/tháng.`);
  if (a?.kind !== "heSo" && (heSoChucVu !== null || phuCapCongVu !== null))
    throw new ArgError("he_so_chuc_vu, phu_cap_cong_vu chỉ dùng khi tien_luong_hoac_he_so là hệ số lương (dưới 100).");
  if (a?.kind === "heSo") return { tienLuongThang: null, heSoLuong: a.heSo, heSoChucVu: heSoChucVu === "0" ? null : heSoChucVu, phuCapCongVu };
  return { tienLuongThang: a ? cell(asMoney, c[2], "tien_luong_hoac_he_so") : null, heSoLuong: null, heSoChucVu: null, phuCapCongVu: null };
}

/** The leaver described by one cell of each argument. */
export function leaverOf(c: unknown[]): LeaverRow {
  required(c[0], "doi_tuong", `đối tượng nghỉ: ${DOI_TUONG_NGHI_VIEC.labels.join(", ")}`);
  required(c[1], "ngay_nghi", "ngày nghỉ (dd/mm/yyyy hoặc ngày Excel)");
  const thangKe = opt(asCount, c[8], "thang_ke_tu_quyet_dinh");
  if (thangKe === 0) throw new ArgError("thang_ke_tu_quyet_dinh: 0 không phải thứ tự tháng; cần 1 cho tháng có quyết định sắp xếp, 2 cho tháng sau, …");
  return {
    loc: { sheet: "DUTOAN.TROCAP", row: 0 }, hoTen: "", chucDanh: null, donVi: "", thon: null,
    doiTuong: cell(doiTuongOf, c[0], "doi_tuong"),
    ngayNghi: cell(asDate, c[1], "ngay_nghi"),
    ...salary(c),
    thangDongBhxh: opt(asYearsMonths, c[3], "thoi_gian_bhxh"),
    hinhThuc: opt(hinhThucOf, c[4], "hinh_thuc"),
    soThangCongTac: opt(asCount, c[5], "so_thang_cong_tac"),
    soThangNghiTruocTuoi: opt(asCount, c[6], "so_thang_den_tuoi_huu"),
    soThangConLai: opt(asCount, c[7], "so_thang_con_lai"),
    thangKeTuQuyetDinh: thangKe,
    chinhSach: opt(chinhSachOf, c[9], "chinh_sach"),
    tienLuongBinhQuan: opt(asMoney, c[10], "tien_luong_binh_quan"),
    troCapMotLan: opt(asMoney, c[13], "so_tien_mot_lan"),
    hoTroTinh: opt(asMoney, c[14], "ho_tro_tinh"),
    ghiChu: null,
  };
}

/** The computation of one cell: the result, its issues and the values used; an error of the row is thrown. */
function compute(pack: ResolvedPack, c: unknown[]): { result: LeaverResult; issues: Issue[]; used: Resolved[] } {
  const used: Resolved[] = [];
  const { result, issues } = troCapOne(pack.params, pack.id, leaverOf(c), (r) => (used.push(r), r));
  const error = issues.find((i) => i.severity === "error");
  if (error) throw new ArgError(forFunction(error.message));
  return { result, issues, used };
}

function packId(goi: unknown): string | null {
  const v = Array.isArray(goi) ? (Array.isArray(goi[0]) ? goi[0][0] : goi[0]) : goi;
  return isBlank(v) ? null : toText(v);
}

/** DUTOAN.TROCAP over ranges: every argument one cell or a range of the result's shape. */
export function troCapCells(args: unknown[], goi: unknown): Out[][] {
  const pack = currentPack(packId(goi));
  return spill(args.slice(0, TROCAP_ARGS.length), (c, single) => {
    if (isBlank(c[0]) && !single) return "";
    return compute(pack, c).result.total;
  });
}

/** The legal basis of the values used, each once, unconfirmed and user values marked. */
function basisText(used: Resolved[], pack: ResolvedPack): string {
  const cites = new Map<string, string>();
  for (const p of used) {
    const k = citationOf(p);
    const marks = `${p.confidence === "unconfirmed" ? " (chưa xác nhận)" : ""}${pack.userLayers.includes(p.layer) ? " (giá trị nhập ở ThamSo)" : ""}`;
    if (!cites.get(k)) cites.set(k, marks);
  }
  return [...cites].map(([k, m]) => `${k}${m}`).join("; ");
}

/** GIAITHICH("TROCAP"; …): the same computation, line by line with citations, then warnings and the legal basis. */
export function explainTroCap(args: unknown[]): string {
  const one = (x: unknown) => (Array.isArray(x) ? (Array.isArray(x[0]) ? x[0][0] : x[0]) : x);
  try {
    const pack = currentPack(packId(args[TROCAP_ARGS.length]));
    const values = args.slice(0, TROCAP_ARGS.length).map(one);
    const { result: r, issues, used } = compute(pack, values);
    const out = [`Trợ cấp một lần — ${DOI_TUONG_LABELS[r.doiTuong]} nghỉ ngày ${formatVnDate(r.ngayNghi)}: ${formatVnd(r.total)} đồng (gói ${pack.id}).`];
    if (r.regime) out.push(`Chế độ: ${r.regime}.`);
    if (r.base) out.push(`Tiền lương (phụ cấp) làm căn cứ: ${forFunction(r.base.formula)}${r.base.formula.startsWith(formatVnd(r.base.amount)) ? "" : ` = ${formatVnd(r.base.amount)}`}.`);
    r.lines.forEach((l, i) => out.push(`${i + 1}) ${l.label}: ${forFunction(l.formula)} = ${formatVnd(l.amount)} — ${l.citation}.`));
    if (r.lines.length > 1) out.push(`Cộng: ${formatVnd(r.total)} đồng.`);
    for (const w of issues) out.push(`Lưu ý: ${forFunction(w.message)}`);
    if (used.length) out.push(`Căn cứ: ${basisText(used, pack)}.`);
    return out.join("\n");
  } catch (e) {
    throw excelError(`TROCAP: ${(e as Error).message}`);
  }
}
