/**
 * Which number formats show a number as a date or time: a date cell holds a serial number and only
 * its format says it is a date (ECMA-376 Part 1, §18.8.30 lists the built-in format ids).
 */

/** Built-in date/time formats: 14–22, 45–47, and the East Asian ones 27–36, 50–58. */
export function isBuiltinDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// Quoted text, escaped characters, fill/skip characters, and bracketed parts other than elapsed time
// ([h], [mm], [ss]) say nothing about dates: "#,##0 \"đồng\"", "[Red]", "[$-42A]" are not dates.
const NOISE = /"[^"]*"|\\.|[_*]./g;
const BRACKETS = /\[(?![hms]+\])[^\]]*\]/gi;
const DATE_TOKENS = /[dmyhs]/i;

const cache = new Map<string, boolean>();

/** A custom format code shows a date or time when, noise removed, it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  let hit = cache.get(code);
  if (hit === undefined) {
    const first = code.split(";")[0];
    const bare = first.replace(NOISE, "").replace(BRACKETS, "");
    hit = !/general/i.test(bare) && DATE_TOKENS.test(bare);
    if (cache.size < 1000) cache.set(code, hit);
  }
  return hit;
}
