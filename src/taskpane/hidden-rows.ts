/**
 * Which rows of a block are hidden (the roster reader warns about hidden rows that hold data, as the
 * CLI does for .xlsx files). `Range.rowHidden` (ExcelApi 1.2) is true, false, or null when mixed;
 * mixed segments are halved, all segments of one level asked in one request, so a block with a few
 * hidden rows costs a few requests (about log2 of its rows), never one per row.
 */

export interface Segment {
  sheet: string;
  /** 0-based first row and column, row count. */
  r: number;
  c: number;
  h: number;
  /** rowHidden as read: true (all hidden) or null (mixed). */
  state: boolean | null;
}

/** Most segments asked in one request. */
const PER_REQUEST = 20000;

/** Hidden rows (Excel row numbers) per sheet. */
export async function findHiddenRows(context: Excel.RequestContext, segments: Segment[]): Promise<{ sheet: string; rows: number[] }[]> {
  const found = new Map<string, number[]>();
  const add = (s: Segment) => {
    const list = found.get(s.sheet) ?? [];
    for (let i = 0; i < s.h; i++) list.push(s.r + i + 1);
    found.set(s.sheet, list);
  };
  let mixed: Segment[] = [];
  for (const s of segments) if (s.state === true) add(s);
  else if (s.state === null) mixed.push(s);
  while (mixed.length) {
    const halves = mixed.flatMap((s) => {
      const top = Math.ceil(s.h / 2);
      return [{ ...s, h: top }, { ...s, r: s.r + top, h: s.h - top }].filter((x) => x.h > 0);
    });
    const asked = halves.slice(0, PER_REQUEST).map((s) => {
      const range = context.workbook.worksheets.getItem(s.sheet).getRangeByIndexes(s.r, s.c, s.h, 1);
      range.load("rowHidden");
      return { s, range };
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per halving level, not per row
    await context.sync();
    mixed = halves.slice(PER_REQUEST);
    for (const { s, range } of asked) {
      if (range.rowHidden === true) add(s);
      else if (range.rowHidden === null) mixed.push(s);
    }
  }
  return [...found].map(([sheet, rows]) => ({ sheet, rows: rows.sort((a, b) => a - b) }));
}
