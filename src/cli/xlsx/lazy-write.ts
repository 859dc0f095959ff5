/**
 * The workbook writer, loaded only when a command writes a workbook: exceljs takes about half a
 * second to load, which every other command (and every consolidation worker) would pay for nothing.
 */
import type { ReportWorkbook } from "../../report/model";
import type { WriteResult } from "./write";

export async function writeReport(file: string, book: ReportWorkbook): Promise<WriteResult> {
  const { writeReport: write } = await import("./write");
  return write(file, book);
}
