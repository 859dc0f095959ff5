import { PackError, parseOverride, parsePack, resolvePack } from "../../src/packs";
import { centralPack } from "../../src/packs/central";

const src = { document: "NQ thử" };
function minimalPack(extra: Record<string, unknown> = {}) {
  return {
    id: "thu", name: "Gói thử", jurisdiction: "Tỉnh thử",
    parameters: [{ key: "luongCoSo", label: "LCS", unit: "VND", values: [{ from: "2024-07-01", value: "2340000", source: src, confidence: "high" }] }],
    ...extra,
  };
}
function errorOf(input: unknown): PackError {
  try {
    parsePack(input, "thu");
  } catch (e) {
    if (e instanceof PackError) return e;
    throw e;
  }
  throw new Error("expected a PackError");
}

describe("pack schema", () => {
  test("the built-in central pack is valid", () => {
    expect(() => parsePack(centralPack, "central")).not.toThrow();
  });
  test("a minimal pack is valid and defaults fill in", () => {
    const p = parsePack(minimalPack());
    expect(p.posts).toEqual([]);
    expect(p.rules).toEqual({});
  });
  const bad: [string, (p: any) => void, string, RegExp][] = [
    ["value as a JS number", (p) => (p.parameters[0].values[0].value = 2340000), "parameters[0].values[0].value", /không khớp/],
    ["impossible date", (p) => (p.parameters[0].values[0].from = "2024-02-30"), "parameters[0].values[0].from", /ngày/],
    ["unknown confidence", (p) => (p.parameters[0].values[0].confidence = "sure"), "parameters[0].values[0].confidence", /cho phép: high, medium, low, unconfirmed/],
    ["missing source document", (p) => (p.parameters[0].values[0].source = {}), "parameters[0].values[0].source.document", /thiếu trường/],
    ["dates out of order", (p) => p.parameters[0].values.push({ from: "2023-07-01", value: "1800000", source: src, confidence: "high" }), "parameters[0].values[1].from", /tăng dần/],
    ["bad key", (p) => (p.parameters[0].key = "lương cơ sở"), "parameters[0].key", /mã tham số/],
    ["bad unit", (p) => (p.parameters[0].unit = "USD"), "parameters[0].unit", /cho phép/],
    ["duplicate key", (p) => p.parameters.push(structuredClone(p.parameters[0])), "parameters[1].key", /trùng/],
    ["no values", (p) => (p.parameters[0].values = []), "parameters[0].values", /ít nhất 1/],
    ["bad post level", (p) => (p.posts = [{ code: "x", name: "X", level: "huyen", component: "phuCap", insurance: "khong", inFund: false }]), "posts[0].level", /cho phép: xa, thon/],
    ["scale not ascending", (p) => (p.parameters[0].values[0].value = { by: "soHo", brackets: [{ min: 350, value: "0.9" }, { min: 0, value: "0.8" }] }), "parameters[0].values[0].value", /không khớp|tăng dần/],
    ["missing id", (p) => delete p.id, "id", /thiếu trường/],
  ];
  test.each(bad)("rejects %s with the JSON path", (_name, mutate, path, message) => {
    const input = minimalPack();
    mutate(input);
    const err = errorOf(input);
    const issue = err.issues.find((i) => i.path === path);
    expect(issue).toBeDefined();
    expect(issue!.message).toMatch(message);
    expect(err.message).toContain(path);
  });
  test("override files are parameters only", () => {
    expect(() => parseOverride({ parameters: [] })).toThrow(/ít nhất 1/);
    expect(parseOverride({ parameters: minimalPack().parameters }).parameters).toHaveLength(1);
  });
});

describe("pack layering", () => {
  test("a user override applies from its date on and is marked as the user's", () => {
    const over = parseOverride({ parameters: [{ key: "kiemNhiem.tyLe", label: "Tỷ lệ kiêm nhiệm", unit: "ratio", values: [{ from: "2026-01-01", value: "0.5", source: { document: "NQ tỉnh" }, confidence: "high" }] }] });
    const p = resolvePack("central", [{ layer: "user", override: over }]);
    expect(p.chain).toEqual(["central", "user"]);
    expect(p.params.at("kiemNhiem.tyLe", "2025-12-31").value).toBe("1.0");
    expect(p.params.at("kiemNhiem.tyLe", "2026-01-01")).toMatchObject({ value: "0.5", layer: "user" });
  });
  test("unknown pack id names the available ones", () => {
    expect(() => resolvePack("khong-co")).toThrow(/central/);
  });
});
