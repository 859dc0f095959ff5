/**
 * The whole estimate through the pane at 100 and 100,000 roster rows, on the strict fake: requests
 * grow with the number of ~3 MB blocks (reading and writing), never with rows or cells, and no
 * request or response exceeds 4 MB.
 */
import { check, prepareEstimate, writeEstimate } from "../../src/taskpane/pane";
import { fakeExcel } from "../fake-excel";
import { hungYenThamSo, rosterWorkbook } from "./workbooks";

const MB = 1024 * 1024;
const features = { mergedAreas: true };

async function estimate(n: number) {
  const model = rosterWorkbook(n, [hungYenThamSo()]);
  const excel = fakeExcel(model);
  const p = await excel.run((ctx) => prepareEstimate(ctx, { packId: "hung-yen", year: 2026, features }));
  expect(p.outcome.errors).toEqual([]);
  const read = { ...model.stats, requests: [...model.stats.requests], responses: [...model.stats.responses] };
  model.resetStats();
  const sheets = await excel.run((ctx) => writeEstimate(ctx, p, false));
  return { model, read, write: model.stats, sheets };
}

/** Requests a job of these sizes may take: a few fixed ones, and one per ~1.5 MB moved (blocks are ≤ 3 MB). */
function bound(requests: number[], responses: number[], fixed: number): number {
  const moved = requests.reduce((a, b) => a + b, 0) + responses.reduce((a, b) => a + b, 0);
  return fixed + Math.ceil(moved / (1.5 * MB));
}

describe.each([100, 100_000])("%i roster rows", (n) => {
  test("reading, checking and writing: requests per block, none over 4 MB", async () => {
    const { model, read, write, sheets } = await estimate(n);
    expect(read.syncs).toBeLessThanOrEqual(bound(read.requests, read.responses, 5));
    expect(write.syncs).toBeLessThanOrEqual(bound(write.requests, write.responses, 3 + sheets.length));
    for (const s of [read, write]) {
      expect(Math.max(...s.requests)).toBeLessThan(4 * MB);
      expect(Math.max(...s.responses)).toBeLessThan(4 * MB);
    }
    // never a request per row: the report's rows (Chi tiết has a row per person, post and component)
    const rows = sheets.reduce((a, name) => a + (model.sheet(name)!.usedRect(true)?.h ?? 0), 0);
    const sent = write.requests.reduce((a, b) => a + b, 0);
    console.log(`${n} roster rows: read ${read.syncs} requests; wrote ${rows} rows in ${sheets.length} sheets, ${(sent / MB).toFixed(1)} MB in ${write.syncs} requests`);
    if (n === 100) expect(read.syncs + write.syncs).toBeLessThan(40);
    else expect(write.syncs).toBeLessThan(rows / 1000);
  }, 240_000);
});

test("Kiểm tra reads as Lập dự toán does (same requests for the same workbook)", async () => {
  const model = rosterWorkbook(2000);
  const excel = fakeExcel(model);
  await excel.run((ctx) => check(ctx, { packId: "hung-yen", year: 2026, features }));
  const checked = model.stats.syncs;
  model.resetStats();
  await excel.run((ctx) => prepareEstimate(ctx, { packId: "hung-yen", year: 2026, features }));
  expect(model.stats.syncs).toBe(checked);
});
