/**
 * The bad-workbook corpus through the CLI entry (`run` of src/cli/main.ts): every case exits 2,
 * reports its error with code and location in the --json output, and writes nothing. Cases live in
 * *-cases.ts files (one case = one object, see types.ts); add a file and spread it into ALL below.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { roster } from "./build";
import { cliCases } from "./cli-cases";
import { readerCases } from "./reader-cases";
import { rosterCases } from "./roster-cases";
import type { CorpusCase } from "./types";

jest.setTimeout(60000);

const ALL: CorpusCase[] = [...readerCases, ...rosterCases, ...cliCases];

async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function prepare(c: CorpusCase) {
  const dir = mkdtempSync(join(tmpdir(), "dutoan-corpus-"));
  const file = join(dir, c.fileName ?? "roster.xlsx");
  const out = join(dir, "out.xlsx");
  writeFileSync(file, await c.file());
  await c.setup?.({ dir, file, out });
  const before = readdirSync(dir).sort();
  return { dir, file, out, before };
}

test("the corpus has at least 45 cases, with distinct names", () => {
  expect(ALL.length).toBeGreaterThanOrEqual(45);
  expect(new Set(ALL.map((c) => c.name)).size).toBe(ALL.length);
});

test("control: the corpus's valid roster is accepted and written (the errors below come from each case's change)", async () => {
  const c: CorpusCase = { name: "valid", file: () => roster(), expect: { code: "" } };
  const p = await prepare(c);
  const r = await runCli(["estimate", p.file, "--year", "2026", "--json", "--out", p.out]);
  expect(r.err).not.toMatch(/✗/);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).totals.tong).toBeGreaterThan(0);
  expect(existsSync(p.out)).toBe(true);
});

describe.each(ALL.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test("exit 2, the located error in --json, nothing written", async () => {
    const p = await prepare(c);
    const args = c.args?.(p) ?? ["estimate", p.file, "--year", "2026", "--json", "--out", p.out];
    const r = await runCli(args);
    expect(r.code).toBe(c.exit ?? 2);
    let json: { errors: Record<string, unknown>[] };
    try {
      json = JSON.parse(r.out);
    } catch {
      throw new Error(`no JSON on stdout: ${r.out}\nstderr: ${r.err}`);
    }
    const hit = json.errors.find((e) => e.code === c.expect.code);
    if (!hit) throw new Error(`no ${c.expect.code} among ${JSON.stringify(json.errors, null, 1)}`);
    expect(hit).toMatchObject(c.expect);
    expect(hit.severity).toBe("error");
    const message = hit.message as string;
    for (const m of c.message ?? []) expect(message).toMatch(m);
    // Vietnamese and located, never a library's text.
    expect(message).not.toMatch(/undefined entity|Invalid string length|Out of bounds|Cannot read properties|ENOENT|EACCES|Error:|at .*\.js:\d+/);
    if (c.expect.sheet) expect(message).toContain(`“${c.expect.sheet}”`);
    if (c.expect.row !== undefined) expect(message).toMatch(new RegExp(`dòng ${c.expect.row}\\b`));
    expect(r.err).toContain(message.slice(0, 40));
    // Nothing written: the folder holds what it held before the run.
    expect(existsSync(p.out)).toBe(false);
    expect(readdirSync(p.dir).sort()).toEqual(p.before);
  });
});
