/**
 * Sheets the add-in writes carry a worksheet-scoped named item "DuToan.Loai" whose formula holds
 * what they are (="bao-cao:2027", ="danh-muc"). The readers skip them — by this mark, not by their
 * name, so a user's own "BHXH_2027" is still read and our report renamed by the user is still
 * skipped — and a rerun of the estimate finds its previous output by it. Named items exist since
 * ExcelApi 1.4 and travel with the sheet (copy, .xlsx), unlike anything kept in the pane.
 */
export const MARK_NAME = "DuToan.Loai";

export type MarkKind = "bao-cao" | "danh-muc";

export interface SheetMark {
  kind: MarkKind;
  /** The estimate year of a report sheet. */
  year?: number;
}

/** Marks a sheet the add-in created (queued; applied at the next sync). */
export function markSheet(ws: Excel.Worksheet, mark: SheetMark): void {
  const text = mark.year ? `${mark.kind}:${mark.year}` : mark.kind;
  ws.names.add(MARK_NAME, `="${text}"`, "Sheet do DuToan ghi; DuToan không đọc sheet này làm số liệu đầu vào.");
}

/** The mark of a sheet from its loaded named items (name, formula), or null for a user's sheet. */
export function readMark(names: { name: string; formula: unknown }[]): SheetMark | null {
  const item = names.find((n) => n.name.toLowerCase() === MARK_NAME.toLowerCase());
  if (!item) return null;
  const m = /^="?(bao-cao|danh-muc)(?::(\d{4}))?"?$/.exec(String(item.formula).trim());
  if (!m) return null;
  return { kind: m[1] as MarkKind, ...(m[2] ? { year: Number(m[2]) } : {}) };
}
