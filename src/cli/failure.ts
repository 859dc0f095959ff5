/**
 * Exit statuses and exceptions as one Vietnamese issue. Kept apart from the commands (which load the
 * workbook writer): a consolidation worker thread needs only this, and starts faster without exceljs.
 */
import type { Issue } from "../engine/types";
import { OutputError } from "./fsio";
import { InputFileError } from "./xlsx/read";

export const EXIT_OK = 0;
export const EXIT_OTHER = 1;
export const EXIT_INPUT = 2;

const UNEXPECTED = "Lỗi không mong đợi. Đây có thể là lỗi của DuToan: hãy gửi lệnh đã chạy và tệp đầu vào cho người hỗ trợ. Đặt biến môi trường DUTOAN_DEBUG=1 rồi chạy lại để xem chi tiết kỹ thuật.";
const TOO_BIG = "Dữ liệu quá lớn để xử lý trong bộ nhớ: chia sổ tính thành nhiều tệp nhỏ hơn (ví dụ theo xã) rồi chạy từng tệp.";

/** An exception as one Vietnamese issue: known kinds by their own message, the rest without library text. */
export function exceptionIssue(e: unknown): { issue: Issue; exit: number } {
  const error = (code: string, message: string): Issue => ({ severity: "error", code, message });
  if (e instanceof InputFileError) return { issue: e.issue, exit: EXIT_INPUT };
  if (e instanceof OutputError) return { issue: error(`GHI_TEP_${e.code}`, e.message), exit: EXIT_OTHER };
  if (e instanceof RangeError && /string length|array length/i.test(e.message)) return { issue: error("QUA_LON", TOO_BIG), exit: EXIT_OTHER };
  return { issue: error("LOI_KHONG_MONG_DOI", UNEXPECTED), exit: EXIT_OTHER };
}

