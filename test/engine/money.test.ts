import { dec, formatDecimal, formatVnd, mulRound, roundDong } from "../../src/engine/money";

describe("money: whole đồng, half away from zero (Excel ROUND)", () => {
  test("the trap: 0.69 × 2,340,000 × 1.5% × 0.5 = 12,109.5 → 12,110", () => {
    expect(dec("0.69").times("2340000").times("0.015").times("0.5").toString()).toBe("12109.5");
    expect(mulRound("0.69", "2340000", "0.015", "0.5")).toBe(12110);
    // the float route is wrong here, which is why nothing else may round
    expect(Math.round(0.69 * 2340000 * 0.015 * 0.5)).toBe(12109);
  });
  test("negative half rounds away from zero: −2.5 → −3, −2.4 → −2", () => {
    expect(roundDong("-2.5")).toBe(-3);
    expect(roundDong("-2.4")).toBe(-2);
    expect(roundDong("2.5")).toBe(3);
  });
  test("1.602275 × 2,340,000 = …323.5 rounds up (floats give …323.4999…)", () => {
    expect(mulRound("1.602275", "2340000")).toBe(3749324);
  });
  test("W10: 1.5% of 1.37 × 2,530,000 = 51,991.5 → 51,992", () => {
    expect(mulRound("1.37", "2530000")).toBe(3466100);
    expect(mulRound("0.015", 3466100)).toBe(51992);
  });
  test("Vietnamese display", () => {
    expect(formatVnd(16445000)).toBe("16.445.000");
    expect(formatVnd(-1234)).toBe("-1.234");
    expect(formatDecimal("1.5")).toBe("1,5");
  });
});
