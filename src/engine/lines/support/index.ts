/**
 * State support for voluntary BHXH and BHYT (docs/legal/central.md §6, §7) of the roster rows, and
 * the quarterly transfer to the BHXH fund.
 *
 * Participation is never assumed: only a row with BHXH = "Tự nguyện" gets voluntary-BHXH support.
 * A blank BHXH cell on a post whose group is offered voluntary support (e.g. Tổ bảo vệ ANTT) counts
 * as "Không", with one warning listing the rows (docs/engine-rules.md). BHYT support is computed
 * unless the row says BHYT = "Không" (a card elsewhere).
 */
import type { RunContext } from "../../context";
import { COMPONENT_INDEX } from "../../ledger";
import { formatVnd } from "../../money";
import { voluntaryOffered } from "../../rules/voluntary";
import type { InsuranceGroup } from "../../law";
import type { NhomHoTro } from "../../types";
import type { Problems } from "../problems";
import { SupportPlans } from "./plans";
import { Transfers } from "./transfer";
import { TRANSFER_KINDS, type PersonSupport, type SupportPlan, type TransferRow } from "./types";

export type { PersonSupport, TransferKind, TransferRow } from "./types";

export interface SupportOutput {
  transfers: TransferRow[];
  /** Support per person and quarter (built on demand: only reconciliation and reports need it). */
  persons: () => PersonSupport[];
}

/** The supported rows, with their voluntary-BHXH and BHYT plans (null when none), side by side. */
interface Supported {
  rows: number[];
  plans: [(SupportPlan | null)[], (SupportPlan | null)[]];
}

export function supportLines(ctx: RunContext, problems: Problems): SupportOutput {
  const plans = new SupportPlans(ctx, problems);
  const { rows, posts, days } = ctx;
  const supported: Supported = { rows: [], plans: [[], []] };
  const blank: number[] = [];
  const offered = new Map<InsuranceGroup, boolean>();
  const isOffered = (g: InsuranceGroup) => {
    let o = offered.get(g);
    if (o === undefined) offered.set(g, (o = ctx.months.some((mc) => voluntaryOffered(g, mc))));
    return o;
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const group = posts[i].insurance;
    if (row.kiemNhiem || (group === "khong" && row.bhxh !== "tuNguyen") || days.empty(days.ofRow[i])) continue;
    let vol: SupportPlan | null = null;
    // "Tự nguyện" on the row is support by the participant's group (nhóm), whatever the post
    if (row.bhxh === "tuNguyen") vol = voluntary(ctx, plans, i);
    else if (row.bhxh === null && isOffered(group)) blank.push(row.loc.row);
    const bhyt = row.bhyt === false || group === "khong" ? null : plans.bhyt(i, row, group);
    if (!vol?.counts && !bhyt?.counts) continue;
    supported.rows.push(i);
    supported.plans[0].push(vol?.counts ? vol : null);
    supported.plans[1].push(bhyt?.counts ? bhyt : null);
  }
  const rowsOfPerson = new Int32Array(ctx.persons.count + supported.rows.length);
  for (const i of supported.rows) rowsOfPerson[ctx.persons.ofRow(i)]++;
  const transfers = new Transfers(ctx, rowsOfPerson);
  const comps = [COMPONENT_INDEX.hoTroBhxhTuNguyen, COMPONENT_INDEX.hoTroBhyt];
  supported.rows.forEach((i, k) => {
    for (let kind = 0; kind < 2; kind++) {
      const p = supported.plans[kind][k];
      if (!p) continue;
      if (p.plan >= 0) ctx.ledger.add(i, comps[kind], p.plan);
      transfers.add(i, kind, p);
    }
  });
  if (blank.length) warnBlank(ctx, blank);
  let persons: PersonSupport[] | undefined;
  return { transfers: transfers.rows(), persons: () => (persons ??= personSupport(ctx, supported)) };
}

function voluntary(ctx: RunContext, plans: SupportPlans, i: number): SupportPlan {
  const row = ctx.rows[i];
  let first = 1;
  while (ctx.days.of(ctx.days.ofRow[i], first) === 0) first++;
  const left = plans.left(row, first);
  if (left <= 0)
    ctx.issues.push({ severity: "warning", code: "HET_THANG_HO_TRO", sheet: row.loc.sheet, row: row.loc.row,
      message: `${row.hoTen}: đã đủ số tháng được hỗ trợ đóng BHXH tự nguyện (${row.soThangDaHoTro} tháng), không tính hỗ trợ tiếp.` });
  const p = plans.voluntary(i, row, ctx.posts[i].insurance, left);
  if (p.raisedTo !== null)
    ctx.issues.push({ severity: "warning", code: "THU_NHAP_DUOI_SAN", sheet: row.loc.sheet, row: row.loc.row, column: "Thu nhập đóng BHXH TN",
      message: `${row.hoTen}: thu nhập đóng BHXH tự nguyện ${formatVnd(row.thuNhapBhxhTn!)} thấp hơn chuẩn nghèo nông thôn ${formatVnd(p.raisedTo)}; tính theo mức tối thiểu.` });
  return p;
}

function warnBlank(ctx: RunContext, rows: number[]): void {
  const shown = 10;
  const list = rows.length > shown ? `${rows.slice(0, shown).join(", ")} và ${rows.length - shown} dòng khác` : rows.join(", ");
  ctx.issues.push({
    severity: "warning", code: "BHXH_DE_TRONG", sheet: ctx.rows[0].loc.sheet, row: rows[0], column: "BHXH",
    message: `Cột BHXH để trống ở ${rows.length} dòng (dòng ${list}) của chức danh chỉ tham gia BHXH tự nguyện (như Tổ bảo vệ ANTT): ` +
      `tính là Không tham gia, không dự toán hỗ trợ đóng BHXH tự nguyện. Ghi "Tự nguyện" cho người tham gia, "Không" cho người không tham gia.`,
  });
}

/** Support per person (same name, commune and village), quarter and kind. */
function personSupport(ctx: RunContext, supported: Supported): PersonSupport[] {
  const byPerson = new Map<number, { row: number; amount: Float64Array; months: Float64Array; nhom: NhomHoTro | null }>();
  supported.rows.forEach((i, k) => {
    const pid = ctx.persons.ofRow(i);
    let p = byPerson.get(pid);
    if (!p) byPerson.set(pid, (p = { row: i, amount: new Float64Array(4 * 2), months: new Float64Array(4 * 2), nhom: null }));
    for (let kind = 0; kind < 2; kind++) {
      const plan = supported.plans[kind][k];
      if (!plan) continue;
      if (kind === 0) p.nhom ??= ctx.rows[i].nhomHoTro ?? "khac";
      plan.quarters.forEach((q, n) => {
        p!.amount[n * 2 + kind] += q.central + q.provincial;
        p!.months[n * 2 + kind] += q.supported;
      });
    }
  });
  const out: PersonSupport[] = [];
  for (const p of byPerson.values()) {
    const row = ctx.rows[p.row];
    p.amount.forEach((amount, k) => {
      if (!amount) return;
      out.push({
        hoTen: row.hoTen, maSoBhxh: row.maSoBhxh ?? null, donVi: row.donVi, thon: row.thon, quarter: Math.floor(k / 2) + 1, kind: TRANSFER_KINDS[k % 2],
        amount, soThang: p.months[k], nhomHoTro: p.nhom, group: ctx.posts[p.row].insurance, loc: row.loc,
      });
    });
  }
  return out;
}
