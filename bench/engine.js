#!/usr/bin/env node
/**
 * Engine benchmark: a province of 100,000 person-posts × 12 months, ledger included.
 * Target (DEVELOPERS.md): ≤ 0.3 s and ≤ 150 MiB. Prints one JSON line; run via `npm run bench`.
 */
const { estimate } = require("../build/engine/estimate");
const { summarize } = require("../build/engine/aggregate");
const { resolvePack } = require("../build/packs");

const N = Number(process.argv[2] || 100000);
const pack = resolvePack("hung-yen");
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
      bhxh: null, bhyt: null, nhomHoTro: null, thuNhapBhxhTn: null, phuongThucDong: null, ghiChu: null,
    });
  }
  return { year: 2026, rows, units };
}

const input = makeInput();
global.gc && global.gc();
const rss0 = process.memoryUsage().rss;
// Memory of one estimate with its ledger: what stays allocated after it (heap + typed arrays).
const m0 = process.memoryUsage();
let kept = estimate(input, pack);
kept.summary = summarize(kept);
global.gc && global.gc();
const m1 = process.memoryUsage();
const retainedMiB = Math.round((m1.heapUsed - m0.heapUsed + m1.arrayBuffers - m0.arrayBuffers) / 1048576);
const firstRunPeakMiB = Math.round(process.resourceUsage().maxRSS / 1024 - rss0 / 1048576);
kept = null;
const runs = [];
const allPhases = [];
let s;
for (let k = 0; k < 5; k++) {
  const t0 = process.hrtime.bigint();
  const phases = {};
  const clock = () => Number(process.hrtime.bigint()) / 1e6;
  const r = estimate(input, pack, { clock, onPhase: (p, ms) => (phases[p] = Math.round(ms)) });
  const t1 = clock();
  s = summarize(r);
  phases.summarize = Math.round(clock() - t1);
  allPhases.push(phases);
  runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (k === 0) var lines = r.ledger.length;
}
runs.sort((a, b) => a - b);
const peak = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({
  bench: "engine", rows: N, months: 12, ledgerLines: lines,
  medianMs: Math.round(runs[2]), minMs: Math.round(runs[0]),
  peakRssMiB: Math.round(peak), inputRssMiB: Math.round(rss0 / 1048576), retainedMiB, firstRunPeakMiB,
  errors: s.errors.length, tong: s.totals.tong, phasesMs: allPhases[allPhases.length - 1],
}));
