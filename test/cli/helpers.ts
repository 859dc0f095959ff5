/** Real .xlsx workbooks (written with exceljs into a temp folder) and a runner of the CLI in-process. */
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";

export const HEAD = ["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày"];
export const goodRows = () => [
  [1, "Nguyễn Văn An", "Bí thư chi bộ", null, "Xã A", "Thôn 1", 1.2, null, null, null],
  [2, "Nguyễn Văn An", "Trưởng thôn", "x", "Xã A", "Thôn 1", 1.0, null, null, null],
  [3, "Trần Thị Bình", "Trưởng ban công tác Mặt trận", null, "Xã A", "Thôn 1", 1.0, null, null, null],
];
export const unitRows = () => [
  ["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"],
  ["Xã A", null, "Xã", "I", null],
  ["Xã A", "Thôn 1", "Thôn", null, 400],
];

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface Book {
  danhSach?: unknown[][];
  thamSo?: unknown[][];
  /** DonVi rows after its header; default: Xã A and its Thôn 1. */
  donVi?: unknown[][];
}

/** A roster workbook in `dir`; ThamSo rows are [Mã, Giá trị, Hiệu lực từ, Căn cứ, Ghi chú]. */
export async function writeBook(dir: string, name: string, b: Book = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ds = wb.addWorksheet("DanhSach");
  ds.addRow(HEAD);
  for (const r of b.danhSach ?? goodRows()) ds.addRow(r);
  const dv = wb.addWorksheet("DonVi");
  for (const r of b.donVi ? [unitRows()[0], ...b.donVi] : unitRows()) dv.addRow(r);
  if (b.thamSo) {
    const ts = wb.addWorksheet("ThamSo");
    ts.addRow(["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ", "Ghi chú"]);
    for (const r of b.thamSo) ts.addRow(r);
  }
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function cli(args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, new Date(2026, 5, 1));
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export const listing = (dir: string) => readdirSync(dir).sort();

/** Text a user must never see: commander's English, stack traces, raw Node error codes with paths. */
export const FOREIGN = /\berror:|Usage:|Options:|Arguments:|Commands:|display help|\(default:|\bat .+:\d+:\d+\)|Error: |ENOENT:|EACCES:|undefined|\[object Object\]/;
