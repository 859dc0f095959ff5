/**
 * The one error the .xlsx reader throws: a located Vietnamese message (file, part or sheet, row,
 * column) saying what is wrong and what to do, never a library's own text.
 */
import { basename } from "path";
import type { Issue } from "../engine/types";

/** Where in the workbook a problem is: the zip part, and when known the sheet, Excel row and column letter. */
export interface FileWhere {
  file: string;
  part?: string;
  sheet?: string;
  row?: number;
  /** Column letter, e.g. "C". */
  column?: string;
}

export interface FileIssue extends Issue {
  messageEn: string;
  /** The zip part at fault, e.g. "xl/worksheets/sheet1.xml". */
  part?: string;
}

function q(s: string): string {
  return `“${s}”`;
}

function whereVi(w: FileWhere): string {
  const parts = [`Tệp ${q(basename(w.file))}`];
  if (w.sheet !== undefined) parts.push(`sheet ${q(w.sheet)}`);
  else if (w.part !== undefined) parts.push(`phần ${q(w.part)}`);
  if (w.row !== undefined) parts.push(`dòng ${w.row}`);
  if (w.column !== undefined) parts.push(`cột ${w.column}`);
  return parts.join(", ");
}

function whereEn(w: FileWhere): string {
  const parts = [`File ${q(basename(w.file))}`];
  if (w.sheet !== undefined) parts.push(`sheet ${q(w.sheet)}`);
  else if (w.part !== undefined) parts.push(`part ${q(w.part)}`);
  if (w.row !== undefined) parts.push(`row ${w.row}`);
  if (w.column !== undefined) parts.push(`column ${w.column}`);
  return parts.join(", ");
}

/** A file that cannot be read as a workbook: exit status 2 in the CLI, nothing computed or written. */
export class InputFileError extends Error {
  readonly issue: FileIssue;

  /** `new InputFileError(message)` (a message already complete, code INPUT_FILE) or a located problem. */
  constructor(message: string);
  constructor(code: string, where: FileWhere, vi: string, en: string);
  constructor(code: string, where?: FileWhere, vi?: string, en?: string) {
    if (where === undefined || vi === undefined) {
      super(code);
      this.name = "InputFileError";
      this.issue = { severity: "error", code: "INPUT_FILE", message: code, messageEn: code };
      return;
    }
    const message = `${whereVi(where)}: ${vi}`;
    super(message);
    this.name = "InputFileError";
    this.issue = { severity: "error", code, message, messageEn: `${whereEn(where)}: ${en ?? vi}` };
    if (where.sheet !== undefined) this.issue.sheet = where.sheet;
    if (where.row !== undefined) this.issue.row = where.row;
    if (where.column !== undefined) this.issue.column = where.column;
    if (where.part !== undefined) this.issue.part = where.part;
  }

  get code(): string {
    return this.issue.code;
  }
}

/** What to do when a file is damaged: open it in Excel and save it again. */
export const RESAVE_VI = "cần mở tệp bằng Excel rồi lưu lại dạng Excel Workbook (.xlsx), hoặc dùng bản sao còn tốt";
export const RESAVE_EN = "open the file in Excel and save it again as an Excel Workbook (.xlsx), or use a good copy";
