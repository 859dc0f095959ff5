/**
 * Allowance plans of the roster rows (phụ cấp, hỗ trợ and their concurrent shares) through the one
 * allowance rule (../rules/allowance.ts). Rows share plans: a row's plan is keyed by its rate
 * sequence (the 12 monthly rates of its Mức tiền, Hệ số or post), its share and its days pattern,
 * so 100,000 rows cost a few hundred plans and one map lookup each.
 */
import type { RunContext } from "../context";
import { COMPONENT_INDEX, type Component } from "../ledger";
import type { Post, Resolved } from "../law";
import { allowanceLine, allowanceRate, shareKeyOf, type AllowanceInput, type Rate } from "../rules/allowance";
import type { RosterRow } from "../types";
import { MissingParameterError } from "../params";
import { RuleProblem } from "../rules/line";
import { addOnce, type AtRecord, type Problems } from "./problems";

/** A month's rate, or what stopped it. */
type Seq = (Rate | Error)[];

interface PlanRec {
  /** Plan id, −1 when the row has no line. */
  plan: number;
  /** Problems of months in post (reported at every row using the plan). */
  errors: Error[];
}

const CLASS_INDEX: Record<string, number> = { I: 1, II: 2, III: 3 };

function componentOf(row: RosterRow, post: Post): Component {
  if (!row.kiemNhiem) return post.component;
  return post.component === "phuCap" ? "phuCapKiemNhiem" : "hoTroKiemNhiem";
}

/** Component index by [post is hỗ trợ][row is concurrent], without a lookup per row. */
const COMPONENT_OF = [
  [COMPONENT_INDEX.phuCap, COMPONENT_INDEX.phuCapKiemNhiem],
  [COMPONENT_INDEX.hoTro, COMPONENT_INDEX.hoTroKiemNhiem],
];

export function postLines(ctx: RunContext, problems: Problems): void {
  const b = new PostPlans(ctx);
  const highestOnly = ctx.pack.rules.kiemNhiem === "highestOnly";
  const concurrent: number[] = [];
  for (let i = 0; i < ctx.rows.length; i++) {
    const row = ctx.rows[i];
    const rec = b.planOf(i);
    for (const e of rec.errors) problems.atRecord(e, row.loc, advice(e, row));
    if (rec.plan < 0) continue;
    if (highestOnly && row.kiemNhiem) concurrent.push(i, rec.plan);
    else ctx.ledger.add(i, COMPONENT_OF[ctx.posts[i].component === "hoTro" ? 1 : 0][row.kiemNhiem ? 1 : 0], rec.plan);
  }
  if (concurrent.length) highestConcurrent(ctx, concurrent);
}

/** How the officer fixes a row's problem: a missing rate can also be typed on the row. */
function advice(e: Error, row: RosterRow): AtRecord {
  if (e instanceof RuleProblem) return { prefix: `${row.hoTen} (${row.thon ?? row.donVi}): ` };
  const rate = e instanceof MissingParameterError && !/iemNhiem\.tyLe$/.test(e.key);
  return { prefix: `"${row.chucDanh}" của ${row.hoTen}: `, column: "Chức danh", hint: rate ? "Hoặc nhập Hệ số/Mức tiền cho dòng này." : "" };
}

/** The plans of rows, memoised by (rate sequence, share, days pattern). */
class PostPlans {
  private readonly rates = new Map<string, Rate>();
  private readonly seqs: Seq[] = [];
  private readonly seqByContent = new Map<string, number>();
  private readonly seqByMucTien = new Map<number, number>();
  private readonly seqByHeSo = new Map<string, number>();
  private readonly seqByPost = new Map<Post, Map<number, number>>();
  /** Plan records by (sequence, share, days pattern): dense, so an array. */
  private readonly recs: PlanRec[] = [];
  /** Lines by rate, share and days (ledger ids), per month. */
  private readonly lineMemo = new Map<string, { amount: number; explain: number; basis: number }>();
  private readonly classOfUnit: Int8Array;

  constructor(private readonly ctx: RunContext) {
    this.classOfUnit = new Int8Array(ctx.units.list.length).fill(-1);
  }

  planOf(i: number): PlanRec {
    const row = this.ctx.rows[i];
    const seq = this.seqOf(i, row);
    const share = row.kiemNhiem ? (this.ctx.posts[i].component === "hoTro" ? 2 : 1) : 0;
    const pattern = this.ctx.days.ofRow[i];
    const key = (seq * 3 + share) * this.ctx.days.count + pattern;
    let rec = this.recs[key];
    if (!rec) rec = this.recs[key] = this.build(this.seqs[seq], row, this.ctx.posts[i], pattern);
    return rec;
  }

  private seqOf(i: number, row: RosterRow): number {
    if (row.mucTien !== null) return this.memo(this.seqByMucTien, row.mucTien, i, row);
    if (row.heSo !== null) return this.memo(this.seqByHeSo, row.heSo, i, row);
    const post = this.ctx.posts[i];
    let byUnit = this.seqByPost.get(post);
    if (!byUnit) this.seqByPost.set(post, (byUnit = new Map()));
    const u = this.ctx.rowUnit[i];
    const soHo = this.ctx.units.list[u].info?.soHo ?? null;
    return this.memo(byUnit, (soHo ?? -1) * 4 + this.classOf(u), i, row);
  }

  private memo<K>(map: Map<K, number>, key: K, i: number, row: RosterRow): number {
    let id = map.get(key);
    if (id === undefined) map.set(key, (id = this.intern(this.sequence(this.inputOf(i, row)))));
    return id;
  }

  /** Commune class of a unit (0 when none), for rates the pack sets by class. */
  private classOf(u: number): number {
    if (this.classOfUnit[u] < 0) {
      const unit = this.ctx.units.list[u];
      const cls = unit.info?.phanLoai ?? this.ctx.units.commune(u)?.info?.phanLoai ?? null;
      this.classOfUnit[u] = cls ? CLASS_INDEX[cls] : 0;
    }
    return this.classOfUnit[u];
  }

  private inputOf(i: number, row: RosterRow): AllowanceInput {
    const u = this.ctx.rowUnit[i];
    const cls = this.classOf(u);
    return {
      post: this.ctx.posts[i], kiemNhiem: row.kiemNhiem, heSo: row.heSo, mucTien: row.mucTien,
      soHo: this.ctx.units.list[u].info?.soHo ?? null, phanLoai: cls ? ["", "I", "II", "III"][cls] : null,
    };
  }

  /** The 12 monthly rates (computed once per segment of months with the same parameters). */
  private sequence(a: AllowanceInput): Seq {
    const seq: Seq = [];
    for (const mc of this.ctx.months) {
      if (mc.segment !== mc.month) {
        seq.push(seq[mc.segment - 1]);
        continue;
      }
      try {
        seq.push(allowanceRate(a, mc, this.rates));
      } catch (e) {
        if (!(e instanceof Error)) throw e;
        seq.push(e);
      }
    }
    return seq;
  }

  /** Sequences with the same 12 rates (e.g. villages in the same households bracket) share an id. */
  private intern(seq: Seq): number {
    const key = seq.map((r) => (r instanceof Error ? `!${r.message}` : r.key)).join("\u0000");
    let id = this.seqByContent.get(key);
    if (id === undefined) {
      id = this.seqs.length;
      this.seqs.push(seq);
      this.seqByContent.set(key, id);
    }
    return id;
  }

  private build(seq: Seq, row: RosterRow, post: Post, pattern: number): PlanRec {
    const { ctx } = this;
    const shareKey = shareKeyOf({ post, kiemNhiem: row.kiemNhiem });
    const errors: Error[] = [];
    const lines: [number, { amount: number; explain: number; basis: number }][] = [];
    for (const mc of ctx.months) {
      const d = ctx.days.of(pattern, mc.month);
      if (d === 0) continue;
      const rate = seq[mc.month - 1];
      if (rate instanceof Error) {
        addOnce(errors, rate);
        continue;
      }
      let share: Resolved | null = null;
      try {
        share = shareKey ? mc.get(shareKey) : null;
      } catch (e) {
        addOnce(errors, e as Error);
        continue;
      }
      lines.push([mc.month, this.line(rate, share, d, mc.days)]);
    }
    if (!lines.length) return { plan: -1, errors };
    ctx.ledger.beginPlan();
    for (const [m, l] of lines) ctx.ledger.planLine(m, l.amount, l.explain, l.basis);
    return { plan: ctx.ledger.endPlan(), errors };
  }

  private line(rate: Rate, share: Resolved | null, d: number, dim: number) {
    const k = `${rate.key}|${share ? `${share.key}@${share.from}@${share.layer}` : ""}|${d}|${dim}`;
    let l = this.lineMemo.get(k);
    if (!l) {
      const m = allowanceLine(rate, share, d, dim);
      const ledger = this.ctx.ledger;
      l = { amount: m.amount, explain: ledger.text(m.text), basis: ledger.basisOf(m.params, "Danh sách (hệ số, mức tiền do đơn vị nhập)") };
      this.lineMemo.set(k, l);
    }
    return l;
  }
}

/**
 * rules.kiemNhiem = highestOnly: a person's concurrent posts are paid only the best one per month.
 * `pairs` holds (row, plan) of the concurrent rows; each gets a plan of the months it wins.
 */
function highestConcurrent(ctx: RunContext, pairs: number[]): void {
  const { ledger } = ctx;
  const pl = ledger.plans;
  const best = new Map<number, Int32Array>(); // person → winning pair index per month (−1 none)
  for (let k = 0; k < pairs.length; k += 2) {
    const pid = ctx.persons.ofRow(pairs[k]);
    let w = best.get(pid);
    if (!w) best.set(pid, (w = new Int32Array(12).fill(-1)));
    const [a, z] = ledger.planRange(pairs[k + 1]);
    for (let i = a; i < z; i++) {
      const m = pl.month[i] - 1;
      const cur = w[m];
      if (cur < 0 || pl.amount[i] > pl.monthTotal[pairs[cur + 1] * 12 + m]) w[m] = k;
    }
  }
  for (let k = 0; k < pairs.length; k += 2) {
    const [row, plan] = [pairs[k], pairs[k + 1]];
    const won = best.get(ctx.persons.ofRow(row))!;
    const [a, z] = ledger.planRange(plan);
    const mine: number[] = [];
    for (let i = a; i < z; i++) if (won[pl.month[i] - 1] === k) mine.push(i);
    if (!mine.length) continue;
    ledger.beginPlan();
    for (const i of mine) ledger.planLine(pl.month[i], pl.amount[i], pl.explain[i], pl.basis[i]);
    ledger.add(row, COMPONENT_INDEX[componentOf(ctx.rows[row], ctx.posts[row])], ledger.endPlan());
  }
}
