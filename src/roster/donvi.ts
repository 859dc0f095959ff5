/**
 * Sheet DonVi — communes and villages: kind, class, households, features, dates. Builds the
 * UnitIndex DanhSach rows are checked against.
 */
import type { UnitRow } from "../engine/types";
import { asCount, asDate, asText, displayValue, enumCoercer, enumListCoercer } from "./cells";
import { COMMUNE_KINDS, DAC_DIEM, LOAI_DON_VI, PHAN_LOAI } from "./enums";
import type { SheetMatch } from "./headers";
import { makeIssue, q, type IssueList } from "./messages";
import { cell } from "./plausible";
import { dataRows } from "./rows";
import { SheetReader } from "./sheet-reader";
import { UnitIndex } from "./units";

const loaiOf = enumCoercer(LOAI_DON_VI);
const phanLoaiOf = enumCoercer(PHAN_LOAI);
const dacDiemOf = enumListCoercer(DAC_DIEM);

/** Kind and village must agree: a commune row has no village, a village row names one. */
function checkKind(r: SheetReader, loai: UnitRow["loai"], thon: string | null): void {
  const thonHc = r.col("thon");
  const loaiText = displayValue(r.raw("loai"));
  if (COMMUNE_KINDS.has(loai) && thon)
    r.error(
      makeIssue("error", "LOAI_MISMATCH", r.at(thonHc), thon,
        `dòng có Loại ${q(loaiText)} (cấp xã) nhưng cột Thôn có ${q(thon)}; cần để trống Thôn cho dòng của xã, phường, hoặc chọn Loại Thôn / Tổ dân phố cho dòng của thôn.`,
        `the row's kind is ${q(loaiText)} (commune level) but the village column holds ${q(thon)}; expected a blank village for a commune row, or kind Thôn / Tổ dân phố for a village row.`),
    );
  else if (!COMMUNE_KINDS.has(loai) && !thon)
    r.error(
      makeIssue("error", "LOAI_MISMATCH", r.at(thonHc ?? r.col("loai")), "",
        `dòng có Loại ${q(loaiText)} nhưng không có tên thôn, tổ dân phố; cần tên thôn ở cột ${q(thonHc?.header ?? "Thôn, TDP")}, hoặc Loại Xã / Phường cho dòng của xã.`,
        `the row's kind is ${q(loaiText)} but no village name is given; expected the village name, or kind Xã / Phường for a commune row.`),
    );
}

function checkDuplicate(r: SheetReader, index: UnitIndex, donVi: string, thon: string | null): void {
  const prev = index.add({ donVi, thon, row: r.excelRow });
  if (!prev) return;
  const name = thon ? `${thon} (${donVi})` : donVi;
  r.error(
    makeIssue("error", "DUPLICATE_UNIT", r.atKey(thon ? "thon" : "donVi"), name,
      `đơn vị ${q(name)} đã khai ở dòng ${prev.row}; cần mỗi xã, phường và mỗi thôn, tổ dân phố chỉ một dòng.`,
      `unit ${q(name)} is already listed on row ${prev.row}; expected one row per commune and per village.`),
  );
}

export function readDonVi(sm: SheetMatch, issues: IssueList, maxRows: number): { units: UnitRow[]; index: UnitIndex } {
  const r = new SheetReader(sm, issues);
  const units: UnitRow[] = [];
  const index = new UnitIndex();
  const fDonVi = r.field("donVi", asText, true, true);
  const fThon = r.field("thon", asText);
  const fLoai = r.field("loai", loaiOf, true);
  const fPhanLoai = r.field("phanLoai", phanLoaiOf);
  const fSoHo = r.field("soHo", cell(asCount, "soHo"));
  const fDacDiem = r.field("dacDiem", dacDiemOf);
  const fTangThem = r.field("soNguoiTangThem", cell(asCount, "soNguoiTangThem"));
  const fTuNgay = r.field("tuNgay", asDate);
  const fDenNgay = r.field("denNgay", asDate);
  for (const _ of dataRows(r, sm, maxRows)) {
    const donVi = r.get(fDonVi);
    const thon = r.get(fThon);
    const loai = r.get(fLoai);
    const phanLoai = r.get(fPhanLoai);
    const soHo = r.get(fSoHo);
    const dacDiem = r.get(fDacDiem) ?? [];
    const soNguoiTangThem = r.get(fTangThem);
    const tuNgay = r.get(fTuNgay);
    const denNgay = r.get(fDenNgay);
    if (loai) checkKind(r, loai, thon);
    if (tuNgay && denNgay && tuNgay > denNgay) r.datesOutOfOrder(tuNgay, denNgay);
    if (donVi) checkDuplicate(r, index, donVi, thon);
    if (r.bad || !donVi || !loai) continue;
    units.push({ loc: r.loc(), donVi, thon, loai, phanLoai, soHo, dacDiem, soNguoiTangThem, tuNgay, denNgay });
  }
  r.finish();
  return { units, index };
}
