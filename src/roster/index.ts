/** Roster readers: workbook sheets as arrays of cell values → validated records and located issues. */
export { readWorkbook, DEFAULT_MAX_ROWS, type ReadOptions, type ReadResult } from "./read";
export { thamSoLayer, thamSoToOverride, resolveParamKey } from "./thamso";
export { SETTINGS, isSettingKey, type SettingsAt } from "./thamso-sheet";
export type { SheetData } from "./sheet";
export { isOwnReport, OWN_REPORT_MESSAGE } from "./own-report";
export { columnLetter, parseRange } from "./sheet";
export type { RosterIssue } from "./messages";
export { DANH_SACH, DON_VI, THAM_SO, NGHI_VIEC, DOI_CHIEU_BHXH, SHEET_SPECS, type ColumnSpec, type SheetSpec, type SheetKind } from "./specs";
export * as enums from "./enums";
export { normalizeKey, identityKey } from "./text";
export * as cells from "./cells";
export { sheetFromExcelJs, sheetFromOffice, type ExcelJsWorksheetLike } from "./adapters";
