/**
 * Problems met while building lines, each reported once: at its record (sheet, row, column) when
 * the record is what the officer fixes, or once per missing pack parameter at the first record that
 * needs it, with the number of others, when the fix is one ThamSo row.
 */
import type { Issue, Location } from "../types";
import { MissingParameterError } from "../params";
import { RuleProblem } from "../rules/line";

export interface AtRecord {
  /** Text before the message, e.g. the row's post and person. */
  prefix?: string;
  /** Column of a missing parameter the record itself could supply (e.g. Hệ số / Mức tiền). */
  column?: string;
  /** Extra advice after the message. */
  hint?: string;
}

export class Problems {
  private readonly seen = new Set<string>();
  /** Missing values by parameter key: the first date met, and the records needing it (by identity). */
  private readonly missing = new Map<string, { e: MissingParameterError; at: Location | null; rows: Set<Location>; hint: string }>();

  constructor(private readonly issues: Issue[]) {}

  /** A problem of one record, reported at it (once per record and code or parameter). */
  atRecord(e: unknown, loc: Location, o: AtRecord = {}): void {
    const problem = e instanceof RuleProblem ? e : null;
    if (!problem && !(e instanceof MissingParameterError)) throw e;
    const code = problem ? problem.code : "THIEU_THAM_SO";
    const k = `${loc.sheet}|${loc.row}|${code}|${problem ? "" : (e as MissingParameterError).key}`;
    if (this.seen.has(k)) return;
    this.seen.add(k);
    const column = problem?.column ?? o.column;
    this.issues.push({
      severity: "error", code,
      message: `Sheet ${loc.sheet}, dòng ${loc.row}: ${o.prefix ?? ""}${(e as Error).message}${o.hint ? ` ${o.hint}` : ""}`,
      sheet: loc.sheet, row: loc.row, ...(column ? { column } : {}),
    });
  }

  /**
   * A missing pack value reported once per parameter (at the first record needing it, from the
   * first date met); a RuleProblem still goes to its record.
   */
  once(e: unknown, loc: Location | null, hint = ""): void {
    if (e instanceof RuleProblem && loc) return this.atRecord(e, loc);
    if (!(e instanceof MissingParameterError)) throw e;
    let m = this.missing.get(e.key);
    if (!m) this.missing.set(e.key, (m = { e, at: loc, rows: new Set(), hint }));
    else if (e.date < m.e.date) m.e = e;
    if (loc) m.rows.add(loc);
  }

  /** Pushes the once-per-parameter errors (call at the end of the run). */
  flush(): void {
    for (const { e, at, rows, hint } of this.missing.values()) {
      const more = rows.size - 1;
      const where = at ? `Sheet ${at.sheet}, dòng ${at.row}${more > 0 ? ` và ${more} dòng khác` : ""}: ` : "";
      this.issues.push({
        severity: "error", code: "THIEU_THAM_SO", message: `${where}${e.message}${hint ? ` ${hint}` : ""}`,
        ...(at ? { sheet: at.sheet, row: at.row } : {}),
      });
    }
    this.missing.clear();
  }
}

/** Adds `e` to `errors` unless an error of the same kind (code, or missing parameter) is there. */
export function addOnce(errors: Error[], e: Error): void {
  const kind = (x: Error) => (x instanceof RuleProblem ? `c:${x.code}` : x instanceof MissingParameterError ? `k:${x.key}` : `m:${x.message}`);
  const k = kind(e);
  if (!errors.some((x) => kind(x) === k)) errors.push(e);
}
