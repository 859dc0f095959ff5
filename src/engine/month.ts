/**
 * One month of an estimate: parameter lookups are made once per month and cached, and every value
 * used is remembered so outputs can list their sources (and flag unconfirmed or user values).
 */
import { dayBefore, daysInMonth, iso, monthsOfYear, type IsoDate } from "./calendar";
import type { Params, Resolved } from "./law";

export class UsedParams {
  private readonly map = new Map<string, Resolved>();
  /** Resolved values are cached per month, so identity catches repeats cheaply (hot path). */
  private readonly seen = new Set<Resolved>();
  add(r: Resolved): void {
    if (this.seen.has(r)) return;
    this.seen.add(r);
    const k = `${r.key}@${r.from}@${r.layer}`;
    if (!this.map.has(k)) this.map.set(k, r);
  }
  all(): Resolved[] {
    return [...this.map.values()].sort((a, b) => (a.key === b.key ? a.from.localeCompare(b.from) : a.key.localeCompare(b.key)));
  }
}

export class MonthContext {
  readonly date: IsoDate;
  readonly days: number;
  /**
   * First month of this month's segment: the run of months of the year in which no parameter of the
   * pack changes (every lookup on their 1st gives the same value). A result that depends only on
   * the parameters can be computed once per segment (set by `yearMonths`).
   */
  segment: number;
  private readonly cache = new Map<string, Resolved | undefined>();

  constructor(
    readonly year: number,
    readonly month: number,
    readonly params: Params,
    private readonly used: UsedParams,
  ) {
    this.date = iso(year, month, 1);
    this.days = daysInMonth(year, month);
    this.segment = month;
  }

  /** The value in force on the 1st of the month, or undefined. Values are looked up by month. */
  tryGet(key: string): Resolved | undefined {
    const hit = this.cache.get(key);
    if (hit !== undefined || this.cache.has(key)) return hit;
    const r = this.params.tryAt(key, this.date);
    this.cache.set(key, r);
    return r;
  }

  /** Marks a looked-up value as used by some line. */
  use(r: Resolved): Resolved {
    this.used.add(r);
    return r;
  }

  /** The value in force and marked used; throws MissingParameterError when there is none. */
  get(key: string): Resolved {
    const r = this.tryGet(key);
    if (!r) this.params.at(key, this.date); // throws the precise error
    return this.use(r!);
  }
}

/** The 12 months of `year`, each knowing its segment (months with no parameter change between them). */
export function yearMonths(year: number, params: Params, used: UsedParams): MonthContext[] {
  const months = monthsOfYear(year).map((ym) => new MonthContext(ym.year, ym.month, params, used));
  const starts: IsoDate[] = [];
  const ends: IsoDate[] = [];
  for (const p of params.all())
    for (const v of p.values) {
      starts.push(v.from);
      if (v.to) ends.push(v.to);
    }
  for (let m = 1; m < 12; m++) {
    const prev = months[m - 1].date;
    const cur = months[m].date;
    const last = dayBefore(cur);
    // lookups on `cur` differ from those on `prev` when a value starts in (prev, cur] or its last
    // day falls in [prev, cur)
    const changed = starts.some((d) => d > prev && d <= cur) || ends.some((d) => d >= prev && d <= last);
    months[m].segment = changed ? m + 1 : months[m - 1].segment;
  }
  return months;
}
