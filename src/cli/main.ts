/**
 * dutoan — the estimate on .xlsx files, for batch work and the README demo.
 *   dutoan estimate <roster.xlsx> --year <yyyy> [--pack <id>] [--params <file>] [--json]
 *   dutoan validate <roster.xlsx> [--pack <id>]
 *   dutoan packs [--show <id>] [--json]
 * Exit status: 0 done (warnings allowed); 2 the input has errors (printed, nothing written); 1 anything else.
 */
import { Command, InvalidArgumentError } from "commander";
import { existsSync } from "fs";
import { extname, resolve } from "path";
import { summarize } from "../engine/aggregate";
import { estimate } from "../engine/estimate";
import type { Issue } from "../engine/types";
import { resolvePack, type ResolvedPack } from "../packs";
import { readWorkbook, type ReadResult } from "../roster";
import { listPacks, showPack } from "./packs";
import { addThamSo, loadParamsFile, type UserLayers } from "./params";
import { issueText, summaryText } from "./report";
import { buildReport } from "../report/build";
import { InputFileError, readXlsx } from "./xlsx/read";
import { writeTemplate } from "./template";
import { writeReport } from "./xlsx/write";

export const EXIT_OK = 0;
export const EXIT_OTHER = 1;
export const EXIT_INPUT = 2;

type Lang = "vi" | "en";

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

class InputErrors extends Error {
  constructor(readonly issues: Issue[]) {
    super("input errors");
  }
}

/** --out must be a new .xlsx (or --force), never the roster itself. */
function checkOut(out: string, input: string, force: boolean): void {
  if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError(`--out phải là tệp .xlsx: ${out}`);
  if (resolve(out) === resolve(input)) throw new UsageError("--out không được trùng tệp danh sách đầu vào.");
  if (existsSync(out) && !force) throw new UsageError(`Tệp ${out} đã có; chọn tên khác hoặc thêm --force để ghi đè.`);
}

class UsageError extends Error {}

function parseYear(v: string): number {
  const y = Number(v);
  if (!Number.isInteger(y) || y < 2016 || y > 2100) throw new InvalidArgumentError("năm phải là số nguyên từ 2016 đến 2100.");
  return y;
}

function text(i: Issue, lang: Lang): string {
  const en = (i as Issue & { messageEn?: string }).messageEn;
  return lang === "en" && en ? en : issueText(i);
}

/** Reads the roster and every user layer; throws InputErrors when anything is wrong. */
async function prepare(file: string, packId: string, paramsFile: string | undefined): Promise<{ read: ReadResult; pack: ResolvedPack; warnings: Issue[] }> {
  const base = resolvePack(packId);
  const sheets = await readXlsx(file);
  const read = readWorkbook(sheets, base);
  const layers: UserLayers = { overrides: [], extraPacks: [], issues: [] };
  addThamSo(read.thamSo, base, `sheet ${read.sheetsFound.thamSo ?? "ThamSo"}`, layers);
  if (paramsFile) await loadParamsFile(paramsFile, base, layers);
  const issues = [...read.issues, ...layers.issues];
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length) throw new InputErrors(errors);
  const pack = resolvePack(packId, layers.overrides, layers.extraPacks);
  return { read, pack, warnings: issues.filter((i) => i.severity === "warning") };
}

export async function run(argv: string[], io: Io = { out: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n") }): Promise<number> {
  let code = EXIT_OK;
  const program = new Command()
    .name("dutoan")
    .description("DuToan — dự toán phụ cấp người hoạt động không chuyên trách, BHXH, BHYT, khoán kinh phí từ danh sách Excel")
    .option("--lang <lang>", "ngôn ngữ thông báo lỗi: vi hoặc en", "vi")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  const fail = (e: unknown, lang: Lang, json: boolean): number => {
    if (e instanceof InputErrors) {
      if (json) io.out(JSON.stringify({ errors: e.issues, warnings: [] }, null, 2));
      io.err(lang === "en" ? `Input errors (${e.issues.length}); nothing was computed:` : `Danh sách có ${e.issues.length} lỗi, chưa tính dự toán:`);
      for (const i of e.issues) io.err(`  ✗ ${text(i, lang)}`);
      return EXIT_INPUT;
    }
    if (e instanceof UsageError) {
      io.err(`✗ ${e.message}`);
      return EXIT_OTHER;
    }
    if (e instanceof InputFileError) {
      io.err(`✗ ${e.message}`);
      return EXIT_INPUT;
    }
    io.err(`Lỗi: ${(e as Error).message}`);
    return EXIT_OTHER;
  };

  program
    .command("estimate")
    .description("tính dự toán năm từ sổ tính danh sách")
    .argument("<roster>", "tệp .xlsx có sheet DanhSach (và DonVi, ThamSo nếu có)")
    .requiredOption("--year <yyyy>", "năm dự toán", parseYear)
    .option("--pack <id>", "gói tham số (central, hung-yen, quang-ninh, hai-phong)", "central")
    .option("--params <file>", "tham số người dùng: .json hoặc .xlsx có sheet ThamSo")
    .option("--json", "in kết quả dạng JSON theo hợp đồng")
    .option("--out <file.xlsx>", "ghi sổ dự toán (.xlsx mới)")
    .option("--force", "cho phép ghi đè tệp --out đã có")
    .action(async (file: string, o: { year: number; pack: string; params?: string; json?: boolean; out?: string; force?: boolean }) => {
      const lang = program.opts().lang as Lang;
      try {
        if (o.out) checkOut(o.out, file, !!o.force);
        const { read, pack, warnings } = await prepare(file, o.pack, o.params);
        const result = estimate({ year: o.year, rows: read.rows, units: read.units, leavers: read.leavers, doiChieu: read.doiChieu }, pack);
        const s = summarize(result);
        s.warnings.unshift(...warnings);
        if (s.errors.length) throw new InputErrors(s.errors);
        if (o.out) {
          const settings = (read as ReadResult & { settings?: Record<string, string> }).settings;
          await writeReport(o.out, buildReport({ result, summary: s, pack, settings }));
          io.err(`Đã ghi ${o.out}.`);
        }
        if (o.json) io.out(JSON.stringify(s, null, 2));
        else io.out(summaryText(s, { file, rows: read.rows.length, packName: pack.name }));
        code = EXIT_OK;
      } catch (e) {
        code = fail(e, lang, !!o.json);
      }
    });

  program
    .command("validate")
    .description("kiểm tra sổ tính danh sách, không tính dự toán")
    .argument("<roster>", "tệp .xlsx")
    .option("--pack <id>", "gói tham số", "central")
    .option("--params <file>", "tham số người dùng: .json hoặc .xlsx có sheet ThamSo")
    .action(async (file: string, o: { pack: string; params?: string }) => {
      const lang = program.opts().lang as Lang;
      try {
        const { read, warnings } = await prepare(file, o.pack, o.params);
        for (const w of warnings) io.err(`  ! ${text(w, lang)}`);
        io.out(`✓ ${file}: ${read.rows.length} dòng DanhSach, ${read.units.length} dòng DonVi, ${read.thamSo.length} dòng ThamSo hợp lệ.`);
        code = EXIT_OK;
      } catch (e) {
        code = fail(e, lang, false);
      }
    });

  program
    .command("template")
    .description("tạo sổ danh sách trống: tiêu đề cột, danh sách chọn, một dòng ví dụ")
    .argument("<out>", "tệp .xlsx mới")
    .option("--pack <id>", "gói tham số (danh mục chức danh)", "central")
    .option("--force", "cho phép ghi đè tệp đã có")
    .action(async (out: string, o: { pack: string; force?: boolean }) => {
      try {
        if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError(`Tệp mẫu phải là .xlsx: ${out}`);
        if (existsSync(out) && !o.force) throw new UsageError(`Tệp ${out} đã có; chọn tên khác hoặc thêm --force để ghi đè.`);
        await writeTemplate(out, o.pack);
        io.out(`✓ Đã tạo ${out} (sheet DanhSach, DonVi, ThamSo; danh mục chức danh của gói ${o.pack}).`);
        code = EXIT_OK;
      } catch (e) {
        code = fail(e, "vi", false);
      }
    });

  program
    .command("packs")
    .description("các gói tham số có sẵn; --show <id>: tham số, ngày hiệu lực, căn cứ, độ tin cậy")
    .option("--show <id>", "mã gói")
    .option("--json", "in dạng JSON")
    .action((o: { show?: string; json?: boolean }) => {
      try {
        io.out(o.show ? showPack(o.show, !!o.json) : listPacks(!!o.json));
      } catch (e) {
        code = fail(e, "vi", false);
      }
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    const ce = e as { code?: string; exitCode?: number };
    if (ce.code === "commander.helpDisplayed" || ce.code === "commander.version" || ce.code === "commander.help") return EXIT_OK;
    if (ce.code?.startsWith("commander.")) return EXIT_OTHER;
    throw e;
  }
  return code;
}

/** Runs the CLI on process.argv and sets the exit status. */
export function main(): void {
  run(process.argv.slice(2)).then(
    (c) => (process.exitCode = c),
    (e) => {
      process.stderr.write(`Lỗi: ${(e as Error).stack ?? e}\n`);
      process.exitCode = EXIT_OTHER;
    },
  );
}

if (require.main === module) main();
