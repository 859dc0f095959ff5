/**
 * Support plans: the voluntary-BHXH and BHYT support lines of one kind of participant, through the
 * rules ../../rules/voluntary.ts and ../../rules/bhytSupport.ts. Rows with the same inputs share a
 * plan (memoised by a numeric key: no string per row).
 *
 * Voluntary BHXH: the payment mode (1, 3, 6, 12 months) decides the month the money moves: lines
 * are dated at the payment month, so quarters shift and the year total does not; support stops
 * after the pack's number of months (the cap, minus months already supported before the year).
 * A month counts when the person is in post on any of its days (contributions are per whole month).
 */
import { quarterOf } from "../../calendar";
import type { RunContext } from "../../context";
import type { InsuranceGroup } from "../../law";
import type { MonthContext } from "../../month";
import { bhytSupportMonth } from "../../rules/bhytSupport";
import type { MonthLine } from "../../rules/line";
import { voluntaryMonth, type VoluntaryMonth } from "../../rules/voluntary";
import type { NhomHoTro, RosterRow } from "../../types";
import { addOnce, type Problems } from "../problems";
import { emptyQuarters, type SupportPlan } from "./types";

const GROUPS: InsuranceGroup[] = ["hdkctXa", "hdkctThon", "toBaoVe", "hoTroThon", "khong"];
const NHOMS: NhomHoTro[] = ["hoNgheo", "xaDaoDacKhu", "hoCanNgheo", "danTocThieuSo", "khac"];
/** Months in a year: payment modes and months left are at most this (+ 1 values from 0). */
const MONTHS = 12;

/** A plan with the problems met building it (reported again at every row that uses it). */
interface Rec extends SupportPlan {
  errors: Error[];
}

export class SupportPlans {
  private readonly volRecs = new Map<number, Rec>();
  private readonly bhytRecs = new Map<number, Rec>();
  private readonly incomes = new Map<number | null, number>();
  private readonly volMonths = new Map<string, VoluntaryMonth>();
  private readonly texts = new Map<string, number>();

  constructor(
    private readonly ctx: RunContext,
    private readonly problems: Problems,
  ) {}

  /** Months left of the cap when the row's year starts (may be ≤ 0). */
  left(row: RosterRow, first: number): number {
    let cap = this.caps[first - 1];
    if (cap === undefined) cap = this.caps[first - 1] = Number(this.ctx.months[first - 1].get("bhxhTuNguyen.soThangHoTroToiDa").value);
    return cap - (row.soThangDaHoTro ?? 0);
  }

  /** The months-of-support cap as in force in each month (looked up once). */
  private readonly caps: number[] = [];

  /** The voluntary-BHXH plan of a row joining voluntarily (row.bhxh = "tuNguyen"). */
  voluntary(i: number, row: RosterRow, group: InsuranceGroup, left: number): SupportPlan {
    const { days } = this.ctx;
    const pattern = days.ofRow[i];
    let inc = this.incomes.get(row.thuNhapBhxhTn);
    if (inc === undefined) this.incomes.set(row.thuNhapBhxhTn, (inc = this.incomes.size));
    const mode = row.phuongThucDong ?? 1;
    const capped = Math.min(Math.max(left, 0), MONTHS + 1);
    const head = ((inc * GROUPS.length + GROUPS.indexOf(group)) * NHOMS.length + NHOMS.indexOf(row.nhomHoTro ?? "khac")) * (MONTHS + 1);
    const key = ((head + Math.min(mode, MONTHS)) * (MONTHS + 2) + capped) * days.count + pattern;
    let rec = this.volRecs.get(key);
    if (!rec) this.volRecs.set(key, (rec = this.buildVoluntary(row, group, mode, left, pattern)));
    for (const e of rec.errors) this.problems.once(e, row.loc);
    return rec;
  }

  private buildVoluntary(row: RosterRow, group: InsuranceGroup, mode: number, left: number, pattern: number): Rec {
    const { ctx } = this;
    const months = ctx.months.filter((mc) => ctx.days.of(pattern, mc.month) > 0);
    const anchor = months[0].month;
    const quarters = emptyQuarters();
    const lines: [number, MonthLine][] = [];
    let raisedTo: string | null = null;
    const errors: Error[] = [];
    for (const mc of months) {
      const m = mc.month;
      const payMonth = anchor + Math.floor((m - anchor) / mode) * mode;
      let v: VoluntaryMonth;
      try {
        v = this.volMonth(group, row.nhomHoTro ?? "khac", row.thuNhapBhxhTn, mc);
      } catch (e) {
        addOnce(errors, e as Error);
        continue;
      }
      raisedTo ??= v.raisedTo;
      const supported = left-- > 0;
      // paid for several months at once: the line says which month it is for and when it moves
      const suffix = mode > 1 ? ` — tháng ${m}, đóng ${mode} tháng, chuyển tháng ${payMonth}` : "";
      const q = quarters[quarterOf(payMonth) - 1];
      q.months++;
      q.due += v.due;
      if (!supported) continue;
      for (const [pay, key] of [[v.central, "central"], [v.provincial, "provincial"]] as const) {
        if (!pay) continue;
        lines.push([payMonth, { ...pay, text: pay.text + suffix }]);
        q[key] += pay.amount;
      }
      if (v.central || v.provincial) q.supported++;
    }
    // a participant beyond the support cap still counts in the transfer table (months, contribution)
    return { plan: this.plan(lines), quarters, raisedTo, errors, counts: quarters.some((q) => q.months > 0) };
  }

  private volMonth(group: InsuranceGroup, nhom: NhomHoTro, income: number | null, mc: MonthContext): VoluntaryMonth {
    const k = `${mc.segment}|${group}|${nhom}|${income}`; // the same for every month of a segment
    let v = this.volMonths.get(k);
    if (!v) this.volMonths.set(k, (v = voluntaryMonth(group, nhom, income, mc)));
    return v;
  }

  /** The BHYT-support plan of a row whose BHYT the employer does not pay. */
  bhyt(i: number, row: RosterRow, group: InsuranceGroup): SupportPlan {
    const pattern = this.ctx.days.ofRow[i];
    const key = GROUPS.indexOf(group) * this.ctx.days.count + pattern;
    let rec = this.bhytRecs.get(key);
    if (!rec) this.bhytRecs.set(key, (rec = this.buildBhyt(group, pattern)));
    for (const e of rec.errors) this.problems.once(e, row.loc, "Hoặc ghi BHYT = Không nếu người này đã có thẻ BHYT.");
    return rec;
  }

  private buildBhyt(group: InsuranceGroup, pattern: number): Rec {
    const quarters = emptyQuarters();
    const lines: [number, MonthLine][] = [];
    const errors: Error[] = [];
    for (const mc of this.ctx.months) {
      if (this.ctx.days.of(pattern, mc.month) === 0) continue;
      try {
        const b = bhytSupportMonth(group, mc);
        if ("none" in b) continue;
        lines.push([mc.month, b.support]);
        const q = quarters[quarterOf(mc.month) - 1];
        q.months++;
        q.supported++;
        q.due += b.due;
        q.central += b.general;
        q.provincial += b.support.amount - b.general;
      } catch (e) {
        addOnce(errors, e as Error);
      }
    }
    const plan = this.plan(lines);
    return { plan, quarters, raisedTo: null, errors, counts: plan >= 0 };
  }

  private plan(lines: [number, MonthLine][]): number {
    if (!lines.length) return -1;
    const { ledger } = this.ctx;
    ledger.beginPlan();
    for (const [m, l] of lines) ledger.planLine(m, l.amount, this.text(l.text), ledger.basisOf(l.params, ""));
    return ledger.endPlan();
  }

  private text(s: string): number {
    let id = this.texts.get(s);
    if (id === undefined) this.texts.set(s, (id = this.ctx.ledger.text(s)));
    return id;
  }
}
