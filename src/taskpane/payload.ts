/**
 * How big an Office.js request or response is: Excel on the web refuses more than 5 MB either way
 * (RequestPayloadSizeLimitExceeded; docs/taskpane.md). The pane sizes its blocks
 * from the JSON it sends or receives, measured as UTF-8 bytes, and keeps each under BLOCK_BUDGET.
 */

/** Bytes a block may carry: well under Excel's 5 MB, under the 4 MB the tests assert. */
export const BLOCK_BUDGET = 3 * 1024 * 1024;

/** Most cells one block reads or writes (Excel reads at most 5,000,000 cells per range). */
export const BLOCK_CELLS = 1_000_000;

/** UTF-8 bytes of the JSON text of a value (Vietnamese letters take 2–3 bytes). */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v);
  if (s === undefined) return 0;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) continue;
    if (code >= 0xd800 && code < 0xdc00) {
      n += 2;
      i++;
    } else n += code < 0x800 ? 1 : 2;
  }
  return n;
}

/** Gives the page a turn between blocks, so the pane stays responsive (and Excel does not restart it). */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** "khối 3/12" progress, reported by long actions. */
export type Progress = (done: number, total: number, what: string) => void;
