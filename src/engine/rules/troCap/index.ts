/**
 * One-off payments to people who leave (sheet NghiViec): staff reduction, redundancy after a merger
 * of communes or villages, the end of the former security forces. The law these modules apply, with
 * its citations and open points: docs/legal/troCap.md.
 *
 * Pure: parameters in, lines out; no ledger, Office, fs or clock. Every rate, number of months,
 * band, threshold and window is a pack parameter looked up on the leaving date (not on the 1st of
 * the month: 16/6/2025 falls inside a month). Each payment is one line in the month of the leaving
 * date, rounded once to whole đồng; `troCap` costs only leavers whose date falls in the estimate
 * year, and checks every leaver, of any year, against DanhSach for the refund rules.
 */
export { troCap, troCapOne, type TroCapInput, type TroCapOutput } from "./run";
export { addMonths } from "./refund";
export { regimeConflicts, regimeFlag, type RegimeConflict } from "./regime";
export { CHINH_SACH_LABELS, COL as NGHI_VIEC_COLUMNS, DOI_TUONG_LABELS } from "./types";
export type { LeaverLine, LeaverResult } from "./types";
