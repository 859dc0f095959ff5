/** Sheet DoiChieuBHXH — the BHXH agency's figures: state support per person and quarter. */
import type { DoiChieuRow } from "../engine/types";
import { asText, enumCoercer } from "./cells";
import { asMaSoBhxh, asQuarter } from "./cells-leavers";
import { LOAI_HO_TRO } from "./enums";
import type { SheetMatch } from "./headers";
import type { IssueList } from "./messages";
import { amount } from "./plausible";
import { dataRows, totalLabel } from "./rows";
import { SheetReader } from "./sheet-reader";

const loaiHoTroOf = enumCoercer(LOAI_HO_TRO);

export function readDoiChieu(sm: SheetMatch, issues: IssueList, maxRows: number): DoiChieuRow[] {
  const r = new SheetReader(sm, issues);
  const out: DoiChieuRow[] = [];
  const fHoTen = r.field("hoTen", asText, true);
  const fMaSo = r.field("maSoBhxh", asMaSoBhxh);
  const fDonVi = r.field("donVi", asText, false, true);
  const fThon = r.field("thon", asText, false, true);
  const fQuy = r.field("quy", asQuarter, true, true);
  const fLoai = r.field("loai", loaiHoTroOf, false, true);
  const fSoTien = r.field("soTien", amount, true);
  for (const _ of dataRows(r, sm, maxRows, (stt) => totalLabel(r, stt) !== "")) {
    const hoTen = r.get(fHoTen);
    const maSoBhxh = r.get(fMaSo);
    const donVi = r.get(fDonVi);
    const thon = r.get(fThon);
    const quarter = r.get(fQuy);
    const kind = r.get(fLoai);
    const soTien = r.get(fSoTien);
    if (r.bad || !hoTen || quarter === null || soTien === null) continue;
    out.push({ loc: r.loc(), hoTen, maSoBhxh, donVi, thon, quarter, kind, amount: soTien });
  }
  r.finish();
  return out;
}
