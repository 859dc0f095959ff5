/**
 * The .xlsx container: a zip opened with random access (yauzl), so parts are read in the order the
 * reader needs (workbook, shared strings and styles before any sheet) whatever their order in the
 * file. Everything the central directory declares is checked before a byte is inflated: number of
 * entries, total uncompressed size, compression ratio, encryption; yauzl then enforces the declared
 * sizes while inflating (a part that inflates past its declared size fails at that point).
 */
import { open as openFile, readFile } from "fs/promises";
import { Readable } from "stream";
import { inflateRawSync } from "zlib";
import * as yauzl from "yauzl";
import { InputFileError, RESAVE_EN, RESAVE_VI } from "./errors";
import { mib, type XlsxLimits } from "./limits";

const CFB_MAGIC = "d0cf11e0a1b11ae1";
/**
 * A workbook up to this size is read into memory in one read, and its parts up to INFLATE_IN_THREAD
 * are inflated in the calling thread: no round trip per small read or inflate chunk through libuv's
 * thread pool, which is what a commune-sized roster spends most of its time waiting on (and what
 * keeps worker threads of a consolidation from scaling). Larger parts still stream.
 */
const IN_MEMORY_FILE = 16 * 1024 * 1024;
const INFLATE_IN_THREAD = 8 * 1024 * 1024;
/** Characters per chunk handed to the XML parser (small: an overlong text is reported at its row). */
const CHUNK = 1 << 16;

/** Reads the first bytes of a file and its size, with Vietnamese messages for the usual failures. */
async function probe(file: string, limits: XlsxLimits): Promise<{ head: Buffer; size: number }> {
  let fh;
  try {
    fh = await openFile(file, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new InputFileError("FILE_NOT_FOUND", { file }, `Không tìm thấy tệp; cần kiểm tra đường dẫn và tên tệp.`, `file not found; check the path and name.`);
    if (code === "EACCES" || code === "EPERM")
      throw new InputFileError("FILE_UNREADABLE", { file }, `không có quyền đọc tệp; cần cấp quyền đọc hoặc sao chép tệp sang thư mục khác.`, `no permission to read the file.`);
    throw new InputFileError("FILE_UNREADABLE", { file }, `không mở được tệp (${code ?? "lỗi hệ thống"}); cần kiểm tra tệp có đang mở ở chương trình khác không.`, `the file cannot be opened (${code ?? "system error"}).`);
  }
  try {
    const st = await fh.stat();
    if (st.isDirectory())
      throw new InputFileError("FILE_UNREADABLE", { file }, `đây là một thư mục, không phải tệp .xlsx; cần chỉ đến tệp sổ tính.`, `this is a folder, not an .xlsx file.`);
    if (st.size > limits.maxFileBytes)
      throw new InputFileError("FILE_TOO_LARGE", { file },
        `tệp quá lớn (${mib(st.size)}; tối đa ${mib(limits.maxFileBytes)}); cần chia danh sách thành nhiều sổ nhỏ hơn.`,
        `the file is too large (${mib(st.size)}; at most ${mib(limits.maxFileBytes)}); split the roster into smaller workbooks.`);
    const head = Buffer.alloc(8);
    const { bytesRead } = await fh.read(head, 0, 8, 0);
    if (bytesRead === 0)
      throw new InputFileError("NOT_XLSX", { file }, `tệp rỗng (0 byte); cần một sổ tính Excel .xlsx.`, `the file is empty; expected an Excel .xlsx workbook.`);
    return { head: head.subarray(0, bytesRead), size: st.size };
  } finally {
    await fh.close();
  }
}

/** Why yauzl could not open the file, told from its first bytes rather than yauzl's text. */
function openFailure(file: string, head: Buffer): InputFileError {
  if (head.toString("hex") === CFB_MAGIC)
    return new InputFileError("XLS_OR_ENCRYPTED", { file },
      `đây là sổ Excel cũ (.xls) hoặc sổ .xlsx có đặt mật khẩu; cần mở bằng Excel, bỏ mật khẩu (nếu có) rồi lưu thành Excel Workbook (.xlsx).`,
      `this is an old Excel workbook (.xls) or a password-protected .xlsx; open it in Excel, remove the password and save it as an Excel Workbook (.xlsx).`);
  if (head.subarray(0, 2).toString("latin1") === "PK")
    return new InputFileError("ZIP_TRUNCATED", { file },
      `tệp .xlsx bị hỏng hoặc bị cắt cụt (có thể tải về hoặc sao chép chưa xong); ${RESAVE_VI}.`,
      `the .xlsx file is damaged or truncated (perhaps an unfinished download or copy); ${RESAVE_EN}.`);
  return new InputFileError("NOT_XLSX", { file },
    `không phải sổ tính Excel .xlsx hợp lệ (có thể là tệp .csv, .pdf hoặc tệp đổi đuôi); cần mở bằng Excel rồi lưu thành Excel Workbook (.xlsx).`,
    `not a valid Excel .xlsx workbook (perhaps a .csv, .pdf or renamed file); open it in Excel and save it as an Excel Workbook (.xlsx).`);
}

export class ZipArchive {
  private readonly entries = new Map<string, yauzl.Entry>();

  private constructor(
    readonly file: string,
    private readonly zip: yauzl.ZipFile,
    private readonly limits: XlsxLimits,
    /** The whole file, when it was small enough to read at once. */
    private readonly buffer: Buffer | null,
  ) {}

  /** Opens the zip and checks its central directory against the limits. */
  static async open(file: string, limits: XlsxLimits): Promise<ZipArchive> {
    const { head, size } = await probe(file, limits);
    const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true, strictFileNames: false };
    let zip: yauzl.ZipFile;
    let buffer: Buffer | null = null;
    try {
      if (size <= IN_MEMORY_FILE) {
        buffer = await readFile(file);
        zip = await yauzl.fromBufferPromise(buffer, options);
      } else zip = await yauzl.openPromise(file, options);
    } catch {
      throw openFailure(file, head);
    }
    const archive = new ZipArchive(file, zip, limits, buffer);
    try {
      await archive.scan();
    } catch (e) {
      archive.close();
      throw e;
    }
    return archive;
  }

  private async scan(): Promise<void> {
    const { file, limits } = this;
    if (this.zip.entryCount > limits.maxEntries)
      throw new InputFileError("ZIP_TOO_MANY_ENTRIES", { file },
        `tệp nén chứa ${this.zip.entryCount} phần (tối đa ${limits.maxEntries}); không phải sổ tính Excel bình thường, ${RESAVE_VI}.`,
        `the zip holds ${this.zip.entryCount} entries (at most ${limits.maxEntries}); not an ordinary Excel workbook, ${RESAVE_EN}.`);
    let total = 0;
    try {
      for await (const entry of this.zip.eachEntry()) {
        total += entry.uncompressedSize;
        if (total > limits.maxTotalUncompressed)
          throw new InputFileError("ZIP_TOO_LARGE", { file },
            `nội dung giải nén của tệp vượt quá ${mib(limits.maxTotalUncompressed)} (có thể là tệp “bom nén”); cần một sổ tính nhỏ hơn hoặc chia danh sách thành nhiều sổ.`,
            `the uncompressed content exceeds ${mib(limits.maxTotalUncompressed)} (possibly a zip bomb); use a smaller workbook or split the roster.`);
        this.check(entry);
        const key = entry.fileName.replace(/\\/g, "/").toLowerCase();
        if (this.entries.has(key))
          throw new InputFileError("ZIP_CORRUPT", { file, part: entry.fileName },
            `tệp có hai phần cùng tên; ${RESAVE_VI}.`, `the file holds two parts with the same name; ${RESAVE_EN}.`);
        this.entries.set(key, entry);
      }
    } catch (e) {
      if (e instanceof InputFileError) throw e;
      throw new InputFileError("ZIP_CORRUPT", { file }, `mục lục của tệp nén bị hỏng; ${RESAVE_VI}.`, `the zip's central directory is damaged; ${RESAVE_EN}.`);
    }
  }

  private check(entry: yauzl.Entry): void {
    const { file, limits } = this;
    const part = entry.fileName;
    if (entry.isEncrypted())
      throw new InputFileError("XLS_OR_ENCRYPTED", { file, part },
        `phần này được mã hóa; cần mở bằng Excel, bỏ mật khẩu rồi lưu lại.`, `this part is encrypted; open the file in Excel, remove the password and save it again.`);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
      throw new InputFileError("ZIP_CORRUPT", { file, part },
        `phần này dùng kiểu nén không được hỗ trợ; ${RESAVE_VI}.`, `this part uses an unsupported compression method; ${RESAVE_EN}.`);
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)
      throw new InputFileError("ZIP_BOMB", { file, part },
        `phần này nén ${Math.round(ratio)} lần (${mib(entry.compressedSize)} giải nén thành ${mib(entry.uncompressedSize)}), bất thường với sổ tính Excel (có thể là tệp “bom nén”); ${RESAVE_VI}.`,
        `this part is compressed ${Math.round(ratio)} times (${mib(entry.compressedSize)} → ${mib(entry.uncompressedSize)}), abnormal for a workbook (possibly a zip bomb); ${RESAVE_EN}.`);
  }

  /** The entry of a part, by name (part names are case-insensitive in Office files). */
  get(name: string): yauzl.Entry | undefined {
    return this.entries.get(name.toLowerCase());
  }

  /** The part's text, chunk by chunk (UTF-8 decoded); fails when the part is missing or larger than maxBytes. */
  async stream(name: string, maxBytes: number, where: { sheet?: string } = {}): Promise<Readable> {
    const entry = this.get(name);
    if (!entry)
      throw new InputFileError("PART_MISSING", { file: this.file, part: name, ...where },
        `thiếu phần “${name}” của sổ tính; ${RESAVE_VI}.`, `the workbook part “${name}” is missing; ${RESAVE_EN}.`);
    if (entry.uncompressedSize > maxBytes)
      throw new InputFileError("PART_TOO_LARGE", { file: this.file, part: entry.fileName, ...where },
        `phần này giải nén ra ${mib(entry.uncompressedSize)}, vượt giới hạn ${mib(maxBytes)}; cần một sổ tính nhỏ hơn (xóa các sheet, định dạng không dùng) hoặc chia danh sách thành nhiều sổ.`,
        `this part inflates to ${mib(entry.uncompressedSize)}, above the limit of ${mib(maxBytes)}; use a smaller workbook or split the roster.`);
    if (this.buffer && entry.uncompressedSize <= INFLATE_IN_THREAD) return this.inflated(entry, where);
    let s: Readable;
    try {
      s = await this.zip.openReadStreamPromise(entry);
    } catch {
      throw this.corrupt(entry.fileName, where);
    }
    s.setEncoding("utf8");
    return s;
  }

  /** A small part of an in-memory file, inflated at once (its declared size enforced), as text chunks. */
  private async inflated(entry: yauzl.Entry, where: { sheet?: string }): Promise<Readable> {
    let text: string;
    try {
      const { fileDataStart } = await this.zip.readLocalFileHeaderPromise(entry, { minimal: true });
      const raw = this.buffer!.subarray(fileDataStart, fileDataStart + entry.compressedSize);
      if (raw.length !== entry.compressedSize) throw new Error("truncated");
      const data = entry.compressionMethod === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      if (data.length !== entry.uncompressedSize) throw new Error("size");
      text = data.toString("utf8");
    } catch {
      throw this.corrupt(entry.fileName, where);
    }
    return Readable.from(chunks(text), { objectMode: true });
  }

  /** The error for a part that fails to inflate (bad data, wrong size, bad checksum). */
  corrupt(part: string, where: { sheet?: string; row?: number } = {}): InputFileError {
    return new InputFileError("ZIP_CORRUPT", { file: this.file, part, ...where },
      `dữ liệu nén của phần này bị hỏng${where.row ? ` (sau dòng ${where.row})` : ""}; ${RESAVE_VI}.`,
      `the compressed data of this part is damaged${where.row ? ` (after row ${where.row})` : ""}; ${RESAVE_EN}.`);
  }

  get smallPartLimit(): number {
    return this.limits.maxSmallPartBytes;
  }

  close(): void {
    this.zip.close();
  }
}

function* chunks(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += CHUNK) yield text.slice(i, i + CHUNK);
}
