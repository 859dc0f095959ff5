#!/usr/bin/env node
/*
 * `npm run certs`: creates and trusts the https development certificates (office-addin-dev-certs,
 * stored in ~/.office-addin-dev-certs, valid 30 days) that `npm run dev-server` needs: Excel loads an
 * add-in only over https. On Linux the library calls `sudo` to add its CA to the system store.
 */
"use strict";
const { execSync } = require("child_process");

function hasSudo() {
  try {
    execSync("command -v sudo", { stdio: "ignore", shell: "/bin/sh" });
    return true;
  } catch {
    return false;
  }
}

/** What install_linux.sh of office-addin-dev-certs does, without sudo (already root, e.g. in a container). */
async function installAsRootWithoutSudo(devCerts) {
  const { existsSync, mkdirSync, copyFileSync } = require("fs");
  const { caCertificatePath, caCertificateFileName } = require("office-addin-dev-certs/lib/defaults");
  const tool = "/usr/sbin/update-ca-certificates";
  if (!existsSync(tool)) {
    console.error("✗ Không có update-ca-certificates (gói ca-certificates): với quyền root chạy “apt-get install ca-certificates” rồi chạy lại.");
    process.exit(1);
  }
  if (!existsSync(caCertificatePath)) await devCerts.generateCertificates();
  const dir = "/usr/local/share/ca-certificates/office-addin-dev-certs";
  mkdirSync(dir, { recursive: true });
  copyFileSync(caCertificatePath, `${dir}/${caCertificateFileName}`);
  execSync(tool, { stdio: "inherit" });
  console.log("✓ Đã tạo và tin cậy chứng chỉ https cho máy chủ phát triển (không cần sudo: đang chạy với quyền root).");
}

async function main() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    console.error("✗ Thiếu office-addin-dev-certs (devDependency): chạy “npm ci” trong thư mục DuToan.");
    process.exit(1);
  }
  if (process.platform === "linux" && !hasSudo()) {
    if (process.getuid && process.getuid() === 0) return installAsRootWithoutSudo(devCerts);
    console.error(
      [
        "✗ Trên Linux, office-addin-dev-certs cài chứng chỉ bằng lệnh sudo, nhưng máy này không có sudo",
        "  và bạn không chạy với quyền root. Cách làm: cài sudo (người quản trị máy: apt-get install sudo)",
        "  rồi chạy lại “npm run certs”, hoặc chạy “npm run certs” với quyền root.",
        "  Excel không chạy trên Linux: để thử ngăn tác vụ trong trình duyệt không cần https, dùng “npm run dev-server:http”.",
      ].join("\n"),
    );
    process.exit(1);
  }
  try {
    await devCerts.ensureCertificatesAreInstalled();
    console.log("✓ Đã có chứng chỉ https cho máy chủ phát triển (hết hạn sau 30 ngày; chạy lại lệnh này khi hết hạn).");
  } catch (e) {
    console.error(`✗ Không cài được chứng chỉ https: ${(e && e.message) || e}`);
    console.error("  Trên Windows/Mac: chạy lại và chấp nhận hộp thoại cài chứng chỉ (cần quyền quản trị).");
    process.exit(1);
  }
}

main();
