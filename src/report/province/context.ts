/** Heading and signature context of the province-wide workbook (Sở Tài chính signs it). */
import type { Consolidation } from "../../consolidate";
import { describePack, type ReportContext } from "../context";

export interface ProvinceOptions {
  /** Đơn vị lập printed in the heading; absent: a blank to fill by hand. */
  donViLap?: string;
}

export function provinceContext(c: Consolidation, o: ProvinceOptions = {}): ReportContext {
  const described = c.packs.map((p) => describePack({ ...p, userLayers: [] }));
  const rules = described.map((d) => d.rulesInWords);
  if (c.userSupplied.length) rules.push("giá trị xã, phường tự nhập ở sheet ThamSo của sổ mình");
  return {
    year: c.year,
    donViLap: o.donViLap?.trim() ?? "",
    bieuSo: null,
    diaDanh: null,
    signers: { nguoiLapBieu: null, keToanTruong: null, thuTruong: null },
    signedOn: {},
    rulesInWords: rules.join("; ") || "Không có xã, phường nào được tổng hợp",
    layerInWords: (layer) => described.find((_, i) => c.packs[i].chain.includes(layer))?.layerInWords(layer) ?? layer,
  };
}
