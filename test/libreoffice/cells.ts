/** Reading the CSV of a recalculated sheet, and running the CLI in process, for the LibreOffice tests. */
import { run } from "../../src/cli/main";

/** Stdout of a `dutoan` run that must succeed. */
export async function cli(args: string[]): Promise<string> {
  const out: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: () => undefined });
  if (code !== 0) throw new Error(`dutoan ${args.join(" ")}: exit ${code}`);
  return out.join("\n");
}

/** A CSV cell as a number (blank = 0). */
export const num = (s: string | undefined): number => (s === undefined || s === "" ? 0 : Number(s));

/** The first row whose column `col` holds `label`. */
export function row(rows: string[][], label: string, col = 1): string[] {
  const r = rows.find((x) => x[col] === label);
  if (!r) throw new Error(`no row "${label}"`);
  return r;
}

/** Columns from…to−1 of a row as numbers. */
export const nums = (r: string[], from: number, to: number): number[] => r.slice(from, to).map(num);
