/**
 * Plausibility of roster cells and ThamSo values (issue 9 item 3): one rule (src/packs/plausible.ts)
 * for Hệ số, Mức tiền, Thu nhập đóng BHXH TN, Số hộ, NghiViec times and salaries, ThamSo values.
 * Values from the issue: đồng typed for a hệ số (3,795,000 → ≈ 1,5 at LCS 2,530,000 from 1/7/2026,
 * NĐ 161/2026 as cited in the central pack), 1e-10, 1e12 đ/month, 1e9 households, 200 years of BHXH.
 */
import { readWorkbook, thamSoToOverride } from "../../src/roster";
import { danhSach, donVi, expectIssue, leaver, nghiViec, pack, person, sheet, thamSo } from "./helpers";

const ds = (over: Record<string, unknown>, year?: number) => readWorkbook([danhSach([person(over)])], pack, year ? { year } : {});

describe("DanhSach cells", () => {
  test("Hệ số 3,795,000 is đồng typed for a hệ số: an error suggesting 1,5 (= 3.795.000 / 2.530.000)", () => {
    const r = ds({ "Hệ số": 3795000 }, 2026);
    expectIssue(r, { code: "LOOKS_LIKE_DONG", sheet: "DanhSach", row: 2, column: "Hệ số", value: "3795000" }, "≈ 1,5", "3.795.000 / 2.530.000");
    expect(r.rows).toEqual([]);
  });

  test("in 2025 the suggestion divides by that year's LCS, 2,340,000", () => {
    expectIssue(ds({ "Hệ số": "3.510.000" }, 2025), { code: "LOOKS_LIKE_DONG", column: "Hệ số" }, "≈ 1,5", "2.340.000");
  });

  test("Hệ số 1e-10 and 0 are errors; 25 is an implausible coefficient; 1,2 passes", () => {
    expectIssue(ds({ "Hệ số": 1e-10 }), { code: "OUT_OF_RANGE", column: "Hệ số" }, "nhỏ bất thường");
    expectIssue(ds({ "Hệ số": 0 }), { code: "ZERO_NOT_ALLOWED", column: "Hệ số" });
    expectIssue(ds({ "Hệ số": 25 }), { code: "IMPLAUSIBLE_COEFFICIENT", column: "Hệ số" });
    expect(ds({ "Hệ số": "1,2" }).rows[0].heSo).toBe("1.2");
  });

  test("Mức tiền 1e12 đ a month is an error; 2^53 and above is refused before it loses precision", () => {
    expectIssue(ds({ "Mức tiền": 1e12 }), { code: "OUT_OF_RANGE", column: "Mức tiền" }, "lớn bất thường", "50.000.000");
    expectIssue(ds({ "Mức tiền": 9007199254740991 }), { code: "OUT_OF_RANGE", column: "Mức tiền" });
    expectIssue(ds({ "Mức tiền": "9.007.199.254.740.993" }), { code: "NUMBER_TOO_LARGE", column: "Mức tiền" }, "không giữ được chính xác");
    expect(ds({ "Mức tiền": "1.755.000" }).rows[0].mucTien).toBe(1755000);
  });

  test("Mức tiền 1 looks like a hệ số: the amount is suggested", () => {
    expectIssue(ds({ "Mức tiền": 1 }, 2027), { code: "LOOKS_LIKE_COEFFICIENT", column: "Mức tiền" }, "2.530.000");
  });

  test("Thu nhập đóng BHXH TN 1e12 is an error", () => {
    expectIssue(ds({ "Thu nhập đóng BHXH TN": 1e12 }), { code: "OUT_OF_RANGE", column: "Thu nhập đóng BHXH TN" });
  });
});

describe("DonVi cells", () => {
  test("Số hộ 1e9 is an error; 420 passes", () => {
    const units = [{ "Xã, phường": "Xã An Bình", "Loại": "Xã" }, { "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1", "Loại": "Thôn", "Số hộ": 1e9 }];
    expectIssue(readWorkbook([donVi(units)], pack), { code: "OUT_OF_RANGE", sheet: "DonVi", row: 3, column: "Số hộ" }, "lớn bất thường");
    expect(readWorkbook([donVi()], pack).units[1].soHo).toBe(420);
  });
});

describe("NghiViec cells", () => {
  test("“200 năm” of BHXH is an error; 15 năm 3 tháng passes", () => {
    expectIssue(readWorkbook([nghiViec([leaver({ "Thời gian đóng BHXH": "200 năm" })])], pack), { code: "OUT_OF_RANGE", sheet: "NghiViec", row: 2, column: "Thời gian đóng BHXH" });
    expect(readWorkbook([nghiViec([leaver({ "Thời gian đóng BHXH": "15 năm 3 tháng" })])], pack).leavers[0].thangDongBhxh).toBe(183);
  });

  test("salary of 1e12 đ a month, months of service 100,000 and a Hệ số lương in đồng are errors", () => {
    const r = readWorkbook([nghiViec([
      leaver({ "Tiền lương (phụ cấp) tháng": 1e12 }),
      leaver({ "Họ và tên": "B", "Số tháng công tác": 100000 }),
      leaver({ "Họ và tên": "C", "Tiền lương (phụ cấp) tháng": null, "Hệ số lương": 9259800 }),
    ])], pack, { year: 2026 });
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["OUT_OF_RANGE", 2, "Tiền lương (phụ cấp) tháng"], ["OUT_OF_RANGE", 3, "Số tháng công tác"], ["LOOKS_LIKE_DONG", 4, "Hệ số lương"],
    ]);
    // 9,259,800 = 3.66 × 2,530,000
    expect(r.issues[2].message).toContain("≈ 3,66");
    expect(r.leavers).toEqual([]);
  });
});

describe("DoiChieuBHXH amounts", () => {
  test("a few đồng of adjustment pass; 1e12 đ is an error", () => {
    const dc = (soTien: unknown) => readWorkbook([danhSach([person()]), sheet("DoiChieuBHXH", ["Họ và tên", "Quý", "Số tiền NSNN hỗ trợ"], [{ "Họ và tên": "Nguyễn Văn An", "Quý": "I", "Số tiền NSNN hỗ trợ": soTien }])], pack);
    expect(dc(5).doiChieu[0].amount).toBe(5);
    expect(dc("297.000").doiChieu[0].amount).toBe(297000);
    expectIssue(dc(1e12), { code: "OUT_OF_RANGE", sheet: "DoiChieuBHXH", row: 2, column: "Số tiền NSNN hỗ trợ" });
  });
});

describe("ThamSo values, by the unit and range of the parameter they name", () => {
  const override = (rows: Record<string, unknown>[]) => thamSoToOverride(readWorkbook([danhSach([person()]), thamSo(rows)], pack).thamSo, pack);

  test("phuCap.truongThon = 3,795,000 (đồng for a hệ số): error suggesting 1,5; no override", () => {
    const { override: o, issues } = override([{ "Mã": "phuCap.truongThon", "Giá trị": 3795000, "Hiệu lực từ": "01/07/2026" }]);
    expect(o).toBeNull();
    expectIssue({ issues }, { code: "LOOKS_LIKE_DONG", sheet: "ThamSo", row: 2, column: "Giá trị", value: "3795000" }, "phuCap.truongThon", "≈ 1,5");
  });

  test("luongCoSo = 0 is an error (every allowance would be 0)", () => {
    const { override: o, issues } = override([{ "Mã": "luongCoSo", "Giá trị": 0, "Hiệu lực từ": "01/01/2027" }]);
    expect(o).toBeNull();
    expectIssue({ issues }, { code: "ZERO_NOT_ALLOWED", sheet: "ThamSo", row: 2, column: "Giá trị" }, "luongCoSo");
  });

  test("a plausible value passes: luongCoSo 2,600,000 from 1/1/2027", () => {
    const { override: o, issues } = override([{ "Mã": "luongCoSo", "Giá trị": "2.600.000", "Hiệu lực từ": "01/01/2027" }]);
    expect(issues).toEqual([]);
    expect(o?.parameters[0]).toMatchObject({ key: "luongCoSo", values: [{ from: "2027-01-01", value: "2600000" }] });
  });
});
