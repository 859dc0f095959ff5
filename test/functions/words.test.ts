/**
 * DOCSO: amounts in Vietnamese words (as finance forms print "Bằng chữ": groups nghìn,
 * triệu, tỷ, nghìn tỷ; "không trăm"; "lẻ"; "mười"; "mốt"; "lăm"; "đồng chẵn").
 */
import { docSoFn } from "../../src/functions/functions";
import { amountInWords } from "../../src/engine/words";

describe("amountInWords", () => {
  test.each([
    [0, "Không đồng"],
    [5, "Năm đồng chẵn"],
    [10, "Mười đồng chẵn"],
    [11, "Mười một đồng chẵn"],
    [14, "Mười bốn đồng chẵn"],
    [15, "Mười lăm đồng chẵn"],
    [20, "Hai mươi đồng chẵn"],
    [21, "Hai mươi mốt đồng chẵn"],
    [24, "Hai mươi bốn đồng chẵn"],
    [25, "Hai mươi lăm đồng chẵn"],
    [100, "Một trăm đồng chẵn"],
    [101, "Một trăm lẻ một đồng chẵn"],
    [105, "Một trăm lẻ năm đồng chẵn"],
    [110, "Một trăm mười đồng chẵn"],
    [111, "Một trăm mười một đồng chẵn"],
    [115, "Một trăm mười lăm đồng chẵn"],
    [1005, "Một nghìn không trăm lẻ năm đồng chẵn"],
    [1015, "Một nghìn không trăm mười lăm đồng chẵn"],
    [1200000, "Một triệu hai trăm nghìn đồng chẵn"],
    [1050000, "Một triệu không trăm năm mươi nghìn đồng chẵn"],
    [2340000, "Hai triệu ba trăm bốn mươi nghìn đồng chẵn"],
    [16445000, "Mười sáu triệu bốn trăm bốn mươi lăm nghìn đồng chẵn"],
    [29220000, "Hai mươi chín triệu hai trăm hai mươi nghìn đồng chẵn"],
    [1000000000, "Một tỷ đồng chẵn"],
    [1000000005, "Một tỷ không trăm lẻ năm đồng chẵn"],
    [786854250, "Bảy trăm tám mươi sáu triệu tám trăm năm mươi bốn nghìn hai trăm năm mươi đồng chẵn"],
    [1234567890123, "Một nghìn hai trăm ba mươi bốn tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn một trăm hai mươi ba đồng chẵn"],
    [1000000000000, "Một nghìn tỷ đồng chẵn"],
    [999999999999999, "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng chẵn"],
    [1000005000000000, "Một triệu không trăm lẻ năm tỷ đồng chẵn"],
    [-1200000, "Âm một triệu hai trăm nghìn đồng chẵn"],
    [1234.5, "Một nghìn hai trăm ba mươi lăm đồng chẵn"],
    [-2.5, "Âm ba đồng chẵn"],
    [0.4, "Không đồng"],
  ])("%d → %s", (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });
  test("beyond exact JS integers: RangeError", () => {
    expect(() => amountInWords(2 ** 60)).toThrow(RangeError);
  });
});

describe("DOCSO (Excel function)", () => {
  const f = docSoFn as (x: unknown) => unknown[][];
  test("a single value", () => {
    expect(f(16445000)).toEqual([["Mười sáu triệu bốn trăm bốn mươi lăm nghìn đồng chẵn"]]);
  });
  test("text numbers in Vietnamese notation", () => {
    expect(f("1.050.000")).toEqual([["Một triệu không trăm năm mươi nghìn đồng chẵn"]]);
    expect(f("2 340 000 đ")).toEqual([["Hai triệu ba trăm bốn mươi nghìn đồng chẵn"]]);
  });
  test("a range: blanks stay blank, a bad cell is an error in that cell only", () => {
    const r = f([[5], [""], [null], ["abc"], [21]]);
    expect(r[0][0]).toBe("Năm đồng chẵn");
    expect(r[1][0]).toBe("");
    expect(r[2][0]).toBe("");
    expect(r[3][0]).toBeInstanceOf(Error);
    expect((r[3][0] as Error).message).toMatch(/so_tien: "abc" không phải là số/);
    expect(r[4][0]).toBe("Hai mươi mốt đồng chẵn");
  });
  test("a single bad value throws #VALUE! with the message", () => {
    expect(() => f("mười")).toThrow(/không phải là số/);
    expect(() => f(1e20)).toThrow(/quá lớn/);
  });
});
