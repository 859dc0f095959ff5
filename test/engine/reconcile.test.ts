/**
 * Reconciliation of the state support per person and quarter with the BHXH agency's figures (the commune and the BHXH office
 * "đối chiếu, xác nhận số người, số tiền"; CV 2354/UBND-NC).
 */
import { summarize } from "../../src/engine/aggregate";
import { estimate } from "../../src/engine/estimate";
import { reconcile } from "../../src/engine/reconcile";
import type { PersonSupport } from "../../src/engine/lines/support/types";
import type { DoiChieuRow, RosterRow } from "../../src/engine/types";
import { resolvePack } from "../../src/packs";
import { row } from "../helpers/records";

let r = 1;
const ours = (p: Partial<PersonSupport>): PersonSupport => ({
  hoTen: "Nguyễn Văn An", maSoBhxh: null, donVi: "Xã Thử", thon: "Thôn 1", quarter: 1, kind: "bhxhTuNguyen", amount: 198000,
  soThang: 3, nhomHoTro: "khac", group: "toBaoVe", loc: { sheet: "DanhSach", row: ++r }, ...p,
});
const agency = (p: Partial<DoiChieuRow>): DoiChieuRow => ({
  hoTen: "Nguyễn Văn An", maSoBhxh: null, donVi: null, thon: null, quarter: 1, kind: null, amount: 198000,
  loc: { sheet: "DoiChieuBHXH", row: ++r }, ...p,
});

describe("reconcile (pure)", () => {
  test("equal amounts → no differences, no warnings", () => {
    expect(reconcile([ours({})], [agency({})])).toEqual({ differences: [], issues: [] });
  });
  test("matched by Mã số BHXH even when the agency spells the name differently", () => {
    const x = reconcile([ours({ maSoBhxh: "0123456789" })], [agency({ hoTen: "Nguyễn Văn Ân", maSoBhxh: "0123456789", amount: 180000 })]);
    expect(x.differences).toEqual([
      expect.objectContaining({ hoTen: "Nguyễn Văn An", maSoBhxh: "0123456789", quarter: 1, kind: null, ours: 198000, agency: 180000, difference: 18000 }),
    ]);
    expect(x.issues.map((i) => i.code)).toEqual(["DOI_CHIEU_CHENH_LECH"]);
  });
  test("without codes: by name and unit (spacing and case ignored)", () => {
    const x = reconcile([ours({}), ours({ hoTen: "Trần Thị Bé", amount: 99000 })], [agency({ hoTen: "nguyễn  văn an", donVi: "Xã Thử" }), agency({ hoTen: "Trần Thị Bé", amount: 66000 })]);
    expect(x.differences.map((d) => [d.hoTen, d.ours, d.agency, d.difference])).toEqual([["Trần Thị Bé", 99000, 66000, 33000]]);
  });
  test("the agency splitting BHXH TN and BHYT → compared per kind; otherwise on the total", () => {
    const mine = [ours({}), ours({ kind: "bhyt", amount: 315900 })];
    expect(reconcile(mine, [agency({ amount: 513900 })]).differences).toEqual([]);
    const split = reconcile(mine, [agency({ kind: "bhxhTuNguyen", amount: 198000 }), agency({ kind: "bhyt", amount: 300000 })]);
    expect(split.differences.map((d) => [d.kind, d.ours, d.agency])).toEqual([["bhyt", 315900, 300000]]);
  });
  test("only the quarters the agency sent are compared; a person of ours missing there is a difference", () => {
    const x = reconcile([ours({}), ours({ quarter: 2 }), ours({ hoTen: "Lê Văn Cường" })], [agency({})]);
    expect(x.differences.map((d) => [d.hoTen, d.quarter, d.ours, d.agency])).toEqual([["Lê Văn Cường", 1, 198000, 0]]);
  });
  test("an agency person we do not have → difference and a located warning", () => {
    const a = agency({ hoTen: "Đỗ Văn Dũng", maSoBhxh: "0999999999" });
    const x = reconcile([ours({})], [agency({}), a]);
    expect(x.differences).toEqual([expect.objectContaining({ hoTen: "Đỗ Văn Dũng", ours: 0, agency: 198000, difference: -198000, ourRow: null, agencyRows: [a.loc] })]);
    expect(x.issues.find((i) => i.code === "DOI_CHIEU_KHONG_CO_TRONG_DANH_SACH")).toMatchObject({ sheet: "DoiChieuBHXH", row: a.loc.row, column: "Họ và tên" });
  });
  test("two people with one name in two villages and no code or village from the agency → ambiguous, warned", () => {
    const x = reconcile([ours({}), ours({ thon: "Thôn 2" })], [agency({})]);
    expect(x.issues.map((i) => i.code)).toContain("DOI_CHIEU_TRUNG_TEN");
    expect(reconcile([ours({}), ours({ thon: "Thôn 2" })], [agency({ thon: "Thôn 2" }), agency({ thon: "Thôn 1" })]).differences).toEqual([]);
  });
  test("same name but different codes on both sides are different people", () => {
    const x = reconcile([ours({ maSoBhxh: "0123456789" })], [agency({ maSoBhxh: "0123456780" })]);
    expect(x.differences.map((d) => [d.maSoBhxh, d.ours, d.agency]).sort()).toEqual([["0123456780", 0, 198000], ["0123456789", 198000, 0]]);
  });
});

describe("reconcile through the estimate (NĐ 159/2025 support 20% × 22% × 1,500,000 = 66,000 a month in 2026)", () => {
  const member = (p: Partial<RosterRow>) => row({ postCode: "toVienToBaoVe", mucTien: 1620000, bhxh: "tuNguyen", bhyt: false, donVi: "Xã Thử", thon: "Thôn 1", ...p });
  test("differences land in the result and the summary, with one warning counting them", () => {
    const rows = [member({ hoTen: "Nguyễn Văn An", maSoBhxh: "0123456789" }), member({ hoTen: "Trần Thị Bé" })];
    const doiChieu = [
      agency({ maSoBhxh: "0123456789", quarter: 1, amount: 198000 }),
      agency({ maSoBhxh: "0123456789", quarter: 2, amount: 132000 }),
      agency({ hoTen: "Trần Thị Bé", quarter: 1, amount: 198000 }),
    ];
    const res = estimate({ year: 2026, rows, units: [], doiChieu }, resolvePack("central"));
    const s = summarize(res);
    expect(s.doiChieu).toEqual([
      expect.objectContaining({ hoTen: "Nguyễn Văn An", quarter: 2, ours: 198000, agency: 132000, difference: 66000, ourRow: rows[0].loc }),
      expect.objectContaining({ hoTen: "Trần Thị Bé", quarter: 2, ours: 198000, agency: 0, difference: 198000 }),
    ]);
    expect(s.warnings.filter((w) => w.code === "DOI_CHIEU_CHENH_LECH")).toHaveLength(1);
    expect(s.warnings.find((w) => w.code === "DOI_CHIEU_CHENH_LECH")!.message).toContain("2 chênh lệch");
  });
  test("no agency sheet → doiChieu is null", () => {
    expect(summarize(estimate({ year: 2026, rows: [member({})], units: [] }, resolvePack("central"))).doiChieu).toBeNull();
  });
});
