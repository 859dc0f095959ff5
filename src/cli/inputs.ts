/**
 * Reading the files a run names into the pipeline's inputs: the roster workbook, --params files (JSON
 * or a workbook with a ThamSo sheet) and --pack-file province packs. A file that cannot be read is an
 * InputFileError with a Vietnamese message naming it.
 */
import { readFile } from "fs/promises";
import { basename, extname } from "path";
import type { PackFileInput, ParamsInput } from "../app";
import type { SheetData } from "../roster";
import { InputFileError, readXlsx } from "./xlsx/read";

/** Largest JSON file read (a province pack is a few hundred KB). */
const MAX_JSON_BYTES = 20 * 1024 * 1024;

function readProblem(e: unknown, file: string, what: string): InputFileError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new InputFileError(`Không tìm thấy ${what} “${file}”: kiểm tra tên và thư mục.`);
  if (code === "EISDIR") return new InputFileError(`“${file}” là một thư mục; cần ${what}.`);
  if (code === "EACCES" || code === "EPERM") return new InputFileError(`Không có quyền đọc ${what} “${file}”.`);
  return new InputFileError(`Không đọc được ${what} “${file}”${code ? ` (mã lỗi hệ thống ${code})` : ""}.`);
}

async function readText(file: string, what: string): Promise<string> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    throw readProblem(e, file, what);
  }
  if (buf.length > MAX_JSON_BYTES) throw new InputFileError(`${what[0].toUpperCase()}${what.slice(1)} “${file}” quá lớn (${Math.round(buf.length / 1048576)} MiB); cần tệp JSON dưới ${MAX_JSON_BYTES / 1048576} MiB.`);
  return buf.toString("utf8");
}

export async function readRoster(file: string): Promise<SheetData[]> {
  return readXlsx(file);
}

export async function readParams(files: string[]): Promise<ParamsInput[]> {
  const out: ParamsInput[] = [];
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    if (ext === ".json") out.push({ kind: "json", name: basename(file), text: await readText(file, "tệp tham số") });
    else if (ext === ".xlsx") out.push({ kind: "workbook", name: basename(file), sheets: await readXlsx(file) });
    else throw new InputFileError(`Tệp tham số “${file}” phải là .json hoặc .xlsx (có sheet ThamSo).`);
  }
  return out;
}

export async function readPackFiles(files: string[]): Promise<PackFileInput[]> {
  const out: PackFileInput[] = [];
  for (const file of files) {
    if (extname(file).toLowerCase() !== ".json") throw new InputFileError(`Tệp gói tham số “${file}” phải là tệp .json (gói của tỉnh do Sở Tài chính lập).`);
    out.push({ name: basename(file), text: await readText(file, "tệp gói tham số") });
  }
  return out;
}
