/**
 * The pack file format (src/packs/schema.ts): flat, cited values; strict objects; errors that name
 * the place in the JSON an officer can find ("parameters[0].values[0].from (luongCoSo)").
 */
import { PackError, parseOverride, parsePack, resolvePack } from "../../src/packs";
import centralPack from "../../src/packs/data/central.json";

function minimalPack(extra: Record<string, unknown> = {}): any {
  return {
    id: "thu", name: "Gói thử", jurisdiction: "Tỉnh thử",
    parameters: [{ key: "luongCoSo", label: "LCS", unit: "VND", values: [{ from: "2024-07-01", value: "2340000", document: "NĐ thử", article: "Điều 3", confidence: "high" }] }],
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
  test("the built-in central pack file is valid", () => {
    expect(() => parsePack(centralPack, "central")).not.toThrow();
  });
  test("a minimal pack is valid, defaults fill in, and flat citations become the engine's source", () => {
    const p = parsePack(minimalPack());
    expect(p.posts).toEqual([]);
    expect(p.rules).toEqual({});
    expect(p.parameters[0].values[0]).toEqual({ from: "2024-07-01", value: "2340000", source: { document: "NĐ thử", article: "Điều 3" }, confidence: "high" });
  });
  test("the older `source` object is still accepted", () => {
    const input = minimalPack();
    input.parameters[0].values[0] = { from: "2024-07-01", value: "2340000", source: { document: "NĐ thử" }, confidence: "high" };
    expect(parsePack(input).parameters[0].values[0].source).toEqual({ document: "NĐ thử" });
  });
  test("range and description are kept on the parameter", () => {
    const input = minimalPack();
    Object.assign(input.parameters[0], { range: { min: "1000000", max: "10000000" }, description: "Mức lương cơ sở theo nghị định." });
    expect(parsePack(input).parameters[0]).toMatchObject({ range: { min: "1000000", max: "10000000" }, description: "Mức lương cơ sở theo nghị định." });
  });
  const V = "parameters[0].values[0]";
  const L = " (luongCoSo)";
  const bad: [string, (p: any) => void, string, RegExp][] = [
    ["value as a JS number", (p) => (p.parameters[0].values[0].value = 2340000), `${V}.value${L}`, /không khớp/],
    ["impossible date", (p) => (p.parameters[0].values[0].from = "2024-02-30"), `${V}.from${L}`, /ngày dạng yyyy-mm-dd/],
    ["unknown confidence", (p) => (p.parameters[0].values[0].confidence = "sure"), `${V}.confidence${L}`, /cho phép: high, medium, low, unconfirmed/],
    ["missing document", (p) => delete p.parameters[0].values[0].document, `${V}.document${L}`, /thiếu trường bắt buộc: văn bản căn cứ/],
    ["both document and source", (p) => (p.parameters[0].values[0].source = { document: "x" }), `${V}.source${L}`, /không dùng cả hai/],
    ["a typo in a field name", (p) => (p.parameters[0].values[0].form = "2024-07-01"), `${V}.form${L}`, /không được biết; có phải “from”\?/],
    ["an unknown field of a parameter", (p) => (p.parameters[0].unti = "VND"), "parameters[0].unti (luongCoSo)", /có phải “unit”\?/],
    ["an unknown field at the root", (p) => (p.extend = "central"), "extend", /có phải “extends”\?/],
    ["dates out of order", (p) => p.parameters[0].values.push({ from: "2023-07-01", value: "1800000", document: "x", confidence: "high" }), "parameters[0].values[1].from (luongCoSo)", /tăng dần/],
    ["bad key", (p) => (p.parameters[0].key = "lương cơ sở"), "parameters[0].key (lương cơ sở)", /mã tham số/],
    ["bad unit", (p) => (p.parameters[0].unit = "USD"), "parameters[0].unit (luongCoSo)", /cho phép/],
    ["range min above max", (p) => (p.parameters[0].range = { min: "5", max: "1" }), "parameters[0].range (luongCoSo)", /min phải không lớn hơn max/],
    ["duplicate key", (p) => p.parameters.push(structuredClone(p.parameters[0])), "parameters[1].key (luongCoSo)", /trùng/],
    ["no values", (p) => (p.parameters[0].values = []), "parameters[0].values (luongCoSo)", /ít nhất 1/],
    ["bad post level", (p) => (p.posts = [{ code: "x", name: "X", level: "huyen", component: "phuCap", insurance: "khong", inFund: false }]), "posts[0].level (x)", /cho phép: xa, thon/],
    ["duplicate khoán code", (p) => (p.khoan = [1, 2].map(() => ({ code: "k", name: "K", level: "xa", base: "luongCoSo" }))), "khoan[1].code (k)", /trùng/],
    ["scale not ascending", (p) => (p.parameters[0].values[0].value = { by: "soHo", brackets: [{ min: 350, value: "0.9" }, { min: 0, value: "0.8" }] }), `${V}.value${L}`, /không khớp|tăng dần/],
    ["missing id", (p) => delete p.id, "id", /thiếu trường/],
  ];
  test.each(bad)("rejects %s with a readable JSON path", (_name, mutate, path, message) => {
    const input = minimalPack();
    mutate(input);
    const err = errorOf(input);
    const issue = err.issues.find((i) => i.path === path);
    expect([path, issue?.message]).toEqual([path, expect.stringMatching(message)]);
    expect(err.message).toContain(path);
  });
  test("override files are parameters only, and strict", () => {
    expect(() => parseOverride({ parameters: [] })).toThrow(/ít nhất 1/);
    expect(parseOverride({ parameters: minimalPack().parameters }).parameters).toHaveLength(1);
    expect(() => parseOverride({ parameters: minimalPack().parameters, id: "x" })).toThrow(/id: trường không được biết/);
  });
});

describe("pack layering", () => {
  test("a user override applies from its date on and is marked as the user's", () => {
    const over = parseOverride({ parameters: [{ key: "kiemNhiem.tyLe", label: "Tỷ lệ kiêm nhiệm", unit: "ratio", values: [{ from: "2026-01-01", value: "0.5", document: "NQ tỉnh", confidence: "high" }] }] });
    const p = resolvePack("central", [{ layer: "user", override: over }]);
    expect(p.chain).toEqual(["central", "user"]);
    expect(p.params.at("kiemNhiem.tyLe", "2025-12-31").value).toBe("1.0");
    expect(p.params.at("kiemNhiem.tyLe", "2026-01-01")).toMatchObject({ value: "0.5", layer: "user" });
  });
  test("unknown pack id names the available ones", () => {
    expect(() => resolvePack("khong-co")).toThrow(/central/);
  });
});
