/**
 * Sheet ThamSo → a user override layer (parameters only), checked against the pack: the key must
 * exist, the value must suit the parameter's unit, one value per (key, date).
 */
import type { LayeredParameter } from "../engine/params";
import type { ThamSoRow } from "../engine/types";
import { parseOverride, type ResolvedPack } from "../packs/load";
import type { Override, Parameter, Unit } from "../packs/schema";
import { makeIssue, q, type RosterIssue } from "./messages";
import { userParameterProblem } from "./plausible";
import { THAM_SO } from "./specs";
import { cachedNormalizer, closest, normalizeKey } from "./text";

/** Parameter labels are the same in every pack resolved for every workbook: normalised once. */
const labelKey = cachedNormalizer(5000);
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
      const l = labelKey(p.label);
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

/** What is wrong with a ThamSo value for its parameter (unit, range, plausibility), or null. */
function valueIssue(row: ThamSoRow, key: string, param: LayeredParameter, pack: ResolvedPack): RosterIssue | null {
  const value = row.giaTri;
  const cell = { sheet: row.loc.sheet, row: row.loc.row, column: header("giaTri") };
  if (!/^-?\d+(\.\d+)?$/.test(value) || !Number.isFinite(Number(value)))
    return makeIssue("error", "NOT_A_NUMBER", cell, value, `giá trị ${q(value)} không phải là số; cần một số.`, `value ${q(value)} is not a number; expected a number.`);
  if (Number(value) < 0)
    return makeIssue("error", "THAMSO_INVALID_VALUE", cell, value,
      `giá trị ${q(value)} của ${q(key)} là số âm; cần số không âm.`, `value ${q(value)} of ${q(key)} is negative; expected a non-negative number.`);
  if (WHOLE_UNITS.has(param.unit) && value.includes(".")) {
    const what = param.unit === "VND" ? { vi: "số tiền đồng chẵn", en: "a whole amount of đồng" } : { vi: "số nguyên", en: "a whole number" };
    return makeIssue("error", "THAMSO_NOT_WHOLE", cell, value,
      `giá trị ${q(value)} của ${q(key)} (${param.label}) có phần lẻ; cần ${what.vi}.`, `value ${q(value)} of ${q(key)} has a fraction; expected ${what.en}.`);
  }
  if (param.unit === "flag" && value !== "0" && value !== "1")
    return makeIssue("error", "THAMSO_INVALID_VALUE", cell, value,
      `giá trị ${q(value)} của ${q(key)} (${param.label}) không hợp lệ; cần 1 (có) hoặc 0 (không).`, `value ${q(value)} of ${q(key)} is invalid; expected 1 (yes) or 0 (no).`);
  const p = userParameterProblem(key, value, pack, row.hieuLucTu);
  if (!p) return null;
  return makeIssue("error", p.code, cell, value,
    `giá trị ${q(value)} của ${q(key)} (${param.label}) ${p.vi}; cần ${p.expectedVi}.`,
    `value ${q(value)} of ${q(key)} ${p.en}; expected ${p.expectedEn}.`);
}

function unknownKeyIssue(row: ThamSoRow, pack: ResolvedPack): RosterIssue {
  const near = closest(row.ma, pack.params.all().map((p) => ({ label: p.key, keys: [p.key, p.label] })), 3);
  return makeIssue("error", "THAMSO_UNKNOWN_KEY", { sheet: row.loc.sheet, row: row.loc.row, column: header("ma") }, row.ma,
    `mã tham số ${q(row.ma)} không có trong gói ${q(pack.id)}; cần một mã của gói (xem danh sách bằng “dutoan packs --show ${pack.id}” hoặc trong ngăn tác vụ). Mã gần giống: ${near.join(", ")}.`,
    `parameter key ${q(row.ma)} is not in pack ${q(pack.id)}; expected one of the pack's keys (list them with “dutoan packs --show ${pack.id}”). Closest: ${near.join(", ")}.`);
}

function duplicateIssue(row: ThamSoRow, key: string, dup: ThamSoRow): RosterIssue {
  return makeIssue("error", "THAMSO_DUPLICATE", { sheet: row.loc.sheet, row: row.loc.row, column: header("hieuLucTu") }, row.hieuLucTu,
    `${q(key)} đã có giá trị từ ngày ${row.hieuLucTu.split("-").reverse().join("/")} ở dòng ${dup.loc.row}; cần mỗi mã chỉ một giá trị cho mỗi ngày hiệu lực.`,
    `${q(key)} already has a value from ${row.hieuLucTu} on row ${dup.loc.row}; expected one value per key and date.`);
}

function toParameters(groups: Map<string, ThamSoRow[]>, pack: ResolvedPack): Parameter[] {
  const parameters: Parameter[] = [];
  for (const [key, list] of groups) {
    const p = pack.params.get(key)!;
    list.sort((a, b) => (a.hieuLucTu < b.hieuLucTu ? -1 : a.hieuLucTu > b.hieuLucTu ? 1 : 0));
    parameters.push({
      key,
      label: p.label,
      unit: p.unit,
      values: list.map((row) => ({
        from: row.hieuLucTu,
        value: row.giaTri,
        source: { document: row.canCu || `Sheet ${row.loc.sheet} (người dùng nhập)` },
        confidence: "high" as const,
        note: row.ghiChu ? `${row.ghiChu} (người dùng nhập)` : "Người dùng nhập",
      })),
    });
  }
  return parameters;
}

/**
 * Builds the override from ThamSo rows. Returns `override: null` when there are no rows or any row
 * has an error (errors stop the estimate; a partial override would silently change results).
 * Each value is checked against its parameter's unit and plausible range (a value in đồng for a
 * hệ số is an error suggesting the hệ số; lương cơ sở 0 is an error).
 */
export function thamSoToOverride(rows: ThamSoRow[], pack: ResolvedPack): { override: { parameters: Parameter[] } | null; issues: RosterIssue[] } {
  const issues: RosterIssue[] = [];
  const groups = new Map<string, ThamSoRow[]>();
  for (const row of rows) {
    const key = resolveParamKey(row.ma, pack);
    if (!key) {
      issues.push(unknownKeyIssue(row, pack));
      continue;
    }
    const bad = valueIssue(row, key, pack.params.get(key)!, pack);
    if (bad) {
      issues.push(bad);
      continue;
    }
    const list = groups.get(key) ?? [];
    const dup = list.find((x) => x.hieuLucTu === row.hieuLucTu);
    if (dup) {
      issues.push(duplicateIssue(row, key, dup));
      continue;
    }
    list.push(row);
    groups.set(key, list);
  }
  const hasError = issues.some((i) => i.severity === "error");
  return { override: !hasError && groups.size > 0 ? { parameters: toParameters(groups, pack) } : null, issues };
}

/** ThamSo rows as a user layer named `layer` over `pack` (none when there are no rows or errors). */
export function thamSoLayer(rows: ThamSoRow[], pack: ResolvedPack, layer: string): { overrides: { layer: string; override: Override }[]; issues: RosterIssue[] } {
  if (!rows.length) return { overrides: [], issues: [] };
  const { override, issues } = thamSoToOverride(rows, pack);
  return { overrides: override ? [{ layer, override: parseOverride(override, layer) }] : [], issues };
}
