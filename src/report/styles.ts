/**
 * The look of the estimate forms: Times New Roman (NĐ 30/2020 for administrative documents), thin
 * borders around tables, bold totals, zero amounts printed blank, coefficients with two decimals.
 * One object per look, shared by every cell that has it (writers cache their conversion by identity).
 */
import type { BorderSpec, CellStyle, FontSpec } from "./model";

export const FONT_NAME = "Times New Roman";

/** Excel number formats (en-US codes; Vietnamese Excel shows 16.445.000 with the same code). */
export const FMT = {
  text: "@",
  general: "General",
  /** Zero printed blank; text in a number cell shown as is. */
  money: "#,##0;-#,##0;;@",
  count: "#,##0;-#,##0;;@",
  coefficient: "0.00",
  percent: "0%",
  percent1: "0.0%",
  date: "dd/mm/yyyy",
  flag: '"Có";"Có";"Không"',
} as const;

/** The kinds of table cell; each has its format and alignment. */
/** "stt": row numbers (centred numbers); "center": short centred text ("x", I, II). */
export type CellKind = "text" | "center" | "stt" | "money" | "count" | "coefficient" | "percent" | "date";

/** Row roles in a table: body rows, subtotal (per commune, per person) and the grand total. */
export type RowRole = "body" | "subtotal" | "total";

const THIN: BorderSpec = { top: "thin", bottom: "thin", left: "thin", right: "thin" };

const fonts = new Map<string, FontSpec>();
/** One shared font object per (size, bold, italic). */
export function font(size: number, bold = false, italic = false, underline = false): FontSpec {
  const key = `${size}|${bold}|${italic}|${underline}`;
  let f = fonts.get(key);
  if (!f) {
    f = Object.freeze({ name: FONT_NAME, size, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(underline ? { underline } : {}) });
    fonts.set(key, f);
  }
  return f;
}

const styles = new Map<string, CellStyle>();
/** One shared, frozen style per distinct look. */
export function style(s: CellStyle): CellStyle {
  const key = JSON.stringify(s);
  let hit = styles.get(key);
  if (!hit) {
    hit = Object.freeze({ ...s, font: font(s.font.size, !!s.font.bold, !!s.font.italic, !!s.font.underline) });
    styles.set(key, hit);
  }
  return hit;
}

const KIND_FORMAT: Record<CellKind, string> = {
  text: FMT.text,
  center: FMT.text,
  stt: "0",
  money: FMT.money,
  count: FMT.count,
  coefficient: FMT.coefficient,
  percent: FMT.percent,
  date: FMT.date,
};

/** The style of a table cell of a kind and role, in a body font size. */
export function tableCell(kind: CellKind, role: RowRole, size: number, extra: Partial<CellStyle> = {}): CellStyle {
  const numeric = kind !== "text" && kind !== "center";
  return style({
    font: font(size, role !== "body", role === "subtotal"),
    numFmt: extra.numFmt ?? KIND_FORMAT[kind],
    horizontal: kind === "center" || kind === "stt" || kind === "date" ? "center" : numeric ? "right" : "left",
    vertical: "top",
    wrap: !numeric,
    border: THIN,
    ...extra,
  });
}

/** Column headers: bold, centred, wrapped, boxed. */
export function headerCell(size: number): CellStyle {
  return style({ font: font(size, true), numFmt: FMT.text, horizontal: "center", vertical: "middle", wrap: true, border: THIN });
}

/** The row of column numbers under the headers (A, B, 1, 2, 3 = 1 + 2 …). */
export function numberCell(size: number): CellStyle {
  return style({ font: font(size - 1, false, true), numFmt: FMT.text, horizontal: "center", vertical: "middle", wrap: true, border: THIN });
}

/** Free text above and below tables. */
export function plain(size: number, opts: { bold?: boolean; italic?: boolean; underline?: boolean; align?: "left" | "center" | "right"; wrap?: boolean } = {}): CellStyle {
  return style({
    font: font(size, !!opts.bold, !!opts.italic, !!opts.underline),
    numFmt: FMT.text,
    horizontal: opts.align ?? "left",
    vertical: "top",
    wrap: opts.wrap ?? true,
  });
}

/** Light yellow: values not confirmed by a published document. */
export const HIGHLIGHT = "FFF2CC";
