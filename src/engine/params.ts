/**
 * Parameter lookup: the value of a legal quantity in force on a date, with its source.
 * Pure and table-driven; the tables come from packs layered central ← province ← user (the engine
 * only knows the plain types of ./law).
 */
import { dayBefore, formatVnDate, type IsoDate } from "./calendar";
import type { LayeredParameter, LayeredValue, Parameter, ParamValue, Params, Resolved, Scale } from "./law";

export type { LayeredParameter, LayeredValue, Resolved } from "./law";

export class MissingParameterError extends Error {
  constructor(
    readonly key: string,
    readonly date: IsoDate,
    readonly reason: "unknown" | "noValue",
    readonly param?: LayeredParameter,
  ) {
    super(
      reason === "unknown"
        ? `Không có tham số "${key}" trong gói đang dùng.`
        : `Tham số "${key}" (${param?.label}) chưa có giá trị áp dụng ngày ${formatVnDate(date)}: hãy nhập giá trị ở sheet ThamSo ` +
            `(một dòng Mã = ${key}, Giá trị, Hiệu lực từ = ${formatVnDate(date)} hoặc sớm hơn).`,
    );
  }
}

/** End date of value i: explicit `to`, else the day before the next value starts, else open. */
function endOf(values: ParamValue[], i: number): IsoDate | null {
  const v = values[i];
  if (v.to) return v.to;
  const next = values[i + 1];
  return next ? dayBefore(next.from) : null;
}

/**
 * The dated-parameter table of a resolved pack. Its type is the engine's `Params` interface
 * (src/engine/law.ts), so a ResolvedPack's params can be handed to any code typed with either name.
 */
class DatedTable implements Params {
  private readonly byKey = new Map<string, LayeredParameter>();

  constructor(params: Iterable<LayeredParameter>) {
    for (const p of params) this.byKey.set(p.key, p);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get(key: string): LayeredParameter | undefined {
    return this.byKey.get(key);
  }

  keys(): string[] {
    return [...this.byKey.keys()].sort();
  }

  all(): LayeredParameter[] {
    return this.keys().map((k) => this.byKey.get(k)!);
  }

  /** The entry in force on `date` (null value included), or undefined when none covers the date. */
  entryAt(key: string, date: IsoDate): Resolved<string | Scale | null> | undefined {
    const p = this.byKey.get(key);
    if (!p) return undefined;
    for (let i = p.values.length - 1; i >= 0; i--) {
      const v = p.values[i];
      if (v.from <= date) {
        const to = endOf(p.values, i);
        if (to !== null && to < date) return undefined;
        return { key, label: p.label, unit: p.unit, value: v.value, from: v.from, to, source: v.source, confidence: v.confidence, note: v.note, layer: v.layer };
      }
    }
    return undefined;
  }

  /** The value in force on `date`; throws MissingParameterError when there is none. */
  at(key: string, date: IsoDate): Resolved {
    const p = this.byKey.get(key);
    if (!p) throw new MissingParameterError(key, date, "unknown");
    const e = this.entryAt(key, date);
    if (!e || e.value === null) throw new MissingParameterError(key, date, "noValue", p);
    return e as Resolved;
  }

  /** Like `at`, but undefined when the parameter is absent or has no value then. */
  tryAt(key: string, date: IsoDate): Resolved | undefined {
    const e = this.entryAt(key, date);
    return e && e.value !== null ? (e as Resolved) : undefined;
  }

  /** A plain decimal value (not a scale). */
  decimalAt(key: string, date: IsoDate): Resolved<string> {
    const r = this.at(key, date);
    if (typeof r.value !== "string") throw new Error(`Tham số "${key}" là bảng bậc, cần chỉ tiêu để tra.`);
    return r as Resolved<string>;
  }
}

/** Value of a scale for an input (e.g. households): the bracket with the largest min ≤ x. */
export function scaleValue(scale: Scale, x: number): string {
  let chosen: string | undefined;
  for (const b of scale.brackets) if (x >= b.min) chosen = b.value;
  if (chosen === undefined) throw new Error(`Giá trị ${x} nằm dưới bậc thấp nhất của bảng.`);
  return chosen;
}

/**
 * Overlays `over` onto `base`: values of `over` apply from their first date on; values of `base`
 * before that date stay (the last one is cut off the day before). This is how a province refines a
 * central rule and how a ThamSo sheet overrides a pack "from its date on".
 */
export function overlayParameter(base: LayeredParameter | undefined, over: LayeredParameter): LayeredParameter {
  if (!base) return over;
  const start = over.values[0].from;
  const kept: LayeredValue[] = [];
  base.values.forEach((v, i) => {
    if (v.from >= start) return;
    const end = endOf(base.values, i);
    const cut = dayBefore(start);
    kept.push({ ...v, to: end === null || end > cut ? cut : end });
  });
  const range = over.range ?? base.range;
  return { key: over.key, label: over.label || base.label, unit: over.unit, ...(range ? { range } : {}), values: [...kept, ...over.values] };
}

export function layerParameters(layer: string, params: Parameter[]): LayeredParameter[] {
  return params.map((p) => ({ ...p, values: p.values.map((v) => ({ ...v, layer })) }));
}

/** The table (a class to construct) and its type (the `Params` interface). */
export const ParamTable = DatedTable;
export type ParamTable = Params;
