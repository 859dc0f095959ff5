/** Small DOM helpers for the pane: elements from text only (never HTML from a workbook). */

export function byId<T extends HTMLElement = HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

type Child = Node | string | null | undefined | false;

/** `el("li", { class: "muc" }, "text", child)`: attributes as strings, children as nodes or text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string>, ...children: Child[]): HTMLElementTagNameMap[K];
export function el(tag: string, attrs?: Record<string, string>, ...children: Child[]): HTMLElement;
export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/** A FAST/Fluent element's `value` (text inputs, dropdowns). */
export function valueOf(id: string): string {
  const e = byId(id) as (HTMLElement & { value?: string | null }) | null;
  return (e?.value ?? "").toString().trim();
}

export function setValue(id: string, v: string): void {
  const e = byId(id) as (HTMLElement & { value?: string }) | null;
  if (e) e.value = v;
}

export function isChecked(id: string): boolean {
  return !!(byId(id) as (HTMLElement & { checked?: boolean }) | null)?.checked;
}
