/*
 * The add-in's JavaScript in dist/ (after `npm run build:test`): one copy of the shared code, in
 * functions.js, which runs on its own (a host may load the manifest's functions script alone) and
 * which taskpane.html loads before taskpane.js; all of it ≤ 300 KB gzipped.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import * as zlib from "zlib";

const DIST = path.resolve(__dirname, "../../dist");
const BUDGET = 300 * 1024;

function read(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`dist/${name} chưa có: chạy "npm run build:test" trước khi chạy Jest.`);
  return fs.readFileSync(file, "utf8");
}

test("all JavaScript of dist/ is at most 300 KB gzipped", () => {
  const files = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
  const sizes = Object.fromEntries(files.map((f) => [f, zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length]));
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`JavaScript gzip -9: ${files.map((f) => `${f} ${(sizes[f] / 1024).toFixed(1)} KB`).join(", ")}; total ${(total / 1024).toFixed(1)} KB of ${BUDGET / 1024} KB`);
  expect(files.sort()).toEqual(["functions.js", "taskpane.js"]);
  expect(total).toBeLessThanOrEqual(BUDGET);
});

test("one copy of decimal.js and zod: in functions.js, not again in taskpane.js", () => {
  const f = read("functions.js");
  const t = read("taskpane.js");
  for (const marker of ["[DecimalError]", "invalid_type"]) {
    expect(f).toContain(marker);
    expect(t).not.toContain(marker);
  }
});

test("functions.js runs alone and associates every function of functions.json", () => {
  const ids: string[] = [];
  const sandbox: Record<string, unknown> = {
    CustomFunctions: { associate: (id: string) => ids.push(id), Error: class extends Error {}, ErrorCode: {} },
    console,
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.runInNewContext(read("functions.js"), sandbox);
  const meta = JSON.parse(read("functions.json")) as { functions: { id: string }[] };
  expect(ids.sort()).toEqual(meta.functions.map((f) => f.id).sort());
});

test("taskpane.html loads office.js, then functions.js (the shared code), then taskpane.js", () => {
  const html = read("taskpane.html");
  const order = ["office.js", "functions.js", "taskpane.js"].map((s) => html.search(new RegExp(`<script[^>]+src=["']?[^"'>]*${s.replace(".", "\\.")}`)));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});
