/**
 * Sheet NghiViec — one row per person leaving: who, when, the salary of the month before, times
 * (BHXH, service, months to retirement, months left), provincial top-ups. Cells are checked by the
 * plausibility rule (200 years of BHXH is an error, not a payment).
 */
import type { LeaverRow } from "../engine/types";
import { asCount, asDate, asMoney, asText, displayValue, enumCoercer, isBlankValue } from "./cells";
import { asPercent, asYearsMonths } from "./cells-leavers";
import { CHINH_SACH_NGHI, DOI_TUONG_NGHI_VIEC, HINH_THUC_NGHI } from "./enums";
import type { SheetMatch } from "./headers";
import { makeIssue, q, type IssueList } from "./messages";
import { cell, coefficient, monthlyMoney, type PlausibleHint } from "./plausible";
import { dataRows } from "./rows";
import { SheetReader, type Field } from "./sheet-reader";
import { identityKey } from "./text";

const doiTuongOf = enumCoercer(DOI_TUONG_NGHI_VIEC);
const hinhThucOf = enumCoercer(HINH_THUC_NGHI);
const chinhSachOf = enumCoercer(CHINH_SACH_NGHI);
const months = (c: typeof asCount) => cell(c, "soThang");

function fieldsOf(r: SheetReader, hint: PlausibleHint) {
  return {
    hoTen: r.field("hoTen", asText, true),
    chucDanh: r.field("chucDanh", asText, false, true),
    donVi: r.field("donVi", asText, true, true),
    thon: r.field("thon", asText, false, true),
    doiTuong: r.field("doiTuong", doiTuongOf, true, true),
    ngayNghi: r.field("ngayNghi", asDate, true, true),
    hinhThuc: r.field("hinhThuc", hinhThucOf, false, true),
    chinhSach: r.field("chinhSach", chinhSachOf, false, true),
    tienLuongBinhQuan: r.field("tienLuongBinhQuan", monthlyMoney("tienLuongThang", hint)),
    ngayNhanTroCap: r.field("ngayNhanTroCap", asDate, false, true),
    tienLuongThang: r.field("tienLuongThang", monthlyMoney("tienLuongThang", hint)),
    heSoLuong: r.field("heSoLuong", coefficient("heSoLuong", hint), false, true),
    heSoChucVu: r.field("heSoChucVu", coefficient("heSoLuong", hint, true), false, true),
    phuCapCongVu: r.field("phuCapCongVu", asPercent, false, true),
    thangDongBhxh: r.field("thangDongBhxh", months(asYearsMonths)),
    soThangCongTac: r.field("soThangCongTac", months(asCount)),
    soThangNghiTruocTuoi: r.field("soThangNghiTruocTuoi", months(asCount)),
    soThangConLai: r.field("soThangConLai", months(asCount)),
    thangKeTuQuyetDinh: r.field("thangKeTuQuyetDinh", months(asCount)),
    hoTroTinh: r.field("hoTroTinh", cell(asMoney, "soTienMotLan")),
    troCapMotLan: r.field("troCapMotLan", cell(asMoney, "soTienMotLan")),
    ghiChu: r.field("ghiChu", asText),
  };
}
type Fields = ReturnType<typeof fieldsOf>;
type Values = { [K in keyof Fields]: Fields[K] extends Field<infer T> ? T | null : never };

/** The salary of the month before leaving: an amount, or coefficients — needed by who leaves as HĐKCT or cán bộ. */
function checkSalary(r: SheetReader, f: Fields, v: Values): void {
  const needsSalary = v.doiTuong === "hdkctXa" || v.doiTuong === "hdkctThon" || v.doiTuong === "canBoCongChuc";
  if (needsSalary && isBlankValue(r.rawOf(f.tienLuongThang)) && isBlankValue(r.rawOf(f.heSoLuong))) {
    const a = r.header("tienLuongThang", "Tiền lương (phụ cấp) tháng");
    const b = r.header("heSoLuong", "Hệ số lương");
    r.error(
      makeIssue("error", "SALARY_MISSING", r.atKey("tienLuongThang", "heSoLuong", "hoTen"), "",
        `chưa có tiền lương (phụ cấp) tháng liền kề trước khi nghỉ; cần số tiền ở cột ${q(a)} hoặc hệ số ở cột ${q(b)} (cùng ${q("Hệ số phụ cấp chức vụ")}, ${q("% phụ cấp công vụ")} nếu có).`,
        `no salary (allowance) of the month before leaving; expected an amount in column ${q(a)} or a coefficient in column ${q(b)}.`),
    );
  }
  if (v.tienLuongThang !== null && (v.heSoLuong !== null || v.heSoChucVu !== null || v.phuCapCongVu !== null)) {
    const shown = displayValue(r.raw("tienLuongThang"));
    r.warn(
      makeIssue("warning", "SALARY_TWO_FORMS", r.atKey("tienLuongThang"), shown,
        `dòng có cả tiền lương tháng và hệ số; dùng tiền lương tháng ${q(shown)}, bỏ qua các hệ số.`,
        `the row has both a monthly amount and coefficients; the amount ${q(shown)} is used.`),
    );
  } else if (v.heSoLuong === null && (v.heSoChucVu !== null || v.phuCapCongVu !== null) && v.tienLuongThang === null && !r.bad) {
    const b = r.header("heSoLuong", "Hệ số lương");
    r.error(
      makeIssue("error", "SALARY_MISSING", r.atKey("heSoLuong", "heSoChucVu", "phuCapCongVu"), "",
        `có hệ số phụ cấp chức vụ hoặc % phụ cấp công vụ nhưng chưa có hệ số lương; cần hệ số lương ở cột ${q(b)}.`,
        `a leadership coefficient or public-service rate is given without the salary coefficient; expected it in column ${q(b)}.`),
    );
  }
}

function checkKind(r: SheetReader, v: Values): void {
  if (v.doiTuong === "canBoCongChuc" && v.hinhThuc === null && isBlankValue(r.raw("hinhThuc"))) {
    const col = r.header("hinhThuc", "Hình thức");
    r.error(
      makeIssue("error", "HINH_THUC_REQUIRED", r.atKey("hinhThuc", "doiTuong"), "",
        `cán bộ, công chức cần ghi hình thức nghỉ; cần ${HINH_THUC_NGHI.labels.map(q).join(" hoặc ")} ở cột ${q(col)}.`,
        `a civil servant needs the kind of leaving; expected ${HINH_THUC_NGHI.labels.map(q).join(" or ")} in column ${q(col)}.`),
    );
  }
  if (v.thangKeTuQuyetDinh === 0)
    r.error(
      makeIssue("error", "MONTH_NUMBER_ZERO", r.atKey("thangKeTuQuyetDinh"), "0",
        `giá trị ${q("0")} không phải thứ tự tháng; cần 1 cho tháng có quyết định sắp xếp, 2 cho tháng sau, …`,
        `value ${q("0")} is not a month number; expected 1 for the month of the arrangement decision, 2 for the next, …`),
    );
}

/** The same person twice is probably a copy (two people can share a name): a warning. */
function checkDuplicate(r: SheetReader, v: Values, seen: Map<string, number>): void {
  if (!v.hoTen || !v.donVi || !v.ngayNghi) return;
  const k = `${identityKey(v.hoTen)}|${identityKey(v.donVi)}|${identityKey(v.thon ?? "")}`;
  const prev = seen.get(k);
  if (prev === undefined) {
    seen.set(k, r.excelRow);
    return;
  }
  const who = `${q(v.hoTen)} (${v.thon ? `${v.thon}, ` : ""}${v.donVi})`;
  r.warn(
    makeIssue("warning", "DUPLICATE_LEAVER", r.atKey("hoTen"), v.hoTen,
      `${who} đã có ở dòng ${prev}; kiểm tra lại (mỗi người nghỉ một dòng, trừ khi là hai người trùng tên).`,
      `${who} is already on row ${prev}; check it (one row per leaver, unless two people share a name).`),
  );
}

/** Valid NghiViec rows; `count` is the number of data rows (valid or not). */
export function readNghiViec(sm: SheetMatch, issues: IssueList, maxRows: number, hint: PlausibleHint = {}): { leavers: LeaverRow[]; count: number } {
  const r = new SheetReader(sm, issues);
  const out: LeaverRow[] = [];
  const f = fieldsOf(r, hint);
  const list = Object.entries(f) as [string, Field<unknown>][];
  const seen = new Map<string, number>();
  for (const _ of dataRows(r, sm, maxRows)) {
    const cells: Record<string, unknown> = {};
    for (const [k, field] of list) cells[k] = r.get(field);
    const v = cells as Values;
    checkSalary(r, f, v);
    checkKind(r, v);
    checkDuplicate(r, v, seen);
    if (r.bad || !v.hoTen || !v.donVi || !v.doiTuong || !v.ngayNghi) continue;
    out.push({
      loc: r.loc(), hoTen: v.hoTen, chucDanh: v.chucDanh, donVi: v.donVi, thon: v.thon, doiTuong: v.doiTuong, ngayNghi: v.ngayNghi, hinhThuc: v.hinhThuc,
      tienLuongThang: v.tienLuongThang, heSoLuong: v.heSoLuong, heSoChucVu: v.heSoChucVu === "0" ? null : v.heSoChucVu, phuCapCongVu: v.phuCapCongVu,
      thangDongBhxh: v.thangDongBhxh, soThangCongTac: v.soThangCongTac, soThangNghiTruocTuoi: v.soThangNghiTruocTuoi, soThangConLai: v.soThangConLai,
      thangKeTuQuyetDinh: v.thangKeTuQuyetDinh, hoTroTinh: v.hoTroTinh, troCapMotLan: v.troCapMotLan, ghiChu: v.ghiChu,
      chinhSach: v.chinhSach, tienLuongBinhQuan: v.tienLuongBinhQuan, ngayNhanTroCap: v.ngayNhanTroCap,
    });
  }
  r.finish();
  return { leavers: out, count: r.count };
}
