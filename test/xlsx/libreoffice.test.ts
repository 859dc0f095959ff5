/**
 * Workbooks saved by LibreOffice Calc 7.4 (test/fixtures/libreoffice/, made by make.js there: exceljs
 * sources with formulas saved WITHOUT results, opened, recalculated and saved by LibreOffice). Its
 * own XML (t="n", hidden="true", date1904="false", shared strings after the sheets) reads as Excel's
 * does, and LibreOffice's results of the formulas are the values read.
 */
import { mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { readXlsx } from "../../src/cli/xlsx/read";
import { resolvePack } from "../../src/packs";
import { readWorkbook } from "../../src/roster";

jest.setTimeout(30000);

const fixture = (name: string) => join(__dirname, "../fixtures/libreoffice", name);
const pack = resolvePack("central");

test("lo-roster.xlsx: sheets, visibility, merges and hidden rows as LibreOffice saved them", async () => {
  const sheets = await readXlsx(fixture("lo-roster.xlsx"));
  expect(sheets.map((s) => [s.name, !!s.hidden, s.merges, s.hiddenRows ?? []])).toEqual([
    ["DanhSach", false, ["A1:M1"], [7]],
    ["DonVi", false, [], []],
    ["ThamSo", false, [], []],
    ["DanhSach cũ", true, [], []],
  ]);
});

test("lo-roster.xlsx: every row, with LibreOffice's results for the formulas saved without them", async () => {
  const r = readWorkbook(await readXlsx(fixture("lo-roster.xlsx")), pack);
  expect(r.issues.map((i) => [i.severity, i.code, i.sheet, i.row])).toEqual([
    ["warning", "HIDDEN_ROWS_COUNTED", "DanhSach", 7],
    ["warning", "HIDDEN_SHEET_SKIPPED", "DanhSach cũ", undefined],
  ]);
  expect(r.rows.map((x) => [x.loc.row, x.hoTen, x.postCode, x.kiemNhiem, x.thon, x.heSo, x.mucTien, x.tuNgay, x.denNgay, x.bhxh, x.bhyt, x.ghiChu])).toEqual([
    [4, "Nguyễn Văn An", "biThuChiBo", false, "Thôn 1", "1.2", null, "2026-01-01", null, "batBuoc", true, "ghi chú"],
    [5, "Nguyễn Văn An", "truongThon", true, "Thôn 1", "1", null, null, null, null, null, null],
    // =0.5*3 → 1.5, =DATE(2026,7,1) → 1/7/2026, ="Mức "&TEXT(G6,"0.0") → "Mức 1.5"
    [6, "Trần Thị Bình", "truongBanCongTacMatTran", false, "Thôn 2", "1.5", null, "2026-07-01", "2026-12-31", "tuNguyen", false, "Mức 1.5"],
    [7, "Lê Văn Cường", "thonDoiTruong", false, "Thôn 2", null, 1755000, null, null, null, null, null],
  ]);
  expect(r.units.map((u) => [u.thon, u.loai, u.soHo, u.dacDiem])).toEqual([[null, "xa", null, []], ["Thôn 1", "thon", 420, ["bienGioi"]], ["Thôn 2", "thon", 180, []]]);
  expect(r.settings).toEqual({ "caiDat.goi": "central", "caiDat.nam": "2026" });
  expect(r.thamSo).toEqual([{ loc: { sheet: "ThamSo", row: 4 }, ma: "luongCoSo", giaTri: "2530000", hieuLucTu: "2026-07-01", canCu: "NĐ lương cơ sở 2026", ghiChu: null }]);
});

test("lo-leavers.xlsx: a leavers-only workbook; the salary is LibreOffice's =1.5*2340000", async () => {
  const r = readWorkbook(await readXlsx(fixture("lo-leavers.xlsx")), pack);
  expect(r.issues).toEqual([]);
  expect(r.leavers).toEqual([expect.objectContaining({ hoTen: "Phạm Văn Đức", doiTuong: "hdkctThon", ngayNghi: "2025-09-01", tienLuongThang: 3510000, thangDongBhxh: 54, soThangCongTac: 48 })]);
});

test("both run through the CLI: exit 0, an estimate written", async () => {
  // The leaver leaves on 1/9/2025: the one-off payment is in the 2025 estimate.
  for (const [f, year] of [["lo-roster.xlsx", "2026"], ["lo-leavers.xlsx", "2025"]]) {
    const dir = mkdtempSync(join(tmpdir(), "dutoan-lo-"));
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(["estimate", fixture(f), "--year", year, "--json", "--out", join(dir, "out.xlsx")], { out: (s) => out.push(s), err: (s) => err.push(s) });
    expect([f, code, err.filter((e) => e.includes("✗"))]).toEqual([f, 0, []]);
    expect(JSON.parse(out.join("\n")).totals.tong).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  }
});
