/*
 * DuToan task pane. Runs in the same page (shared runtime) as src/functions/functions.ts, so globals
 * are shared with the custom functions. Writing to the workbook belongs here, never in the functions.
 * Fluent UI web components give the Office look; outside Excel the pane still lists the packs and
 * says why its commands are disabled.
 */
import "@fluentui/web-components/accordion.js";
import "@fluentui/web-components/accordion-item.js";
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/checkbox.js";
import "@fluentui/web-components/dialog.js";
import "@fluentui/web-components/dialog-body.js";
import "@fluentui/web-components/dropdown.js";
import "@fluentui/web-components/field.js";
import "@fluentui/web-components/listbox.js";
import "@fluentui/web-components/message-bar.js";
import "@fluentui/web-components/option.js";
import "@fluentui/web-components/progress-bar.js";
import "@fluentui/web-components/text-input.js";
import { setTheme } from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";
import type { PackFileInput } from "../app";
import { loadPackFiles } from "../app/layers";
import { workbookSettings } from "../app/settings";
import { setDefaultPack } from "../functions/state";
import { builtInPacks, resolvePack, type Pack } from "../packs";
import { readWorkbookSheets } from "./read";
import { command, COMMANDS, message, onCheck, onEstimate, onFill, onTemplate, setCommandsEnabled, setStatus, type PaneInputs } from "./ui/actions";
import { byId, el, setValue, valueOf } from "./ui/dom";
import { loadSettings, saveSettings } from "./ui/settings";

const packFiles: PackFileInput[] = [];

const settingInputs = (): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>("[data-cai-dat]"));

function packs(): Pack[] {
  return [...builtInPacks().values(), ...loadPackFiles(packFiles).packs];
}

/** Fills the pack dropdown (outside Excel too) with `chosen` selected (the option's `selected` attribute). */
function fillPacks(chosen: string): void {
  byId("goi-danh-sach")?.replaceChildren(...packs().map((p) => el("fluent-option", { value: p.id, ...(p.id === chosen ? { selected: "" } : {}) }, p.name)));
}

function yearOf(): number | undefined {
  const y = Number(valueOf("nam"));
  return Number.isInteger(y) && y >= 2016 && y <= 2100 ? y : undefined;
}

function caiDat(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of settingInputs()) {
    const v = ((e as HTMLElement & { value?: string }).value ?? "").trim();
    if (v) out[e.dataset.caiDat!] = v;
  }
  return out;
}

const inputs: PaneInputs = {
  packId: () => valueOf("goi") || undefined,
  year: yearOf,
  packFiles: () => packFiles,
  caiDat,
};

/** A province's pack file chosen with the picker: checked like --pack-file, then offered in the list. */
async function onPackFile(file: File): Promise<void> {
  const text = await file.text();
  const { packs: ok, issues } = loadPackFiles([...packFiles, { name: file.name, text }]);
  if (issues.length) {
    setStatus(`Tệp ${file.name} không dùng được: ${issues.map((i) => i.message).join(" ")}`, "loi");
    return;
  }
  packFiles.push({ name: file.name, text });
  const added = ok[ok.length - 1];
  // the custom functions know the built-in packs only: their default stays as it is
  fillPacks(added.id);
  setStatus(`Đã nạp gói ${added.name} (${added.id}) từ ${file.name}.`, "san-sang");
}

function wireSettings(): void {
  const dd = byId("goi");
  dd?.addEventListener("change", () => {
    const id = valueOf("goi");
    if (!id) return;
    saveSettings({ packId: id });
    if (builtInPacks().has(id)) setDefaultPack(id);
  });
  byId("nam")?.addEventListener("change", () => {
    const y = yearOf();
    if (y) saveSettings({ year: y });
  });
  for (const e of settingInputs()) e.addEventListener("change", () => saveSettings({ caiDat: caiDat() }));
  const picker = byId<HTMLInputElement>("tep-goi");
  byId("nap-goi")?.addEventListener("click", () => picker?.click());
  picker?.addEventListener("change", () => {
    const f = picker.files?.[0];
    if (f) onPackFile(f).catch((e: unknown) => setStatus(`Lỗi khi nạp gói: ${message(e)}`, "loi"));
    picker.value = "";
  });
}

function wireCommands(): void {
  const handlers: Record<string, () => void> = {
    "tao-mau": command("Đang tạo danh sách mẫu", () => onTemplate(inputs)),
    "dien-tham-so": command("Đang tìm tham số còn thiếu", (p) => onFill(inputs, p)),
    "kiem-tra": command("Đang kiểm tra", (p) => onCheck(inputs, p)),
    "lap-du-toan": command("Đang lập dự toán", (p) => onEstimate(inputs, p)),
  };
  for (const id of COMMANDS) byId(id)?.addEventListener("click", handlers[id]);
}

/**
 * The pack and year the workbook is made for: the document's settings, else its ThamSo rows
 * caiDat.goi / caiDat.nam (a workbook made by `dutoan template` or a province's template).
 */
async function workbookDefaults(): Promise<{ packId?: string; year?: number }> {
  const saved = loadSettings();
  if (saved.packId && saved.year) return saved;
  const read = await Excel.run((ctx) => readWorkbookSheets(ctx, { kinds: ["thamSo"] }));
  const s = workbookSettings(read.sheets, resolvePack("central")).settings;
  const year = Number(s["caiDat.nam"]);
  return { packId: saved.packId ?? s["caiDat.goi"]?.trim(), year: saved.year ?? (Number.isInteger(year) && year > 0 ? year : undefined) };
}

async function startInExcel(): Promise<void> {
  const saved = loadSettings();
  for (const e of settingInputs()) if (saved.caiDat[e.dataset.caiDat!]) setValue(e.id, saved.caiDat[e.dataset.caiDat!]);
  const d = await workbookDefaults().catch(() => ({}) as { packId?: string; year?: number });
  const packId = d.packId && packs().some((p) => p.id === d.packId) ? d.packId : "central";
  fillPacks(packId);
  setDefaultPack(packId);
  setValue("nam", String(d.year ?? new Date().getFullYear() + 1));
  wireCommands();
  setCommandsEnabled(true);
  setStatus("Sẵn sàng", "san-sang");
}

function start(): void {
  setTheme(webLightTheme);
  fillPacks("central");
  setValue("nam", String(new Date().getFullYear() + 1));
  wireSettings();
  if (typeof Office === "undefined") {
    byId("ngoai-excel")?.removeAttribute("hidden");
    setStatus("Không tải được thư viện Office (office.js). Hãy kiểm tra kết nối mạng rồi mở lại ngăn tác vụ.", "loi");
    return;
  }
  Office.onReady((info) => {
    // Compare with the string value: test stubs of office.js may not define Office.HostType.
    if (String(info.host) !== "Excel") {
      byId("ngoai-excel")?.removeAttribute("hidden");
      setStatus("Chưa mở trong Excel: các lệnh đang tắt.", "san-sang");
      return;
    }
    startInExcel().catch((e: unknown) => setStatus(`Lỗi khi khởi động: ${message(e)}`, "loi"));
  }).catch((e: unknown) => {
    setStatus(`Lỗi khi khởi động: ${message(e)}`, "loi");
  });
}

start();
