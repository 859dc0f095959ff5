/**
 * What each CLI command does, on top of the one pipeline (src/app): read the files, run, print,
 * write the output atomically (fsio.ts). Exit status: 0 done (warnings allowed); 2 the input has
 * errors (printed; nothing written); 1 anything else (usage, output folder, unexpected failure).
 */
import { runEstimate, validateWorkbook, type RunOutcome, type RunSettings } from "../app";
import type { Issue } from "../engine/types";
import { buildReport } from "../report/build";
import { EXIT_INPUT, EXIT_OK, EXIT_OTHER, exceptionIssue } from "./failure";
import { prepareOutput, type PendingOutput } from "./fsio";
import { readPackFiles, readParams, readRoster } from "./inputs";
import { issueLines, issueText, summaryText } from "./report";
import { InputFileError } from "./xlsx/read";
import { writeReport } from "./xlsx/lazy-write";

export { EXIT_INPUT, EXIT_OK, EXIT_OTHER };

export type Lang = "vi" | "en";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** A progress line rewritten in place (only when stderr is a terminal); "" clears it. */
  progress?: (line: string) => void;
}

export interface RunCommandOptions {
  year?: string;
  pack?: string;
  params?: string[];
  packFile?: string[];
}

export interface EstimateOptions extends RunCommandOptions {
  json?: boolean;
  out?: string;
  force?: boolean;
  tomTat?: boolean;
  chiTiet?: boolean;
}

/** Which pack and year were used and where they came from (always said when not given on the command line). */
export function originLines(s: RunSettings, packName: string): string[] {
  const out: string[] = [];
  if (s.packFrom === "workbook") out.push(`Gói tham số ${s.packId} lấy từ sheet ThamSo (caiDat.goi); dùng --pack để chọn gói khác.`);
  if (s.packFrom === "packFile") out.push(`Gói tham số ${s.packId}${packName !== s.packId ? ` (${packName})` : ""} từ tệp --pack-file.`);
  if (s.packFrom === "default") out.push(`Gói tham số: ${s.packId} (mặc định: sổ tính không ghi caiDat.goi); sổ của một tỉnh cần --pack <mã gói>, xem “dutoan packs”.`);
  if (s.yearFrom === "workbook") out.push(`Năm dự toán ${s.year} lấy từ sheet ThamSo (caiDat.nam); dùng --year để chọn năm khác.`);
  if (s.yearFrom === "fallback") out.push(`Kiểm tra cho năm ${s.year} (năm sau); dùng --year để kiểm tra năm khác.`);
  return out;
}

function messageOf(i: Issue, lang: Lang): string {
  const en = (i as Issue & { messageEn?: string }).messageEn;
  return lang === "en" && en ? en : issueText(i);
}

/** Errors of a run that stopped: grouped lines on stderr (and the JSON document with --json). */
function printFailure(r: RunOutcome, io: Io, lang: Lang, json: boolean): number {
  if (json) io.out(JSON.stringify({ errors: r.errors, warnings: r.warnings }, null, 2));
  if (r.stage === "options") {
    for (const e of r.errors) io.err(`✗ ${messageOf(e, lang)}`);
    return EXIT_OTHER;
  }
  io.err(lang === "en" ? `Input errors (${r.errors.length}); nothing was computed or written:` : `Có ${r.errors.length} lỗi, chưa tính dự toán và không ghi tệp nào:`);
  if (lang === "en") for (const e of r.errors) io.err(`  ✗ ${messageOf(e, lang)}`);
  else io.err(issueLines(r.errors, "✗").join("\n"));
  if (r.hint) io.err(`Gợi ý: ${r.hint}`);
  for (const line of originLines(r.settings, r.pack?.name ?? r.settings.packId)) io.err(line);
  return EXIT_INPUT;
}

/** With --json every failure is also one JSON document on stdout, in the shape of input errors. */
export function printJsonErrors(io: Io, errors: Issue[]): void {
  io.out(JSON.stringify({ errors, warnings: [] }, null, 2));
}

/** Prints an exception (and, with --json, the same as a JSON document); returns the exit status. */
export function printException(e: unknown, io: Io, json = false, lang: Lang = "vi"): number {
  const { issue, exit } = exceptionIssue(e);
  if (json) printJsonErrors(io, [issue]);
  const fileMessage = e instanceof InputFileError ? (lang === "en" ? e.issue.messageEn : e.message) : null;
  io.err(`✗ ${fileMessage ?? issue.message}`);
  if (process.env.DUTOAN_DEBUG && issue.code === "LOI_KHONG_MONG_DOI") io.err(String((e as Error)?.stack ?? e));
  return exit;
}

async function inputs(file: string, o: RunCommandOptions) {
  const sheets = await readRoster(file);
  const params = await readParams(o.params ?? []);
  const packFiles = await readPackFiles(o.packFile ?? []);
  return { sheets, params, packFiles };
}

export async function estimateCommand(file: string, o: EstimateOptions, io: Io, lang: Lang): Promise<number> {
  let pending: PendingOutput | undefined;
  try {
    if (o.out) pending = await prepareOutput(o.out, { force: !!o.force, inputs: [file, ...(o.params ?? []), ...(o.packFile ?? [])], ext: ".xlsx", label: "Tệp --out" });
    const { sheets, params, packFiles } = await inputs(file, o);
    const r = runEstimate(sheets, { year: o.year, packId: o.pack, params, packFiles, frontDoor: "cli" });
    if (!r.ok || !r.summary || !r.pack || !r.read || !r.result) {
      await pending?.discard();
      return printFailure(r, io, lang, !!o.json);
    }
    const { summary, pack, read } = r;
    if (pending) {
      const book = buildReport({ result: r.result, summary, pack, settings: r.settings.workbook });
      await pending.commit(async (tmp) => void (await writeReport(tmp, book)));
      io.err(`Đã ghi ${o.out}.`);
    }
    const origin = originLines(r.settings, pack.name);
    if (o.json) {
      for (const line of origin) io.err(line);
      io.out(JSON.stringify(summary, null, 2));
    } else io.out(summaryText(summary, { file, rows: read.rows.length, packName: pack.name, origin }, { summaryOnly: o.tomTat, detail: o.chiTiet }));
    return EXIT_OK;
  } catch (e) {
    await pending?.discard();
    return printException(e, io, !!o.json, lang);
  }
}

/** validate = the estimate's checks (parameters and the engine included) without writing anything. */
export async function validateCommand(file: string, o: RunCommandOptions & { chiTiet?: boolean }, io: Io, lang: Lang, nextYear: number): Promise<number> {
  try {
    const { sheets, params, packFiles } = await inputs(file, o);
    const r = validateWorkbook(sheets, { year: o.year, packId: o.pack, params, packFiles, fallbackYear: nextYear, frontDoor: "cli" });
    if (!r.ok || !r.read || !r.pack) return printFailure(r, io, lang, false);
    for (const line of originLines(r.settings, r.pack.name)) io.err(line);
    if (r.warnings.length) io.err([`Cảnh báo (${r.warnings.length}):`, ...(lang === "en" ? r.warnings.map((w) => `  ! ${messageOf(w, lang)}`) : issueLines(r.warnings, "!", o.chiTiet ? undefined : 30))].join("\n"));
    const rd = r.read;
    io.out(`✓ ${file}: hợp lệ cho năm ${r.settings.year}, gói ${r.pack.id} — ${rd.rows.length} dòng DanhSach, ${rd.units.length} dòng DonVi, ${rd.thamSo.length} dòng ThamSo, ${rd.leavers.length} dòng NghiViec.`);
    return EXIT_OK;
  } catch (e) {
    return printException(e, io, false, lang);
  }
}
