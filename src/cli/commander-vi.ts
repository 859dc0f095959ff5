/**
 * commander in Vietnamese: help headings and usage words, the help option and help command, and
 * every parse error commander can raise (missing argument or option value, unknown option or
 * command, too many arguments, invalid value) turned into a Vietnamese line that says what to do.
 * No English from the library reaches the user.
 */
import { Help, type Command, type CommanderError } from "commander";

const TITLES: Record<string, string> = {
  "Usage:": "Cách dùng:",
  "Options:": "Tùy chọn:",
  "Arguments:": "Đối số:",
  "Commands:": "Lệnh:",
  "Global Options:": "Tùy chọn chung:",
};

/** Vietnamese help for `cmd` and (through inheritance) its subcommands. */
export function vietnameseHelp(cmd: Command): Command {
  return cmd
    .helpOption("-h, --help", "xem hướng dẫn của lệnh")
    .helpCommand("help [lệnh]", "xem hướng dẫn của một lệnh")
    .configureHelp({
      styleTitle: (s: string) => TITLES[s] ?? s,
      commandUsage(this: Help, c: Command) {
        return vi(Help.prototype.commandUsage.call(this, c));
      },
      subcommandTerm(this: Help, c: Command) {
        return vi(Help.prototype.subcommandTerm.call(this, c));
      },
    });
}

const q = (s: string) => `“${s}”`;
const vi = (usage: string) => usage.replace("[options]", "[tùy chọn]").replace("[command]", "[lệnh]");

function suggestion(message: string): string {
  const m = /\(Did you mean (.+?)\?\)/.exec(message);
  return m ? ` Có phải ý bạn là ${q(m[1])}?` : "";
}

/** The subcommand the user typed (argv[0] when it names one), for "xem dutoan estimate --help". */
function subcommandOf(program: Command, argv: string[]): Command | undefined {
  return program.commands.find((c) => c.name() === argv.find((a) => !a.startsWith("-")));
}

function usageOf(program: Command, sub: Command | undefined): string {
  if (!sub) return `dutoan <lệnh> [tùy chọn] (các lệnh: ${program.commands.map((c) => c.name()).join(", ")})`;
  return `dutoan ${sub.name()} ${vi(sub.usage())}`;
}

type Translator = (m: string, ctx: { usage: string; help: string; sub?: Command }) => string | null;

const TRANSLATE: Record<string, Translator> = {
  "commander.missingArgument": (m, c) => {
    const name = /argument '(.+?)'/.exec(m)?.[1] ?? "";
    return `Thiếu ${name ? `tệp <${name}>` : "tên tệp"}. Cách dùng: ${c.usage}. ${c.help}`;
  },
  "commander.optionMissingArgument": (m, c) => `Tùy chọn ${q(/option '(.+?)'/.exec(m)?.[1] ?? "")} cần một giá trị ngay sau nó. ${c.help}`,
  "commander.missingMandatoryOptionValue": (m, c) => `Thiếu tùy chọn bắt buộc ${q(/option '(.+?)'/.exec(m)?.[1] ?? "")}. Cách dùng: ${c.usage}.`,
  "commander.unknownOption": (m, c) => `Không có tùy chọn ${q(/option '(.+?)'/.exec(m)?.[1] ?? "")}${c.sub ? ` cho lệnh ${c.sub.name()}` : ""}.${suggestion(m)} ${c.help}`,
  "commander.unknownCommand": (m) => `Không có lệnh ${q(/command '(.+?)'/.exec(m)?.[1] ?? "")}.${suggestion(m)} Các lệnh: estimate, validate, template, packs; xem “dutoan --help”.`,
  "commander.excessArguments": (m, c) => {
    const n = /Expected (\d+) argument/.exec(m)?.[1];
    return `Thừa tham số: lệnh ${c.sub?.name() ?? "dutoan"} chỉ nhận ${n ?? "ít"} tệp. Đường dẫn có dấu cách phải đặt trong ngoặc kép, ví dụ "D:\\Du toan\\danh sach.xlsx". Cách dùng: ${c.usage}.`;
  },
  "commander.invalidArgument": (m) => {
    const opt = /option '(.+?)' argument '(.*?)' is invalid\. ?(.*)$/s.exec(m);
    if (opt) return `Giá trị ${q(opt[2])} của tùy chọn ${q(opt[1])} không hợp lệ: ${opt[3]}`;
    const arg = /command-argument value '(.*?)' is invalid for argument '(.+?)'\. ?(.*)$/s.exec(m);
    return arg ? `Giá trị ${q(arg[1])} của đối số <${arg[2]}> không hợp lệ: ${arg[3]}` : null;
  },
  "commander.conflictingOption": (m) => {
    const opts = [...m.matchAll(/option '(.+?)'/g)].map((x) => q(x[1]));
    return `Không dùng cùng lúc ${opts.join(" và ")}.`;
  },
};

/** A commander parse error as one Vietnamese line; null for help/version (not errors). */
export function commanderMessage(err: CommanderError, program: Command, argv: string[]): string | null {
  if (err.code === "commander.helpDisplayed" || err.code === "commander.help" || err.code === "commander.version") return null;
  const sub = subcommandOf(program, argv);
  const ctx = { usage: usageOf(program, sub), help: `Xem “dutoan ${sub ? `${sub.name()} ` : ""}--help”.`, sub };
  const t = TRANSLATE[err.code]?.(err.message, ctx);
  return t ?? `Lệnh không hợp lệ. ${ctx.help}`;
}
