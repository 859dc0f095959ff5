/**
 * Theo đơn vị: per commune (a subtotal row), then the commune's own level and each village, every
 * component in its own column so each row adds up to its total; a grand total over the communes.
 */
import { emptyTotals, addTotals, type Summary, type Totals } from "../../engine/aggregate";
import { COMPONENT_LABELS, COMPONENTS } from "../../engine/ledger";
import type { ReportContext, ReportInput } from "../context";
import type { ReportRow, ReportSheet } from "../model";
import { tableCell } from "../styles";
import { tableSheet, type ColumnSpec, type Table } from "../table";

const FIRST = 2;
const TOTAL = FIRST + COMPONENTS.length;
const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 6 },
  { header: "Đơn vị", kind: "text", width: 26 },
  ...COMPONENTS.map((c): ColumnSpec => ({ header: COMPONENT_LABELS[c], kind: "money", width: 14, group: "Chia theo khoản chi" })),
  { header: "Tổng cộng", kind: "money", width: 16, num: `${COMPONENTS.length + 1} = 1+…+${COMPONENTS.length}` },
];

type Unit = Summary["byUnit"][number];

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
function roman(n: number): string {
  if (n <= ROMAN.length) return ROMAN[n - 1];
  return String(n);
}

/** Communes in order, each with its units (summarize sorts by commune, then village, commune row first). */
function byCommune(units: Unit[]): { donVi: string; units: Unit[] }[] {
  const groups: { donVi: string; units: Unit[] }[] = [];
  for (const u of units) {
    const g = groups[groups.length - 1];
    if (g && g.donVi.normalize("NFC").toLowerCase() === u.donVi.normalize("NFC").toLowerCase()) g.units.push(u);
    else groups.push({ donVi: u.donVi, units: [u] });
  }
  return groups;
}

function amounts(t: Totals): number[] {
  return COMPONENTS.map((c) => t[c]);
}

/** A subtotal (or total) row over rows r1…r2: SUBTOTAL(9) per column, so nested subtotals are skipped. */
function subtotalRow(t: Table, label: (string | number | null)[], r1: number, r2: number, tot: Totals, role: "subtotal" | "total"): ReportRow {
  const cells = COMPONENTS.map((c, i) => t.subtotal(FIRST + i, r1, r2, tot[c]));
  // the group number is a roman numeral: a text cell
  const styles = [tableCell("center", role, t.size), ...t.styles(role).slice(1)];
  return t.row([...label, ...cells, t.subtotal(TOTAL, r1, r2, tot.tong)], role, { styles });
}

export function donViSheet(input: ReportInput, ctx: ReportContext): ReportSheet {
  const s = input.summary;
  return tableSheet(
    {
      name: `DonVi_${ctx.year}`,
      title: `DỰ TOÁN KINH PHÍ THEO ĐƠN VỊ NĂM ${ctx.year}`,
      subtitles: [`(${ctx.rulesInWords})`],
      columns: COLUMNS,
      amounts: true,
      size: 10,
      freezeCols: 2,
      body: function* (t) {
        const first = t.firstRow;
        let r = first;
        const grand = emptyTotals();
        const groups = byCommune(s.byUnit);
        for (let g = 0; g < groups.length; g++) {
          const { donVi, units } = groups[g];
          const tot = units.reduce((a, u) => addTotals(a, u.totals), emptyTotals());
          addTotals(grand, tot);
          yield subtotalRow(t, [roman(g + 1), donVi], r + 1, r + units.length, tot, "subtotal");
          r++;
          for (let i = 0; i < units.length; i++, r++) {
            const u = units[i];
            yield t.row([i + 1, u.thon ?? "Cấp xã", ...amounts(u.totals), t.rowSum(FIRST, FIRST + COMPONENTS.length - 1, r, u.totals.tong)]);
          }
        }
        yield subtotalRow(t, [null, "TỔNG CỘNG"], first, Math.max(first, r - 1), grand, "total");
        return { words: grand.tong };
      },
    },
    ctx,
  );
}
