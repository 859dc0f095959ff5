/**
 * Estimates many workbooks on all CPU cores: one worker thread per core, each sent the next file as
 * soon as it is free (largest files first, so one big file does not finish alone at the end). A worker
 * that dies (out of memory…) fails only its current file; a new worker takes the rest. Where the
 * compiled worker is not there (the TypeScript sources run under the test runner) files are
 * estimated in this thread, one after the other: the same function, the same outcomes.
 */
import { existsSync } from "fs";
import { stat } from "fs/promises";
import { availableParallelism } from "os";
import { join } from "path";
import { Worker } from "worker_threads";
import type { FileOutcome } from "../../consolidate";
import { estimateFile, type JobOptions } from "./one";

const WORKER = join(__dirname, "worker.js");

export type OnDone = (outcome: FileOutcome, done: number, total: number) => void;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

async function largestFirst(files: string[]): Promise<number[]> {
  const sizes = await Promise.all(files.map((f) => stat(f).then((s) => s.size, () => 0)));
  return files.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}

async function inProcess(files: string[], o: JobOptions, onDone: OnDone): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const f of files) {
    out.push(await estimateFile(f, o));
    onDone(out[out.length - 1], out.length, files.length);
  }
  return out;
}

function crashed(file: string, e: unknown): FileOutcome {
  const message = `Lỗi không mong đợi khi xử lý tệp này (${(e as Error)?.message ?? e}); các tệp khác vẫn được tổng hợp. Thử “dutoan estimate ${file}” để xem riêng tệp này.`;
  return { ok: false, file, errors: [{ severity: "error", code: "LOI_KHONG_MONG_DOI", message }], seconds: 0 };
}

export async function estimateAll(files: string[], o: JobOptions, workers: number, onDone: OnDone = () => undefined): Promise<FileOutcome[]> {
  if (!existsSync(WORKER) || files.length === 0) return inProcess(files, o, onDone);
  const queue = await largestFirst(files);
  const results: FileOutcome[] = new Array(files.length);
  let done = 0;
  return new Promise((resolveAll) => {
    let running = 0;
    const finish = (i: number, outcome: FileOutcome) => {
      results[i] = outcome;
      onDone(outcome, ++done, files.length);
    };
    const start = () => {
      const w = new Worker(WORKER, { workerData: o });
      running++;
      let current: number | null = null;
      const next = () => {
        const i = queue.shift();
        if (i === undefined) {
          current = null;
          void w.terminate();
          return;
        }
        current = i;
        w.postMessage({ i, file: files[i] });
      };
      w.on("message", (m: { i: number; outcome: FileOutcome }) => {
        finish(m.i, m.outcome);
        next();
      });
      w.on("error", (e) => {
        if (current !== null) finish(current, crashed(files[current], e));
        current = null;
      });
      w.on("exit", () => {
        running--;
        if (current !== null) finish(current, crashed(files[current], new Error("tiến trình con dừng")));
        if (queue.length) start();
        else if (running === 0) resolveAll(results);
      });
      next();
    };
    for (let k = 0; k < Math.min(workers, files.length); k++) start();
  });
}
