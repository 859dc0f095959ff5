/**
 * The built-in pack files src/packs/data/*.json: each validates, is written in the canonical form
 * (stable key order, one field per line: easy to read and to diff), and the build copies them.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { builtInPacks, formatPack, parsePack } from "../../src/packs";

const dir = join(__dirname, "../../src/packs/data");
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();

describe("built-in pack files", () => {
  test("one file per built-in pack, named by its id", () => {
    expect(files).toEqual([...builtInPacks().keys()].map((id) => `${id}.json`).sort());
  });
  test.each(files)("%s validates and is in canonical form (run `npm run build:cli && node scripts/format-packs.js` to fix)", (file) => {
    const text = readFileSync(join(dir, file), "utf8");
    const pack = parsePack(JSON.parse(text), file);
    expect(pack.id).toBe(file.replace(/\.json$/, ""));
    expect(formatPack(pack) === text).toBe(true);
  });
  test.each(files)("%s: every value cites a document; every null or unconfirmed value explains itself in a note", (file) => {
    const pack = builtInPacks().get(file.replace(/\.json$/, ""))!;
    for (const p of pack.parameters)
      p.values.forEach((v, i) => {
        const where = `${p.key} values[${i}]`;
        expect([where, v.source.document.length > 0]).toEqual([where, true]);
        if (v.value === null || v.confidence === "unconfirmed") expect([where, (v.note ?? "").length > 0]).toEqual([where, true]);
      });
  });
});
