/** Writes the report model to a new .xlsx with exceljs (Times New Roman, A4, #,##0, zero as blank). */
import ExcelJS from "exceljs";
import { freeSheetName, NUMBER_FORMAT, type ReportSheet } from "../../report/model";

const FONT = "Times New Roman";
const thin: Partial<ExcelJS.Border> = { style: "thin" };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export async function writeReport(file: string, sheets: ReportSheet[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "DuToan";
  const names: string[] = [];
  for (const s of sheets) {
    const name = freeSheetName(s.name, names);
    names.push(name);
    const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    ws.properties.defaultRowHeight = 16;
    const title = ws.addRow([s.title]);
    title.font = { name: FONT, bold: true, size: 13 };
    for (const line of s.subtitle) ws.addRow([line]).font = { name: FONT, italic: true };
    ws.addRow([]);
    const header = ws.addRow(s.columns.map((c) => c.header));
    header.font = { name: FONT, bold: true };
    header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    header.eachCell((c) => (c.border = border));
    const letters = ws.addRow(s.columns.map((_, i) => (i < 26 ? String.fromCharCode(65 + i) : `${i + 1}`)));
    letters.font = { name: FONT, italic: true, size: 9 };
    letters.alignment = { horizontal: "center" };
    s.rows.forEach((cells, r) => {
      const row = ws.addRow(cells);
      row.font = { name: FONT, bold: s.bold.includes(r) };
      s.columns.forEach((col, i) => {
        const cell = row.getCell(i + 1);
        cell.border = border;
        if (col.kind === "money") cell.numFmt = NUMBER_FORMAT.money;
        if (col.kind === "text") cell.alignment = { wrapText: true, vertical: "top" };
      });
    });
    s.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
    ws.views = [{ state: "frozen", ySplit: s.subtitle.length + 4 }];
  }
  await wb.xlsx.writeFile(file);
}
