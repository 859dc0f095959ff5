/**
 * The strict Office.js fake fails where Excel fails, so the pane's tests can catch Office.js
 * mistakes: a property read without load + sync, a write expected before sync, an array of the wrong
 * shape, a request or response over 5 MB, a null object used before sync.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read too early on purpose: the fake must throw where Excel throws */
import { fakeExcel, FakeOfficeError, PAYLOAD_LIMIT, SheetModel, WorkbookModel } from "../fake-excel";

function book(rows: unknown[][] = [["a", 1], ["b", 2]]) {
  const model = new WorkbookModel([new SheetModel("S", rows)]);
  return { model, excel: fakeExcel(model) };
}

async function code(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    return (e as FakeOfficeError).code ?? String(e);
  }
  return "no error";
}

describe("strict Office.js fake", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded, even after a sync", async () => {
    const { excel } = book();
    const ctx = excel.context();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B2");
    await ctx.sync();
    expect(await code(() => r.values)).toBe("PropertyNotLoaded");
    r.load("values");
    expect(await code(() => r.values)).toBe("PropertyNotLoaded"); // loaded only at the next sync
    await ctx.sync();
    expect(r.values).toEqual([["a", 1], ["b", 2]]);
  });

  test("a collection's items and a null object's isNullObject need a sync", async () => {
    const { excel } = book();
    const ctx = excel.context();
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    expect(await code(() => sheets.items)).toBe("PropertyNotLoaded");
    const missing = sheets.getItemOrNullObject("Khác");
    expect(await code(() => missing.isNullObject)).toBe("PropertyNotLoaded");
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["S"]);
    expect(missing.isNullObject).toBe(true);
    expect(await code(() => sheets.items[0].visibility)).toBe("PropertyNotLoaded");
  });

  test("writes apply at sync, in order", async () => {
    const { model, excel } = book([]);
    const ctx = excel.context();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
    r.numberFormat = [["@", "General"]];
    r.values = [["=text", "=SUM(B3:B4)"]];
    ctx.workbook.worksheets.getItem("S").getRange("B3:B4").values = [[2], [3]];
    expect(model.sheets[0].value(0, 0)).toBe("");
    await ctx.sync();
    const s = model.sheets[0];
    expect(s.value(0, 0)).toBe("=text"); // "@" first: stays text
    expect(s.formula(0, 1)).toBe("=SUM(B3:B4)");
    expect(s.value(0, 1)).toBe(5);
    expect(s.lostText).toEqual([]);
  });

  test("totals are computed as Excel does: SUBTOTAL(9) skips nested subtotals, SUMIF by a text key", async () => {
    const { model, excel } = book([]);
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B6");
      r.numberFormat = Array.from({ length: 6 }, () => ["@", "General"]);
      r.values = [["BHYT", 10], ["BHXH", 20], ["cộng", "=SUBTOTAL(9,B1:B2)"], ["BHYT", 5], ["tổng", "=SUBTOTAL(9,B1:B4)"], ["BHYT", '=SUMIF(A1:A4,"bhyt",B1:B4)']];
    });
    const s = model.sheets[0];
    expect([s.value(2, 1), s.value(4, 1), s.value(5, 1)]).toEqual([30, 35, 15]);
  });

  test("text starting with = + - @ in a cell not formatted as text is lost to a formula", async () => {
    const { model, excel } = book([]);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["-5 hộ", "=Trần"]];
    });
    expect(model.sheets[0].lostText.map((l) => l.text)).toEqual(["-5 hộ", "=Trần"]);
  });

  test("arrays must match the range's shape (values, number formats, formulas)", async () => {
    for (const set of [
      (r: Excel.Range) => (r.values = [[1, 2]]),
      (r: Excel.Range) => (r.numberFormat = [["@"], ["@"], ["@"]]),
      (r: Excel.Range) => (r.formulas = [[1, 2], [3, 4]]),
      (r: Excel.Range) => (r.values = 5 as unknown as unknown[][]),
    ]) {
      const { excel } = book();
      const ctx = excel.context();
      set(ctx.workbook.worksheets.getItem("S").getRange("A1:A2"));
      expect(await code(ctx.sync())).toBe("InvalidArgument");
    }
  });

  test("a request over 5 MB fails the whole sync, nothing written", async () => {
    const { model, excel } = book([]);
    const ctx = excel.context();
    const rows = 60_000;
    const big = Array.from({ length: rows }, (_, i) => [`Nguyễn Văn Hùng số ${i} ở thôn Đông`, i, "ghi chú dài một chút cho đủ"]);
    ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, rows, 3).values = big;
    expect(await code(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(model.stats.requests[0]).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(model.sheets[0].usedRect(true)).toBeNull();
  });

  test("a response over 5 MB fails", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [`Nguyễn Văn Hùng số ${i} ở thôn Đông`, i, "ghi chú dài một chút cho đủ"]);
    const { excel } = book(rows);
    const ctx = excel.context();
    const r = ctx.workbook.worksheets.getItem("S").getUsedRange(true);
    r.load("values");
    expect(await code(ctx.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    expect(await code(() => r.values)).toBe("PropertyNotLoaded");
  });

  test("syncs are counted with their sizes", async () => {
    const { model, excel } = book();
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B2");
      r.load("values");
      await ctx.sync();
    });
    expect(model.stats.syncs).toBe(2); // the batch's own sync and Excel.run's final one
    expect(model.stats.responses[0]).toBeGreaterThan(JSON.stringify([["a", 1], ["b", 2]]).length);
  });

  test("sheet names, duplicates, and operations on a missing sheet fail as in Excel", async () => {
    const { excel } = book();
    for (const f of [(ctx: Excel.RequestContext) => ctx.workbook.worksheets.add("s"), (ctx: Excel.RequestContext) => ctx.workbook.worksheets.add("a/b"), (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("X").getRange("A1").select()]) {
      const ctx = excel.context();
      f(ctx);
      expect(await code(ctx.sync())).toMatch(/ItemAlreadyExists|InvalidArgument|ItemNotFound/);
    }
  });

  test("merged areas are reported by getMergedAreasOrNullObject; a range without merges is a null object", async () => {
    const { model, excel } = book();
    model.sheets[0].merges.push({ r: 0, c: 0, h: 1, w: 2 });
    const ctx = excel.context();
    const ws = ctx.workbook.worksheets.getItem("S");
    const m = ws.getRange("A1:B2").getMergedAreasOrNullObject();
    m.load("address");
    const none = ws.getRange("A2:B2").getMergedAreasOrNullObject();
    none.load("address");
    await ctx.sync();
    expect(m.address).toBe("S!A1:B1");
    expect(none.isNullObject).toBe(true);
  });
});
