/**
 * Costing the leavers: `troCapOne` for one leaver on any date, `troCap` for the leavers of an
 * estimate year plus the refund checks. The interface is re-exported by index.ts.
 */
import { formatVnDate, parseIso } from "../../calendar";
import { MissingParameterError, type ParamTable, type Resolved } from "../../params";
import type { Issue, LeaverRow, RosterRow } from "../../types";
import { LeaverCtx } from "./context";
import { refundWarnings } from "./refund";
import { costLeaver } from "./regime";
import { COL, DOI_TUONG_LABELS, LeaverProblem, type LeaverResult } from "./types";

export interface TroCapInput {
  params: ParamTable;
  packId: string;
  year: number;
  leavers: LeaverRow[];
  rows: RosterRow[];
  use: (r: Resolved) => Resolved;
  /**
   * Optional, parallel to `rows`: the pack's post of each row. Its level tells commune posts from
   * thôn posts for a province's refund rule; without it a row with no thôn counts as commune-level.
   */
  posts?: readonly { level: "xa" | "thon" }[];
}

export interface TroCapOutput {
  results: LeaverResult[];
  issues: Issue[];
}

const keep = (r: Resolved): Resolved => r;

/** One leaver, any date (for DUTOAN.TROCAP): the same computation as in troCap. */
export function troCapOne(params: ParamTable, packId: string, leaver: LeaverRow, use: (r: Resolved) => Resolved = keep): { result: LeaverResult; issues: Issue[] } {
  const issues: Issue[] = [];
  const c = new LeaverCtx(params, packId, leaver, use, issues);
  try {
    costLeaver(c);
  } catch (e) {
    if (!(e instanceof LeaverProblem) && !(e instanceof MissingParameterError)) throw e;
    c.discard();
    if (e instanceof LeaverProblem) c.issue("error", e.code, `${c.who}: ${e.message}`, e.column);
    else c.issue("error", "THIEU_THAM_SO", `${c.who} (${DOI_TUONG_LABELS[leaver.doiTuong]}, nghỉ ngày ${formatVnDate(leaver.ngayNghi)}): ${e.message}`, COL.hoTen);
  }
  return { result: c.res, issues };
}

/** The leavers of the estimate year, costed; the others only checked for the refund rules. */
export function troCap(input: TroCapInput): TroCapOutput {
  const { params, packId, year, leavers, use } = input;
  const results: LeaverResult[] = [];
  const issues: Issue[] = [];
  let outside = 0;
  for (const row of leavers) {
    if (parseIso(row.ngayNghi).year !== year) {
      outside++;
      continue;
    }
    const one = troCapOne(params, packId, row, use);
    results.push(one.result);
    issues.push(...one.issues);
  }
  if (outside)
    issues.push({
      severity: "warning",
      code: "NGHI_VIEC_NGOAI_NAM",
      message: `${outside} người ở sheet NghiViec nghỉ ngoài năm ${year}: không tính trợ cấp vào dự toán năm này (vẫn dùng để kiểm tra hoàn trả trợ cấp).`,
      sheet: leavers[0].loc.sheet,
    });
  issues.push(...refundWarnings(input));
  return { results, issues };
}
