/**
 * Geometry the model decides so no writer has to: column letters for formulas, and row heights for
 * wrapped text (streamed rows are never auto-fitted by Excel, so a wrapped cell needs its height).
 */

/** 0-based column index → "A", "B", … "Z", "AA", … */
export function colLetter(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "H9:S9"-style range of columns `from`…`to` (0-based) and rows `r1`…`r2` (1-based). */
export function range(from: number, r1: number, to: number, r2: number): string {
  return `${colLetter(from)}${r1}:${colLetter(to)}${r2}`;
}

/**
 * Characters of Times New Roman per unit of column width: the width unit is the digit "0" of the
 * default font (Times New Roman, set by the writers), and average text is a little narrower.
 */
const CHARS_PER_UNIT = 1.2;

/** Lines a text needs in a column of `width` units (word wrap, estimated; at least 1). */
export function linesFor(text: string, width: number, fontSize = 11): number {
  const perLine = Math.max(1, Math.floor(((width - 1) * CHARS_PER_UNIT * 11) / fontSize));
  if (text.length <= perLine) return 1 + countBreaks(text);
  let lines = 0;
  for (const para of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of para.split(" ")) {
      const w = word.length;
      if (used === 0) used = w;
      else if (used + 1 + w <= perLine) used += 1 + w;
      else {
        lines++;
        used = w;
      }
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return lines;
}

function countBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Points per line of text at a font size (Excel's default leading is about 1.3 × the size). */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.32 * 4) / 4;
}

/** Height of a row whose tallest cell needs `lines` lines (with a little padding), in points. */
export function heightFor(lines: number, fontSize: number): number {
  return Math.ceil((lines * lineHeight(fontSize) + 3) * 4) / 4;
}
