/** A worker thread of `dutoan consolidate`: estimates the files it is sent, one at a time. */
import { parentPort, workerData } from "worker_threads";
import { estimateFile, type JobOptions } from "./one";

const options = workerData as JobOptions;
parentPort!.on("message", (m: { i: number; file: string }) => {
  void estimateFile(m.file, options).then((outcome) => parentPort!.postMessage({ i: m.i, outcome }));
});
