#!/usr/bin/env node
/**
 * Custom-function benchmark: one DUTOAN.PHUCAP call spilling over 10,000 rows (a column of mixed
 * hệ số, hệ số typed as text, mức tiền and post names with a households column; year 2026,
 * pack hung-yen), as Excel would pass it (2-D arrays). Target (issue "Excel custom functions"):
 * ≤ 50 ms of engine time. Runs against the CLI build (npm run build:cli compiles src/functions).
 *
 * cold: a freshly resolved pack (empty memos, as after a ThamSo change), pack resolution excluded;
 * warm: the same call again (what a recalculation costs). Median of 5 runs each; prints one JSON line.
 */
const { phuCap } = require("../build/functions/functions");
const { currentPack, setOverrides } = require("../build/functions/state");

const N = Number(process.argv[2] || 10000);
const heSo = [1, 1.2, 1.4, 1.5, 0.8, 1.15, 1.05, 0.9, 1.3, 1.25, 0.7, 1.1];
const names = ["Thôn đội trưởng", "THON DOI TRUONG", "thonDoiTruong", "Tổ trưởng tổ dân quân"];

const col = [];
const soHo = [];
for (let i = 0; i < N; i++) {
  const k = i % 20;
  if (k < 12) col.push([heSo[(i * 7) % heSo.length] + (i % 3 === 0 ? (i % 50) / 100 : 0)]);
  else if (k < 14) col.push([`1,${(i % 9) + 1}`]);
  else if (k < 15) col.push([`${2000000 + (i % 7) * 100000}`]);
  else col.push([names[i % names.length]]);
  soHo.push([150 + ((i * 37) % 900)]);
}
const year = [[2026]];

function time(f) {
  const t0 = process.hrtime.bigint();
  const r = f();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, r };
}

const cold = [];
const warm = [];
let out;
for (let k = 0; k < 5; k++) {
  setOverrides([]); // drops resolved packs: every memo starts empty
  currentPack("hung-yen");
  if (global.gc) global.gc();
  const c = time(() => phuCap(col, year, soHo, null, "hung-yen"));
  cold.push(c.ms);
  const w = time(() => phuCap(col, year, soHo, null, "hung-yen"));
  warm.push(w.ms);
  out = w.r;
}
const median = (a) => [...a].sort((x, y) => x - y)[2];
let total = 0, errors = 0, blanks = 0;
for (const [v] of out) {
  if (typeof v === "number") total += v;
  else if (v instanceof Error) errors++;
  else blanks++;
}
console.log(JSON.stringify({
  bench: "functions", fn: "PHUCAP", rows: N, year: 2026, pack: "hung-yen",
  coldMedianMs: +median(cold).toFixed(1), warmMedianMs: +median(warm).toFixed(1),
  coldRunsMs: cold.map((x) => +x.toFixed(1)), warmRunsMs: warm.map((x) => +x.toFixed(1)),
  total, errors, blanks,
}));
