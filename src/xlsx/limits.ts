/**
 * Bounds the reader checks before and while parsing, so a hostile or broken file fails fast and
 * cheaply (a zip bomb, a part inflated to gigabytes, a row number of 100,000,000) instead of
 * exhausting memory. Excel's own limits: 1,048,576 rows, 16,384 columns (XFD), 32,767 characters
 * of text in a cell.
 */

export const EXCEL_MAX_ROW = 1_048_576;
export const EXCEL_MAX_COL = 16_384;
export const EXCEL_MAX_TEXT = 32_767;

export interface XlsxLimits {
  /** Size of the .xlsx file on disk. */
  maxFileBytes: number;
  /** Entries in the zip's central directory. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalUncompressed: number;
  /** Uncompressed size of one worksheet (streamed; what is kept is bounded by maxCells). */
  maxSheetBytes: number;
  /** Uncompressed size of the shared-string table (held in memory whole). */
  maxSharedStringsBytes: number;
  /** Uncompressed size of the small parts: [Content_Types].xml, relationships, workbook.xml, styles.xml. */
  maxSmallPartBytes: number;
  /** Largest uncompressed / compressed ratio of an entry larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Non-empty cells kept in memory, all sheets together. */
  maxCells: number;
  /** Merged ranges in one sheet. */
  maxMerges: number;
  /**
   * Characters between two "<" in a part: bounds what the XML parser buffers for one text or tag
   * (a cell of 32,767 characters, written with entities, stays well below).
   */
  maxXmlRun: number;
}

export const DEFAULT_LIMITS: XlsxLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxTotalUncompressed: 1024 * 1024 * 1024,
  maxSheetBytes: 768 * 1024 * 1024,
  maxSharedStringsBytes: 128 * 1024 * 1024,
  maxSmallPartBytes: 32 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 4 * 1024 * 1024,
  maxCells: 8_000_000,
  maxMerges: 200_000,
  maxXmlRun: 256 * 1024,
};

/** A size for messages: "1,5 MiB", "20 KiB". */
export function mib(bytes: number): string {
  if (bytes < 1048576) return `${Math.max(1, Math.round(bytes / 1024))} KiB`;
  return `${(Math.round((bytes / 1048576) * 10) / 10).toLocaleString("vi-VN")} MiB`;
}
