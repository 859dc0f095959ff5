/**
 * First run on a fresh clone: bin/dutoan.js without its build prints a Vietnamese message (no stack
 * trace, exit 1); the "prepare" script succeeds with a message when TypeScript is absent (an install
 * without dev dependencies). The whole path (`npm ci && npx dutoan --help`) is checked by .ci/run.
 */
import { spawn, spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "fs";
import { join } from "path";
import { tempDir } from "./helpers";

const ROOT = join(__dirname, "../..");

/** A project folder with only bin/ and scripts/ (no node_modules, no build/). */
function bareClone(): string {
  const d = tempDir("dutoan-first-run-");
  for (const f of ["bin/dutoan.js", "scripts/prepare.js", "package.json", "tsconfig.cli.json"]) {
    mkdirSync(join(d, f, ".."), { recursive: true });
    copyFileSync(join(ROOT, f), join(d, f));
  }
  return d;
}

test("bin/dutoan.js without build/: a Vietnamese message saying what to run, exit 1, no stack trace", () => {
  const d = bareClone();
  const r = spawnSync(process.execPath, [join(d, "bin/dutoan.js"), "--help"], { encoding: "utf8" });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/Lệnh dutoan chưa được dựng.*npm run build:cli/s);
  expect(r.stderr).not.toMatch(/Cannot find module|\n\s+at /);
});

test("prepare without TypeScript (npm ci --omit=dev): succeeds and says the CLI could not be built", () => {
  const d = bareClone();
  const r = spawnSync(process.execPath, [join(d, "scripts/prepare.js")], { encoding: "utf8", env: { ...process.env, NODE_PATH: "" } });
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/Không có TypeScript/);
});

test("package.json builds the CLI on install and bin points at the checked entry point", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  expect(pkg.scripts.prepare).toBe("node scripts/prepare.js");
  expect(pkg.bin.dutoan).toBe("bin/dutoan.js");
  expect(readFileSync(join(ROOT, ".ci/run"), "utf8")).toMatch(/npm ci[^\n]*\n(?:#[^\n]*\n)*help="\$\(npx --no-install dutoan --help\)"/);
});

test("output piped into a reader that stops early (`dutoan … | head`): no stack trace, exit 0", async () => {
  if (!existsSync(join(ROOT, "build/cli/main.js"))) throw new Error("build/cli/main.js missing: run `npm run build:cli` first (`npm test` does)");
  const child = spawn(process.execPath, [join(ROOT, "bin/dutoan.js"), "packs", "--show", "central"], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.destroy(); // the reader is gone before the first write
  let err = "";
  child.stderr.on("data", (c) => (err += c));
  const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
  expect(err).not.toMatch(/EPIPE|\n\s+at /);
  expect(code).toBe(0);
});
