/**
 * CLI-level bad input (the CLI side of the bad-workbook corpus): output paths, --params and
 * --pack-file files, packs, years, commander's own errors. Each case: the exit status (2 = the input
 * has errors, 1 = usage or output problem), a Vietnamese message, nothing on stdout, nothing written
 * anywhere, no English library text or stack trace.
 */
import { linkSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { FOREIGN, cli, listing, tempDir, writeBook } from "./helpers";

jest.setTimeout(60000);

const dir = tempDir("dutoan-bad-cli-");
const outDir = join(dir, "ra");
mkdirSync(outDir);
let roster = "";
let n = 0;
beforeAll(async () => {
  roster = await writeBook(dir, "danh-sach.xlsx");
});
const json = (name: string, text: string) => {
  const f = join(dir, `${++n}-${name}`);
  writeFileSync(f, text);
  return f;
};
const est = (...extra: string[]) => ["estimate", roster, "--year", "2026", ...extra];
const packFile = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ id: "tinh-x", name: "Tỉnh X", jurisdiction: "Tỉnh X", extends: "central", parameters: [], ...over });

type Case = [name: string, args: () => Promise<string[]> | string[], exit: 1 | 2, message: RegExp];

const cases: Case[] = [
  ["--out in a missing folder (checked before reading the roster)", () => ["estimate", join(dir, "khong-co.xlsx"), "--year", "2026", "--out", join(dir, "khong-co", "a.xlsx")], 1, /Thư mục “.*khong-co” không tồn tại/],
  ["--out is a folder", () => {
    mkdirSync(join(outDir, "thu-muc.xlsx"), { recursive: true });
    return est("--out", join(outDir, "thu-muc.xlsx"), "--force");
  }, 1, /là một thư mục/],
  ["--out exists, no --force", () => {
    writeFileSync(join(outDir, "co-roi.xlsx"), "x");
    return est("--out", join(outDir, "co-roi.xlsx"));
  }, 1, /đã có: chọn tên khác hoặc thêm --force/],
  ["--out is the roster itself (--force)", () => est("--out", roster, "--force"), 1, /chính là tệp đầu vào/],
  ["--out is a symlink to the roster (--force)", () => {
    rmSync(join(outDir, "lien-ket.xlsx"), { force: true });
    symlinkSync(roster, join(outDir, "lien-ket.xlsx"));
    return est("--out", join(outDir, "lien-ket.xlsx"), "--force");
  }, 1, /chính là tệp đầu vào/],
  ["--out is a hard link to the roster (--force)", () => {
    rmSync(join(outDir, "cung-tep.xlsx"), { force: true });
    linkSync(roster, join(outDir, "cung-tep.xlsx"));
    return est("--out", join(outDir, "cung-tep.xlsx"), "--force");
  }, 1, /chính là tệp đầu vào/],
  ["--out is not .xlsx", () => est("--out", join(outDir, "a.csv")), 1, /phải có đuôi \.xlsx/],
  ["--params file missing", () => est("--params", join(dir, "khong-co.json")), 2, /Không tìm thấy tệp tham số/],
  ["--params not JSON", () => est("--params", json("tham-so.json", '{ "parameters": [ }')), 2, /tham-so\.json không phải JSON hợp lệ \(dòng 1, cột \d+\)/],
  ["--params neither .json nor .xlsx", () => est("--params", json("tham-so.txt", "x")), 2, /phải là \.json hoặc \.xlsx/],
  ["--params workbook without a ThamSo sheet", async () => est("--params", await writeBook(dir, "khong-tham-so.xlsx")), 2, /không có sheet tham số/],
  ["--pack-file not JSON", () => est("--pack-file", json("tinh-x.json", "id: tinh-x")), 2, /tinh-x\.json không phải JSON hợp lệ/],
  ["--pack-file with a bad field (path named)", () => est("--pack-file", json("tinh-x.json", packFile({ jurisdiction: 5 }))), 2, /tinh-x\.json, jurisdiction: /],
  ["--pack-file extends a pack that does not exist", () => est("--pack-file", json("tinh-x.json", packFile({ extends: "tinh-y" }))), 2, /extends: không có gói “tinh-y”/],
  ["--pack-file not .json", () => est("--pack-file", json("tinh-x.yaml", "id: x")), 2, /phải là tệp \.json/],
  ["--pack-file missing", () => est("--pack-file", join(dir, "khong-co.json")), 2, /Không tìm thấy tệp gói tham số/],
  ["unknown pack", () => est("--pack", "ha-noi"), 1, /Không có gói tham số “ha-noi”.*central.*dutoan packs/],
  ["year out of range", () => ["estimate", roster, "--year", "2015"], 1, /năm dự toán “2015” không hợp lệ; cần một năm từ 2016 đến 2100/i],
  ["year not a number", () => ["estimate", roster, "--year", "20x6"], 1, /“20x6” không hợp lệ/],
  ["missing --year (no caiDat.nam in the workbook)", () => ["estimate", roster], 1, /Chưa có năm dự toán: thêm --year <năm>/],
  ["--year without a value", () => ["estimate", roster, "--year"], 1, /Tùy chọn “--year <năm>” cần một giá trị/],
  ["unknown option", () => est("--pak", "hung-yen"), 1, /Không có tùy chọn “--pak” cho lệnh estimate\. Có phải ý bạn là “--pack”\?/],
  ["missing roster argument", () => ["estimate", "--year", "2026"], 1, /Thiếu tệp <danh-sach\.xlsx>/],
  ["unknown command", () => ["estimat", roster], 1, /Không có lệnh “estimat”\. Có phải ý bạn là “estimate”\?/],
  ["too many arguments", () => ["estimate", roster, "ban sao.xlsx", "--year", "2026"], 1, /Thừa tham số: lệnh estimate chỉ nhận 1 tệp.*ngoặc kép/],
  ["unknown pack in the workbook's caiDat.goi", async () => ["estimate", await writeBook(dir, "goi-sai.xlsx", { thamSo: [["caiDat.goi", "ha-noi", null, null, null]] }), "--year", "2026"], 2, /Sheet “ThamSo”, dòng 2, cột “Giá trị” \(mã caiDat\.goi\): không có gói tham số “ha-noi”/],
  ["validate fails what estimate fails (a level the pack does not have)", async () => ["validate", await writeBook(dir, "thieu-muc.xlsx", { danhSach: [[1, "An", "Trưởng thôn", null, "Xã A", "Thôn 1", null, null, null, null]] }), "--year", "2026"], 2, /Thiếu mức|phuCap\.truongThon/],
  ["template: unknown pack", () => ["template", join(outDir, "mau.xlsx"), "--pack", "ha-noi"], 1, /Không có gói tham số “ha-noi”/],
  ["template into a missing folder", () => ["template", join(dir, "khong-co", "mau.xlsx")], 1, /không tồn tại/],
];

test.each(cases)("%s", async (_name, args, exit, message) => {
  const before = [listing(dir), listing(outDir)];
  const r = await cli(await args());
  expect(r.code).toBe(exit);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(FOREIGN);
  expect(r.out).toBe("");
  // nothing written (the case itself may have created its fixture before `before` was taken, not after)
  const after = [listing(dir), listing(outDir)];
  expect(after[0].filter((f) => !before[0].includes(f) && !/^\d+-/.test(f) && !f.endsWith(".xlsx"))).toEqual([]);
  expect(after[1].filter((f) => !before[1].includes(f) && !["thu-muc.xlsx", "co-roi.xlsx", "lien-ket.xlsx", "cung-tep.xlsx"].includes(f))).toEqual([]);
});

/** The estimate cases with --json: one JSON document on stdout holding the error (code and message). */
const estimateCases = cases.filter(([name]) => !/^(template|validate|unknown command)/.test(name));
test.each(estimateCases.map((c) => [c[0], c] as const))("%s (--json)", async (_name, [, args, exit]) => {
  const a = await args();
  expect(a[0]).toBe("estimate");
  const r = await cli(["estimate", "--json", ...a.slice(1)]);
  expect(r.code).toBe(exit);
  const json = JSON.parse(r.out) as { errors: { code: string; message: string; severity: string }[] };
  expect(json.errors.length).toBeGreaterThan(0);
  for (const e of json.errors) {
    expect(e).toMatchObject({ severity: "error", code: expect.stringMatching(/^[A-Z][A-Z0-9_]+$/) });
    expect(e.message).not.toMatch(FOREIGN);
  }
  expect(r.err).toContain(json.errors[0].message.slice(0, 30));
});

test("--lang en: a file that cannot be read is told in English too", async () => {
  const dir = tempDir("dutoan-en-");
  const bad = join(dir, "ghi-chu.xlsx");
  writeFileSync(bad, "không phải sổ tính");
  const vi = await cli(["estimate", bad, "--year", "2026"]);
  const en = await cli(["--lang", "en", "estimate", bad, "--year", "2026"]);
  expect([vi.code, en.code]).toEqual([2, 2]);
  expect(vi.err).toContain("không phải sổ tính Excel .xlsx hợp lệ");
  expect(en.err).toContain("not a valid Excel .xlsx workbook");
});
