/**
 * The refund rules for an HĐKCT leaver found again in DanhSach (docs/legal/troCap.md §7):
 * - NĐ 154/2025 Đ.9 k.4, Đ.3 k.6 (central, from 16/6/2025): re-elected, re-hired on the budget or
 *   placed in a thôn, TDP post within 60 months of leaving — any post, counted from the leaving date;
 * - QĐ 52/2024/QĐ-UBND Quảng Ninh Đ.16 (from 10/11/2024, the day a post is taken up): taken on as a
 *   COMMUNE HĐKCT within 60 months of RECEIVING the support — not a thôn post, not counted from leaving.
 * Both sides of every window and of both effective dates.
 */
import { resolvePack } from "../../src/packs";
import { central, codes, leaver, run } from "../helpers/leavers";
import { row } from "../helpers/records";
import type { LeaverRow } from "../../src/engine/types";

const qn = resolvePack("quang-ninh");
const left = (ngayNghi: string, p: Partial<LeaverRow> = {}) =>
  leaver({ hoTen: "Trần Văn Bình", doiTuong: "hdkctXa", ngayNghi, tienLuongThang: 2340000, soThangCongTac: 48, soThangConLai: 10, ...p });
/** A thôn post (Trưởng thôn) and a commune-level HĐKCT post (Phó Chủ tịch Ủy ban MTTQ), same person. */
const thonPost = (tuNgay: string | null) => row({ hoTen: "Trần  văn Bình", postCode: "truongThon", donVi: "Xã Thử", heSo: "1.0", tuNgay });
const communePost = (tuNgay: string | null, thon: string | null = null) =>
  row({ hoTen: "Trần Văn Bình", postCode: "phoChuTichMatTran", donVi: "Xã Thử", thon, heSo: "1.0", tuNgay });
const refund = (s: { warnings: { code: string; message: string }[] }) => s.warnings.filter((w) => w.code === "HOAN_TRA_TRO_CAP");
const QD52 = "Quyết định 52/2024/QĐ-UBND tỉnh Quảng Ninh Điều 16";
const ND154 = "Nghị định 154/2025/NĐ-CP Điều 9 khoản 4; Điều 3 khoản 6";

describe("NĐ 154/2025 Đ.9 k.4, Đ.3 k.6: any post within 60 months of leaving (unchanged)", () => {
  test("left 1/8/2025, Trưởng thôn from 1/3/2026 → warning naming both rows", () => {
    const l = left("2025-08-01");
    const p = thonPost("2026-03-01");
    const { s } = run([l], central, [p], 2026);
    const w = s.warnings.find((x) => x.code === "HOAN_TRA_TRO_CAP")!;
    expect(w).toMatchObject({ sheet: "NghiViec", row: l.loc.row, column: "Họ và tên" });
    expect(w.message).toContain(`sheet NghiViec, dòng ${l.loc.row}`);
    expect(w.message).toContain(`sheet DanhSach, dòng ${p.loc.row}`);
    expect(w.message).toContain(`trong vòng 60 tháng kể từ khi nghỉ (${ND154})`);
  });
  test("window 1/8/2025 + 60 months: a post from 31/7/2030 is within, from 1/8/2030 is not; a post that began before leaving is not", () => {
    const has = (tuNgay: string | null, y: number) => codes(run([left("2025-08-01")], central, [thonPost(tuNgay)], y).s).includes("HOAN_TRA_TRO_CAP");
    expect(has("2030-07-31", 2030)).toBe(true);
    expect(has("2030-08-01", 2030)).toBe(false);
    expect(has("2020-01-01", 2025)).toBe(false);
    expect(has(null, 2026)).toBe(true); // in post all of 2026
  });
  test("a commune post counts too; the receipt date does not move the central window (counted from leaving)", () => {
    const l = left("2025-08-01", { ngayNhanTroCap: "2025-12-01" });
    expect(refund(run([l], central, [communePost("2030-07-31")], 2030).s)).toHaveLength(1);
    expect(refund(run([l], central, [communePost("2030-08-01")], 2030).s)).toHaveLength(0);
  });
  test("2025-06-16: leaving 15/6/2025 (NĐ 29/2023 still in force) → no central refund rule; 16/6/2025 → the rule applies", () => {
    expect(refund(run([left("2025-06-15")], central, [thonPost("2026-01-01")], 2026).s)).toHaveLength(0);
    expect(refund(run([left("2025-06-16")], central, [thonPost("2026-01-01")], 2026).s)).toHaveLength(1);
  });
});

describe("QĐ 52/2024 Quảng Ninh Đ.16: commune HĐKCT post within 60 months from receiving the support", () => {
  test("a thôn post (Trưởng thôn) never triggers QĐ 52: left 15/6/2025 (before the central rule), Trưởng thôn from 1/1/2026 → no warning", () => {
    expect(refund(run([left("2025-06-15")], qn, [thonPost("2026-01-01")], 2026).s)).toEqual([]);
  });
  test("a commune post does: left 15/6/2025, Phó Chủ tịch UBMTTQ from 1/1/2026 → warning citing QĐ 52 Đ.16 only", () => {
    const [w] = refund(run([left("2025-06-15", { ngayNhanTroCap: "2025-07-01" })], qn, [communePost("2026-01-01")], 2026).s);
    expect(w.message).toContain(`được tuyển làm người hoạt động không chuyên trách cấp xã trong vòng 60 tháng kể từ khi nhận trợ cấp ngày 01/07/2025 (${QD52})`);
    expect(w.message).not.toContain("Nghị định 154/2025");
  });
  test("the level comes from the pack's post, not the Thôn column: a commune post with a thôn written still counts", () => {
    expect(refund(run([left("2025-06-15")], qn, [communePost("2026-01-01", "Thôn 1")], 2026).s)).toHaveLength(1);
  });
  test("60 months from receipt (1/7/2025 → 1/7/2030), not from leaving (15/6/2025 → 15/6/2030): 20/6/2030 and 30/6/2030 within, 1/7/2030 not", () => {
    const has = (tuNgay: string) => refund(run([left("2025-06-15", { ngayNhanTroCap: "2025-07-01" })], qn, [communePost(tuNgay)], 2030).s).length === 1;
    expect(has("2030-06-20")).toBe(true); // after leaving + 60 months: the old rule missed it
    expect(has("2030-06-30")).toBe(true);
    expect(has("2030-07-01")).toBe(false);
  });
  test("receipt date blank → counted from the leaving date, and the message says so: 14/6/2030 within, 15/6/2030 not", () => {
    const w = refund(run([left("2025-06-15")], qn, [communePost("2030-06-14")], 2030).s);
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain('kể từ ngày nghỉ (cột "Ngày nhận trợ cấp" để trống');
    expect(refund(run([left("2025-06-15")], qn, [communePost("2030-06-15")], 2030).s)).toHaveLength(0);
  });
  test("in force from 10/11/2024 for posts taken up from then: support received 1/6/2024, commune post from 9/11/2024 → none; from 10/11/2024 → warning", () => {
    const l = left("2024-06-01", { ngayNhanTroCap: "2024-06-01" });
    expect(refund(run([l], qn, [communePost("2024-11-09")], 2024).s)).toHaveLength(0);
    expect(refund(run([l], qn, [communePost("2024-11-10")], 2024).s)).toHaveLength(1);
  });
  test("both rules on one post (left 1/8/2025, commune post 1/1/2026, Quảng Ninh): one warning citing both", () => {
    const w = refund(run([left("2025-08-01")], qn, [communePost("2026-01-01")], 2026).s);
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain(ND154);
    expect(w[0].message).toContain(QD52);
  });
  test("the central pack has no QĐ 52 rule: left 15/6/2025, commune post 1/1/2026 → none", () => {
    expect(refund(run([left("2025-06-15")], central, [communePost("2026-01-01")], 2026).s)).toEqual([]);
  });
});
