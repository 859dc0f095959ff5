/**
 * Central funds vs cost, per commune and village (NĐ 33/2023 Đ.34; NĐ 185/2026 for villages):
 * quỹ khoán per month = multiple × LCS (+ extra persons for communes), against the allowances and
 * compulsory insurance of the posts the fund covers. chenhLech = quyKhoan − chiPhi (negative: the
 * local budget tops up). Headcount above the caps is a warning naming the unit.
 */
import { daysInPost } from "../calendar";
import type { RunContext } from "../estimate";
import { COMPONENT_INDEX } from "../ledger";
import { D, roundDong } from "../money";
import type { MonthContext } from "../month";
import type { UnitRef } from "../units";

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

function villageTier(unit: UnitRef, commune: UnitRef | undefined, mc: MonthContext): "loaiA" | "loaiB" | null {
  const info = unit.info!;
  const kind = info.loai === "toDanPho" ? "toDanPho" : "thon";
  const dacDiem = new Set([...info.dacDiem, ...(commune?.info?.dacDiem ?? [])]);
  for (const dd of dacDiem) if (mc.flag(`quyThon.loaiA.${dd}`)) return "loaiA";
  if (info.soHo === null) return null;
  const threshold = mc.tryGet(`quyThon.nguongSoHo.${kind}`);
  if (!threshold) return null;
  mc.use(threshold);
  return info.soHo >= Number(threshold.value) ? "loaiA" : "loaiB";
}

function monthFund(unit: UnitRef, commune: UnitRef | undefined, mc: MonthContext): { amount: number; hang: string } | null {
  const info = unit.info!;
  const lcsR = mc.tryGet("luongCoSo");
  if (!lcsR) return null;
  const lcs = lcsR.value as string;
  if (unit.thon) {
    const tier = villageTier(unit, commune, mc);
    const heSo = tier && mc.tryGet(`quyThon.heSo.${tier}`);
    if (!tier || !heSo) return null;
    mc.use(heSo);
    mc.use(lcsR);
    return { amount: roundDong(new D(heSo.value as string).times(lcs)), hang: tier };
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
  return { amount: roundDong(multiple.times(lcs)), hang: info.phanLoai };
}

export function fundLines(ctx: RunContext): FundLine[] {
  if (!ctx.hasUnits) return [];
  const n = ctx.units.list.length;
  const cost = new Float64Array(n);
  const { ledger, subjects, posts } = ctx;
  for (let i = 0; i < ledger.length; i++) {
    const s = subjects[ledger.subject[i]];
    if (s.kind !== "post" || !posts[s.row].inFund || !FUND_COMPONENTS.has(ledger.component[i])) continue;
    cost[s.unit] += ledger.amount[i];
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
  const persons = new Map<string, Set<string>>(); // unit|month → persons
  ctx.rows.forEach((row, i) => {
    const post = ctx.posts[i];
    if (row.kiemNhiem || !post.inFund) return;
    const unit = ctx.subjects[i].unit;
    for (let m = 1; m <= 12; m++) {
      if (ctx.days[i * 12 + m - 1] === 0) continue;
      const k = `${unit}|${m}`;
      let s = persons.get(k);
      if (!s) persons.set(k, (s = new Set()));
      s.add(row.hoTen.trim().toLowerCase());
    }
  });
  const warned = new Set<number>();
  for (const [k, set] of persons) {
    const [u, m] = k.split("|").map(Number);
    if (warned.has(u)) continue;
    const unit = ctx.units.list[u];
    const mc = ctx.months[m - 1];
    let cap: number | undefined;
    if (unit.thon) cap = numberOf(mc.tryGet("soLuongToiDa.thon"));
    else {
      const cls = unit.info?.phanLoai;
      const base = cls ? numberOf(mc.tryGet(`soLuongToiDa.xa.${cls}`)) : undefined;
      cap = base === undefined ? undefined : base + (unit.info?.soNguoiTangThem ?? 0);
    }
    if (cap === undefined || set.size <= cap) continue;
    warned.add(u);
    const name = unit.thon ? `${unit.thon} (${unit.donVi})` : unit.donVi;
    ctx.issues.push({
      severity: "warning",
      code: "VUOT_SO_LUONG",
      message: `${name}: ${set.size} người hoạt động không chuyên trách trong tháng ${m}/${mc.year}, vượt mức tối đa ${cap} người.`,
      sheet: unit.info?.loc.sheet,
      row: unit.info?.loc.row,
    });
  }
}

function numberOf(r: { value: unknown } | undefined): number | undefined {
  return r && typeof r.value === "string" ? Number(r.value) : undefined;
}
