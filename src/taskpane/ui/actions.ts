/**
 * The four commands as the officer uses them: each runs in Excel.run, shows its progress ("khối i/n"),
 * keeps the other buttons disabled while it works, and reports in Vietnamese in the result box.
 */
import type { PackFileInput } from "../../app";
import { groupBySheet, selectIssue } from "../issues";
import { check, prepareEstimate, writeEstimate, type RunInput } from "../pane";
import type { Progress } from "../payload";
import { makeTemplate } from "../template";
import { fillThamSo } from "../thamso-fill";
import { loadPackFiles } from "../../app/layers";
import { byId, isChecked } from "./dom";
import { saveSettings } from "./settings";
import { askReplace } from "./confirm";
import { issuesView, needsView, sheetLinks, show, totalsView, unconfirmedView } from "./results";

export type StatusKind = "dang-tai" | "san-sang" | "loi";

export const COMMANDS = ["tao-mau", "dien-tham-so", "kiem-tra", "lap-du-toan"];

/** The pane's state the commands read: chosen pack and year, pack files, names for the forms. */
export interface PaneInputs {
  packId: () => string | undefined;
  year: () => number | undefined;
  packFiles: () => PackFileInput[];
  caiDat: () => Record<string, string>;
}

export function setStatus(text: string, kind: StatusKind): void {
  const s = byId("trang-thai");
  if (!s) return;
  s.textContent = text;
  s.className = `trang-thai trang-thai--${kind}`;
}

export function setCommandsEnabled(on: boolean): void {
  for (const id of COMMANDS) {
    const b = byId(id) as (HTMLElement & { disabled?: boolean }) | null;
    if (b) b.disabled = !on;
  }
}

const progressBar = () => byId("thanh-tien-do") as (HTMLElement & { value?: number; max?: number }) | null;

function progressShown(on: boolean): void {
  const box = byId("tien-do");
  if (box) box.hidden = !on;
  const bar = progressBar();
  if (bar && on) bar.removeAttribute("value");
}

/** Progress in blocks: "Đang đọc số liệu: khối 3/12". */
function progress(label: string): Progress {
  return (done, total, what) => {
    const bar = progressBar();
    if (bar) {
      bar.max = total;
      bar.value = done;
    }
    setStatus(`${label} — ${what === "đọc" ? "đọc số liệu" : "ghi sheet"}: khối ${done}/${total}`, "dang-tai");
  };
}

const result = () => byId("ket-qua");

const selectCell = (sheet: string, address: string) => {
  Excel.run((ctx) => selectIssue(ctx, sheet, address))
    .then((ok) => !ok && setStatus(`Không chọn được ô ${address}: sheet “${sheet}” không còn hoặc đang ẩn.`, "loi"))
    .catch((e: unknown) => setStatus(`Lỗi khi chọn ô: ${message(e)}`, "loi"));
};

const showSheet = (sheet: string) => selectCell(sheet, "A1");

export function message(e: unknown): string {
  const code = (e as { code?: string })?.code;
  const text = e instanceof Error ? e.message : String(e);
  return code ? `${text} (${code})` : text;
}

/** Runs a command with the buttons disabled and the progress shown; errors end in the status line. */
export function command(label: string, f: (p: Progress) => Promise<void>): () => void {
  return () => {
    setCommandsEnabled(false);
    progressShown(true);
    setStatus(`${label}…`, "dang-tai");
    f(progress(label))
      .catch((e: unknown) => {
        setStatus(`Lỗi: ${message(e)}`, "loi");
      })
      .finally(() => {
        progressShown(false);
        setCommandsEnabled(true);
      });
  };
}

function runInput(i: PaneInputs, p: Progress): RunInput {
  return { packId: i.packId(), year: i.year(), packFiles: i.packFiles(), settings: i.caiDat(), fallbackYear: new Date().getFullYear() + 1, progress: p };
}

export async function onTemplate(i: PaneInputs): Promise<void> {
  const packId = i.packId() ?? "central";
  const year = i.year() ?? new Date().getFullYear() + 1;
  const extraPacks = loadPackFiles(i.packFiles()).packs;
  const r = await Excel.run((ctx) => makeTemplate(ctx, { packId, year, nghiViec: isChecked("co-nghi-viec"), thamSo: isChecked("co-tham-so"), extraPacks }));
  // the workbook is made for this pack and year: kept with the document too (ThamSo has them as caiDat rows)
  saveSettings({ packId, year });
  const made = r.created.map((c) => c.sheet);
  const kept = r.kept.map((k) => `${k.sheet}`);
  show(
    result(),
    made.length ? sheetLinks(made, showSheet) : "Không cần tạo sheet nào.",
    kept.length ? `Giữ nguyên các sheet đã có: ${kept.join(", ")}.` : null,
    r.settingsAdded.length ? `Đã thêm vào ThamSo: ${r.settingsAdded.join(", ")}.` : null,
    `Gói ${packId}, năm ${year}. Nhập danh sách vào bảng (dòng ví dụ có STT “VD” không được tính), rồi bấm “Điền ThamSo còn thiếu”.`,
  );
  setStatus("Đã tạo danh sách mẫu", "san-sang");
}

export async function onFill(i: PaneInputs, p: Progress): Promise<void> {
  const input = runInput(i, p);
  const r = await Excel.run((ctx) => fillThamSo(ctx, { ...input, fallbackYear: input.fallbackYear! }));
  const groups = groupBySheet(r.outcome.errors, [], []);
  if (!r.needs.length) {
    show(result(), r.outcome.stage === "options" ? "Chưa xác định được gói hoặc năm:" : "Không thiếu tham số nào: gói đã có đủ giá trị cho danh sách này.", r.outcome.stage === "options" ? issuesView(groups, selectCell) : null);
    setStatus(r.outcome.stage === "options" ? "Cần chọn gói, năm" : "Sẵn sàng", r.outcome.stage === "options" ? "loi" : "san-sang");
    return;
  }
  show(
    result(),
    r.written.length
      ? `Đã ghi ${r.written.length} tham số vào sheet ${r.sheet}${r.createdSheet ? " (sheet mới)" : ""}: nhập cột Giá trị theo văn bản của đơn vị.`
      : "Các tham số cần nhập đều đã có dòng ở sheet ThamSo:",
    needsView(r.needs),
  );
  setStatus("Đã điền ThamSo", "san-sang");
}

export async function onCheck(i: PaneInputs, p: Progress): Promise<void> {
  const r = await Excel.run((ctx) => check(ctx, runInput(i, p)));
  const o = r.outcome;
  const n = o.read?.rows.length ?? 0;
  const head = o.errors.length
    ? `Có ${o.errors.length} lỗi cần sửa (bấm vào một dòng để tới ô đó); Lập dự toán sẽ dừng ở cùng các lỗi này.`
    : `Danh sách hợp lệ: ${n} dòng chức danh, ${o.read?.units.length ?? 0} đơn vị; Lập dự toán sẽ chạy với gói ${o.settings.packId}, năm ${o.settings.year}.`;
  show(result(), head, o.hint ?? null, r.mergesUnknown ? "Bản Excel này chưa cho đọc ô gộp (cần ExcelApi 1.13): hãy tự kiểm tra không có ô gộp trong danh sách." : null, issuesView(r.groups, selectCell));
  setStatus(o.errors.length ? "Danh sách có lỗi" : "Danh sách hợp lệ", o.errors.length ? "loi" : "san-sang");
}

export async function onEstimate(i: PaneInputs, p: Progress): Promise<void> {
  const input = runInput(i, p);
  const prepared = await Excel.run((ctx) => prepareEstimate(ctx, input));
  const o = prepared.outcome;
  if (!prepared.report) {
    show(result(), `Chưa lập dự toán: có ${o.errors.length} lỗi cần sửa.`, o.hint ?? null, issuesView(prepared.groups, selectCell));
    setStatus("Danh sách có lỗi", "loi");
    return;
  }
  let replace = false;
  if (prepared.previous.length) {
    const answer = await askReplace(prepared.previous, o.summary!.year);
    if (answer === "cancel") {
      setStatus("Đã hủy: không ghi gì.", "san-sang");
      return;
    }
    replace = answer === "replace";
  }
  const sheets = await Excel.run((ctx) => writeEstimate(ctx, prepared, replace, p));
  show(
    result(),
    sheetLinks(sheets, showSheet),
    replace ? `Đã thay ${prepared.previous.length} sheet của lần lập trước.` : null,
    totalsView(prepared.totals!),
    unconfirmedView(prepared.unconfirmed, prepared.userSupplied),
    prepared.groups.length ? issuesView(prepared.groups, selectCell) : null,
  );
  setStatus(`Đã lập dự toán năm ${o.summary!.year}`, "san-sang");
}
