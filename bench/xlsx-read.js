#!/usr/bin/env node
/**
 * .xlsx read benchmark: the same 100,000-row roster workbook (15 columns, shared strings, a date
 * column, two sheets; written once with exceljs's streaming writer into bench/, git-ignored) read
 *   - by exceljs's streaming WorkbookReader alone (the floor of the old reader),
 *   - by the old reader: that WorkbookReader plus a second unzip-and-scan for merged cells,
 *   - by ours (src/xlsx: random-access zip + saxes, merges and hidden rows in the same pass),
 *     reading every sheet in full, and choosing sheets from their first rows (as the CLI does).
 * Each reader runs in its own child process (peak RSS is per process), 5 times in turn; the medians
 * are printed with ours / exceljs as ratios. Usage: node bench/xlsx-read.js [rows]
 */
const ExcelJS = require("exceljs");
const { existsSync } = require("fs");
const { join } = require("path");
const { spawnSync } = require("child_process");

const N = Number(process.argv[2] || 100000);
const RUNS = 5;
const file = join(__dirname, `xlsx-read-${N}.xlsx`);
const build = join(__dirname, "../build");
const posts = ["Trưởng thôn", "Bí thư chi bộ", "Tổ viên tổ bảo vệ ANTT", "Thôn đội trưởng", "Trưởng ban công tác Mặt trận"];

async function makeWorkbook() {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ds = wb.addWorksheet("DanhSach");
  ds.addRow(["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày", "BHXH", "BHYT",
    "Đối tượng hỗ trợ BHXH TN", "Thu nhập đóng BHXH TN", "Ghi chú"]).commit();
  for (let i = 0; i < N; i++) {
    const kiem = i % 5 === 1;
    const row = ds.addRow([i + 1, `Nguyễn Văn Hùng ${kiem ? i - 1 : i}`, posts[i % 5], kiem ? "x" : null, `Xã ${Math.floor(i / 400)}`, `Thôn ${Math.floor(i / 10) % 40}`,
      1.2, i % 3 ? null : 1500000, new Date(Date.UTC(2026, i % 12, 1)), "31/12/2026", "Bắt buộc", "Có", "Khác", null, i % 7 ? null : "ghi chú"]);
    row.getCell(9).numFmt = "dd/mm/yyyy";
    row.commit();
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

/** A small roster next to a large unrelated sheet: what choosing sheets by their first rows saves. */
const extraFile = join(__dirname, `xlsx-read-extra-${N}.xlsx`);
async function makeExtraWorkbook() {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: extraFile, useSharedStrings: true });
  const other = wb.addWorksheet("Bảng lương cũ");
  other.addRow(["Mã", "Tên", "Số tiền", "Ghi chú"]).commit();
  for (let i = 0; i < N; i++) other.addRow([i, `Người ${i}`, 1000000 + i, i % 3 ? null : "x"]).commit();
  await other.commit();
  const ds = wb.addWorksheet("DanhSach");
  ds.addRow(["STT", "Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Hệ số"]).commit();
  for (let i = 0; i < 100; i++) ds.addRow([i + 1, `Người ${i}`, posts[i % 5], "Xã 1", `Thôn ${i % 10}`, 1.2]).commit();
  await ds.commit();
  await wb.commit();
}

// Each reader as a child-process script: it prints { ms, peakRssMiB, rows, cells } (cells: non-empty, all sheets).
const count = `function count(sheets){let c=0,r=0;for(const s of sheets){r+=s.rows.length;for(const row of s.rows)if(row)for(const v of row)if(v!==undefined&&v!==null)c++;}return{rows:r,cells:c};}`;
const report = `const ms=Number(process.hrtime.bigint()-t0)/1e6;process.stdout.write(JSON.stringify({ms,peakRssMiB:Math.round(process.resourceUsage().maxRSS/1024),...count(sheets)}));`;
const exceljsRead = `
const ExcelJS=require("exceljs");
async function exceljsSheets(file){
  const sheets=[];
  const reader=new ExcelJS.stream.xlsx.WorkbookReader(file,{sharedStrings:"cache",hyperlinks:"ignore",styles:"cache",worksheets:"emit",entries:"ignore"});
  for await(const ws of reader){const rows=[];for await(const row of ws){rows[row.number-1]=row.values.slice(1);}for(let i=0;i<rows.length;i++)if(!rows[i])rows[i]=[];sheets.push({name:ws.name,rows});}
  return sheets;
}`;
// The old reader's second pass (src/cli/xlsx/merges.ts before src/xlsx): unzip again, regex-scan every sheet for <mergeCell>.
const mergesScan = `
const unzipper=require("unzipper");
async function scanMerges(file){
  const dir=await unzipper.Open.file(file);const out=[];
  for(const f of dir.files){if(!/^xl\\/worksheets\\/.*\\.xml$/.test(f.path))continue;let carry="";
    for await(const chunk of f.stream()){const text=carry+chunk.toString("utf8");for(const m of text.matchAll(/<mergeCell\\s+ref="([A-Z]+\\d+:[A-Z]+\\d+)"/g))out.push(m[1]);carry=text.slice(-64);}}
  return out;
}`;
const scripts = {
  "exceljs-stream": `${count}${exceljsRead}(async()=>{const t0=process.hrtime.bigint();const sheets=await exceljsSheets(process.argv[1]);${report}})();`,
  "old-reader (exceljs + merges pass)": `${count}${exceljsRead}${mergesScan}(async()=>{const t0=process.hrtime.bigint();await scanMerges(process.argv[1]);const sheets=await exceljsSheets(process.argv[1]);${report}})();`,
  "src/xlsx (all sheets)": `${count}const {readXlsxFile}=require(${JSON.stringify(join(build, "xlsx"))});(async()=>{const t0=process.hrtime.bigint();const sheets=await readXlsxFile(process.argv[1]);${report}})();`,
  "src/xlsx via CLI readXlsx (sheets chosen by header)": `${count}const {readXlsx}=require(${JSON.stringify(join(build, "cli/xlsx/read"))});(async()=>{const t0=process.hrtime.bigint();const sheets=await readXlsx(process.argv[1]);${report}})();`,
};

function runOnce(name, on = file) {
  const r = spawnSync(process.execPath, ["-e", scripts[name], on], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  if (!existsSync(file)) await makeWorkbook();
  const names = Object.keys(scripts);
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  // Interleaved, so a noisy moment on a shared machine hits every reader alike.
  for (let k = 0; k < RUNS; k++) for (const n of names) runs[n].push(runOnce(n));
  const result = {};
  for (const n of names) {
    const rs = runs[n];
    result[n] = { medianMs: Math.round(median(rs.map((r) => r.ms))), peakRssMiB: Math.max(...rs.map((r) => r.peakRssMiB)), rows: rs[0].rows, cells: rs[0].cells };
  }
  // A 100-row roster beside a 100k-row unrelated sheet: every sheet parsed vs sheets chosen by their first rows.
  if (!existsSync(extraFile)) await makeExtraWorkbook();
  const extra = { all: [], chosen: [] };
  for (let k = 0; k < RUNS; k++) {
    extra.all.push(runOnce("src/xlsx (all sheets)", extraFile).ms);
    extra.chosen.push(runOnce("src/xlsx via CLI readXlsx (sheets chosen by header)", extraFile).ms);
  }
  result["roster beside a large unrelated sheet"] = { allSheetsMs: Math.round(median(extra.all)), chosenByHeaderMs: Math.round(median(extra.chosen)) };
  const base = result["exceljs-stream"];
  const ours = result["src/xlsx via CLI readXlsx (sheets chosen by header)"];
  const old = result["old-reader (exceljs + merges pass)"];
  console.log(JSON.stringify({
    bench: "xlsx-read", rows: N, runs: RUNS, readers: result,
    ratios: { oursVsExceljsTime: +(ours.medianMs / base.medianMs).toFixed(2), oursVsOldReaderTime: +(ours.medianMs / old.medianMs).toFixed(2), oursVsExceljsRss: +(ours.peakRssMiB / base.peakRssMiB).toFixed(2) },
  }, null, 1));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
