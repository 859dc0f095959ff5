#!/usr/bin/env node
/*
 * npm "prepare" (run by `npm ci` and `npm install` in this folder): compiles the CLI into build/ so
 * that `npx dutoan …` works right after install. Without the dev dependencies (npm ci --omit=dev) the
 * TypeScript compiler is absent: then say so and succeed, as a package that ships build/ needs nothing.
 */
"use strict";
const { spawnSync } = require("child_process");
const { existsSync } = require("fs");
const { join } = require("path");

const root = join(__dirname, "..");
let tsc;
try {
  tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
} catch {
  const built = existsSync(join(root, "build", "cli", "main.js"));
  process.stdout.write(
    built
      ? "[dutoan] Không có TypeScript (cài không kèm devDependencies): dùng bản dựng build/ có sẵn.\n"
      : "[dutoan] Không có TypeScript (cài không kèm devDependencies) nên chưa dựng được lệnh dutoan; chạy “npm ci” đầy đủ rồi thử lại.\n",
  );
  process.exit(0);
}
process.stdout.write("[dutoan] Đang dựng lệnh dutoan (build/cli)…\n");
require("./clean-build");
const r = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.cli.json")], { cwd: root, stdio: "inherit" });
if (r.status !== 0) {
  process.stderr.write("[dutoan] Dựng lệnh dutoan thất bại (lỗi TypeScript ở trên). Báo cho người phát triển; lệnh dutoan sẽ chưa chạy được.\n");
  process.exit(r.status ?? 1);
}
