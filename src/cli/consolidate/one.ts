/**
 * One commune workbook through the one estimate pipeline, in a worker thread or in process: read,
 * estimate, reduce to the compact outcome. Never throws: a file that cannot be read is a failure
 * with its Vietnamese message. A workbook DuToan wrote itself (an estimate, not a roster) is skipped.
 */
import { performance } from "perf_hooks";
import { runEstimate, type PackFileInput, type ParamsInput } from "../../app";
import { fileOutcome, type FileOutcome } from "../../consolidate";
import { isOwnReport } from "../../roster";
import { exceptionIssue } from "../failure";
import { readRoster } from "../inputs";

/** What every file is estimated with (plain data: it is a worker's workerData). */
export interface JobOptions {
  year: string;
  pack?: string;
  params: ParamsInput[];
  packFiles: PackFileInput[];
}

const seconds = (t0: number) => Math.round(performance.now() - t0) / 1000;

export async function estimateFile(file: string, o: JobOptions): Promise<FileOutcome> {
  const t0 = performance.now();
  try {
    const sheets = await readRoster(file);
    if (isOwnReport(sheets)) return { ok: null, file, reason: "Sổ dự toán do DuToan ghi (không phải sổ danh sách): bỏ qua.", seconds: seconds(t0) };
    const r = runEstimate(sheets, { year: o.year, packId: o.pack, params: o.params, packFiles: o.packFiles, frontDoor: "cli" });
    return fileOutcome(file, r, seconds(t0));
  } catch (e) {
    return { ok: false, file, errors: [exceptionIssue(e).issue], seconds: seconds(t0) };
  }
}
