/** Shapes of the support outputs: the quarterly transfer table and the per-person support. */
import type { InsuranceGroup } from "../../law";
import type { Location, NhomHoTro } from "../../types";

export type TransferKind = "bhxhTuNguyen" | "bhyt";
export const TRANSFER_KINDS: TransferKind[] = ["bhxhTuNguyen", "bhyt"];

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
  /** Months supported in that quarter (by the month the money moves). */
  soThang: number;
  /** Group of the voluntary-BHXH support (null for BHYT support without one). */
  nhomHoTro: NhomHoTro | null;
  /** Insurance group of the post. */
  group: InsuranceGroup;
  loc: Location;
}

/** Sums of one quarter of a participant's year (months counted by the month the money moves). */
export interface QuarterSums {
  /** Participant-months, and the months among them with support. */
  months: number;
  supported: number;
  due: number;
  central: number;
  provincial: number;
}

export const emptyQuarters = (): QuarterSums[] =>
  [0, 1, 2, 3].map(() => ({ months: 0, supported: 0, due: 0, central: 0, provincial: 0 }));

/** A support plan shared by rows with the same inputs: its ledger plan and quarter sums. */
export interface SupportPlan {
  /** Ledger plan id, −1 when no line. */
  plan: number;
  quarters: QuarterSums[];
  /** The poverty line the chosen income was raised to, else null (voluntary BHXH). */
  raisedTo: string | null;
  /** Whether the plan counts in the transfer table (some month of participation or support). */
  counts: boolean;
}
