/**
 * The two writers of the report model print the same workbook: the pane's Office.js writer (on the
 * strict fake) and the CLI's exceljs writer (read back from the .xlsx it wrote) agree, cell by cell,
 * on values, formulas, number formats, fonts, alignment, fills, borders, merges, row heights,
 * column widths, frozen rows and print titles — neither decides any layout of its own.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runEstimate } from "../../src/app";
import { writeReport } from "../../src/cli/xlsx/write";
import { buildReport } from "../../src/report/build";
import { widthPoints, writeReportSheets } from "../../src/taskpane/render";
import { fakeExcel, WorkbookModel, type SheetModel } from "../fake-excel";
import { hungYenThamSo, rosterRows, unitRows } from "./workbooks";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-writers-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const rgb = (argb: string | undefined) => (argb ? `#${argb.slice(-6).toUpperCase()}` : undefined);

function compareCell(s: SheetModel, cell: ExcelJS.Cell, r: number, c: number, where: string): void {
  const v = cell.value as ExcelJS.CellValue;
  if (v && typeof v === "object" && "formula" in v) {
    expect([where, s.formula(r, c)]).toEqual([where, `=${v.formula}`]);
    // exceljs reads a cached 0 back as no result
    expect([where, s.value(r, c)]).toEqual([where, v.result ?? 0]);
  } else if (v instanceof Date) expect([where, s.value(r, c)]).toEqual([where, (v.getTime() - Date.UTC(1899, 11, 30)) / 86400000]); // a date cell: its serial
  else expect([where, s.value(r, c)]).toEqual([where, v === null || v === undefined ? "" : v]);
  if (v === null || v === undefined) return;
  expect([where, s.numberFormat(r, c)]).toEqual([where, cell.numFmt ?? "General"]);
  const f = cell.font ?? {};
  expect([where, s.format(r, c, "font.name"), s.format(r, c, "font.size"), !!s.format(r, c, "font.bold"), !!s.format(r, c, "font.italic")]).toEqual([where, f.name, f.size, !!f.bold, !!f.italic]);
  const h = cell.alignment?.horizontal;
  if (h) expect([where, s.format(r, c, "horizontalAlignment")]).toEqual([where, h[0].toUpperCase() + h.slice(1)]);
  expect([where, !!s.format(r, c, "wrapText")]).toEqual([where, !!cell.alignment?.wrapText]);
  const fill = cell.fill && cell.fill.type === "pattern" ? rgb((cell.fill.fgColor as { argb?: string } | undefined)?.argb) : undefined;
  expect([where, s.format(r, c, "fill.color") ?? undefined]).toEqual([where, fill]);
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const want = cell.border?.[side]?.style;
    // a line drawn by the neighbour's facing edge shows on this cell too (Excel draws shared edges once)
    if (want) expect([where, side, s.border(r, c, side)]).toEqual([where, side, `Continuous/${want === "medium" ? "Medium" : want === "hair" ? "Hairline" : "Thin"}`]);
  }
}

test("the Office.js writer and the exceljs writer give the same sheets, cells, looks and print setup", async () => {
  const sheets = [
    { name: "DanhSach", rows: rosterRows(60) },
    { name: "DonVi", rows: unitRows(60) },
    { name: "ThamSo", rows: hungYenThamSo().values },
  ];
  const o = runEstimate(sheets, { packId: "hung-yen", year: 2026, frontDoor: "cli" });
  expect(o.errors).toEqual([]);
  const settings = { ...o.settings.workbook, "caiDat.donViLap": "UBND xã Đồng Tâm", "caiDat.nguoiLapBieu": "Nguyễn Thị Lập" };
  const book = () => buildReport({ result: o.result!, summary: o.summary!, pack: o.pack!, settings });

  const file = path.join(dir, "du-toan.xlsx");
  await writeReport(file, book());
  const x = new ExcelJS.Workbook();
  await x.xlsx.readFile(file);

  const model = new WorkbookModel();
  const names = await fakeExcel(model).run((ctx) => writeReportSheets(ctx, book(), { year: 2026 }));
  expect(names).toEqual(x.worksheets.map((w) => w.name));

  for (const ws of x.worksheets) {
    const s = model.sheet(ws.name)!;
    ws.eachRow({ includeEmpty: false }, (row, rn) => {
      // cells hidden under a merge read back as their master: compared through the master only
      row.eachCell({ includeEmpty: true }, (cell, cn) => (!cell.isMerged || cell.master === cell) && compareCell(s, cell, rn - 1, cn - 1, `${ws.name}!${cell.address}`));
      if (row.height) expect([ws.name, rn, s.format(rn - 1, 0, "rowHeight")]).toEqual([ws.name, rn, row.height]);
    });
    const used = s.usedRect(true)!;
    expect([ws.name, used.r + used.h]).toEqual([ws.name, ws.actualRowCount ? ws.lastRow!.number : 0]);
    const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice().sort();
    expect([ws.name, s.merges.map((m) => `${String.fromCharCode(65 + m.c)}${m.r + 1}:${String.fromCharCode(65 + m.c + m.w - 1)}${m.r + m.h}`).sort()]).toEqual([ws.name, merges]);
    ws.columns.forEach((col, i) => col.width && expect([ws.name, i, s.format(0, i, "columnWidth")]).toEqual([ws.name, i, widthPoints(col.width!)]));
    const view = ws.views[0] as { ySplit?: number; xSplit?: number } | undefined;
    expect([ws.name, s.freeze?.rows ?? 0, s.freeze?.cols ?? 0]).toEqual([ws.name, view?.ySplit ?? 0, view?.xSplit ?? 0]);
    const titles = ws.pageSetup.printTitlesRow;
    expect([ws.name, s.printTitleRows]).toEqual([ws.name, titles ? `$${titles.split(":")[0].replace(/\$/g, "")}:$${titles.split(":")[1].replace(/\$/g, "")}` : null]);
    expect([ws.name, s.pageLayout.orientation]).toEqual([ws.name, ws.pageSetup.orientation === "landscape" ? "Landscape" : "Portrait"]);
  }
}, 120_000);
