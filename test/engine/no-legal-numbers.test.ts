/**
 * The law lives in packs: engine code must not contain legal numbers (LCS amounts, rates such as
 * 0.17 or 0.045, fund multiples such as 21 or 4.5, household thresholds such as 350).
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Numbers that are plumbing, not law: indices, month arithmetic, calendar facts, Excel serials. */
const ALLOWED = new Set(["0", "1", "2", "3", "4", "10", "12", "16", "31", "28", "29", "30", "40", "60", "100", "400", "11", "1899", "1900", "86400000", "2958466", "9", "1024"]);

describe("no legal number in src/engine", () => {
  const root = join(__dirname, "../../src/engine");
  test.each(files(root).map((f) => [f.slice(root.length + 1), f]))("%s", (_name, file) => {
    const text = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "")
      .replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');
    const numbers = text.match(/(?<![\w.])\d+(?:\.\d+)?(?![\w.])/g) ?? [];
    const suspicious = numbers.filter((n) => !ALLOWED.has(n));
    expect(suspicious).toEqual([]);
  });
  test("the scan catches a planted legal number", () => {
    const planted = "const rate = 0.17; const lcs = 2340000;";
    const numbers = planted.match(/(?<![\w.])\d+(?:\.\d+)?(?![\w.])/g) ?? [];
    expect(numbers.filter((n) => !ALLOWED.has(n))).toEqual(["0.17", "2340000"]);
  });
});
