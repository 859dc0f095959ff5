/**
 * The result box under the commands: issues by sheet (each a button that selects its cell), the
 * estimate's totals and the unconfirmed values it used, what the template and Điền ThamSo wrote.
 * Text only: nothing from the workbook is ever parsed as HTML.
 */
import type { ParamNote, Totals } from "../../engine/aggregate";
import { formatVnDate } from "../../engine/calendar";
import { COMPONENT_LABELS, COMPONENTS } from "../../engine/ledger";
import { formatVnd } from "../../engine/money";
import type { LocatedIssue, SheetIssues } from "../issues";
import type { NeededParam } from "../needs";
import { el } from "./dom";

/** Issues listed per sheet before "… và N mục khác". */
const PER_SHEET = 100;

export type SelectCell = (sheet: string, address: string) => void;

function issueItem(i: LocatedIssue, select: SelectCell): HTMLElement {
  const cls = i.severity === "error" ? "muc muc-loi" : "muc muc-canh-bao";
  if (!i.sheet || !i.address) return el("li", { class: cls }, i.message);
  const b = el("button", { type: "button", class: cls, title: `Chọn ô ${i.address} ở sheet ${i.sheet}` }, i.message);
  b.addEventListener("click", () => select(i.sheet!, i.address!));
  return el("li", {}, b);
}

function groupItem(g: SheetIssues, open: boolean, select: SelectCell): HTMLElement {
  const counts = [g.errors.length ? `${g.errors.length} lỗi` : "", g.warnings.length ? `${g.warnings.length} cảnh báo` : ""].filter(Boolean).join(", ");
  const title = g.sheet ? `Sheet ${g.sheet}: ${counts}` : `Sổ tính, lựa chọn: ${counts}`;
  const all = [...g.errors, ...g.warnings];
  const list = el("ul", { class: "danh-sach-loi" }, ...all.slice(0, PER_SHEET).map((i) => issueItem(i, select)));
  if (all.length > PER_SHEET) list.append(el("li", { class: "muc" }, `… và ${all.length - PER_SHEET} mục khác (sửa các mục trên rồi kiểm tra lại).`));
  const item = el("fluent-accordion-item", open ? { expanded: "" } : {}, el("span", { slot: "heading" }, title), list);
  return item;
}

/** Issues grouped by sheet; the first group with errors is open. */
export function issuesView(groups: SheetIssues[], select: SelectCell): HTMLElement | null {
  if (!groups.length) return null;
  const firstError = groups.findIndex((g) => g.errors.length);
  return el("fluent-accordion", {}, ...groups.map((g, i) => groupItem(g, i === (firstError < 0 ? 0 : firstError), select)));
}

export function totalsView(t: Totals): HTMLElement {
  const rows = COMPONENTS.filter((c) => t[c] !== 0).map((c) => el("tr", {}, el("th", { scope: "row" }, COMPONENT_LABELS[c]), el("td", {}, formatVnd(t[c]))));
  return el(
    "table",
    { class: "tong" },
    el("caption", {}, "Tổng hợp cả năm (đồng)"),
    el("tbody", {}, ...rows, el("tr", { class: "dong-tong" }, el("th", { scope: "row" }, "Tổng cộng"), el("td", {}, formatVnd(t.tong)))),
  );
}

function note(p: ParamNote): string {
  return `${p.label} (${p.key}) = ${formatVnd(p.value)} từ ${formatVnDate(p.from)} — ${p.citation}`;
}

/** The values the figures rest on that no published document confirms (and those the unit typed). */
export function unconfirmedView(unconfirmed: ParamNote[], userSupplied: ParamNote[]): HTMLElement | null {
  if (!unconfirmed.length && !userSupplied.length) return null;
  const box = el("div", { class: "chua-xac-nhan" });
  if (unconfirmed.length)
    box.append(
      el("p", {}, el("strong", {}, `Đã dùng ${unconfirmed.length} giá trị chưa xác nhận`), " — kiểm tra với văn bản của tỉnh; thay ở sheet ThamSo nếu khác (lệnh 2 liệt kê chúng):"),
      el("ul", {}, ...unconfirmed.map((p) => el("li", {}, note(p)))),
    );
  if (userSupplied.length) box.append(el("p", {}, `Giá trị đơn vị tự nhập: ${userSupplied.length}.`), el("ul", {}, ...userSupplied.map((p) => el("li", {}, note(p)))));
  return box;
}

/** Sheet names as buttons that show the sheet. */
export function sheetLinks(names: string[], show: (sheet: string) => void): HTMLElement {
  const p = el("p", {}, "Đã ghi các sheet: ");
  names.forEach((n, i) => {
    const b = el("button", { type: "button", class: "lien-ket" }, n);
    b.addEventListener("click", () => show(n));
    p.append(b, i < names.length - 1 ? ", " : ".");
  });
  return p;
}

const UNIT: Record<string, string> = { VND: "đồng", coefficient: "hệ số", ratio: "tỷ lệ", households: "hộ", count: "người", flag: "có/không", months: "tháng" };

export function needsView(needs: NeededParam[]): HTMLElement {
  return el(
    "ul",
    { class: "danh-sach-tham-so" },
    ...needs.map((n) =>
      el("li", {}, `${n.label} (${n.key}, ${UNIT[n.unit] ?? n.unit}) từ ${formatVnDate(n.from)}: ${n.reason === "missing" ? "gói chưa có giá trị" : `giá trị tạm ${formatVnd(n.packValue ?? "0")}, chưa xác nhận`}.`),
    ),
  );
}

/** Replaces the result box's content. */
export function show(box: HTMLElement | null, ...parts: (HTMLElement | string | null)[]): void {
  if (!box) return;
  box.replaceChildren(...parts.filter((p): p is HTMLElement | string => p !== null).map((p) => (typeof p === "string" ? el("p", {}, p) : p)));
}
