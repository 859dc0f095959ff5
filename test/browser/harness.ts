/**
 * What the browser test needs around the built pane: a tiny static server for dist/, the office.js
 * stub (the strict fake workbook bundled for the page, `Office`, `Excel.run`, `CustomFunctions`),
 * and Debian's Chromium driven by playwright-core.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import * as ts from "typescript";
import * as zlib from "zlib";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png", ".json": "application/json", ".xml": "application/xml" };

/** Serves dist/ on 127.0.0.1 (a free port). */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? "/").split("?")[0]).replace(/^\/+/, "") || "taskpane.html";
    const file = path.resolve(DIST, rel);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The strict fake (test/fake-excel) as one script defining `window.DuToanFake`. */
export function fakeBundle(): string {
  const dir = path.join(ROOT, "test/fake-excel");
  const modules = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => {
      const out = ts.transpileModule(fs.readFileSync(path.join(dir, f), "utf8"), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
      return `${JSON.stringify(`./${f.replace(/\.ts$/, "")}`)}: function (module, exports, require) {\n${out}\n}`;
    });
  return `(function () {
  var defs = {${modules.join(",\n")}};
  var cache = {};
  function req(name) {
    if (cache[name]) return cache[name].exports;
    var m = (cache[name] = { exports: {} });
    defs[name](m, m.exports, req);
    return m.exports;
  }
  window.DuToanFake = req("./index");
})();`;
}

/**
 * office.js replaced: Office and Excel over a fake workbook (one empty sheet unless `sheets` are
 * given: name → rows); CustomFunctions for functions.js.
 */
export function officeStub(host = "Excel", sheets: Record<string, unknown[][]> = { Sheet1: [] }): string {
  return `${fakeBundle()}
(function () {
  var F = window.DuToanFake;
  var given = ${JSON.stringify(sheets)};
  var model = new F.WorkbookModel(Object.keys(given).map(function (n) { return new F.SheetModel(n, given[n]); }));
  window.__model = model;
  window.Excel = { run: F.fakeExcel(model).run };
  window.Office = F.fakeOffice(model, { host: ${JSON.stringify(host)} });
  function CFError(code, message) { this.code = code; this.message = message; }
  window.CustomFunctions = { associated: [], associate: function (id) { window.CustomFunctions.associated.push(id); }, Error: CFError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
})();`;
}

/** The raw pixel rows of a PNG (its IDAT data inflated) and its size. */
function pixels(png: Buffer): { w: number; h: number; data: Buffer } {
  const parts: Buffer[] = [];
  let w = 0;
  let h = 0;
  for (let i = 8; i < png.length; ) {
    const len = png.readUInt32BE(i);
    const type = png.toString("ascii", i + 4, i + 8);
    if (type === "IHDR") [w, h] = [png.readUInt32BE(i + 8), png.readUInt32BE(i + 12)];
    if (type === "IDAT") parts.push(png.subarray(i + 8, i + 8 + len));
    i += 12 + len;
  }
  return { w, h, data: zlib.inflateSync(Buffer.concat(parts)) };
}

/**
 * Saves a screenshot unless the file there already shows the same picture (Chromium's anti-aliasing
 * varies by a few pixels between runs: under 0.1 % of the bytes differing keeps the committed file).
 */
export function saveScreenshot(file: string, png: Buffer): void {
  if (fs.existsSync(file)) {
    const a = pixels(fs.readFileSync(file));
    const b = pixels(png);
    if (a.w === b.w && a.h === b.h && a.data.length === b.data.length) {
      let diff = 0;
      for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) diff++;
      if (diff < a.data.length / 1000) return;
    }
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, png);
}
