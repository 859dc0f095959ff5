import { parseOverride, resolvePack } from "../../src/packs";
import { readWorkbook, thamSoToOverride } from "../../src/roster";
import { danhSach, expectIssue, pack, person, thamSo } from "./helpers";

function fromSheet(rows: Record<string, unknown>[]) {
  const r = readWorkbook([danhSach([person()]), thamSo(rows)], pack);
  expect(r.issues).toEqual([]);
  return thamSoToOverride(r.thamSo, pack);
}

describe("ThamSo → override", () => {
  test("values grouped per key, sorted by date, unit and label from the pack, marked as user input", () => {
    const { override, issues } = fromSheet([
      { "Mã": "luongCoSo", "Giá trị": "2.800.000", "Hiệu lực từ": "01/07/2027", "Căn cứ": "Nghị định X/2027/NĐ-CP", "Ghi chú": "dự kiến" },
      { "Mã": "luongCoSo", "Giá trị": 2530000, "Hiệu lực từ": "01/01/2027" },
      { "Mã": "phuCap.truongThon", "Giá trị": "1,5", "Hiệu lực từ": "01/01/2027", "Căn cứ": "NQ 10/2026/NQ-HĐND" },
    ]);
    expect(issues).toEqual([]);
    expect(override).toEqual({
      parameters: [
        {
          key: "luongCoSo", label: "Mức lương cơ sở", unit: "VND",
          values: [
            { from: "2027-01-01", value: "2530000", source: { document: "Sheet ThamSo (người dùng nhập)" }, confidence: "high", note: "Người dùng nhập" },
            { from: "2027-07-01", value: "2800000", source: { document: "Nghị định X/2027/NĐ-CP" }, confidence: "high", note: "dự kiến (người dùng nhập)" },
          ],
        },
        {
          key: "phuCap.truongThon", label: pack.params.get("phuCap.truongThon")!.label, unit: "coefficient",
          values: [{ from: "2027-01-01", value: "1.5", source: { document: "NQ 10/2026/NQ-HĐND" }, confidence: "high", note: "Người dùng nhập" }],
        },
      ],
    });
    // It is a valid override and stacks onto the pack from its dates on.
    const resolved = resolvePack("central", [{ layer: "user", override: parseOverride(override) }]);
    expect(resolved.params.at("luongCoSo", "2026-12-31").value).toBe("2530000");
    expect(resolved.params.at("luongCoSo", "2027-03-01")).toMatchObject({ value: "2530000", layer: "user" });
    expect(resolved.params.at("luongCoSo", "2027-07-01").value).toBe("2800000");
    expect(resolved.params.at("phuCap.truongThon", "2027-02-01").value).toBe("1.5");
  });

  test("a key in other case or the parameter's label is accepted", () => {
    const { override } = fromSheet([{ "Mã": "Mức lương cơ sở", "Giá trị": 2600000, "Hiệu lực từ": "01/01/2027" }, { "Mã": "KIEMNHIEM.TYLE", "Giá trị": "80%", "Hiệu lực từ": "01/01/2027" }]);
    expect(override!.parameters.map((p) => [p.key, p.values[0].value])).toEqual([["luongCoSo", "2600000"], ["kiemNhiem.tyLe", "0.8"]]);
  });

  test("no rows → no override", () => {
    expect(thamSoToOverride([], pack)).toEqual({ override: null, issues: [] });
  });

  test("16 unknown key: located error with the closest keys", () => {
    const { override, issues } = fromSheet([{ "Mã": "luongCoSoo", "Giá trị": 2600000, "Hiệu lực từ": "01/01/2027" }]);
    expect(override).toBeNull();
    expectIssue({ issues }, { code: "THAMSO_UNKNOWN_KEY", sheet: "ThamSo", row: 2, column: "Mã", value: "luongCoSoo" },
      "không có trong gói “central”", "luongCoSo");
  });

  test("duplicate (key, date)", () => {
    const { override, issues } = fromSheet([
      { "Mã": "luongCoSo", "Giá trị": 2600000, "Hiệu lực từ": "01/01/2027" },
      { "Mã": "luongCoSo", "Giá trị": 2700000, "Hiệu lực từ": "01/01/2027" },
    ]);
    expect(override).toBeNull();
    expectIssue({ issues }, { code: "THAMSO_DUPLICATE", sheet: "ThamSo", row: 3, column: "Hiệu lực từ" }, "dòng 2", "01/01/2027");
  });

  test("VND values must be whole; flags 0/1; no negatives; a ratio above 1 is an error suggesting the percentage", () => {
    const { issues } = fromSheet([
      { "Mã": "luongCoSo", "Giá trị": "2530000,5", "Hiệu lực từ": "01/01/2027" },
      { "Mã": "quyThon.loaiA.khoKhan", "Giá trị": 2, "Hiệu lực từ": "01/01/2027" },
      { "Mã": "quyXa.heSo.I", "Giá trị": -1, "Hiệu lực từ": "01/01/2027" },
      { "Mã": "kiemNhiem.tyLe", "Giá trị": 50, "Hiệu lực từ": "01/01/2027" },
    ]);
    expect(issues.map((i) => [i.code, i.row, i.severity])).toEqual([
      ["THAMSO_NOT_WHOLE", 2, "error"], ["THAMSO_INVALID_VALUE", 3, "error"], ["THAMSO_INVALID_VALUE", 4, "error"], ["RATIO_ABOVE_ONE", 5, "error"],
    ]);
    expect(issues[0].message).toContain("số tiền đồng chẵn");
    // 50 for a ratio: 50% is 0,5
    expect(issues[3].message).toContain("0,5");
  });
});

test("a separate parameters workbook: only ThamSo is read", () => {
  const r = readWorkbook([thamSo([{ "Mã": "luongCoSo", "Giá trị": 2600000, "Hiệu lực từ": "01/01/2027" }])], pack, { kinds: ["thamSo"] });
  expect(r.issues).toEqual([]);
  expect(r.sheetsFound).toEqual({ thamSo: "ThamSo" });
  expect(thamSoToOverride(r.thamSo, pack).override?.parameters[0].values[0].value).toBe("2600000");
});
