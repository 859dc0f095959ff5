/**
 * A province's own pack file (--pack-file; src/packs/packfile.ts) and the shipped example
 * samples/tinh-mau.json (a fictitious province: every provincial value empty and unconfirmed).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { summarize } from "../../src/engine/aggregate";
import { estimate } from "../../src/engine/estimate";
import { PackError, parseOverride, parsePackFile, resolvePack, type Pack } from "../../src/packs";
import { row, unit } from "../helpers/records";

const sampleText = readFileSync(join(__dirname, "../../samples/tinh-mau.json"), "utf8");
const sample = () => JSON.parse(sampleText);

function issuesOf(json: unknown, others: Pack[] = []): string[] {
  try {
    parsePackFile(json, "tinh-x.json", others);
  } catch (e) {
    if (e instanceof PackError) return e.issues.map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
  return [];
}

function minimal(extra: Record<string, unknown> = {}): any {
  return {
    id: "tinh-x", name: "Tỉnh X", jurisdiction: "Tỉnh X",
    parameters: [{ key: "phuCap.truongThon", label: "Trưởng thôn", unit: "coefficient", values: [{ from: "2026-01-01", value: "1.2", document: "NQ 1/2025/NQ-HĐND tỉnh X", article: "Điều 2", confidence: "high" }] }],
    ...extra,
  };
}

describe("samples/tinh-mau.json", () => {
  test("is a valid pack file for a fictitious province, extending central", () => {
    const p = parsePackFile(sample(), "tinh-mau.json");
    expect([p.id, p.extends]).toEqual(["tinh-mau", "central"]);
    expect(p.name).toMatch(/không có thật/);
    expect(resolvePack("tinh-mau", [], [p]).chain).toEqual(["central", "tinh-mau"]);
  });
  test("every provincial value is empty and unconfirmed, with a note naming its ThamSo key", () => {
    const p = parsePackFile(sample(), "tinh-mau.json");
    for (const q of p.parameters)
      for (const v of q.values) {
        expect([q.key, v.value, v.confidence]).toEqual([q.key, null, "unconfirmed"]);
        expect([q.key, v.note]).toEqual([q.key, expect.stringContaining(`mã "${q.key}"`)]);
      }
  });
  test("an estimate with it asks for the provincial value at the row; with the value supplied it computes (W16: 1.0 × LCS in 2026 = 29,220,000)", () => {
    const p = parsePackFile(sample(), "tinh-mau.json");
    const rows = [row({ postCode: "truongThon", thon: "T" })];
    const units = [unit({ loai: "xa", phanLoai: "I" }), unit({ loai: "thon", thon: "T", soHo: 400 })];
    const empty = summarize(estimate({ year: 2026, rows, units }, resolvePack("tinh-mau", [], [p])));
    expect(empty.errors[0]).toMatchObject({ code: "THIEU_THAM_SO", sheet: "DanhSach" });
    expect(empty.errors[0].message).toMatch(/phuCap\.truongThon/);
    // khoán levels the province has not set are errors too (issue 9: a missing value is never a dropped line); 0 = not funded
    const khoanKeys = p.khoan.flatMap((k) => (k.byPhanLoai ? ["I", "II", "III"].map((c) => `${k.base}.${c}`) : [k.base]));
    const zero = khoanKeys.map((key) => ({ key, label: key, unit: "VND" as const, values: [{ from: "2026-01-01", value: "0", document: "NQ thử", confidence: "high" as const }] }));
    const over = parseOverride({ parameters: [{ key: "phuCap.truongThon", label: "Trưởng thôn", unit: "coefficient", values: [{ from: "2026-01-01", value: "1.0", document: "NQ thử", confidence: "high" }] }, ...zero] });
    const s = summarize(estimate({ year: 2026, rows, units }, resolvePack("tinh-mau", [{ layer: "ThamSo", override: over }], [p])));
    expect(s.errors).toEqual([]);
    expect(s.totals.phuCap).toBe(29220000);
  });
});

describe("parsePackFile: located errors", () => {
  test("a minimal file extends central by default", () => {
    expect(parsePackFile(minimal(), "tinh-x.json").extends).toBe("central");
  });
  test("a province rate in đồng where central has a hệ số slot is allowed (as NQ 456/2024 Hưng Yên does)", () => {
    const f = minimal();
    f.parameters[0] = { key: "hoTro.toBaoVe.toVien", label: "Tổ viên", unit: "VND", values: [{ from: "2026-01-01", value: "1500000", document: "NQ", confidence: "high" }] };
    expect(issuesOf(f)).toEqual([]);
  });
  const cases: [string, (f: any) => void, string][] = [
    ["a typo in a field", (f) => (f.parameters[0].values[0].valeu = "1"), "parameters[0].values[0].valeu (phuCap.truongThon): trường không được biết; có phải “value”?"],
    ["a date that does not exist", (f) => (f.parameters[0].values[0].from = "2026-02-30"), "parameters[0].values[0].from (phuCap.truongThon): phải là ngày dạng yyyy-mm-dd có thật"],
    ["an unknown parent", (f) => (f.extends = "hung-yen-moi"), "extends: không có gói “hung-yen-moi” để kế thừa; có phải “hung-yen”?"],
    ["extending itself", (f) => (f.extends = "tinh-x"), "extends: gói “tinh-x” không thể kế thừa chính nó."],
    ["the id of the central pack", (f) => (f.id = "central"), "id: mã “central” dành cho quy định trung ương"],
    ["a post whose rate is not a parameter", (f) => (f.posts = [{ code: "truongXom", name: "Trưởng xóm", level: "thon", component: "phuCap", rate: "phuCap.truongXom", insurance: "hdkctThon", inFund: true }]),
      "posts[0].rate (truongXom): tham số “phuCap.truongXom” không có trong tệp hay gói “central”"],
    ["a khoán item without its amounts", (f) => (f.khoan = [{ code: "chiBoThon", name: "Chi bộ", level: "thon", base: "khoan.chiBo.thon" }]),
      "khoan[0].base (chiBoThon): tham số “khoan.chiBo.thon” không có trong tệp hay gói “central”"],
    ["a khoán step in đồng where households are needed", (f) => {
      f.khoan = [{ code: "ban", name: "Ban CTMT", level: "thon", base: "luongCoSo", steps: { threshold: "luongCoSo", size: "luongCoSo", amount: "luongCoSo" } }];
    }, "khoan[0].steps.threshold (ban): tham số “luongCoSo” có đơn vị “VND”; khoản khoán cần “households”."],
    ["another unit for a central parameter", (f) => (f.parameters[0] = { key: "luongCoSo", label: "LCS", unit: "coefficient", values: [{ from: "2026-01-01", value: "1", document: "x", confidence: "high" }] }),
      "parameters[0].unit (luongCoSo): đơn vị “coefficient” khác đơn vị của tham số này"],
    ["a key one letter off a central key", (f) => (f.parameters[0].key = "phuCap.truongThom"), "parameters[0].key (phuCap.truongThom): mã tham số “phuCap.truongThom” không có trong các gói; có phải “phuCap.truongThon”?"],
    ["đồng typed for a hệ số (suggests 3,795,000 / 2,530,000 = 1.5)", (f) => {
      f.parameters[0].values[0] = { from: "2026-07-01", value: "3795000", document: "NQ", confidence: "high" };
    }, "parameters[0].values[0].value (phuCap.truongThon): giá trị “3795000” có vẻ là số tiền đồng, không phải hệ số; hệ số tương ứng ≈ 1,5 (= 3.795.000 / 2.530.000)"],
    ["a percentage typed for a ratio", (f) => (f.parameters[0] = { key: "hoTroBhyt.toBaoVe.tyLe", label: "BHYT", unit: "ratio", values: [{ from: "2026-01-01", value: "50", document: "NQ", confidence: "high" }] }),
      "parameters[0].values[0].value (hoTroBhyt.toBaoVe.tyLe): giá trị “50” lớn hơn 1 (trên 100%); nếu là phần trăm thì tỷ lệ là 0,5 (= 50%)"],
    ["a scale bracket out of range", (f) => (f.parameters[0].values[0].value = { by: "soHo", brackets: [{ min: 0, value: "0.8" }, { min: 350, value: "90" }] }),
      "parameters[0].values[0].value.brackets[1].value (phuCap.truongThon): giá trị “90” là hệ số lớn bất thường"],
  ];
  test.each(cases)("%s", (_name, mutate, expected) => {
    const f = minimal();
    mutate(f);
    expect(issuesOf(f)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
  });
  test("a pack file may extend another pack file given with it; a cycle between them is an error", () => {
    const a = parsePackFile(minimal({ id: "tinh-a" }), "a.json");
    expect(parsePackFile(minimal({ id: "tinh-b", extends: "tinh-a" }), "b.json", [a]).extends).toBe("tinh-a");
    const loopA = { ...a, extends: "tinh-b" } as Pack;
    expect(issuesOf(minimal({ id: "tinh-b", extends: "tinh-a" }), [loopA])[0]).toMatch(/^extends: .*vòng tròn/);
  });
});
