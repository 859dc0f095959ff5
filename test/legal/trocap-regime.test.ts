/**
 * The regime of a leaver is chosen by the pack's dated flags troCap.<regime>.apDung.<group>, not by
 * code (issue 13; docs/legal/troCap.md §2): moving a flag's date moves the regime; two regimes of one
 * group and policy in force on one day is a located pack error; none is the KHONG_CO_CHE_DO_TRO_CAP
 * warning. Also the pure interface troCap / troCapOne (lines with month and params, no ledger).
 */
import { regimeConflicts, troCap, troCapOne } from "../../src/engine/rules/troCap";
import type { Resolved } from "../../src/engine/params";
import { packIds, resolvePack } from "../../src/packs";
import { amounts, central, codes, leaver, run, withThamSo } from "../helpers/leavers";
import { row } from "../helpers/records";

/** W24: NĐ 154 Đ.9, A = 1.5 × 2,340,000 = 3,510,000, 48 months: 134,784,000 + 21,060,000 + 10,530,000 = 166,374,000. */
const w24 = (ngayNghi = "2025-08-01") => leaver({ doiTuong: "hdkctXa", ngayNghi, heSoLuong: "1.5", soThangCongTac: 48 });

describe("regime windows are pack data", () => {
  test.each(packIds())("built-in pack %s: no two regimes of one group and policy overlap", (id) => {
    expect(regimeConflicts(resolvePack(id).params)).toEqual([]);
  });
  test("ThamSo ends NĐ 154 for commune HĐKCT on 1/1/2026 (its rates stay in force): 31/12/2025 → W24 166,374,000; 2/1/2026 → no regime", () => {
    const pack = withThamSo("central", [["troCap.nd154.apDung.hdkctXa", "flag", "2026-01-01", "0"]]);
    expect(run([w24("2025-12-31")], pack).p.total).toBe(166374000);
    const after = run([w24("2026-01-02")], pack);
    expect(after.p.total).toBe(0);
    expect(after.s.warnings.find((w) => w.code === "KHONG_CO_CHE_DO_TRO_CAP")).toMatchObject({ sheet: "NghiViec", column: "Họ và tên" });
    expect(pack.params.tryAt("troCap.nd154.hdkct.tyLeThang", "2026-01-02")).toBeDefined();
  });
  test("ThamSo keeps NĐ 29 for commune HĐKCT after 16/6/2025: both in force → located pack error naming both flags; 15/6/2025 still fine", () => {
    const pack = withThamSo("central", [["troCap.nd29.apDung.hdkctXa", "flag", "2025-06-16", "1"]]);
    const { s, p } = run([w24("2025-08-01")], pack);
    expect(p.complete).toBe(false);
    expect(s.totals.troCapMotLan).toBe(0);
    const e = s.errors.find((x) => x.code === "TRUNG_CHE_DO_TRO_CAP")!;
    expect(e).toMatchObject({ sheet: "NghiViec", row: p.loc.row, column: "Ngày nghỉ" });
    expect(e.message).toContain('"troCap.nd29.apDung.hdkctXa"');
    expect(e.message).toContain('"troCap.nd154.apDung.hdkctXa"');
    expect(e.message).toContain("01/08/2025");
    expect(regimeConflicts(pack.params)).toEqual([{ group: "hdkctXa", keys: ["troCap.nd29.apDung.hdkctXa", "troCap.nd154.apDung.hdkctXa"], from: "2025-06-16" }]);
    const w26 = leaver({ doiTuong: "hdkctXa", ngayNghi: "2025-06-15", tienLuongThang: 2340000, soThangConLai: 20, thangKeTuQuyetDinh: 3 });
    expect(run([w26], pack).p.total).toBe(23400000);
  });
  test("the flag used is listed with the parameters used", () => {
    const keys = run([w24()]).r.paramsUsed.map((r) => r.key);
    expect(keys).toContain("troCap.nd154.apDung.hdkctXa");
    expect(keys).not.toContain("troCap.nd29.apDung.hdkctXa");
  });
  test("thôn, TDP HĐKCT under NĐ 29 Đ.9 k.2 (coverage unconfirmed, listed): 1/10/2024, A 2,340,000, 10 months left → 0.5 × A × 10 = 11,700,000", () => {
    const { p, s } = run([leaver({ doiTuong: "hdkctThon", thon: "Thôn 1", ngayNghi: "2024-10-01", tienLuongThang: 2340000, soThangConLai: 10 })]);
    expect(amounts(p)).toEqual([11700000]);
    expect(p.regime).toBe("Nghị định 29/2023/NĐ-CP Điều 9 khoản 2");
    expect(s.unconfirmed.map((u) => u.key)).toContain("troCap.nd29.apDung.hdkctThon");
  });
  test("Chính sách is for cán bộ, công chức: an HĐKCT row with it filled is costed as usual (W24)", () => {
    const l = { ...w24(), chinhSach: "tinhGian" as const };
    expect(run([l]).p.total).toBe(166374000);
    expect(codes(run([l]).s)).toEqual([]);
  });
});

describe("the pure interface (what estimate.ts and DUTOAN.TROCAP call)", () => {
  test("troCapOne on any date: W24 lines carry the leaving month and the values used; nothing is marked used unless asked", () => {
    const { result, issues } = troCapOne(central.params, "central", w24("2025-08-01"));
    expect(issues).toEqual([]);
    expect(amounts(result)).toEqual([134784000, 21060000, 10530000]);
    expect(result.lines.map((l) => l.month)).toEqual([8, 8, 8]);
    expect(result.lines[0].params.map((r) => r.key)).toEqual(["troCap.nd154.hdkct.tyLeThang", "troCap.nd154.hdkct.nguongThangCongTac", "luongCoSo"]);
    expect(result.lines[0].citation).toBe("Nghị định 154/2025/NĐ-CP Điều 9 khoản 1; Nghị định 73/2024/NĐ-CP Điều 3 khoản 2");
    const used: Resolved[] = [];
    troCapOne(central.params, "central", w24("2025-08-01"), (r) => (used.push(r), r));
    expect(used.map((r) => r.key)).toContain("troCap.nd154.apDung.hdkctXa");
  });
  test("troCap costs only the year's leavers, and without posts a row with no thôn is a commune post for QĐ 52 Đ.16", () => {
    const qn = resolvePack("quang-ninh");
    const l = leaver({ hoTen: "Trần Văn Bình", doiTuong: "hdkctXa", ngayNghi: "2025-06-15", tienLuongThang: 2340000, soThangConLai: 20, thangKeTuQuyetDinh: 3 });
    const commune = row({ hoTen: "Trần Văn Bình", postCode: "phoChuTichMatTran", donVi: "Xã Thử", thon: null, tuNgay: "2026-01-01" });
    const thon = row({ hoTen: "Trần Văn Bình", postCode: "phoChuTichMatTran", donVi: "Xã Thử", thon: "Thôn 1", tuNgay: "2026-01-01" });
    const base = { params: qn.params, packId: "quang-ninh", year: 2026, leavers: [l], use: (r: Resolved) => r };
    const a = troCap({ ...base, rows: [commune] });
    expect(a.results).toEqual([]);
    expect(a.issues.map((i) => i.code)).toEqual(["NGHI_VIEC_NGOAI_NAM", "HOAN_TRA_TRO_CAP"]);
    expect(troCap({ ...base, rows: [thon] }).issues.map((i) => i.code)).toEqual(["NGHI_VIEC_NGOAI_NAM"]);
    expect(troCap({ ...base, rows: [thon], posts: [{ level: "xa" }] }).issues.map((i) => i.code)).toEqual(["NGHI_VIEC_NGOAI_NAM", "HOAN_TRA_TRO_CAP"]);
    const y2025 = troCap({ ...base, year: 2025, rows: [] });
    expect(y2025.results.map((r) => r.total)).toEqual([23400000]);
  });
});
