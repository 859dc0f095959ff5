import {
  asCoefficient, asCount, asDate, asDecimal, asMoney, asText, asYesNo, enumCoercer, enumListCoercer, ExcelError, UncalculatedFormula, formatDecimal,
  unwrapCell, type Coerced,
} from "../../src/roster/cells";
import { BHXH, BHYT, DAC_DIEM, LOAI_DON_VI, NHOM_HO_TRO, PHAN_LOAI, PHUONG_THUC_DONG } from "../../src/roster/enums";

function value<T>(r: Coerced<T>): T {
  if (!r.ok) throw new Error(`expected a value, got ${r.problem.code}: ${r.problem.vi}`);
  return r.value;
}
function code<T>(r: Coerced<T>): string {
  if (r.ok) throw new Error(`expected a problem, got ${JSON.stringify(r.value)}`);
  return r.problem.code;
}

describe("unwrapCell: exceljs and Office.js shapes", () => {
  test("formulas give their result", () => {
    expect(unwrapCell({ formula: "A1*2", result: 2340000 })).toBe(2340000);
    expect(unwrapCell({ sharedFormula: "B2", result: "Trưởng thôn" })).toBe("Trưởng thôn");
    // No cached result: not blank but an error cell of its own kind (the file was never calculated).
    expect(unwrapCell({ formula: "A1" })).toEqual(new UncalculatedFormula("A1"));
    expect(unwrapCell({ formula: "A1", result: "" })).toBe("");
  });
  test("rich text and hyperlinks give their text", () => {
    expect(unwrapCell({ richText: [{ text: "Trưởng " }, { text: "thôn", font: { bold: true } }] })).toBe("Trưởng thôn");
    expect(unwrapCell({ text: "Xã An Bình", hyperlink: "http://x" })).toBe("Xã An Bình");
  });
  test("error cells: exceljs objects and Office.js strings", () => {
    expect(unwrapCell({ error: "#N/A" })).toEqual(new ExcelError("#N/A"));
    expect(unwrapCell("#VALUE!")).toEqual(new ExcelError("#VALUE!"));
    expect(unwrapCell({ formula: "1/0", result: { error: "#DIV/0!" } })).toEqual(new ExcelError("#DIV/0!", "1/0"));
    expect(unwrapCell({ formula: "VLOOKUP(A1,B:C,2,0)", error: "#N/A" })).toEqual(new ExcelError("#N/A", "VLOOKUP(A1,B:C,2,0)"));
    expect(unwrapCell("#1 thôn")).toBe("#1 thôn");
  });
});

describe("money (whole đồng)", () => {
  test("numbers and text with thousands separators", () => {
    expect(value(asMoney(2340000))).toBe(2340000);
    expect(value(asMoney("2.340.000"))).toBe(2340000);
    expect(value(asMoney("2,340,000"))).toBe(2340000);
    expect(value(asMoney("2 340 000 đ"))).toBe(2340000);
    expect(value(asMoney("2340000"))).toBe(2340000);
    expect(value(asMoney("2.340.000,00"))).toBe(2340000);
    expect(value(asMoney(0))).toBe(0);
  });
  test("float artifacts from Excel formulas are rounded away", () => {
    expect(value(asMoney(1.2 * 2340000))).toBe(2808000);
    expect(value(asMoney(0.1 * 3 * 10000000))).toBe(3000000);
  });
  test("text, negative and fractional amounts are rejected", () => {
    expect(code(asMoney("hai triệu"))).toBe("NOT_A_NUMBER");
    expect(code(asMoney(-5000))).toBe("NEGATIVE_NUMBER");
    expect(code(asMoney("-5.000"))).toBe("NEGATIVE_NUMBER");
    expect(code(asMoney(2340000.5))).toBe("FRACTIONAL_NUMBER");
    expect(code(asMoney("2.340.000,5"))).toBe("FRACTIONAL_NUMBER");
    expect(code(asMoney("1,5"))).toBe("FRACTIONAL_NUMBER");
    expect(code(asMoney(true))).toBe("NOT_A_NUMBER");
  });
  test("counts", () => {
    expect(value(asCount(350))).toBe(350);
    expect(value(asCount("1.200"))).toBe(1200);
    expect(code(asCount(350.5))).toBe("FRACTIONAL_NUMBER");
    expect(code(asCount("nhiều"))).toBe("NOT_A_NUMBER");
  });
});

describe("coefficients", () => {
  test("decimal strings from numbers and text", () => {
    expect(value(asCoefficient("1,2"))).toBe("1.2");
    expect(value(asCoefficient("1.2"))).toBe("1.2");
    expect(value(asCoefficient(1.2))).toBe("1.2");
    expect(value(asCoefficient("1,20"))).toBe("1.2");
    expect(value(asCoefficient(",5"))).toBe("0.5");
    expect(value(asCoefficient(2))).toBe("2");
    expect(value(asCoefficient(0.1 + 0.2))).toBe("0.3");
    expect(value(asCoefficient(1.2000000000000002))).toBe("1.2");
    expect(value(asCoefficient(0.123456789012))).toBe("0.123456789");
  });
  test("out of range or not a number", () => {
    expect(code(asCoefficient(0))).toBe("COEFFICIENT_OUT_OF_RANGE");
    expect(code(asCoefficient(-1))).toBe("COEFFICIENT_OUT_OF_RANGE");
    expect(code(asCoefficient("20,5"))).toBe("COEFFICIENT_OUT_OF_RANGE");
    expect(value(asCoefficient(20))).toBe("20");
    expect(code(asCoefficient("abc"))).toBe("NOT_A_NUMBER");
  });
  test("formatDecimal has no float artifacts", () => {
    expect(formatDecimal(0.30000000000000004)).toBe("0.3");
    expect(formatDecimal(2340000)).toBe("2340000");
    expect(formatDecimal(-0)).toBe("0");
  });
});

describe("dates", () => {
  test("Excel serials, Date objects (UTC) and dd/mm/yyyy text", () => {
    expect(value(asDate(46204))).toBe("2026-07-01");
    expect(value(asDate(46204.75))).toBe("2026-07-01");
    expect(value(asDate(new Date(Date.UTC(2026, 6, 1))))).toBe("2026-07-01");
    expect(value(asDate(new Date(Date.UTC(2026, 11, 31, 23, 0))))).toBe("2026-12-31");
    expect(value(asDate("01/07/2026"))).toBe("2026-07-01");
    expect(value(asDate("1/7/2026"))).toBe("2026-07-01");
    expect(value(asDate(" 15-08-2026 "))).toBe("2026-08-15");
    expect(value(asDate("2026-07-01"))).toBe("2026-07-01");
  });
  test("impossible, malformed and implausible dates", () => {
    const r = asDate("31/02/2026");
    expect(code(r)).toBe("INVALID_DATE");
    expect(!r.ok && r.problem.vi).toContain("không phải ngày có thật");
    expect(code(asDate("tháng 7"))).toBe("INVALID_DATE");
    expect(code(asDate("01/07/26"))).toBe("INVALID_DATE");
    expect(code(asDate(2026))).toBe("DATE_OUT_OF_RANGE");
    expect(code(asDate(true))).toBe("INVALID_DATE");
  });
});

describe("yes/no markers", () => {
  test.each([["x", true], ["X", true], ["Có", true], ["co", true], ["1", true], [1, true], [true, true], ["✓", true],
    ["Không", false], ["khong", false], ["0", false], [0, false], [false, false], ["-", false]] as [string | number | boolean, boolean][])(
    "%p → %p", (input, expected) => expect(value(asYesNo(input))).toBe(expected));
  test("anything else is an error", () => {
    expect(code(asYesNo("có lẽ"))).toBe("INVALID_ENUM");
    expect(code(asYesNo(2))).toBe("INVALID_ENUM");
  });
});

describe("enumerations", () => {
  test("BHXH and BHYT", () => {
    const bhxh = enumCoercer(BHXH);
    expect(value(bhxh("Bắt buộc"))).toBe("batBuoc");
    expect(value(bhxh("BAT BUOC"))).toBe("batBuoc");
    expect(value(bhxh("Tự nguyện"))).toBe("tuNguyen");
    expect(value(bhxh("không"))).toBe("khong");
    const bad = bhxh("Có lẽ");
    expect(code(bad)).toBe("INVALID_ENUM");
    expect(!bad.ok && bad.problem.expectedVi).toContain("Bắt buộc, Tự nguyện, Không");
    const bhyt = enumCoercer(BHYT);
    expect(value(bhyt("Có"))).toBe(true);
    expect(value(bhyt("Không"))).toBe(false);
  });
  test("support groups", () => {
    const f = enumCoercer(NHOM_HO_TRO);
    expect(value(f("Hộ nghèo"))).toBe("hoNgheo");
    expect(value(f("Xã đảo, đặc khu"))).toBe("xaDaoDacKhu");
    expect(value(f("Hộ cận nghèo"))).toBe("hoCanNgheo");
    expect(value(f("Dân tộc thiểu số"))).toBe("danTocThieuSo");
    expect(value(f("Khác"))).toBe("khac");
  });
  test("unit kinds, classes, payment modes", () => {
    const loai = enumCoercer(LOAI_DON_VI);
    expect(["Xã", "Phường", "Thị trấn", "Đặc khu", "Thôn", "Bản", "Ấp", "Xóm", "Tổ dân phố", "TDP", "Khu phố"].map((x) => value(loai(x)))).toEqual(
      ["xa", "phuong", "thiTran", "dacKhu", "thon", "thon", "thon", "thon", "toDanPho", "toDanPho", "toDanPho"]);
    expect(code(loai("Huyện"))).toBe("INVALID_ENUM");
    const pl = enumCoercer(PHAN_LOAI);
    expect(["I", "II", "III", "1", "2", "3", "Loại I", "loại 2", "Xã loại III"].map((x) => value(pl(x)))).toEqual(["I", "II", "III", "I", "II", "III", "I", "II", "III"]);
    expect(value(pl(2))).toBe("II");
    expect(code(pl("IV"))).toBe("INVALID_ENUM");
    const ptd = enumCoercer(PHUONG_THUC_DONG);
    expect(["1 tháng", "Hằng tháng", "3 tháng", "6 tháng", "12 tháng"].map((x) => value(ptd(x)))).toEqual([1, 1, 3, 6, 12]);
    expect(value(ptd(12))).toBe(12);
  });
  test("đặc điểm lists", () => {
    const f = enumListCoercer(DAC_DIEM);
    expect(value(f("Trọng điểm ANTT; Biên giới"))).toEqual(["trongDiemAnTT", "bienGioi"]);
    expect(value(f("Hải đảo, Đặc biệt khó khăn"))).toEqual(["haiDao", "khoKhan"]);
    expect(value(f("Trọng điểm, phức tạp về ANTT"))).toEqual(["trongDiemAnTT"]);
    expect(value(f("Trọng điểm, phức tạp về an ninh, trật tự; Biên giới"))).toEqual(["trongDiemAnTT", "bienGioi"]);
    expect(value(f("Khó khăn; khó khăn"))).toEqual(["khoKhan"]);
    const bad = f("Biên giới; Miền núi");
    expect(code(bad)).toBe("INVALID_ENUM");
    expect(!bad.ok && bad.problem.vi).toContain("Miền núi");
  });
});

describe("text and decimals", () => {
  test("text is trimmed, spaces collapsed, NFC", () => {
    expect(value(asText("  Nguyễn   Văn  An "))).toBe("Nguyễn Văn An");
    expect(value(asText("Trưởng thôn".normalize("NFD")))).toBe("Trưởng thôn");
    expect(value(asText(12))).toBe("12");
  });
  test("ThamSo values", () => {
    expect(value(asDecimal(false)("2.530.000"))).toBe("2530000");
    expect(value(asDecimal(false)(2530000))).toBe("2530000");
    expect(value(asDecimal(true)("0,17"))).toBe("0.17");
    expect(value(asDecimal(true)("17%"))).toBe("0.17");
    expect(value(asDecimal(true)("5%"))).toBe("0.05");
    expect(value(asDecimal(true)("1.500"))).toBe("1.5");
    expect(code(asDecimal(true)("mười bảy"))).toBe("NOT_A_NUMBER");
  });
});

test("an error cell given to a coercer is a problem, not a crash", () => {
  const e = new ExcelError("#N/A");
  for (const c of [asMoney, asCount, asCoefficient, asDate, asYesNo, enumCoercer(BHXH), asDecimal(true)]) expect(c(e).ok).toBe(false);
});
