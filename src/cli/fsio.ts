/**
 * Atomic, race-free output files. Every file the CLI writes goes through here:
 *   1. before computing: the folder exists and is writable (a temp file is created in it), the target
 *      is not a folder, not one of the inputs (same real path or same device + inode: a symlink or hard
 *      link to the roster is refused, with --force too), and does not exist (unless --force);
 *   2. the writer fills the temp file; it is fsync'ed;
 *   3. without --force it is hard-linked to the target name — link() fails if the name exists, even
 *      when another run created it after our check — then unlinked; with --force it is renamed over
 *      the target (atomic replace of the name, never a write into the old file).
 * On any failure, and on SIGINT/SIGTERM, the temp file is removed; a run killed outright (SIGKILL,
 * power cut) leaves at most a hidden temp file, which later runs ignore.
 */
import { constants, unlinkSync } from "fs";
import * as fsp from "fs/promises";
import { randomBytes } from "crypto";
import { basename, dirname, extname, resolve } from "path";

/** The part of fs/promises used here (tests inject failures through it). */
export interface FsLike {
  stat: typeof fsp.stat;
  lstat: typeof fsp.lstat;
  realpath: typeof fsp.realpath;
  open: typeof fsp.open;
  link: typeof fsp.link;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
}

export class OutputError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface OutputOptions {
  /** Replace an existing file (never an input). */
  force: boolean;
  /** Files the run reads: the target must not be any of them. */
  inputs: string[];
  /** Required extension, e.g. ".xlsx". */
  ext?: string;
  /** Option name shown in messages ("--out", "tệp mẫu"). */
  label?: string;
  fs?: FsLike;
}

/** Vietnamese message for a file-system error code, naming the path and what to do. */
export function fsErrorMessage(code: string | undefined, target: string, force: boolean): string {
  const dir = dirname(target);
  switch (code) {
    case "ENOENT":
      return `Thư mục “${dir}” không tồn tại: tạo thư mục đó trước hoặc chọn nơi lưu khác.`;
    case "EACCES":
    case "EPERM":
      return `Không có quyền ghi vào thư mục “${dir}”: chọn thư mục khác (ví dụ Documents) hoặc xin quyền ghi.`;
    case "EROFS":
      return `Thư mục “${dir}” nằm trên ổ chỉ đọc (USB khóa ghi, đĩa CD, ổ mạng chỉ đọc): chọn nơi lưu khác.`;
    case "ENOSPC":
    case "EDQUOT":
      return `Ổ đĩa chứa “${dir}” đã đầy: giải phóng dung lượng hoặc chọn ổ khác. Chưa ghi tệp nào.`;
    case "EISDIR":
      return `“${target}” là một thư mục, không phải tệp: thêm tên tệp, ví dụ “${resolve(target, "du-toan.xlsx")}”.`;
    case "EEXIST":
      return force ? `Tệp “${target}” vừa được tạo bởi một lần chạy khác: chạy lại.` : `Tệp “${target}” đã có: chọn tên khác hoặc thêm --force để ghi đè.`;
    case "ENOTDIR":
      return `Đường dẫn “${target}” có một phần không phải thư mục: kiểm tra lại đường dẫn.`;
    case "ENAMETOOLONG":
      return `Đường dẫn “${target}” quá dài: chọn tên hoặc thư mục ngắn hơn.`;
    case "EBUSY":
      return `Tệp “${target}” đang được mở ở chương trình khác (Excel?): đóng tệp rồi chạy lại, hoặc chọn tên khác.`;
    default:
      return `Không ghi được tệp “${target}”${code ? ` (mã lỗi hệ thống ${code})` : ""}: kiểm tra thư mục và ổ đĩa rồi chạy lại.`;
  }
}

function toOutputError(e: unknown, target: string, force: boolean): OutputError {
  if (e instanceof OutputError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  return new OutputError(fsErrorMessage(code, target, force), code ?? "EUNKNOWN");
}

// -- temp files removed on SIGINT/SIGTERM/exit -------------------------------------------------

const pending = new Set<string>();
const removeAllSync = () => {
  for (const t of pending) {
    try {
      unlinkSync(t);
    } catch {
      /* already gone */
    }
  }
  pending.clear();
};
const onSignal = (sig: NodeJS.Signals) => {
  removeAllSync();
  process.exit(sig === "SIGINT" ? 130 : 143);
};
function track(tmp: string): void {
  if (!pending.size) {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    process.on("exit", removeAllSync);
  }
  pending.add(tmp);
}
function untrack(tmp: string): void {
  pending.delete(tmp);
  if (!pending.size) {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.off("exit", removeAllSync);
  }
}

// -- checks before computing -------------------------------------------------------------------

async function identity(fs: FsLike, file: string): Promise<{ real: string; dev: number; ino: number } | null> {
  try {
    const st = await fs.stat(file);
    return { real: await fs.realpath(file), dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

async function checkFolder(fs: FsLike, target: string): Promise<void> {
  const st = await fs.stat(dirname(target)).catch((e: NodeJS.ErrnoException) => {
    throw toOutputError(e, target, false);
  });
  if (!st.isDirectory()) throw new OutputError(fsErrorMessage("ENOTDIR", target, false), "ENOTDIR");
}

async function checkTarget(fs: FsLike, target: string, o: OutputOptions): Promise<void> {
  const existing = await fs.lstat(target).catch(() => null);
  if (!existing) return;
  const out = await identity(fs, target);
  if (out) {
    for (const input of o.inputs) {
      const inp = await identity(fs, input);
      // ino 0: a file system without inode numbers; the real path still tells
      if (inp && (inp.real === out.real || (out.ino !== 0 && inp.dev === out.dev && inp.ino === out.ino)))
        throw new OutputError(`${o.label ?? "Tệp ghi ra"} “${target}” chính là tệp đầu vào “${input}” (cùng tệp, hoặc liên kết tới nó): không bao giờ ghi đè tệp đầu vào; chọn tên khác.`, "SAME_AS_INPUT");
    }
  }
  if (out && (await fs.stat(target)).isDirectory()) throw new OutputError(fsErrorMessage("EISDIR", target, o.force), "EISDIR");
  if (!o.force) throw new OutputError(fsErrorMessage("EEXIST", target, false), "EEXIST");
}

function tempName(target: string): string {
  return resolve(dirname(target), `.${basename(target)}.dutoan-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/** A temp file reserved in the target's folder; `commit` fills it and puts it in place. */
export class PendingOutput {
  private done = false;
  constructor(
    readonly target: string,
    readonly tmp: string,
    private readonly force: boolean,
    private readonly fs: FsLike,
  ) {}

  /** Runs `write(tmp)`, fsyncs, then links (no --force) or renames (--force) onto the target. */
  async commit(write: (tmp: string) => Promise<void>): Promise<void> {
    try {
      await write(this.tmp);
      await this.sync(this.tmp, "r+");
      if (this.force) await this.fs.rename(this.tmp, this.target);
      else await this.linkInPlace();
      this.done = true;
      untrack(this.tmp);
      await this.sync(dirname(this.target), "r").catch(() => undefined); // the new name survives a power cut (not on Windows)
    } catch (e) {
      await this.discard();
      throw toOutputError(e, this.target, this.force);
    }
  }

  /** Removes the temp file (after a failure, or when nothing is to be written). */
  async discard(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.fs.unlink(this.tmp).catch(() => undefined);
    untrack(this.tmp);
  }

  private async sync(path: string, flags: string): Promise<void> {
    const h = await this.fs.open(path, flags);
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  }

  private async linkInPlace(): Promise<void> {
    try {
      await this.fs.link(this.tmp, this.target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // file systems without hard links (FAT32 USB sticks): rename after a fresh existence check
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EOPNOTSUPP") throw e;
      if (await this.fs.lstat(this.target).catch(() => null)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
      await this.fs.rename(this.tmp, this.target);
      return;
    }
    await this.fs.unlink(this.tmp);
  }
}

/**
 * Every check that can fail before computing, then a reserved temp file (which proves the folder is
 * writable: permissions, read-only media and full disks show here, not after a long computation).
 */
export async function prepareOutput(file: string, o: OutputOptions): Promise<PendingOutput> {
  const fs = o.fs ?? fsp;
  const target = resolve(file);
  if (o.ext && extname(target).toLowerCase() !== o.ext)
    throw new OutputError(`${o.label ?? "Tệp ghi ra"} phải có đuôi ${o.ext}: “${file}” (ví dụ du-toan-2027${o.ext}).`, "EXT");
  await checkFolder(fs, target);
  await checkTarget(fs, target, o);
  const tmp = tempName(target);
  try {
    const h = await fs.open(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o666);
    await h.close();
  } catch (e) {
    throw toOutputError(e, target, o.force);
  }
  track(tmp);
  return new PendingOutput(target, tmp, o.force, fs);
}
