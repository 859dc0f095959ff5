/**
 * Code and data cite the project's own legal notes (docs/legal/*.md §N), never files outside the
 * repository: every citation names a file and a section that exist.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const root = join(__dirname, "../..");

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
  });
}

const sources = [...files(join(root, "src"), /\.(ts|json)$/), join(root, "samples/tinh-mau.json")];

describe("legal notes cited from code and data", () => {
  test("docs/legal has the index and the four pack notes", () => {
    for (const f of ["README.md", "central.md", "hung-yen.md", "quang-ninh.md", "hai-phong.md"]) expect([f, existsSync(join(root, "docs/legal", f))]).toEqual([f, true]);
  });
  test("central.md keeps the section numbers other code cites (§1 … §11)", () => {
    const text = readFileSync(join(root, "docs/legal/central.md"), "utf8");
    for (let i = 1; i <= 11; i++) expect([i, new RegExp(`^## §${i}\\. `, "m").test(text)]).toEqual([i, true]);
  });
  test("every “docs/legal/<file>.md §N” in src/ and the sample names an existing file and section", () => {
    const bad: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/docs\/legal\/([\w-]+\.md)((?:,? ?§\d+(?:\.\d+)?)*)/g)) {
        const doc = join(root, "docs/legal", m[1]);
        if (!existsSync(doc)) {
          bad.push(`${relative(root, file)}: ${m[0]} (không có tệp)`);
          continue;
        }
        const body = readFileSync(doc, "utf8");
        for (const s of m[2].matchAll(/§(\d+(?:\.\d+)?)/g))
          if (!new RegExp(`^#{2,3} §${s[1].replace(".", "\\.")}[. ]`, "m").test(body)) bad.push(`${relative(root, file)}: ${m[1]} §${s[1]} (không có mục)`);
      }
    }
    expect(bad).toEqual([]);
  });
  test("src/packs and the pack data point to no file outside the repository", () => {
    const packFiles = sources.filter((f) => f.includes(join("src", "packs")));
    const bad = packFiles.filter((f) => /reference\/|\.\.\/shared|\bseed \d{3}/.test(readFileSync(f, "utf8"))).map((f) => relative(root, f));
    expect(bad).toEqual([]);
  });
});
