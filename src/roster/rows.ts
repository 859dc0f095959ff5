/**
 * Which rows under a header are data: blank rows, the "(1) (2) (3)…" column-number row, example
 * rows (STT "VD") and, per sheet, total rows are passed over.
 */
import { isBlankValue, unwrapCell } from "./cells";
import type { SheetMatch } from "./headers";
import type { SheetReader } from "./sheet-reader";
import { normalizeKey } from "./text";

const MARKER = /^\(?\s*(\d{1,2}|[a-zA-Z]{1,2}|\d{1,2}\s*[=x*+-]\s*\d{1,2}(\s*[x*+-]\s*\d{1,2})*)\s*\)?$/;
const EXAMPLE = /^(vd|vi du)( |$)/;
/** "Tổng cộng", "Cộng thôn 1", "Cộng xã" … (normalized). */
export const TOTAL = /^(tong cong|tong so|cong( (thon|xa|phuong|to|tdp|ban|ap|xom|khu|don vi)( .*)?)?)$/;

/** The "(1) (2) (3)…" column-number row under a header. */
function isNumberingRow(row: unknown[], reader: SheetReader): boolean {
  let n = 0;
  for (const hc of reader.byKey.values()) {
    const v = unwrapCell(row[hc.index]);
    if (isBlankValue(v)) continue;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 99) return false;
    } else if (typeof v !== "string" || !MARKER.test(v.trim())) return false;
    n++;
  }
  return n >= 3;
}

const MAYBE_WORD = /^\s*[vVtTcCdDđĐ]/;

/** The STT cell normalized when it may be a word ("Ví dụ", "Tổng cộng"); "" otherwise. */
function sttText(reader: SheetReader): string {
  const v = reader.stt();
  return typeof v === "string" && MAYBE_WORD.test(v) ? normalizeKey(v) : "";
}

/**
 * Indexes of a sheet's data rows below its header, each already begun on `r`: blank rows, a
 * "(1) (2) (3)" column-number row, example rows (STT "VD") and rows the sheet's own `skip` rejects
 * (e.g. a total row; it gets the row's STT text) are passed over; stops past maxRows.
 */
export function* dataRows(r: SheetReader, sm: SheetMatch, maxRows: number, skip?: (stt: string) => boolean): Generator<number> {
  const rows = sm.sheet.rows;
  for (let i = sm.match.lastRowIndex + 1; i < rows.length; i++) {
    const row = rows[i];
    if (!row || !r.hasContent(row)) continue;
    r.begin(row, r.startRow + i);
    if (r.count === 0 && isNumberingRow(row, r)) continue;
    const stt = sttText(r);
    if (EXAMPLE.test(stt)) continue;
    if (skip?.(stt)) continue;
    if (!r.markData(maxRows)) return;
    yield i;
  }
}

/** A name cell that reads as a total ("Tổng cộng"): its normalized text, or "". */
export function totalLabel(r: SheetReader, stt: string): string {
  if (TOTAL.test(stt)) return stt;
  const name = r.raw("hoTen");
  if (typeof name !== "string") return "";
  const k = normalizeKey(name);
  return TOTAL.test(k) ? k : "";
}
