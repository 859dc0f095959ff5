#!/usr/bin/env node
/**
 * Engine benchmark: a province of 100,000 person-posts × 12 months, estimate + summarize.
 * Target (README, "Kiểm thử"): ≤ 0.3 s (median of 5) and ≤ 150 MiB peak above the input.
 *
 * Timed in the same run, as yardsticks that do not depend on how busy the machine is:
 * - decimal: a bare decimal.js loop of 1.2M round(hệ số × LCS) (one line per row and month);
 * - bigint: the same 1.2M lines in exact integer arithmetic (the floor of any exact engine).
 * The engine's median is printed as ratios to both. When the target is not met, the remaining gap
 * and the top functions of a CPU profile of one more run are printed. Run via `npm run bench`
 * (after `npm run build:cli`); `node --expose-gc` makes the memory figures exact.
 */
const inspector = require("inspector");
const { estimate } = require("../build/engine/estimate");
const { summarize } = require("../build/engine/aggregate");
const { D } = require("../build/engine/money");
const { parseOverride, resolvePack } = require("../build/packs");

const N = Number(process.argv[2] || 100000);
const TARGET_MS = 300;
const TARGET_MIB = 150;
/** Khoán levels as a ThamSo sheet would give them (Hưng Yên's own are not public: the pack has none). */
const khoanLevels = [
  ...["chiBo", "banCongTacMatTran", "chiHoiDoanThe"].map((org, i) => [`khoan.${org}.thon`, String(6000000 - i * 1000000)]),
  ...["matTran", "phuNu", "nongDan", "doanThanhNien", "cuuChienBinh"].flatMap((org) => ["I", "II", "III"].map((c) => [`khoan.${org}.xa.${c}`, "20000000"])),
];
const thamSo = parseOverride({
  parameters: khoanLevels.map(([key, value]) => ({ key, label: key, unit: "VND", values: [{ from: "2026-01-01", value, source: { document: "ThamSo (benchmark)" }, confidence: "high" }] })),
});
const pack = resolvePack("hung-yen", [{ layer: "ThamSo", override: thamSo }]);
const posts = ["truongThon", "biThuChiBo", "truongBanCongTacMatTran", "toVienToBaoVe", "thonDoiTruong"];
const heSo = ["1.0", "1.2", "1.4", "1.5", "0.8", "1.15"];

function makeInput() {
  const rows = [];
  const units = [];
  const villages = Math.ceil(N / 8);
  for (let v = 0; v < villages; v++) {
    const donVi = `Xã ${Math.floor(v / 12)}`;
    if (v % 12 === 0) units.push({ loc: { sheet: "DonVi", row: units.length + 2 }, donVi, thon: null, loai: "xa", phanLoai: "II", soHo: null, dacDiem: [], soNguoiTangThem: null, tuNgay: null, denNgay: null });
    units.push({ loc: { sheet: "DonVi", row: units.length + 2 }, donVi, thon: `Thôn ${v}`, loai: v % 5 ? "thon" : "toDanPho", phanLoai: null, soHo: 150 + ((v * 37) % 900), dacDiem: [], soNguoiTangThem: null, tuNgay: null, denNgay: null });
  }
  for (let i = 0; i < N; i++) {
    const v = Math.floor(i / 8);
    const post = posts[i % posts.length];
    const partial = i % 20 === 0;
    rows.push({
      loc: { sheet: "DanhSach", row: i + 2 },
      hoTen: `Người ${i % 7 === 6 ? i - 1 : i}`,
      chucDanh: post,
      postCode: post,
      kiemNhiem: i % 7 === 6 && post !== "toVienToBaoVe",
      donVi: `Xã ${Math.floor(v / 12)}`,
      thon: `Thôn ${v}`,
      heSo: post === "toVienToBaoVe" || post === "thonDoiTruong" ? null : i % 10 === 3 ? null : heSo[i % heSo.length],
      mucTien: post !== "toVienToBaoVe" && post !== "thonDoiTruong" && i % 10 === 3 ? 2000000 + (i % 5) * 100000 : null,
      tuNgay: partial ? `2026-0${1 + (i % 9)}-15` : null,
      denNgay: null,
      // Tổ bảo vệ members join voluntary BHXH (the roster says so: a blank cell means "Không")
      bhxh: post === "toVienToBaoVe" ? "tuNguyen" : null, bhyt: null, nhomHoTro: null, thuNhapBhxhTn: null, phuongThucDong: null, ghiChu: null,
    });
  }
  return { year: 2026, rows, units };
}

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
/** CPU time of this process (user + system, ms): less sensitive than wall time to other processes. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** 1.2M round(hệ số × LCS) with decimal.js: what a naive exact ledger pays per line. */
function decimalLoop(lines) {
  const lcs = ["2340000", "2530000"];
  const t0 = process.hrtime.bigint();
  let sum = 0;
  for (let i = 0; i < lines; i++) sum += new D(heSo[i % heSo.length]).times(lcs[(i / 6) & 1]).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
  return { ms: ms(t0), sum };
}

/** The same lines in exact integers: hệ số in hundredths × LCS, rounded half up. */
function bigintLoop(lines) {
  const h = heSo.map((x) => BigInt(Math.round(Number(x) * 100)));
  const lcs = [2340000n, 2530000n];
  const t0 = process.hrtime.bigint();
  let sum = 0n;
  for (let i = 0; i < lines; i++) sum += (h[i % h.length] * lcs[(i / 6) & 1] + 50n) / 100n;
  return { ms: ms(t0), sum };
}

/** Top functions (self time) of a CPU profile of one estimate + summarize. */
function profile(input) {
  return new Promise((resolve) => {
    const session = new inspector.Session();
    session.connect();
    session.post("Profiler.enable", () =>
      session.post("Profiler.start", () => {
        summarize(estimate(input, pack));
        session.post("Profiler.stop", (err, { profile: p }) => {
          session.disconnect();
          const self = new Map();
          const byId = new Map(p.nodes.map((n) => [n.id, n]));
          p.samples.forEach((id, i) => {
            const f = byId.get(id).callFrame;
            const k = `${f.functionName || "(anonymous)"} ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber + 1}`;
            self.set(k, (self.get(k) || 0) + (p.timeDeltas[i] || 0));
          });
          const total = [...self.values()].reduce((a, b) => a + b, 0);
          resolve([...self].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, t]) => `${(100 * t / total).toFixed(1)}% ${k}`));
        });
      }),
    );
  });
}

async function main() {
  const input = makeInput();
  if (global.gc) global.gc();
  const rss0 = process.memoryUsage().rss;
  const m0 = process.memoryUsage();
  let kept = estimate(input, pack);
  kept.summary = summarize(kept);
  if (global.gc) global.gc();
  const m1 = process.memoryUsage();
  const retainedMiB = Math.round((m1.heapUsed - m0.heapUsed + m1.arrayBuffers - m0.arrayBuffers) / 1048576);
  const peakAboveInputMiB = Math.round(process.resourceUsage().maxRSS / 1024 - rss0 / 1048576);
  const lines = kept.ledger.length;
  const plans = kept.ledger.plans.count;
  const entries = kept.ledger.entries;
  kept = null;
  const runs = [];
  const cpuRuns = [];
  let phases = {};
  let s;
  for (let k = 0; k < 5; k++) {
    if (global.gc) global.gc();
    const c0 = cpuMs();
    const t0 = process.hrtime.bigint();
    const clock = () => Number(process.hrtime.bigint()) / 1e6;
    const p = {};
    const r = estimate(input, pack, { clock, onPhase: (name, t) => (p[name] = Math.round(t)) });
    const t1 = clock();
    s = summarize(r);
    p.summarize = Math.round(clock() - t1);
    runs.push(ms(t0));
    cpuRuns.push(cpuMs() - c0);
    if (runs[runs.length - 1] === median(runs)) phases = p;
  }
  const engineMs = median(runs);
  const dec = median([0, 1, 2].map(() => decimalLoop(N * 12).ms));
  const big = median([0, 1, 2].map(() => bigintLoop(N * 12).ms));
  const out = {
    bench: "engine", rows: N, months: 12, ledgerLines: lines, plans, entries,
    medianMs: Math.round(engineMs), runsMs: runs.map(Math.round), cpuMedianMs: Math.round(median(cpuRuns)), phasesMs: phases,
    decimalLoopMs: Math.round(dec), bigintLoopMs: +big.toFixed(1),
    ratioToDecimalLoop: +(engineMs / dec).toFixed(2), ratioToBigintLoop: +(engineMs / big).toFixed(1),
    peakAboveInputMiB, retainedMiB, inputRssMiB: Math.round(rss0 / 1048576),
    errors: s.errors.length, tong: s.totals.tong,
    targetMet: engineMs <= TARGET_MS && peakAboveInputMiB <= TARGET_MIB,
  };
  if (!out.targetMet) {
    out.gapMs = Math.max(0, Math.round(engineMs - TARGET_MS));
    out.profileTop = await profile(input);
  }
  console.log(JSON.stringify(out));
}

main();
