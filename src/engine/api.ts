/**
 * Single-value computations behind the Excel functions (DUTOAN.*): one post, one insurance base,
 * one unit, for one month or one year. Pure: a resolved pack in, whole-đồng amounts out, with the
 * monthly formula lines and the parameter values used (for GIAITHICH).
 *
 * Every computation is the sum of monthly amounts, each rounded to whole đồng and looked up on the
 * 1st of its month, exactly as the estimate does (the rule code in ./rules is reused), so a year
 * splits by itself at every rule change. Results are memoised per resolved pack: a spilled range
 * of 10,000 cells costs a few distinct computations and 10,000 map lookups.
 */
import type { ResolvedPack } from "../packs/load";
import type { InsuranceGroup, KhoanItem, Post } from "../packs/schema";
import { formatVnDate, iso, monthsOfYear, type IsoDate } from "./calendar";
import { citationOf } from "./ledger";
import { D, formatDecimal, formatVnd, roundDong } from "./money";
import { MonthContext, UsedParams } from "./month";
import { MissingParameterError, scaleValue, type Resolved } from "./params";
import { monthFund, villageTier } from "./rules/funds";
import { annualAmount } from "./rules/khoan";
import { monthlyRate, RowProblem, type Rate } from "./rules/postLines";
import type { DacDiem, LoaiDonVi, NhomHoTro, RosterRow, UnitRow } from "./types";
import type { UnitRef } from "./units";

/** A problem with the input or the pack, with a Vietnamese message for the user. */
export class ApiError extends Error {}

/** A whole year (month = null) or one month. */
export interface Period {
  year: number;
  month: number | null;
}

export type PhanLoai = "I" | "II" | "III";

/** One month of a computation: its amount (whole đồng), formula text and the values it used. */
export interface MonthItem {
  month: number;
  amount: number;
  text: string;
  params: Resolved[];
}

export interface Computation {
  /** What was computed, e.g. "Phụ cấp hệ số 1,0". */
  title: string;
  period: Period;
  amount: number;
  items: MonthItem[];
  /** Monthly lines add up with cumulative rounding (khoán): explanations show sums, not products. */
  cumulative?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Per-pack caches

interface YearCtx {
  months: MonthContext[];
  /** monthlyRate caches per month (pack rates may change on any 1st of a month). */
  rates: Map<string, Rate>[];
  /** For rates that depend on LCS only (hệ số, fixed amounts): one cache per LCS value in force. */
  staticRates: Map<string, Rate>[];
}

interface PackCtx {
  years: Map<number, YearCtx>;
  memo: Map<string, Computation | Error>;
}

const MEMO_LIMIT = 2 ** 16;
const packs = new WeakMap<ResolvedPack, PackCtx>();

function packCtx(pack: ResolvedPack): PackCtx {
  let p = packs.get(pack);
  if (!p) packs.set(pack, (p = { years: new Map(), memo: new Map() }));
  return p;
}

/** The 12 month contexts of a year for a pack (parameter lookups cached per month). */
function yearCtx(pack: ResolvedPack, year: number): YearCtx {
  const p = packCtx(pack);
  let y = p.years.get(year);
  if (!y) {
    const used = new UsedParams();
    const bySegment = new Map<string, Map<string, Rate>>();
    y = {
      months: monthsOfYear(year).map((ym) => new MonthContext(ym.year, ym.month, pack.params, used)),
      rates: monthsOfYear(year).map(() => new Map<string, Rate>()),
      staticRates: monthsOfYear(year).map((ym) => {
        const e = pack.params.entryAt("luongCoSo", iso(ym.year, ym.month, 1));
        const k = e ? `${e.from}@${e.layer}` : "";
        let m = bySegment.get(k);
        if (!m) bySegment.set(k, (m = new Map()));
        return m;
      }),
    };
    p.years.set(year, y);
  }
  return y;
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

function monthsIn(pack: ResolvedPack, period: Period): MonthContext[] {
  const y = yearCtx(pack, period.year);
  return period.month === null ? y.months : [y.months[period.month - 1]];
}

function total(title: string, period: Period, items: MonthItem[], cumulative = false): Computation {
  let amount = 0;
  for (const it of items) amount += it.amount;
  return { title, period, amount, items, cumulative };
}

const pct = (x: string) => `${formatDecimal(new D(x).times(100).toString())}%`;

/** "tháng 7/2026" or "năm 2026". */
export function periodLabel(p: Period): string {
  return p.month === null ? `năm ${p.year}` : `tháng ${p.month}/${p.year}`;
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

/**
 * Allowance of a post (phuCap), support of a support-paid post (hoTro) or the concurrent share of a
 * post's amount (kiemNhiem: kiemNhiem.tyLe, or hoTroKiemNhiem.tyLe for a support-paid post), per
 * whole month, summed over the period.
 */
export function allowance(pack: ResolvedPack, spec: RateSpec, period: Period, kind: AllowanceKind, opts: AllowanceOptions = {}): Computation {
  const soHo = opts.soHo ?? null;
  const cls = opts.phanLoai ?? null;
  // households and class only matter for a post's own rate
  const key = spec.kind === "post" ? `a|${kind}|${specKey(spec)}|${soHo ?? ""}|${cls ?? ""}|${periodKey(period)}` : `a|${kind}|${specKey(spec)}|${periodKey(period)}`;
  return memo(pack, key, () => {
    let post: Post | null = null;
    if (spec.kind === "post") {
      post = spec.post;
      if (kind === "phuCap" && post.component === "hoTro")
        throw new ApiError(`"${post.name}" là chức danh hưởng hỗ trợ, không phải phụ cấp: dùng hàm DUTOAN.HOTRO.`);
      if (kind === "hoTro" && post.component === "phuCap")
        throw new ApiError(`"${post.name}" là chức danh hưởng phụ cấp, không phải hỗ trợ: dùng hàm DUTOAN.PHUCAP.`);
      if (cls && post.rate && pack.params.has(`${post.rate}.${cls}`)) post = { ...post, rate: `${post.rate}.${cls}` };
    }
    const shareKey = kind !== "kiemNhiem" ? null : spec.kind === "post" && spec.post.component === "hoTro" ? "hoTroKiemNhiem.tyLe" : "kiemNhiem.tyLe";
    const y = yearCtx(pack, period.year);
    const items: MonthItem[] = [];
    for (const mc of monthsIn(pack, period)) {
      const m = mc.month - 1;
      const rate = rateOf(spec, post, mc, soHo, spec.kind === "post" ? y.rates[m] : y.staticRates[m]);
      const share = shareKey ? mc.get(shareKey) : null;
      items.push({ month: mc.month, ...lineOf(rate, share) });
    }
    const what = kind === "phuCap" ? "Phụ cấp" : kind === "hoTro" ? "Hỗ trợ" : "Phụ cấp kiêm nhiệm";
    return total(`${what} ${specTitle(spec)}${soHo !== null && spec.kind === "post" ? ` (${soHo} hộ)` : ""}`, period, items);
  });
}

type Line = Omit<MonthItem, "month">;
/** Month lines by rate object (months and calls with the same rate share it) and share value. */
const lineMemo = new WeakMap<Rate, Map<string, Line>>();

function lineOf(rate: Rate, share: Resolved | null): Line {
  let byShare = lineMemo.get(rate);
  if (!byShare) lineMemo.set(rate, (byShare = new Map()));
  const k = share ? `${share.key}@${share.from}@${share.layer}` : "";
  let l = byShare.get(k);
  if (!l) {
    l = share
      ? { amount: roundDong(new D(rate.value).times(share.value as string)), text: `${pct(share.value as string)} × ${rate.text}`, params: [...rate.params, share] }
      : { amount: roundDong(rate.value), text: rate.text, params: rate.params };
    byShare.set(k, l);
  }
  return l;
}

const NO_ROW = { heSo: null, mucTien: null, thon: null } as unknown as RosterRow;
const NO_POST = { code: "", name: "", aliases: [], level: "thon", component: "phuCap", insurance: "khong", inFund: false, inHeadcount: false } as Post;

/** The full-month rate through the estimate's own `monthlyRate`; its row problems in function terms. */
function rateOf(spec: RateSpec, post: Post | null, mc: MonthContext, soHo: number | null, cache: Map<string, Rate>): Rate {
  if (spec.kind === "vnd") {
    const key = `m:${spec.vnd}`;
    let r = cache.get(key);
    if (!r) cache.set(key, (r = { key, value: String(spec.vnd), text: formatVnd(spec.vnd), params: [] }));
    return r;
  }
  try {
    if (spec.kind === "heSo") return monthlyRate({ ...NO_ROW, heSo: spec.heSo }, NO_POST, mc, null, cache);
    return monthlyRate(NO_ROW, post!, mc, soHo, cache, null);
  } catch (e) {
    if (e instanceof RowProblem) {
      if (e.code === "THIEU_SO_HO") throw new ApiError(`Mức của "${post!.name}" tính theo số hộ của thôn, tổ dân phố: cần nhập số hộ (so_ho).`);
      if (e.code === "CHUA_CO_MUC") throw new ApiError(`Chức danh "${post!.name}" không có mức trong gói: nhập hệ số hoặc số tiền thay cho tên chức danh.`);
      throw new ApiError(e.message);
    }
    if (e instanceof MissingParameterError && spec.kind === "post") throw new ApiError(`${e.message} Hoặc nhập hệ số, số tiền thay cho tên chức danh.`);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Compulsory BHXH / BHYT (employer part)

export type InsuranceBase = { kind: "default" } | { kind: "heSo"; heSo: string } | { kind: "vnd"; vnd: number };
export type InsuredGroup = Exclude<InsuranceGroup, "khong">;

const GROUP_LABELS: Record<InsuredGroup, string> = {
  hdkctXa: "người hoạt động không chuyên trách cấp xã",
  hdkctThon: "người hoạt động không chuyên trách ở thôn, tổ dân phố",
  toBaoVe: "thành viên Tổ bảo vệ ANTT",
  hoTroThon: "người trực tiếp tham gia hoạt động ở thôn",
};

/**
 * Employer's compulsory BHXH or BHYT per month: rate × base, base = canCu.heSoLcs × LCS by default,
 * else coefficient × LCS or a fixed amount. With a group, 0 in months the group is not covered.
 */
export function insurance(pack: ResolvedPack, kind: "bhxh" | "bhyt", base: InsuranceBase, group: InsuredGroup | null, period: Period): Computation {
  const bk = base.kind === "default" ? "d" : base.kind === "heSo" ? `h:${base.heSo}` : `m:${base.vnd}`;
  const key = `i|${kind}|${bk}|${group ?? ""}|${periodKey(period)}`;
  return memo(pack, key, () => {
    const items: MonthItem[] = [];
    const name = kind === "bhxh" ? "BHXH" : "BHYT";
    for (const mc of monthsIn(pack, period)) {
      let covered: Resolved | null = null;
      if (group) {
        const flagKey = `${kind}.batBuoc.apDung.${group}`;
        const flag = mc.tryGet(flagKey);
        if (!flag || flag.value !== "1") {
          items.push({ month: mc.month, amount: 0, text: `${GROUP_LABELS[group]} không thuộc diện ${name} bắt buộc (${flagKey} = ${flag ? flag.value : "chưa có"})`, params: flag ? [flag] : [] });
          continue;
        }
        covered = flag;
      }
      const rate = mc.get(`${kind}.batBuoc.donVi`);
      const r = rate.value as string;
      let exact = new D(r);
      let text = pct(r);
      const params = covered ? [covered, rate] : [rate];
      if (base.kind === "vnd") {
        exact = exact.times(base.vnd);
        text += ` × ${formatVnd(base.vnd)}`;
      } else {
        const lcs = mc.get("luongCoSo");
        let heSo: string;
        if (base.kind === "default") {
          const h = mc.get(`${kind}.batBuoc.canCu.heSoLcs`);
          params.push(h);
          heSo = h.value as string;
        } else heSo = base.heSo;
        params.push(lcs);
        exact = exact.times(heSo).times(lcs.value as string);
        text += ` × ${formatDecimal(heSo)} × ${formatVnd(lcs.value as string)}`;
      }
      items.push({ month: mc.month, amount: roundDong(exact), text, params });
    }
    const what = base.kind === "default" ? "căn cứ theo lương cơ sở" : base.kind === "heSo" ? `căn cứ hệ số ${formatDecimal(base.heSo)}` : `căn cứ ${formatVnd(base.vnd)}`;
    return total(`${name} bắt buộc phần đơn vị đóng, ${what}${group ? `, ${GROUP_LABELS[group]}` : ""}`, period, items);
  });
}

// ---------------------------------------------------------------------------------------------
// State support: voluntary BHXH, BHYT

const NHOM_LABELS: Record<NhomHoTro, string> = {
  hoNgheo: "hộ nghèo",
  hoCanNgheo: "hộ cận nghèo",
  danTocThieuSo: "người dân tộc thiểu số",
  xaDaoDacKhu: "người sống ở xã đảo, đặc khu",
  khac: "đối tượng khác",
};

/**
 * State support for voluntary BHXH of one person per month: share of the group × rate × the rural
 * poverty line (the support is on the floor, whatever income is chosen). A chosen income below the
 * floor is an error. Caps (120 months) and provincial top-ups are roster matters, not included.
 */
export function voluntaryBhxhSupport(pack: ResolvedPack, period: Period, nhom: NhomHoTro, thuNhap: number | null): Computation {
  const key = `v|${nhom}|${thuNhap ?? ""}|${periodKey(period)}`;
  return memo(pack, key, () => {
    const items: MonthItem[] = [];
    for (const mc of monthsIn(pack, period)) {
      const rate = mc.get("bhxhTuNguyen.tyLe");
      const floor = mc.get("chuanNgheoNongThon");
      const share = mc.get(`bhxhTuNguyen.hoTro.${nhom}`);
      if (thuNhap !== null && thuNhap < Number(floor.value))
        throw new ApiError(`Thu nhập đóng BHXH tự nguyện ${formatVnd(thuNhap)} thấp hơn chuẩn nghèo khu vực nông thôn ${formatVnd(floor.value as string)} (tháng ${mc.month}/${mc.year}): thu nhập lựa chọn không được thấp hơn mức này.`);
      const amount = roundDong(new D(share.value as string).times(rate.value as string).times(floor.value as string));
      items.push({ month: mc.month, amount, text: `${pct(share.value as string)} × ${pct(rate.value as string)} × ${formatVnd(floor.value as string)}`, params: [share, rate, floor] });
    }
    return total(`Hỗ trợ đóng BHXH tự nguyện, ${NHOM_LABELS[nhom]}`, period, items);
  });
}

/**
 * Support of the household-BHYT contribution of one person per month: hoTroBhyt.<group>.tyLe ×
 * bhyt.hoGiaDinh.tyLe × LCS. 0 in months the group is in compulsory BHYT or before the support
 * exists; an empty (null) share is an error naming its ThamSo key.
 */
export function bhytSupport(pack: ResolvedPack, period: Period, group: InsuredGroup): Computation {
  const key = `y|${group}|${periodKey(period)}`;
  return memo(pack, key, () => {
    const shareKey = `hoTroBhyt.${group}.tyLe`;
    if (!pack.params.has(shareKey))
      throw new ApiError(`Gói ${pack.id} không có tỷ lệ hỗ trợ BHYT cho ${GROUP_LABELS[group]} (tham số "${shareKey}"): nhập ở sheet ThamSo nếu có chế độ hỗ trợ.`);
    const items: MonthItem[] = [];
    for (const mc of monthsIn(pack, period)) {
      const cover = mc.tryGet(`bhyt.batBuoc.apDung.${group}`);
      if (cover && cover.value === "1") {
        items.push({ month: mc.month, amount: 0, text: `${GROUP_LABELS[group]} thuộc diện BHYT do đơn vị đóng: không hỗ trợ`, params: [cover] });
        continue;
      }
      const share = mc.tryGet(shareKey);
      if (!share) {
        if (pack.params.entryAt(shareKey, mc.date)) mc.get(shareKey); // throws: a slot without a value
        items.push({ month: mc.month, amount: 0, text: "chưa có chế độ hỗ trợ", params: [] });
        continue;
      }
      const rate = mc.get("bhyt.hoGiaDinh.tyLe");
      const lcs = mc.get("luongCoSo");
      const amount = roundDong(new D(share.value as string).times(rate.value as string).times(lcs.value as string));
      items.push({ month: mc.month, amount, text: `${pct(share.value as string)} × ${pct(rate.value as string)} × ${formatVnd(lcs.value as string)}`, params: [share, rate, lcs] });
    }
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

const LOAI_LABELS: Record<LoaiDonVi, string> = { xa: "Xã", phuong: "Phường", thiTran: "Thị trấn", dacKhu: "Đặc khu", thon: "Thôn", toDanPho: "Tổ dân phố" };
const DAC_DIEM_LABELS: Record<DacDiem, string> = { trongDiemAnTT: "trọng điểm ANTT", bienGioi: "biên giới", haiDao: "hải đảo", khoKhan: "khó khăn" };

export function isVillage(loai: LoaiDonVi): boolean {
  return loai === "thon" || loai === "toDanPho";
}

function unitRef(u: UnitInput): UnitRef {
  const village = isVillage(u.loai);
  const info: UnitRow = {
    loc: { sheet: "", row: 0 },
    donVi: "",
    thon: village ? "" : null,
    loai: u.loai,
    phanLoai: village ? null : u.phanLoai,
    soHo: u.soHo,
    dacDiem: u.dacDiem,
    soNguoiTangThem: null,
    tuNgay: null,
    denNgay: null,
  };
  // UnitRef.thon: any non-empty text marks a village
  return { key: "", donVi: "", thon: village ? LOAI_LABELS[u.loai] : null, info };
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

/**
 * The central fund of a commune (by class) or a village (tier a/b by households or đặc điểm) per
 * month, as the estimate's fund comparison computes it (NĐ 33/2023 Đ.34; NĐ 185/2026). Months with
 * no fund in force count 0.
 */
export function centralFund(pack: ResolvedPack, u: UnitInput, period: Period): Computation {
  checkUnit(u);
  const key = `q|${unitKey(u)}|${periodKey(period)}`;
  return memo(pack, key, () => {
    const ref = unitRef(u);
    const items: MonthItem[] = [];
    for (const mc of monthsIn(pack, period)) {
      const f = monthFund(ref, undefined, mc);
      const lcs = mc.tryGet("luongCoSo");
      if (!f || !lcs) {
        items.push({ month: mc.month, amount: 0, ...noFund(pack, u, ref, mc) });
        continue;
      }
      if (ref.thon) {
        const heSo = mc.get(`quyThon.heSo.${f.hang}`);
        const why = tierReason(u, ref, mc);
        items.push({ month: mc.month, amount: f.amount, text: `loại ${f.hang === "loaiA" ? "a" : "b"} (${why.text}): ${formatDecimal(heSo.value as string)} × ${formatVnd(lcs.value as string)}`, params: [heSo, ...why.params, lcs] });
      } else {
        const heSo = mc.get(`quyXa.heSo.${f.hang}`);
        items.push({ month: mc.month, amount: f.amount, text: `${formatDecimal(heSo.value as string)} × ${formatVnd(lcs.value as string)}`, params: [heSo, lcs] });
      }
    }
    return total(`Quỹ phụ cấp khoán ${unitTitle(u)}`, period, items);
  });
}

function tierReason(u: UnitInput, ref: UnitRef, mc: MonthContext): { text: string; params: Resolved[] } {
  for (const dd of u.dacDiem) {
    const r = mc.tryGet(`quyThon.loaiA.${dd}`);
    if (r && r.value === "1") return { text: `đặc điểm ${DAC_DIEM_LABELS[dd]}`, params: [r] };
  }
  const thr = mc.tryGet(u.loai === "toDanPho" ? "quyThon.nguongSoHo.toDanPho" : "quyThon.nguongSoHo.thon");
  if (!thr) return { text: `${u.soHo} hộ`, params: [] };
  const a = villageTier(ref, undefined, mc) === "loaiA";
  return { text: `${u.soHo} hộ ${a ? "≥" : "<"} ${formatVnd(thr.value as string)}`, params: [thr] };
}

function noFund(pack: ResolvedPack, u: UnitInput, ref: UnitRef, mc: MonthContext): { text: string; params: Resolved[] } {
  const keys = ref.thon ? ["quyThon.heSo.loaiA", "quyThon.heSo.loaiB"] : [`quyXa.heSo.${u.phanLoai}`];
  const params: Resolved[] = [];
  for (const k of keys) {
    const e = pack.params.entryAt(k, mc.date);
    if (e) params.push(e as Resolved);
  }
  return { text: `không có quỹ khoán (${keys.join(", ")} không có giá trị áp dụng ${formatVnDate(mc.date)})`, params };
}

/**
 * Khoán kinh phí of an organisation (a pack khoán item) for a unit: the annual amount spread over
 * the months with cumulative rounding, as the estimate does; a full year is the annual amount.
 */
export function khoanFunding(pack: ResolvedPack, item: KhoanItem, u: UnitInput, period: Period): Computation {
  checkUnit(u);
  const village = isVillage(u.loai);
  if ((item.level === "thon") !== village)
    throw new ApiError(`"${item.name}" là khoản của ${item.level === "thon" ? "thôn, tổ dân phố" : "cấp xã"}, không áp dụng cho loại đơn vị ${LOAI_LABELS[u.loai]}.`);
  const key = `k|${item.code}|${unitKey(u)}|${periodKey(period)}`;
  return memo(pack, key, () => {
    const ref = unitRef(u);
    const y = yearCtx(pack, period.year);
    const items: MonthItem[] = [];
    let cumExact = new D(0);
    let cumRounded = 0;
    for (const mc of y.months) {
      const annual = annualAmount(item, ref, undefined, mc);
      if (annual && "missing" in annual)
        throw new ApiError(`Chưa có mức khoán "${item.name}" (tham số ${annual.missing}) áp dụng tháng ${mc.month}/${mc.year}: nhập mức theo nghị quyết của tỉnh ở sheet ThamSo, mã "${annual.missing}".`);
      if (!annual) throw new ApiError(`"${item.name}" tính theo phân loại xã: cần phân loại (I, II hoặc III).`);
      cumExact = cumExact.plus(new D(annual.amount).dividedBy(12));
      const upTo = roundDong(cumExact);
      const amount = upTo - cumRounded;
      cumRounded = upTo;
      if (period.month === null || period.month === mc.month)
        items.push({ month: mc.month, amount, text: `${annual.text}/năm × 1/12`, params: annual.params });
      if (period.month === mc.month) break;
    }
    return total(`${item.name}, ${unitTitle(u)}`, period, items, true);
  });
}

// ---------------------------------------------------------------------------------------------
// Explanations (GIAITHICH)

function monthRange(a: number, b: number, year: number): string {
  return a === b ? `Tháng ${a}/${year}` : `Tháng ${a}–${b}/${year}`;
}

/**
 * The computation in words: one line per run of months with the same formula, then the sources,
 * each flagged when unconfirmed or entered by the user:
 * "Tháng 1–6/2026: 1,0 × 2.340.000 = 2.340.000 × 6 tháng = 14.040.000".
 */
export function explain(c: Computation, pack: ResolvedPack): string {
  const lines = [`${c.title}, ${periodLabel(c.period)}: ${formatVnd(c.amount)} đồng (gói ${pack.id}).`];
  const groups: MonthItem[][] = [];
  for (const it of c.items) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (prev && prev.text === it.text && prev.month + 1 === it.month && (c.cumulative || prev.amount === it.amount)) g.push(it);
    else groups.push([it]);
  }
  groups.forEach((g, i) => {
    const first = g[0];
    const sum = g.reduce((s, x) => s + x.amount, 0);
    const head = `${monthRange(first.month, g[g.length - 1].month, c.period.year)}: ${first.text}`;
    const same = g.every((x) => x.amount === first.amount);
    // "1.620.000 = 1.620.000": a formula that is just the amount is not repeated
    const each = first.text === formatVnd(first.amount) ? "" : ` = ${formatVnd(first.amount)}`;
    let body: string;
    if (sum === 0 && same) body = `${head}: 0`;
    else if (g.length === 1) body = `${head}${each}`;
    else if (same) body = `${head}${each} × ${g.length} tháng = ${formatVnd(sum)}`;
    else body = `${head}, ${g.length} tháng làm tròn lũy kế = ${formatVnd(sum)}`;
    lines.push(body + (i === groups.length - 1 ? "." : ";"));
  });
  const cites = new Map<string, { unconfirmed: boolean; user: boolean }>();
  for (const it of c.items)
    for (const p of it.params) {
      const k = citationOf(p);
      const e = cites.get(k) ?? { unconfirmed: false, user: false };
      if (p.confidence === "unconfirmed") e.unconfirmed = true;
      if (pack.userLayers.includes(p.layer)) e.user = true;
      cites.set(k, e);
    }
  if (cites.size) {
    const parts = [...cites].map(([k, e]) => `${k}${e.unconfirmed ? " (chưa xác nhận)" : ""}${e.user ? " (giá trị nhập ở ThamSo)" : ""}`);
    lines.push(`Căn cứ: ${parts.join("; ")}.`);
  }
  return lines.join("\n");
}
