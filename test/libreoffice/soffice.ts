/**
 * LibreOffice headless as an independent spreadsheet engine for the tests.
 *
 * Every conversion runs with a throw-away copy of test/libreoffice/profile/, whose
 * registrymodifications.xcu sets /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode = 0:
 * "always recalculate" Excel files on load. LibreOffice's default ("never") shows the cached results
 * our writer stores, so without it a CSV export would only echo our own numbers back
 * (test/libreoffice/README.md).
 *
 * Without `soffice` the tests are skipped with a message, unless CI is set: in CI they must run
 * (.ci/run installs libreoffice-calc-nogui, fonts-liberation2 and poppler-utils).
 */
import { spawnSync } from "child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

export const PROFILE = join(__dirname, "profile");
/** CSV, UTF-8, raw values (not as shown), no formulas, every sheet to its own file (LibreOffice ≥ 7.2). */
export const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

function has(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return !r.error && r.status === 0;
}

export const hasSoffice = (): boolean => has("soffice", ["--version"]);
export const hasPoppler = (): boolean => has("pdfinfo", ["-v"]);

/** `describe` when the tools are there; otherwise skipped with a message (failing in CI). */
export function describeWithLibreOffice(name: string, fn: () => void, needPoppler = false): void {
  const missing = [!hasSoffice() && "soffice (apt-get install libreoffice-calc-nogui fonts-liberation2)", needPoppler && !hasPoppler() && "pdfinfo/pdftotext (apt-get install poppler-utils)"].filter(Boolean);
  if (!missing.length) return describe(name, fn);
  if (process.env.CI) {
    describe(name, () => test(`needs ${missing.join(", ")}`, () => {
      throw new Error(`CI must run the LibreOffice checks: ${missing.join(", ")} missing.`);
    }));
    return;
  }
  describe.skip(`${name} — skipped: ${missing.join(", ")} not installed`, fn);
}

const made: string[] = [];
/** A new temporary folder, removed by removeTemp(). */
export function tempDir(prefix = "dutoan-lo-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function removeTemp(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A fresh user profile holding only our settings (LibreOffice fills in the rest). */
export function freshProfile(withSettings = true): string {
  const dir = tempDir();
  if (withSettings) cpSync(PROFILE, dir, { recursive: true });
  return dir;
}

/** Converts `file` with soffice; returns the files written into a new folder. */
export function convert(file: string, filter: string, profile = freshProfile()): string[] {
  const out = tempDir("dutoan-lo-out-");
  const r = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", out, file], { encoding: "utf8", timeout: 300000 });
  if (r.error || r.status !== 0) throw new Error(`soffice failed: ${r.error?.message ?? r.stderr}`);
  const files = readdirSync(out).map((f) => join(out, f));
  if (!files.length) throw new Error(`soffice wrote nothing for ${basename(file)}: ${r.stderr}`);
  return files;
}

/** RFC 4180 CSV → rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endCell();
    else if (ch === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Every sheet of an .xlsx as LibreOffice computes it: sheet name → CSV rows. */
export function sheetsAsCsv(file: string, profile?: string): Map<string, string[][]> {
  const stem = basename(file).replace(/\.xlsx$/, "");
  const out = new Map<string, string[][]>();
  for (const f of convert(file, CSV_FILTER, profile)) out.set(basename(f).slice(stem.length + 1).replace(/\.csv$/, ""), parseCsv(readFileSync(f, "utf8")));
  return out;
}

export function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.error || r.status !== 0) throw new Error(`${cmd} failed: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}
