/**
 * The report model itself (pure data, before any writer): the rules named in words, the default
 * Đơn vị lập, the sheets that appear only with their data (leavers, reconciliation), the BHXH list and
 * its quarterly totals, subtotals per commune, and the geometry the model decides (heights, letters).
 */
import { describePack } from "../../src/report/context";
import { colLetter, heightFor, linesFor } from "../../src/report/layout";
import { isFormula, type ReportRow, type ReportSheet, type ReportWorkbook } from "../../src/report/model";
import { readXlsxFile } from "../../src/xlsx";
import { bookOf, estimateOf, LEAVERS_SAMPLE, roster, SAMPLE, removeTmp } from "./helpers";
import { amountInWords } from "../../src/engine/words";

jest.setTimeout(60000);
afterAll(removeTmp);

const rowsOf = (s: ReportSheet): ReportRow[] => [...s.rows()];
const sheet = (b: ReportWorkbook, prefix: string) => b.sheets.find((s) => s.name.startsWith(prefix));
const cached = (v: unknown) => (isFormula(v as never) ? (v as { result: number }).result : v);
const labelled = (rows: ReportRow[], text: string, col = 1) => rows.find((r) => r.values[col] === text)!;

describe("the rules in words (never the layer chain)", () => {
  const base = { id: "hung-yen", name: "Tỉnh Hưng Yên", jurisdiction: "Tỉnh Hưng Yên" };
  test("central only", () => {
    expect(describePack({ id: "central", name: "Trung ương", jurisdiction: "Việt Nam", chain: ["central"], userLayers: [] }).rulesInWords).toBe("Quy định của Trung ương");
  });
  test("a province with the sheet ThamSo and a parameters file: no file name", () => {
    const d = describePack({ ...base, chain: ["central", "hung-yen", "sheet ThamSo", "tệp tham-so-rieng.json"], userLayers: ["sheet ThamSo", "tệp tham-so-rieng.json"] });
    expect(d.rulesInWords).toBe("Quy định của Trung ương và tỉnh Hưng Yên; giá trị đơn vị tự nhập ở sheet ThamSo, trong tệp tham số riêng");
    expect(d.layerInWords("central")).toBe("Trung ương");
    expect(d.layerInWords("hung-yen")).toBe("Tỉnh Hưng Yên");
    expect(d.layerInWords("tệp tham-so-rieng.json")).toBe("Đơn vị tự nhập trong tệp tham số riêng");
  });
});

describe("Đơn vị lập", () => {
  const person = (xa: string, i: number) => [i, `Người ${i}`, "Trưởng ban công tác Mặt trận", null, xa, "Thôn 1", 1, null, null, null];
  test("one commune: its name; many: how many", () => {
    const one = bookOf(estimateOf(roster([person("Xã A", 1)]), 2026, "central"));
    expect(rowsOf(one.sheets[0])[0].values[0]).toBe("Đơn vị lập: Xã A");
    const many = ["Xã A", "Xã B", "Xã C", "Xã D", "Xã E"].map(person);
    const book = bookOf(estimateOf(roster(many), 2026, "central"));
    expect(rowsOf(book.sheets[0])[0].values[0]).toBe("Đơn vị lập: 5 xã, phường trong danh sách");
  });
});

describe("Theo đơn vị: a subtotal per commune over its own rows, a grand total over all", () => {
  test("two communes", () => {
    const people = [
      [1, "An", "Trưởng ban công tác Mặt trận", null, "Xã A", "Thôn 1", 1, null, null, null],
      [2, "Bình", "Trưởng ban công tác Mặt trận", null, "Xã B", "Thôn 9", 1.2, null, null, null],
    ];
    const r = estimateOf(roster(people), 2026, "central");
    const rows = rowsOf(sheet(bookOf(r), "DonVi_")!);
    const first = rows.findIndex((x) => x.values[0] === "I");
    expect(rows[first].values[1]).toBe("Xã A");
    // Xã A has its commune row (DonVi) and Thôn 1: SUBTOTAL over the two rows under it
    expect(rows[first].values[2]).toMatchObject({ formula: `SUBTOTAL(9,C${first + 2}:C${first + 3})` });
    const b = rows.findIndex((x) => x.values[0] === "II");
    expect(rows[b].values[1]).toBe("Xã B");
    const total = labelled(rows, "TỔNG CỘNG");
    expect(total.values[12]).toMatchObject({ formula: `SUBTOTAL(9,M${first + 1}:M${b + 3})`, result: r.summary!.totals.tong });
    // Bình: 1.2 × (6 × 2,340,000 + 6 × 2,530,000) = 35,064,000 allowance (NĐ 73/2024; NĐ 161/2026)
    expect(rows[b + 2].values[1]).toBe("Thôn 9");
    expect(cached(rows[b + 2].values[2])).toBe(35064000);
  });
});

describe("BHXH theo quý", () => {
  test("one row per person and kind with months and quarters; per-quarter totals equal the transfers", async () => {
    const r = estimateOf(await readXlsxFile(SAMPLE), 2026, "hung-yen");
    const rows = rowsOf(sheet(bookOf(r), "BHXH_")!);
    const people = rows.filter((x) => typeof x.values[0] === "number" && typeof x.values[1] === "string");
    const persons = r.result!.supportByPerson();
    expect(people.length).toBe(new Set(persons.map((p) => `${p.loc.row}|${p.kind}`)).size);
    for (const p of people) expect(p.values[8]).toBeGreaterThan(0);
    const total = labelled(rows, "TỔNG CỘNG");
    const byQ = [1, 2, 3, 4].map((q) => r.summary!.transfers.filter((t) => t.quarter === q).reduce((a, t) => a + t.soTienChuyen, 0));
    expect(total.values.slice(9, 13).map(cached)).toEqual(byQ);
    const bhyt = labelled(rows, "Trong đó: BHYT");
    const bhytByQ = [1, 2, 3, 4].map((q) => r.summary!.transfers.filter((t) => t.quarter === q && t.kind === "bhyt").reduce((a, t) => a + t.soTienChuyen, 0));
    expect(bhyt.values.slice(9, 13).map(cached)).toEqual(bhytByQ);
    expect((bhyt.values[9] as { formula: string }).formula).toMatch(/^SUMIF\(\$H\$\d+:\$H\$\d+,"BHYT",J\d+:J\d+\)$/);
  });
});

describe("sheets that appear with their data", () => {
  test("Nghỉ việc: each payment, a subtotal per person, the grand total in words", async () => {
    const r = estimateOf(await readXlsxFile(LEAVERS_SAMPLE), 2025, "central");
    const book = bookOf(r);
    const rows = rowsOf(sheet(book, "NghiViec_")!);
    const leavers = r.summary!.leavers;
    const subtotals = rows.filter((x) => typeof x.values[7] === "string" && (x.values[7] as string).startsWith("Cộng"));
    expect(subtotals.map((x) => cached(x.values[9]))).toEqual(leavers.map((l) => l.total));
    const grand = leavers.reduce((a, l) => a + l.total, 0);
    expect(cached(labelled(rows, "TỔNG CỘNG").values[9])).toBe(grand);
    expect(rows.some((x) => x.values[0] === `Bằng chữ: ${amountInWords(grand)}.`)).toBe(true);
  });
  test("Đối chiếu: kept when the workbook has the BHXH agency's figures", async () => {
    const sheets = await readXlsxFile(SAMPLE);
    const r0 = estimateOf(sheets, 2026, "hung-yen");
    const p = r0.result!.supportByPerson().find((x) => x.quarter === 1)!;
    const agency = { name: "DoiChieuBHXH", rows: [["Họ và tên", "Xã, phường", "Thôn, TDP", "Quý", "Số tiền NSNN hỗ trợ"], [p.hoTen, p.donVi, p.thon, 1, 1000]] };
    const r = estimateOf([...sheets, agency], 2026, "hung-yen");
    const rows = rowsOf(sheet(bookOf(r), "DoiChieu_")!);
    const total = labelled(rows, "TỔNG CỘNG");
    const diffs = r.summary!.doiChieu!;
    expect(diffs.length).toBeGreaterThan(0);
    expect(total.values.slice(7, 10).map(cached)).toEqual([diffs.reduce((a, d) => a + d.ours, 0), diffs.reduce((a, d) => a + d.agency, 0), diffs.reduce((a, d) => a + d.difference, 0)]);
  });
  test("no warnings: no Cảnh báo sheet", () => {
    const r = estimateOf(roster([[1, "An", "Trưởng ban công tác Mặt trận", null, "Xã A", "Thôn 1", 1, null, null, null]]), 2026, "central");
    expect(r.summary!.warnings).toEqual([]);
    expect(sheet(bookOf(r), "CanhBao_")).toBeUndefined();
  });
});

describe("geometry decided by the model", () => {
  test("column letters", () => {
    expect([0, 25, 26, 27, 701, 702].map(colLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
  test("wrapped text: lines by words, height grows with lines", () => {
    expect(linesFor("ngắn", 10)).toBe(1);
    expect(linesFor("Nghị định 73/2024/NĐ-CP Điều 3 khoản 2; Nghị định 161/2026/NĐ-CP Điều 3 khoản 2", 20)).toBeGreaterThanOrEqual(4);
    expect(heightFor(3, 11)).toBeGreaterThan(heightFor(1, 11) * 2.5);
  });
  test("body rows that wrap get their height; one-line rows keep the default", async () => {
    const r = estimateOf(await readXlsxFile(SAMPLE), 2026, "hung-yen");
    const ct = sheet(bookOf(r), "ChiTiet_")!;
    const rows = rowsOf(ct).filter((x) => typeof x.values[0] === "number");
    expect(rows.some((x) => (x.height ?? 0) > ct.defaultRowHeight)).toBe(true);
    for (const x of rows) if (x.height) expect(x.height).toBeGreaterThan(ct.defaultRowHeight);
  });
});
