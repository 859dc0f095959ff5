/** `dutoan packs`: the built-in packs, and one pack's parameters with dates, citations, confidence. */
import { formatVnDate } from "../engine/calendar";
import { availablePacks } from "../app";
import { resolvePack, type Pack } from "../packs";
import { table } from "./table";

const CONF: Record<string, string> = { high: "cao", medium: "trung bình", low: "thấp", unconfirmed: "CHƯA XÁC NHẬN" };

export function listPacks(json: boolean, extra: Pack[] = []): string {
  const packs = [...availablePacks(extra).values()];
  if (json) return JSON.stringify(packs.map((p) => ({ id: p.id, name: p.name, jurisdiction: p.jurisdiction, extends: p.extends ?? null, description: p.description })), null, 2);
  return (
    table(["Mã gói", "Tên", "Kế thừa"], packs.map((p) => [p.id, p.name, p.extends ?? ""]), ["l", "l", "l"]) +
    "\n\nXem chi tiết: dutoan packs --show <mã gói>"
  );
}

export function showPack(id: string, json: boolean, extra: Pack[] = []): string {
  const pack = resolvePack(id, [], extra);
  const params = pack.params.all();
  if (json) return JSON.stringify({ id: pack.id, name: pack.name, chain: pack.chain, parameters: params, posts: pack.posts, khoan: pack.khoan, rules: pack.rules }, null, 2);
  const rows: string[][] = [];
  for (const p of params)
    p.values.forEach((v, i) => {
      const value = v.value === null ? "(trống)" : typeof v.value === "string" ? v.value : v.value.brackets.map((b) => `≥${b.min}: ${b.value}`).join("; ");
      const cite = v.source.article ? `${v.source.document} ${v.source.article}` : v.source.document;
      rows.push([i === 0 ? p.key : "", value, formatVnDate(v.from), CONF[v.confidence], v.layer, cite]);
    });
  const posts = pack.posts.map((p) => [p.code, p.name, p.level === "xa" ? "xã" : "thôn", p.rate ?? ""]);
  return [
    `${pack.name} — các lớp: ${pack.chain.join(" ← ")}`,
    "",
    table(["Mã tham số", "Giá trị", "Từ ngày", "Độ tin cậy", "Lớp", "Căn cứ"], rows, ["l", "r", "l", "l", "l", "l"]),
    "",
    "CHỨC DANH",
    table(["Mã", "Tên", "Cấp", "Tham số mức"], posts, ["l", "l", "l", "l"]),
  ].join("\n");
}
