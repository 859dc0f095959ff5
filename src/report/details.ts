/**
 * The detail lines of an estimate, walked once: while the Chi tiết sheet goes through every person,
 * the khoán lines are kept aside for the Khoán sheet, which then need not walk 100,000 people again.
 * If the Khoán sheet is rendered first (or alone), it walks the lines itself.
 */
import { detailLines, type DetailLine } from "../engine/detail";
import type { EstimateResult } from "../engine/estimate";

export class Details {
  private khoan: DetailLine[] | null = null;

  constructor(private readonly result: EstimateResult) {}

  *all(): Generator<DetailLine> {
    const kept: DetailLine[] = [];
    for (const l of detailLines(this.result)) {
      if (l.kind === "khoan") kept.push(l);
      yield l;
    }
    this.khoan = kept;
  }

  *khoanLines(): Generator<DetailLine> {
    if (this.khoan) yield* this.khoan;
    else for (const l of detailLines(this.result)) if (l.kind === "khoan") yield l;
  }
}
