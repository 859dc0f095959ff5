/**
 * The pane's own confirm dialog (a Fluent dialog: window.confirm does not work in Office add-ins):
 * replace the add-in's earlier estimate sheets of the same year, keep them and write new ones, or
 * cancel.
 */
import { byId } from "./dom";

export type ReplaceAnswer = "replace" | "keep" | "cancel";

type DialogEl = HTMLElement & { show(): void; hide(): void };

export function askReplace(sheets: string[], year: number): Promise<ReplaceAnswer> {
  const dialog = byId("hoi-thay-the") as DialogEl | null;
  const text = byId("hoi-thay-the-noi-dung");
  if (!dialog || !text) return Promise.resolve("keep");
  text.textContent = `Sổ tính đã có ${sheets.length} sheet dự toán năm ${year} do DuToan lập trước đây (${sheets.join(", ")}). Thay các sheet đó bằng kết quả mới? Sheet của bạn không bị động tới.`;
  return new Promise((resolve) => {
    const buttons: [string, ReplaceAnswer][] = [["thay-the", "replace"], ["ghi-moi", "keep"], ["huy", "cancel"]];
    const done = (a: ReplaceAnswer) => {
      for (const [id] of buttons) byId(id)?.removeEventListener("click", handlers[id]);
      dialog.removeEventListener("dismiss", onDismiss);
      dialog.hide();
      resolve(a);
    };
    const handlers: Record<string, () => void> = Object.fromEntries(buttons.map(([id, a]) => [id, () => done(a)]));
    const onDismiss = () => done("cancel");
    for (const [id] of buttons) byId(id)?.addEventListener("click", handlers[id]);
    dialog.addEventListener("dismiss", onDismiss);
    dialog.show();
    (byId("thay-the") as HTMLElement | null)?.focus();
  });
}
