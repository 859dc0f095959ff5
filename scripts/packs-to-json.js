/*
 * One-off conversion (kept in history only): the TypeScript packs of src/packs/*.ts → the data files
 * src/packs/data/<id>.json. Run after `npm run build:cli`:  node scripts/packs-to-json.js
 * It writes each built-in pack through the canonical formatter and keeps the validated packs (the
 * engine's shape) in build/packs-before.json, so the new loader can be checked against them.
 */
/* eslint-disable no-undef */
const fs = require("fs");
const path = require("path");
const { builtInPacks } = require("../build/packs");
const { formatPack } = require("../build/packs/format");

const dir = path.join(__dirname, "..", "src", "packs", "data");
fs.mkdirSync(dir, { recursive: true });
const before = {};
for (const pack of builtInPacks().values()) {
  const text = formatPack(pack);
  fs.writeFileSync(path.join(dir, `${pack.id}.json`), text);
  before[pack.id] = pack;
  console.log(`${pack.id}: ${pack.parameters.length} tham số, ${pack.parameters.reduce((n, p) => n + p.values.length, 0)} giá trị, ${pack.posts.length} chức danh, ${pack.khoan.length} khoán — ${text.length} ký tự`);
}
fs.writeFileSync(path.join(__dirname, "..", "build", "packs-before.json"), JSON.stringify(before));
