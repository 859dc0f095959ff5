/**
 * What the Excel host supports. manifest.xml declares ExcelApi 1.9 (data validation, page layout,
 * print titles, freeze panes, named items with formulas); newer APIs are used only after
 * `Office.context.requirements.isSetSupported` says so:
 * - ExcelApi 1.13: Range.getMergedAreasOrNullObject (merged cells in a roster are reported);
 *   without it the pane reads no merges and says so once.
 */
export const EXCEL_API_DECLARED = "1.9";

/** True when the host supports ExcelApi 1.`minor` (false outside Office). */
export function excelApi(minor: number): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", `1.${minor}`);
  } catch {
    return false;
  }
}

/** Optional capabilities of the host, decided once per action (tests pass their own). */
export interface HostFeatures {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  mergedAreas: boolean;
}

export function hostFeatures(): HostFeatures {
  return { mergedAreas: excelApi(13) };
}
