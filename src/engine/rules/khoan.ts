/**
 * Khoán kinh phí of socio-political organisations: an annual amount per commune or village set by
 * the province (by commune class, households, difficult areas), spread over the months the unit
 * exists. Monthly lines use cumulative rounding, so a full year adds up to the annual amount exactly.
 */
import type { KhoanItem } from "../../packs/schema";
import { daysInPost } from "../calendar";
import type { RunContext } from "../estimate";
import { COMPONENT_INDEX } from "../ledger";
import { D, formatVnd, roundDong, type Dec } from "../money";
import type { MonthContext } from "../month";
import type { Resolved } from "../params";
import { dacDiemOf, type UnitRef } from "../units";

const MONTHS_PER_YEAR = 12;

export interface Annual {
  amount: string;
  text: string;
  params: Resolved[];
}

/** The parameter key that has no value: the item cannot be computed for this unit. */
export interface MissingKhoan {
  missing: string;
}

export function annualAmount(item: KhoanItem, unit: UnitRef, commune: UnitRef | undefined, mc: MonthContext): Annual | MissingKhoan | null {
  const info = unit.info!;
  let baseKey = item.base;
  if (item.byPhanLoai) {
    const cls = info.phanLoai ?? commune?.info?.phanLoai;
    if (!cls) return null;
    baseKey = `${item.base}.${cls}`;
  }
  const base = mc.tryGet(baseKey);
  if (!base) return { missing: baseKey };
  mc.use(base);
  let amount: Dec = new D(base.value as string);
  let text = formatVnd(base.value as string);
  const params: Resolved[] = [base];
  const dacDiem = dacDiemOf(unit, commune);
  if (item.steps && info.soHo !== null) {
    const [th, size, step] = [item.steps.threshold, item.steps.size, item.steps.amount].map((k) => mc.get(k));
    const n = Math.floor(Math.max(0, info.soHo - Number(th.value)) / Number(size.value));
    if (n > 0) {
      amount = amount.plus(new D(step.value as string).times(n));
      text += ` + ${n} × ${formatVnd(step.value as string)}`;
    }
    params.push(th, size, step);
  }
  if (item.khoKhan && dacDiem.includes("khoKhan")) {
    const k = mc.get(item.khoKhan.param);
    params.push(k);
    if (item.khoKhan.mode === "replace") {
      amount = new D(k.value as string);
      text = `${formatVnd(k.value as string)} (đơn vị khó khăn)`;
    } else {
      amount = amount.plus(k.value as string);
      text += ` + ${formatVnd(k.value as string)} (đơn vị khó khăn)`;
    }
  }
  return { amount: amount.toString(), text, params };
}

export function khoanLines(ctx: RunContext): void {
  if (!ctx.pack.khoan.length) return;
  if (!ctx.hasUnits) {
    ctx.issues.push({ severity: "warning", code: "KHONG_CO_DONVI", message: "Không có sheet DonVi: chưa tính khoán kinh phí và quỹ phụ cấp khoán." });
    return;
  }
  const missing = new Map<string, { name: string; units: number }>();
  const noClass = new Set<string>();
  for (let u = 0; u < ctx.units.list.length; u++) {
    const unit = ctx.units.list[u];
    if (!unit.info) continue;
    const level = unit.thon ? "thon" : "xa";
    const commune = unit.thon ? ctx.units.commune(u) : undefined;
    for (const item of ctx.pack.khoan) {
      if (item.level !== level) continue;
      const subject = ctx.subjects.length;
      let cumExact = new D(0);
      let cumRounded = 0;
      let pushed = false;
      for (const mc of ctx.months) {
        const d = daysInPost({ year: mc.year, month: mc.month }, unit.info.tuNgay, unit.info.denNgay);
        if (d === 0) continue;
        const annual = annualAmount(item, unit, commune, mc);
        if (annual && "missing" in annual) {
          const m = missing.get(annual.missing) ?? { name: item.name, units: 0 };
          m.units++;
          missing.set(annual.missing, m);
          break;
        }
        if (!annual) {
          noClass.add(unit.donVi);
          break;
        }
        cumExact = cumExact.plus(new D(annual.amount).times(d).dividedBy(mc.days * MONTHS_PER_YEAR));
        const upTo = roundDong(cumExact);
        const amount = upTo - cumRounded;
        cumRounded = upTo;
        const text = `${annual.text}/năm × 1/12 × ${d}/${mc.days} ngày (làm tròn lũy kế)`;
        ctx.ledger.push(subject, mc.month, COMPONENT_INDEX.khoanKinhPhi, amount, ctx.ledger.text(text), ctx.ledger.basisOf(annual.params, ""));
        pushed = true;
      }
      if (pushed) ctx.subjects.push({ kind: "khoan", code: item.code, name: item.name, unit: u });
    }
  }
  if (missing.size) {
    // one warning for all organisations: officers fix them together on sheet ThamSo
    const list = [...missing].map(([key, m]) => `${m.name} (${key}, ${m.units} đơn vị)`).join("; ");
    ctx.issues.push({
      severity: "warning",
      code: "CHUA_CO_MUC_KHOAN",
      message: `Chưa có mức khoán kinh phí của ${missing.size} khoản, chưa được tính: ${list}. Nhập mức theo nghị quyết của tỉnh ở sheet ThamSo.`,
    });
  }
  for (const donVi of noClass)
    ctx.issues.push({ severity: "warning", code: "THIEU_PHAN_LOAI", message: `Xã "${donVi}" chưa có Phân loại (I, II, III) ở sheet DonVi: chưa tính khoán theo phân loại.`, sheet: "DonVi", column: "Phân loại" });
}
