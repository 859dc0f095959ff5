#!/usr/bin/env node
/**
 * CLI benchmark: a 100,000-row roster workbook (written once with exceljs's streaming writer into
 * bench/, git-ignored), then `dutoan estimate --json` on it in a child process: wall time and peak RSS.
 */
const ExcelJS = require("exceljs");
const { existsSync } = require("fs");
const { join } = require("path");
const { spawnSync } = require("child_process");

const N = Number(process.argv[2] || 100000);
const file = join(__dirname, `roster-${N}.xlsx`);
const posts = ["Trưởng thôn", "Bí thư chi bộ", "Tổ viên tổ bảo vệ ANTT", "Thôn đội trưởng", "Trưởng ban công tác Mặt trận"];

async function makeWorkbook() {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ds = wb.addWorksheet("DanhSach");
  ds.addRow(["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày", "BHXH", "BHYT", "Ghi chú"]).commit();
  for (let i = 0; i < N; i++) {
    const kiem = i % 5 === 1;
    const post = posts[i % 5];
    const heSo = post === "Tổ viên tổ bảo vệ ANTT" || post === "Thôn đội trưởng" ? null : 1.2;
    ds.addRow([i + 1, `Nguyễn Văn Hùng ${kiem ? i - 1 : i}`, post, kiem ? "x" : null, `Xã ${Math.floor(i / 400)}`, `Thôn ${Math.floor(i / 10) % 40}`, heSo, null, i % 20 === 0 ? new Date(Date.UTC(2026, 6, 15)) : null, null, null, null, i % 7 ? null : "ghi chú"]).commit();
  }
  await ds.commit();
  const dv = wb.addWorksheet("DonVi");
  dv.addRow(["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"]).commit();
  for (let x = 0; x <= Math.floor(N / 400); x++) {
    dv.addRow([`Xã ${x}`, null, "Xã", "II", null]).commit();
    for (let t = 0; t < 40; t++) dv.addRow([`Xã ${x}`, `Thôn ${t}`, "Thôn", null, 200 + t * 15]).commit();
  }
  await dv.commit();
  await wb.commit();
}

(async () => {
  if (!existsSync(file)) await makeWorkbook();
  const script = `const t=Date.now();require(${JSON.stringify(join(__dirname, "../build/cli/main.js"))}).run(${JSON.stringify(["estimate", file, "--year", "2026", "--pack", "hung-yen", "--json"])},{out:()=>{},err:(s)=>process.stderr.write(s+"\\n")}).then(c=>{process.stdout.write(JSON.stringify({exit:c,ms:Date.now()-t,peakRssMiB:Math.round(process.resourceUsage().maxRSS/1024)}))})`;
  const runs = [];
  for (let k = 0; k < 3; k++) {
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(JSON.parse(r.stdout));
  }
  runs.sort((a, b) => a.ms - b.ms);
  console.log(JSON.stringify({ bench: "cli-estimate", rows: N, exit: runs[1].exit, medianMs: runs[1].ms, peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)) }));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
