/**
 * An independent spreadsheet engine agrees with ours to the đồng: `dutoan estimate --out` is opened
 * by LibreOffice headless, which recalculates every formula (profile: test/libreoffice/README.md) and
 * exports every sheet to CSV; every total and every per-person amount is compared with
 * `dutoan estimate --json` of the same roster.
 */
import ExcelJS from "exceljs";
import { join } from "path";
import type { Summary } from "../../src/engine/aggregate";
import { COMPONENT_LABELS, COMPONENTS } from "../../src/engine/ledger";
import { cli, num, nums, row } from "./cells";
import { describeWithLibreOffice, freshProfile, removeTemp, sheetsAsCsv, tempDir } from "./soffice";

jest.setTimeout(600000);
afterAll(removeTemp);

const SAMPLE = join(__dirname, "../../samples/hung-yen-xa-mau.xlsx");
const LEAVERS = join(__dirname, "../../samples/nghi-viec-mau.xlsx");


/** `--json` and `--out` of the same estimate; the workbook as LibreOffice recalculates it. */
async function estimate(roster: string, args: string[]): Promise<{ json: Summary; csv: Map<string, string[][]> }> {
  const json = JSON.parse(await cli(["estimate", roster, ...args, "--json"])) as Summary;
  const file = join(tempDir(), "du-toan.xlsx");
  await cli(["estimate", roster, ...args, "--out", file]);
  return { json, csv: sheetsAsCsv(file) };
}

/** Body rows of a table: a number in STT (column A) and text in column B. */
const body = (rows: string[][]): string[][] => rows.filter((r) => /^\d+$/.test(r[0]) && r[1] !== "" && !/^[A-Z]$/.test(r[1]));

describeWithLibreOffice("LibreOffice recalculates the estimate workbook", () => {
  test("the check itself: =1+1 cached as 999 comes out 2 with the profile (999 without it)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Thu");
    ws.getCell("A1").value = { formula: "1+1", result: 999 };
    ws.getCell("B1").value = "=chữ";
    const file = join(tempDir(), "thu.xlsx");
    await wb.xlsx.writeFile(file);
    expect(sheetsAsCsv(file).get("Thu")![0].slice(0, 2)).toEqual(["2", "=chữ"]);
    expect(sheetsAsCsv(file, freshProfile(false)).get("Thu")![0][0]).toBe("999");
  });

  describe("samples/hung-yen-xa-mau.xlsx, 2026, pack hung-yen", () => {
    let json: Summary;
    let csv: Map<string, string[][]>;
    beforeAll(async () => ({ json, csv } = await estimate(SAMPLE, ["--year", "2026", "--pack", "hung-yen"])));

    test("Tổng hợp: every component by quarter and year, and the total row", () => {
      const rows = csv.get("TongHop_2026")!;
      for (const c of COMPONENTS) expect([c, ...nums(row(rows, COMPONENT_LABELS[c]), 2, 7)]).toEqual([c, ...json.byQuarter.map((q) => q.totals[c]), json.totals[c]]);
      expect(nums(row(rows, "TỔNG CỘNG"), 2, 7)).toEqual([...json.byQuarter.map((q) => q.totals.tong), json.totals.tong]);
    });
    test("Theo đơn vị: every unit, every commune subtotal, the grand total", () => {
      const rows = csv.get("DonVi_2026")!;
      for (const u of json.byUnit) {
        const r = rows.find((x) => /^\d+$/.test(x[0]) && x[1] === (u.thon ?? "Cấp xã"))!;
        expect([u.thon, ...nums(r, 2, 13)]).toEqual([u.thon, ...COMPONENTS.map((c) => u.totals[c]), u.totals.tong]);
      }
      const commune = rows.find((x) => x[0] === "I")!;
      expect(num(commune[12])).toBe(json.byUnit.filter((u) => u.donVi === commune[1]).reduce((a, u) => a + u.totals.tong, 0));
      expect(nums(row(rows, "TỔNG CỘNG"), 2, 13)).toEqual([...COMPONENTS.map((c) => json.totals[c]), json.totals.tong]);
    });
    test("Chi tiết: the month totals, and every person's amount per component and in all", () => {
      const rows = csv.get("ChiTiet_2026")!;
      expect(nums(row(rows, "TỔNG CỘNG"), 9, 22)).toEqual([...json.byMonth.map((m) => m.totals.tong), json.totals.tong]);
      const lines = body(rows).filter((r) => r[1]);
      for (const r of lines) expect(num(r[21])).toBe(nums(r, 9, 21).reduce((a, b) => a + b, 0));
      const label = new Map(COMPONENTS.map((c) => [COMPONENT_LABELS[c], c]));
      for (const p of json.byPerson) {
        const mine = lines.filter((r) => r[1] === p.hoTen && r[5] === p.donVi && r[6] === (p.thon ?? ""));
        const totals = Object.fromEntries(COMPONENTS.map((c) => [c, 0]));
        for (const r of mine) totals[label.get(r[8])!] += num(r[21]);
        expect({ who: p.hoTen, ...totals, tong: mine.reduce((a, r) => a + num(r[21]), 0) }).toEqual({ who: p.hoTen, ...p.totals });
      }
    });
    test("BHXH theo quý and the transfer sheet: per quarter, per kind, per person", () => {
      const rows = csv.get("BHXH_2026")!;
      const q = (kind?: string) => [1, 2, 3, 4].map((n) => json.transfers.filter((t) => t.quarter === n && (!kind || t.kind === kind)).reduce((a, t) => a + t.soTienChuyen, 0));
      expect(nums(row(rows, "TỔNG CỘNG"), 9, 13)).toEqual(q());
      expect(nums(row(rows, "Trong đó: BHYT"), 9, 13)).toEqual(q("bhyt"));
      for (const r of body(rows)) expect(num(r[13])).toBe(nums(r, 9, 13).reduce((a, b) => a + b, 0));
      const byPerson = new Map(json.byPerson.map((p) => [`${p.hoTen}|${p.donVi}|${p.thon ?? ""}`, p.totals.hoTroBhxhTuNguyen + p.totals.hoTroBhyt]));
      const listed = new Map<string, number>();
      for (const r of body(rows)) listed.set(`${r[1]}|${r[3]}|${r[4]}`, (listed.get(`${r[1]}|${r[3]}|${r[4]}`) ?? 0) + num(r[13]));
      for (const [who, amount] of listed) expect([who, amount]).toEqual([who, byPerson.get(who)]);
      const transfer = csv.get("ChuyenBHXH_2026")!;
      const t = row(transfer, "TỔNG CỘNG");
      expect(nums(t, 5, 10)).toEqual((["soTienDong", "nguoiThamGiaDong", "hoTroChung", "hoTroTinh", "soTienChuyen"] as const).map((k) => json.transfers.reduce((a, x) => a + x[k], 0)));
    });
    test("Quỹ khoán, Khoán kinh phí, Căn cứ: totals and differences", () => {
      const funds = csv.get("QuyKhoan_2026")!;
      for (const f of json.funds) {
        const r = funds.find((x) => /^\d+$/.test(x[0]) && x[1] === f.donVi && x[2] === (f.thon ?? "Cấp xã"))!;
        expect(nums(r, 4, 7)).toEqual([f.quyKhoan, f.chiPhi, f.chenhLech]);
      }
      expect(nums(row(funds, "TỔNG CỘNG"), 4, 7)).toEqual((["quyKhoan", "chiPhi", "chenhLech"] as const).map((k) => json.funds.reduce((a, f) => a + f[k], 0)));
      expect(nums(row(csv.get("Khoan_2026")!, "TỔNG CỘNG"), 4, 9)).toEqual([...json.byQuarter.map((q) => q.totals.khoanKinhPhi), json.totals.khoanKinhPhi]);
      expect(num(row(csv.get("CanCu_2026")!, "TỔNG CỘNG")[4])).toBe(json.totals.tong);
    });
  });

  describe("samples/nghi-viec-mau.xlsx, 2025 (leavers; the BHXH agency's figures)", () => {
    test("Nghỉ việc: each person's subtotal and the grand total; Đối chiếu: the differences", async () => {
      const { json, csv } = await estimate(LEAVERS, ["--year", "2025"]);
      const rows = csv.get("NghiViec_2025")!;
      const subtotals = rows.filter((r) => r[7]?.startsWith("Cộng")).map((r) => num(r[9]));
      expect(subtotals).toEqual(json.leavers.map((l) => l.total));
      expect(num(row(rows, "TỔNG CỘNG")[9])).toBe(json.totals.troCapMotLan);
      const dc = csv.get("DoiChieu_2025");
      if (json.doiChieu) {
        const d = json.doiChieu;
        expect(nums(row(dc!, "TỔNG CỘNG"), 7, 10)).toEqual([d.reduce((a, x) => a + x.ours, 0), d.reduce((a, x) => a + x.agency, 0), d.reduce((a, x) => a + x.difference, 0)]);
      }
    });
  });
});
