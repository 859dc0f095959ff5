/*
 * Checks the production build in dist/ (run `npm run build:test` first; `npm test` does). A missing dist/
 * is a FAILURE, not a skip: the add-in is only shippable once these pass.
 */
import * as fs from "fs";
import * as path from "path";

 
const { validateManifest } = require("../../scripts/validate-manifest.js");

interface CfParam {
  name: string;
  description?: string;
}
interface CfFunction {
  id: string;
  name: string;
  description?: string;
  parameters?: CfParam[];
}

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const MISSING = `dist/ chưa có hoặc thiếu tệp: hãy chạy "npm run build:test" (webpack --mode production, địa chỉ kiểm thử https://dutoan.invalid/) trước khi chạy Jest.`;

function readDist(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${MISSING} (không thấy dist/${name})`);
  return fs.readFileSync(file, "utf8");
}

// Vietnamese letters with diacritics (beyond plain ASCII).
const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

describe("dist/ (production build)", () => {
  test("dist/ exists", () => {
    if (!fs.existsSync(DIST)) throw new Error(MISSING);
  });

  test("functions.json: every function has an id, a name and a description", () => {
    const meta = JSON.parse(readDist("functions.json")) as { functions: CfFunction[] };
    expect(Array.isArray(meta.functions)).toBe(true);
    expect(meta.functions.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const f of meta.functions) {
      expect(typeof f.id).toBe("string");
      expect(f.id).toMatch(/^[A-Za-z0-9_.]{1,128}$/);
      expect(typeof f.name).toBe("string");
      expect(f.name.length).toBeGreaterThan(0);
      expect((f.description ?? "").trim().length).toBeGreaterThan(0);
      expect(ids.has(f.id.toUpperCase())).toBe(false);
      ids.add(f.id.toUpperCase());
    }
  });

  test("LUONGCOSO exists with a Vietnamese description", () => {
    const meta = JSON.parse(readDist("functions.json")) as { functions: CfFunction[] };
    const f = meta.functions.find((x) => x.id === "LUONGCOSO");
    expect(f).toBeDefined();
    expect(f!.description).toMatch(VIETNAMESE);
  });

  test("functions.js associates every id of functions.json", () => {
    const meta = JSON.parse(readDist("functions.json")) as { functions: CfFunction[] };
    const js = readDist("functions.js");
    for (const f of meta.functions) expect(js).toMatch(new RegExp(`CustomFunctions\\.associate\\(\\s*["'\`]${f.id}["'\`]`));
  });

  test("manifest.xml has no localhost and points to one https origin", () => {
    const xml = readDist("manifest.xml");
    expect(xml).not.toMatch(/localhost/i);
    // URLs in attribute values (DefaultValue / Value); xmlns URIs are names, not locations.
    const urls = [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect(origins.size).toBe(1);
    // `npm test` builds with an explicit test origin (npm run build:test); a real build needs DUTOAN_URL_PROD
    expect([...origins][0]).toBe("https://dutoan.invalid");
  });

  test("taskpane.html loads office.js, taskpane.js and functions.js", () => {
    const html = readDist("taskpane.html");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(html).toMatch(/<script[^>]+src=["']?taskpane\.js(?=["'\s>])/);
    expect(html).toMatch(/<script[^>]+src=["']?functions\.js(?=["'\s>])/);
    // office.js must come before the bundles.
    expect(html.indexOf("office.js")).toBeLessThan(html.indexOf("taskpane.js"));
  });

  test("taskpane.html keeps the old-Excel message in ES5", () => {
    const html = readDist("taskpane.html");
    expect(html).toContain("Phiên bản Excel quá cũ");
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
    expect(inline).toMatch(/Promise/);
    expect(inline).toMatch(/fetch/);
    expect(inline).not.toMatch(/=>|\bconst\b|\blet\b|`/);
  });

  test("the only remote script is office.js (no other network at run time)", () => {
    const html = readDist("taskpane.html");
    const remote = [...html.matchAll(/(?:src|href)=["']?(https?:\/\/[^"'\s>]+)/g)].map((m) => m[1]);
    expect(remote).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });

  test("validate-manifest accepts manifest.xml together with dist/", () => {
    if (!fs.existsSync(DIST)) throw new Error(MISSING);
    const r = validateManifest(path.join(ROOT, "manifest.xml"), { distDir: DIST });
    expect(r.errors).toEqual([]);
  });
});
