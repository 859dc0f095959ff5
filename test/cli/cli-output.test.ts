/**
 * The CLI's output end to end: --out written atomically and readable, two concurrent runs to the same
 * --out, the template recording its pack and year and the estimate using them, --pack-file,
 * --tom-tat, Vietnamese help with no English from commander.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { join } from "path";
import { FOREIGN, cli, goodRows, listing, tempDir, writeBook } from "./helpers";

jest.setTimeout(60000);

const dir = tempDir("dutoan-cli-out-");

describe("--out", () => {
  test("writes a readable workbook; no temp file is left", async () => {
    const roster = await writeBook(dir, "ds1.xlsx");
    const out = join(dir, "du-toan-1.xlsx");
    const r = await cli(["estimate", roster, "--year", "2026", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Đã ghi .*du-toan-1\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.length).toBeGreaterThan(0);
    expect(listing(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
  test("two runs to the same new --out: one succeeds, the other says the file exists", async () => {
    const roster = await writeBook(dir, "ds2.xlsx");
    const out = join(dir, "du-toan-2.xlsx");
    const rs = await Promise.all([1, 2].map(() => cli(["estimate", roster, "--year", "2026", "--out", out])));
    expect(rs.map((r) => r.code).sort()).toEqual([0, 1]);
    expect(rs.find((r) => r.code === 1)!.err).toMatch(/đã có/);
    expect(listing(dir).filter((f) => f.includes("du-toan-2"))).toEqual(["du-toan-2.xlsx"]);
  });
  test("input errors: nothing written, the reserved temp file is removed", async () => {
    const roster = await writeBook(dir, "ds3.xlsx", { danhSach: [[1, "An", "Trưởng thông", null, "Xã A", "Thôn 1", 1, null, null, null]] });
    const r = await cli(["estimate", roster, "--year", "2026", "--out", join(dir, "du-toan-3.xlsx")]);
    expect(r.code).toBe(2);
    expect(listing(dir).filter((f) => f.includes("du-toan-3"))).toEqual([]);
  });
});

describe("the template records its pack and year; estimate and validate use them", () => {
  test("template → fill one row → estimate without --pack/--year", async () => {
    const mau = join(dir, "mau.xlsx");
    const t = await cli(["template", mau, "--pack", "hung-yen", "--year", "2027"]);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/gói hung-yen, năm 2027/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(mau);
    const ts = wb.getWorksheet("ThamSo")!;
    const values = ts.getSheetValues().slice(2).map((r) => (r as unknown[]).filter((v) => v !== undefined && v !== null));
    expect(values.some((r) => r[0] === "caiDat.goi" && r.includes("hung-yen"))).toBe(true);
    expect(values.some((r) => r[0] === "caiDat.nam" && r.includes(2027))).toBe(true);
    const ds = wb.getWorksheet("DanhSach")!;
    ds.addRow([1, "Nguyễn Văn An", "Trưởng thôn", null, "Xã A", null, 1.2]);
    // DonVi stays empty, so no village is checked; Thôn is needed by a village post
    ds.getRow(ds.rowCount).getCell(6).value = "Thôn 1";
    const filled = join(dir, "mau-da-dien.xlsx");
    await wb.xlsx.writeFile(filled);
    const r = await cli(["estimate", filled, "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ year: 2027, pack: "hung-yen" });
    // 12 × round(1,2 × 2,530,000) — NĐ 161/2026 Đ.3 k.2 (lương cơ sở from 1/7/2026)
    expect(j.totals.phuCap).toBe(12 * 3036000);
    expect(r.err).toMatch(/Gói tham số hung-yen lấy từ sheet ThamSo \(caiDat\.goi\)/);
    expect(r.err).toMatch(/Năm dự toán 2027 lấy từ sheet ThamSo \(caiDat\.nam\)/);
    const v = await cli(["validate", filled]);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/hợp lệ cho năm 2027, gói hung-yen/);
  });
  test("template refuses to overwrite, and writes atomically", async () => {
    const mau = join(dir, "mau2.xlsx");
    expect((await cli(["template", mau])).code).toBe(0);
    const again = await cli(["template", mau]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/đã có/);
    expect(listing(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("--pack-file, --tom-tat, validate", () => {
  const packFile = join(dir, "tinh-x.json");
  beforeAll(() =>
    writeFileSync(
      packFile,
      JSON.stringify({
        id: "tinh-x",
        name: "Tỉnh X",
        jurisdiction: "Tỉnh X",
        extends: "central",
        parameters: [{ key: "phuCap.truongThon", label: "Mức phụ cấp Trưởng thôn", unit: "coefficient", values: [{ from: "2024-07-01", value: "1.5", source: { document: "Nghị quyết 1/2024/NQ-HĐND tỉnh X (ví dụ)" }, confidence: "high" }] }],
      }),
    ),
  );
  test("estimate --pack-file alone uses that pack", async () => {
    const roster = await writeBook(dir, "ds4.xlsx", { danhSach: [[1, "An", "Trưởng thôn", null, "Xã A", "Thôn 1", null, null, null, null]] });
    const r = await cli(["estimate", roster, "--year", "2027", "--pack-file", packFile, "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.pack).toBe("tinh-x");
    expect(j.totals.phuCap).toBe(12 * 3795000); // 1,5 × 2,530,000
    const p = await cli(["packs", "--pack-file", packFile, "--show", "tinh-x"]);
    expect(p.code).toBe(0);
    expect(p.out).toMatch(/central ← tinh-x/);
  });
  test("--tom-tat prints the summary only", async () => {
    const roster = await writeBook(dir, "ds5.xlsx");
    const r = await cli(["estimate", roster, "--year", "2026", "--tom-tat"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Tổng cộng/);
    expect(r.out).not.toMatch(/THEO ĐƠN VỊ/);
  });
  test("validate without --year checks next year and says so", async () => {
    const roster = await writeBook(dir, "ds6.xlsx", { danhSach: goodRows() });
    const v = await cli(["validate", roster]);
    expect(v.code).toBe(0);
    expect(v.err).toMatch(/Kiểm tra cho năm 2027 \(năm sau\)/);
  });
});

describe("help in Vietnamese", () => {
  test.each([[["--help"]], [["estimate", "--help"]], [["validate", "--help"]], [["template", "--help"]], [["packs", "--help"]], [["help", "estimate"]]])("%j", async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Cách dùng: dutoan/);
    expect(r.out).toMatch(/Tùy chọn:/);
    expect(r.out + r.err).not.toMatch(FOREIGN);
  });
  test("dutoan with no command shows the help and exits 1", async () => {
    const r = await cli([]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Cách dùng: dutoan \[tùy chọn\] \[lệnh\]/);
  });
});
