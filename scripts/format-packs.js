/*
 * Rewrites src/packs/data/*.json (or the files given) in the canonical form of src/packs/format.ts:
 * stable key order, two-space indentation. Validates each file on the way (a located Vietnamese error
 * otherwise). Run after `npm run build:cli`:  node scripts/format-packs.js [file.json …]
 */
const fs = require("fs");
const path = require("path");
let packs;
try {
  packs = require("../build/packs");
} catch {
  console.error("Cần build trước: npm run build:cli");
  process.exit(2);
}
const dir = path.join(__dirname, "..", "src", "packs", "data");
const files = process.argv.length > 2 ? process.argv.slice(2) : fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => path.join(dir, f));
for (const file of files) {
  try {
    const text = fs.readFileSync(file, "utf8");
    const out = packs.formatPack(packs.parsePack(JSON.parse(text), path.basename(file)));
    if (out !== text) fs.writeFileSync(file, out);
    console.log(`${out === text ? "không đổi" : "đã định dạng lại"}: ${file}`);
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    process.exitCode = 1;
  }
}
