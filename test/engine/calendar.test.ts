import {
  dayBefore, daysInMonth, daysInPost, excelSerialToIso, formatVnDate, isoToExcelSerial, monthsInPost, parseVnDate, quarterOf,
} from "../../src/engine/calendar";

describe("calendar", () => {
  test("days in month, leap years", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
  test("quarters", () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map(quarterOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
  test("days in post within a month", () => {
    const jul = { year: 2026, month: 7 };
    expect(daysInPost(jul)).toBe(31);
    expect(daysInPost(jul, "2026-07-15")).toBe(17);
    expect(daysInPost(jul, null, "2026-07-10")).toBe(10);
    expect(daysInPost(jul, "2026-08-01")).toBe(0);
    expect(daysInPost(jul, "2026-07-10", "2026-07-09")).toBe(0);
  });
  test("months in post in a year, with fractions", () => {
    expect(monthsInPost(2026)).toBe(12);
    expect(monthsInPost(2026, "2026-07-01")).toBe(6);
    expect(monthsInPost(2026, "2026-06-16", "2026-06-30")).toBeCloseTo(0.5, 10);
  });
  test("day before", () => {
    expect(dayBefore("2026-07-01")).toBe("2026-06-30");
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
    expect(dayBefore("2027-01-01")).toBe("2026-12-31");
  });
  test("Excel serials round-trip (1900 system)", () => {
    expect(excelSerialToIso(46204)).toBe("2026-07-01");
    expect(isoToExcelSerial("2026-07-01")).toBe(46204);
    expect(excelSerialToIso(61)).toBe("1900-03-01");
    expect(excelSerialToIso(-1)).toBeNull();
  });
  test("dd/mm/yyyy text", () => {
    expect(parseVnDate("01/07/2026")).toBe("2026-07-01");
    expect(parseVnDate("1/7/2026")).toBe("2026-07-01");
    expect(parseVnDate("31/02/2026")).toBeNull();
    expect(parseVnDate("2026-07-01")).toBeNull();
    expect(formatVnDate("2026-07-01")).toBe("01/07/2026");
  });
});
