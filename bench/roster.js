#!/usr/bin/env node
/**
 * Roster reader benchmark: 100,000 DanhSach rows as Office.js delivers them (plain values), through
 * readWorkbook (header detection, coercion, post matching, validation). Prints one JSON line.
 */
const { readWorkbook } = require("../build/roster");
const { resolvePack } = require("../build/packs");

const N = Number(process.argv[2] || 100000);
const pack = resolvePack("hung-yen");
const posts = ["Trưởng thôn", "Bí thư chi bộ", "Tổ viên tổ bảo vệ ANTT", "Thôn đội trưởng", "Trưởng ban công tác Mặt trận"];
const header = ["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số", "Mức tiền", "Từ ngày", "Đến ngày", "BHXH", "BHYT", "Ghi chú"];
const rows = [header];
for (let i = 0; i < N; i++) {
  const kiem = i % 5 === 1;
  rows.push([i + 1, `Nguyễn Văn Hùng ${kiem ? i - 1 : i}`, posts[i % 5], kiem ? "x" : "", `Xã ${Math.floor(i / 400)}`, `Thôn ${Math.floor(i / 10) % 40}`, 1.2, "", 46204, "31/12/2026", "Bắt buộc", "Có", i % 7 ? "" : "ghi chú"]);
}
const units = [["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"]];
for (let x = 0; x <= Math.floor(N / 400); x++) {
  units.push([`Xã ${x}`, "", "Xã", "I", ""]);
  for (let t = 0; t < 50; t++) units.push([`Xã ${x}`, `Thôn ${t}`, "Thôn", "", 300 + t * 10]);
}
const sheets = JSON.parse(JSON.stringify([{ name: "DanhSach", rows }, { name: "DonVi", rows: units }]));
const times = [];
let r;
for (let k = 0; k < 5; k++) {
  const t = process.hrtime.bigint();
  r = readWorkbook(sheets, pack);
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ bench: "roster-read", rows: N, medianMs: Math.round(times[2]), minMs: Math.round(times[0]), peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), validRows: r.rows.length, errors: r.issues.filter((i) => i.severity === "error").length }));
