/**
 * Single-value computations behind the Excel functions (DUTOAN.*): a thin adapter over the rules of
 * ./rules, the same functions the estimate books its lines with. It builds the person-post or the
 * unit from the arguments, asks the rule for each month of the period (each month rounded to whole
 * đồng and looked up on its 1st) and adds the months up; it has no formula of its own. Results are
 * memoised per resolved pack: a spilled range of 10,000 cells costs a few distinct computations.
 */
import { formatDecimal, formatVnd } from "./money";
import { total, type Computation, type MonthItem, type Period } from "./explain";
import type { InsuranceGroup, KhoanItem, Post, Resolved, ResolvedPack } from "./law";
import { DAC_DIEM_LABELS, GROUP_LABELS, LOAI_LABELS, NHOM_LABELS } from "./labels";
import { UsedParams, yearMonths, type MonthContext } from "./month";
import { MissingParameterError, scaleValue } from "./params";
import { allowanceMonth, type AllowanceInput, type Rate } from "./rules/allowance";
import { bhytShareKey, bhytSupportMonth } from "./rules/bhytSupport";
import { fundMonth } from "./rules/funds";
import { compulsoryLine, coverageFlag, isCovered, type InsuranceBase } from "./rules/insurance";
import { khoanAnnual, khoanSpread } from "./rules/khoan";
import { RuleProblem } from "./rules/line";
import { voluntaryMonth } from "./rules/voluntary";
import type { IsoDate } from "./calendar";
import type { DacDiem, LoaiDonVi, NhomHoTro } from "./types";
import type { UnitFacts } from "./units";

export { explain, periodLabel, type Computation, type MonthItem, type Period } from "./explain";
export type { InsuranceBase } from "./rules/insurance";

/** A problem with the input or the pack, with a Vietnamese message for the user. */
export class ApiError extends Error {}

export type PhanLoai = "I" | "II" | "III";
export type InsuredGroup = Exclude<InsuranceGroup, "khong">;

// ---------------------------------------------------------------------------------------------
// Per-pack caches

interface PackCtx {
  years: Map<number, MonthContext[]>;
  rates: Map<string, Rate>;
  memo: Map<string, Computation | Error>;
}

const MEMO_LIMIT = 2 ** 16;
const packs = new WeakMap<ResolvedPack, PackCtx>();

function packCtx(pack: ResolvedPack): PackCtx {
  let p = packs.get(pack);
  if (!p) packs.set(pack, (p = { years: new Map(), rates: new Map(), memo: new Map() }));
  return p;
}

/** The 12 month contexts of a year for a pack (parameter lookups cached per month). */
function yearOf(pack: ResolvedPack, year: number): MonthContext[] {
  const p = packCtx(pack);
  let y = p.years.get(year);
  if (!y) {
    const used = new UsedParams();
    p.years.set(year, (y = yearMonths(year, pack.params, used)));
  }
  return y;
}

function monthsIn(pack: ResolvedPack, period: Period): MonthContext[] {
  const y = yearOf(pack, period.year);
  return period.month === null ? y : [y[period.month - 1]];
}

/**
 * The items of a period, one per month: `f` runs once per segment of months with the same
 * parameters (whole months give the same result there), the other months reuse it.
 */
function itemsOf(pack: ResolvedPack, period: Period, f: (mc: MonthContext) => Omit<MonthItem, "month">): MonthItem[] {
  const bySegment = new Map<number, Omit<MonthItem, "month">>();
  return monthsIn(pack, period).map((mc) => {
    let it = bySegment.get(mc.segment);
    if (!it) bySegment.set(mc.segment, (it = f(mc)));
    return { month: mc.month, ...it };
  });
}

/** Memoised computation (errors included: the same bad input fails the same way, fast). */
function memo(pack: ResolvedPack, key: string, compute: () => Computation): Computation {
  const p = packCtx(pack);
  const hit = p.memo.get(key);
  if (hit !== undefined) {
    if (hit instanceof Error) throw hit;
    return hit;
  }
  let r: Computation | Error;
  try {
    r = compute();
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    r = e;
  }
  if (p.memo.size >= MEMO_LIMIT) p.memo.clear();
  p.memo.set(key, r);
  if (r instanceof Error) throw r;
  return r;
}

function periodKey(p: Period): string {
  return p.month === null ? `${p.year}` : `${p.year}-${p.month}`;
}

// ---------------------------------------------------------------------------------------------
// Parameters

/** A pack parameter on a date; a scale by households needs `soHo`. Flags read 0/1. */
export function paramValue(pack: ResolvedPack, key: string, date: IsoDate, soHo: number | null): { value: number; resolved: Resolved } {
  const r = pack.params.at(key, date); // MissingParameterError names the key and says "ThamSo"
  if (typeof r.value === "string") return { value: Number(r.value), resolved: r };
  if (soHo === null) throw new ApiError(`Tham số "${key}" (${r.label}) là bảng bậc theo số hộ: cần nhập số hộ (so_ho).`);
  return { value: Number(scaleValue(r.value, soHo)), resolved: r };
}

// ---------------------------------------------------------------------------------------------
// Allowances: phụ cấp, hỗ trợ, kiêm nhiệm

/** What the amount of a post is read from: a coefficient × LCS, a fixed amount, or the pack's post. */
export type RateSpec = { kind: "heSo"; heSo: string } | { kind: "vnd"; vnd: number } | { kind: "post"; post: Post };

export type AllowanceKind = "phuCap" | "hoTro" | "kiemNhiem";

export interface AllowanceOptions {
  soHo?: number | null;
  /** Commune class: used when the pack sets the post's rate by class (`<rate>.I` …). */
  phanLoai?: PhanLoai | null;
}

function specKey(s: RateSpec): string {
  return s.kind === "heSo" ? `h:${s.heSo}` : s.kind === "vnd" ? `m:${s.vnd}` : `p:${s.post.code}`;
}

function specTitle(s: RateSpec): string {
  return s.kind === "heSo" ? `hệ số ${formatDecimal(s.heSo)}` : s.kind === "vnd" ? `mức ${formatVnd(s.vnd)} đồng/tháng` : `"${s.post.name}"`;
}

function allowanceInput(spec: RateSpec, kind: AllowanceKind, opts: AllowanceOptions): AllowanceInput {
  const post = spec.kind === "post" ? spec.post : null;
  if (post && kind === "phuCap" && post.component === "hoTro")
    throw new ApiError(`"${post.name}" là chức danh hưởng hỗ trợ, không phải phụ cấp: dùng hàm DUTOAN.HOTRO.`);
  if (post && kind === "hoTro" && post.component === "phuCap")
    throw new ApiError(`"${post.name}" là chức danh hưởng phụ cấp, không phải hỗ trợ: dùng hàm DUTOAN.PHUCAP.`);
  return {
    post, kiemNhiem: kind === "kiemNhiem",
    heSo: spec.kind === "heSo" ? spec.heSo : null, mucTien: spec.kind === "vnd" ? spec.vnd : null,
    soHo: post ? (opts.soHo ?? null) : null, phanLoai: post ? (opts.phanLoai ?? null) : null,
  };
}

/** A rule's problem with a post, in the words of the function's arguments. */
function allowanceError(e: unknown, post: Post | null): unknown {
  if (e instanceof RuleProblem) {
    if (e.code === "THIEU_SO_HO") return new ApiError(`Mức của "${post?.name}" tính theo số hộ của thôn, tổ dân phố: cần nhập số hộ (so_ho).`);
    if (e.code === "CHUA_CO_MUC") return new ApiError(`Chức danh "${post?.name}" không có mức trong gói: nhập hệ số hoặc số tiền thay cho tên chức danh.`);
    return new ApiError(e.message);
  }
  if (e instanceof MissingParameterError && post) return new ApiError(`${e.message} Hoặc nhập hệ số, số tiền thay cho tên chức danh.`);
  return e;
}

/**
 * Allowance of a post (phuCap), support of a support-paid post (hoTro) or the concurrent share of a
 * post's amount (kiemNhiem), per whole month, summed over the period (rules/allowance.ts).
 */
export function allowance(pack: ResolvedPack, spec: RateSpec, period: Period, kind: AllowanceKind, opts: AllowanceOptions = {}): Computation {
  // households and class only matter for a post's own rate
  const post = spec.kind === "post";
  const key = `a|${kind}|${specKey(spec)}|${post ? (opts.soHo ?? "") : ""}|${post ? (opts.phanLoai ?? "") : ""}|${periodKey(period)}`;
  return memo(pack, key, () => {
    const a = allowanceInput(spec, kind, opts);
    const rates = packCtx(pack).rates;
    const items = itemsOf(pack, period, (mc) => {
      try {
        return allowanceMonth(a, mc, null, rates);
      } catch (e) {
        throw allowanceError(e, a.post);
      }
    });
    const what = kind === "phuCap" ? "Phụ cấp" : kind === "hoTro" ? "Hỗ trợ" : "Phụ cấp kiêm nhiệm";
    return total(`${what} ${specTitle(spec)}${a.soHo !== null ? ` (${a.soHo} hộ)` : ""}`, period, items);
  });
}

// ---------------------------------------------------------------------------------------------
// Compulsory BHXH / BHYT (employer part)

/**
 * Employer's compulsory BHXH or BHYT per month for a group (rules/insurance.ts): rate × base, base =
 * canCu.heSoLcs × LCS by default, else coefficient × LCS or a fixed amount; 0 in months the group
 * is not covered (the reason in the text). Without a group: rate × base, coverage not checked.
 */
export function insurance(pack: ResolvedPack, kind: "bhxh" | "bhyt", base: InsuranceBase, group: InsuranceGroup | null, period: Period): Computation {
  const bk = base.kind === "default" ? "d" : base.kind === "heSo" ? `h:${base.heSo}` : `m:${base.vnd}`;
  return memo(pack, `i|${kind}|${bk}|${group ?? ""}|${periodKey(period)}`, () => {
    const name = kind === "bhxh" ? "BHXH" : "BHYT";
    const items = itemsOf(pack, period, (mc) => {
      if (group === "khong") return { amount: 0, text: `chức danh không đóng ${name} (ngoài các nhóm đóng bảo hiểm của gói)`, params: [] };
      if (group && !isCovered(kind, group, null, null, mc)) {
        const flag = coverageFlag(kind, group, mc);
        const why = `${kind}.batBuoc.apDung.${group} = ${flag ? flag.value : "chưa có"}`;
        return { amount: 0, text: `${GROUP_LABELS[group]} không thuộc diện ${name} bắt buộc (${why})`, params: flag ? [flag] : [] };
      }
      const line = compulsoryLine(kind, base, mc, null);
      const flag = group ? coverageFlag(kind, group, mc) : undefined;
      return { ...line, params: flag ? [flag, ...line.params] : line.params };
    });
    const what = base.kind === "default" ? "căn cứ theo lương cơ sở" : base.kind === "heSo" ? `căn cứ hệ số ${formatDecimal(base.heSo)}` : `căn cứ ${formatVnd(base.vnd)}`;
    return total(`${name} bắt buộc phần đơn vị đóng, ${what}${group ? `, ${GROUP_LABELS[group]}` : ""}`, period, items);
  });
}

// ---------------------------------------------------------------------------------------------
// State support: voluntary BHXH, BHYT

/**
 * State support for voluntary BHXH of one person per month (rules/voluntary.ts): the group's share ×
 * rate × the rural poverty line, plus the province's top-up for the post group when given. An
 * income below the floor is raised to it, as the estimate does, and the explanation says so. The
 * months-of-support cap and the payment mode are roster matters (the estimate applies them).
 */
export function voluntaryBhxhSupport(pack: ResolvedPack, period: Period, nhom: NhomHoTro, thuNhap: number | null, group: InsuranceGroup | null = null): Computation {
  return memo(pack, `v|${nhom}|${thuNhap ?? ""}|${group ?? ""}|${periodKey(period)}`, () => {
    const notes = new Set<string>();
    const items = itemsOf(pack, period, (mc) => {
      const v = voluntaryMonth(group, nhom, thuNhap, mc);
      if (v.raisedTo !== null)
        notes.add(`Thu nhập lựa chọn ${formatVnd(thuNhap!)} thấp hơn chuẩn nghèo khu vực nông thôn ${formatVnd(v.raisedTo)}: tính theo mức tối thiểu (như dự toán).`);
      const parts = [v.central, v.provincial].filter((x) => x !== null);
      if (!parts.length) return { amount: 0, text: "không có hỗ trợ", params: [] };
      return { amount: parts.reduce((s, x) => s + x.amount, 0), text: parts.map((x) => x.text).join(" + "), params: parts.flatMap((x) => x.params) };
    });
    return total(`Hỗ trợ đóng BHXH tự nguyện, ${NHOM_LABELS[nhom]}${group ? `, ${GROUP_LABELS[group]}` : ""}`, period, items, false, [...notes]);
  });
}

/**
 * Support of the household-BHYT contribution of one person per month (rules/bhytSupport.ts): 0 in
 * months the group is in compulsory BHYT or before the support exists; an empty share is an error
 * naming its ThamSo key.
 */
export function bhytSupport(pack: ResolvedPack, period: Period, group: InsuredGroup): Computation {
  return memo(pack, `y|${group}|${periodKey(period)}`, () => {
    const key = bhytShareKey(group);
    if (!pack.params.has(key))
      throw new ApiError(`Gói ${pack.id} không có tỷ lệ hỗ trợ BHYT cho ${GROUP_LABELS[group]} (tham số "${key}"): nhập ở sheet ThamSo nếu có chế độ hỗ trợ.`);
    const items = itemsOf(pack, period, (mc) => {
      const b = bhytSupportMonth(group, mc);
      return "none" in b ? { amount: 0, text: b.none, params: b.params } : b.support;
    });
    return total(`Hỗ trợ đóng BHYT, ${GROUP_LABELS[group]}`, period, items);
  });
}

// ---------------------------------------------------------------------------------------------
// Units: central fund (quỹ phụ cấp khoán), khoán kinh phí

export interface UnitInput {
  loai: LoaiDonVi;
  phanLoai: PhanLoai | null;
  soHo: number | null;
  dacDiem: DacDiem[];
}

export function isVillage(loai: LoaiDonVi): boolean {
  return loai === "thon" || loai === "toDanPho";
}

function factsOf(u: UnitInput): UnitFacts {
  const village = isVillage(u.loai);
  return { village, loai: u.loai, phanLoai: u.phanLoai, soHo: u.soHo, dacDiem: u.dacDiem, soNguoiTangThem: null };
}

function unitTitle(u: UnitInput): string {
  const what = isVillage(u.loai) ? `${LOAI_LABELS[u.loai]} ${u.soHo ?? "?"} hộ` : `${LOAI_LABELS[u.loai]} loại ${u.phanLoai ?? "?"}`;
  return u.dacDiem.length ? `${what} (${u.dacDiem.map((d) => DAC_DIEM_LABELS[d]).join(", ")})` : what;
}

function unitKey(u: UnitInput): string {
  return `${u.loai}|${u.phanLoai ?? ""}|${u.soHo ?? ""}|${[...u.dacDiem].sort().join(",")}`;
}

function checkUnit(u: UnitInput): void {
  if (isVillage(u.loai)) {
    if (u.soHo === null) throw new ApiError(`${LOAI_LABELS[u.loai]}: cần số hộ.`);
  } else if (!u.phanLoai) throw new ApiError(`${LOAI_LABELS[u.loai]}: cần phân loại đơn vị hành chính (I, II hoặc III).`);
}

/** The central fund of a commune or a village per month, as the estimate's fund comparison (rules/funds.ts). */
export function centralFund(pack: ResolvedPack, u: UnitInput, period: Period): Computation {
  checkUnit(u);
  return memo(pack, `q|${unitKey(u)}|${periodKey(period)}`, () => {
    const facts = factsOf(u);
    const items = itemsOf(pack, period, (mc) => {
      const f = fundMonth(facts, mc);
      return "none" in f ? { amount: 0, text: f.none, params: f.params } : { amount: f.amount, text: f.text, params: f.params };
    });
    return total(`Quỹ phụ cấp khoán ${unitTitle(u)}`, period, items);
  });
}

/**
 * Khoán kinh phí of an organisation (a pack khoán item) for a unit: the annual amount spread over the
 * months with cumulative rounding, as the estimate does (rules/khoan.ts); a full year is the annual amount.
 */
export function khoanFunding(pack: ResolvedPack, item: KhoanItem, u: UnitInput, period: Period): Computation {
  checkUnit(u);
  if ((item.level === "thon") !== isVillage(u.loai))
    throw new ApiError(`"${item.name}" là khoản của ${item.level === "thon" ? "thôn, tổ dân phố" : "cấp xã"}, không áp dụng cho loại đơn vị ${LOAI_LABELS[u.loai]}.`);
  return memo(pack, `k|${item.code}|${unitKey(u)}|${periodKey(period)}`, () => {
    const facts = factsOf(u);
    // months up to the one asked (cumulative rounding needs the earlier ones, not the later)
    const months = yearOf(pack, period.year).slice(0, period.month ?? 12);
    const lines = khoanSpread(months, (mc) => {
      try {
        return khoanAnnual(item, facts, mc);
      } catch (e) {
        if (e instanceof MissingParameterError)
          throw new ApiError(`Chưa có mức khoán "${item.name}" (tham số ${e.key}) áp dụng tháng ${mc.month}/${mc.year}: nhập mức theo nghị quyết của tỉnh ở sheet ThamSo, mã "${e.key}" (nhập 0 nếu không cấp kinh phí).`);
        throw e instanceof RuleProblem ? new ApiError(e.message) : e;
      }
    }, months.map(() => null));
    const items: MonthItem[] = lines.flatMap((l, i) => (period.month === null || period.month === i + 1 ? [{ month: i + 1, ...(l ?? { amount: 0, text: "0", params: [] }) }] : []));
    return total(`${item.name}, ${unitTitle(u)}`, period, items, true);
  });
}
