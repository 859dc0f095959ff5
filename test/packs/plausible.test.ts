/**
 * Plausibility (src/packs/plausible.ts; issue 9 item 3): one rule for ThamSo, --params, pack files,
 * roster cells and DUTOAN.* arguments. Expected suggestions computed by hand.
 */
import { CELL_SPECS, checkPlausible, checkUserParameter, parameterSpec, UNIT_RANGES } from "../../src/packs/plausible";
import { builtInPacks, PackError, parseOverride, resolvePack, type Unit } from "../../src/packs";

const central = resolvePack("central");
const hy = resolvePack("hung-yen");

describe("checkPlausible: unit defaults", () => {
  const ok: [Unit, string][] = [
    ["coefficient", "1.5"], ["coefficient", "0"], ["coefficient", "21.0"], ["ratio", "0.17"], ["ratio", "1"], ["ratio", "0"],
    ["VND", "2340000"], ["VND", "0"], ["households", "350"], ["count", "14"], ["flag", "1"], ["flag", "0"], ["months", "60"],
  ];
  test.each(ok)("%s %s is plausible", (unit, v) => expect(checkPlausible(v, { unit })).toBeNull());

  const bad: [Unit, string, string][] = [
    ["coefficient", "abc", "NOT_A_NUMBER"],
    ["coefficient", "-1", "NEGATIVE_NUMBER"],
    ["coefficient", "0.0000000001", "OUT_OF_RANGE"],
    ["coefficient", "50", "IMPLAUSIBLE_COEFFICIENT"],
    ["coefficient", "3795000", "LOOKS_LIKE_DONG"],
    ["ratio", "17", "RATIO_ABOVE_ONE"],
    ["ratio", "1.5", "RATIO_ABOVE_ONE"],
    ["VND", "2340000.5", "FRACTIONAL_NUMBER"],
    ["VND", "1000000000000", "OUT_OF_RANGE"],
    ["VND", "9007199254740993", "OUT_OF_RANGE"],
    ["households", "1000000000", "OUT_OF_RANGE"],
    ["households", "350.5", "FRACTIONAL_NUMBER"],
    ["count", "2.5", "FRACTIONAL_NUMBER"],
    ["flag", "2", "NOT_A_FLAG"],
    ["flag", "0.5", "NOT_A_FLAG"],
    ["months", "2400", "OUT_OF_RANGE"],
  ];
  test.each(bad)("%s %s → %s", (unit, v, code) => {
    const p = checkPlausible(v, { unit });
    expect(p?.code).toBe(code);
    expect(p?.vi.length).toBeGreaterThan(0);
    expect(p?.expectedVi).toMatch(UNIT_RANGES[unit].vi.slice(0, 6));
  });
  test("a JS number is read exactly, never through an exponent", () => {
    expect(checkPlausible(1e-10, { unit: "coefficient" })?.code).toBe("OUT_OF_RANGE");
    expect(checkPlausible(2340000, { unit: "VND" })).toBeNull();
    expect(checkPlausible(Number.NaN, { unit: "VND" })?.code).toBe("NOT_A_NUMBER");
    expect(checkPlausible(1e21, { unit: "VND" })?.code).toBe("OUT_OF_RANGE");
  });
});

describe("checkPlausible: suggestions", () => {
  test("đồng where a hệ số is expected: 3,795,000 / 2,530,000 = 1.5", () => {
    const p = checkPlausible("3795000", { unit: "coefficient", range: { max: "5" } }, { luongCoSo: "2530000" })!;
    expect(p.code).toBe("LOOKS_LIKE_DONG");
    expect(p.vi).toBe("có vẻ là số tiền đồng, không phải hệ số; hệ số tương ứng ≈ 1,5 (= 3.795.000 / 2.530.000)");
    expect(p.expectedVi).toBe("một hệ số (× lương cơ sở) từ 0 đến 5");
    expect(p.en).toMatch(/≈ 1\.5 \(= 3,795,000 \/ 2,530,000\)/);
  });
  test("a percentage typed for a ratio: 17 → 0,17", () => {
    const p = checkPlausible("17", { unit: "ratio" })!;
    expect(p.vi).toBe("lớn hơn 1 (trên 100%); nếu là phần trăm thì tỷ lệ là 0,17 (= 17%)");
  });
  test("a hệ số where đồng is expected: 1.5 × 2,340,000 = 3,510,000", () => {
    const p = checkPlausible("1.5", { unit: "VND", range: { min: "100000", max: "20000000" } }, { luongCoSo: "2340000" })!;
    expect(p.code).toBe("LOOKS_LIKE_COEFFICIENT");
    expect(p.vi).toMatch(/≈ 3\.510\.000 \(= 1,5 × 2\.340\.000\)/);
  });
  test("a large coefficient shows what it would cost: 12 × 2,340,000 = 28,080,000 a month", () => {
    const p = checkPlausible("12", { unit: "coefficient", range: { max: "5" } }, { luongCoSo: "2340000" })!;
    expect(p.code).toBe("IMPLAUSIBLE_COEFFICIENT");
    expect(p.vi).toBe("là hệ số lớn bất thường (tức 28.080.000 đồng/tháng)");
  });
  test("a declared range narrows the unit default, inclusive at both ends", () => {
    const spec = { unit: "VND" as const, range: { min: "1000000", max: "10000000" } };
    expect(checkPlausible("1000000", spec)).toBeNull();
    expect(checkPlausible("10000000", spec)).toBeNull();
    expect(checkPlausible("999999", spec)?.code).toBe("OUT_OF_RANGE");
    expect(checkPlausible("10000001", spec)?.code).toBe("OUT_OF_RANGE");
    expect(checkPlausible("0", spec)?.code).toBe("ZERO_NOT_ALLOWED");
  });
});

describe("checkUserParameter: the pack's unit, range and LCS at the date", () => {
  test("luongCoSo must be > 0 (issue 9: LCS 0 made every total 0)", () => {
    expect(checkUserParameter("luongCoSo", "0", central, "2026-01-01")?.code).toBe("ZERO_NOT_ALLOWED");
    expect(checkUserParameter("luongCoSo", "2530000", central, "2026-07-01")).toBeNull();
  });
  test("ThamSo phuCap.truongThon = 3795000 (issue 9) suggests 1,5 with the LCS of 2026-07-01, 1,6218 before", () => {
    expect(checkUserParameter("phuCap.truongThon", "3795000", hy, "2026-07-01")?.vi).toMatch(/≈ 1,5 \(= 3\.795\.000 \/ 2\.530\.000\)/);
    expect(checkUserParameter("phuCap.truongThon", "3795000", hy, "2026-06-30")?.vi).toMatch(/≈ 1,6218 \(= 3\.795\.000 \/ 2\.340\.000\)/);
    expect(checkUserParameter("phuCap.truongThon", "1.5", hy, "2026-07-01")).toBeNull();
  });
  test("a rate above 1 is an error (BHXH 17 → 0,17)", () => {
    expect(checkUserParameter("bhxh.batBuoc.donVi", "17", central, "2026-01-01")?.vi).toMatch(/0,17/);
    expect(checkUserParameter("bhxh.batBuoc.donVi", "0.17", central, "2026-01-01")).toBeNull();
  });
  test("months of salary per year in staff reduction may exceed 1 (declared range up to 12)", () => {
    expect(checkUserParameter("troCap.nd178.huuTri.thangMoiNamSomMuc1", "5", central, "2026-01-01")).toBeNull();
    expect(checkUserParameter("troCap.nd178.huuTri.thangMoiNamSomMuc1", "50", central, "2026-01-01")?.code).toBe("OUT_OF_RANGE");
  });
  test("household thresholds are whole and at least 1", () => {
    expect(checkUserParameter("quyThon.nguongSoHo.thon", "0", central, "2026-01-01")?.code).toBe("ZERO_NOT_ALLOWED");
    expect(checkUserParameter("quyThon.nguongSoHo.thon", "700.5", central, "2026-01-01")?.code).toBe("FRACTIONAL_NUMBER");
  });
  test("flags are 0 or 1; a fixed monthly amount in đồng has a floor and a ceiling", () => {
    expect(checkUserParameter("quyThon.loaiA.bienGioi", "2", central, "2026-01-01")?.code).toBe("NOT_A_FLAG");
    expect(checkUserParameter("hoTro.toBaoVe.toVien", "1620000", hy, "2026-01-01")).toBeNull();
    expect(checkUserParameter("hoTro.toBaoVe.toVien", "1000000000000", hy, "2026-01-01")?.code).toBe("OUT_OF_RANGE");
  });
  test("an unknown key names the closest one", () => {
    const p = checkUserParameter("luongCoSO", "2340000", central, "2026-01-01")!;
    expect([p.code, p.vi]).toEqual(["UNKNOWN_PARAMETER", expect.stringContaining("có phải “luongCoSo”?")]);
  });
  test("parameterSpec gives the unit, label and declared range", () => {
    expect(parameterSpec("luongCoSo", central)).toEqual({ unit: "VND", label: "Mức lương cơ sở", range: { min: "1000000", max: "10000000" } });
    expect(parameterSpec("khong.co", central)).toBeUndefined();
  });
});

describe("roster cells and DUTOAN.* arguments (CELL_SPECS; the cases of issue 9)", () => {
  const lcs = { luongCoSo: "2530000" };
  test("Hệ số 1e-10 and Hệ số 3,795,000 are rejected; 1,2 passes", () => {
    expect(checkPlausible("0.0000000001", CELL_SPECS.heSo)?.code).toBe("OUT_OF_RANGE");
    expect(checkPlausible("3795000", CELL_SPECS.heSo, lcs)?.vi).toMatch(/≈ 1,5/);
    expect(checkPlausible("1.2", CELL_SPECS.heSo)).toBeNull();
  });
  test("Mức tiền 1e12 đồng a month and 9,007,199,254,740,991 are rejected; 1,620,000 passes", () => {
    expect(checkPlausible("1000000000000", CELL_SPECS.mucTien)?.code).toBe("OUT_OF_RANGE");
    expect(checkPlausible("9007199254740991", CELL_SPECS.mucTien)?.code).toBe("OUT_OF_RANGE");
    expect(checkPlausible("1620000", CELL_SPECS.mucTien)).toBeNull();
    expect(checkPlausible("1.5", CELL_SPECS.mucTien, lcs)?.code).toBe("LOOKS_LIKE_COEFFICIENT");
  });
  test("Số hộ 1e9 is rejected; NghiViec 200 years of BHXH (2,400 months) is rejected, 40 years passes", () => {
    expect(checkPlausible("1000000000", CELL_SPECS.soHo)?.code).toBe("OUT_OF_RANGE");
    expect(checkPlausible("2400", CELL_SPECS.soThang)?.code).toBe("OUT_OF_RANGE");
    expect(checkPlausible("480", CELL_SPECS.soThang)).toBeNull();
  });
  test("Phụ cấp công vụ 25 suggests 0,25", () => {
    expect(checkPlausible("25", CELL_SPECS.phuCapCongVu)?.vi).toMatch(/0,25 \(= 25%\)/);
  });
});

describe("every built-in value is plausible for its own parameter", () => {
  test.each([...builtInPacks().keys()])("%s", (id) => {
    const r = resolvePack(id);
    const bad: string[] = [];
    for (const p of r.params.all())
      for (const v of p.values) {
        if (v.value === null) continue;
        const values = typeof v.value === "string" ? [v.value] : v.value.brackets.map((b) => b.value);
        for (const x of values) {
          const pr = checkUserParameter(p.key, x, r, v.from);
          if (pr) bad.push(`${p.key} ${v.from} ${x}: ${pr.vi}`);
        }
      }
    expect(bad).toEqual([]);
  });
});

describe("--params and stacking apply the same rule, naming the JSON path", () => {
  const override = (key: string, unit: string, value: string) => ({
    parameters: [{ key, label: key, unit, values: [{ from: "2026-01-01", value, document: "NQ thử", confidence: "high" }] }],
  });
  function issuesOf(f: () => unknown): string[] {
    try {
      f();
    } catch (e) {
      if (e instanceof PackError) return e.issues.map((i) => `${i.path}: ${i.message}`);
      throw e;
    }
    return [];
  }
  test("parseOverride: a ratio of 17 is rejected at its path", () => {
    expect(issuesOf(() => parseOverride(override("bhxh.batBuoc.donVi", "ratio", "17")))).toEqual([
      "parameters[0].values[0].value (bhxh.batBuoc.donVi): giá trị “17” lớn hơn 1 (trên 100%); nếu là phần trăm thì tỷ lệ là 0,17 (= 17%); cần một tỷ lệ (17% ghi là 0,17) từ 0 đến 1.",
    ]);
  });
  test("parseOverride against the pack it lands on: its range and the LCS at the value's date apply", () => {
    expect(issuesOf(() => parseOverride(override("phuCap.truongThon", "coefficient", "3795000"), "ThamSo", hy))).toEqual([
      "parameters[0].values[0].value (phuCap.truongThon): giá trị “3795000” có vẻ là số tiền đồng, không phải hệ số; hệ số tương ứng ≈ 1,6218 (= 3.795.000 / 2.340.000); cần một hệ số (× lương cơ sở) từ 0 đến 5.",
    ]);
    expect(issuesOf(() => parseOverride(override("phuCap.truongThon", "coefficient", "3795000")))[0]).toMatch(/có vẻ là số tiền đồng/);
  });
  test("stacking: the pack's declared range applies (12 is a plausible hệ số in general, not for a post: 12 × 2,340,000)", () => {
    const o = parseOverride(override("phuCap.truongThon", "coefficient", "12"), "ThamSo");
    expect(issuesOf(() => resolvePack("hung-yen", [{ layer: "ThamSo", override: o }]))).toEqual([
      "parameters[0].values[0].value (phuCap.truongThon): giá trị “12” là hệ số lớn bất thường (tức 28.080.000 đồng/tháng); cần một hệ số (× lương cơ sở) từ 0 đến 5.",
    ]);
    const lcs = parseOverride(override("luongCoSo", "VND", "0"));
    expect(issuesOf(() => resolvePack("central", [{ layer: "tệp", override: lcs }]))[0]).toMatch(/luongCoSo.*bằng 0/);
  });
  test("stacking: a different unit, or a near-miss key, is an error; a by-class key is a deliberate addition", () => {
    const unit = parseOverride(override("luongCoSo", "coefficient", "1"));
    expect(issuesOf(() => resolvePack("central", [{ layer: "x", override: unit }]))[0]).toMatch(/parameters\[0\]\.unit \(luongCoSo\): đơn vị “coefficient” khác/);
    const typo = parseOverride(override("luongCoSO", "VND", "2340000"));
    expect(issuesOf(() => resolvePack("central", [{ layer: "x", override: typo }]))[0]).toMatch(/có phải “luongCoSo”\?/);
    const byClass = parseOverride(override("phuCap.truongThon.I", "coefficient", "1.2"));
    expect(resolvePack("central", [{ layer: "x", override: byClass }]).params.has("phuCap.truongThon.I")).toBe(true);
  });
});
