/**
 * The province-wide workbook recalculated by LibreOffice headless (an independent engine) agrees to
 * the đồng with `dutoan consolidate --json` of the same folder: Tổng hợp (components × quarters),
 * Theo xã (each commune's row and the total), Quỹ khoán, BHXH theo quý, and the failed file listed.
 */
import { join } from "path";
import { COMPONENT_LABELS, COMPONENTS } from "../../src/engine/ledger";
import type { Consolidation } from "../../src/consolidate";
import { cli, nums, row } from "./cells";
import { describeWithLibreOffice, removeTemp, sheetsAsCsv, tempDir } from "./soffice";

jest.setTimeout(600000);
afterAll(removeTemp);

const FOLDER = join(__dirname, "../../samples/tinh");
const ARGS = ["consolidate", FOLDER, "--year", "2026", "--pack", "hung-yen"];



describeWithLibreOffice("LibreOffice recalculates the province-wide workbook", () => {
  let json: Consolidation;
  let csv: Map<string, string[][]>;
  beforeAll(async () => {
    json = JSON.parse(await cli([...ARGS, "--json"])) as Consolidation;
    const file = join(tempDir(), "tong-hop-tinh.xlsx");
    await cli([...ARGS, "--out", file]);
    csv = sheetsAsCsv(file);
  });

  test("the sheets, the failed file among them", () => {
    expect([...csv.keys()].sort()).toEqual(["BHXHQuy_2026", "CanCu_2026", "QuyKhoan_2026", "TepLoi_2026", "TheoXa_2026", "TongHop_2026"]);
    expect(json.communes.length).toBe(2);
    const failed = csv.get("TepLoi_2026")!.filter((r) => r[1].endsWith("xa-an-lac.xlsx"));
    expect(failed.map((r) => [r[2], r[3], r[4]])).toEqual([["DanhSach", "3", "Hệ số"], ["DanhSach", "5", "Chức danh"]]);
  });

  test("Tổng hợp: every component by quarter and year; the total row", () => {
    const rows = csv.get("TongHop_2026")!;
    for (const c of COMPONENTS) expect([c, ...nums(row(rows, COMPONENT_LABELS[c]), 2, 7)]).toEqual([c, ...json.byQuarter.map((q) => q.totals[c]), json.totals[c]]);
    expect(nums(row(rows, "TỔNG CỘNG"), 2, 7)).toEqual([...json.byQuarter.map((q) => q.totals.tong), json.totals.tong]);
  });

  test("Theo xã: each commune's components and total; the total row", () => {
    const rows = csv.get("TheoXa_2026")!;
    for (const x of json.communes) expect([x.xa, ...nums(row(rows, x.xa), 3, 15)]).toEqual([x.xa, x.people, ...COMPONENTS.map((c) => x.totals[c]), x.totals.tong]);
    expect(nums(row(rows, "TỔNG CỘNG"), 4, 15)).toEqual([...COMPONENTS.map((c) => json.totals[c]), json.totals.tong]);
  });

  test("Quỹ khoán: fund, cost, difference (a formula), local top-up per commune and in all", () => {
    const rows = csv.get("QuyKhoan_2026")!;
    for (const x of json.communes) expect(nums(row(rows, x.xa), 3, 7)).toEqual([x.funds!.quyKhoan, x.funds!.chiPhi, x.funds!.chenhLech, x.funds!.boSung]);
    const all = (k: "quyKhoan" | "chiPhi" | "chenhLech" | "boSung") => json.communes.reduce((a, x) => a + x.funds![k], 0);
    expect(nums(row(rows, "TỔNG CỘNG"), 3, 7)).toEqual([all("quyKhoan"), all("chiPhi"), all("chenhLech"), all("boSung")]);
  });

  test("BHXH theo quý: per commune and kind, the quarters and the year; totals per kind", () => {
    const rows = csv.get("BHXHQuy_2026")!;
    for (const x of json.communes)
      for (const [kind, label] of [["bhxhTuNguyen", "BHXH tự nguyện"], ["bhyt", "BHYT"]] as const) {
        const r = rows.find((y) => y[1] === x.xa && y[3] === label)!;
        const q = x.transfers[kind];
        expect([x.xa, kind, ...nums(r, 4, 9)]).toEqual([x.xa, kind, ...q, q.reduce((a, v) => a + v, 0)]);
      }
    const quarter = (k: number, kind?: "bhxhTuNguyen" | "bhyt") => json.communes.reduce((a, x) => a + (kind ? x.transfers[kind][k] : x.transfers.bhxhTuNguyen[k] + x.transfers.bhyt[k]), 0);
    const year = (kind?: "bhxhTuNguyen" | "bhyt") => [0, 1, 2, 3].reduce((a, k) => a + quarter(k, kind), 0);
    expect(nums(row(rows, "TỔNG CỘNG"), 4, 9)).toEqual([0, 1, 2, 3].map((k) => quarter(k)).concat(year()));
    expect(nums(row(rows, "Trong đó: BHYT"), 4, 9)).toEqual([0, 1, 2, 3].map((k) => quarter(k, "bhyt")).concat(year("bhyt")));
    expect(nums(row(rows, "Trong đó: BHXH tự nguyện"), 4, 9)).toEqual([0, 1, 2, 3].map((k) => quarter(k, "bhxhTuNguyen")).concat(year("bhxhTuNguyen")));
  });
});
