/**
 * One rule for missing values (issue 9 item 4; docs/engine-rules.md): any value a line needs and the
 * pack does not have is an error naming the parameter key and how to supply it — never a dropped
 * line or a zero. Insurance participation is never assumed. Amounts by hand from the packs cited.
 */
import { summarize } from "../../src/engine/aggregate";
import { estimate } from "../../src/engine/estimate";
import type { RosterRow, UnitRow } from "../../src/engine/types";
import { parseOverride, resolvePack } from "../../src/packs";
import { row, unit } from "../helpers/records";

const central = resolvePack("central");
const hungYen = resolvePack("hung-yen");
const run = (year: number, rows: RosterRow[], units: UnitRow[] = [], pack = central) => summarize(estimate({ year, rows, units }, pack));
const thamSo = (...values: [string, string, string, string][]) =>
  parseOverride({ parameters: values.map(([key, unitOf, from, value]) => ({ key, label: key, unit: unitOf as "VND", values: [{ from, value, document: "NQ thử", confidence: "high" as const }] })) });

describe("phụ cấp: the post's rate, or Hệ số / Mức tiền on the row", () => {
  test("central has no rate for Trưởng thôn (set by the province, NĐ 33/2023 Đ.34 k.5): error at the row, naming the key and both fixes", () => {
    const r = row({ postCode: "truongThon" });
    const s = run(2026, [r]);
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0]).toMatchObject({ code: "THIEU_THAM_SO", sheet: "DanhSach", row: r.loc.row, column: "Chức danh" });
    expect(s.errors[0].message).toMatch(/"phuCap\.truongThon".*sheet ThamSo \(một dòng Mã = phuCap\.truongThon, Giá trị, Hiệu lực từ = 01\/01\/2026.*Hệ số\/Mức tiền/);
    expect(s.totals.phuCap).toBe(0);
  });
});

describe("khoán kinh phí: a level the pack lacks is an error; 0 on sheet ThamSo is 'not funded'", () => {
  const units = [unit({ donVi: "Xã HY", loai: "xa", phanLoai: "II" }), unit({ donVi: "Xã HY", thon: "Thôn 1", loai: "thon", soHo: 300 })];
  test("Hưng Yên NQ 439/2023 levels are not published: one error per level, at the first DonVi row, counting the others", () => {
    const more = [...units, unit({ donVi: "Xã HY", thon: "Thôn 2", loai: "thon", soHo: 300 })];
    const s = run(2026, [], more, hungYen);
    const chiBo = s.errors.find((e) => e.message.includes('"khoan.chiBo.thon"'))!;
    expect(chiBo).toMatchObject({ code: "THIEU_THAM_SO", sheet: "DonVi", row: more[1].loc.row });
    expect(chiBo.message).toMatch(/^Sheet DonVi, dòng \d+ và 1 dòng khác: .*nhập 0 nếu không cấp kinh phí/);
    expect(s.warnings.map((w) => w.code)).not.toContain("CHUA_CO_MUC_KHOAN");
  });
  test("with the levels on sheet ThamSo (0 for one organisation): no error; 6,000,000 + 5,000,000 a year for the village, nothing for the zero", () => {
    const levels = thamSo(
      ["khoan.chiBo.thon", "VND", "2026-01-01", "6000000"], ["khoan.banCongTacMatTran.thon", "VND", "2026-01-01", "5000000"], ["khoan.chiHoiDoanThe.thon", "VND", "2026-01-01", "0"],
      ...["matTran", "phuNu", "nongDan", "doanThanhNien", "cuuChienBinh"].map((o) => [`khoan.${o}.xa.II`, "VND", "2026-01-01", "12000000"] as [string, string, string, string]),
    );
    const s = run(2026, [], units, resolvePack("hung-yen", [{ layer: "ThamSo", override: levels }]));
    expect(s.errors).toEqual([]);
    expect(s.byUnit.find((u) => u.thon === "Thôn 1")!.totals.khoanKinhPhi).toBe(11000000);
    expect(s.byUnit.find((u) => u.thon === null)!.totals.khoanKinhPhi).toBe(5 * 12000000);
  });
  test("an item by commune class in a commune without Phân loại: error at its DonVi row and column", () => {
    const s = run(2026, [], [unit({ donVi: "Xã HP", loai: "xa", phanLoai: null })], resolvePack("hai-phong"));
    expect(s.errors.find((e) => e.code === "THIEU_PHAN_LOAI")).toMatchObject({ sheet: "DonVi", column: "Phân loại" });
  });
});

describe("central funds: what the tier needs (NĐ 33/2023 Đ.34)", () => {
  test("a commune without Phân loại while the commune fund exists (2025): error at the DonVi row, column Phân loại", () => {
    const c = unit({ loai: "xa", phanLoai: null });
    expect(run(2025, [], [c]).errors).toEqual([expect.objectContaining({ code: "THIEU_PHAN_LOAI", sheet: "DonVi", row: c.loc.row, column: "Phân loại" })]);
  });
  test("after the commune posts end (1/8/2025) no commune fund: 2026 needs no Phân loại", () => {
    expect(run(2026, [], [unit({ loai: "xa", phanLoai: null })]).errors).toEqual([]);
  });
  test("a village without Số hộ: error at its row, column Số hộ — unless a đặc điểm makes it tier a (biên giới: 12 × 6.0 × 2,340,000 in 2025)", () => {
    const v = unit({ thon: "T", loai: "thon", soHo: null });
    expect(run(2025, [], [unit({ loai: "xa", phanLoai: "I" }), v]).errors).toEqual([expect.objectContaining({ code: "THIEU_SO_HO", sheet: "DonVi", row: v.loc.row, column: "Số hộ" })]);
    const s = run(2025, [], [unit({ loai: "xa", phanLoai: "I", dacDiem: ["bienGioi"] }), unit({ thon: "T", loai: "thon", soHo: null })]);
    expect(s.errors).toEqual([]);
    expect(s.funds.find((f) => f.thon === "T")!.quyKhoan).toBe(12 * 14040000);
  });
});

describe("insurance participation is never assumed", () => {
  test("Tổ bảo vệ ANTT with BHXH blank: Không (no voluntary support) and ONE warning listing the rows; 'Tự nguyện' is supported (Hưng Yên 2026: 12 × 20% × 22% × 1,500,000 = 792,000)", () => {
    const blank = [1, 2, 3].map((i) => row({ hoTen: `B${i}`, postCode: "toVienToBaoVe", bhyt: false }));
    const joins = row({ hoTen: "TN", postCode: "toVienToBaoVe", bhxh: "tuNguyen", bhyt: false });
    const s = run(2026, [...blank, joins], [], hungYen);
    expect(s.totals.hoTroBhxhTuNguyen).toBe(792000);
    const w = s.warnings.filter((x) => x.code === "BHXH_DE_TRONG");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ sheet: "DanhSach", row: blank[0].loc.row, column: "BHXH" });
    expect(w[0].message).toContain(`3 dòng (dòng ${blank.map((b) => b.loc.row).join(", ")})`);
  });
  test("compulsory coverage still follows the law: a thôn HĐKCT with BHXH blank pays 17% from 1/7/2025 (Luật 41/2024 Đ.2 k.1 k), no warning", () => {
    const s = run(2025, [row({ postCode: "truongThon", heSo: "1.0" })]);
    expect(s.totals.bhxh).toBe(6 * 397800);
    expect(s.warnings.map((w) => w.code)).not.toContain("BHXH_DE_TRONG");
  });
});
