/*
 * Offline manifest checks (stack.md §6.5): the real manifest.xml passes; broken variants, built in a
 * temporary folder with a copy of assets/, fail with a specific Vietnamese message.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";

 
const { validateManifest, readPngSize } = require("../../scripts/validate-manifest.js");
 
const { render } = require("../../scripts/make-icons.js");

interface Result {
  ok: boolean;
  errors: string[];
  warnings: string[];
  summary: Record<string, unknown>;
}

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const REAL_XML = fs.readFileSync(MANIFEST, "utf8");

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A temp folder holding manifest.xml (given text) and a copy of assets/. */
function workspace(xml: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-manifest-"));
  tempDirs.push(dir);
  fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
  fs.writeFileSync(path.join(dir, "manifest.xml"), xml);
  return dir;
}

/** Replaces exactly one occurrence (so a typo in the test cannot silently test nothing). */
function replaceOnce(xml: string, from: string, to: string): string {
  const n = xml.split(from).length - 1;
  if (n !== 1) throw new Error(`"${from}" occurs ${n} times in manifest.xml, expected 1`);
  return xml.replace(from, to);
}

function check(xml: string, prepare?: (dir: string) => void): Result {
  const dir = workspace(xml);
  if (prepare) prepare(dir);
  return validateManifest(path.join(dir, "manifest.xml"));
}

function expectError(r: Result, pattern: RegExp): void {
  expect(r.ok).toBe(false);
  if (!r.errors.some((e) => pattern.test(e))) {
    throw new Error(`no error matches ${pattern}; errors were:\n${r.errors.join("\n")}`);
  }
}

describe("manifest.xml (real)", () => {
  test("passes the offline validation", () => {
    const r: Result = validateManifest(MANIFEST);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.summary.namespace).toBe("DUTOAN");
    expect(r.summary.origin).toBe("https://localhost:3000");
  });

  test("also passes when given as a string with rootDir", () => {
    const r: Result = validateManifest(REAL_XML, { rootDir: ROOT });
    expect(r.errors).toEqual([]);
  });

  test("shared runtime wiring is as stack.md §5 describes", () => {
    expect(REAL_XML).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(REAL_XML).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    expect(REAL_XML).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(REAL_XML).not.toMatch(/<TaskpaneId>/);
    expect(REAL_XML).toContain('DisplayName DefaultValue="DuToan – Dự toán phụ cấp, BHXH"');
  });

  test("icons in assets/ are PNGs of their declared size", () => {
    for (const s of [16, 32, 64, 80]) {
      expect(readPngSize(path.join(ROOT, "assets", `icon-${s}.png`))).toEqual({ width: s, height: s });
    }
    expect(readPngSize(path.join(ROOT, "assets", "logo-filled.png"))).not.toBeNull();
  });

  test("committed icons are what scripts/make-icons.js draws (pixels compared, not zlib bytes)", () => {
    const pixels = (png: Buffer): Buffer => {
      const parts: Buffer[] = [];
      for (let i = 8; i < png.length; ) {
        const len = png.readUInt32BE(i);
        if (png.toString("ascii", i + 4, i + 8) === "IDAT") parts.push(png.subarray(i + 8, i + 8 + len));
        i += 12 + len;
      }
      return zlib.inflateSync(Buffer.concat(parts));
    };
    for (const s of [16, 32, 64, 80]) {
      const committed = pixels(fs.readFileSync(path.join(ROOT, "assets", `icon-${s}.png`)));
      expect(committed.equals(pixels(render(s)))).toBe(true);
    }
  });
});

describe("manifest.xml (broken variants)", () => {
  test("malformed XML", () => {
    const r = check(replaceOnce(REAL_XML, "</Permissions>", "</Permission>"));
    expectError(r, /XML không hợp lệ \(dòng \d+, cột \d+\)/);
  });

  test('"--" inside an XML comment (Office rejects it)', () => {
    const r = check(REAL_XML.replace("<OfficeApp ", "<!-- npm run build --mode production -->\n<OfficeApp "));
    expectError(r, /chú thích .* không được chứa "--"/);
  });

  test("Runtime and Page use different resids", () => {
    let xml = replaceOnce(REAL_XML, '<Runtime resid="Taskpane.Url"', '<Runtime resid="Functions.Page.Url"');
    xml = replaceOnce(
      xml,
      "<bt:Urls>",
      '<bt:Urls>\n        <bt:Url id="Functions.Page.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
    );
    const r = check(xml);
    expectError(r, /Runtime, Page và FunctionFile phải dùng cùng một resid.*Runtime="Functions.Page.Url", Page="Taskpane.Url"/);
  });

  test("resid used but not defined in Resources", () => {
    const xml = replaceOnce(REAL_XML, '<Label resid="DuToan.Group.Label"/>', '<Label resid="DuToan.Group.Nhan"/>');
    const r = check(xml);
    expectError(r, /resid "DuToan.Group.Nhan" \(dùng ở <Label>\) chưa được khai báo trong <Resources>/);
  });

  test("http URL", () => {
    const xml = replaceOnce(
      REAL_XML,
      'DefaultValue="https://localhost:3000/functions.json"',
      'DefaultValue="http://localhost:3000/functions.json"',
    );
    const r = check(xml);
    expectError(r, /URL phải dùng https: "http:\/\/localhost:3000\/functions.json"/);
  });

  test("URL on another origin", () => {
    const xml = replaceOnce(
      REAL_XML,
      'DefaultValue="https://localhost:3000/functions.js"',
      'DefaultValue="https://cdn.example.com/functions.js"',
    );
    expectError(check(xml), /mọi URL phải cùng một nguồn https:\/\/localhost:3000: "https:\/\/cdn.example.com\/functions.js"/);
  });

  test("Script URL not matching the webpack output name", () => {
    const xml = replaceOnce(REAL_XML, "https://localhost:3000/functions.js\"", 'https://localhost:3000/custom.js"');
    expectError(check(xml), /Script của CustomFunctions phải trỏ tới functions.js/);
  });

  test("missing icon file", () => {
    const r = check(REAL_XML, (dir) => fs.rmSync(path.join(dir, "assets", "icon-80.png")));
    expectError(r, /không tìm thấy tệp biểu tượng assets\/icon-80.png/);
  });

  test("icon of the wrong size", () => {
    const r = check(REAL_XML, (dir) =>
      fs.copyFileSync(path.join(dir, "assets", "icon-32.png"), path.join(dir, "assets", "icon-16.png")),
    );
    expectError(r, /ảnh assets\/icon-16.png có cỡ 32×32, nhưng .* đòi 16×16/);
  });

  test("wrong namespace", () => {
    const xml = replaceOnce(REAL_XML, 'DefaultValue="DUTOAN"', 'DefaultValue="CONTOSO"');
    expectError(check(xml), /namespace của hàm phải là "DUTOAN" \(đang là "CONTOSO"\)/);
  });

  test("Runtime without lifetime=long", () => {
    const xml = replaceOnce(REAL_XML, ' lifetime="long"', "");
    expectError(check(xml), /<Runtime> phải có lifetime="long"/);
  });

  test("missing SharedRuntime requirement", () => {
    const xml = replaceOnce(REAL_XML, '<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>');
    expectError(check(xml), /thiếu yêu cầu <Set Name="SharedRuntime"/);
  });

  test("ShowTaskpane with a TaskpaneId (T11)", () => {
    const xml = replaceOnce(REAL_XML, '<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane">\n<TaskpaneId>ButtonId1</TaskpaneId>');
    expectError(check(xml), /không được có <TaskpaneId>/);
  });

  test("Id that is not a GUID", () => {
    const xml = REAL_XML.replace(/<Id>[^<]*<\/Id>/, "<Id>dutoan</Id>");
    expectError(check(xml), /<Id> phải là một GUID/);
  });

  test("root must be a TaskPaneApp", () => {
    const xml = replaceOnce(REAL_XML, 'xsi:type="TaskPaneApp"', 'xsi:type="MailApp"');
    expectError(check(xml), /xsi:type="TaskPaneApp"/);
  });

  test("missing manifest file", () => {
    const r: Result = validateManifest(path.join(os.tmpdir(), "khong-co-manifest.xml"));
    expectError(r, /không tìm thấy tệp manifest/);
  });
});

describe("build output checks (fake dist/)", () => {
  /** A minimal, valid production-like dist/ built from the real manifest. */
  function fakeDist(opts: { manifest?: string; functionsJson?: unknown; functionsJs?: string } = {}): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-dist-"));
    tempDirs.push(dir);
    fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
    const prod = REAL_XML.split("https://localhost:3000/").join("https://dutoan.example.vn/");
    fs.writeFileSync(path.join(dir, "manifest.xml"), opts.manifest ?? prod);
    const json = opts.functionsJson ?? {
      functions: [
        { id: "LUONGCOSO", name: "LUONGCOSO", description: "Mức lương cơ sở", parameters: [], result: { type: "number" } },
      ],
    };
    fs.writeFileSync(path.join(dir, "functions.json"), JSON.stringify(json));
    fs.writeFileSync(path.join(dir, "functions.js"), opts.functionsJs ?? 'CustomFunctions.associate("LUONGCOSO",function(e){return 1});');
    fs.writeFileSync(path.join(dir, "taskpane.js"), "");
    fs.writeFileSync(
      path.join(dir, "taskpane.html"),
      "<html><head><script defer src=taskpane.js></script><script defer src=functions.js></script></head></html>",
    );
    return dir;
  }

  test("a consistent dist passes", () => {
    const r: Result = validateManifest(MANIFEST, { distDir: fakeDist() });
    expect(r.errors).toEqual([]);
  });

  test("localhost left in dist/manifest.xml (T8)", () => {
    const r: Result = validateManifest(MANIFEST, { distDir: fakeDist({ manifest: REAL_XML }) });
    expectError(r, /vẫn chứa "localhost"/);
  });

  test("only the first URL replaced (the template's .replace bug, T8)", () => {
    const r: Result = validateManifest(MANIFEST, {
      distDir: fakeDist({ manifest: REAL_XML.replace("https://localhost:3000/", "https://dutoan.example.vn/") }),
    });
    expectError(r, /vẫn chứa "localhost"/);
  });

  test("function id without an associate call", () => {
    const r: Result = validateManifest(MANIFEST, { distDir: fakeDist({ functionsJs: "console.log(1)" }) });
    expectError(r, /không có CustomFunctions.associate\("LUONGCOSO"/);
  });

  test("duplicate function ids", () => {
    const f = { id: "LUONGCOSO", name: "LUONGCOSO", description: "x", parameters: [], result: { type: "number" } };
    const r: Result = validateManifest(MANIFEST, { distDir: fakeDist({ functionsJson: { functions: [f, { ...f, name: "KHAC" }] } }) });
    expectError(r, /id "LUONGCOSO" bị trùng/);
  });

  test("missing dist folder", () => {
    const r: Result = validateManifest(MANIFEST, { distDir: path.join(os.tmpdir(), "dutoan-khong-co-dist") });
    expectError(r, /không có thư mục .*npm run build/);
  });
});
