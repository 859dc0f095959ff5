/**
 * The per-person list of state support for voluntary BHXH and BHYT (the list a commune sends the
 * BHXH agency with each quarter's transfer): one row per person and kind with the amount of each
 * quarter, the months supported, the person's support group and the group of the post.
 */
import type { ReportInput } from "./context";
import type { Location, NhomHoTro, RosterRow } from "../engine/types";

export interface SupportRow {
  hoTen: string;
  maSoBhxh: string | null;
  donVi: string;
  thon: string | null;
  loc: Location;
  kind: "bhxhTuNguyen" | "bhyt";
  nhomHoTro: NhomHoTro | null;
  /** Insurance group of the post (toBaoVe, hoTroThon, …). */
  group: string | null;
  /** Months supported in the year; null when the engine does not say. */
  soThang: number | null;
  quarters: [number, number, number, number];
  total: number;
}

/** The engine's per-person item, with the fields it is gaining (soThang, nhomHoTro, group) optional. */
interface PersonItem {
  hoTen: string;
  maSoBhxh: string | null;
  donVi: string;
  thon: string | null;
  quarter: number;
  kind: "bhxhTuNguyen" | "bhyt";
  amount: number;
  loc: Location;
  soThang?: number;
  nhomHoTro?: NhomHoTro | null;
  group?: string;
}

const collator = new Intl.Collator("vi", { numeric: true });

export function supportRows(input: ReportInput): SupportRow[] {
  const { result, pack } = input;
  const rowAt = new Map<string, RosterRow>();
  for (const r of result.rows) rowAt.set(`${r.loc.sheet}|${r.loc.row}`, r);
  const groupOf = new Map((pack.posts ?? []).map((p) => [p.code, p.insurance]));
  const byKey = new Map<string, SupportRow>();
  for (const p of result.supportByPerson() as PersonItem[]) {
    const key = `${p.loc.sheet}|${p.loc.row}|${p.kind}`;
    let s = byKey.get(key);
    if (!s) {
      const row = rowAt.get(`${p.loc.sheet}|${p.loc.row}`);
      s = {
        hoTen: p.hoTen,
        maSoBhxh: p.maSoBhxh,
        donVi: p.donVi,
        thon: p.thon,
        loc: p.loc,
        kind: p.kind,
        nhomHoTro: p.nhomHoTro !== undefined ? p.nhomHoTro : (row?.nhomHoTro ?? null),
        group: p.group ?? (row ? (groupOf.get(row.postCode) ?? null) : null),
        soThang: p.soThang === undefined ? null : 0,
        quarters: [0, 0, 0, 0],
        total: 0,
      };
      byKey.set(key, s);
    }
    s.quarters[p.quarter - 1] += p.amount;
    s.total += p.amount;
    if (p.soThang !== undefined && s.soThang !== null) s.soThang += p.soThang;
  }
  return [...byKey.values()].sort(
    (a, b) =>
      collator.compare(a.donVi, b.donVi) ||
      collator.compare(a.thon ?? "", b.thon ?? "") ||
      a.loc.row - b.loc.row ||
      (a.kind === b.kind ? 0 : a.kind === "bhxhTuNguyen" ? -1 : 1),
  );
}
