/**
 * The per-unit tables of the terminal report. Every row adds up: its component columns sum to its
 * "Tổng" (voluntary-BHXH and BHYT support and one-off payments have columns of their own; a column
 * that is zero on every row is left out, so what is shown still adds up). By default one row per
 * commune; villages ("Xã A/Thôn 1") with --chi-tiet.
 */
import type { Summary, Totals } from "../engine/aggregate";
import { emptyTotals, addTotals } from "../engine/aggregate";
import type { Component } from "../engine/ledger";
import { formatVnd } from "../engine/money";
import { table } from "./table";

/** Columns of the unit table; together they hold every component exactly once (test). */
export const UNIT_COLUMNS: readonly { header: string; parts: readonly Component[] }[] = [
  { header: "Phụ cấp", parts: ["phuCap"] },
  { header: "Kiêm nhiệm", parts: ["phuCapKiemNhiem", "hoTroKiemNhiem"] },
  { header: "Hỗ trợ", parts: ["hoTro"] },
  { header: "BHXH, BHYT", parts: ["bhxh", "bhyt"] },
  { header: "HT BHXH TN", parts: ["hoTroBhxhTuNguyen"] },
  { header: "HT BHYT", parts: ["hoTroBhyt"] },
  { header: "Khoán KP", parts: ["khoanKinhPhi"] },
  { header: "Trợ cấp 1 lần", parts: ["troCapMotLan"] },
];

export interface UnitLine {
  label: string;
  totals: Totals;
  /** A commune's total line when villages follow it. */
  commune: boolean;
}

/** "Xã A/Thôn 1" for a village, "Xã A" for the commune's own posts. */
export function unitLabel(donVi: string, thon: string | null): string {
  return thon ? `${donVi}/${thon}` : donVi;
}

/** Units grouped by commune (in the summary's order); with `detail`, each commune's own and village rows follow it. */
export function unitLines(byUnit: Summary["byUnit"], detail: boolean): UnitLine[] {
  const communes = new Map<string, { totals: Totals; units: Summary["byUnit"] }>();
  for (const u of byUnit) {
    const c = communes.get(u.donVi) ?? { totals: emptyTotals(), units: [] };
    addTotals(c.totals, u.totals);
    c.units.push(u);
    communes.set(u.donVi, c);
  }
  const lines: UnitLine[] = [];
  for (const [donVi, c] of communes) {
    const villages = c.units.some((u) => u.thon);
    lines.push({ label: detail && villages ? `${donVi} (cả xã)` : donVi, totals: c.totals, commune: detail && villages });
    if (detail && villages) for (const u of c.units) lines.push({ label: `  ${unitLabel(u.donVi, u.thon)}${u.thon ? "" : " (cấp xã)"}`, totals: u.totals, commune: false });
  }
  return lines;
}

const sumParts = (t: Totals, parts: readonly Component[]) => parts.reduce((a, c) => a + t[c], 0);

/** The unit table: shown columns, then Tổng; a TỔNG CỘNG row sums the communes. */
export function unitTable(byUnit: Summary["byUnit"], grand: Totals, detail: boolean): string {
  const lines = unitLines(byUnit, detail);
  const cols = UNIT_COLUMNS.filter((col) => lines.some((l) => sumParts(l.totals, col.parts) !== 0));
  const row = (label: string, t: Totals) => [label, ...cols.map((col) => formatVnd(sumParts(t, col.parts))), formatVnd(t.tong)];
  const rows = lines.map((l) => row(l.label, l.totals));
  rows.push(row("TỔNG CỘNG", grand));
  return table(["Đơn vị", ...cols.map((c) => c.header), "Tổng"], rows, ["l", ...cols.map(() => "r" as const), "r"]);
}

/** Funds per commune (default) or per village; chênh lệch = quỹ khoán − chi phí on every row. */
export function fundsTable(funds: Summary["funds"], detail: boolean): { text: string; short: number } {
  const rows: string[][] = [];
  const total = { quyKhoan: 0, chiPhi: 0, chenhLech: 0 };
  const byCommune = new Map<string, typeof total>();
  let short = 0;
  for (const f of funds) {
    if (f.chenhLech < 0) short++;
    const c = byCommune.get(f.donVi) ?? { quyKhoan: 0, chiPhi: 0, chenhLech: 0 };
    for (const k of ["quyKhoan", "chiPhi", "chenhLech"] as const) {
      c[k] += f[k];
      total[k] += f[k];
    }
    byCommune.set(f.donVi, c);
    if (detail) rows.push([unitLabel(f.donVi, f.thon), formatVnd(f.quyKhoan), formatVnd(f.chiPhi), formatVnd(f.chenhLech)]);
  }
  if (!detail) for (const [donVi, c] of byCommune) rows.push([donVi, formatVnd(c.quyKhoan), formatVnd(c.chiPhi), formatVnd(c.chenhLech)]);
  rows.push(["TỔNG CỘNG", formatVnd(total.quyKhoan), formatVnd(total.chiPhi), formatVnd(total.chenhLech)]);
  return { text: table(["Đơn vị", "Quỹ khoán", "Chi phí", "Chênh lệch"], rows, ["l", "r", "r", "r"]), short };
}
