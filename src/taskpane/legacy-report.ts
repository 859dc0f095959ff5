/**
 * TEMPORARY bridge: today's report model (src/report/model.ts: title, subtitle lines, columns with a
 * kind, rows, bold rows) as the rich shape the Office.js writer renders (report-shape.ts). The
 * layout below is what the CLI's exceljs writer of today prints (title, subtitles, a blank row,
 * headers, rows). Goes away when the rich report model of issue 10 lands: the pane then renders it
 * directly and decides no layout at all.
 */
import { NUMBER_FORMAT, type ReportSheet } from "../report/model";
import type { FontShape, RowShape, SheetShape, StyleShape, WorkbookShape } from "./report-shape";

const FONT = "Times New Roman";
const font = (bold = false, size = 11): FontShape => ({ name: FONT, size, ...(bold ? { bold } : {}) });
const THIN = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;

const TITLE: StyleShape = { font: font(true, 13), numFmt: "@", horizontal: "left" };
const SUBTITLE: StyleShape = { font: font(false, 11), numFmt: "@", horizontal: "left" };
const HEADER: StyleShape = { font: font(true), numFmt: "@", horizontal: "center", vertical: "middle", wrap: true, border: THIN };

function cellStyles(s: ReportSheet, bold: boolean): StyleShape[] {
  return s.columns.map((c) => ({
    font: font(bold),
    numFmt: NUMBER_FORMAT[c.kind],
    horizontal: c.kind === "text" ? "left" : "right",
    vertical: "top",
    border: THIN,
  }));
}

function sheetShape(s: ReportSheet): SheetShape {
  const body = cellStyles(s, false);
  const bold = cellStyles(s, true);
  const head = 1 + s.subtitle.length + 1;
  return {
    name: s.name,
    title: s.title,
    columns: s.columns.map((c) => ({ width: c.width })),
    defaultRowHeight: 15,
    freeze: { rows: head + 1, cols: 0 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      titleRows: { first: head + 1, last: head + 1 },
      footer: { center: "Trang &P/&N", font: font() },
      horizontalCentered: true,
    },
    rows: function* (): Iterable<RowShape> {
      yield { values: [s.title], styles: [TITLE], height: 20 };
      for (const line of s.subtitle) yield { values: [line], styles: [SUBTITLE] };
      yield { values: [], styles: [] };
      yield { values: s.columns.map((c) => c.header), styles: s.columns.map(() => HEADER), height: 32 };
      const boldRows = new Set(s.bold);
      for (let i = 0; i < s.rows.length; i++) yield { values: s.rows[i], styles: boldRows.has(i) ? bold : body };
    },
  };
}

export function legacyWorkbook(sheets: ReportSheet[], title: string): WorkbookShape {
  return { title, defaultFont: font(), sheets: sheets.map(sheetShape) };
}
