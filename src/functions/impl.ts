/**
 * The functions behind functions.ts: argument cells → engine api calls (src/engine/api.ts), per
 * cell of the broadcast range. Pure and synchronous; packs come from state.ts (resolved once).
 *
 * Each amount function is a `Def`: how to read its value arguments (one cell each) into a
 * Computation. The spilled value is the computation's amount; GIAITHICH explains the same
 * computation, so the number and its explanation cannot disagree.
 */
import {
  allowance, bhytSupport, centralFund, explain, insurance, isVillage, khoanFunding, paramValue, voluntaryBhxhSupport,
  type AllowanceKind, type Computation, type InsuranceBase, type Period, type RateSpec, type UnitInput,
} from "../engine/api";
import { iso, monthsInPost } from "../engine/calendar";
import type { InsuranceGroup } from "../engine/law";
import { formatVnd } from "../engine/money";
import { amountInWords } from "../engine/words";
import type { ResolvedPack } from "../packs";
import { closest } from "../roster/text";
import { ArgError, excelError } from "./args";
import {
  isBlank, required, toAmount, toCount, toDacDiem, toDate, toGroup, toLoai, toLookupDate, toMoney, toNhom, toPeriod, toPhanLoai,
  toSignedNumber, toText, toYear,
} from "./coerce";
import { spill, type Out } from "./grid";
import { findKhoan, findPost } from "./lookup";
import { currentPack } from "./state";

type Compute = (pack: ResolvedPack, c: unknown[], single: boolean) => Computation | "";

interface Def {
  /** Number of value arguments (the optional pack id comes after them). */
  n: number;
  compute: Compute;
}

/**
 * A blank first argument: "" in a range of several cells (blank rows stay blank), an error when
 * the whole argument is one blank cell.
 */
function blankFirst(v: unknown, single: boolean, arg: string, what: string): boolean {
  if (!isBlank(v)) return false;
  if (single) required(v, arg, what);
  return true;
}

// ---------- coefficient, amount or post name ----------

/** Answers per pack, argument name and LCS hint (hint objects are shared per month). */
const specCaches = new WeakMap<ResolvedPack, Map<string, Map<object, Map<unknown, RateSpec | ArgError>>>>();

/** The LCS in force at the start of a period: for suggestions in plausibility messages. */
const hints = new WeakMap<ResolvedPack, Map<number, { luongCoSo?: string }>>();
const NO_HINT = {};

function lcsHint(pack: ResolvedPack, p: Period): { luongCoSo?: string } {
  let byMonth = hints.get(pack);
  if (!byMonth) hints.set(pack, (byMonth = new Map()));
  const k = p.year * 13 + (p.month ?? 1);
  let h = byMonth.get(k);
  if (!h) {
    const v = pack.params.tryAt("luongCoSo", iso(p.year, p.month ?? 1, 1))?.value;
    byMonth.set(k, (h = typeof v === "string" ? { luongCoSo: v } : {}));
  }
  return h;
}

function rateSpec(pack: ResolvedPack, v: unknown, arg: string, hint: { luongCoSo?: string }): RateSpec {
  let byArg = specCaches.get(pack);
  if (!byArg) specCaches.set(pack, (byArg = new Map()));
  let byHint = byArg.get(arg);
  if (!byHint) byArg.set(arg, (byHint = new Map()));
  let cache = byHint.get(hint);
  if (!cache) byHint.set(hint, (cache = new Map()));
  let hit = cache.get(v);
  if (hit === undefined) {
    try {
      hit = toAmount(v, arg, hint) ?? { kind: "post", post: findPost(pack, toText(v)) };
    } catch (e) {
      if (!(e instanceof ArgError)) throw e;
      hit = e;
    }
    if (cache.size < 1 << 14) cache.set(v, hit);
  }
  if (hit instanceof ArgError) throw hit;
  return hit;
}

function allowanceDef(kind: AllowanceKind, arg: string, withClass: boolean): Def {
  return {
    n: withClass ? 4 : 3,
    compute: (pack, c, single) => {
      if (blankFirst(c[0], single, arg, "tên chức danh, hệ số hoặc số tiền")) return "";
      let period: Period | ArgError;
      try {
        period = toPeriod(c[1], "nam_hoac_thang");
      } catch (e) {
        if (!(e instanceof ArgError)) throw e;
        period = e;
      }
      const spec = rateSpec(pack, c[0], arg, period instanceof ArgError ? NO_HINT : lcsHint(pack, period));
      if (period instanceof ArgError) throw period;
      const soHo = isBlank(c[2]) ? null : toCount(c[2], "so_ho");
      const phanLoai = withClass && !isBlank(c[3]) ? toPhanLoai(c[3], "phan_loai") : null;
      return allowance(pack, spec, period, kind, { soHo, phanLoai });
    },
  };
}

// ---------- insurance ----------

const GROUP_WHAT = "Xã, Thôn, Tổ bảo vệ ANTT, Người tham gia ở thôn, hoặc tên chức danh trong gói";

/** An insurance group: its label ("Xã", "Tổ bảo vệ ANTT"…) or a post of the pack (its group). */
function groupOf(pack: ResolvedPack, v: unknown, arg: string): InsuranceGroup {
  try {
    return toGroup(v, arg);
  } catch (e) {
    if (!(e instanceof ArgError) || typeof v !== "string") throw e;
    try {
      return findPost(pack, toText(v)).insurance;
    } catch {
      throw new ArgError(`${arg}: "${toText(v)}" không phải nhóm đối tượng hay chức danh của gói ${pack.id}; cần ${GROUP_WHAT}.`);
    }
  }
}

function insuranceDef(kind: "bhxh" | "bhyt"): Def {
  return {
    n: 3,
    compute: (pack, c, single) => {
      if (blankFirst(c[0], single, "doi_tuong", GROUP_WHAT)) return "";
      const group = groupOf(pack, c[0], "doi_tuong");
      const period = toPeriod(c[1], "thang_hoac_nam");
      let base: InsuranceBase = { kind: "default" };
      if (!isBlank(c[2])) {
        const a = toAmount(c[2], "can_cu", lcsHint(pack, period));
        if (!a) throw new ArgError(`can_cu: "${toText(c[2])}" không phải là số; cần bỏ trống (căn cứ = lương cơ sở), hệ số dưới 100 (× lương cơ sở) hoặc số tiền từ 100 đồng trở lên.`);
        base = a;
      }
      return insurance(pack, kind, base, group, period);
    },
  };
}

// ---------- units ----------

function unitOf(loai: unknown, second: unknown, dacDiem: unknown): UnitInput {
  const l = toLoai(loai, "loai_don_vi");
  const village = isVillage(l);
  required(second, "so_ho_hoac_phan_loai", village ? "số hộ của thôn, tổ dân phố" : "phân loại đơn vị hành chính I, II hoặc III");
  return {
    loai: l,
    phanLoai: village ? null : toPhanLoai(second, "so_ho_hoac_phan_loai"),
    soHo: village ? toCount(second, "so_ho_hoac_phan_loai") : null,
    dacDiem: toDacDiem(dacDiem, "dac_diem"),
  };
}

// ---------- the amount functions ----------

export const DEFS: Record<string, Def> = {
  PHUCAP: allowanceDef("phuCap", "chuc_danh_hoac_he_so", true),
  KIEMNHIEM: allowanceDef("kiemNhiem", "chuc_danh_hoac_he_so", false),
  HOTRO: allowanceDef("hoTro", "chuc_danh_hoac_muc", false),
  BHXH: insuranceDef("bhxh"),
  BHYT: insuranceDef("bhyt"),
  HOTROBHXHTN: {
    n: 4,
    compute: (pack, c, single) => {
      if (blankFirst(c[0], single, "nhom", "nhóm đối tượng: Hộ nghèo, Hộ cận nghèo, Dân tộc thiểu số, Xã đảo, đặc khu hoặc Khác")) return "";
      const nhom = toNhom(c[0], "nhom");
      const period = toPeriod(c[1], "nam_hoac_thang");
      const thuNhap = isBlank(c[2]) ? null : toMoney(c[2], "thu_nhap");
      const group = isBlank(c[3]) ? null : groupOf(pack, c[3], "doi_tuong");
      return voluntaryBhxhSupport(pack, period, nhom, thuNhap, group);
    },
  },
  HOTROBHYT: {
    n: 2,
    compute: (pack, c, single) => {
      if (blankFirst(c[0], single, "doi_tuong", GROUP_WHAT)) return "";
      const group = groupOf(pack, c[0], "doi_tuong");
      if (group === "khong") throw new ArgError(`doi_tuong: "${toText(c[0])}" là chức danh không tham gia bảo hiểm: không có hỗ trợ đóng BHYT.`);
      return bhytSupport(pack, toPeriod(c[1], "nam_hoac_thang"), group);
    },
  },
  QUYKHOAN: {
    n: 4,
    compute: (pack, c, single) => {
      if (blankFirst(c[0], single, "loai_don_vi", "Xã, Phường, Thị trấn, Đặc khu, Thôn hoặc Tổ dân phố")) return "";
      const unit = unitOf(c[0], c[1], c[3]);
      return centralFund(pack, unit, toPeriod(c[2], "nam"));
    },
  },
  KHOAN: {
    n: 5,
    compute: (pack, c, single) => {
      if (blankFirst(c[0], single, "to_chuc", "mã hoặc tên khoản khoán của gói")) return "";
      const item = findKhoan(pack, toText(c[0]));
      required(c[1], "loai_don_vi", "Xã, Phường, Thị trấn, Đặc khu, Thôn hoặc Tổ dân phố");
      const unit = unitOf(c[1], c[2], c[4]);
      return khoanFunding(pack, item, unit, toPeriod(c[3], "nam"));
    },
  },
};

/** Spills an amount function over its value arguments. */
export function amounts(name: keyof typeof DEFS, args: unknown[], goi: unknown): Out[][] {
  const def = DEFS[name];
  const pack = currentPack(packId(goi));
  return spill(args.slice(0, def.n), (c, single) => {
    const r = def.compute(pack, c, single);
    return r === "" ? "" : r.amount;
  });
}

function packId(goi: unknown): string | null {
  if (goi === null || goi === undefined) return null;
  const v = Array.isArray(goi) ? (Array.isArray(goi[0]) ? goi[0][0] : goi[0]) : goi;
  return isBlank(v) ? null : toText(v);
}

// ---------- GIAITHICH ----------

/** Explanation of one amount function call: "PHUCAP", "DUTOAN.PHUCAP", "=PHUCAP(" all name it. */
export function explainCall(fn: unknown, args: unknown[]): string {
  if (isBlank(fn)) throw excelError(`Thiếu ten_ham: tên hàm cần giải thích (${Object.keys(DEFS).join(", ")}).`);
  const name = toText(fn).toUpperCase().replace(/^=/, "").replace(/^DUTOAN\./, "").replace(/\(.*$/, "").trim();
  const def = DEFS[name];
  if (!def) throw excelError(`GIAITHICH không giải thích được hàm "${toText(fn)}": chỉ các hàm ${Object.keys(DEFS).join(", ")}.`);
  const cell = (x: unknown) => (Array.isArray(x) ? (Array.isArray(x[0]) ? x[0][0] : x[0]) : x);
  const values = args.slice(0, def.n).map(cell);
  try {
    const pack = currentPack(packId(args[def.n]));
    const r = def.compute(pack, values, true);
    if (r === "") throw new ArgError("không có gì để giải thích.");
    return explain(r, pack);
  } catch (e) {
    throw excelError(`${name}: ${e instanceof Error || (e && typeof e === "object" && "message" in e) ? (e as Error).message : String(e)}`);
  }
}

// ---------- THAMSO ----------

const keyCaches = new WeakMap<ResolvedPack, Map<string, string | ArgError>>();

function paramKey(pack: ResolvedPack, raw: string): string {
  let cache = keyCaches.get(pack);
  if (!cache) keyCaches.set(pack, (cache = new Map()));
  let hit = cache.get(raw);
  if (hit === undefined) {
    const t = raw.trim();
    if (pack.params.has(t)) hit = t;
    else {
      const lower = t.toLowerCase();
      hit = pack.params.keys().find((k) => k.toLowerCase() === lower);
      if (!hit) {
        const near = closest(t, pack.params.keys().map((k) => ({ label: k, keys: [k] })), 5);
        hit = new ArgError(`Không có tham số "${t}" trong gói ${pack.id}. Mã gần giống: ${near.join(", ")}.`);
      }
    }
    if (cache.size < 1 << 12) cache.set(raw, hit);
  }
  if (hit instanceof ArgError) throw hit;
  return hit;
}

export function thamSo(ma: unknown, ngay: unknown, soHo: unknown, goi: unknown): Out[][] {
  const pack = currentPack(packId(goi));
  return spill([ma, ngay, soHo], (c, single) => {
    if (blankFirst(c[0], single, "ma", "mã tham số, ví dụ luongCoSo")) return "";
    const key = paramKey(pack, toText(c[0]));
    const date = toLookupDate(c[1], "ngay");
    return paramValue(pack, key, date, isBlank(c[2]) ? null : toCount(c[2], "so_ho")).value;
  });
}

// ---------- SOTHANG, DOCSO ----------

export function soThang(tuNgay: unknown, denNgay: unknown, nam: unknown): Out[][] {
  return spill([tuNgay, denNgay, nam], (c) => {
    const year = toYear(c[2], "nam");
    const from = isBlank(c[0]) ? null : toDate(c[0], "tu_ngay");
    const to = isBlank(c[1]) ? null : toDate(c[1], "den_ngay");
    if (from && to && from > to) throw new ArgError(`tu_ngay (${from.split("-").reverse().join("/")}) sau den_ngay (${to.split("-").reverse().join("/")}).`);
    return monthsInPost(year, from, to);
  });
}

export function docSo(soTien: unknown): Out[][] {
  return spill([soTien], (c) => {
    if (isBlank(c[0])) return "";
    const x = toSignedNumber(c[0], "so_tien");
    try {
      return amountInWords(x);
    } catch (e) {
      if (e instanceof RangeError) throw new ArgError(`so_tien: số quá lớn để đọc chính xác (tối đa ${formatVnd(Number.MAX_SAFE_INTEGER)}).`);
      throw e;
    }
  });
}
