/**
 * The foot of a form: the total in words under the main table ("Bằng chữ: … đồng chẵn."), notes,
 * the date line and the three signatures (Người lập biểu / Kế toán trưởng / Thủ trưởng đơn vị),
 * names typed under the gap left for the signature when the settings give them.
 */
import { amountInWords } from "../engine/words";
import type { ReportContext } from "./context";
import { fullWidthRow } from "./heading";
import type { CellStyle, ReportRow } from "./model";
import { plain } from "./styles";

const SIZE = 11;
/** Empty rows left for the handwritten signature and the seal. */
const SIGNING_GAP = 4;

export const SIGNATURE_TITLES = ["NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ"] as const;
export const SIGNATURE_HINTS = ["(Ký, họ tên)", "(Ký, họ tên)", "(Ký, họ tên, đóng dấu)"] as const;

/** "Bằng chữ: Mười sáu triệu … đồng chẵn." for a total in đồng. */
export function inWordsLine(total: number, of?: string): string {
  return `Bằng chữ${of ? ` (${of})` : ""}: ${amountInWords(total)}.`;
}

export function wordsRow(widths: readonly number[], total: number, of?: string): ReportRow {
  return fullWidthRow(widths, inWordsLine(total, of), plain(SIZE, { italic: true }));
}

export function noteRow(widths: readonly number[], text: string): ReportRow {
  return fullWidthRow(widths, text, plain(SIZE, { italic: true }));
}

/** Column ranges of the three signature blocks. */
export function signatureBlocks(columns: number): [number, number][] {
  const a = Math.max(1, Math.floor(columns / 3));
  const b = Math.max(a + 1, Math.floor((2 * columns) / 3));
  return [
    [0, a],
    [a, b],
    [b, columns],
  ];
}

function threeBlocks(columns: number, texts: readonly (string | null)[], st: CellStyle): ReportRow {
  const values: (string | null)[] = new Array(columns).fill(null);
  const styles: (CellStyle | undefined)[] = new Array(columns).fill(undefined);
  const blocks = signatureBlocks(columns);
  blocks.forEach(([from], i) => {
    values[from] = texts[i] ?? null;
    styles[from] = st;
  });
  return { values, styles, merges: blocks.map(([from, to]) => ({ col: from, cols: to - from })) };
}

/** "Xã Đồng Tâm, ngày …… tháng …… năm ……" with what is known filled in. */
export function dateLine(ctx: ReportContext): string {
  const d = ctx.signedOn;
  const blank = "……";
  return `${ctx.diaDanh ?? blank}, ngày ${d.day ?? blank} tháng ${d.month ?? blank} năm ${d.year ?? blank}`;
}

export function signatureRows(widths: readonly number[], ctx: ReportContext): ReportRow[] {
  const n = widths.length;
  const center = (bold: boolean, italic: boolean) => plain(SIZE, { bold, italic, align: "center", wrap: false });
  const s = ctx.signers;
  const rows: ReportRow[] = [{ values: [], styles: [] }];
  rows.push(threeBlocks(n, [null, null, dateLine(ctx)], center(false, true)));
  rows.push(threeBlocks(n, SIGNATURE_TITLES, center(true, false)));
  rows.push(threeBlocks(n, SIGNATURE_HINTS, center(false, true)));
  for (let i = 0; i < SIGNING_GAP; i++) rows.push({ values: [], styles: [] });
  if (s.nguoiLapBieu || s.keToanTruong || s.thuTruong) rows.push(threeBlocks(n, [s.nguoiLapBieu, s.keToanTruong, s.thuTruong], center(true, false)));
  return rows;
}
