/**
 * The built pane (dist/taskpane.html, as `npm run build:test` writes it) in Debian's Chromium, with
 * office.js replaced by the strict fake workbook (test/fake-excel): an officer's whole job — make
 * the template, type 200 rows, fill ThamSo, check (click an error → the selection moves), estimate,
 * estimate again (the pane asks before replacing its earlier sheets). The fake workbook's sheets and
 * values are asserted; screenshots go to docs/images/pane-*.png.
 *
 * Skipped only when Chromium is missing and this is not CI (CI installs it: .ci/run).
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { runEstimate } from "../../src/app";
import { formatVnd } from "../../src/engine/money";
import type { SheetData } from "../../src/roster";
import { CHROMIUM, CHROMIUM_ARGS, DIST, officeStub, ROOT, saveScreenshot, serveDist } from "./harness";

const IMAGES = path.join(ROOT, "docs/images");
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && !process.env.CI) console.warn(`Bỏ qua kiểm thử ngăn tác vụ trong trình duyệt: chưa có ${CHROMIUM} (cài: apt-get install -y chromium).`);
const suite = haveChromium || process.env.CI ? describe : describe.skip;

const POSTS = ["Trưởng thôn", "Bí thư chi bộ", "Tổ viên tổ bảo vệ ANTT", "Thôn đội trưởng", "Trưởng ban công tác Mặt trận"];

interface Model {
  sheets: { name: string; values: unknown[][]; formulas: unknown[][]; names: Map<string, string>; tables: unknown[]; visibility: string }[];
  selection: { sheet: string; address: string } | null;
}

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

async function open(host: string | null, sheets?: Record<string, unknown[][]>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 }, reducedMotion: "reduce" });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/")) return host === null ? route.fulfill({ status: 404, body: "" }) : route.fulfill({ contentType: "text/javascript", body: officeStub(host, sheets) });
    return url.startsWith(server.url) ? route.continue() : route.abort();
  });
  await page.goto(`${server.url}taskpane.html`);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  saveScreenshot(path.join(IMAGES, `pane-${name}.png`), await page.screenshot({ fullPage: true }));
}

const status = (page: Page) => page.locator("#trang-thai").textContent();

/** Clicks a command and waits until the buttons are enabled again. */
async function run(page: Page, id: string): Promise<string> {
  await page.click(`#${id}`);
  await page.waitForFunction(() => !(document.getElementById("lap-du-toan") as HTMLElement & { disabled: boolean }).disabled && !/Đang/.test(document.getElementById("trang-thai")!.textContent ?? ""), null, { timeout: 60_000 });
  return (await status(page)) ?? "";
}

/** What the officer types: 200 DanhSach rows and the units, under the template's headers. */
async function type200Rows(page: Page): Promise<void> {
  await page.evaluate((posts) => {
    const model = (window as unknown as { __model: { sheet(n: string): { setValue(r: number, c: number, v: unknown): void; values: unknown[][] } } }).__model;
    const ds = model.sheet("DanhSach")!;
    const head = ds.values[0] as string[];
    const col = (h: string) => head.indexOf(h);
    for (let i = 0; i < 200; i++) {
      const r = i + 1; // replaces the example row
      const kiem = i % 5 === 1;
      ds.setValue(r, col("STT"), i + 1);
      ds.setValue(r, col("Họ và tên"), `Nguyễn Văn Hùng ${kiem ? i - 1 : i}`);
      ds.setValue(r, col("Chức danh"), i === 7 ? "Trưởng thông" : posts[i % 5]);
      ds.setValue(r, col("Kiêm nhiệm"), kiem ? "x" : "");
      ds.setValue(r, col("Xã, phường"), `Xã ${Math.floor(i / 100)}`);
      ds.setValue(r, col("Thôn, TDP"), `Thôn ${Math.floor(i / 5) % 20}`);
      ds.setValue(r, col("Hệ số"), 1.2);
      ds.setValue(r, col("Từ ngày"), 46023);
      ds.setValue(r, col("Ghi chú"), "");
    }
    const dv = model.sheet("DonVi")!;
    const dh = dv.values[0] as string[];
    let r = 1;
    for (let x = 0; x < 2; x++) {
      const put = (h: string, v: unknown) => dv.setValue(r, dh.indexOf(h), v);
      put("STT", r);
      put("Xã, phường", `Xã ${x}`);
      put("Loại", "Xã");
      put("Phân loại", "I");
      put("Ghi chú", "");
      r++;
      for (let t = 0; t < 20; t++, r++) {
        dv.setValue(r, dh.indexOf("STT"), r);
        dv.setValue(r, dh.indexOf("Xã, phường"), `Xã ${x}`);
        dv.setValue(r, dh.indexOf("Thôn, TDP"), `Thôn ${t}`);
        dv.setValue(r, dh.indexOf("Loại"), "Thôn");
        dv.setValue(r, dh.indexOf("Số hộ"), 300 + t * 10);
      }
    }
  }, POSTS);
}

/** The officer types the khoán levels Điền ThamSo listed (đồng/năm, as a province's resolution would set them). */
async function typeThamSoValues(page: Page): Promise<number> {
  return page.evaluate(() => {
    const model = (window as unknown as { __model: { sheet(n: string): { setValue(r: number, c: number, v: unknown): void; values: unknown[][] } } }).__model;
    const s = model.sheet("ThamSo")!;
    const head = s.values[0] as string[];
    const [ma, giaTri, unit] = [head.indexOf("Mã"), head.indexOf("Giá trị"), head.indexOf("Đơn vị tính")];
    let n = 0;
    s.values.forEach((row, r) => {
      if (r === 0 || !row || (row[giaTri] ?? "") !== "" || (row[ma] ?? "") === "") return;
      const key = String(row[ma]);
      const u = String(row[unit]);
      s.setValue(r, giaTri, u === "đồng" ? (key.endsWith(".thon") ? 6000000 : 30000000) : u.startsWith("tỷ lệ") ? 0.5 : u === "hệ số" ? 6.5 : 700);
      n++;
    });
    return n;
  });
}

async function workbook(page: Page): Promise<Model> {
  return page.evaluate(() => {
    const m = (window as unknown as { __model: Model }).__model;
    return { sheets: m.sheets.map((s) => ({ name: s.name, values: s.values, formulas: s.formulas, names: new Map(), tables: s.tables, visibility: s.visibility, marked: s.names.has("DuToan.Loai") })), selection: m.selection } as unknown as Model;
  });
}

suite("the task pane in Chromium", () => {
  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error('dist/ chưa có: chạy "npm run build:test" trước (npm test làm việc này).');
    server = await serveDist();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("outside Excel: the pack list is filled, the commands are disabled and say why", async () => {
    const page = await open(null);
    await page.waitForFunction(() => /office\.js/.test(document.getElementById("trang-thai")?.textContent ?? ""));
    expect(await page.locator("#ngoai-excel").isVisible()).toBe(true);
    for (const id of ["tao-mau", "dien-tham-so", "kiem-tra", "lap-du-toan"]) expect(await page.locator(`#${id}`).evaluate((e) => (e as HTMLElement & { disabled: boolean }).disabled)).toBe(true);
    expect(await page.locator("#goi fluent-option").count()).toBeGreaterThanOrEqual(4);
    await shot(page, "0-ngoai-excel");
    await page.close();
  }, 60_000);

  test("a workbook made for a province opens with its pack and year (ThamSo caiDat rows)", async () => {
    const page = await open("Excel", { ThamSo: [["Mã", "Giá trị", "Hiệu lực từ"], ["caiDat.goi", "quang-ninh", ""], ["caiDat.nam", 2028, ""]] });
    await page.waitForFunction(() => document.getElementById("trang-thai")?.textContent === "Sẵn sàng", null, { timeout: 30_000 });
    expect(await page.locator("#goi").evaluate((e) => (e as HTMLElement & { value: string }).value)).toBe("quang-ninh");
    expect(await page.locator("#nam").evaluate((e) => (e as HTMLElement & { value: string }).value)).toBe("2028");
    await page.close();
  }, 60_000);

  test("an officer's whole job: template, 200 rows, ThamSo, check, estimate, estimate again", async () => {
    const page = await open("Excel");
    await page.waitForFunction(() => document.getElementById("trang-thai")?.textContent === "Sẵn sàng", null, { timeout: 30_000 });
    // functions.js ran first and registered the custom functions (the shared chunk is in it)
    expect(await page.evaluate(() => (window as unknown as { CustomFunctions: { associated: string[] } }).CustomFunctions.associated)).toContain("PHUCAP");
    // a province's pack file, checked as --pack-file is, joins the list
    await page.setInputFiles("#tep-goi", path.join(ROOT, "samples/tinh-mau.json"));
    await page.waitForFunction(() => !!document.querySelector('fluent-option[value="tinh-mau"]'));
    expect(await status(page)).toMatch(/Đã nạp gói Tỉnh Mẫu/);
    // settings: pack Hưng Yên, year 2026
    await page.click("#goi");
    await page.click('fluent-option[value="hung-yen"]');
    await page.locator("#nam input").fill("2026");
    await page.locator("#nam input").dispatchEvent("change");

    // 1. template
    expect(await run(page, "tao-mau")).toBe("Đã tạo danh sách mẫu");
    let wb = await workbook(page);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "DanhMuc", "DanhSach", "DonVi", "ThamSo"]);
    expect(wb.sheets.find((s) => s.name === "DanhMuc")!.visibility).toBe("Hidden");
    await shot(page, "1-mau");

    // 200 rows typed by the officer (row 8 has a misspelt post)
    await type200Rows(page);

    // 2. ThamSo: the khoán levels Hưng Yên leaves to the province, listed with blank values
    expect(await run(page, "dien-tham-so")).toBe("Đã điền ThamSo");
    wb = await workbook(page);
    const thamSo = wb.sheets.find((s) => s.name === "ThamSo")!;
    const listed = thamSo.values.map((r) => r?.[1]).filter((k) => typeof k === "string" && k.startsWith("khoan."));
    expect(listed).toEqual(expect.arrayContaining(["khoan.chiBo.thon", "khoan.matTran.xa.I"]));
    await shot(page, "2-tham-so");
    expect(await typeThamSoValues(page)).toBeGreaterThan(0);

    // 3. check: the misspelt post is an error; clicking it selects its cell
    expect(await run(page, "kiem-tra")).toBe("Danh sách có lỗi");
    const error = page.locator("#ket-qua button.muc-loi").first();
    expect(await error.textContent()).toMatch(/dòng 9.*Trưởng thông/s);
    await error.click();
    await page.waitForFunction(() => (window as unknown as { __model: Model }).__model.selection !== null);
    expect((await workbook(page)).selection).toEqual({ sheet: "DanhSach", address: "C9" });
    // the same with the keyboard: the error is a focusable button, Enter selects the cell
    await page.evaluate(() => ((window as unknown as { __model: Model }).__model.selection = null));
    await error.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as { __model: Model }).__model.selection !== null);
    expect((await workbook(page)).selection).toEqual({ sheet: "DanhSach", address: "C9" });
    await shot(page, "3-kiem-tra");
    await page.evaluate(() => (window as unknown as { __model: { sheet(n: string): { setValue(r: number, c: number, v: unknown): void } } }).__model.sheet("DanhSach")!.setValue(8, 2, "Thôn đội trưởng"));
    const second = await run(page, "kiem-tra");
    expect(second === "Danh sách hợp lệ" ? second : await page.locator("#ket-qua").textContent()).toBe("Danh sách hợp lệ");

    // the name of the unit for the printed forms, typed in the pane
    await page.click("#ten-tren-bieu");
    await page.locator("#don-vi-lap input").fill("UBND xã Đồng Tâm");
    await page.locator("#don-vi-lap input").dispatchEvent("change");

    // 4. estimate: new sheets, marked; the totals are the pipeline's for the same workbook
    expect(await run(page, "lap-du-toan")).toBe("Đã lập dự toán năm 2026");
    wb = await workbook(page);
    const inputs: SheetData[] = wb.sheets.filter((s) => !(s as unknown as { marked: boolean }).marked).map((s) => ({ name: s.name, rows: s.values, hidden: s.visibility !== "Visible" }));
    const expected = runEstimate(inputs, { packId: "hung-yen", year: 2026, frontDoor: "pane" });
    expect(expected.ok).toBe(true);
    const written = wb.sheets.filter((s) => (s as unknown as { marked: boolean }).marked && s.name !== "DanhMuc");
    expect(written.length).toBeGreaterThanOrEqual(4);
    const first = written[0];
    expect(first.values[0][0]).toBe("Đơn vị lập: UBND xã Đồng Tâm");
    const totalRow = first.values.find((r) => r?.includes("TỔNG CỘNG"))!;
    expect(totalRow[totalRow.length - 1]).toBe(expected.summary!.totals.tong);
    expect(await page.locator("table.tong .dong-tong td").textContent()).toBe(formatVnd(expected.summary!.totals.tong));
    await shot(page, "4-du-toan");

    // 5. estimate again: the pane asks; "Thay thế" replaces the add-in's sheets, never a user's
    await page.click("#lap-du-toan");
    await page.locator("#thay-the").waitFor({ state: "visible", timeout: 60_000 });
    expect(await page.locator("#hoi-thay-the-noi-dung").textContent()).toContain(first.name);
    await shot(page, "5-hoi-thay-the");
    await page.click("#thay-the");
    await page.waitForFunction(() => /Đã lập dự toán/.test(document.getElementById("trang-thai")?.textContent ?? ""), null, { timeout: 60_000 });
    const again = await workbook(page);
    expect(again.sheets.map((s) => s.name)).toEqual(wb.sheets.map((s) => s.name));
    expect(again.sheets.find((s) => s.name === "DanhSach")!.values.length).toBe(201);
    await page.close();
  }, 180_000);
});
