/**
 * State support for voluntary BHXH and for BHYT cards (e.g. Tổ bảo vệ ANTT members, Luật lực lượng
 * bảo vệ ANTT ở cơ sở 2023 Đ.23; NQ 456/2024 Hưng Yên), and the quarterly transfer to the BHXH fund.
 *
 * Voluntary BHXH, per month of participation: contribution = rate × chosen income (not below the
 * rural poverty line); support = group share × rate × poverty line (NĐ 159/2025; NĐ 134/2015 before),
 * plus any provincial top-up, for at most the pack's number of months; none when compulsory BHXH
 * covers the person. The payment mode (1, 3, 6, 12 months) decides the month the money moves: lines
 * are dated at the payment month, so quarters shift and the year total does not.
 * BHYT: support share × the household-BHYT contribution of the first person (4.5% × LCS).
 * A month counts when the person is in post on any of its days (contributions are per whole month).
 */
import type { RunContext } from "../estimate";
import { quarterOf } from "../calendar";
import { COMPONENT_INDEX } from "../ledger";
import { D, formatDecimal, formatVnd, roundDong } from "../money";
import type { Resolved } from "../params";
import type { RosterRow } from "../types";
import { personKey } from "./postLines";

export type TransferKind = "bhxhTuNguyen" | "bhyt";

/** One row of the quarterly transfer table (per unit, quarter and kind). */
export interface TransferRow {
  donVi: string;
  thon: string | null;
  quarter: number;
  kind: TransferKind;
  /** Participants and participant-months. */
  soNguoi: number;
  soThang: number;
  /** Contribution due at the set rate. */
  soTienDong: number;
  /** Paid by the participants themselves. */
  nguoiThamGiaDong: number;
  /** Support under the general (central) rules. */
  hoTroChung: number;
  /** Provincial top-up. */
  hoTroTinh: number;
  /** To transfer to the BHXH fund this quarter = hoTroChung + hoTroTinh. */
  soTienChuyen: number;
}

/** Support of one person in one quarter, for reconciliation with the BHXH agency. */
export interface PersonSupport {
  hoTen: string;
  maSoBhxh: string | null;
  donVi: string;
  thon: string | null;
  quarter: number;
  kind: TransferKind;
  amount: number;
  loc: RosterRow["loc"];
}

interface Acc {
  persons: Set<string>;
  row: TransferRow;
}

const pct = (x: string) => `${formatDecimal(new D(x).times(100).toString())}%`;

export function supportLines(ctx: RunContext): { transfers: TransferRow[]; persons: PersonSupport[] } {
  const acc = new Map<string, Acc>();
  const persons = new Map<string, PersonSupport>();
  const reported = new Set<string>();
  const missingBhyt = new Set<string>();
  const take = (u: number, q: number, kind: TransferKind): Acc => {
    const k = `${u}|${q}|${kind}`;
    let a = acc.get(k);
    if (!a) {
      const unit = ctx.units.list[u];
      a = { persons: new Set(), row: { donVi: unit.donVi, thon: unit.thon, quarter: q, kind, soNguoi: 0, soThang: 0, soTienDong: 0, nguoiThamGiaDong: 0, hoTroChung: 0, hoTroTinh: 0, soTienChuyen: 0 } };
      acc.set(k, a);
    }
    return a;
  };
  const person = (i: number, q: number, kind: TransferKind, amount: number) => {
    const row = ctx.rows[i];
    const k = `${personKey(row)}|${q}|${kind}`;
    const p = persons.get(k);
    if (p) p.amount += amount;
    else persons.set(k, { hoTen: row.hoTen, maSoBhxh: row.maSoBhxh ?? null, donVi: row.donVi, thon: row.thon, quarter: q, kind, amount, loc: row.loc });
  };

  for (let i = 0; i < ctx.rows.length; i++) {
    const row = ctx.rows[i];
    const group = ctx.posts[i].insurance;
    if (row.kiemNhiem || group === "khong") continue;
    const months: number[] = [];
    for (let m = 1; m <= 12; m++) if (ctx.days[i * 12 + m - 1] > 0) months.push(m);
    if (!months.length) continue;
    const unit = ctx.subjects[i].unit;
    voluntaryBhxh(ctx, i, row, group, months, unit, take, person, reported);
    bhytSupport(ctx, i, row, group, months, unit, take, person);
  }
  for (const a of acc.values()) a.row.soNguoi = a.persons.size;
  for (const key of missingBhyt)
    ctx.issues.push({ severity: "warning", code: "CHUA_CO_TY_LE_HO_TRO_BHYT", message: `Chưa có tỷ lệ hỗ trợ BHYT (${key}) cho một số tháng: chưa tính hỗ trợ BHYT những tháng đó. Nhập tỷ lệ theo nghị quyết của tỉnh ở sheet ThamSo, hoặc ghi BHYT = Không nếu đã có thẻ.` });
  return { transfers: [...acc.values()].map((a) => a.row), persons: [...persons.values()] };

  function voluntaryBhxh(
    ctx: RunContext, i: number, row: RosterRow, group: string, months: number[], unit: number,
    take: (u: number, q: number, k: TransferKind) => Acc, person: (i: number, q: number, k: TransferKind, a: number) => void, reported: Set<string>,
  ): void {
    if (row.bhxh === "batBuoc" || row.bhxh === "khong") return;
    if (row.bhxh === null && !ctx.months[months[0] - 1].flag(`hoTroBhxhTuNguyen.apDung.${group}`)) return;
    const mode = row.phuongThucDong ?? 1;
    const anchor = months[0];
    const nhom = row.nhomHoTro ?? "khac";
    const capR = ctx.months[anchor - 1].get("bhxhTuNguyen.soThangHoTroToiDa");
    let left = Number(capR.value) - (row.soThangDaHoTro ?? 0);
    for (const m of months) {
      const mc = ctx.months[m - 1];
      const payMonth = anchor + Math.floor((m - anchor) / mode) * mode;
      const rate = mc.get("bhxhTuNguyen.tyLe");
      const floor = mc.get("chuanNgheoNongThon");
      const share = mc.get(`bhxhTuNguyen.hoTro.${nhom}`);
      const topUp = mc.tryGet(`hoTroBhxhTuNguyen.${group}.tyLeTinhThem`);
      if (topUp) mc.use(topUp);
      let income = row.thuNhapBhxhTn ?? Number(floor.value);
      if (income < Number(floor.value)) {
        const k = `${row.loc.row}|floor`;
        if (!reported.has(k)) {
          reported.add(k);
          ctx.issues.push({ severity: "warning", code: "THU_NHAP_DUOI_SAN", message: `${row.hoTen}: thu nhập đóng BHXH tự nguyện ${formatVnd(income)} thấp hơn chuẩn nghèo nông thôn ${formatVnd(floor.value as string)}; tính theo mức tối thiểu.`, sheet: row.loc.sheet, row: row.loc.row, column: "Thu nhập đóng BHXH TN" });
        }
        income = Number(floor.value);
      }
      const due = roundDong(new D(rate.value as string).times(income));
      const supported = left > 0;
      left--;
      const central = supported ? roundDong(new D(share.value as string).times(rate.value as string).times(floor.value as string)) : 0;
      const provincial = supported && topUp ? roundDong(new D(topUp.value as string).times(rate.value as string).times(floor.value as string)) : 0;
      const when = mode > 1 ? ` — tháng ${m}, đóng ${mode} tháng, chuyển tháng ${payMonth}` : ` — tháng ${m}`;
      if (central) push(ctx, i, payMonth, "hoTroBhxhTuNguyen", central, `${pct(share.value as string)} × ${pct(rate.value as string)} × ${formatVnd(floor.value as string)}${when}`, [share, rate, floor]);
      if (provincial) push(ctx, i, payMonth, "hoTroBhxhTuNguyen", provincial, `${pct(topUp!.value as string)} (tỉnh hỗ trợ thêm) × ${pct(rate.value as string)} × ${formatVnd(floor.value as string)}${when}`, [topUp!, rate, floor]);
      if (!supported && m === months[0]) ctx.issues.push({ severity: "warning", code: "HET_THANG_HO_TRO", message: `${row.hoTen}: đã đủ ${capR.value} tháng được hỗ trợ đóng BHXH tự nguyện, không tính hỗ trợ tiếp.`, sheet: row.loc.sheet, row: row.loc.row });
      const q = quarterOf(payMonth);
      const a = take(unit, q, "bhxhTuNguyen");
      a.persons.add(personKey(row));
      a.row.soThang++;
      a.row.soTienDong += due;
      a.row.hoTroChung += central;
      a.row.hoTroTinh += provincial;
      a.row.soTienChuyen += central + provincial;
      a.row.nguoiThamGiaDong += due - central - provincial;
      person(i, q, "bhxhTuNguyen", central + provincial);
    }
  }

  function bhytSupport(
    ctx: RunContext, i: number, row: RosterRow, group: string, months: number[], unit: number,
    take: (u: number, q: number, k: TransferKind) => Acc, person: (i: number, q: number, k: TransferKind, a: number) => void,
  ): void {
    if (row.bhyt === false) return;
    for (const m of months) {
      const mc = ctx.months[m - 1];
      if (mc.flag(`bhyt.batBuoc.apDung.${group}`)) continue;
      const key = `hoTroBhyt.${group}.tyLe`;
      const share = mc.tryGet(key);
      if (!share) {
        // a slot that exists but is empty is law not yet entered: say so rather than pay 0 silently
        if (ctx.pack.params.entryAt(key, mc.date)) missingBhyt.add(key);
        continue;
      }
      mc.use(share);
      const rate = mc.get("bhyt.hoGiaDinh.tyLe");
      const lcs = mc.get("luongCoSo");
      const due = roundDong(new D(rate.value as string).times(lcs.value as string));
      const support = roundDong(new D(share.value as string).times(rate.value as string).times(lcs.value as string));
      push(ctx, i, m, "hoTroBhyt", support, `${pct(share.value as string)} × ${pct(rate.value as string)} × ${formatVnd(lcs.value as string)} — tháng ${m}`, [share, rate, lcs]);
      const q = quarterOf(m);
      const a = take(unit, q, "bhyt");
      a.persons.add(personKey(row));
      a.row.soThang++;
      a.row.soTienDong += due;
      a.row.hoTroTinh += support;
      a.row.soTienChuyen += support;
      a.row.nguoiThamGiaDong += due - support;
      person(i, q, "bhyt", support);
    }
  }
}

function push(ctx: RunContext, i: number, month: number, comp: "hoTroBhxhTuNguyen" | "hoTroBhyt", amount: number, text: string, params: Resolved[]): void {
  ctx.ledger.push(i, month, COMPONENT_INDEX[comp], amount, ctx.ledger.text(text), ctx.ledger.basisOf(params, ""));
}
