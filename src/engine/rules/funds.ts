/**
 * The central fund (quỹ phụ cấp khoán) of a commune or a village for one month
 * (docs/legal/central.md §3, §4): multiple × LCS. A commune's multiple follows its class (+ a multiple per extra
 * HĐKCT); a village's its tier: tier a when one of its (or its commune's) đặc điểm qualifies that
 * month, or its households reach the threshold; tier b otherwise. No fund in months the pack has
 * none in force (e.g. commune posts end 1/8/2025). A unit whose fund needs a class or households
 * it does not have is a RuleProblem (the estimate locates it on the DonVi row).
 */
import { D, formatDecimal, formatVnd, roundDong } from "../money";
import type { Resolved } from "../law";
import type { MonthContext } from "../month";
import { DAC_DIEM_LABELS } from "../labels";
import type { UnitFacts } from "../units";
import { RuleProblem, val } from "./line";

export type FundMonth =
  | { amount: number; hang: string; text: string; params: Resolved[] }
  | { none: string; params: Resolved[] };

/** multiple × LCS rounded; a few distinct inputs across thousands of units, so memoised. */
const amounts = new Map<string, number>();
function fundAmount(multiple: string, lcs: string): number {
  const k = `${multiple}×${lcs}`;
  let a = amounts.get(k);
  if (a === undefined) {
    a = roundDong(new D(multiple).times(lcs));
    if (amounts.size < 1024) amounts.set(k, a);
  }
  return a;
}

function noFund(keys: string[], mc: MonthContext): FundMonth {
  const params: Resolved[] = [];
  for (const k of keys) {
    const e = mc.params.entryAt(k, mc.date);
    if (e) params.push(e as Resolved);
  }
  return { none: `không có quỹ khoán (${keys.join(", ")} không có giá trị áp dụng)`, params };
}

/** Tier of a village in a month, with the reason in words. */
function villageTier(u: UnitFacts, mc: MonthContext): { tier: "loaiA" | "loaiB"; why: string; params: Resolved[] } {
  for (const dd of u.dacDiem) {
    const f = mc.tryGet(`quyThon.loaiA.${dd}`);
    if (f?.value === "1") return { tier: "loaiA", why: `đặc điểm ${DAC_DIEM_LABELS[dd]}`, params: [mc.use(f)] };
  }
  if (u.soHo === null) throw new RuleProblem("THIEU_SO_HO", "cần Số hộ để xếp loại thôn, tổ dân phố khi tính quỹ phụ cấp khoán.", "Số hộ");
  const th = mc.get(u.loai === "toDanPho" ? "quyThon.nguongSoHo.toDanPho" : "quyThon.nguongSoHo.thon");
  const a = u.soHo >= Number(val(th));
  return { tier: a ? "loaiA" : "loaiB", why: `${u.soHo} hộ ${a ? "≥" : "<"} ${formatVnd(val(th))}`, params: [th] };
}

export function fundMonth(u: UnitFacts, mc: MonthContext): FundMonth {
  const lcs = mc.tryGet("luongCoSo");
  if (u.village) {
    const keys = ["quyThon.heSo.loaiA", "quyThon.heSo.loaiB"];
    if (!lcs || !keys.some((k) => mc.tryGet(k))) return noFund(keys, mc);
    const t = villageTier(u, mc);
    const heSo = mc.tryGet(`quyThon.heSo.${t.tier}`);
    if (!heSo) return noFund([`quyThon.heSo.${t.tier}`], mc);
    mc.use(heSo);
    mc.use(lcs);
    return {
      amount: fundAmount(val(heSo), val(lcs)),
      hang: t.tier,
      text: `loại ${t.tier === "loaiA" ? "a" : "b"} (${t.why}): ${formatDecimal(val(heSo))} × ${formatVnd(val(lcs))}`,
      params: [heSo, ...t.params, lcs],
    };
  }
  const classes = ["I", "II", "III"].map((c) => `quyXa.heSo.${c}`);
  if (!u.phanLoai) {
    if (lcs && classes.some((k) => mc.tryGet(k))) throw new RuleProblem("THIEU_PHAN_LOAI", "cần Phân loại (I, II, III) của xã để tính quỹ phụ cấp khoán.", "Phân loại");
    return noFund(classes, mc);
  }
  const heSo = mc.tryGet(`quyXa.heSo.${u.phanLoai}`);
  if (!lcs || !heSo) return noFund([`quyXa.heSo.${u.phanLoai}`], mc);
  mc.use(heSo);
  mc.use(lcs);
  let multiple = new D(val(heSo));
  let text = formatDecimal(val(heSo));
  const params = [heSo, lcs];
  const extra = u.soNguoiTangThem ?? 0;
  if (extra > 0) {
    const per = mc.get("quyXa.heSoNguoiTangThem");
    multiple = multiple.plus(new D(val(per)).times(extra));
    text = `(${text} + ${extra} × ${formatDecimal(val(per))})`;
    params.splice(1, 0, per);
  }
  return { amount: fundAmount(multiple.toString(), val(lcs)), hang: u.phanLoai, text: `${text} × ${formatVnd(val(lcs))}`, params };
}
