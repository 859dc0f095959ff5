/**
 * The workbooks a consolidation reads: the files named and every .xlsx file under the folders named
 * (recursively, in path order), without Excel's lock files (~$…), hidden folders or the output file
 * itself; each file once however it was reached.
 */
import type { Stats } from "fs";
import { readdir, realpath, stat } from "fs/promises";
import { basename, extname, join, resolve } from "path";
import type { Issue } from "../../engine/types";

export interface Found {
  files: string[];
  /** Lock files and other files skipped in folders (counted for the report line). */
  lockFiles: number;
  /** Paths that do not exist or are not .xlsx files (named explicitly): errors. */
  problems: Issue[];
}

const isLock = (name: string) => name.startsWith("~$") || name.startsWith(".~lock.");
const isXlsx = (name: string) => extname(name).toLowerCase() === ".xlsx";

async function walk(dir: string, out: string[], found: Found, seen: Set<string>): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return; // a folder linked into itself
  seen.add(real);
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (isLock(e.name)) {
      if (isXlsx(e.name)) found.lockFiles++;
      continue;
    }
    if (e.name.startsWith(".")) continue;
    const st = e.isSymbolicLink() ? await stat(path).catch(() => null) : null;
    if (e.isDirectory() || st?.isDirectory()) await walk(path, out, found, seen);
    else if ((e.isFile() || st?.isFile()) && isXlsx(e.name)) out.push(path);
  }
}

function problem(message: string, value: string): Issue {
  return { severity: "error", code: "TEP_KHONG_DOC_DUOC", message, value };
}

/** Every roster workbook under `paths`, without `exclude` (the output file). */
export async function findWorkbooks(paths: string[], exclude: string[] = []): Promise<Found> {
  const found: Found = { files: [], lockFiles: 0, problems: [] };
  const seenDirs = new Set<string>();
  const listed: string[] = [];
  for (const p of paths) {
    let st: Stats;
    try {
      st = await stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      found.problems.push(problem(code === "ENOENT" ? `Không tìm thấy tệp hoặc thư mục “${p}”: kiểm tra tên và đường dẫn.` : `Không đọc được “${p}” (mã lỗi hệ thống ${code}).`, p));
      continue;
    }
    if (st.isDirectory()) await walk(p, listed, found, seenDirs);
    else if (isLock(basename(p))) found.lockFiles++;
    else if (isXlsx(p)) listed.push(p);
    else found.problems.push(problem(`“${p}” không phải tệp .xlsx: lệnh tổng hợp chỉ đọc sổ Excel .xlsx (lưu lại tệp .xls bằng Excel dưới dạng .xlsx).`, p));
  }
  const skip = new Set(await Promise.all(exclude.map((f) => realpath(f).catch(() => resolve(f)))));
  const seen = new Set<string>();
  for (const f of listed) {
    const real = await realpath(f).catch(() => resolve(f));
    if (seen.has(real) || skip.has(real)) continue;
    seen.add(real);
    found.files.push(f);
  }
  return found;
}
