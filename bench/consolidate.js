#!/usr/bin/env node
/**
 * Consolidation benchmark (issue: province-wide consolidation): 200 generated commune workbooks of
 * 100–500 DanhSach rows each (about 60,000 rows; written once into bench/tinh-200/, git-ignored),
 * `dutoan consolidate --json` with 1 worker thread and with one per core, each run in its own child
 * process (wall time, peak RSS of the whole process, worker threads included; median of 3).
 * Targets: all cores ≥ 1.7 × faster than one worker on 2 cores; peak RSS ≤ 600 MiB.
 */
const ExcelJS = require("exceljs");
const { existsSync, mkdirSync, readdirSync } = require("fs");
const { availableParallelism } = require("os");
const { join } = require("path");
const { spawnSync } = require("child_process");

const FILES = Number(process.argv[2] || 200);
const RUNS = Number(process.argv[3] || 3);
const dir = join(__dirname, `tinh-${FILES}`);
const posts = ["Trưởng thôn", "Bí thư chi bộ", "Tổ viên tổ bảo vệ ANTT", "Thôn đội trưởng", "Trưởng ban công tác Mặt trận"];
const VILLAGES = 12;

/** Rows of commune `x`: 100–500, spread evenly (deterministic). */
const rowsOf = (x) => 100 + ((x * 157) % 401);

async function makeCommune(x) {
  const xa = `Xã Số ${x + 1}`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, `xa-${String(x + 1).padStart(3, "0")}.xlsx`), useSharedStrings: true });
  const ds = wb.addWorksheet("DanhSach");
  ds.addRow(["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày", "BHXH", "BHYT"]).commit();
  for (let i = 0; i < rowsOf(x); i++) {
    const kiem = i % 5 === 1;
    const post = posts[i % 5];
    const heSo = post === "Tổ viên tổ bảo vệ ANTT" || post === "Thôn đội trưởng" ? null : 1.2;
    const bhxh = post === "Tổ viên tổ bảo vệ ANTT" ? "Tự nguyện" : null;
    ds.addRow([i + 1, `Nguyễn Văn Hùng ${kiem ? i - 1 : i}`, post, kiem ? "x" : null, xa, `Thôn ${Math.floor(i / 10) % VILLAGES}`, heSo, null, i % 20 === 0 ? new Date(Date.UTC(2026, 6, 15)) : null, null, bhxh, null]).commit();
  }
  await ds.commit();
  const dv = wb.addWorksheet("DonVi");
  dv.addRow(["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"]).commit();
  dv.addRow([xa, null, "Xã", "II", null]).commit();
  for (let t = 0; t < VILLAGES; t++) dv.addRow([xa, `Thôn ${t}`, "Thôn", null, 200 + t * 15]).commit();
  await dv.commit();
  const ts = wb.addWorksheet("ThamSo");
  ts.addRow(["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ"]).commit();
  for (const [k, v] of [["khoan.chiBo.thon", 6000000], ["khoan.banCongTacMatTran.thon", 5000000], ["khoan.chiHoiDoanThe.thon", 4000000], ...["matTran", "phuNu", "nongDan", "doanThanhNien", "cuuChienBinh"].map((o) => [`khoan.${o}.xa.II`, 20000000])])
    ts.addRow([k, v, "01/01/2026", "Mức ví dụ (benchmark)"]).commit();
  await ts.commit();
  await wb.commit();
}

const CLI = JSON.stringify(join(__dirname, "../build/cli/main.js"));

function measure(workers) {
  const args = ["consolidate", dir, "--year", "2026", "--pack", "hung-yen", "--json", "--workers", String(workers)];
  const script = `const t=Date.now();let n=0;require(${CLI}).run(${JSON.stringify(args)},{out:(s)=>{n=JSON.parse(s).files.done},err:()=>{}}).then(c=>{if(c)process.exit(3);process.stdout.write(JSON.stringify({ms:Date.now()-t,done:n,peakRssMiB:Math.round(process.resourceUsage().maxRSS/1024)}))})`;
  const runs = [];
  for (let k = 0; k < RUNS; k++) {
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`workers ${workers}: exit ${r.status} ${r.stderr}`);
    runs.push(JSON.parse(r.stdout.trim().split("\n").pop()));
  }
  runs.sort((a, b) => a.ms - b.ms);
  return { medianMs: runs[Math.floor(runs.length / 2)].ms, done: runs[0].done, peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)) };
}

(async () => {
  if (!existsSync(dir) || readdirSync(dir).length !== FILES) {
    mkdirSync(dir, { recursive: true });
    for (let x = 0; x < FILES; x++) await makeCommune(x);
  }
  const rows = Array.from({ length: FILES }, (_, x) => rowsOf(x)).reduce((a, b) => a + b, 0);
  const cores = availableParallelism();
  const one = measure(1);
  const all = measure(cores);
  if (one.done !== FILES || all.done !== FILES) throw new Error(`consolidated ${one.done}/${all.done} of ${FILES} files`);
  console.log(
    JSON.stringify({
      bench: "consolidate",
      files: FILES,
      rows,
      cores,
      oneWorker: one,
      allCores: all,
      speedup: +(one.medianMs / all.medianMs).toFixed(2),
      target: { speedup: 1.7, peakRssMiB: 600 },
    }),
  );
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
