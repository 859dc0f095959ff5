/**
 * Excel custom functions DUTOAN.* called directly (CustomFunctions is undefined under Jest, so
 * #VALUE! errors are plain Errors: their Vietnamese messages are asserted). Golden values cite
 * their legal basis in the test names; every amount is whole đồng, zero tolerance.
 */
import fc from "fast-check";
import { summarize } from "../../src/engine/aggregate";
import { isoToExcelSerial } from "../../src/engine/calendar";
import { estimate } from "../../src/engine/estimate";
import * as F from "../../src/functions/functions";
import { getDefaultPack, setDefaultPack, setOverrides } from "../../src/functions/state";
import { parseOverride, resolvePack } from "../../src/packs";
import { row, unit } from "../helpers/records";

type Fn = (...args: unknown[]) => unknown;
const call = (f: unknown) => (...args: unknown[]) => (f as Fn)(...args);
/** The single value of a one-cell result. */
const one = (f: unknown) => (...args: unknown[]) => {
  const r = (f as Fn)(...args);
  return Array.isArray(r) ? (r as unknown[][])[0][0] : r;
};

const PHUCAP = one(F.phuCap);
const KIEMNHIEM = one(F.kiemNhiem);
const HOTRO = one(F.hoTro);
const BHXH = one(F.bhxh);
const BHYT = one(F.bhyt);
const HOTROBHXHTN = one(F.hoTroBhxhTn);
const HOTROBHYT = one(F.hoTroBhyt);
const QUYKHOAN = one(F.quyKhoan);
const KHOAN = one(F.khoan);
const SOTHANG = one(F.soThangFn);
const THAMSO = one(F.thamSoFn);
const GIAITHICH = call(F.giaiThich);
const serial = (d: string) => isoToExcelSerial(d);

afterEach(() => {
  setOverrides([]);
  setDefaultPack("central");
});

describe("PHUCAP: hệ số × LCS of each month (NĐ 24/2023 Đ.3; NĐ 73/2024 Đ.3 k.2; NĐ 161/2026 Đ.3 k.2)", () => {
  test("PHUCAP(1; 2024) = 6 × 1,800,000 + 6 × 2,340,000 = 24,840,000", () => {
    expect(PHUCAP(1, 2024)).toBe(24840000);
  });
  test("PHUCAP(1; 2026) = 6 × 2,340,000 + 6 × 2,530,000 = 29,220,000", () => {
    expect(PHUCAP(1, 2026)).toBe(29220000);
  });
  test("PHUCAP(0.8; 2026) = 6 × 1,872,000 + 6 × 2,024,000 = 23,376,000", () => {
    expect(PHUCAP(0.8, 2026)).toBe(23376000);
  });
  test('PHUCAP(1; "07/2026") = 2,530,000 (NĐ 161/2026); June = 2,340,000', () => {
    expect(PHUCAP(1, "07/2026")).toBe(2530000);
    expect(PHUCAP(1, "06/2026")).toBe(2340000);
  });
  test("a month as any day in it: dd/mm/yyyy, an Excel date, yyyy-mm, 'tháng 7/2026'", () => {
    expect(PHUCAP(1, "15/07/2026")).toBe(2530000);
    expect(PHUCAP(1, serial("2026-07-31"))).toBe(2530000);
    expect(PHUCAP(1, serial("2026-06-30"))).toBe(2340000);
    expect(PHUCAP(1, "2026-07")).toBe(2530000);
    expect(PHUCAP(1, "tháng 7/2026")).toBe(2530000);
    expect(PHUCAP(1, "2026")).toBe(29220000);
  });
  test("coefficients typed as text: '1,2' and '1.2' (2026: 6 × 2,808,000 + 6 × 3,036,000)", () => {
    expect(PHUCAP("1,2", 2026)).toBe(6 * 2808000 + 6 * 3036000);
    expect(PHUCAP("1.2", 2026)).toBe(6 * 2808000 + 6 * 3036000);
  });
  test("rounding per month to whole đồng: 1.15 × 2,530,000 = 2,909,500; 0.33 × 2,340,000 = 772,200", () => {
    expect(PHUCAP(1.15, "07/2026")).toBe(2909500);
    expect(PHUCAP(0.333, "01/2026")).toBe(779220);
  });
  test("100 and above is a fixed amount in đồng per month, not indexed to LCS (like Mức tiền)", () => {
    expect(PHUCAP(2000000, 2026)).toBe(24000000);
    expect(PHUCAP("2.000.000", "07/2026")).toBe(2000000);
  });
  test('Hưng Yên NQ 794/2025: PHUCAP("Thôn đội trưởng"; 2026; 350; ; "hung-yen") = 6 × 2,106,000 + 6 × 2,277,000', () => {
    expect(PHUCAP("Thôn đội trưởng", 2026, 350, null, "hung-yen")).toBe(6 * 2106000 + 6 * 2277000);
    // diacritics, case and code all match
    expect(PHUCAP("THON DOI TRUONG", 2026, 350, null, "hung-yen")).toBe(26298000);
    expect(PHUCAP("thonDoiTruong", 2026, 349, null, "hung-yen")).toBe(6 * 1872000 + 6 * 2024000);
    expect(PHUCAP("Tổ trưởng tổ dân quân", 2026, 501, null, "hung-yen")).toBe(29220000);
  });
  test("the pack's scale needs so_ho; before NQ 794/2025 there is no rate (error, never 0)", () => {
    expect(() => PHUCAP("Thôn đội trưởng", 2026, null, null, "hung-yen")).toThrow(/tính theo số hộ.*so_ho/);
    expect(() => PHUCAP("Thôn đội trưởng", 2025, 350, null, "hung-yen")).toThrow(/phuCap\.thonDoiTruong.*ThamSo/);
  });
  test("a central post has no rate of its own: error naming the ThamSo key", () => {
    expect(() => PHUCAP("Trưởng thôn", 2026)).toThrow(/Tham số "phuCap\.truongThon" .*chưa có giá trị.*ThamSo/);
  });
  test("an unknown post suggests close names", () => {
    expect(() => PHUCAP("Trưởng thn", 2026)).toThrow(/Không có chức danh "Trưởng thn" trong gói central.*"Trưởng thôn"/);
  });
  test("a support-paid post is refused: use HOTRO", () => {
    expect(() => PHUCAP("Tổ viên tổ bảo vệ ANTT", 2026, null, null, "hung-yen")).toThrow(/hưởng hỗ trợ.*DUTOAN\.HOTRO/);
  });
  test("bad input: blank, zero, too large a coefficient, a boolean, a bad year or month", () => {
    expect(() => PHUCAP(null, 2026)).toThrow(/^Thiếu chuc_danh_hoac_he_so/);
    expect(() => PHUCAP("", 2026)).toThrow(/^Thiếu chuc_danh_hoac_he_so/);
    expect(() => PHUCAP(0, 2026)).toThrow(/phải lớn hơn 0/);
    expect(() => PHUCAP(-1, 2026)).toThrow(/phải lớn hơn 0/);
    expect(() => PHUCAP(25, 2026)).toThrow(/nằm ngoài khoảng cho phép; cần hệ số lớn hơn 0 và không quá 20/);
    expect(() => PHUCAP(true, 2026)).toThrow(/không phải là số/);
    expect(() => PHUCAP(1, null)).toThrow(/^Thiếu nam_hoac_thang/);
    expect(() => PHUCAP(1, "13/2026")).toThrow(/nam_hoac_thang: "13\/2026" có tháng không hợp lệ/);
    expect(() => PHUCAP(1, "abc")).toThrow(/nam_hoac_thang: "abc" không phải năm hay tháng/);
    expect(() => PHUCAP(1, 2019)).toThrow(/luongCoSo.*chưa có giá trị áp dụng ngày 01\/01\/2019/);
    expect(() => PHUCAP(1, 1800)).toThrow(/không phải năm hay ngày/);
    expect(() => PHUCAP("Thôn đội trưởng", 2026, -3, null, "hung-yen")).toThrow(/so_ho: "-3" là số âm/);
    expect(() => PHUCAP("Thôn đội trưởng", 2026, 350, "IV", "hung-yen")).toThrow(/phan_loai: "IV" không thuộc danh sách/);
    expect(() => PHUCAP(1, 2026, null, null, "ha-noi")).toThrow(/Không có gói tham số "ha-noi"/);
  });
  test("phan_loai picks a by-class rate when the pack has one (<rate>.I), else it is ignored", () => {
    const byClass = parseOverride({
      parameters: [
        { key: "phuCap.truongThon.I", label: "Trưởng thôn, xã loại I", unit: "coefficient", values: [{ from: "2026-01-01", value: "1.5", source: { document: "NQ thử" }, confidence: "high" }] },
        { key: "phuCap.truongThon", label: "Trưởng thôn", unit: "coefficient", values: [{ from: "2026-01-01", value: "1.2", source: { document: "NQ thử" }, confidence: "high" }] },
      ],
    });
    setOverrides([{ layer: "ThamSo", override: byClass }]);
    expect(PHUCAP("Trưởng thôn", "01/2026", null, "Loại I")).toBe(3510000);
    expect(PHUCAP("Trưởng thôn", "01/2026", null, "II")).toBe(2808000);
    expect(PHUCAP("Trưởng thôn", "01/2026")).toBe(2808000);
  });
});

describe("ranges in, ranges out", () => {
  const phuCap = call(F.phuCap);
  test("a column of mixed hệ số, text numbers, post names and blanks spills the same shape", () => {
    const r = phuCap([[1], ["1,2"], [""], [null], ["Thôn đội trưởng"], ["abc"], [0.8]], [[2026]], [[350]], null, "hung-yen") as unknown[][];
    expect(r).toHaveLength(7);
    expect(r.map((x) => x.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(r[0][0]).toBe(29220000);
    expect(r[1][0]).toBe(35064000);
    expect(r[2][0]).toBe("");
    expect(r[3][0]).toBe("");
    expect(r[4][0]).toBe(26298000);
    expect(r[5][0]).toBeInstanceOf(Error);
    expect((r[5][0] as Error).message).toMatch(/Không có chức danh "abc"/);
    expect(r[6][0]).toBe(23376000);
  });
  test("a year column of the same shape pairs row by row; a 2-D block keeps its shape", () => {
    expect(phuCap([[1], [1]], [[2024], [2026]])).toEqual([[24840000], [29220000]]);
    expect(phuCap([[1, 0.8], [1.2, 1]], [["07/2026"]])).toEqual([[2530000, 2024000], [3036000, 2530000]]);
    // a row of months against a column of coefficients broadcasts to a table
    expect(phuCap([[1], [2]], [["06/2026", "07/2026"]])).toEqual([[2340000, 2530000], [4680000, 5060000]]);
  });
  test("so_ho may be a range too (one value per village)", () => {
    expect(phuCap([["Thôn đội trưởng"]], [["07/2026"]], [[100], [350], [600]], null, "hung-yen")).toEqual([[2024000], [2277000], [2530000]]);
  });
  test("ranges of different sizes are one error for the whole call", () => {
    expect(() => phuCap([[1], [1], [1]], [[2024], [2026]])).toThrow(/cùng kích thước.*2×1 và vùng 3×1/);
  });
  test("a bad year cell is an error in its row only", () => {
    const r = phuCap([[1], [1]], [[2026], ["x"]]) as unknown[][];
    expect(r[0][0]).toBe(29220000);
    expect((r[1][0] as Error).message).toMatch(/nam_hoac_thang: "x"/);
  });
  test("inside Excel a bad cell holds a CustomFunctions.Error (#VALUE! with the message)", () => {
    class CfError extends Error {
      constructor(readonly code: string, message?: string) {
        super(message);
      }
    }
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = { Error: CfError, ErrorCode: { invalidValue: "#VALUE!" } };
    try {
      const r = phuCap([[1], ["abc"]], [[2026]]) as unknown[][];
      expect(r[1][0]).toBeInstanceOf(CfError);
      expect((r[1][0] as CfError).code).toBe("#VALUE!");
      expect(() => phuCap("abc", 2026)).toThrow(CfError);
    } finally {
      delete g.CustomFunctions;
    }
  });
});

describe("KIEMNHIEM = kiemNhiem.tyLe × the post's allowance (NĐ 33/2023 Đ.34 k.4)", () => {
  test("KIEMNHIEM(1; 2025) = 100% × 12 × 2,340,000 = 28,080,000", () => {
    expect(KIEMNHIEM(1, 2025)).toBe(28080000);
  });
  test("a ThamSo rate of 50% from 1/1/2026 halves 2026 only", () => {
    const over = parseOverride({ parameters: [{ key: "kiemNhiem.tyLe", label: "x", unit: "ratio", values: [{ from: "2026-01-01", value: "0.5", source: { document: "NQ thử" }, confidence: "high" }] }] });
    setOverrides([{ layer: "ThamSo", override: over }]);
    expect(KIEMNHIEM(1, 2025)).toBe(28080000);
    expect(KIEMNHIEM(1, 2026)).toBe(6 * 1170000 + 6 * 1265000);
    expect(GIAITHICH("KIEMNHIEM", 1, 2026)).toMatch(/NQ thử \(giá trị nhập ở ThamSo\)/);
  });
  test("a support-paid post uses hoTroKiemNhiem.tyLe: empty in Hưng Yên → error naming the key", () => {
    expect(() => KIEMNHIEM("Tổ viên tổ bảo vệ ANTT", 2026, null, "hung-yen")).toThrow(/hoTroKiemNhiem\.tyLe.*ThamSo/);
  });
});

describe("HOTRO: Tổ bảo vệ ANTT, Hưng Yên NQ 456/2024 Đ.3 k.1 (fixed amounts)", () => {
  test('HOTRO("Tổ viên tổ bảo vệ ANTT"; 2026; ; "hung-yen") = 12 × 1,620,000 = 19,440,000', () => {
    expect(HOTRO("Tổ viên tổ bảo vệ ANTT", 2026, null, "hung-yen")).toBe(19440000);
  });
  test("Tổ trưởng 2,340,000 and Tổ phó 1,980,000 a month, not indexed to LCS 2,530,000", () => {
    expect(HOTRO("Tổ trưởng tổ bảo vệ ANTT", "07/2026", null, "hung-yen")).toBe(2340000);
    expect(HOTRO("toPhoToBaoVe", "07/2026", null, "hung-yen")).toBe(1980000);
  });
  test("2024: nothing before the placeholder date 1/7/2024 → an error for the year, a value from July", () => {
    expect(() => HOTRO("Tổ viên tổ bảo vệ ANTT", 2024, null, "hung-yen")).toThrow(/hoTro\.toBaoVe\.toVien/);
    expect(HOTRO("Tổ viên tổ bảo vệ ANTT", "07/2024", null, "hung-yen")).toBe(1620000);
  });
  test("a number is a fixed amount per month; an allowance post is refused", () => {
    expect(HOTRO(1620000, 2026)).toBe(19440000);
    expect(() => HOTRO("Thôn đội trưởng", 2026, 350, "hung-yen")).toThrow(/hưởng phụ cấp.*DUTOAN\.PHUCAP/);
  });
});

describe("BHXH / BHYT employer part (Luật BHXH 58/2014 Đ.86; Luật 41/2024 Đ.33–34; NĐ 146/2018 Đ.7 k.1 đ)", () => {
  test("commune HĐKCT: BHXH 14% → 17% of 2,340,000 across 1/7/2025: 327,600 → 397,800", () => {
    expect(BHXH("Xã", "06/2025")).toBe(327600);
    expect(BHXH("xa", "07/2025")).toBe(397800);
    expect(BHXH("Xã", 2025)).toBe(6 * 327600 + 6 * 397800);
  });
  test("HĐKCT ở thôn: not covered before 1/7/2025 (0), covered after (Luật 41/2024 Đ.2 k.1 k)", () => {
    expect(BHXH("Thôn", "06/2025")).toBe(0);
    expect(BHXH("thon", "07/2025")).toBe(397800);
    expect(BHXH("Thôn", 2025)).toBe(6 * 397800);
  });
  test("a post of the pack stands for its group: Trưởng thôn = HĐKCT ở thôn; Tổ viên tổ bảo vệ: never compulsory", () => {
    expect(BHXH("Trưởng thôn", 2025)).toBe(6 * 397800);
    expect(BHXH("Tổ viên tổ bảo vệ ANTT", 2026)).toBe(0);
    expect(BHYT("Thôn đội trưởng", 2026)).toBe(0); // a post outside insurance (NĐ 33/2023 Đ.33 k.6–7)
  });
  test("BHYT 3% of LCS: 70,200 at 2,340,000; 75,900 at 2,530,000", () => {
    expect(BHYT("Xã", "06/2026")).toBe(70200);
    expect(BHYT("Xã", "07/2026")).toBe(75900);
    expect(BHYT("Thôn", "06/2025")).toBe(0);
  });
  test("can_cu: a coefficient below 100 (× LCS), an amount from 100 on", () => {
    expect(BHXH("Xã", "07/2026", 1.5)).toBe(645150); // 17% × 1.5 × 2,530,000
    expect(BHXH("Xã", "07/2026", 3000000)).toBe(510000);
    expect(BHXH("Xã", "07/2026", "3.000.000")).toBe(510000);
  });
  test("equals the estimate's insurance lines for a whole-year thôn HĐKCT row", () => {
    const rows = [row({ postCode: "truongThon", heSo: "1.0" })];
    const s = summarize(estimate({ year: 2025, rows, units: [] }, resolvePack("central")));
    expect(BHXH("thon", 2025)).toBe(s.totals.bhxh);
    expect(BHYT("thon", 2025)).toBe(s.totals.bhyt);
  });
  test("bad input: no empty first argument any more", () => {
    expect(() => BHXH(null, 2026)).toThrow(/^Thiếu doi_tuong/);
    expect(() => BHXH("Xã", 2026, "abc")).toThrow(/can_cu: "abc" không phải là số/);
    expect(() => BHXH("Huyện", 2026)).toThrow(/doi_tuong: "Huyện" không phải nhóm đối tượng hay chức danh của gói central; cần Xã, Thôn/);
    expect(() => BHYT("Xã", null)).toThrow(/^Thiếu thang_hoac_nam/);
    expect(() => BHXH("Xã", 2026, 250)).toThrow(/can_cu: "250" nhỏ bất thường cho một số tiền/);
  });
});

describe("HOTROBHXHTN: support on the rural poverty line (Luật 41/2024 Đ.36; NĐ 159/2025; NĐ 134/2015; NĐ 07/2021 Đ.3)", () => {
  test("Khác: June 2025 10% × 22% × 1,500,000 = 33,000; July 2025 20% = 66,000; Jan 2027 at 2,200,000 = 96,800", () => {
    expect(HOTROBHXHTN("Khác", "06/2025")).toBe(33000);
    expect(HOTROBHXHTN("Khác", "07/2025")).toBe(66000);
    expect(HOTROBHXHTN("khac", "01/2027")).toBe(96800);
  });
  test("year 2026 = 12 × 66,000 = 792,000", () => {
    expect(HOTROBHXHTN("Khác", 2026)).toBe(792000);
  });
  test("every group by its Vietnamese label (NĐ 159/2025: 50 / 40 / 30 / 50%)", () => {
    expect(HOTROBHXHTN("Hộ nghèo", "07/2025")).toBe(165000);
    expect(HOTROBHXHTN("Hộ cận nghèo", "07/2025")).toBe(132000);
    expect(HOTROBHXHTN("Dân tộc thiểu số", "07/2025")).toBe(99000);
    expect(HOTROBHXHTN("Xã đảo, đặc khu", "07/2025")).toBe(165000);
    expect(HOTROBHXHTN("hoCanNgheo", "07/2025")).toBe(132000);
  });
  test("the chosen income does not change the support; below the floor it is raised to it, as in the estimate, and GIAITHICH says so", () => {
    expect(HOTROBHXHTN("Khác", 2026, 5000000)).toBe(792000);
    expect(HOTROBHXHTN("Khác", 2026, 1000000)).toBe(792000);
    expect(GIAITHICH("HOTROBHXHTN", "Khác", 2026, 1000000)).toMatch(/Thu nhập lựa chọn 1\.000\.000 thấp hơn chuẩn nghèo khu vực nông thôn 1\.500\.000: tính theo mức tối thiểu/);
    expect(GIAITHICH("HOTROBHXHTN", "Khác", "01/2027", 2000000)).toMatch(/2\.200\.000/);
  });
  test("with the post group: the province's top-up is added (Hưng Yên NQ 456 Đ.3 k.2: 0 on top of the central 20%)", () => {
    expect(HOTROBHXHTN("Khác", 2026, null, "Tổ viên tổ bảo vệ ANTT", "hung-yen")).toBe(792000);
    const over = parseOverride({ parameters: [{ key: "hoTroBhxhTuNguyen.toBaoVe.tyLeTinhThem", label: "x", unit: "ratio", values: [{ from: "2026-01-01", value: "0.1", source: { document: "NQ thử" }, confidence: "high" }] }] });
    setOverrides([{ layer: "ThamSo", override: over }]);
    // 20% × 22% × 1,500,000 + 10% × 22% × 1,500,000 = 66,000 + 33,000
    expect(HOTROBHXHTN("Khác", "03/2026", null, "Tổ bảo vệ ANTT", "hung-yen")).toBe(99000);
    expect(HOTROBHXHTN("Khác", "03/2026", null, null, "hung-yen")).toBe(66000);
  });
  test("bad input", () => {
    expect(() => HOTROBHXHTN(null, 2026)).toThrow(/^Thiếu nhom/);
    expect(() => HOTROBHXHTN("Giàu", 2026)).toThrow(/nhom: "Giàu" không thuộc danh sách cho phép; cần một trong: Hộ nghèo/);
    expect(() => HOTROBHXHTN("Khác", 2026, 500)).toThrow(/thu_nhap: "500" nhỏ bất thường cho một số tiền/);
  });
});

describe("HOTROBHYT: share × 4.5% × LCS (NĐ 146/2018 Đ.7 k.1 e; Hưng Yên NQ 456/2024 Đ.3 k.2 b)", () => {
  test('HOTROBHYT("Tổ bảo vệ ANTT"; 2026; "hung-yen") = 6 × 105,300 + 6 × 113,850', () => {
    expect(HOTROBHYT("Tổ bảo vệ ANTT", 2026, "hung-yen")).toBe(6 * 105300 + 6 * 113850);
    expect(HOTROBHYT("Tổ viên tổ bảo vệ ANTT", "07/2026", "hung-yen")).toBe(113850);
  });
  test("central pack: the share is empty until NĐ 188/2025 (50% from September 2025) → error naming the key", () => {
    expect(() => HOTROBHYT("Tổ bảo vệ", 2025)).toThrow(/hoTroBhyt\.toBaoVe\.tyLe.*ThamSo/);
    expect(HOTROBHYT("Tổ bảo vệ", "09/2025")).toBe(52650);
    expect(HOTROBHYT("Tổ bảo vệ", 2026)).toBe(6 * 52650 + 6 * 56925);
  });
  test("before the support exists: 0 (1/2024); a group without a support parameter: error", () => {
    expect(HOTROBHYT("Tổ bảo vệ ANTT", "01/2024", "hung-yen")).toBe(0);
    expect(() => HOTROBHYT("Xã", 2026, "hung-yen")).toThrow(/hoTroBhyt\.hdkctXa\.tyLe/);
    expect(() => HOTROBHYT(null, 2026)).toThrow(/^Thiếu doi_tuong/);
  });
});

describe("QUYKHOAN: central fund (NĐ 33/2023 Đ.34; NĐ 185/2026, date unconfirmed)", () => {
  test("thôn of 720 households, 2026 = 6 × 14,040,000 + 6 × 20,240,000 = 205,680,000", () => {
    expect(QUYKHOAN("Thôn", 720, 2026)).toBe(205680000);
  });
  test("xã loại I, 2025 = 7 × 49,140,000 = 343,980,000 (commune posts end 1/8/2025)", () => {
    expect(QUYKHOAN("Xã", "I", 2025)).toBe(343980000);
    expect(QUYKHOAN("Xã", "Loại I", "07/2025")).toBe(49140000);
    expect(QUYKHOAN("Phường", 1, "08/2025")).toBe(0);
  });
  test.each([
    ["Thôn", 349, 12 * 10530000],
    ["Thôn", 350, 12 * 14040000],
    ["Tổ dân phố", 499, 12 * 10530000],
    ["TDP", 500, 12 * 14040000],
  ])("2025: %s of %i households (NĐ 33 Đ.34 k.2: 350 / 500 households)", (loai, soHo, expected) => {
    expect(QUYKHOAN(loai, soHo, 2025)).toBe(expected);
  });
  test("thôn of 500 households in 2026: tier a until June, tier b from July (6 × 14,040,000 + 6 × 16,445,000)", () => {
    expect(QUYKHOAN("Thôn", 500, 2026)).toBe(6 * 14040000 + 6 * 16445000);
  });
  test("a border village is tier a whatever its size (NĐ 33 Đ.34 k.2 a)", () => {
    expect(QUYKHOAN("Thôn", 100, 2025, "Biên giới")).toBe(12 * 14040000);
    expect(QUYKHOAN("Thôn", 100, 2025, "Hải đảo; Khó khăn")).toBe(12 * 14040000);
  });
  test("equals the engine's fund line", () => {
    const units = [unit({ loai: "xa", phanLoai: "II" }), unit({ thon: "T", loai: "thon", soHo: 640 })];
    const s = summarize(estimate({ year: 2026, rows: [], units }, resolvePack("central")));
    expect(QUYKHOAN("Thôn", 640, 2026)).toBe(s.funds.find((f) => f.thon === "T")!.quyKhoan);
    expect(QUYKHOAN("Xã", "II", 2023)).toBe(summarize(estimate({ year: 2023, rows: [], units }, resolvePack("central"))).funds.find((f) => f.thon === null)!.quyKhoan);
  });
  test("bad input", () => {
    expect(() => QUYKHOAN("Huyện", 1, 2026)).toThrow(/loai_don_vi: "Huyện" không thuộc danh sách/);
    expect(() => QUYKHOAN("Xã", "IV", 2026)).toThrow(/so_ho_hoac_phan_loai: "IV" không thuộc danh sách cho phép; cần một trong: I, II, III/);
    expect(() => QUYKHOAN("Thôn", null, 2026)).toThrow(/^Thiếu so_ho_hoac_phan_loai \(số hộ/);
    expect(() => QUYKHOAN("Thôn", 300, 2026, "Miền núi")).toThrow(/dac_diem: "Miền núi" có phần “Miền núi” không thuộc danh sách/);
  });
});

describe("KHOAN: khoán kinh phí by provincial resolution", () => {
  test("Hải Phòng NQ 20/2019: Ban công tác Mặt trận, 1,100 households → 5,000,000 + 2 × 1,000,000 = 7,000,000 a year", () => {
    expect(KHOAN("Ban công tác Mặt trận", "Thôn", 1100, 2026, null, "hai-phong")).toBe(7000000);
    expect(KHOAN("banCongTacMatTranThon", "Thôn", 600, 2026, null, "hai-phong")).toBe(5000000);
    expect(KHOAN("banCongTacMatTranThon", "Thôn", 600, 2026, "Khó khăn", "hai-phong")).toBe(6000000);
  });
  test("monthly amounts use cumulative rounding and add up to the year (7,000,000 / 12)", () => {
    const months = Array.from({ length: 12 }, (_, i) => KHOAN("banCongTacMatTranThon", "Thôn", 1100, `${i + 1}/2026`, null, "hai-phong") as number);
    expect(months[0]).toBe(583333);
    expect(months.reduce((a, b) => a + b, 0)).toBe(7000000);
  });
  test("a commune item needs a commune; a village item a village", () => {
    expect(() => KHOAN("banCongTacMatTranThon", "Xã", "II", 2026, null, "hai-phong")).toThrow(/khoản của thôn, tổ dân phố/);
  });
  test("Hưng Yên NQ 439/2023 amounts are empty: error naming the ThamSo key", () => {
    expect(() => KHOAN("chiBoThon", "Thôn", 400, 2026, null, "hung-yen")).toThrow(/tham số khoan\.chiBo\.thon.*ThamSo/);
    expect(() => KHOAN("matTranXa", "Xã", "II", 2026, null, "hung-yen")).toThrow(/khoan\.matTran\.xa\.II/);
  });
  test("the central pack has no khoán items; an unknown item lists the codes", () => {
    expect(() => KHOAN("chiBoThon", "Thôn", 400, 2026)).toThrow(/không có khoản khoán kinh phí nào/);
    expect(() => KHOAN("Hội Thợ săn", "Thôn", 400, 2026, null, "hung-yen")).toThrow(/Không có khoản khoán "Hội Thợ săn".*Mã các khoản: matTranXa/);
  });
});

describe("SOTHANG: months in post, fractions by calendar days", () => {
  test('SOTHANG("15/07/2026"; ; 2026) = 5 + 17/31', () => {
    expect(SOTHANG("15/07/2026", null, 2026)).toBeCloseTo(5 + 17 / 31, 12);
  });
  test("blank dates = the whole year; leaving 31/5 = 5; dates outside the year = 0", () => {
    expect(SOTHANG(null, null, 2026)).toBe(12);
    expect(SOTHANG("", "31/05/2026", 2026)).toBe(5);
    expect(SOTHANG(serial("2026-02-15"), serial("2026-02-28"), 2026)).toBeCloseTo(14 / 28, 12);
    expect(SOTHANG("01/01/2027", null, 2026)).toBe(0);
    expect(SOTHANG(null, null, 2024)).toBe(12);
  });
  test("ranges of dates", () => {
    expect(call(F.soThangFn)([["01/07/2026"], [null]], [[null]], [[2026]])).toEqual([[6], [12]]);
  });
  test("bad input", () => {
    expect(() => SOTHANG("31/05/2026", "01/01/2026", 2026)).toThrow(/tu_ngay \(31\/05\/2026\) sau den_ngay/);
    expect(() => SOTHANG("31/02/2026", null, 2026)).toThrow(/tu_ngay: "31\/02\/2026" không phải ngày có thật/);
    expect(() => SOTHANG(null, null, "07/2026")).toThrow(/nam: "07\/2026" là một tháng/);
    expect(() => SOTHANG(null, null, null)).toThrow(/^Thiếu nam/);
  });
});

describe("THAMSO: any pack parameter on a date", () => {
  test("luongCoSo: 2,340,000 on 30/06/2026, 2,530,000 from 01/07/2026 (NĐ 161/2026)", () => {
    expect(THAMSO("luongCoSo", "30/06/2026")).toBe(2340000);
    expect(THAMSO("luongCoSo", serial("2026-07-01"))).toBe(2530000);
    expect(THAMSO("LUONGCOSO", "07/2026")).toBe(2530000);
    expect(THAMSO("bhxh.batBuoc.donVi", "01/07/2025")).toBe(0.17);
    expect(THAMSO("bhxh.batBuoc.apDung.hdkctThon", "30/06/2025")).toBe(0);
  });
  test("a scale by households needs so_ho (Hưng Yên NQ 794/2025)", () => {
    expect(THAMSO("phuCap.thonDoiTruong", "01/01/2026", 350, "hung-yen")).toBe(0.9);
    expect(() => THAMSO("phuCap.thonDoiTruong", "01/01/2026", null, "hung-yen")).toThrow(/bảng bậc theo số hộ: cần nhập số hộ \(so_ho\)/);
  });
  test("an unknown key lists close keys; an empty value says to fill in ThamSo; a year is not a date", () => {
    expect(() => THAMSO("luongcos", "01/01/2026")).toThrow(/Không có tham số "luongcos".*Mã gần giống: luongCoSo/);
    expect(() => THAMSO("phuCap.truongThon", "01/01/2026")).toThrow(/chưa có giá trị áp dụng ngày 01\/01\/2026: hãy nhập giá trị ở sheet ThamSo/);
    expect(() => THAMSO("luongCoSo", 2026)).toThrow(/là một năm, không phải một ngày/);
  });
  test("the default pack follows the workbook (setDefaultPack)", () => {
    expect(() => THAMSO("hoTro.toBaoVe.toVien", "01/01/2026")).toThrow(/chưa có giá trị/); // central: empty slot
    setDefaultPack("hung-yen");
    expect(getDefaultPack()).toBe("hung-yen");
    expect(THAMSO("hoTro.toBaoVe.toVien", "01/01/2026")).toBe(1620000);
    expect(HOTRO("Tổ viên tổ bảo vệ ANTT", 2026)).toBe(19440000);
  });
});

describe("GIAITHICH: formula lines and legal basis of a result", () => {
  test("PHUCAP(1; 2026): two LCS periods and both decrees", () => {
    const t = GIAITHICH("PHUCAP", 1, 2026) as string;
    expect(t).toContain("29.220.000 đồng");
    expect(t).toContain("Tháng 1–6/2026: 1 × 2.340.000 = 2.340.000 × 6 tháng = 14.040.000");
    expect(t).toContain("Tháng 7–12/2026: 1 × 2.530.000 = 2.530.000 × 6 tháng = 15.180.000");
    expect(t).toContain("Căn cứ: Nghị định 73/2024/NĐ-CP Điều 3 khoản 2; Nghị định 161/2026/NĐ-CP Điều 3 khoản 2.");
  });
  test("names like =DUTOAN.PHUCAP( are accepted; a month is one line", () => {
    expect(GIAITHICH("=DUTOAN.PHUCAP(", "1,2", "07/2026")).toContain("Tháng 7/2026: 1,2 × 2.530.000 = 3.036.000");
  });
  test("QUYKHOAN flags NĐ 185/2026 as unconfirmed and says why the tier", () => {
    const t = GIAITHICH("QUYKHOAN", "Thôn", 720, 2026) as string;
    expect(t).toContain("loại a (720 hộ ≥ 700): 8,0 × 2.530.000 = 20.240.000 × 6 tháng = 121.440.000");
    expect(t).toContain("Nghị định 185/2026/NĐ-CP (chưa xác nhận)");
  });
  test("BHXH of a thôn HĐKCT in 2025: the months before coverage are 0 with the reason", () => {
    const t = GIAITHICH("BHXH", "Thôn", 2025) as string;
    expect(t).toMatch(/Tháng 1–6\/2025: .*không thuộc diện BHXH bắt buộc.*: 0;/);
    expect(t).toContain("Tháng 7–12/2025: 17% × 1 × 2.340.000 = 397.800 × 6 tháng = 2.386.800.");
  });
  test("every explainable function, with its pack argument in its own position", () => {
    expect(GIAITHICH("HOTRO", "Tổ viên tổ bảo vệ ANTT", 2026, null, "hung-yen")).toContain("Tháng 1–12/2026: 1.620.000 × 12 tháng = 19.440.000");
    expect(GIAITHICH("KIEMNHIEM", 1, "07/2025")).toContain("100% × 1 × 2.340.000 = 2.340.000");
    expect(GIAITHICH("BHYT", "Xã", "07/2026")).toContain("3% × 1 × 2.530.000 = 75.900");
    expect(GIAITHICH("HOTROBHXHTN", "Khác", 2026)).toContain("20% × 22% × 1.500.000 = 66.000 × 12 tháng = 792.000");
    expect(GIAITHICH("HOTROBHYT", "Tổ bảo vệ ANTT", 2026, "hung-yen")).toMatch(/100% × 4,5% × 2\.340\.000 = 105\.300 × 6 tháng.*Nghị quyết 456\/2024/s); // NQ 456 Đ.3 k.2 b: medium (docs/legal/hung-yen.md §3)
    expect(GIAITHICH("KHOAN", "banCongTacMatTranThon", "Thôn", 1100, 2026, null, "hai-phong")).toContain("5.000.000 + 2 × 1.000.000/năm × 1/12, 12 tháng làm tròn lũy kế = 7.000.000");
  });
  test("errors: unknown function, the target's own errors prefixed with its name", () => {
    expect(() => GIAITHICH("TONG", 1)).toThrow(/không giải thích được hàm "TONG": chỉ các hàm PHUCAP/);
    expect(() => GIAITHICH("PHUCAP", "abc", 2026)).toThrow(/^PHUCAP: Không có chức danh "abc"/);
    expect(() => GIAITHICH(null, 1)).toThrow(/^Thiếu ten_ham/);
  });
});

describe("the functions agree with the estimate (same rules, same rounding)", () => {
  test("property: PHUCAP(hệ số; year) = the estimate's phụ cấp of a whole-year row", () => {
    const central = resolvePack("central");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 2020, max: 2027 }), (h, year) => {
        const heSo = (h / 100).toString();
        const s = summarize(estimate({ year, rows: [row({ postCode: "truongThon", heSo })], units: [] }, central));
        expect(PHUCAP(h / 100, year)).toBe(s.totals.phuCap);
      }),
      { numRuns: 60 },
    );
  });
});
