/**
 * The CLI on real .xlsx files (written with exceljs into a temp folder): exit status, located
 * Vietnamese errors, nothing computed or written on bad input, and the JSON contract on good input.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { COMPONENTS } from "../../src/engine/ledger";

jest.setTimeout(30000);

const dir = mkdtempSync(join(tmpdir(), "dutoan-cli-"));
const HEAD = ["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày"];
const good = () => [
  [1, "Nguyễn Văn An", "Bí thư chi bộ", null, "Xã A", "Thôn 1", 1.2, null, null, null],
  [2, "Nguyễn Văn An", "Trưởng thôn", "x", "Xã A", "Thôn 1", 1.0, null, null, null],
  [3, "Trần Thị Bình", "Trưởng ban công tác Mặt trận", null, "Xã A", "Thôn 1", 1.0, null, null, null],
];
const units = () => [
  ["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"],
  ["Xã A", null, "Xã", "I", null],
  ["Xã A", "Thôn 1", "Thôn", null, 400],
];

interface Book {
  danhSach?: unknown[][] | null;
  head?: string[];
  donVi?: unknown[][] | null;
  thamSo?: unknown[][] | null;
  merge?: string;
}
let n = 0;
async function book(b: Book = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (b.danhSach !== null) {
    const ws = wb.addWorksheet("DanhSach");
    ws.addRow(b.head ?? HEAD);
    for (const r of b.danhSach ?? good()) ws.addRow(r);
    if (b.merge) ws.mergeCells(b.merge);
  }
  if (b.donVi !== null) {
    const ws = wb.addWorksheet("DonVi");
    for (const r of b.donVi ?? units()) ws.addRow(r);
  }
  if (b.thamSo) {
    const ws = wb.addWorksheet("ThamSo");
    ws.addRow(["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ", "Ghi chú"]);
    for (const r of b.thamSo) ws.addRow(r);
  }
  const file = join(dir, `book-${++n}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const before = readdirSync(dir).length;
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n"), filesAdded: readdirSync(dir).length - before };
}

const estimateArgs = (file: string, extra: string[] = []) => ["estimate", file, "--year", "2026", ...extra];

describe("bad input: exit status 2, a located Vietnamese message, nothing computed or written", () => {
  const cases: [string, () => Promise<string[]>, RegExp][] = [
    ["missing file", async () => estimateArgs(join(dir, "khong-co.xlsx")), /Không tìm thấy tệp/],
    ["not an xlsx", async () => {
      const f = join(dir, "gia.xlsx");
      writeFileSync(f, "đây không phải tệp Excel");
      return estimateArgs(f);
    }, /không phải sổ tính Excel/],
    ["no DanhSach headers anywhere", async () => estimateArgs(await book({ head: ["A", "B", "C"], danhSach: [[1, 2, 3]] })), /DanhSach/],
    ["required column missing (Chức danh)", async () => estimateArgs(await book({ head: HEAD.map((h) => (h === "Chức danh" ? "XYZ" : h)) })), /Chức danh/],
    // (a DonVi with units alone is a job: funds and khoán; so the units sheet is left out here)
    ["empty DanhSach", async () => estimateArgs(await book({ danhSach: [], donVi: null })), /không có dòng/i],
    ["text in a number cell", async () => estimateArgs(await book({ danhSach: [[1, "An", "Trưởng thôn", null, "Xã A", "Thôn 1", "abc", null, null, null]] })), /dòng 2, cột “Hệ số”.*abc/],
    ["negative Mức tiền", async () => estimateArgs(await book({ danhSach: [[1, "An", "Trưởng thôn", null, "Xã A", "Thôn 1", null, -5, null, null]] })), /dòng 2, cột “Mức tiền”/],
    ["unknown post", async () => estimateArgs(await book({ danhSach: [[1, "An", "Trưởng thông", null, "Xã A", "Thôn 1", 1, null, null, null]] })), /dòng 2, cột “Chức danh”.*Trưởng thông/],
    ["dates out of order", async () => estimateArgs(await book({ danhSach: [[1, "An", "Trưởng thôn", null, "Xã A", "Thôn 1", 1, null, "01/08/2026", "01/07/2026"]] })), /dòng 2.*Từ ngày|Đến ngày/],
    ["impossible date", async () => estimateArgs(await book({ danhSach: [[1, "An", "Trưởng thôn", null, "Xã A", "Thôn 1", 1, null, "31/02/2026", null]] })), /dòng 2, cột “Từ ngày”.*31\/02\/2026/],
    ["merged cells in the data", async () => estimateArgs(await book({ merge: "B3:C3" })), /B3:C3/],
    ["village missing from DonVi", async () => estimateArgs(await book({ danhSach: [[1, "An", "Trưởng thôn", null, "Xã A", "Thôn 9", 1, null, null, null]] })), /Thôn 9/],
    ["duplicate unit in DonVi", async () => estimateArgs(await book({ donVi: [...units(), ["Xã A", "Thôn 1", "Thôn", null, 300]] })), /DonVi.*dòng 4/],
    ["concurrent row without a main post", async () => estimateArgs(await book({ danhSach: [[1, "An", "Trưởng thôn", "x", "Xã A", "Thôn 1", 1, null, null, null]] })), /dòng 2.*Kiêm nhiệm/],
    ["error cell (#N/A)", async () => estimateArgs(await book({ danhSach: [[1, "An", "Trưởng thôn", null, "Xã A", "Thôn 1", { error: "#N/A" }, null, null, null]] })), /#N\/A/],
    ["ThamSo: unknown key", async () => estimateArgs(await book({ thamSo: [["luongCoSoo", 2600000, "01/01/2027", "NĐ mới", null]] })), /ThamSo.*luongCoSoo/],
    ["ThamSo: value not a number", async () => estimateArgs(await book({ thamSo: [["luongCoSo", "hai triệu", "01/01/2027", "NĐ mới", null]] })), /ThamSo.*hai triệu/],
    ["post with no provincial rate and no Hệ số", async () => estimateArgs(await book({ danhSach: [[1, "An", "Trưởng thôn", null, "Xã A", "Thôn 1", null, null, null, null]] })), /dòng 2.*ThamSo/],
    ["--params JSON with a bad value (JSON path named)", async () => {
      const f = join(dir, "thamso-sai.json");
      writeFileSync(f, JSON.stringify({ parameters: [{ key: "luongCoSo", label: "LCS", unit: "VND", values: [{ from: "2027-01-01", value: 2600000, source: { document: "x" }, confidence: "high" }] }] }));
      return estimateArgs(await book(), ["--params", f]);
    }, /parameters\[0\]\.values\[0\]\.value/],
  ];
  test.each(cases)("%s", async (_name, args, message) => {
    const r = await cli(await args());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe("");
    expect(r.filesAdded).toBe(0);
  });
  test("with --json the errors come as one JSON document on stdout", async () => {
    const r = await cli(estimateArgs(await book({ danhSach: [[1, "An", "Trưởng thông", null, "Xã A", "Thôn 1", 1, null, null, null]] }), ["--json"]));
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.errors[0]).toMatchObject({ code: "UNKNOWN_POST", sheet: "DanhSach", row: 2, column: "Chức danh" });
  });
  test("a bad --year is a usage error (exit 1)", async () => {
    expect((await cli(["estimate", await book(), "--year", "20x6"])).code).toBe(1);
  });
});

describe("good input", () => {
  test("estimate --json follows the contract; components add up to tong", async () => {
    const r = await cli(estimateArgs(await book(), ["--json"]));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.year).toBe(2026);
    expect(j.pack).toBe("central");
    for (const c of COMPONENTS) expect(typeof j.totals[c]).toBe("number");
    expect(COMPONENTS.reduce((a, c) => a + j.totals[c], 0)).toBe(j.totals.tong);
    expect(j.byQuarter).toHaveLength(4);
    // Bí thư 1.2 + Trưởng ban 1.0 (phụ cấp), Trưởng thôn kiêm nhiệm 100% of 1.0 — NĐ 73/2024, NĐ 161/2026, NĐ 33/2023 Đ.34 k.4
    expect(j.totals.phuCap).toBe(6 * (2808000 + 2340000) + 6 * (3036000 + 2530000));
    expect(j.totals.phuCapKiemNhiem).toBe(29220000);
    expect(j.funds.find((f: { thon: string | null }) => f.thon === "Thôn 1")).toMatchObject({ quyKhoan: 6 * 14040000 + 6 * 16445000 });
    expect(Array.isArray(j.warnings) && Array.isArray(j.errors)).toBe(true);
  });
  test("a ThamSo value is used from its date and listed as user-supplied", async () => {
    const r = await cli(estimateArgs(await book({ thamSo: [["kiemNhiem.tyLe", 0.5, "01/07/2026", "NQ của tỉnh", null]] }), ["--json"]));
    const j = JSON.parse(r.out);
    expect(j.totals.phuCapKiemNhiem).toBe(6 * 2340000 + 6 * 1265000);
    expect(j.userSupplied.map((p: { key: string }) => p.key)).toEqual(["kiemNhiem.tyLe"]);
  });
  test("the bundled sample: Hưng Yên 2026, exit 0, readable summary", async () => {
    const r = await cli(["estimate", join(__dirname, "../../samples/hung-yen-xa-mau.xlsx"), "--year", "2026", "--pack", "hung-yen"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/DỰ TOÁN KINH PHÍ NĂM 2026/);
    expect(r.out).toMatch(/TỔNG CỘNG/);
    expect(r.out).toMatch(/GIÁ TRỊ CHƯA XÁC NHẬN ĐANG DÙNG/);
  });
  test("validate and packs", async () => {
    const v = await cli(["validate", await book()]);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/3 dòng DanhSach/);
    const p = await cli(["packs"]);
    expect(p.out).toMatch(/hung-yen/);
    const s = await cli(["packs", "--show", "hung-yen"]);
    expect(s.out).toMatch(/hoTro\.toBaoVe\.toVien/);
    expect(s.out).toMatch(/CHƯA XÁC NHẬN/);
  });
});

describe("template", () => {
  test("an empty roster workbook whose example row is skipped; refuses to overwrite", async () => {
    const f = join(dir, "mau.xlsx");
    const r = await cli(["template", f, "--pack", "hung-yen"]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["DanhSach", "DonVi", "ThamSo", "DanhMuc"]);
    expect(wb.getWorksheet("DanhSach")!.getCell("C2").dataValidation).toMatchObject({ type: "list" });
    // only the example row: the roster is empty, so validate reports exactly that
    const v = await cli(["validate", f, "--pack", "hung-yen"]);
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/không có dòng dữ liệu/);
    expect((await cli(["template", f])).code).toBe(1);
  });
});
