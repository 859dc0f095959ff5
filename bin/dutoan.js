#!/usr/bin/env node
// Entry point of the `dutoan` command. The CLI is compiled to build/ by `npm run build:cli`, which
// `npm ci` / `npm install` run through the "prepare" script (scripts/prepare.js).
"use strict";
const { existsSync } = require("fs");
const { join } = require("path");

const main = join(__dirname, "..", "build", "cli", "main.js");

function fail(lines) {
  process.stderr.write(lines.join("\n") + "\n");
  process.exitCode = 1;
}

if (!existsSync(main)) {
  fail([
    "✗ Lệnh dutoan chưa được dựng (thiếu build/cli/main.js).",
    "  Trong thư mục DuToan, chạy một lần:  npm run build:cli",
    "  (Thường “npm ci” tự làm việc này; nếu đã cài với --ignore-scripts hoặc --omit=dev, hãy chạy “npm ci” đầy đủ.)",
  ]);
} else {
  let cli;
  try {
    cli = require(main);
  } catch (e) {
    fail([
      "✗ Bản dựng của lệnh dutoan bị hỏng hoặc thiếu thư viện. Chạy lại:  npm ci",
      process.env.DUTOAN_DEBUG ? String((e && e.stack) || e) : "  (Đặt DUTOAN_DEBUG=1 để xem chi tiết kỹ thuật.)",
    ]);
  }
  if (cli) cli.main();
}
