import { layerParameters, MissingParameterError, overlayParameter, ParamTable, scaleValue } from "../../src/engine/params";
import type { Parameter } from "../../src/packs/schema";

const src = { document: "Văn bản thử" };
const lcs: Parameter = {
  key: "luongCoSo", label: "LCS", unit: "VND",
  values: [
    { from: "2023-07-01", value: "1800000", source: src, confidence: "high" },
    { from: "2024-07-01", value: "2340000", source: src, confidence: "high" },
    { from: "2026-07-01", value: null, source: src, confidence: "high" },
  ],
};

describe("parameter lookup by date", () => {
  const t = new ParamTable(layerParameters("central", [lcs]));
  test("value in force on each side of a boundary", () => {
    expect(t.at("luongCoSo", "2024-06-30").value).toBe("1800000");
    expect(t.at("luongCoSo", "2024-07-01").value).toBe("2340000");
    expect(t.at("luongCoSo", "2024-07-01").to).toBe("2026-06-30");
  });
  test("before the first value, or a null value: an error, never 0", () => {
    expect(() => t.at("luongCoSo", "2023-06-30")).toThrow(MissingParameterError);
    expect(() => t.at("luongCoSo", "2026-07-01")).toThrow(/chưa có giá trị/);
    expect(() => t.at("khongCo", "2026-07-01")).toThrow(/Không có tham số/);
    expect(t.tryAt("luongCoSo", "2026-07-01")).toBeUndefined();
  });
  test("overlay from a date keeps earlier base values", () => {
    const over = layerParameters("user", [{ key: "luongCoSo", label: "LCS", unit: "VND", values: [{ from: "2025-01-01", value: "2500000", source: { document: "ThamSo" }, confidence: "high" }] }])[0];
    const merged = new ParamTable([overlayParameter(t.get("luongCoSo"), over)]);
    expect(merged.at("luongCoSo", "2024-12-31").value).toBe("2340000");
    expect(merged.at("luongCoSo", "2024-12-31").layer).toBe("central");
    expect(merged.at("luongCoSo", "2024-12-31").to).toBe("2024-12-31");
    expect(merged.at("luongCoSo", "2025-01-01").value).toBe("2500000");
    expect(merged.at("luongCoSo", "2027-01-01").layer).toBe("user");
  });
  test("scales by households: largest bracket at or below", () => {
    const s = { by: "soHo" as const, brackets: [{ min: 0, value: "0.8" }, { min: 350, value: "0.9" }, { min: 501, value: "1.0" }] };
    expect(scaleValue(s, 349)).toBe("0.8");
    expect(scaleValue(s, 350)).toBe("0.9");
    expect(scaleValue(s, 500)).toBe("0.9");
    expect(scaleValue(s, 501)).toBe("1.0");
  });
});
