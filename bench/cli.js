#!/usr/bin/env node
/**
 * CLI benchmark on a 100,000-row roster workbook (written once into bench/, git-ignored), each run in
 * its own child process (wall time, peak RSS; median of 3):
 *  - json:  `dutoan estimate --json` (read, estimate, summary);
 *  - out:   `dutoan estimate --out` (the same, plus the estimate workbook with its Chi tiết sheet);
 *  - bare:  a bare exceljs pipeline over the same data: streaming read of the roster (every cell
 *           touched) + styled streaming write of exactly the cells, styles, widths, heights and merges
 *           `--out` writes (taken from the report model beforehand, untimed, into a JSON-lines dump).
 *           Reading the dump is timed separately and left out of the bare time.
 * Targets (issue 10): out ≤ 400 MiB peak RSS, out ≤ 1.15 × bare. Ratios are measured in the same
 * run, so a busy machine slows all three alike.
 */
const ExcelJS = require("exceljs");
const { existsSync, mkdirSync, rmSync, statSync } = require("fs");
const { join } = require("path");
const { spawnSync } = require("child_process");

const N = Number(process.argv[2] || 100000);
const RUNS = Number(process.argv[3] || 3);
const file = join(__dirname, `roster-${N}-v2.xlsx`);
const work = join(__dirname, "out");
const posts = ["Trưởng thôn", "Bí thư chi bộ", "Tổ viên tổ bảo vệ ANTT", "Thôn đội trưởng", "Trưởng ban công tác Mặt trận"];
/** Khoán levels as a province's ThamSo sheet gives them (Hưng Yên's own are not public). */
const khoan = [
  ...["chiBo", "banCongTacMatTran", "chiHoiDoanThe"].map((org, i) => [`khoan.${org}.thon`, 6000000 - i * 1000000]),
  ...["matTran", "phuNu", "nongDan", "doanThanhNien", "cuuChienBinh"].map((org) => [`khoan.${org}.xa.II`, 20000000]),
];

async function makeWorkbook() {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ds = wb.addWorksheet("DanhSach");
  ds.addRow(["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày", "BHXH", "BHYT", "Ghi chú"]).commit();
  for (let i = 0; i < N; i++) {
    const kiem = i % 5 === 1;
    const post = posts[i % 5];
    const heSo = post === "Tổ viên tổ bảo vệ ANTT" || post === "Thôn đội trưởng" ? null : 1.2;
    const bhxh = post === "Tổ viên tổ bảo vệ ANTT" ? "Tự nguyện" : null;
    ds.addRow([i + 1, `Nguyễn Văn Hùng ${kiem ? i - 1 : i}`, post, kiem ? "x" : null, `Xã ${Math.floor(i / 400)}`, `Thôn ${Math.floor(i / 10) % 40}`, heSo, null, i % 20 === 0 ? new Date(Date.UTC(2026, 6, 15)) : null, null, bhxh, null, i % 7 ? null : "ghi chú"]).commit();
  }
  await ds.commit();
  const dv = wb.addWorksheet("DonVi");
  dv.addRow(["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"]).commit();
  for (let x = 0; x <= Math.floor((N - 1) / 400); x++) {
    dv.addRow([`Xã ${x}`, null, "Xã", "II", null]).commit();
    for (let t = 0; t < 40; t++) dv.addRow([`Xã ${x}`, `Thôn ${t}`, "Thôn", null, 200 + t * 15]).commit();
  }
  await dv.commit();
  const ts = wb.addWorksheet("ThamSo");
  ts.addRow(["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ"]).commit();
  for (const [key, value] of khoan) ts.addRow([key, value, "01/01/2026", "Mức ví dụ (benchmark)"]).commit();
  await ts.commit();
  await wb.commit();
}

const CLI = JSON.stringify(join(__dirname, "../build/cli/main.js"));
const peak = "Math.round(process.resourceUsage().maxRSS/1024)";

/** Runs a script in a child process RUNS times; returns the median run and the highest peak. */
function measure(name, script) {
  const runs = [];
  for (let k = 0; k < RUNS; k++) {
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
    runs.push(JSON.parse(r.stdout.trim().split("\n").pop()));
  }
  runs.sort((a, b) => a.ms - b.ms);
  return { ...runs[Math.floor(runs.length / 2)], peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)) };
}

function cliScript(args) {
  return `const t=Date.now();require(${CLI}).run(${JSON.stringify(args)},{out:()=>{},err:()=>{}}).then(c=>{if(c)process.exit(3);process.stdout.write(JSON.stringify({ms:Date.now()-t,peakRssMiB:${peak}}))})`;
}

(async () => {
  if (!existsSync(file)) await makeWorkbook();
  mkdirSync(work, { recursive: true });
  const base = ["estimate", file, "--year", "2026", "--pack", "hung-yen"];
  const json = measure("json", cliScript([...base, "--json"]));
  const outFile = join(work, "estimate.xlsx");
  const out = measure("out", `require("fs").rmSync(${JSON.stringify(outFile)},{force:true});` + cliScript([...base, "--out", outFile]));
  const dump = join(work, "cells.jsonl");
  const made = spawnSync(process.execPath, [join(__dirname, "report-cells.js"), "dump", file, dump], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(made.stderr);
  const bare = measure("bare", `require(${JSON.stringify(join(__dirname, "report-cells.js"))}).bare(${JSON.stringify(file)},${JSON.stringify(dump)},${JSON.stringify(join(work, "bare.xlsx"))})`);
  const mb = (f) => Math.round(statSync(f).size / 1048576);
  const bareMs = bare.ms - bare.dumpMs;
  console.log(
    JSON.stringify({
      bench: "cli-estimate",
      rows: N,
      json: { medianMs: json.ms, peakRssMiB: json.peakRssMiB },
      out: { medianMs: out.ms, peakRssMiB: out.peakRssMiB, fileMiB: mb(outFile), targetRssMiB: 400 },
      bare: { medianMs: bareMs, readMs: bare.readMs, dumpReadMs: bare.dumpMs, peakRssMiB: bare.peakRssMiB, cells: bare.cells },
      outOverBare: +(out.ms / bareMs).toFixed(2),
      target: 1.15,
    }),
  );
  rmSync(dump, { force: true });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
