/** Unit names: the same commune or village however its name was typed (NFC/NFD, spaces, case). */
import { normalizeName, UnitIndex } from "../../src/engine/units";

describe("unit names", () => {
  test("a name typed with combining accents (NFD, as some keyboards and PDFs give it) is the same name", () => {
    const nfc = "Thôn Đông Hưng";
    expect(normalizeName(nfc.normalize("NFD"))).toBe("thôn đông hưng");
    expect(normalizeName("  THÔN   Đông  Hưng ")).toBe("thôn đông hưng");
  });
  test("rows spelling a unit differently land in one unit", () => {
    const u = new UnitIndex();
    const a = u.id("Xã Tân Tiến", "Thôn 1");
    expect(u.id("xã  tân tiến ", "thôn 1")).toBe(a);
    expect(u.id("Xã Tân Tiến".normalize("NFD"), "Thôn 1")).toBe(a);
    expect(u.id("Xã Tân Tiến", "Thôn 2")).not.toBe(a);
  });
});
