/**
 * `dutoan consolidate <tệp hoặc thư mục…> --year Y`: every commune workbook estimated with the one
 * pipeline (in parallel on all cores), summed province-wide, printed, and with --out written as one
 * workbook. A file with errors is listed with them and left out; the others still consolidate.
 * Exit status: 0 when at least one file was consolidated (failures get a warning line), 2 when none
 * was, 1 for usage or output problems.
 */
import { chooseYear } from "../../app";
import { consolidate, type Consolidation, type FileOutcome } from "../../consolidate";
import type { Issue } from "../../engine/types";
import { buildProvinceReport } from "../../report/province/build";
import { EXIT_INPUT, EXIT_OK, EXIT_OTHER, printException, printJsonErrors, type Io, type RunCommandOptions } from "../commands";
import { prepareOutput, type PendingOutput } from "../fsio";
import { readPackFiles, readParams } from "../inputs";
import { writeReport } from "../xlsx/lazy-write";
import { findWorkbooks } from "./files";
import { defaultWorkers, estimateAll } from "./pool";
import { consolidationText, failureLines } from "./text";

export interface ConsolidateOptions extends RunCommandOptions {
  out?: string;
  force?: boolean;
  json?: boolean;
  tomTat?: boolean;
  chiTiet?: boolean;
  workers?: string;
  donViLap?: string;
}

function usage(io: Io, json: boolean, message: string): number {
  if (json) printJsonErrors(io, [{ severity: "error", code: "LENH_KHONG_HOP_LE", message }]);
  io.err(`✗ ${message}`);
  return EXIT_OTHER;
}

function workersOf(text: string | undefined): number | null {
  if (text === undefined) return defaultWorkers();
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 256 ? n : null;
}

/** "[37/214] Xã Nghĩa Trụ … 2,1 s" (a file's communes, or its name when it failed). */
function progressLine(o: FileOutcome, done: number, total: number): string {
  const what = o.ok ? o.communes.map((c) => c.xa).join(", ") || o.file : `${o.file} ✗`;
  return `[${done}/${total}] ${what} … ${o.seconds.toFixed(1).replace(".", ",")} s`;
}

/** The JSON document: the consolidation (file outcomes reduced to what a program reads). */
function jsonOf(c: Consolidation): unknown {
  return {
    ...c,
    failed: c.failed.map((f) => ({ file: f.file, errors: f.errors, ...(f.hint ? { hint: f.hint } : {}) })),
    skipped: c.skipped.map((s) => ({ file: s.file, reason: s.reason })),
  };
}

function fileErrors(problems: Issue[]): FileOutcome[] {
  return problems.map((p) => ({ ok: false, file: p.value ?? "", errors: [p], seconds: 0 }));
}

export async function consolidateCommand(paths: string[], o: ConsolidateOptions, io: Io): Promise<number> {
  const json = !!o.json;
  if (!o.year) return usage(io, json, "Lệnh tổng hợp cần năm dự toán: thêm --year <năm>, ví dụ --year 2027 (mọi xã, phường được tính cho cùng một năm).");
  const year = chooseYear(o.year, undefined, undefined, "cli");
  if (year.issue || !year.value) return usage(io, json, year.issue?.message ?? `Năm “${o.year}” không hợp lệ.`);
  const workers = workersOf(o.workers);
  if (workers === null) return usage(io, json, `--workers “${o.workers}” không hợp lệ: cần một số nguyên từ 1 (mặc định: số nhân CPU).`);
  let pending: PendingOutput | undefined;
  try {
    const found = await findWorkbooks(paths, o.out ? [o.out] : []);
    if (o.out) pending = await prepareOutput(o.out, { force: !!o.force, inputs: [...found.files, ...(o.params ?? []), ...(o.packFile ?? [])], ext: ".xlsx", label: "Tệp --out" });
    const params = await readParams(o.params ?? []);
    const packFiles = await readPackFiles(o.packFile ?? []);
    const progress = !json && io.progress ? (out: FileOutcome, d: number, t: number) => io.progress!(progressLine(out, d, t)) : undefined;
    const outcomes = await estimateAll(found.files, { year: String(year.value), pack: o.pack, params, packFiles }, workers, progress);
    if (progress) io.progress!("");
    const c = consolidate(year.value, [...outcomes, ...fileErrors(found.problems)]);
    if (c.files.done === 0) {
      await pending?.discard();
      if (json) io.out(JSON.stringify(jsonOf(c), null, 2));
      io.err(found.files.length || found.problems.length ? `Không tệp nào tổng hợp được (${c.files.failed} tệp có lỗi${c.files.skipped ? `, ${c.files.skipped} bỏ qua` : ""}); không ghi gì:` : `Không tìm thấy sổ .xlsx nào trong ${paths.map((p) => `“${p}”`).join(", ")}${found.lockFiles ? ` (chỉ có ${found.lockFiles} tệp khóa ~$ của Excel)` : ""}.`);
      io.err(failureLines(c, !!o.chiTiet).join("\n"));
      return EXIT_INPUT;
    }
    if (pending) {
      await pending.commit(async (tmp) => void (await writeReport(tmp, buildProvinceReport(c, { donViLap: o.donViLap }))));
      io.err(`Đã ghi ${o.out}.`);
    }
    if (json) io.out(JSON.stringify(jsonOf(c), null, 2));
    else io.out(consolidationText(c, { summaryOnly: o.tomTat, detail: o.chiTiet }));
    if (c.failed.length) io.err(`⚠ ${c.failed.length} tệp có lỗi không được tổng hợp: ${c.failed.map((f) => f.file).join(", ")}. Tổng trên chỉ gồm ${c.files.done} tệp (${c.communes.length} xã, phường).`);
    if (found.lockFiles) io.err(`Đã bỏ qua ${found.lockFiles} tệp khóa ~$ của Excel (sổ đang mở).`);
    return EXIT_OK;
  } catch (e) {
    await pending?.discard();
    return printException(e, io, json);
  }
}
