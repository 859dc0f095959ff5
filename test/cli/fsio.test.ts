/**
 * Atomic, race-free output (src/cli/fsio.ts): a failed or killed write never leaves a target; two runs
 * to the same new file cannot both succeed; a symlink or hard link to an input is refused (with
 * --force too); folder problems are found before computing, in Vietnamese. Tests run as root in CI,
 * where permissions are ignored: EACCES/EROFS/ENOSPC are also injected through the fs parameter.
 */
import { spawn } from "child_process";
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "fs";
import * as fsp from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import ts from "typescript";
import { fsErrorMessage, OutputError, prepareOutput, type FsLike } from "../../src/cli/fsio";

jest.setTimeout(30000);

const root = mkdtempSync(join(tmpdir(), "dutoan-fsio-"));
let n = 0;
const freshDir = () => {
  const d = join(root, `d${++n}`);
  mkdirSync(d);
  return d;
};
const write = (text: string) => async (tmp: string) => fsp.writeFile(tmp, text);
const failure = (code: string) => Object.assign(new Error(code), { code });

async function rejection(p: Promise<unknown>): Promise<OutputError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(OutputError);
    return e as OutputError;
  }
  throw new Error("expected a rejection");
}

describe("commit and failure", () => {
  test("a good write: the target has the content, no temp file is left", async () => {
    const d = freshDir();
    const p = await prepareOutput(join(d, "a.xlsx"), { force: false, inputs: [] });
    expect(existsSync(p.tmp)).toBe(true);
    await p.commit(write("nội dung"));
    expect(readFileSync(join(d, "a.xlsx"), "utf8")).toBe("nội dung");
    expect(readdirSync(d)).toEqual(["a.xlsx"]);
  });
  test("the writer throws midway: no target, no temp file", async () => {
    const d = freshDir();
    const p = await prepareOutput(join(d, "a.xlsx"), { force: false, inputs: [] });
    const e = await rejection(
      p.commit(async (tmp) => {
        await fsp.writeFile(tmp, "một nửa");
        throw failure("ENOSPC");
      }),
    );
    expect(e.message).toMatch(/đã đầy/);
    expect(e.message).toContain(d);
    expect(readdirSync(d)).toEqual([]);
  });
  test("discard removes the reserved temp file", async () => {
    const d = freshDir();
    const p = await prepareOutput(join(d, "a.xlsx"), { force: false, inputs: [] });
    await p.discard();
    expect(readdirSync(d)).toEqual([]);
  });
});

describe("existing files and inputs", () => {
  test("an existing target without --force is refused before computing; with --force it is replaced by rename", async () => {
    const d = freshDir();
    const t = join(d, "a.xlsx");
    writeFileSync(t, "cũ");
    const e = await rejection(prepareOutput(t, { force: false, inputs: [] }));
    expect(e.code).toBe("EEXIST");
    expect(e.message).toMatch(/đã có.*--force/);
    const inode = statSync(t).ino;
    const p = await prepareOutput(t, { force: true, inputs: [] });
    await p.commit(write("mới"));
    expect(readFileSync(t, "utf8")).toBe("mới");
    expect(statSync(t).ino).not.toBe(inode); // a new file took the name; the old one was never written into
  });
  test("a symlink and a hard link to the roster are refused, with --force too; the roster is untouched", async () => {
    const d = freshDir();
    const roster = join(d, "danh-sach.xlsx");
    writeFileSync(roster, "danh sách");
    symlinkSync(roster, join(d, "lien-ket.xlsx"));
    linkSync(roster, join(d, "cung-tep.xlsx"));
    for (const name of ["lien-ket.xlsx", "cung-tep.xlsx", "danh-sach.xlsx"])
      for (const force of [false, true]) {
        const e = await rejection(prepareOutput(join(d, name), { force, inputs: [roster] }));
        expect(e.code).toBe("SAME_AS_INPUT");
        expect(e.message).toMatch(/tệp đầu vào/);
      }
    expect(readFileSync(roster, "utf8")).toBe("danh sách");
    expect(readdirSync(d).sort()).toEqual(["cung-tep.xlsx", "danh-sach.xlsx", "lien-ket.xlsx"]);
  });
  test("two runs to the same new file: exactly one succeeds, the other reports that the file exists", async () => {
    const d = freshDir();
    const t = join(d, "a.xlsx");
    const [p1, p2] = await Promise.all([prepareOutput(t, { force: false, inputs: [] }), prepareOutput(t, { force: false, inputs: [] })]);
    const results = await Promise.allSettled([p1.commit(write("một")), p2.commit(write("hai"))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(OutputError);
    expect((lost.reason as OutputError).message).toMatch(/đã có/);
    expect(["một", "hai"]).toContain(readFileSync(t, "utf8"));
    expect(readdirSync(d)).toEqual(["a.xlsx"]);
  });
});

describe("folder problems, found before computing", () => {
  test("missing folder: ENOENT in Vietnamese, naming the folder", async () => {
    const e = await rejection(prepareOutput(join(root, "khong-co", "a.xlsx"), { force: false, inputs: [] }));
    expect(e.message).toMatch(/Thư mục “.*khong-co” không tồn tại/);
  });
  test("the target is a folder: EISDIR", async () => {
    const d = freshDir();
    mkdirSync(join(d, "a.xlsx"));
    const e = await rejection(prepareOutput(join(d, "a.xlsx"), { force: true, inputs: [] }));
    expect(e.code).toBe("EISDIR");
    expect(e.message).toMatch(/là một thư mục/);
  });
  test("a file used as a folder: ENOTDIR", async () => {
    const d = freshDir();
    writeFileSync(join(d, "tep"), "x");
    const e = await rejection(prepareOutput(join(d, "tep", "a.xlsx"), { force: false, inputs: [] }));
    expect(e.message).toMatch(/không phải thư mục|kiểm tra lại đường dẫn/);
  });
  test("wrong extension", async () => {
    const e = await rejection(prepareOutput(join(root, "a.csv"), { force: false, inputs: [], ext: ".xlsx", label: "Tệp --out" }));
    expect(e.message).toMatch(/Tệp --out phải có đuôi \.xlsx/);
  });
  test("read-only folder (chmod 555): refused when permissions apply (not as root)", async () => {
    const d = freshDir();
    chmodSync(d, 0o555);
    try {
      const asRoot = process.getuid?.() === 0;
      const attempt = prepareOutput(join(d, "a.xlsx"), { force: false, inputs: [] });
      if (asRoot) await (await attempt).discard();
      else expect((await rejection(attempt)).message).toMatch(/Không có quyền ghi/);
    } finally {
      chmodSync(d, 0o755);
    }
  });
  test.each([
    ["EACCES", /Không có quyền ghi vào thư mục/],
    ["EPERM", /Không có quyền ghi vào thư mục/],
    ["EROFS", /ổ chỉ đọc/],
    ["ENOSPC", /đã đầy/],
  ])("injected %s when reserving the temp file: Vietnamese message naming the folder", async (code, message) => {
    const d = freshDir();
    const fs: FsLike = { ...fsp, open: (async () => { throw failure(code); }) as unknown as FsLike["open"] };
    const e = await rejection(prepareOutput(join(d, "a.xlsx"), { force: false, inputs: [], fs }));
    expect(e.message).toMatch(message);
    expect(e.message).toContain(d);
    expect(readdirSync(d)).toEqual([]);
  });
  test("injected EIO failure of link: the temp file is removed, nothing at the target", async () => {
    const d = freshDir();
    const fs: FsLike = { ...fsp, link: (async () => { throw failure("EIO"); }) as unknown as FsLike["link"] };
    const p = await prepareOutput(join(d, "a.xlsx"), { force: false, inputs: [], fs });
    const e = await rejection(p.commit(write("x")));
    expect(e.message).toMatch(/Không ghi được tệp .*EIO/);
    expect(readdirSync(d)).toEqual([]);
  });
  test("a file system without hard links (FAT32): rename after a fresh check", async () => {
    const d = freshDir();
    const fs: FsLike = { ...fsp, link: (async () => { throw failure("EPERM"); }) as unknown as FsLike["link"] };
    const p = await prepareOutput(join(d, "a.xlsx"), { force: false, inputs: [], fs });
    await p.commit(write("x"));
    expect(readdirSync(d)).toEqual(["a.xlsx"]);
  });
  test.each(["ENOENT", "EACCES", "EPERM", "EROFS", "ENOSPC", "EISDIR", "EEXIST", "ENOTDIR"])("%s has its own message naming the path", (code) => {
    const m = fsErrorMessage(code, "/du-lieu/ra/a.xlsx", false);
    expect(m).toMatch(/\/du-lieu\/ra/);
    expect(m).not.toMatch(/mã lỗi hệ thống/);
  });
});

describe("killed processes", () => {
  const child = join(root, "child");
  beforeAll(() => {
    mkdirSync(child);
    const src = readFileSync(join(__dirname, "../../src/cli/fsio.ts"), "utf8");
    const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } }).outputText;
    writeFileSync(join(child, "fsio.js"), js);
    // writes 1 MiB every 10 ms into the temp file, forever
    writeFileSync(
      join(child, "slow.js"),
      `const { prepareOutput } = require("./fsio.js");
       const fsp = require("fs/promises");
       (async () => {
         const p = await prepareOutput(process.argv[2], { force: false, inputs: [] });
         process.stdout.write(p.tmp + "\\n");
         await p.commit(async (tmp) => {
           const fh = await fsp.open(tmp, "w");
           for (;;) { await fh.write(Buffer.alloc(1 << 20, 65)); await new Promise((r) => setTimeout(r, 10)); }
         });
       })();`,
    );
  });

  /** Starts the slow writer; resolves once its temp file holds a few MiB. */
  async function startSlowWriter(target: string) {
    const proc = spawn(process.execPath, [join(child, "slow.js"), target], { stdio: ["ignore", "pipe", "pipe"] });
    const tmp = await new Promise<string>((resolve, reject) => {
      let buf = "";
      proc.stdout.on("data", (c) => {
        buf += c;
        if (buf.includes("\n")) resolve(buf.trim());
      });
      proc.on("exit", (code) => reject(new Error(`child exited ${code}`)));
    });
    while (!existsSync(tmp) || statSync(tmp).size < 3 << 20) await new Promise((r) => setTimeout(r, 20));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => proc.on("exit", (code, signal) => r({ code, signal })));
    return { proc, tmp, exited };
  }

  test("SIGKILL during a large write: no target, at most the temp file; the next run writes normally", async () => {
    const d = freshDir();
    const t = join(d, "a.xlsx");
    const { proc, tmp, exited } = await startSlowWriter(t);
    proc.kill("SIGKILL");
    await exited;
    expect(existsSync(t)).toBe(false);
    expect(readdirSync(d)).toEqual([tmp.slice(d.length + 1)]);
    const p = await prepareOutput(t, { force: false, inputs: [] });
    await p.commit(write("lần sau"));
    expect(readFileSync(t, "utf8")).toBe("lần sau");
  });
  test("SIGTERM (and Ctrl+C) during a write: the temp file is removed, no target, exit 143", async () => {
    const d = freshDir();
    const t = join(d, "a.xlsx");
    const { proc, exited } = await startSlowWriter(t);
    proc.kill("SIGTERM");
    expect((await exited).code).toBe(143);
    expect(readdirSync(d)).toEqual([]);
  });
});
