/**
 * What a rule returns for one month: the amount in whole đồng, the formula in words and the
 * parameter values it used. The estimate books it as a ledger line; DUTOAN.* add the months up and
 * GIAITHICH prints the same text.
 */
import type { Resolved } from "../law";
import { D, formatDecimal } from "../money";

export interface MonthLine {
  amount: number;
  text: string;
  params: Resolved[];
}

/** A problem with the input a rule reads (a roster cell, a DonVi cell, a function argument). */
export class RuleProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The roster column the officer fixes, when the input is a roster row. */
    readonly column?: string,
  ) {
    super(message);
  }
}

/** "17%", "4,5%". */
export const pct = (x: string): string => `${formatDecimal(new D(x).times(100).toString())}%`;

/** The value of a resolved decimal parameter. */
export const val = (r: Resolved): string => r.value as string;
