/**
 * The one place that decides and checks the estimate year and the pack: from the user's option, the
 * only --pack-file, the workbook's settings rows (caiDat.nam, caiDat.goi), or the default. Problems
 * are Issues in Vietnamese, phrased for the front door that asked.
 */
import type { Issue } from "../engine/types";
import { builtInPacks, type Pack } from "../packs";
import type { FrontDoor, SettingSource } from "./types";
import { SETTING_PACK, SETTING_YEAR, type WorkbookSettings } from "./settings";

/** Years the packs hold law for (the earliest values date from 2016) and a sane upper bound. */
export const YEAR_MIN = 2016;
export const YEAR_MAX = 2100;
export const DEFAULT_PACK = "central";

export interface Choice<T> {
  value: T | null;
  from: SettingSource | null;
  issue?: Issue;
}

const THAMSO = "ThamSo";
const NONE: WorkbookSettings = { settings: {}, at: {} };

/** An issue about an option's value, or about a settings row's value (located at its row). */
function settingIssue(code: string, msg: string, raw: string, from: SettingSource | null, key: string, wb: WorkbookSettings): Issue {
  if (from !== "workbook") return { severity: "error", code, message: msg[0].toUpperCase() + msg.slice(1), value: raw };
  const at = wb.at[key];
  if (!at) return { severity: "error", code, message: `Sheet “${THAMSO}”, mã ${key}: ${msg}`, sheet: THAMSO, value: raw };
  return { severity: "error", code, message: `Sheet “${at.sheet}”, dòng ${at.row}, cột “${at.column}” (mã ${key}): ${msg}`, ...at, value: raw };
}

function yearIssue(raw: string, from: SettingSource, wb: WorkbookSettings): Issue {
  return settingIssue("NAM_KHONG_HOP_LE", `năm dự toán “${raw}” không hợp lệ; cần một năm từ ${YEAR_MIN} đến ${YEAR_MAX} (ví dụ 2027).`, raw, from, SETTING_YEAR, wb);
}

/** A year in range, or null. Accepts 2027, "2027", " 2027 ". */
export function parseYear(raw: number | string): number | null {
  const s = String(raw).trim();
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= YEAR_MIN && y <= YEAR_MAX ? y : null;
}

/** The estimate year: option, then the workbook's caiDat.nam, then the caller's fallback (validate). */
export function chooseYear(option: number | string | undefined, wb: WorkbookSettings = NONE, fallback: number | undefined, door: FrontDoor): Choice<number> {
  const candidates: [string | number | undefined, SettingSource][] = [
    [option, "option"],
    [wb.settings[SETTING_YEAR] || undefined, "workbook"],
    [fallback, "fallback"],
  ];
  for (const [raw, from] of candidates) {
    if (raw === undefined || raw === "") continue;
    const y = parseYear(raw);
    return y === null ? { value: null, from, issue: yearIssue(String(raw), from, wb) } : { value: y, from };
  }
  const how = door === "cli" ? "thêm --year <năm> (ví dụ --year 2027)" : "nhập năm dự toán trong ngăn tác vụ";
  return {
    value: null,
    from: null,
    issue: { severity: "error", code: "THIEU_NAM", message: `Chưa có năm dự toán: ${how}, hoặc ghi năm ở sheet ${THAMSO}, mã ${SETTING_YEAR}.` },
  };
}

/** All packs the user can choose: built-in ones and those of --pack-file (which may replace one). */
export function availablePacks(extra: Pack[]): Map<string, Pack> {
  const all = new Map(builtInPacks());
  for (const p of extra) all.set(p.id, p);
  return all;
}

/** The pack id: option, then the only --pack-file, then the workbook's caiDat.goi, then central. */
export function choosePack(option: string | undefined, packFiles: Pack[], wb: WorkbookSettings = NONE, door: FrontDoor): Choice<string> {
  const all = availablePacks(packFiles);
  const fromWorkbook = wb.settings[SETTING_PACK]?.trim();
  const [raw, from]: [string, SettingSource] =
    option !== undefined && option.trim() !== ""
      ? [option.trim(), "option"]
      : packFiles.length === 1
        ? [packFiles[0].id, "packFile"]
        : fromWorkbook
          ? [fromWorkbook, "workbook"]
          : [DEFAULT_PACK, "default"];
  if (all.has(raw)) return { value: raw, from };
  const lower = [...all.keys()].find((k) => k.toLowerCase() === raw.toLowerCase());
  if (lower) return { value: lower, from };
  const list = [...all.values()].map((p) => `${p.id} (${p.name})`).join(", ");
  const how = door === "cli" ? "xem danh sách bằng “dutoan packs”; gói của tỉnh khác nạp bằng --pack-file <tệp.json>" : "chọn một gói trong ngăn tác vụ";
  const msg = `không có gói tham số “${raw}”. Các gói có: ${list}; ${how}.`;
  return { value: null, from, issue: settingIssue("GOI_KHONG_CO", msg, raw, from, SETTING_PACK, wb) };
}
