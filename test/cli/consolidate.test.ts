/**
 * `dutoan consolidate` on real .xlsx files in folders: the province figures are the sums of each
 * file's own `estimate --json`; a broken workbook is listed with its located errors while the others
 * consolidate (exit 0); lock files, other files and DuToan's own output are skipped; exit 2 when no
 * file consolidates; the compiled CLI with real worker threads gives the same document.
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import type { Summary } from "../../src/engine/aggregate";
import { COMPONENTS } from "../../src/engine/ledger";
import { run } from "../../src/cli/main";
import { readXlsxFile } from "../../src/xlsx";
import { cli, goodRows, listing, tempDir, writeBook } from "./helpers";

jest.setTimeout(120000);

const ROOT = join(__dirname, "../..");
const SAMPLES = join(ROOT, "samples/tinh");

interface Doc {
  year: number;
  files: { total: number; done: number; failed: number; skipped: number };
  totals: Summary["totals"];
  byQuarter: Summary["byQuarter"];
  communes: { xa: string; file: string; people: number; totals: Summary["totals"]; transfers: { bhxhTuNguyen: number[]; bhyt: number[] } }[];
  failed: { file: string; errors: { sheet?: string; row?: number; column?: string; message: string }[] }[];
  skipped: { file: string; reason: string }[];
}

const rowsOf = (xa: string) => goodRows().map((r) => [...r.slice(0, 4), xa, ...r.slice(5)]);
/** A commune's roster: the three good rows and its DonVi, under the commune's name. */
const commune = (xa: string) => ({ danhSach: rowsOf(xa), donVi: [[xa, null, "Xã", "I", null], [xa, "Thôn 1", "Thôn", null, 400]] });

/** A folder as a Sở receives it: two good communes (one in a subfolder), one broken, a lock file, a note. */
async function folder(): Promise<string> {
  const dir = tempDir("dutoan-tinh-");
  mkdirSync(join(dir, "huyen-cu"));
  await writeBook(dir, "xa-a.xlsx", commune("Xã A"));
  await writeBook(join(dir, "huyen-cu"), "xa-b.xlsx", commune("Xã B"));
  await writeBook(dir, "xa-c.xlsx", { danhSach: [[1, "Lê Văn Cường", "Chức danh không có", null, "Xã C", "Thôn 1", 1, null, null, null]], donVi: commune("Xã C").donVi });
  writeFileSync(join(dir, "~$xa-a.xlsx"), "lock");
  writeFileSync(join(dir, "ghi-chu.txt"), "không phải sổ tính");
  return dir;
}

const json = async (args: string[]) => {
  const r = await cli(args);
  return { ...r, doc: JSON.parse(r.out) as Doc };
};

describe("dutoan consolidate", () => {
  let dir: string;
  beforeAll(async () => (dir = await folder()));

  test("the province figures are the sums of each commune's own estimate, component by component and quarter by quarter", async () => {
    const { code, doc, err } = await json(["consolidate", dir, "--year", "2026", "--json"]);
    expect(code).toBe(0);
    expect(doc.files).toEqual({ total: 3, done: 2, failed: 1, skipped: 0 });
    const own = await Promise.all(["xa-a.xlsx", "huyen-cu/xa-b.xlsx"].map(async (f) => JSON.parse((await cli(["estimate", join(dir, f), "--year", "2026", "--json"])).out) as Summary));
    for (const k of [...COMPONENTS, "tong"] as const) {
      expect([k, doc.totals[k]]).toEqual([k, own[0].totals[k] + own[1].totals[k]]);
      for (const q of [0, 1, 2, 3]) expect([k, q, doc.byQuarter[q].totals[k]]).toEqual([k, q, own[0].byQuarter[q].totals[k] + own[1].byQuarter[q].totals[k]]);
    }
    expect(doc.communes.map((c) => [c.xa, c.file, c.totals.tong, c.people])).toEqual([
      ["Xã A", join(dir, "xa-a.xlsx"), own[0].totals.tong, 2],
      ["Xã B", join(dir, "huyen-cu/xa-b.xlsx"), own[1].totals.tong, 2],
    ]);
    expect(err).toContain("Đã bỏ qua 1 tệp khóa ~$");
  });

  test("a broken workbook is listed with its located errors; a warning line names it; the rest consolidate", async () => {
    const { doc } = await json(["consolidate", dir, "--year", "2026", "--json"]);
    expect(doc.failed.map((f) => f.file)).toEqual([join(dir, "xa-c.xlsx")]);
    expect(doc.failed[0].errors[0]).toMatchObject({ sheet: "DanhSach", row: 2, column: "Chức danh" });
    const text = await cli(["consolidate", dir, "--year", "2026"]);
    expect(text.code).toBe(0);
    expect(text.out).toContain("TỆP KHÔNG ĐƯỢC TỔNG HỢP (1 có lỗi, 0 bỏ qua)");
    expect(text.out).toMatch(/✗ .*xa-c\.xlsx \(1 lỗi\)\n\s+✗ Sheet “DanhSach”, dòng 2, cột “Chức danh”/);
    expect(text.err).toMatch(/⚠ 1 tệp có lỗi không được tổng hợp: .*xa-c\.xlsx/);
  });

  test("the same commune in two files is an error naming both; neither is counted", async () => {
    const d = tempDir("dutoan-trung-");
    await writeBook(d, "xa-a.xlsx", commune("Xã A"));
    await writeBook(d, "xa-a-ban-moi.xlsx", commune("Xã A"));
    await writeBook(d, "xa-b.xlsx", commune("Xã B"));
    const { code, doc } = await json(["consolidate", d, "--year", "2026", "--json"]);
    expect(code).toBe(0);
    expect(doc.communes.map((c) => c.xa)).toEqual(["Xã B"]);
    expect(doc.failed.map((f) => f.file)).toEqual([join(d, "xa-a-ban-moi.xlsx"), join(d, "xa-a.xlsx")]);
    expect(doc.failed[0].errors[0].message).toContain(`“${join(d, "xa-a.xlsx")}”`);
  });

  test("no file consolidates: exit 2, every failure printed, nothing written", async () => {
    const d = tempDir("dutoan-hong-");
    await writeBook(d, "xa-c.xlsx", { danhSach: [[1, "Lê Văn Cường", "Chức danh không có", null, "Xã C", "Thôn 1", 1, null, null, null]], donVi: commune("Xã C").donVi });
    writeFileSync(join(d, "~$xa-c.xlsx"), "lock");
    const r = await cli(["consolidate", d, "--year", "2026", "--out", join(d, "tinh.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không tệp nào tổng hợp được \(1 tệp có lỗi\)/);
    expect(r.err).toContain("dòng 2");
    expect(listing(d)).toEqual(["xa-c.xlsx", "~$xa-c.xlsx"]);
    const empty = await cli(["consolidate", tempDir("dutoan-rong-"), "--year", "2026"]);
    expect([empty.code, empty.err]).toEqual([2, expect.stringContaining("Không tìm thấy sổ .xlsx nào")]);
  });

  test("many broken files: the first 30 are printed, the rest counted (all with --chi-tiet)", async () => {
    const d = tempDir("dutoan-nhieu-");
    for (let i = 1; i <= 31; i++) {
      const xa = `Xã ${String(i).padStart(2, "0")}`;
      await writeBook(d, `xa-${String(i).padStart(2, "0")}.xlsx`, { danhSach: [[1, "Lê Văn Cường", "Chức danh không có", null, xa, "Thôn 1", 1, null, null, null]], donVi: commune(xa).donVi });
    }
    const short = await cli(["consolidate", d, "--year", "2026"]);
    expect(short.code).toBe(2);
    expect(short.err).toContain("… và 1 tệp có lỗi khác");
    expect(short.err).not.toContain("xa-31.xlsx");
    const all = await cli(["consolidate", d, "--year", "2026", "--chi-tiet"]);
    expect(all.err).toContain("xa-31.xlsx");
  });

  test("usage: --year is required; a path that is not there or not .xlsx is a failure of its own", async () => {
    const r = await cli(["consolidate", dir]);
    expect([r.code, r.err]).toEqual([1, expect.stringContaining("thêm --year")]);
    const { code, doc, err } = await json(["consolidate", join(dir, "xa-a.xlsx"), join(dir, "khong-co.xlsx"), join(dir, "ghi-chu.txt"), "--year", "2026", "--json"]);
    expect([code, err]).toEqual([0, expect.stringContaining("⚠ 2 tệp có lỗi")]);
    expect(doc.failed.map((f) => f.errors[0].message)).toEqual([expect.stringContaining("không phải tệp .xlsx"), expect.stringContaining("Không tìm thấy tệp hoặc thư mục")]);
    expect((await cli(["consolidate", dir, "--year", "2026", "--workers", "0"])).code).toBe(1);
  });

  test("--out writes the province workbook once; its own output in the folder is skipped on the next run", async () => {
    const d = tempDir("dutoan-out-");
    await writeBook(d, "xa-a.xlsx", commune("Xã A"));
    await writeBook(d, "xa-b.xlsx", commune("Xã B"));
    const out = join(d, "tong-hop.xlsx");
    expect((await cli(["consolidate", d, "--year", "2026", "--out", out])).code).toBe(0);
    expect((await readXlsxFile(out)).map((s) => s.name)).toEqual(["TongHop_2026", "TheoXa_2026", "QuyKhoan_2026", "CanCu_2026"]);
    const again = await cli(["consolidate", d, "--year", "2026", "--out", out]);
    expect(again.code).toBe(1);
    expect(again.err).toContain("--force");
    copyFileSync(out, join(d, "tong-hop-cu.xlsx"));
    const { doc } = await json(["consolidate", d, "--year", "2026", "--json"]);
    expect(doc.files).toEqual({ total: 4, done: 2, failed: 0, skipped: 2 });
    expect(doc.skipped.map((s) => s.reason)).toEqual([expect.stringContaining("Sổ dự toán do DuToan ghi"), expect.stringContaining("Sổ dự toán do DuToan ghi")]);
  });

  test("estimate and validate refuse a workbook DuToan wrote (never read its Chi tiết as a roster)", async () => {
    const d = tempDir("dutoan-own-");
    const roster = await writeBook(d, "xa-a.xlsx", commune("Xã A"));
    const out = join(d, "du-toan.xlsx");
    expect((await cli(["estimate", roster, "--year", "2026", "--out", out])).code).toBe(0);
    for (const cmd of ["estimate", "validate"]) {
      const r = await cli([cmd, out, "--year", "2026"]);
      expect([cmd, r.code, r.err]).toEqual([cmd, 2, expect.stringContaining("sổ dự toán do DuToan ghi")]);
    }
  });

  test("a progress line per file when stderr is a terminal; none with --json", async () => {
    const lines: string[] = [];
    const io = { out: () => undefined, err: () => undefined, progress: (l: string) => lines.push(l) };
    expect(await run(["consolidate", SAMPLES, "--year", "2026", "--pack", "hung-yen"], io)).toBe(0);
    expect(lines.slice(0, 3).map((l) => l.replace(/\d+,\d s$/, "t s"))).toEqual([
      expect.stringMatching(/^\[1\/3\] .*xa-an-lac\.xlsx ✗ … t s$/),
      "[2/3] Xã Đồng Tâm … t s",
      "[3/3] Xã Hòa Bình … t s",
    ]);
    expect(lines[lines.length - 1]).toBe("");
    lines.length = 0;
    expect(await run(["consolidate", SAMPLES, "--year", "2026", "--pack", "hung-yen", "--json"], io)).toBe(0);
    expect(lines).toEqual([]);
  });

  const compiled = join(ROOT, "build/cli/consolidate/worker.js");
  (existsSync(compiled) ? test : test.skip)("the compiled CLI (worker threads, 2 workers) gives the same document as one thread in process", async () => {
    const inProcess = (await json(["consolidate", SAMPLES, "--year", "2026", "--pack", "hung-yen", "--json"])).doc;
    const r = spawnSync(process.execPath, [join(ROOT, "bin/dutoan.js"), "consolidate", SAMPLES, "--year", "2026", "--pack", "hung-yen", "--json", "--workers", "2"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const threaded = JSON.parse(r.stdout) as Doc;
    const strip = (d: Doc) => ({ ...d, communes: d.communes.map((c) => ({ ...c })), failed: d.failed });
    expect(strip(threaded)).toEqual(strip(inProcess));
    expect(threaded.files).toEqual({ total: 3, done: 2, failed: 1, skipped: 0 });
    expect(threaded.failed[0].file).toMatch(/xa-an-lac\.xlsx$/);
  });
});
