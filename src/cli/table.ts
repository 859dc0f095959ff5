/** Plain-text tables for the terminal: left-aligned labels, right-aligned numbers. */
export function table(header: string[], rows: string[][], align: ("l" | "r")[]): string {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? "")].length)));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = " ".repeat(widths[i] - [...c].length);
        return align[i] === "r" ? pad + c : c + pad;
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [fmt(header), rule, ...rows.map(fmt)].join("\n");
}
