/**
 * Sheet ThamSo — the user's parameter values (Mã, Giá trị, Hiệu lực từ …) and text settings rows
 * `caiDat.*` (the pack the workbook was made for, the year, the names on the printed form). The
 * values are checked against the pack by thamso.ts; settings are read here as text.
 */
import type { ThamSoRow } from "../engine/types";
import type { ResolvedPack } from "../packs/load";
import { asDate, asDecimal, asText } from "./cells";
import type { SheetMatch } from "./headers";
import { makeIssue, q, type IssueList } from "./messages";
import { dataRows } from "./rows";
import { SheetReader, short, type Field } from "./sheet-reader";
import { resolveParamKey, WHOLE_UNITS } from "./thamso";
import { closest } from "./text";

/** Settings a ThamSo sheet may hold (read by src/app: caiDat.goi, caiDat.nam choose the pack and year), with what each means. */
export const SETTINGS: Readonly<Record<string, { vi: string; en: string }>> = {
  "caiDat.goi": { vi: "mã gói tham số (ví dụ hung-yen)", en: "the parameter pack id (e.g. hung-yen)" },
  "caiDat.nam": { vi: "năm dự toán (ví dụ 2027)", en: "the estimate year (e.g. 2027)" },
  "caiDat.donViLap": { vi: "tên đơn vị lập dự toán", en: "the unit preparing the estimate" },
  "caiDat.bieuSo": { vi: "số hiệu biểu mẫu", en: "the form label" },
  "caiDat.diaDanh": { vi: "địa danh ghi ở dòng ngày tháng", en: "the place on the date line" },
  "caiDat.nguoiLapBieu": { vi: "họ tên người lập biểu", en: "the name of the preparer" },
  "caiDat.keToanTruong": { vi: "họ tên kế toán trưởng", en: "the chief accountant's name" },
  "caiDat.thuTruong": { vi: "họ tên thủ trưởng đơn vị", en: "the head of the unit's name" },
};
const SETTING_PREFIX = /^\s*caidat\s*\./i;
const byLower = new Map(Object.keys(SETTINGS).map((k) => [k.toLowerCase(), k]));

export function isSettingKey(ma: string): boolean {
  return SETTING_PREFIX.test(ma);
}

/** Where each setting was read (for located errors about its value). */
export type SettingsAt = Record<string, { sheet: string; row: number; column: string }>;

/** A settings row: its key checked, its value kept as text (blank = not set). */
function readSetting(r: SheetReader, ma: string, value: Field<string>, settings: Record<string, string>, at: SettingsAt): void {
  const key = byLower.get(ma.trim().replace(/\s+/g, "").toLowerCase());
  const maHc = r.col("ma");
  if (!key) {
    const near = closest(ma, Object.keys(SETTINGS).map((k) => ({ label: k, keys: [k] })), 2);
    r.error(
      makeIssue("error", "SETTING_UNKNOWN_KEY", r.at(maHc), short(ma),
        `mã cài đặt ${q(short(ma))} không có; cần một trong: ${Object.keys(SETTINGS).join(", ")} (gần giống: ${near.map(q).join(", ")}).`,
        `setting ${q(short(ma))} does not exist; expected one of: ${Object.keys(SETTINGS).join(", ")} (closest: ${near.map(q).join(", ")}).`),
    );
    return;
  }
  const text = r.get(value);
  if (!text) return;
  if (at[key]) {
    r.error(
      makeIssue("error", "SETTING_DUPLICATE", r.at(maHc), key,
        `cài đặt ${q(key)} đã có ở dòng ${at[key].row}; cần mỗi cài đặt một dòng.`,
        `setting ${q(key)} is already on row ${at[key].row}; expected one row per setting.`),
    );
    return;
  }
  settings[key] = text;
  at[key] = { sheet: r.name, row: r.excelRow, column: r.header("giaTri", "Giá trị") };
}

export interface ThamSoSheet {
  rows: ThamSoRow[];
  settings: Record<string, string>;
  settingsAt: SettingsAt;
}

export function readThamSo(sm: SheetMatch, pack: ResolvedPack, issues: IssueList, maxRows: number): ThamSoSheet {
  const r = new SheetReader(sm, issues);
  const out: ThamSoRow[] = [];
  const settings: Record<string, string> = {};
  const settingsAt: SettingsAt = {};
  const fGiaTriDecimal = r.field("giaTri", asDecimal(true), true);
  const fGiaTriWhole = r.field("giaTri", asDecimal(false), true);
  const fMa = r.field("ma", asText, true);
  const fHieuLuc = r.field("hieuLucTu", asDate, true);
  const fCanCu = r.field("canCu", asText);
  const fSetting = r.field("giaTri", asText);
  const fGhiChu = r.field("ghiChu", asText);
  for (const _ of dataRows(r, sm, maxRows)) {
    const ma = r.get(fMa);
    if (ma && isSettingKey(ma)) {
      readSetting(r, ma, fSetting, settings, settingsAt);
      continue;
    }
    const key = ma ? resolveParamKey(ma, pack) : undefined;
    const unit = key ? pack.params.get(key)?.unit : undefined;
    // Whole-number units read "2.530" as 2530; coefficients and ratios read it as 2.53.
    const giaTri = r.get(unit && !WHOLE_UNITS.has(unit) ? fGiaTriDecimal : fGiaTriWhole);
    const hieuLucTu = r.get(fHieuLuc);
    const canCu = r.get(fCanCu);
    const ghiChu = r.get(fGhiChu);
    if (r.bad || !ma || giaTri === null || !hieuLucTu) continue;
    out.push({ loc: r.loc(), ma, giaTri, hieuLucTu, canCu, ghiChu });
  }
  r.finish();
  return { rows: out, settings, settingsAt };
}
