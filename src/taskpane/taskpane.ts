/*
 * DuToan task pane. Runs in the same page (shared runtime) as src/functions/functions.ts, so globals
 * are shared with the custom functions. Writing to the workbook belongs here, never in the functions.
 */

export type StatusKind = "dang-tai" | "san-sang" | "loi";

/** Shows a Vietnamese status line in the pane ("Đang tải…", "Sẵn sàng", errors). */
export function setStatus(text: string, kind: StatusKind): void {
  const el = document.getElementById("trang-thai");
  if (!el) return;
  el.textContent = text;
  el.className = `trang-thai trang-thai--${kind}`;
}

function start(): void {
  if (typeof Office === "undefined") {
    setStatus("Không tải được thư viện Office (office.js). Hãy kiểm tra kết nối mạng rồi mở lại ngăn tác vụ.", "loi");
    return;
  }
  Office.onReady((info) => {
    // Compare with the string value: test stubs of office.js may not define Office.HostType.
    if (String(info.host) === "Excel") {
      setStatus("Sẵn sàng", "san-sang");
    } else {
      setStatus("Sẵn sàng (hãy mở trang này trong Excel để dùng các lệnh).", "san-sang");
    }
  }).catch((e: unknown) => {
    setStatus(`Lỗi khi khởi động: ${e instanceof Error ? e.message : String(e)}`, "loi");
  });
}

start();
