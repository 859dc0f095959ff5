/**
 * dutoan — the estimate on .xlsx files, for batch work and the README demo (Vietnamese help and
 * messages; `--lang en` for English roster messages).
 *   dutoan estimate <danh-sach.xlsx> [--year yyyy] [--pack id] [--params f] [--pack-file f] [--out f] [--json] [--tom-tat] [--chi-tiet]
 *   dutoan validate <danh-sach.xlsx> [--year yyyy] [--pack id] [--params f] [--pack-file f]
 *   dutoan template <mau.xlsx> [--pack id] [--year yyyy]
 *   dutoan packs [--show id] [--json] [--pack-file f]
 *   dutoan consolidate <files or folders…> --year yyyy [--pack id] [--params f] [--pack-file f] [--out f] [--json] [--workers n]
 * Exit status: 0 done (warnings allowed); 2 the input has errors (printed, nothing written); 1 anything else.
 */
import { Command, CommanderError } from "commander";
import { commanderMessage, vietnameseHelp } from "./commander-vi";
import { EXIT_OK, EXIT_OTHER, estimateCommand, printException, printJsonErrors, validateCommand, type EstimateOptions, type Io, type Lang, type RunCommandOptions } from "./commands";
import { packsCommand, templateCommand } from "./commands-other";
import { consolidateCommand, type ConsolidateOptions } from "./consolidate/command";

export { EXIT_INPUT, EXIT_OK, EXIT_OTHER } from "./commands";

const collect = (v: string, prev: string[] = []) => [...prev, v];
const stdio: Io = {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
  ...(process.stderr.isTTY ? { progress: (line: string) => process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 80) - 1)}\x1b[K`) } : {}),
};

function runOptions(c: Command): Command {
  return c
    .option("--year <năm>", "năm dự toán (mặc định: năm ghi ở sheet ThamSo, mã caiDat.nam)")
    .option("--pack <mã>", "gói tham số: central, hung-yen, quang-ninh, hai-phong hoặc mã trong --pack-file (mặc định: caiDat.goi của sổ, nếu không có thì central)")
    .option("--params <tệp>", "giá trị tham số tự nhập: tệp .json hoặc .xlsx có sheet ThamSo (dùng nhiều lần được)", collect)
    .option("--pack-file <tệp.json>", "gói tham số của tỉnh do Sở Tài chính lập (dùng nhiều lần được)", collect);
}

function build(io: Io, state: { code: number }, nextYear: number): Command {
  const program = vietnameseHelp(new Command())
    .name("dutoan")
    .description("DuToan — dự toán phụ cấp người hoạt động không chuyên trách, BHXH, BHYT, khoán kinh phí từ danh sách Excel")
    .option("--lang <vi|en>", "ngôn ngữ thông báo lỗi của danh sách: vi (mặc định) hoặc en")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()), outputError: () => undefined });
  program.addHelpText(
    "after",
    [
      "",
      "Ví dụ:",
      "  dutoan template danh-sach-2027.xlsx --pack hung-yen --year 2027",
      "  dutoan validate danh-sach-2027.xlsx",
      "  dutoan estimate danh-sach-2027.xlsx --out du-toan-2027.xlsx",
      "  dutoan estimate danh-sach.xlsx --year 2027 --pack hung-yen --tom-tat",
      "  dutoan consolidate thu-muc-cac-xa --year 2027 --out tong-hop-tinh-2027.xlsx",
      "",
      "Kết quả: 0 = xong (có thể có cảnh báo); 2 = sổ tính có lỗi (đã in, không ghi gì); 1 = lỗi khác.",
    ].join("\n"),
  );
  const lang = (): Lang => (program.opts().lang === "en" ? "en" : "vi");

  runOptions(program.command("estimate").description("tính dự toán năm từ sổ tính danh sách").argument("<danh-sach.xlsx>", "sổ tính có sheet DanhSach (và DonVi, ThamSo, NghiViec nếu có)"))
    .option("--out <tệp.xlsx>", "ghi sổ dự toán ra tệp .xlsx mới")
    .option("--force", "cho phép --out ghi đè một tệp đã có (không bao giờ ghi đè tệp đầu vào)")
    .option("--json", "in kết quả dạng JSON (cho phần mềm khác đọc)")
    .option("--tom-tat", "chỉ in phần tóm tắt: tổng theo quý, quỹ khoán, số chuyển quỹ BHXH, số cảnh báo")
    .option("--chi-tiet", "in từng thôn, tổ dân phố, cách tính từng người nghỉ việc và mọi cảnh báo")
    .action(async (file: string, o: EstimateOptions) => void (state.code = await estimateCommand(file, o, io, lang())));

  runOptions(program.command("validate").description("kiểm tra sổ tính như khi tính dự toán, không ghi gì").argument("<danh-sach.xlsx>", "sổ tính cần kiểm tra"))
    .option("--chi-tiet", "in mọi cảnh báo")
    .action(async (file: string, o: RunCommandOptions & { chiTiet?: boolean }) => void (state.code = await validateCommand(file, o, io, lang(), nextYear)));

  runOptions(
    program
      .command("consolidate")
      .description("tổng hợp toàn tỉnh: tính dự toán từng sổ danh sách của các xã, phường (tệp hoặc cả thư mục) rồi cộng lại; tệp có lỗi được liệt kê, các tệp khác vẫn được tổng hợp")
      .argument("<tệp-hoặc-thư-mục...>", "sổ .xlsx của các xã, phường, hoặc thư mục chứa chúng (đọc cả thư mục con; bỏ qua tệp khóa ~$ của Excel)"),
  )
    .option("--out <tệp.xlsx>", "ghi sổ tổng hợp toàn tỉnh ra tệp .xlsx mới")
    .option("--force", "cho phép --out ghi đè một tệp đã có (không bao giờ ghi đè tệp đầu vào)")
    .option("--json", "in kết quả dạng JSON")
    .option("--tom-tat", "chỉ in tổng hợp theo quý và số tệp")
    .option("--chi-tiet", "in mọi lỗi của từng tệp có lỗi")
    .option("--workers <số>", "số luồng xử lý song song (mặc định: số nhân CPU)")
    .option("--don-vi-lap <tên>", "tên đơn vị lập ghi ở đầu các biểu, ví dụ \"Sở Tài chính tỉnh Hưng Yên\"")
    .action(async (paths: string[], o: ConsolidateOptions) => void (state.code = await consolidateCommand(paths, o, io)));

  program
    .command("template")
    .description("tạo sổ danh sách trống: tiêu đề cột, danh sách chọn, một dòng ví dụ, gói và năm ở sheet ThamSo")
    .argument("<mau.xlsx>", "tệp .xlsx mới")
    .option("--pack <mã>", "gói tham số (danh mục chức danh); mặc định central")
    .option("--year <năm>", `năm dự toán ghi vào sổ; mặc định ${nextYear}`)
    .option("--force", "cho phép ghi đè tệp đã có")
    .action(async (out: string, o: { pack?: string; year?: string; force?: boolean }) => void (state.code = await templateCommand(out, o, io, nextYear)));

  program
    .command("packs")
    .description("các gói tham số có sẵn; --show <mã>: tham số, ngày hiệu lực, căn cứ, độ tin cậy")
    .option("--show <mã>", "mã gói cần xem")
    .option("--json", "in dạng JSON")
    .option("--pack-file <tệp.json>", "xem cả gói trong tệp này (gói của tỉnh do Sở Tài chính lập)", collect)
    .action(async (o: { show?: string; json?: boolean; packFile?: string[] }) => void (state.code = await packsCommand(o, io)));
  return program;
}

/** Runs the CLI on `argv` (without node and script); returns the exit status. Never throws. */
export async function run(argv: string[], io: Io = stdio, now: Date = new Date()): Promise<number> {
  const state = { code: EXIT_OK };
  const program = build(io, state, now.getFullYear() + 1);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (!(e instanceof CommanderError)) return printException(e, io);
    const message = commanderMessage(e, program, argv);
    // help asked for: 0; help shown because no command was given: commander's exit code 1
    if (message === null) return e.exitCode === 0 ? EXIT_OK : EXIT_OTHER;
    if (argv.includes("--json")) printJsonErrors(io, [{ severity: "error", code: "LENH_KHONG_HOP_LE", message, value: e.code.replace("commander.", "") }]);
    io.err(`✗ ${message}`);
    return EXIT_OTHER;
  }
  return state.code;
}

/** Runs the CLI on process.argv and sets the exit status; nothing unexpected escapes as a stack trace. */
export function main(): void {
  // output piped into a command that stops reading early (`dutoan … | head`): end quietly, no stack trace
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
      throw e;
    });
  run(process.argv.slice(2)).then(
    (c) => (process.exitCode = c),
    (e: unknown) => {
      process.stderr.write(`✗ Lỗi không mong đợi khi đọc lệnh. Đặt DUTOAN_DEBUG=1 rồi chạy lại để xem chi tiết kỹ thuật.\n`);
      if (process.env.DUTOAN_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
      process.exitCode = EXIT_OTHER;
    },
  );
}

if (require.main === module) main();
