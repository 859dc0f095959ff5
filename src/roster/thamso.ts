/**
 * Sheet ThamSo → a user override layer (parameters only), checked against the pack: the key must
 * exist, the value must suit the parameter's unit, one value per (key, date).
 */
import type { ThamSoRow } from "../engine/types";
import { parseOverride, type ResolvedPack } from "../packs/load";
import type { Override, Parameter, Unit } from "../packs/schema";
import { makeIssue, q, type RosterIssue } from "./messages";
import { THAM_SO } from "./specs";
import { closest, normalizeKey } from "./text";

const keyMaps = new WeakMap<ResolvedPack, { lower: Map<string, string>; label: Map<string, string | null> }>();

/**
 * The pack key a ThamSo "Mã" cell names: the exact key, the key in other case ("LuongCoSo"), or the
 * parameter's label ("Mức lương cơ sở") when that label is unique. Undefined when none.
 */
export function resolveParamKey(ma: string, pack: ResolvedPack): string | undefined {
  const t = ma.trim();
  if (pack.params.has(t)) return t;
  let maps = keyMaps.get(pack);
  if (!maps) {
    maps = { lower: new Map(), label: new Map() };
    for (const p of pack.params.all()) {
      maps.lower.set(p.key.toLowerCase(), p.key);
      const l = normalizeKey(p.label);
      maps.label.set(l, maps.label.has(l) ? null : p.key);
    }
    keyMaps.set(pack, maps);
  }
  return maps.lower.get(t.toLowerCase()) ?? maps.label.get(normalizeKey(t)) ?? undefined;
}

/** Units whose values are whole numbers. */
export const WHOLE_UNITS: ReadonlySet<Unit> = new Set<Unit>(["VND", "households", "count", "months"]);

function header(key: string): string {
  return THAM_SO.columns.find((c) => c.key === key)!.header;
}

/**
 * Builds the override from ThamSo rows. Returns `override: null` when there are no rows or any row
 * has an error (errors stop the estimate; a partial override would silently change results).
 */
export function thamSoToOverride(rows: ThamSoRow[], pack: ResolvedPack): { override: { parameters: Parameter[] } | null; issues: RosterIssue[] } {
  const issues: RosterIssue[] = [];
  const groups = new Map<string, { row: ThamSoRow; value: string }[]>();
  const maHeader = header("ma");
  const giaTriHeader = header("giaTri");
  const dateHeader = header("hieuLucTu");
  for (const row of rows) {
    const at = { sheet: row.loc.sheet, row: row.loc.row };
    const key = resolveParamKey(row.ma, pack);
    if (!key) {
      const near = closest(row.ma, pack.params.all().map((p) => ({ label: p.key, keys: [p.key, p.label] })), 3);
      issues.push(
        makeIssue("error", "THAMSO_UNKNOWN_KEY", { ...at, column: maHeader }, row.ma,
          `mã tham số ${q(row.ma)} không có trong gói ${q(pack.id)}; cần một mã của gói (xem danh sách bằng “dutoan packs --show ${pack.id}” hoặc trong ngăn tác vụ). Mã gần giống: ${near.join(", ")}.`,
          `parameter key ${q(row.ma)} is not in pack ${q(pack.id)}; expected one of the pack's keys (list them with “dutoan packs --show ${pack.id}”). Closest: ${near.join(", ")}.`),
      );
      continue;
    }
    const param = pack.params.get(key)!;
    const value = row.giaTri;
    const n = Number(value);
    const cell = { ...at, column: giaTriHeader };
    if (!/^-?\d+(\.\d+)?$/.test(value) || !Number.isFinite(n)) {
      issues.push(makeIssue("error", "NOT_A_NUMBER", cell, value, `giá trị ${q(value)} không phải là số; cần một số.`, `value ${q(value)} is not a number; expected a number.`));
      continue;
    }
    if (n < 0) {
      issues.push(
        makeIssue("error", "THAMSO_INVALID_VALUE", cell, value,
          `giá trị ${q(value)} của ${q(key)} là số âm; cần số không âm.`,
          `value ${q(value)} of ${q(key)} is negative; expected a non-negative number.`),
      );
      continue;
    }
    if (WHOLE_UNITS.has(param.unit) && value.includes(".")) {
      const what = param.unit === "VND" ? { vi: "số tiền đồng chẵn", en: "a whole amount of đồng" } : { vi: "số nguyên", en: "a whole number" };
      issues.push(
        makeIssue("error", "THAMSO_NOT_WHOLE", cell, value,
          `giá trị ${q(value)} của ${q(key)} (${param.label}) có phần lẻ; cần ${what.vi}.`,
          `value ${q(value)} of ${q(key)} has a fraction; expected ${what.en}.`),
      );
      continue;
    }
    if (param.unit === "flag" && value !== "0" && value !== "1") {
      issues.push(
        makeIssue("error", "THAMSO_INVALID_VALUE", cell, value,
          `giá trị ${q(value)} của ${q(key)} (${param.label}) không hợp lệ; cần 1 (có) hoặc 0 (không).`,
          `value ${q(value)} of ${q(key)} is invalid; expected 1 (yes) or 0 (no).`),
      );
      continue;
    }
    if (param.unit === "ratio" && n > 1)
      issues.push(
        makeIssue("warning", "THAMSO_RATIO_ABOVE_ONE", cell, value,
          `tỷ lệ ${q(value)} của ${q(key)} lớn hơn 1 (tức trên 100%); kiểm tra lại (17% ghi là 0,17 hoặc 17%).`,
          `ratio ${q(value)} of ${q(key)} is above 1 (over 100%); check it (17% is written 0.17 or 17%).`),
      );
    const list = groups.get(key) ?? [];
    const dup = list.find((x) => x.row.hieuLucTu === row.hieuLucTu);
    if (dup) {
      issues.push(
        makeIssue("error", "THAMSO_DUPLICATE", { ...at, column: dateHeader }, row.hieuLucTu,
          `${q(key)} đã có giá trị từ ngày ${row.hieuLucTu.split("-").reverse().join("/")} ở dòng ${dup.row.loc.row}; cần mỗi mã chỉ một giá trị cho mỗi ngày hiệu lực.`,
          `${q(key)} already has a value from ${row.hieuLucTu} on row ${dup.row.loc.row}; expected one value per key and date.`),
      );
      continue;
    }
    list.push({ row, value });
    groups.set(key, list);
  }
  const parameters: Parameter[] = [];
  for (const [key, list] of groups) {
    const p = pack.params.get(key)!;
    list.sort((a, b) => (a.row.hieuLucTu < b.row.hieuLucTu ? -1 : a.row.hieuLucTu > b.row.hieuLucTu ? 1 : 0));
    parameters.push({
      key,
      label: p.label,
      unit: p.unit,
      values: list.map(({ row, value }) => ({
        from: row.hieuLucTu,
        value,
        source: { document: row.canCu || `Sheet ${row.loc.sheet} (người dùng nhập)` },
        confidence: "high" as const,
        note: row.ghiChu ? `${row.ghiChu} (người dùng nhập)` : "Người dùng nhập",
      })),
    });
  }
  const hasError = issues.some((i) => i.severity === "error");
  return { override: !hasError && parameters.length > 0 ? { parameters } : null, issues };
}

/** ThamSo rows as a user layer named `layer` over `pack` (none when there are no rows or errors). */
export function thamSoLayer(rows: ThamSoRow[], pack: ResolvedPack, layer: string): { overrides: { layer: string; override: Override }[]; issues: RosterIssue[] } {
  if (!rows.length) return { overrides: [], issues: [] };
  const { override, issues } = thamSoToOverride(rows, pack);
  return { overrides: override ? [{ layer, override: parseOverride(override, layer) }] : [], issues };
}
