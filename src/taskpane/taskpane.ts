/*
 * DuToan task pane. Runs in the same page (shared runtime) as src/functions/functions.ts, so globals
 * are shared with the custom functions. Writing to the workbook belongs here, never in the functions.
 */
import { formatVnd } from "../engine/money";
import type { Issue } from "../engine/types";
import { getDefaultPack, setDefaultPack } from "../functions/state";
import { builtInPacks } from "../packs";
import { check, estimateToSheets } from "./pane";

export type StatusKind = "dang-tai" | "san-sang" | "loi";
const SETTING_PACK = "dutoan.goi";

/** Shows a Vietnamese status line in the pane ("Đang tải…", "Sẵn sàng", errors). */
export function setStatus(text: string, kind: StatusKind): void {
  const el = document.getElementById("trang-thai");
  if (!el) return;
  el.textContent = text;
  el.className = `trang-thai trang-thai--${kind}`;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

/** Lists issues in the result box (text only: never HTML from the workbook). */
function showIssues(title: string, issues: Issue[], limit = 50): void {
  const box = $("ket-qua");
  if (!box) return;
  box.replaceChildren();
  const h = document.createElement("p");
  h.textContent = title;
  box.append(h);
  const ul = document.createElement("ul");
  for (const i of issues.slice(0, limit)) {
    const li = document.createElement("li");
    li.textContent = i.message;
    li.className = i.severity === "error" ? "muc-loi" : "muc-canh-bao";
    ul.append(li);
  }
  box.append(ul);
  if (issues.length > limit) {
    const more = document.createElement("p");
    more.textContent = `… và ${issues.length - limit} mục khác.`;
    box.append(more);
  }
}

function fillPacks(): void {
  const select = $<HTMLSelectElement>("goi");
  if (!select) return;
  for (const p of builtInPacks().values()) {
    const o = document.createElement("option");
    o.value = p.id;
    o.textContent = p.name;
    select.append(o);
  }
  select.value = getDefaultPack();
  select.addEventListener("change", () => {
    setDefaultPack(select.value);
    const settings = Office.context.document.settings;
    settings.set(SETTING_PACK, select.value);
    settings.saveAsync();
  });
}

async function onCheck(): Promise<void> {
  setStatus("Đang kiểm tra danh sách…", "dang-tai");
  await Excel.run(async (context) => {
    const r = await check(context, getDefaultPack());
    const n = r.read.rows.length;
    if (r.errors.length) {
      showIssues(`Có ${r.errors.length} lỗi cần sửa:`, [...r.errors, ...r.warnings]);
      setStatus("Danh sách có lỗi", "loi");
    } else {
      showIssues(`Danh sách hợp lệ: ${n} dòng chức danh, ${r.read.units.length} đơn vị, ${r.read.thamSo.length} tham số tự nhập (đã áp dụng cho các hàm DUTOAN).`, r.warnings);
      setStatus("Sẵn sàng", "san-sang");
    }
  });
}

async function onEstimate(): Promise<void> {
  const year = Number($<HTMLInputElement>("nam")?.value);
  if (!Number.isInteger(year) || year < 2016 || year > 2100) {
    setStatus("Năm dự toán phải là số từ 2016 đến 2100.", "loi");
    return;
  }
  setStatus(`Đang lập dự toán năm ${year}…`, "dang-tai");
  await Excel.run(async (context) => {
    const r = await estimateToSheets(context, getDefaultPack(), year);
    if (!r.summary || r.errors.length) {
      showIssues(`Chưa lập dự toán: có ${r.errors.length} lỗi cần sửa.`, [...r.errors, ...r.warnings]);
      setStatus("Danh sách có lỗi", "loi");
      return;
    }
    showIssues(`Đã ghi các sheet: ${r.sheets.join(", ")}. Tổng cộng: ${formatVnd(r.summary.totals.tong)} đồng.`, r.warnings);
    setStatus("Xong", "san-sang");
  });
}

function guard(f: () => Promise<void>): () => void {
  return () => {
    f().catch((e: unknown) => setStatus(`Lỗi: ${e instanceof Error ? e.message : String(e)}`, "loi"));
  };
}

function start(): void {
  if (typeof Office === "undefined") {
    setStatus("Không tải được thư viện Office (office.js). Hãy kiểm tra kết nối mạng rồi mở lại ngăn tác vụ.", "loi");
    return;
  }
  Office.onReady((info) => {
    // Compare with the string value: test stubs of office.js may not define Office.HostType.
    if (String(info.host) !== "Excel") {
      setStatus("Sẵn sàng (hãy mở trang này trong Excel để dùng các lệnh).", "san-sang");
      return;
    }
    const saved = Office.context.document.settings.get(SETTING_PACK);
    if (typeof saved === "string" && builtInPacks().has(saved)) setDefaultPack(saved);
    fillPacks();
    const nam = $<HTMLInputElement>("nam");
    if (nam && !nam.value) nam.value = String(new Date().getFullYear() + 1);
    $("kiem-tra")?.addEventListener("click", guard(onCheck));
    $("lap-du-toan")?.addEventListener("click", guard(onEstimate));
    setStatus("Sẵn sàng", "san-sang");
  }).catch((e: unknown) => {
    setStatus(`Lỗi khi khởi động: ${e instanceof Error ? e.message : String(e)}`, "loi");
  });
}

start();
