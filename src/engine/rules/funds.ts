/**
 * Central funds vs cost, per commune and village (NĐ 33/2023 Đ.34; NĐ 185/2026 for villages):
 * quỹ khoán per month = multiple × LCS (+ extra persons for communes), against the allowances and
 * compulsory insurance of the posts the fund covers. chenhLech = quyKhoan − chiPhi (negative: the
 * local budget tops up). Headcount above the caps is a warning naming the unit.
 */
import { daysInPost, formatVnDate, parseIso } from "../calendar";
import type { RunContext } from "../estimate";
import { COMPONENT_INDEX, COMPONENTS } from "../ledger";
import { D, roundDong } from "../money";
import type { MonthContext } from "../month";
import { dacDiemOf, type UnitRef } from "../units";

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

const FUND_COMPONENTS = new Set(["phuCap", "phuCapKiemNhiem", "bhxh", "bhyt"].map((c) => COMPONENT_INDEX[c as keyof typeof COMPONENT_INDEX]));

export function villageTier(unit: UnitRef, commune: UnitRef | undefined, mc: MonthContext): "loaiA" | "loaiB" | null {
  const info = unit.info!;
  const kind = info.loai === "toDanPho" ? "toDanPho" : "thon";
  for (const dd of dacDiemOf(unit, commune)) if (mc.flag(`quyThon.loaiA.${dd}`)) return "loaiA";
  if (info.soHo === null) return null;
  const threshold = mc.tryGet(kind === "toDanPho" ? "quyThon.nguongSoHo.toDanPho" : "quyThon.nguongSoHo.thon");
  if (!threshold) return null;
  mc.use(threshold);
  return info.soHo >= Number(threshold.value) ? "loaiA" : "loaiB";
}

/** multiple × LCS rounded; a few distinct inputs across thousands of units, so memoised. */
const fundMemo = new Map<string, number>();
function fundAmount(multiple: string, lcs: string): number {
  const k = `${multiple}×${lcs}`;
  let a = fundMemo.get(k);
  if (a === undefined) {
    a = roundDong(new D(multiple).times(lcs));
    if (fundMemo.size < 1024) fundMemo.set(k, a);
  }
  return a;
}

export function monthFund(unit: UnitRef, commune: UnitRef | undefined, mc: MonthContext): { amount: number; hang: string } | null {
  const info = unit.info!;
  const lcsR = mc.tryGet("luongCoSo");
  if (!lcsR) return null;
  const lcs = lcsR.value as string;
  if (unit.thon) {
    const tier = villageTier(unit, commune, mc);
    const heSo = tier && mc.tryGet(tier === "loaiA" ? "quyThon.heSo.loaiA" : "quyThon.heSo.loaiB");
    if (!tier || !heSo) return null;
    mc.use(heSo);
    mc.use(lcsR);
    return { amount: fundAmount(heSo.value as string, lcs), hang: tier };
  }
  if (!info.phanLoai) return null;
  const heSo = mc.tryGet(`quyXa.heSo.${info.phanLoai}`);
  if (!heSo) return null;
  mc.use(heSo);
  mc.use(lcsR);
  let multiple = new D(heSo.value as string);
  const extra = info.soNguoiTangThem ?? 0;
  const perExtra = extra > 0 ? mc.tryGet("quyXa.heSoNguoiTangThem") : undefined;
  if (perExtra) multiple = multiple.plus(new D(perExtra.value as string).times(extra));
  return { amount: fundAmount(multiple.toString(), lcs), hang: info.phanLoai };
}

export function fundLines(ctx: RunContext): FundLine[] {
  if (!ctx.hasUnits) return [];
  const n = ctx.units.list.length;
  const cost = new Float64Array(n);
  const { ledger, subjects, posts } = ctx;
  // unit of each subject whose lines the fund covers, −1 otherwise
  const fundUnit = Int32Array.from(subjects, (s) => (s.kind === "post" && posts[s.row].inFund ? s.unit : -1));
  const fundComp = Uint8Array.from(COMPONENTS, (_, c) => (FUND_COMPONENTS.has(c) ? 1 : 0));
  const { subject, component, amount, length } = ledger;
  for (let i = 0; i < length; i++) {
    const u = fundUnit[subject[i]];
    if (u >= 0 && fundComp[component[i]]) cost[u] += amount[i];
  }
  headcountWarnings(ctx);
  const out: FundLine[] = [];
  for (let u = 0; u < n; u++) {
    const unit = ctx.units.list[u];
    if (!unit.info) continue;
    const commune = unit.thon ? ctx.units.commune(u) : undefined;
    const byMonth: number[] = [];
    const hang = new Set<string>();
    for (const mc of ctx.months) {
      const exists = daysInPost({ year: mc.year, month: mc.month }, unit.info.tuNgay, unit.info.denNgay) > 0;
      const f = exists ? monthFund(unit, commune, mc) : null;
      byMonth.push(f ? f.amount : 0);
      if (f) hang.add(f.hang);
    }
    const quyKhoan = byMonth.reduce((a, b) => a + b, 0);
    if (quyKhoan === 0 && cost[u] === 0) continue;
    out.push({ donVi: unit.donVi, thon: unit.thon, quyKhoan, chiPhi: cost[u], chenhLech: quyKhoan - cost[u], quyTheoThang: byMonth, hang: [...hang] });
  }
  return out;
}

/** Persons in fund posts per unit and month against the caps (NĐ 33 Đ.33 k.1, k.6–7). */
function headcountWarnings(ctx: RunContext): void {
  // Intervals in post per unit (non-concurrent rows of fund posts: one person-post each), clipped to
  // the year. A successor starting the day after a predecessor leaves is not an excess: count the
  // people in post on each day someone starts.
  const yearStart = `${ctx.year}-01-01`;
  const yearEnd = `${ctx.year}-12-31`;
  // Whole-year rows are counted, not stored: only part-year rows need their dates compared.
  const fullCount = new Int32Array(ctx.units.list.length);
  const partial = new Map<number, [string, string][]>();
  for (let i = 0; i < ctx.rows.length; i++) {
    const row = ctx.rows[i];
    if (row.kiemNhiem || !ctx.posts[i].inFund) continue;
    const u = ctx.subjects[i].unit;
    if (ctx.fullYear[i]) {
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
  for (let u = 0; u < fullCount.length; u++) {
    const list = partial.get(u) ?? [];
    if (!fullCount[u] && !list.length) continue;
    let worst = fullCount[u];
    let when = yearStart;
    for (const [s] of list) {
      let n = fullCount[u];
      for (const [a, b] of list) if (a <= s && s <= b) n++;
      if (n > worst) [worst, when] = [n, s];
    }
    const unit = ctx.units.list[u];
    const { month } = parseIso(when);
    const mc = ctx.months[month - 1];
    let cap: number | undefined;
    if (unit.thon) cap = numberOf(mc.tryGet("soLuongToiDa.thon"));
    else {
      const cls = unit.info?.phanLoai;
      const base = cls ? numberOf(mc.tryGet(`soLuongToiDa.xa.${cls}`)) : undefined;
      cap = base === undefined ? undefined : base + (unit.info?.soNguoiTangThem ?? 0);
    }
    if (cap === undefined || worst <= cap) continue;
    const name = unit.thon ? `${unit.thon} (${unit.donVi})` : unit.donVi;
    ctx.issues.push({
      severity: "warning",
      code: "VUOT_SO_LUONG",
      message: `${name}: ${worst} người hoạt động không chuyên trách cùng lúc (ngày ${formatVnDate(when)}), vượt mức tối đa ${cap} người.`,
      sheet: unit.info?.loc.sheet,
      row: unit.info?.loc.row,
    });
  }
}

function numberOf(r: { value: unknown } | undefined): number | undefined {
  return r && typeof r.value === "string" ? Number(r.value) : undefined;
}
