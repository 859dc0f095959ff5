/**
 * The ExcelApi requirement set: manifest.xml declares 1.9 and the pane needs nothing newer unless it
 * asks `Office.context.requirements.isSetSupported` first. Checked by running every command on a
 * fake host that has exactly ExcelApi 1.9 (any newer API fails its sync with ApiNotFound, as in
 * Excel), and by showing that 1.8 is not enough (so the declaration is not too low either).
 */
import * as fs from "fs";
import * as path from "path";
import { EXCEL_API_DECLARED } from "../../src/taskpane/office";
import { check, prepareEstimate, writeEstimate } from "../../src/taskpane/pane";
import { makeTemplate } from "../../src/taskpane/template";
import { fillThamSo } from "../../src/taskpane/thamso-fill";
import { fakeExcel, fakeOffice, WorkbookModel } from "../fake-excel";
import { rosterWorkbook } from "./workbooks";

const g = globalThis as unknown as { Office?: unknown };
afterEach(() => delete g.Office);

function host(model: WorkbookModel, minor: number) {
  g.Office = fakeOffice(model, { excelApi: minor });
  return fakeExcel(model);
}

test("manifest.xml declares the ExcelApi set the pane is written for", () => {
  const xml = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
  expect(xml).toMatch(new RegExp(`<Set Name="ExcelApi" MinVersion="${EXCEL_API_DECLARED.replace(".", "\\.")}"/>`));
});

test("every command runs on a host with ExcelApi 1.9 (merged cells are then not asked for)", async () => {
  const model = rosterWorkbook(50);
  const excel = host(model, 9);
  const c = await excel.run((ctx) => check(ctx, { packId: "central", year: 2026 }));
  expect(c.mergesUnknown).toBe(true);
  const p = await excel.run((ctx) => prepareEstimate(ctx, { packId: "central", year: 2026 }));
  expect(p.outcome.errors).toEqual([]);
  expect((await excel.run((ctx) => writeEstimate(ctx, p, false))).length).toBeGreaterThan(0);
  const t = await excel.run((ctx) => makeTemplate(ctx, { packId: "hung-yen", year: 2026, nghiViec: true, thamSo: true }));
  expect(t.created.map((x) => x.kind)).toEqual(["nghiViec", "thamSo"]);
  const f = await excel.run((ctx) => fillThamSo(ctx, { packId: "hung-yen", year: 2026, fallbackYear: 2026 }));
  expect(f.written.length).toBeGreaterThan(0);
});

test("with ExcelApi 1.13 the merged cells are read", async () => {
  const model = rosterWorkbook(5);
  model.sheets[0].merges.push({ r: 2, c: 1, h: 1, w: 2 });
  const c = await host(model, 13).run((ctx) => check(ctx, { packId: "central", year: 2026 }));
  expect(c.mergesUnknown).toBe(false);
  expect(c.outcome.errors.some((e) => e.code === "MERGED_CELLS")).toBe(true);
});

test("ExcelApi 1.8 is not enough: writing the report's page setup fails", async () => {
  const model = rosterWorkbook(5);
  const excel = host(model, 8);
  const p = await excel.run((ctx) => prepareEstimate(ctx, { packId: "central", year: 2026 }));
  await expect(excel.run((ctx) => writeEstimate(ctx, p, false))).rejects.toMatchObject({ code: "ApiNotFound" });
});
