/**
 * Reading a workbook at scale through the strict fake: roster sheets found from their first rows,
 * read in blocks under 4 MB, one request per block (not per row), the add-in's own sheets skipped
 * by their mark, merged cells and hidden rows reported.
 */
import { readWorkbookSheets } from "../../src/taskpane/read";
import { fakeExcel, PAYLOAD_LIMIT, SheetModel, WorkbookModel } from "../fake-excel";
import { rosterRows, rosterWorkbook, unitRows } from "./workbooks";

const MB4 = 4 * 1024 * 1024;
const features = { mergedAreas: true };

async function read(model: WorkbookModel, f = features) {
  return fakeExcel(model).run((ctx) => readWorkbookSheets(ctx, { features: f }));
}

function bytesOf(rows: unknown[][]): number {
  return Buffer.byteLength(JSON.stringify(rows));
}

describe("reading the workbook in blocks", () => {
  test("100 rows: a few requests in all, every value as in the sheet", async () => {
    const model = rosterWorkbook(100, [new SheetModel("Ghi chép", [["Việc cần làm"], ["gọi điện cho xã"]])]);
    const r = await read(model);
    expect(r.sheets.map((s) => s.name)).toEqual(["DanhSach", "DonVi", "Ghi chép"]);
    expect(r.sheets[0].rows).toEqual(rosterRows(100));
    expect(r.sheets[1].rows).toEqual(unitRows(100));
    // sheets, used ranges + marks, first rows, both roster sheets in one block, Excel.run's own sync
    expect(model.stats.syncs).toBe(5);
  });

  test("100,000 rows: requests grow with 3 MB blocks, never per row; no request or response over 4 MB", async () => {
    const n = 100_000;
    const model = rosterWorkbook(n);
    const r = await read(model);
    expect(r.sheets[0].rows.length).toBe(n + 1);
    expect(r.sheets[0].rows[n]).toEqual(rosterRows(n)[n]);
    const blocks = Math.ceil((bytesOf(rosterRows(n)) + bytesOf(unitRows(n))) / (3 * 1024 * 1024));
    const { syncs, requests, responses } = model.stats;
    expect(syncs).toBeGreaterThanOrEqual(3 + blocks);
    expect(syncs).toBeLessThanOrEqual(4 + 3 * blocks); // the row weight is estimated with a 1.5× margin
    expect(syncs).toBeLessThan(n / 1000);
    expect(Math.max(...requests)).toBeLessThan(MB4);
    expect(Math.max(...responses)).toBeLessThan(MB4);
  }, 60_000);

  test("rows heavier than the first ones: the block that Excel refuses is read again in smaller blocks", async () => {
    const rows = rosterRows(20);
    const long = "x".repeat(30_000);
    for (let i = 0; i < 400; i++) rows.push([21 + i, `Người ${i}`, "Trưởng thôn", "", "Xã 0", "Thôn 0", 1.2, "", 46023, "", "", "", long]);
    const model = new WorkbookModel([new SheetModel("DanhSach", rows)]);
    const r = await read(model);
    expect(r.sheets[0].rows).toEqual(rows);
    // Excel refused the first guess (over 5 MB); the rows came in smaller blocks
    expect(model.stats.responses.some((b) => b > PAYLOAD_LIMIT)).toBe(true);
    expect(model.stats.responses.filter((b) => b <= PAYLOAD_LIMIT).length).toBeGreaterThan(3);
  }, 60_000);

  test("a sheet the add-in wrote is skipped by its mark, not by its name", async () => {
    const agency = [["Họ và tên", "Mã số BHXH", "Quý", "Số tiền NSNN hỗ trợ"], ["An", "0123456789", 1, 100000]];
    const ours = new SheetModel("BHXH_2027", agency);
    ours.names.set("DuToan.Loai", '="bao-cao:2027"');
    const theirs = new SheetModel("BHXH_2026", agency);
    const model = rosterWorkbook(10, [ours, theirs]);
    const r = await read(model);
    expect(r.sheets.map((s) => s.name)).toEqual(["DanhSach", "DonVi", "BHXH_2026"]);
    expect(r.info.find((s) => s.name === "BHXH_2027")?.mark).toEqual({ kind: "bao-cao", year: 2027 });
  });

  test("a sheet that is not a roster sheet is passed on with its first rows only", async () => {
    const notes = new SheetModel("Nhật ký", Array.from({ length: 500 }, (_, i) => [`dòng ${i}`]));
    const r = await read(rosterWorkbook(10, [notes]));
    expect(r.sheets[2].rows.length).toBe(10);
  });

  test("merged cells are read with ExcelApi 1.13; without it they are not asked for", async () => {
    const model = rosterWorkbook(10);
    model.sheets[0].merges.push({ r: 3, c: 1, h: 2, w: 1 });
    const r = await read(model);
    expect(r.sheets[0].merges).toEqual(["DanhSach!B4:B5"]);
    expect(r.mergesUnknown).toBe(false);
    const older = await read(rosterWorkbook(10), { mergedAreas: false });
    expect(older.sheets[0].merges).toEqual([]);
    expect(older.mergesUnknown).toBe(true);
  });

  test("hidden rows are found by halving, a few requests, and given to the reader", async () => {
    const model = rosterWorkbook(2000);
    for (const r of [5, 6, 1500]) model.sheets[0].hiddenRows.add(r);
    const r = await read(model);
    expect(r.sheets[0].hiddenRows).toEqual([6, 7, 1501]);
    expect(model.stats.syncs).toBeLessThan(5 + 2 * 12);
  });

  test("a hidden sheet is flagged hidden", async () => {
    const model = rosterWorkbook(10, [new SheetModel("DanhSach cũ", rosterRows(3))]);
    model.sheets[2].visibility = "Hidden";
    const r = await read(model);
    expect(r.sheets[2]).toMatchObject({ hidden: true, state: "hidden" });
  });

  test("an empty sheet and an empty workbook read as empty", async () => {
    const r = await read(new WorkbookModel([new SheetModel("Sheet1")]));
    expect(r.sheets).toEqual([expect.objectContaining({ name: "Sheet1", rows: [] })]);
  });
});
