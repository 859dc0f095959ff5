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
import type { MonthContext } from "../month";
import type { RosterRow } from "../types";
import { personKey } from "./postLines";

export type TransferKind = "bhxhTuNguyen" | "bhyt";

/**
 * One row of the quarterly transfer table, per commune (the body that transfers to the BHXH fund),
 * quarter and kind. `thon` is always null: villages do not transfer.
 */
export interface TransferRow {
  donVi: string;
  thon: null;
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
  /** Last person counted: a person's quarters are flushed together, so repeats are adjacent … */
  lastPid: number;
  /** … except for people with several rows: those are checked in a shared set. */
  row: TransferRow;
}

/** Months in a year as a bit mask (bit m−1 set when month m counts). */
function monthsMask(months: number[]): number {
  let mask = 0;
  for (const m of months) mask |= 1 << (m - 1);
  return mask;
}

const pct = (x: string) => `${formatDecimal(new D(x).times(100).toString())}%`;

interface Pay {
  amount: number;
  explain: number;
  basis: number;
}

/** One month of voluntary BHXH for one kind of participant: memoised, rows share it. */
interface VolMonth {
  due: number;
  central: Pay | null;
  provincial: Pay | null;
}

/** One month of BHYT support for one group. */
interface BhytMonth {
  due: number;
  support: Pay;
}

export function supportLines(ctx: RunContext): { transfers: TransferRow[]; persons: () => PersonSupport[] } {
  const KINDS: TransferKind[] = ["bhxhTuNguyen", "bhyt"];
  /** Transfer rows by unit × 8 + (quarter − 1) × 2 + kind: numeric keys keep the hot path cheap. */
  const acc: (Acc | undefined)[] = [];
  /** Person keys → small ids, so the per-quarter person sets hold numbers. */
  const personIds = new Map<string, number>();
  /** Per person (by key) the support per quarter and kind: [q0 bhxh, q0 bhyt, q1 bhxh, …]. */
  const perPerson = new Map<string, { i: number; amounts: Float64Array }>();
  const plans = new Map<string, Plan>();
  const missingBhyt = new Set<string>();
  const volMemo = ctx.months.map(() => new Map<string, VolMonth>());
  const bhytMemo = ctx.months.map(() => new Map<string, BhytMonth | null>());
  const take = (u: number, q: number, kind: number): Acc => {
    const commune = communeOf(u);
    const k = (commune * 4 + q - 1) * 2 + kind;
    let a = acc[k];
    if (!a) {
      a = { lastPid: -1, row: { donVi: ctx.units.list[u].donVi, thon: null, quarter: q, kind: KINDS[kind], soNguoi: 0, soThang: 0, soTienDong: 0, nguoiThamGiaDong: 0, hoTroChung: 0, hoTroTinh: 0, soTienChuyen: 0 } };
      acc[k] = a;
    }
    return a;
  };
  /** Commune id of a unit (villages roll up into their commune). */
  const communeIds = new Int32Array(ctx.units.list.length).fill(-1);
  const communeOf = (u: number): number => {
    if (communeIds[u] < 0) communeIds[u] = ctx.units.id(ctx.units.list[u].donVi, null);
    return communeIds[u];
  };
  /** Persons with more than one support row, and the transfer rows they were counted in. */
  const rowsOfPerson = new Map<string, number>();
  const counted = new Set<string>();
  /** Adds one person's quarters of one kind to the transfer table and the per-person amounts. */
  const flush = (i: number, who: string, unit: number, kind: number, t: Float64Array) => {
    let pid = personIds.get(who);
    if (pid === undefined) personIds.set(who, (pid = personIds.size));
    let p: { i: number; amounts: Float64Array } | undefined;
    for (let q = 1; q <= 4; q++) {
      const o = (q - 1) * 4;
      const months = t[o];
      if (!months) continue;
      const [due, central, provincial] = [t[o + 1], t[o + 2], t[o + 3]];
      const a = take(unit, q, kind);
      if (a.lastPid !== pid) {
        if ((rowsOfPerson.get(who) ?? 0) <= 1) a.row.soNguoi++;
        else {
          const key = `${pid}|${a.row.donVi}|${q}|${kind}`;
          if (!counted.has(key)) {
            counted.add(key);
            a.row.soNguoi++;
          }
        }
        a.lastPid = pid;
      }
      a.row.soThang += months;
      a.row.soTienDong += due;
      a.row.hoTroChung += central;
      a.row.hoTroTinh += provincial;
      a.row.soTienChuyen += central + provincial;
      a.row.nguoiThamGiaDong += due - central - provincial;
      if (!p) {
        p = perPerson.get(who);
        if (!p) perPerson.set(who, (p = { i, amounts: new Float64Array(4 * 2) }));
      }
      p.amounts[(q - 1) * 2 + kind] += central + provincial;
    }
  };
  /** Per quarter: months, due, central, provincial (one buffer, cleared per use). */
  const buffer = new Float64Array(16);
  const quarters = () => buffer.fill(0);

  // Groups with some support this year (a dated flag or share in force in any month).
  const groupSupported = new Map<string, boolean>();
  const supported = (group: string): boolean => {
    let g = groupSupported.get(group);
    if (g === undefined) {
      g = ctx.months.some((mc) => mc.flag(`hoTroBhxhTuNguyen.apDung.${group}`) || ctx.pack.params.entryAt(`hoTroBhyt.${group}.tyLe`, mc.date) !== undefined);
      groupSupported.set(group, g);
    }
    return g;
  };
  const eligible: number[] = [];
  const whoOf: string[] = [];
  for (let i = 0; i < ctx.rows.length; i++) {
    const row = ctx.rows[i];
    const group = ctx.posts[i].insurance;
    if (row.kiemNhiem || group === "khong" || !(row.bhxh === "tuNguyen" || supported(group))) continue;
    const who = personKey(row);
    eligible.push(i);
    whoOf.push(who);
    rowsOfPerson.set(who, (rowsOfPerson.get(who) ?? 0) + 1);
  }
  for (let e = 0; e < eligible.length; e++) {
    const i = eligible[e];
    const row = ctx.rows[i];
    const group = ctx.posts[i].insurance;
    const months: number[] = [];
    for (let m = 1; m <= 12; m++) if (ctx.days[i * 12 + m - 1] > 0) months.push(m);
    if (!months.length) continue;
    const unit = ctx.subjects[i].unit;
    const who = whoOf[e];
    const vq = quarters();
    if (voluntaryBhxh(i, row, group, months, vq)) flush(i, who, unit, 0, vq);
    const hq = quarters();
    if (bhytSupport(i, row, group, months, hq)) flush(i, who, unit, 1, hq);
  }
  const accs = acc.filter((a): a is Acc => a !== undefined);
  for (const key of missingBhyt)
    ctx.issues.push({ severity: "warning", code: "CHUA_CO_TY_LE_HO_TRO_BHYT", message: `Chưa có tỷ lệ hỗ trợ BHYT (${key}) cho một số tháng: chưa tính hỗ trợ BHYT những tháng đó. Nhập tỷ lệ theo nghị quyết của tỉnh ở sheet ThamSo, hoặc ghi BHYT = Không nếu đã có thẻ.` });
  // The per-person list is only needed to reconcile with the BHXH agency: built on demand.
  let persons: PersonSupport[] | undefined;
  const personList = () => {
    if (persons) return persons;
    persons = [];
    for (const { i, amounts } of perPerson.values()) {
      const row = ctx.rows[i];
      amounts.forEach((amount, k) => {
        if (amount) persons!.push({ hoTen: row.hoTen, maSoBhxh: row.maSoBhxh ?? null, donVi: row.donVi, thon: row.thon, quarter: Math.floor(k / 2) + 1, kind: KINDS[k % 2], amount, loc: row.loc });
      });
    }
    return persons;
  };
  return { transfers: accs.map((a) => a.row), persons: personList };

  function volMonth(mc: MonthContext, group: string, nhom: string, income: number, supported: boolean, text: string): VolMonth {
    const key = `${group}|${nhom}|${income}|${supported ? 1 : 0}|${text}`;
    const memo = volMemo[mc.month - 1];
    const hit = memo.get(key);
    if (hit) return hit;
    const rate = mc.get("bhxhTuNguyen.tyLe");
    const floor = mc.get("chuanNgheoNongThon");
    const share = mc.get(`bhxhTuNguyen.hoTro.${nhom}`);
    const topUp = mc.tryGet(`hoTroBhxhTuNguyen.${group}.tyLeTinhThem`);
    if (topUp) mc.use(topUp);
    const r = rate.value as string;
    const f = floor.value as string;
    const pay = (x: typeof share, label: string): Pay | null => {
      const amount = roundDong(new D(x.value as string).times(r).times(f));
      if (!supported || !amount) return null;
      return { amount, explain: ctx.ledger.text(`${pct(x.value as string)}${label} × ${pct(r)} × ${formatVnd(f)}${text}`), basis: ctx.ledger.basisOf([x, rate, floor], "") };
    };
    const v: VolMonth = { due: roundDong(new D(r).times(income)), central: pay(share, ""), provincial: topUp ? pay(topUp, " (tỉnh hỗ trợ thêm)") : null };
    memo.set(key, v);
    return v;
  }

  /** A participant's year: the same for every row with the same group, group share, income, mode and months. */
  interface Plan {
    lines: { month: number; pay: Pay }[];
    byQ: Float64Array;
    belowFloor: number | null;
  }

  function planYear(group: string, nhom: string, chosen: number | null, mode: number, months: number[], left: number): Plan {
    const byQ = new Float64Array(16);
    const lines: Plan["lines"] = [];
    const anchor = months[0];
    let belowFloor: number | null = null;
    for (const m of months) {
      const mc = ctx.months[m - 1];
      const payMonth = anchor + Math.floor((m - anchor) / mode) * mode;
      const floor = Number(mc.get("chuanNgheoNongThon").value);
      let income = chosen ?? floor;
      if (income < floor) {
        belowFloor ??= floor;
        income = floor;
      }
      const text = mode > 1 ? ` — tháng ${m}, đóng ${mode} tháng, chuyển tháng ${payMonth}` : ` — tháng ${m}`;
      const v = volMonth(mc, group, nhom, income, left > 0, text);
      left--;
      if (v.central) lines.push({ month: payMonth, pay: v.central });
      if (v.provincial) lines.push({ month: payMonth, pay: v.provincial });
      const o = (quarterOf(payMonth) - 1) * 4;
      byQ[o]++;
      byQ[o + 1] += v.due;
      byQ[o + 2] += v.central?.amount ?? 0;
      byQ[o + 3] += v.provincial?.amount ?? 0;
    }
    return { lines, byQ, belowFloor };
  }

  function voluntaryBhxh(i: number, row: RosterRow, group: string, months: number[], byQ: Float64Array): boolean {
    if (row.bhxh === "batBuoc" || row.bhxh === "khong") return false;
    if (row.bhxh === null && !ctx.months[months[0] - 1].flag(`hoTroBhxhTuNguyen.apDung.${group}`)) return false;
    const mode = row.phuongThucDong ?? 1;
    const nhom = row.nhomHoTro ?? "khac";
    const capR = ctx.months[months[0] - 1].get("bhxhTuNguyen.soThangHoTroToiDa");
    const left = Number(capR.value) - (row.soThangDaHoTro ?? 0);
    if (left <= 0) ctx.issues.push({ severity: "warning", code: "HET_THANG_HO_TRO", message: `${row.hoTen}: đã đủ ${capR.value} tháng được hỗ trợ đóng BHXH tự nguyện, không tính hỗ trợ tiếp.`, sheet: row.loc.sheet, row: row.loc.row });
    const key = `${group}|${nhom}|${row.thuNhapBhxhTn}|${mode}|${monthsMask(months)}|${Math.min(Math.max(left, 0), months.length)}`;
    let plan = plans.get(key);
    if (!plan) plans.set(key, (plan = planYear(group, nhom, row.thuNhapBhxhTn, mode, months, left)));
    if (plan.belowFloor !== null)
      ctx.issues.push({ severity: "warning", code: "THU_NHAP_DUOI_SAN", message: `${row.hoTen}: thu nhập đóng BHXH tự nguyện ${formatVnd(row.thuNhapBhxhTn!)} thấp hơn chuẩn nghèo nông thôn ${formatVnd(plan.belowFloor)}; tính theo mức tối thiểu.`, sheet: row.loc.sheet, row: row.loc.row, column: "Thu nhập đóng BHXH TN" });
    for (const l of plan.lines) ctx.ledger.push(i, l.month, COMPONENT_INDEX.hoTroBhxhTuNguyen, l.pay.amount, l.pay.explain, l.pay.basis);
    byQ.set(plan.byQ);
    return true;
  }

  function bhytMonth(mc: MonthContext, group: string): BhytMonth | null {
    const memo = bhytMemo[mc.month - 1];
    if (memo.has(group)) return memo.get(group)!;
    let r: BhytMonth | null = null;
    const key = `hoTroBhyt.${group}.tyLe`;
    const share = mc.flag(`bhyt.batBuoc.apDung.${group}`) ? undefined : mc.tryGet(key);
    if (share) {
      mc.use(share);
      const rate = mc.get("bhyt.hoGiaDinh.tyLe");
      const lcs = mc.get("luongCoSo");
      const [s, ra, l] = [share.value as string, rate.value as string, lcs.value as string];
      r = {
        due: roundDong(new D(ra).times(l)),
        support: {
          amount: roundDong(new D(s).times(ra).times(l)),
          explain: ctx.ledger.text(`${pct(s)} × ${pct(ra)} × ${formatVnd(l)} — tháng ${mc.month}`),
          basis: ctx.ledger.basisOf([share, rate, lcs], ""),
        },
      };
    } else if (!mc.flag(`bhyt.batBuoc.apDung.${group}`) && ctx.pack.params.entryAt(key, mc.date)) {
      // a slot that exists but is empty is law not yet entered: say so rather than pay 0 silently
      missingBhyt.add(key);
    }
    memo.set(group, r);
    return r;
  }

  function bhytSupport(i: number, row: RosterRow, group: string, months: number[], byQ: Float64Array): boolean {
    if (row.bhyt === false) return false;
    let any = false;
    for (const m of months) {
      const b = bhytMonth(ctx.months[m - 1], group);
      if (!b) continue;
      ctx.ledger.push(i, m, COMPONENT_INDEX.hoTroBhyt, b.support.amount, b.support.explain, b.support.basis);
      const o = (quarterOf(m) - 1) * 4;
      byQ[o]++;
      byQ[o + 1] += b.due;
      byQ[o + 3] += b.support.amount;
      any = true;
    }
    return any;
  }
}
