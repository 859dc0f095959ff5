/**
 * One-off payments to people who leave (sheet NghiViec): staff reduction, redundancy after a merger of
 * communes or villages, the end of the former security forces (central.md §8; hung-yen.md §3;
 * hai-phong.md §2; quang-ninh.md §2).
 *
 * The regime is the one whose parameters are in force on the leaving date (not on the 1st of the
 * month: 16/6/2025 falls inside a month): HĐKCT → NĐ 154/2025 when its rates are in force, else
 * NĐ 29/2023 Đ.9 k.2; cán bộ, công chức → NĐ 178/2024 (as amended by NĐ 67/2025); the former security
 * forces → the one-off amount slot of the pack (unconfirmed: entered per person or on sheet ThamSo).
 * Every rate, number of months, band and threshold is a pack parameter; this file has none.
 *
 * The monthly base is the salary (S) or allowance (A) of the month before leaving: the amount typed
 * in the roster, or (hệ số lương + hệ số chức vụ) × (1 + % công vụ) × lương cơ sở of that month,
 * rounded once to whole đồng (it is an amount paid in đồng). Each payment is one ledger line
 * (component troCapMotLan) in the month of the leaving date, rounded once; only leavers whose date
 * falls in the estimate year are costed. All leavers, of any year, are checked against DanhSach for
 * the refund rule (re-hired within the pack's number of months).
 */
import type { RunContext } from "../estimate";
import { daysInMonth, formatVnDate, iso, parseIso, type IsoDate } from "../calendar";
import { citationOf, COMPONENT_INDEX } from "../ledger";
import { D, dec, formatDecimal, formatVnd, mulRound, roundDong, type Dec, type Factor } from "../money";
import { MissingParameterError, type Resolved } from "../params";
import type { DoiTuongNghiViec, Issue, LeaverRow, Location, Severity } from "../types";
import { normalizeName } from "../units";

/** One payment of a leaver, as shown in the per-person breakdown. */
export interface LeaverLine {
  label: string;
  formula: string;
  amount: number;
  citation: string;
}

export interface LeaverResult {
  hoTen: string;
  donVi: string;
  thon: string | null;
  doiTuong: DoiTuongNghiViec;
  ngayNghi: IsoDate;
  /** The regime applied (document and article of its main parameter); null when none applies. */
  regime: string | null;
  /** The monthly base (A or S) and how it was obtained; null when no base was needed or computed. */
  base: { amount: number; formula: string } | null;
  lines: LeaverLine[];
  total: number;
  /** False when an amount could not be computed (an error names the row and what is missing). */
  complete: boolean;
  loc: Location;
}

/** Vietnamese names of the groups, for messages and reports. */
export const DOI_TUONG_LABELS: Record<DoiTuongNghiViec, string> = {
  hdkctXa: "HĐKCT cấp xã",
  hdkctThon: "HĐKCT thôn, TDP",
  canBoCongChuc: "Cán bộ, công chức",
  congAnXaBanChuyenTrach: "Công an xã bán chuyên trách",
  baoVeDanPho: "Bảo vệ dân phố",
  doiTruongDanPhong: "Đội trưởng, đội phó dân phòng",
};

/** Column headers of sheet NghiViec named in messages (as the template writes them). */
const COL = {
  hoTen: "Họ và tên",
  hinhThuc: "Hình thức",
  tienLuong: "Tiền lương (phụ cấp) tháng",
  heSoLuong: "Hệ số lương",
  bhxh: "Thời gian đóng BHXH",
  congTac: "Số tháng công tác",
  truocTuoi: "Số tháng nghỉ trước tuổi",
  conLai: "Số tháng còn lại của nhiệm kỳ",
  quyetDinh: "Tháng thứ mấy kể từ quyết định sắp xếp",
  hoTroTinh: "Hỗ trợ của tỉnh/thành phố",
  motLan: "Số tiền trợ cấp một lần",
};

/** Keys of the refund window (months after leaving): central NĐ 154/2025, and a province's own rule. */
const REFUND_KEYS = ["troCap.hoanTra.soThang", "hdkctXa.hoanTraTroCap.soThang"];

/** A row that cannot be costed: reported, located, and the row's lines are dropped. */
class LeaverProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly column?: string,
  ) {
    super(message);
  }
}

const isHdkct = (d: DoiTuongNghiViec) => d === "hdkctXa" || d === "hdkctThon";
const isSecurity = (d: DoiTuongNghiViec) => d === "congAnXaBanChuyenTrach" || d === "baoVeDanPho" || d === "doiTruongDanPhong";

/** First day of the month before the month of `date`. */
function monthBefore(date: IsoDate): IsoDate {
  const { year, month } = parseIso(date);
  return month > 1 ? iso(year, month - 1, 1) : iso(year - 1, 12, 1);
}

/** `date` plus `n` months (day kept, or the month's last day). */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = parseIso(date);
  const t = month - 1 + n;
  const y = year + Math.floor(t / 12);
  const m = (((t % 12) + 12) % 12) + 1;
  return iso(y, m, Math.min(day, daysInMonth(y, m)));
}

const vnMonth = (date: IsoDate) => `${parseIso(date).month}/${parseIso(date).year}`;
const pct = (x: string) => `${formatDecimal(new D(x).times(100).toString())}%`;
const val = (r: Resolved) => r.value as string;
const num = (r: Resolved) => Number(r.value as string);

interface Base {
  amount: number;
  formula: string;
  /** LCS when the base came from coefficients: cited on every line using the base. */
  params: Resolved[];
  symbol: "A" | "S";
}

interface Draft {
  label: string;
  formula: string;
  amount: number;
  basis: number;
}

export function troCapLines(ctx: RunContext, leavers: LeaverRow[]): LeaverResult[] {
  const { params } = ctx.pack;
  const results: LeaverResult[] = [];
  let outside = 0;
  const issue = (row: LeaverRow, severity: Severity, code: string, message: string, column?: string) => {
    const i: Issue = { severity, code, message, sheet: row.loc.sheet, row: row.loc.row };
    if (column) i.column = column;
    ctx.issues.push(i);
  };
  /** Marks a value as used by the estimate (it is then listed with its source and confidence). */
  const use = (r: Resolved): Resolved => ctx.months[0].use(r);
  const peek = (key: string, date: IsoDate) => params.tryAt(key, date);
  const get = (key: string, date: IsoDate): Resolved => use(params.at(key, date));
  const tryGet = (key: string, date: IsoDate): Resolved | undefined => {
    const r = params.tryAt(key, date);
    return r && use(r);
  };

  for (const row of leavers) {
    if (parseIso(row.ngayNghi).year !== ctx.year) {
      outside++;
      continue;
    }
    const res: LeaverResult = {
      hoTen: row.hoTen, donVi: row.donVi, thon: row.thon, doiTuong: row.doiTuong, ngayNghi: row.ngayNghi,
      regime: null, base: null, lines: [], total: 0, complete: true, loc: row.loc,
    };
    const drafts: Draft[] = [];
    const line = (label: string, formula: string, factors: Factor[], used: Resolved[], fallback = "") => {
      const amount = mulRound(...factors);
      drafts.push({ label, formula, amount, basis: ctx.ledger.basisOf(used, fallback) });
    };
    try {
      if (isHdkct(row.doiTuong)) hdkct(row, res, line);
      else if (row.doiTuong === "canBoCongChuc") canBoCongChuc(row, res, line);
      else security(row, res, line);
      topUp(row, line);
    } catch (e) {
      if (!(e instanceof LeaverProblem) && !(e instanceof MissingParameterError)) throw e;
      drafts.length = 0;
      res.complete = false;
      if (e instanceof LeaverProblem) issue(row, "error", e.code, `${row.hoTen}: ${e.message}`, e.column);
      else issue(row, "error", "THIEU_THAM_SO", `${row.hoTen} (${DOI_TUONG_LABELS[row.doiTuong]}, nghỉ ngày ${formatVnDate(row.ngayNghi)}): ${e.message}`, COL.hoTen);
    }
    if (drafts.length) {
      const subject = ctx.subjects.length;
      ctx.subjects.push({ kind: "leaver", row: results.length, unit: ctx.units.id(row.donVi, row.thon) });
      const month = parseIso(row.ngayNghi).month;
      for (const d of drafts) {
        ctx.ledger.push(subject, month, COMPONENT_INDEX.troCapMotLan, d.amount, ctx.ledger.text(`${d.label}: ${d.formula}`), d.basis);
        res.lines.push({ label: d.label, formula: d.formula, amount: d.amount, citation: ctx.ledger.bases[d.basis].citation });
        res.total += d.amount;
      }
    }
    results.push(res);
  }
  if (outside)
    ctx.issues.push({
      severity: "warning",
      code: "NGHI_VIEC_NGOAI_NAM",
      message: `${outside} người ở sheet NghiViec nghỉ ngoài năm ${ctx.year}: không tính trợ cấp vào dự toán năm này (vẫn dùng để kiểm tra hoàn trả trợ cấp).`,
      sheet: leavers[0].loc.sheet,
    });
  refundWarnings(ctx, leavers, peek, use);
  return results;

  // ── the monthly base ────────────────────────────────────────────────────────────────────────

  function baseOf(row: LeaverRow, symbol: "A" | "S"): Base {
    if (row.tienLuongThang !== null)
      return { amount: row.tienLuongThang, formula: `${formatVnd(row.tienLuongThang)} (nhập ở sheet NghiViec)`, params: [], symbol };
    if (row.heSoLuong === null)
      throw new LeaverProblem("THIEU_TIEN_LUONG", `chưa có tiền lương (phụ cấp) tháng hoặc hệ số lương; cần một trong hai cột "${COL.tienLuong}" hoặc "${COL.heSoLuong}".`, COL.tienLuong);
    const prev = monthBefore(row.ngayNghi);
    const lcs = get("luongCoSo", prev);
    const hs = row.heSoChucVu !== null ? `(${formatDecimal(row.heSoLuong)} + ${formatDecimal(row.heSoChucVu)})` : formatDecimal(row.heSoLuong);
    const cv = row.phuCapCongVu !== null && !dec(row.phuCapCongVu).isZero() ? ` × (1 + ${pct(row.phuCapCongVu)})` : "";
    const exact = dec(row.heSoLuong).plus(row.heSoChucVu ?? "0").times(dec(row.phuCapCongVu ?? "0").plus(1)).times(val(lcs));
    return {
      amount: roundDong(exact),
      formula: `${hs}${cv} × ${formatVnd(val(lcs))} (lương cơ sở tháng ${vnMonth(prev)})`,
      params: [lcs],
      symbol,
    };
  }

  function setBase(res: LeaverResult, b: Base): void {
    res.base = { amount: b.amount, formula: b.formula };
  }

  /** Whole years of a number of months, odd months rounded by the regime's rule (`prefix`.namLe.*). */
  function yearsOf(months: number, prefix: string, date: IsoDate): { value: Dec; text: string; params: Resolved[] } {
    const full = Math.floor(months / 12);
    const rest = months - full * 12;
    if (rest === 0) return { value: new D(full), text: `${full} năm`, params: [] };
    const limit = get(`${prefix}.namLe.nguongThang`, date);
    const part = get(`${prefix}.namLe.duoiNguong`, date);
    const value = rest <= num(limit) ? new D(full).plus(val(part)) : new D(full + 1);
    return { value, text: `${formatDecimal(value.toString())} năm (${full} năm ${rest} tháng)`, params: [limit, part] };
  }

  function need(v: number | null, code: string, column: string, what: string): number {
    if (v === null) throw new LeaverProblem(code, `chưa có ${what}; cần nhập ở cột "${column}".`, column);
    return v;
  }

  function noRegime(row: LeaverRow): void {
    issue(row, "warning", "KHONG_CO_CHE_DO_TRO_CAP",
      `${row.hoTen} (${DOI_TUONG_LABELS[row.doiTuong]}) nghỉ ngày ${formatVnDate(row.ngayNghi)}: gói tham số "${ctx.pack.id}" không có chế độ trợ cấp cho đối tượng này tại ngày đó; không tính. Nếu có chế độ khác áp dụng, tính riêng.`, COL.hoTen);
  }

  // ── HĐKCT: NĐ 154/2025 (from its date), else NĐ 29/2023 Đ.9 k.2 ────────────────────────────────

  function hdkct(row: LeaverRow, res: LeaverResult, line: LineFn): void {
    const d = row.ngayNghi;
    if (peek("troCap.nd154.hdkct.tyLeThang", d)) return nd154(row, res, line);
    if (peek("troCap.nd29.hdkct.tyLe", d)) return nd29(row, res, line);
    noRegime(row);
  }

  function nd29(row: LeaverRow, res: LeaverResult, line: LineFn): void {
    const d = row.ngayNghi;
    const rate = get("troCap.nd29.hdkct.tyLe", d);
    const within = get("troCap.nd29.hdkct.soThangSauSapXep", d);
    res.regime = citationOf(rate);
    const A = baseOf(row, "A");
    setBase(res, A);
    if (row.thangKeTuQuyetDinh !== null && row.thangKeTuQuyetDinh > num(within)) {
      issue(row, "warning", "KHONG_THUOC_DIEN_TRO_CAP",
        `${row.hoTen} nghỉ ở tháng thứ ${row.thangKeTuQuyetDinh} kể từ quyết định sắp xếp, sau ${val(within)} tháng: không thuộc diện trợ cấp dôi dư (${citationOf(within)}); không tính.`, COL.quyetDinh);
      return;
    }
    let months = need(row.soThangConLai, "THIEU_SO_THANG_CON_LAI", COL.conLai, "số tháng còn lại của nhiệm kỳ (chức danh bầu cử) hoặc của lộ trình sắp xếp");
    let note = " còn lại";
    if (row.soThangNghiTruocTuoi !== null && row.soThangNghiTruocTuoi < months) {
      months = row.soThangNghiTruocTuoi;
      note = " (tính đến tuổi nghỉ hưu)";
    }
    const assumed = row.thangKeTuQuyetDinh === null ? `; giả định nghỉ trong ${val(within)} tháng kể từ quyết định sắp xếp` : "";
    line("Trợ cấp dôi dư do sắp xếp", `${formatDecimal(val(rate))} × A × ${months} tháng${note} (A = ${formatVnd(A.amount)})${assumed}`,
      [val(rate), A.amount, months], [rate, within, ...A.params]);
  }

  function nd154(row: LeaverRow, res: LeaverResult, line: LineFn): void {
    const d = row.ngayNghi;
    const thon = row.doiTuong === "hdkctThon" ? get("troCap.nd154.hdkctThon.apDung", d) : undefined;
    if (thon && val(thon) !== "1") return noRegime(row);
    const rate = get("troCap.nd154.hdkct.tyLeThang", d);
    res.regime = citationOf(thon ?? rate);
    const A = baseOf(row, "A");
    setBase(res, A);
    const lead = thon ? [thon] : [];
    const worked = need(row.soThangCongTac, "THIEU_SO_THANG_CONG_TAC", COL.congTac, "số tháng công tác");
    const minWorked = get("troCap.nd154.hdkct.nguongThangCongTac", d);
    let months: number;
    let why: string;
    const used: Resolved[] = [minWorked];
    if (worked < num(minWorked)) {
      months = worked;
      why = `tháng công tác (dưới ${val(minWorked)} tháng)`;
    } else {
      const left = need(row.soThangNghiTruocTuoi, "THIEU_SO_THANG_DEN_TUOI_HUU", COL.truocTuoi, `số tháng còn lại đến tuổi nghỉ hưu (công tác từ ${val(minWorked)} tháng trở lên)`);
      const minLeft = get("troCap.nd154.hdkct.nguongThangDenTuoiHuu", d);
      used.push(minLeft);
      if (left < num(minLeft)) {
        months = left;
        why = `tháng còn lại đến tuổi nghỉ hưu (dưới ${val(minLeft)} tháng)`;
      } else {
        const placeholder = get("troCap.nd154.hdkct.soThangConLaiTamTinh", d);
        used.push(placeholder);
        months = num(placeholder);
        why = `tháng — còn ${left} tháng đến tuổi nghỉ hưu: số tháng tạm tính, chưa xác nhận (${placeholder.key})`;
      }
    }
    const a = formatVnd(A.amount);
    line("Trợ cấp theo số tháng", `${formatDecimal(val(rate))} × A × ${months} ${why} (A = ${a})`, [val(rate), A.amount, months], [...lead, rate, ...used, ...A.params]);
    const perYear = get("troCap.nd154.hdkct.thangMoiNam", d);
    const y = yearsOf(worked, "troCap.nd154", d);
    line("Trợ cấp theo số năm công tác", `${formatDecimal(val(perYear))} × A × ${y.text} (A = ${a})`, [val(perYear), A.amount, y.value], [...lead, perYear, ...y.params, ...A.params]);
    const job = get("troCap.nd154.hdkct.soThangTimViec", d);
    line("Trợ cấp tìm việc làm", `${formatDecimal(val(job))} × A (A = ${a})`, [val(job), A.amount], [...lead, job, ...A.params]);
  }

  // ── Cán bộ, công chức: NĐ 178/2024 as amended by NĐ 67/2025 ───────────────────────────────────

  function canBoCongChuc(row: LeaverRow, res: LeaverResult, line: LineFn): void {
    const d = row.ngayNghi;
    if (row.hinhThuc === null) throw new LeaverProblem("THIEU_HINH_THUC", `chưa ghi hình thức nghỉ; cần "Thôi việc" hoặc "Nghỉ hưu trước tuổi" ở cột "${COL.hinhThuc}".`, COL.hinhThuc);
    const mainKey = row.hinhThuc === "thoiViec" ? "troCap.nd178.thoiViec.tyLeDau" : "troCap.nd178.huuTri.tyLeMuc1";
    const main = peek(mainKey, d);
    if (!main) return noRegime(row);
    const amended = peek("troCap.nd178.huuTri.bienThe.soNamBhxhDau", d);
    res.regime = `${citationOf(main)}${amended ? ` (sửa đổi, bổ sung bởi ${amended.source.document})` : ""}`;
    const S = baseOf(row, "S");
    setBase(res, S);
    const first = get("troCap.nd178.soThangDau", d);
    const k = row.thangKeTuQuyetDinh;
    if (k === null)
      issue(row, "warning", "GIA_DINH_THANG_DAU",
        `${row.hoTen}: chưa ghi tháng thứ mấy kể từ quyết định sắp xếp; tạm tính như nghỉ trong ${val(first)} tháng đầu (mức cao hơn). Nhập ở cột "${COL.quyetDinh}".`, COL.quyetDinh);
    const early = k === null || k <= num(first);
    const when = early ? `nghỉ trong ${val(first)} tháng đầu` : `nghỉ từ tháng thứ ${num(first) + 1}`;
    const bhxhMonths = need(row.thangDongBhxh, "THIEU_THOI_GIAN_BHXH", COL.bhxh, "thời gian đóng BHXH bắt buộc");
    const y = yearsOf(bhxhMonths, "troCap.nd178", d);
    const s = formatVnd(S.amount);
    const max = get("troCap.nd178.soThangToiDa", d);
    if (row.hinhThuc === "thoiViec") {
      const left = need(row.soThangNghiTruocTuoi, "THIEU_SO_THANG_DEN_TUOI_HUU", COL.truocTuoi, "số tháng tính hưởng trợ cấp thôi việc (số tháng còn lại đến tuổi nghỉ hưu)");
      const months = Math.min(left, num(max));
      const rate = get(early ? "troCap.nd178.thoiViec.tyLeDau" : "troCap.nd178.thoiViec.tyLeSau", d);
      const capped = left > months ? ` (còn ${left} tháng, tối đa ${val(max)})` : "";
      line("Trợ cấp thôi việc", `${formatDecimal(val(rate))} × S × ${months} tháng${capped} — ${when} (S = ${s})`, [val(rate), S.amount, months], [rate, max, first, ...S.params]);
      const perYear = get("troCap.nd178.thoiViec.thangMoiNamBhxh", d);
      line("Trợ cấp theo số năm đóng BHXH", `${formatDecimal(val(perYear))} × S × ${y.text} (S = ${s})`, [val(perYear), S.amount, y.value], [perYear, ...y.params, ...S.params]);
      const job = get("troCap.nd178.thoiViec.soThangTimViec", d);
      line("Trợ cấp tìm việc làm", `${formatDecimal(val(job))} × S (S = ${s})`, [val(job), S.amount], [job, ...S.params]);
      return;
    }
    // Nghỉ hưu trước tuổi
    const earlyMonths = need(row.soThangNghiTruocTuoi, "THIEU_SO_THANG_NGHI_SOM", COL.truocTuoi, "số tháng nghỉ trước tuổi");
    const maxEarly = get("troCap.nd178.huuTri.soThangNghiSomToiDa", d);
    if (earlyMonths < 1 || earlyMonths > num(maxEarly)) {
      issue(row, "warning", "KHONG_THUOC_DIEN_TRO_CAP",
        `${row.hoTen} nghỉ trước tuổi ${earlyMonths} tháng: ngoài khoảng 1–${val(maxEarly)} tháng của chính sách nghỉ hưu trước tuổi (${citationOf(maxEarly)}); không tính.`, COL.truocTuoi);
      return;
    }
    const band1 = get("troCap.nd178.huuTri.nguongThangNghiSom", d);
    const inBand1 = earlyMonths <= num(band1);
    const rate = get(inBand1 ? "troCap.nd178.huuTri.tyLeMuc1" : "troCap.nd178.huuTri.tyLeMuc2", d);
    const months = inBand1 ? earlyMonths : num(max);
    const half = early ? undefined : get("troCap.nd178.huuTri.heSoSauThangDau", d);
    line("Trợ cấp hưu trí một lần cho số tháng nghỉ sớm",
      `${formatDecimal(val(rate))} × S × ${months} tháng${inBand1 ? " nghỉ sớm" : ` (nghỉ sớm ${earlyMonths} tháng, trên ${val(band1)} tháng)`}${half ? ` × ${formatDecimal(val(half))}` : ""} — ${when} (S = ${s})`,
      [val(rate), S.amount, months, half ? val(half) : 1], [rate, band1, ...(inBand1 ? [] : [max]), first, ...(half ? [half] : []), ...S.params]);
    const fullYears = Math.floor(earlyMonths / 12);
    const minForYears = inBand1 ? get("troCap.nd178.huuTri.nguongThangTroCapNam", d) : undefined;
    if (fullYears > 0 && (!minForYears || earlyMonths >= num(minForYears))) {
      const perYear = get(inBand1 ? "troCap.nd178.huuTri.thangMoiNamSomMuc1" : "troCap.nd178.huuTri.thangMoiNamSomMuc2", d);
      line("Trợ cấp cho số năm nghỉ sớm", `${formatDecimal(val(perYear))} × S × ${fullYears} năm (S = ${s})`, [val(perYear), S.amount, fullYears],
        [perYear, ...(minForYears ? [minForYears] : []), ...S.params]);
    }
    // BHXH years: a lump for the first years, then a part-month per further year
    let firstYears = get("troCap.nd178.huuTri.soNamBhxhDau", d);
    let lump: Resolved;
    let per: Resolved;
    if (y.value.gte(val(firstYears))) {
      lump = get("troCap.nd178.huuTri.thangChoNamBhxhDau", d);
      per = get("troCap.nd178.huuTri.thangMoiNamBhxhSau", d);
    } else {
      const variant = peek("troCap.nd178.huuTri.bienThe.soNamBhxhDau", d);
      if (!variant || y.value.lt(val(variant))) {
        issue(row, "warning", "CHUA_DU_NAM_BHXH",
          `${row.hoTen}: ${y.text} đóng BHXH, dưới ${val(variant ?? firstYears)} năm: không tính trợ cấp theo thời gian đóng BHXH của chính sách nghỉ hưu trước tuổi (${citationOf(use(variant ?? firstYears))}).`, COL.bhxh);
        return;
      }
      firstYears = use(variant);
      lump = get("troCap.nd178.huuTri.bienThe.thangChoNamBhxhDau", d);
      per = get("troCap.nd178.huuTri.bienThe.thangMoiNamBhxhSau", d);
    }
    const extra = y.value.minus(val(firstYears));
    const months2 = dec(val(lump)).plus(extra.times(val(per)));
    line("Trợ cấp theo thời gian đóng BHXH",
      `(${formatDecimal(val(lump))} + ${formatDecimal(val(per))} × (${formatDecimal(y.value.toString())} − ${val(firstYears)})) × S — ${y.text} đóng BHXH (S = ${s})`,
      [months2, S.amount], [lump, firstYears, per, ...y.params, ...S.params]);
  }

  // ── Former security forces: the pack's one-off amount, or the amount typed per person ─────────

  function security(row: LeaverRow, res: LeaverResult, line: LineFn): void {
    const key = `troCap.motLan.${row.doiTuong}`;
    const e = params.entryAt(key, row.ngayNghi);
    if (!e) return noRegime(row);
    res.regime = citationOf(e as Resolved);
    if (row.troCapMotLan !== null) {
      line("Trợ cấp một lần", `${formatVnd(row.troCapMotLan)} (số tiền nhập theo người ở sheet NghiViec)`, [row.troCapMotLan], [],
        `${citationOf(e as Resolved)} (số tiền nhập theo người)`);
      return;
    }
    if (e.value === null)
      throw new LeaverProblem("THIEU_MUC_TRO_CAP_MOT_LAN",
        `chưa có mức trợ cấp một lần cho ${DOI_TUONG_LABELS[row.doiTuong]} (${citationOf(e as Resolved)}) tại ngày ${formatVnDate(row.ngayNghi)}. ${e.note ?? ""}`.trim(), COL.motLan);
    const r = use(e as Resolved);
    line("Trợ cấp một lần", `${formatVnd(val(r))} đồng/người`, [val(r)], [r]);
  }

  // ── Provincial top-up (e.g. Hải Phòng NQ 07/2024), while the pack says one applies ────────────

  function topUp(row: LeaverRow, line: LineFn): void {
    if (isSecurity(row.doiTuong)) {
      if (row.hoTroTinh !== null) ignoredTopUp(row);
      return;
    }
    const flag = peek("troCap.hoTroTinh.apDung", row.ngayNghi);
    if (!flag || val(flag) !== "1") {
      if (row.hoTroTinh !== null) ignoredTopUp(row, flag);
      return;
    }
    use(flag);
    if (row.hoTroTinh !== null) {
      line("Hỗ trợ thêm của tỉnh, thành phố", `${formatVnd(row.hoTroTinh)} (số tiền nhập theo người ở sheet NghiViec)`, [row.hoTroTinh], [flag]);
      return;
    }
    const amount = tryGet("troCap.hoTroThanhPho", row.ngayNghi);
    if (amount) {
      line("Hỗ trợ thêm của tỉnh, thành phố", `${formatVnd(val(amount))} đồng/người`, [val(amount)], [flag, amount]);
      return;
    }
    issue(row, "warning", "CHUA_CO_HO_TRO_TINH",
      `${row.hoTen}: tại ngày nghỉ ${formatVnDate(row.ngayNghi)} có chính sách hỗ trợ thêm của tỉnh, thành phố (${citationOf(flag)}) nhưng chưa có số tiền; nếu người này thuộc diện hưởng, nhập số tiền ở cột "${COL.hoTroTinh}". ${flag.note ?? ""}`.trim(), COL.hoTroTinh);
  }

  function ignoredTopUp(row: LeaverRow, flag?: Resolved): void {
    issue(row, "warning", "HO_TRO_TINH_KHONG_AP_DUNG",
      `${row.hoTen}: có số tiền hỗ trợ của tỉnh, thành phố ${formatVnd(row.hoTroTinh!)} nhưng tại ngày nghỉ ${formatVnDate(row.ngayNghi)} gói tham số không có chính sách hỗ trợ thêm cho đối tượng này${flag ? ` (${citationOf(use(flag))})` : ""}; không tính.`, COL.hoTroTinh);
  }
}

type LineFn = (label: string, formula: string, factors: Factor[], used: Resolved[], fallback?: string) => void;

/**
 * The refund rule: an HĐKCT leaver (same name and commune) who holds a post in DanhSach starting on
 * or after the leaving date and before the end of the refund window must pay the allowance back.
 */
function refundWarnings(ctx: RunContext, leavers: LeaverRow[], peek: (k: string, d: IsoDate) => Resolved | undefined, use: (r: Resolved) => Resolved): void {
  if (!leavers.length || !ctx.rows.length) return;
  const byPerson = new Map<string, number[]>();
  ctx.rows.forEach((r, i) => {
    const k = `${normalizeName(r.hoTen)}|${normalizeName(r.donVi)}`;
    const l = byPerson.get(k);
    if (l) l.push(i);
    else byPerson.set(k, [i]);
  });
  const yearStart = iso(ctx.year, 1, 1);
  for (const lv of leavers) {
    if (!isHdkct(lv.doiTuong)) continue;
    const posts = byPerson.get(`${normalizeName(lv.hoTen)}|${normalizeName(lv.donVi)}`);
    if (!posts) continue;
    const rules = REFUND_KEYS.map((k) => peek(k, lv.ngayNghi)).filter((r): r is Resolved => r !== undefined);
    if (!rules.length) continue;
    const window = Math.max(...rules.map(num));
    const end = addMonths(lv.ngayNghi, window);
    for (const i of posts) {
      const post = ctx.rows[i];
      const start = post.tuNgay ?? yearStart;
      if (start < lv.ngayNghi || start >= end) continue;
      rules.forEach(use);
      const from = post.tuNgay ? `từ ${formatVnDate(post.tuNgay)}` : `trong năm ${ctx.year} (cột Từ ngày để trống)`;
      ctx.issues.push({
        severity: "warning",
        code: "HOAN_TRA_TRO_CAP",
        message: `${lv.hoTen} (${lv.donVi}) nghỉ ngày ${formatVnDate(lv.ngayNghi)} và hưởng trợ cấp (sheet ${lv.loc.sheet}, dòng ${lv.loc.row}), lại giữ chức danh "${post.chucDanh}" ${from} (sheet ${post.loc.sheet}, dòng ${post.loc.row}), trong vòng ${window} tháng kể từ khi nghỉ: phải hoàn trả trợ cấp đã nhận (${rules.map(citationOf).join("; ")}).`,
        sheet: lv.loc.sheet,
        row: lv.loc.row,
        column: COL.hoTen,
      });
    }
  }
}
