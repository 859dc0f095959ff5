/**
 * Engine-side fixes of the legal review (issue 9 item 7), each on both sides of its date, amounts by
 * hand: LCS 2,340,000 until 30/6/2026 and 2,530,000 from 1/7/2026 (NĐ 73/2024 Đ.3 k.2; NĐ 161/2026
 * Đ.3 k.2); NĐ 185/2026's date is the pack's placeholder 1/7/2026 (unconfirmed).
 */
import { summarize } from "../../src/engine/aggregate";
import { estimate } from "../../src/engine/estimate";
import type { RosterRow, UnitRow } from "../../src/engine/types";
import * as F from "../../src/functions/functions";
import { parseOverride, resolvePack } from "../../src/packs";
import { row, unit } from "../helpers/records";

const central = resolvePack("central");
const run = (year: number, rows: RosterRow[], units: UnitRow[] = [], pack = central) => summarize(estimate({ year, rows, units }, pack));
const QUYKHOAN = (...a: unknown[]) => (F.quyKhoan as (...x: unknown[]) => unknown[][])(...a)[0][0];

describe("CV 12/CV-BCĐ (2025): retained commune HĐKCT must leave before 31/5/2026 — a warning per row for the months on or after it", () => {
  const commune = (p: Partial<RosterRow>) => row({ postCode: "phoChuTichMatTran", thon: null, heSo: "1.0", ...p });
  const warningsOf = (year: number, r: RosterRow) => run(year, [r]).warnings.filter((w) => w.code === "HDKCT_XA_QUA_HAN_GIU_LAI");
  test("in post all of 2026: warned at the row for May–December (in post on 31/5 and after)", () => {
    const r = commune({});
    const w = warningsOf(2026, r);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ sheet: "DanhSach", row: r.loc.row, column: "Đến ngày" });
    expect(w[0].message).toMatch(/phải nghỉ trước 31\/05\/2026 \(Công văn 12\/CV-BCĐ.*các tháng 5–12\/2026/);
  });
  test("left on 30/5/2026 (the day before): no warning; still in post on 31/5/2026: May only", () => {
    expect(warningsOf(2026, commune({ denNgay: "2026-05-30" }))).toEqual([]);
    expect(warningsOf(2026, commune({ denNgay: "2026-05-31" }))[0].message).toMatch(/tháng 5\/2026\./);
  });
  test("the year before (2025) is not warned; a village post is never warned", () => {
    expect(warningsOf(2025, commune({}))).toEqual([]);
    expect(run(2026, [row({ postCode: "truongThon", heSo: "1.0" })]).warnings.map((w) => w.code)).not.toContain("HDKCT_XA_QUA_HAN_GIU_LAI");
  });
  test("the warning does not change the amounts: 6 × 2,340,000 + 6 × 2,530,000 = 29,220,000", () => {
    expect(run(2026, [commune({})]).totals.phuCap).toBe(29220000);
  });
});

describe("NĐ 185/2026: tier a (8.0 × LCS) for national-defence key communes, no longer for 'trọng điểm ANTT' (from the placeholder 1/7/2026)", () => {
  const village = (dacDiem: UnitRow["dacDiem"], soHo = 120) => [unit({ loai: "xa", phanLoai: "I", dacDiem }), unit({ thon: "T", loai: "thon", soHo })];
  const fund = (year: number, dacDiem: UnitRow["dacDiem"]) => run(year, [], village(dacDiem)).funds.find((f) => f.thon === "T")!.quyKhoan;
  test("issue case: 120-household thôn of a 'Trọng điểm ANTT' commune, 2026: Jan–Jun tier a NĐ 33 Đ.34 k.2 a (6.0 × 2,340,000 = 14,040,000), Jul–Dec tier b NĐ 185 (6.5 × 2,530,000 = 16,445,000) = 182,910,000", () => {
    expect(fund(2026, ["trongDiemAnTT"])).toBe(6 * 14040000 + 6 * 16445000);
    expect(fund(2026, ["trongDiemAnTT"])).toBe(182910000);
  });
  test("before the date (2025) the ANTT commune's village is tier a all year: 12 × 14,040,000 = 168,480,000 (NĐ 33/2023 Đ.34 k.2 a)", () => {
    expect(fund(2025, ["trongDiemAnTT"])).toBe(168480000);
  });
  test("a 'Trọng điểm quốc phòng' commune: tier b before the date (120 < 350 households: 4.5 × 2,340,000 = 10,530,000), tier a after (8.0 × 2,530,000 = 20,240,000): 184,620,000", () => {
    expect(fund(2026, ["trongDiemQuocPhong"])).toBe(6 * 10530000 + 6 * 20240000);
    expect(fund(2025, ["trongDiemQuocPhong"])).toBe(12 * 10530000);
  });
  test("DUTOAN.QUYKHOAN reads the same đặc điểm, and GIAITHICH says why the tier", () => {
    expect(QUYKHOAN("Thôn", 120, 2026, "Trọng điểm ANTT")).toBe(182910000);
    expect(QUYKHOAN("Thôn", 120, 2026, "Trọng điểm quốc phòng")).toBe(184620000);
    expect((F.giaiThich as (...a: unknown[]) => string)("QUYKHOAN", "Thôn", 120, "07/2026", "Trọng điểm quốc phòng")).toContain("loại a (đặc điểm trọng điểm quốc phòng): 8,0 × 2.530.000");
  });
});

describe("NĐ 188/2025 (from 15/8/2025, looked up from September): the general 50% of BHYT support is booked as general support, only the rest as the province's top-up", () => {
  const hungYen = resolvePack("hung-yen");
  const bhytRow = (year: number, q: number) =>
    run(year, [row({ postCode: "toVienToBaoVe", bhxh: "khong" })], [], hungYen).transfers.find((t) => t.kind === "bhyt" && t.quarter === q)!;
  test("Q2 2025, before NĐ 188: Hưng Yên's 100% (NQ 456 Đ.3 k.2 b) is all provincial: 3 × 105,300 = 315,900", () => {
    expect(bhytRow(2025, 2)).toMatchObject({ soTienChuyen: 315900, hoTroChung: 0, hoTroTinh: 315900 });
  });
  test("Q3 2025: September only is general (50% × 4.5% × 2,340,000 = 52,650); Q4: 3 × 52,650 = 157,950 general, 157,950 provincial", () => {
    expect(bhytRow(2025, 3)).toMatchObject({ soTienChuyen: 315900, hoTroChung: 52650, hoTroTinh: 263250 });
    expect(bhytRow(2025, 4)).toMatchObject({ soTienChuyen: 315900, hoTroChung: 157950, hoTroTinh: 157950 });
  });
  test("Q3 2026 at LCS 2,530,000: 3 × 113,850 = 341,550, of which 3 × 56,925 = 170,775 general", () => {
    expect(bhytRow(2026, 3)).toMatchObject({ soTienChuyen: 341550, hoTroChung: 170775, hoTroTinh: 170775 });
  });
  test("the central pack's own 50% is all general support (nothing provincial): Q4 2025 = 3 × 52,650", () => {
    const t = run(2025, [row({ postCode: "toVienToBaoVe", mucTien: 1620000, bhxh: "khong", tuNgay: "2025-10-01" })]).transfers.find((x) => x.kind === "bhyt")!;
    expect(t).toMatchObject({ quarter: 4, soTienChuyen: 157950, hoTroChung: 157950, hoTroTinh: 0 });
  });
});

describe("the unconfirmed and user-supplied lists name a repeated value once", () => {
  test("a ThamSo value restated from a later date (kiemNhiem.tyLe 0,5 from 1/1/2026 and again from 1/7/2026) is one note from 01/01/2026", () => {
    const over = parseOverride({
      parameters: [{ key: "kiemNhiem.tyLe", label: "x", unit: "ratio", values: [
        { from: "2026-01-01", value: "0.5", document: "NQ thử", confidence: "unconfirmed" },
        { from: "2026-07-01", value: "0.5", document: "NQ thử (nhắc lại)", confidence: "unconfirmed" },
      ] }],
    });
    const rows = [row({ hoTen: "A", postCode: "biThuChiBo", heSo: "1.0" }), row({ hoTen: "A", postCode: "truongThon", heSo: "1.0", kiemNhiem: true })];
    const s = run(2026, rows, [], resolvePack("central", [{ layer: "ThamSo", override: over }]));
    for (const list of [s.userSupplied, s.unconfirmed]) {
      const notes = list.filter((n) => n.key === "kiemNhiem.tyLe");
      expect(notes).toEqual([expect.objectContaining({ value: "0.5", from: "2026-01-01", to: null, citation: "NQ thử; NQ thử (nhắc lại)" })]);
    }
    expect(s.totals.phuCapKiemNhiem).toBe(6 * 1170000 + 6 * 1265000); // 50% × 2,340,000; 50% × 2,530,000
  });
  test("Hưng Yên NQ 456 Tổ phó 1,980,000 (medium from 2024, restated unconfirmed from 2026) is listed once among the unconfirmed", () => {
    const s = run(2026, [row({ postCode: "toPhoToBaoVe", bhxh: "khong", bhyt: false })], [], resolvePack("hung-yen"));
    expect(s.unconfirmed.filter((n) => n.key === "hoTro.toBaoVe.toPho")).toHaveLength(1);
  });
});
