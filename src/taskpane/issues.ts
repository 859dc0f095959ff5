/**
 * Issues as the pane lists them: grouped by sheet (errors first), each with the cell it names so a
 * click can select it. The column of an issue is its header as written in the sheet ("Hệ số"); the
 * cell's letter comes from that sheet's header row as read, or from "(F)" in the message.
 */
import type { Issue } from "../engine/types";
import { classifySheets } from "../roster/headers";
import { columnLetter, normalizeKey, type SheetData } from "../roster";

export interface LocatedIssue extends Issue {
  /** A1 address to select ("F12", "A12:F12" for a whole row), on `sheet`. */
  address?: string;
}

export interface SheetIssues {
  /** "" for issues that name no sheet (the workbook, the options, a pack file). */
  sheet: string;
  errors: LocatedIssue[];
  warnings: LocatedIssue[];
}

/** Column letters by header text (normalised), per sheet whose header row was found. */
function headerLetters(sheets: SheetData[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const cls = classifySheets(sheets);
  const matches = [...Object.values(cls.found), ...cls.extra, ...Object.values(cls.nearMiss)];
  for (const m of matches) {
    if (!m) continue;
    const startCol = m.sheet.startCol ?? 1;
    const map = out.get(m.sheet.name) ?? new Map<string, string>();
    for (const hc of m.match.columns.values()) {
      const letter = columnLetter(startCol + hc.index);
      map.set(normalizeKey(hc.header), letter);
      map.set(normalizeKey(hc.spec.header), letter);
    }
    out.set(m.sheet.name, map);
  }
  return out;
}

/** The address an issue points at, or undefined when it names no row. */
export function issueAddress(i: Issue, letters: Map<string, Map<string, string>>, widthOf: (sheet: string) => number): string | undefined {
  if (!i.sheet || i.row === undefined) return undefined;
  const fromHeader = i.column ? letters.get(i.sheet)?.get(normalizeKey(i.column)) : undefined;
  const fromMessage = /cột [“"][^”"]*[”"] \(([A-Z]{1,3})\)/.exec(i.message)?.[1];
  const letter = fromHeader ?? fromMessage;
  if (letter) return `${letter}${i.row}`;
  return `A${i.row}:${columnLetter(Math.max(1, widthOf(i.sheet)))}${i.row}`;
}

/** Errors and warnings by sheet, sheets in workbook order, "" (the workbook) first. */
export function groupBySheet(errors: Issue[], warnings: Issue[], sheets: SheetData[]): SheetIssues[] {
  const letters = headerLetters(sheets);
  const width = (name: string) => {
    const s = sheets.find((x) => x.name === name);
    const w = s ? Math.max(0, ...s.rows.slice(0, 10).map((r) => r?.length ?? 0)) : 0;
    return (s?.startCol ?? 1) - 1 + w;
  };
  const groups = new Map<string, SheetIssues>();
  const order = ["", ...sheets.map((s) => s.name)];
  const put = (i: Issue, kind: "errors" | "warnings") => {
    const key = i.sheet && order.includes(i.sheet) ? i.sheet : (i.sheet ?? "");
    const g = groups.get(key) ?? { sheet: key, errors: [], warnings: [] };
    const address = issueAddress(i, letters, width);
    g[kind].push(address ? { ...i, address } : i);
    groups.set(key, g);
  };
  for (const e of errors) put(e, "errors");
  for (const w of warnings) put(w, "warnings");
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
  return [...groups.values()].sort((a, b) => rank(a.sheet) - rank(b.sheet));
}

/** Selects the cell an issue names (activating its sheet); false when the sheet is gone or hidden. */
export async function selectIssue(context: Excel.RequestContext, sheet: string, address: string): Promise<boolean> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load("visibility");
  await context.sync();
  if (ws.isNullObject || ws.visibility !== "Visible") return false;
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
  return true;
}
