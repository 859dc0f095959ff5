/**
 * The per-person list of state support for voluntary BHXH and BHYT (the list a commune sends the
 * BHXH agency with each quarter's transfer): one row per person and kind with the amount of each
 * quarter, the months supported, the person's support group and the group of the post.
 */
import type { ReportInput } from "./context";
import type { Location, NhomHoTro } from "../engine/types";

export interface SupportRow {
  hoTen: string;
  maSoBhxh: string | null;
  donVi: string;
  thon: string | null;
  loc: Location;
  kind: "bhxhTuNguyen" | "bhyt";
  nhomHoTro: NhomHoTro | null;
  /** Insurance group of the post (toBaoVe, hoTroThon, …). */
  group: string;
  /** Months supported in the year (by the month the money moves). */
  soThang: number;
  quarters: [number, number, number, number];
  total: number;
}

const collator = new Intl.Collator("vi", { numeric: true });

export function supportRows(input: ReportInput): SupportRow[] {
  const byKey = new Map<string, SupportRow>();
  for (const p of input.result.supportByPerson()) {
    const key = `${p.loc.sheet}|${p.loc.row}|${p.kind}`;
    let s = byKey.get(key);
    if (!s) {
      s = { hoTen: p.hoTen, maSoBhxh: p.maSoBhxh, donVi: p.donVi, thon: p.thon, loc: p.loc, kind: p.kind, nhomHoTro: p.nhomHoTro, group: p.group, soThang: 0, quarters: [0, 0, 0, 0], total: 0 };
      byKey.set(key, s);
    }
    s.quarters[p.quarter - 1] += p.amount;
    s.total += p.amount;
    s.soThang += p.soThang;
  }
  return [...byKey.values()].sort(
    (a, b) =>
      collator.compare(a.donVi, b.donVi) ||
      collator.compare(a.thon ?? "", b.thon ?? "") ||
      a.loc.row - b.loc.row ||
      (a.kind === b.kind ? 0 : a.kind === "bhxhTuNguyen" ? -1 : 1),
  );
}
