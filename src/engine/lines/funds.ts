/**
 * Central funds against cost, per commune and village (docs/legal/central.md §3, §4): the fund of
 * each month through the fund rule (../rules/funds.ts), against the allowances and compulsory
 * insurance of the posts the fund covers (summed from plan totals: no line is walked).
 * chenhLech = quyKhoan − chiPhi (negative: the local budget tops up). Headcount above the caps is a
 * warning naming the unit.
 */
import { daysInPost, formatVnDate, parseIso } from "../calendar";
import type { RunContext } from "../context";
import { COMPONENT_INDEX, COMPONENTS } from "../ledger";
import type { MonthContext } from "../month";
import { fundMonth, type FundMonth } from "../rules/funds";
import { RuleProblem } from "../rules/line";
import type { UnitFacts } from "../units";
import type { Problems } from "./problems";

export interface FundLine {
  donVi: string;
  thon: string | null;
  quyKhoan: number;
  chiPhi: number;
  chenhLech: number;
  /** Fund per month (0 when no fund applies that month). */
  quyTheoThang: number[];
  /** "loaiA", "loaiB", "I", "II", "III". */
  hang: string[];
}

const FUND_COMPONENTS = ["phuCap", "phuCapKiemNhiem", "bhxh", "bhyt"].map((c) => COMPONENT_INDEX[c as keyof typeof COMPONENT_INDEX]);

/** Cost of the fund posts per unit: plan totals of their fund components. */
function costByUnit(ctx: RunContext): Float64Array {
  const cost = new Float64Array(ctx.units.list.length);
  const fundComp = Uint8Array.from(COMPONENTS, (_, c) => (FUND_COMPONENTS.includes(c) ? 1 : 0));
  const { ledger, posts, rows, rowUnit } = ctx;
  const total = ledger.plans.total;
  for (let e = 0; e < ledger.entries; e++) {
    const s = ledger.entrySubject[e];
    if (s >= rows.length || !fundComp[ledger.entryComponent[e]] || !posts[s].inFund) continue;
    cost[rowUnit[s]] += total[ledger.entryPlan[e]];
  }
  return cost;
}

function fundOrError(u: UnitFacts, mc: MonthContext): FundMonth | Error {
  try {
    return fundMonth(u, mc);
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    return e;
  }
}

/** The facts a unit's fund depends on, as a short key. */
function keyOf(u: UnitFacts): string {
  if (!u.village) return `x|${u.phanLoai}|${u.soNguoiTangThem ?? 0}`;
  return u.dacDiem.length ? `v|${u.loai}|${u.soHo}|${[...u.dacDiem].sort().join(",")}` : `v|${u.loai}|${u.soHo}`;
}

/** The fund of a set of facts over the year: monthly amounts, tiers, and what stopped a month. */
interface YearFund {
  amounts: number[];
  total: number;
  /** Tier of each month (null: no fund), and the tiers of the year. */
  hangByMonth: (string | null)[];
  hang: string[];
  /** Problem of each month (null: none). */
  errors: (Error | null)[];
}

function yearFund(ctx: RunContext, u: UnitFacts): YearFund {
  const months: (FundMonth | Error)[] = [];
  // once per segment of months with the same parameters
  for (const mc of ctx.months) months.push(mc.segment !== mc.month ? months[mc.segment - 1] : fundOrError(u, mc));
  const ok = months.map((f) => (f instanceof Error || "none" in f ? null : f));
  const amounts = ok.map((f) => f?.amount ?? 0);
  const hangByMonth = ok.map((f) => f?.hang ?? null);
  return { amounts, total: amounts.reduce((x, y) => x + y, 0), hangByMonth, hang: tiers(hangByMonth), errors: months.map((f) => (f instanceof Error ? f : null)) };
}

/** The distinct tiers of the months, in order of first appearance. */
function tiers(byMonth: (string | null)[]): string[] {
  const out: string[] = [];
  for (const h of byMonth) if (h !== null && !out.includes(h)) out.push(h);
  return out;
}

export function fundLines(ctx: RunContext, problems: Problems): FundLine[] {
  if (!ctx.hasUnits) return [];
  const cost = costByUnit(ctx);
  headcountWarnings(ctx);
  /** The year of fund of each distinct set of facts (thousands of units, a few hundred sets). */
  const memo = new Map<string, YearFund>();
  const out: FundLine[] = [];
  for (let id = 0; id < ctx.units.list.length; id++) {
    const unit = ctx.units.list[id];
    if (!unit.info) continue;
    const facts = ctx.units.facts(id);
    const key = keyOf(facts);
    let fund = memo.get(key);
    if (!fund) memo.set(key, (fund = yearFund(ctx, facts)));
    const info = unit.info;
    const exists = info.tuNgay === null && info.denNgay === null ? null : ctx.months.map((mc) => daysInPost({ year: mc.year, month: mc.month }, info.tuNgay, info.denNgay) > 0);
    fund.errors.forEach((e, m) => {
      if (!e || (exists && !exists[m])) return;
      if (e instanceof RuleProblem) problems.atRecord(e, info.loc, { prefix: `${unit.thon ?? unit.donVi}: ` });
      else problems.once(e, info.loc);
    });
    const byMonth = exists ? fund.amounts.map((a, m) => (exists[m] ? a : 0)) : fund.amounts.slice();
    const quyKhoan = exists ? byMonth.reduce((x, y) => x + y, 0) : fund.total;
    if (quyKhoan === 0 && cost[id] === 0) continue;
    const hang = exists ? tiers(fund.hangByMonth.map((h, m) => (exists[m] ? h : null))) : fund.hang.slice();
    out.push({ donVi: unit.donVi, thon: unit.thon, quyKhoan, chiPhi: cost[id], chenhLech: quyKhoan - cost[id], quyTheoThang: byMonth, hang });
  }
  return out;
}

/** Persons in fund posts per unit against the caps (docs/legal/central.md §3). */
function headcountWarnings(ctx: RunContext): void {
  // Intervals in post per unit (non-concurrent rows of fund posts: one person-post each), clipped to
  // the year. A successor starting the day after a predecessor leaves is not an excess: count the
  // people in post on each day someone starts. Whole-year rows are counted, not stored.
  const yearStart = `${ctx.year}-01-01`;
  const yearEnd = `${ctx.year}-12-31`;
  const fullCount = new Int32Array(ctx.units.list.length);
  const partial = new Map<number, [string, string][]>();
  for (let i = 0; i < ctx.rows.length; i++) {
    const row = ctx.rows[i];
    if (row.kiemNhiem || !ctx.posts[i].inFund) continue;
    const u = ctx.rowUnit[i];
    if (ctx.days.ofRow[i] === 0) {
      fullCount[u]++;
      continue;
    }
    const from = row.tuNgay && row.tuNgay > yearStart ? row.tuNgay : yearStart;
    const to = row.denNgay && row.denNgay < yearEnd ? row.denNgay : yearEnd;
    if (from > to) continue;
    let list = partial.get(u);
    if (!list) partial.set(u, (list = []));
    list.push([from, to]);
  }
  const caps = capsOf(ctx);
  for (let u = 0; u < fullCount.length; u++) {
    const list = partial.get(u) ?? NONE;
    if (!fullCount[u] && !list.length) continue;
    let worst = fullCount[u];
    let when = yearStart;
    for (const [s] of list) {
      let n = fullCount[u];
      for (const [a, b] of list) if (a <= s && s <= b) n++;
      if (n > worst) [worst, when] = [n, s];
    }
    warnIfAbove(ctx, u, worst, when, caps);
  }
}

/** Caps per kind of unit ("thon", "xa.I" …) and month (index 0–11), looked up once per run. */
type Caps = Map<string, (number | undefined)[]>;
const NONE: [string, string][] = [];
const CAP_KINDS = ["thon", "xa.I", "xa.II", "xa.III"];

function capsOf(ctx: RunContext): Caps {
  return new Map(CAP_KINDS.map((kind) => [kind, ctx.months.map((mc) => {
    const r = mc.tryGet(`soLuongToiDa.${kind}`);
    return r && typeof r.value === "string" ? Number(r.value) : undefined;
  })]));
}

function warnIfAbove(ctx: RunContext, u: number, worst: number, when: string, caps: Caps): void {
  const unit = ctx.units.list[u];
  const kind = unit.thon ? "thon" : unit.info?.phanLoai ? `xa.${unit.info.phanLoai}` : null;
  if (kind === null) return;
  const base = caps.get(kind)![(when.endsWith("-01-01") ? 1 : parseIso(when).month) - 1];
  const cap = base === undefined ? undefined : base + (unit.thon ? 0 : (unit.info?.soNguoiTangThem ?? 0));
  if (cap === undefined || worst <= cap) return;
  const name = unit.thon ? `${unit.thon} (${unit.donVi})` : unit.donVi;
  ctx.issues.push({
    severity: "warning",
    code: "VUOT_SO_LUONG",
    message: `${name}: ${worst} người hoạt động không chuyên trách cùng lúc (ngày ${formatVnDate(when)}), vượt mức tối đa ${cap} người.`,
    sheet: unit.info?.loc.sheet,
    row: unit.info?.loc.row,
  });
}
