/**
 * Khoán kinh phí plans of the units of sheet DonVi, one subject per unit × khoán item of the pack,
 * through the khoán rule (../rules/khoan.ts). Units with the same annual amounts and the same months
 * share a plan. A level the pack lacks is one error per parameter (at the first unit, counting the
 * others); a class or households a unit lacks is an error at its DonVi row.
 */
import { daysInPost } from "../calendar";
import type { RunContext } from "../context";
import { COMPONENT_INDEX } from "../ledger";
import type { KhoanItem } from "../law";
import type { MonthContext } from "../month";
import { khoanAnnual, khoanSpread, type Annual } from "../rules/khoan";
import { RuleProblem } from "../rules/line";
import type { UnitFacts, UnitRef } from "../units";
import { addOnce, type Problems } from "./problems";

const HINT = "Nhập mức theo nghị quyết của tỉnh (đồng/năm); nhập 0 nếu không cấp kinh phí.";

export function khoanLines(ctx: RunContext, problems: Problems): void {
  if (!ctx.pack.khoan.length) return;
  if (!ctx.hasUnits) {
    ctx.issues.push({ severity: "warning", code: "KHONG_CO_DONVI", message: "Không có sheet DonVi: chưa tính khoán kinh phí và quỹ phụ cấp khoán." });
    return;
  }
  /** Annual amounts per item, facts and segment of months; plans per unit key and item. */
  const annuals = new Map<string, Annual | Error>();
  const annualOf = (item: KhoanItem, u: UnitFacts, factsKey: string, mc: MonthContext): Annual | Error => {
    const k = `${item.code}|${factsKey}|${mc.segment}`; // the same for every month of a segment
    let a = annuals.get(k);
    if (!a) {
      try {
        a = khoanAnnual(item, u, mc);
      } catch (e) {
        if (!(e instanceof Error)) throw e;
        a = e;
      }
      annuals.set(k, a);
    }
    return a;
  };
  /** Per level, which facts some item depends on: units differing only elsewhere share plans. */
  const needs = (level: string) => {
    const items = ctx.pack.khoan.filter((i) => i.level === level);
    return { cls: items.some((i) => i.byPhanLoai), soHo: items.some((i) => i.steps), khoKhan: items.some((i) => i.khoKhan) };
  };
  const need = { thon: needs("thon"), xa: needs("xa") };
  /** Plans per unit key, by item index. */
  const recs = new Map<string, ({ plan: number; errors: Error[] } | undefined)[]>();
  for (let id = 0; id < ctx.units.list.length; id++) {
    const unit = ctx.units.list[id];
    if (!unit.info) continue;
    const level = unit.thon ? "thon" : "xa";
    const facts = ctx.units.facts(id);
    const days = unit.info.tuNgay === null && unit.info.denNgay === null ? null : unitDays(ctx, unit);
    const n = need[level];
    const unitKey = `${level}|${n.cls ? facts.phanLoai : ""}|${n.soHo ? facts.soHo : ""}|${n.khoKhan && facts.dacDiem.includes("khoKhan") ? 1 : 0}|${days ? days.join(",") : ""}`;
    let byItem = recs.get(unitKey);
    if (!byItem) recs.set(unitKey, (byItem = []));
    for (let k = 0; k < ctx.pack.khoan.length; k++) {
      const item = ctx.pack.khoan[k];
      if (item.level !== level) continue;
      let rec = byItem[k];
      if (!rec) {
        const factsKey = keyOf(item, facts);
        rec = byItem[k] = buildPlan(ctx, (mc) => annualOf(item, facts, factsKey, mc), days);
      }
      for (const e of rec.errors)
        if (e instanceof RuleProblem) problems.atRecord(e, unit.info.loc, { prefix: `${unit.thon ?? unit.donVi}: ` });
        else problems.once(e, unit.info.loc, HINT);
      if (rec.plan < 0) continue;
      ctx.ledger.add(ctx.subjects.pushKhoan(k, id) - 1, COMPONENT_INDEX.khoanKinhPhi, rec.plan);
    }
  }
}

/** What the annual amount of `item` depends on, as a short key. */
function keyOf(item: KhoanItem, u: UnitFacts): string {
  const kk = item.khoKhan && u.dacDiem.includes("khoKhan") ? 1 : 0;
  return `${item.byPhanLoai ? u.phanLoai : ""}|${item.steps ? u.soHo : ""}|${kk}`;
}

/** Days the unit exists in each month (null: the whole month). */
function unitDays(ctx: RunContext, unit: UnitRef): (number | null)[] {
  const { tuNgay, denNgay } = unit.info!;
  return ctx.months.map((mc) => {
    const d = daysInPost({ year: mc.year, month: mc.month }, tuNgay, denNgay);
    return d === mc.days ? null : d;
  });
}

function buildPlan(ctx: RunContext, annualOf: (mc: MonthContext) => Annual | Error, days: (number | null)[] | null): { plan: number; errors: Error[] } {
  const errors: Error[] = [];
  const lines = khoanSpread(ctx.months, (mc) => {
    const a = annualOf(mc);
    if (a instanceof Error) {
      addOnce(errors, a);
      return null;
    }
    return a;
  }, ctx.months.map((mc, i) => days?.[i] ?? mc.days));
  if (errors.length || !lines.some((l) => l)) return { plan: -1, errors };
  const { ledger } = ctx;
  ledger.beginPlan();
  lines.forEach((l, i) => {
    if (l) ledger.planLine(i + 1, l.amount, ledger.text(l.text), ledger.basisOf(l.params, ""));
  });
  return { plan: ledger.endPlan(), errors };
}
