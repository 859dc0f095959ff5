/**
 * The estimate workbook as the exceljs writer writes it, read back from the file: the heading block,
 * the total in words, the signature block, live totals (SUM formulas whose cached results equal the
 * JSON), numeric Căn cứ values, no internal notation, text that looks like a formula kept as text,
 * free sheet names, print setup.
 */
import { amountInWords } from "../../src/engine/words";
import { freeSheetName } from "../../src/report/model";
import { bookOf, estimateOf, exceljsBook, isCached, rowWith, roster, SAMPLE, texts, valueOf, written, type Written, removeTmp } from "./helpers";
import { readXlsxFile } from "../../src/xlsx";
import type { RunOutcome } from "../../src/app/types";
import { COMPONENTS } from "../../src/engine/ledger";

jest.setTimeout(60000);
afterAll(removeTmp);

const ONE_PERSON = [[1, "Nguyễn Văn An", "Trưởng ban công tác Mặt trận", null, "Xã A", "Thôn 1", 1, null, null, null]];

let sample: RunOutcome;
let out: Written;
beforeAll(async () => {
  sample = estimateOf(await readXlsxFile(SAMPLE), 2026, "hung-yen");
  out = await written(bookOf(sample));
});

describe("heading block", () => {
  test("every sheet: Đơn vị lập (the roster's commune by default), national title and motto, title with the year", () => {
    for (const name of out.sheets) {
      const rows = out.cells.get(name)!;
      expect(rows[0][0]).toBe("Đơn vị lập: Xã Đồng Tâm");
      expect(rows[0]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(rows[1]).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(String(rows[3][0])).toMatch(/NĂM 2026$/);
    }
  });
  test("no form number is invented; the user's Biểu số and Đơn vị lập settings are printed", async () => {
    expect(out.sheets.flatMap((n) => texts(out.cells.get(n)!)).some((t) => /Biểu số|Mẫu số/.test(t))).toBe(false);
    const w = await written(bookOf(sample, { "caiDat.donViLap": "UBND xã Đồng Tâm", "caiDat.bieuSo": "Biểu số 01/DT" }));
    const rows = w.cells.get("TongHop_2026")!;
    expect(rows[0]).toContain("Biểu số 01/DT");
    expect(rows[1][0]).toBe("Đơn vị lập: UBND xã Đồng Tâm");
  });
  test("amount sheets say the unit; the rules are named in words", () => {
    const rows = out.cells.get("TongHop_2026")!;
    expect(rows.flat()).toContain("Đơn vị tính: đồng");
    expect(rows[4][0]).toBe("(Quy định của Trung ương và tỉnh Hưng Yên; giá trị đơn vị tự nhập ở sheet ThamSo)");
  });
});

describe("total in words", () => {
  test("one person, whole year 2026: (6 × 2,340,000 + 6 × 2,530,000) × (1 + 17% + 3%) = 35,064,000 (NĐ 73/2024, NĐ 161/2026; BHXH 17%, BHYT 3%)", async () => {
    const r = estimateOf(roster(ONE_PERSON), 2026, "central");
    const w = await written(bookOf(r));
    const rows = w.cells.get("TongHop_2026")!;
    expect(rows.flat()).toContain("Bằng chữ: Ba mươi lăm triệu không trăm sáu mươi bốn nghìn đồng chẵn.");
  });
  test("under each amount table it is DOCSO of that table's total", () => {
    const s = sample.summary!;
    const words = (name: string) => out.cells.get(name)!.flat().find((v) => typeof v === "string" && v.startsWith("Bằng chữ"));
    expect(words("TongHop_2026")).toBe(`Bằng chữ: ${amountInWords(s.totals.tong)}.`);
    expect(words("DonVi_2026")).toBe(`Bằng chữ: ${amountInWords(s.totals.tong)}.`);
    expect(words("ChiTiet_2026")).toBe(`Bằng chữ: ${amountInWords(s.totals.tong)}.`);
    expect(words("Khoan_2026")).toBe(`Bằng chữ: ${amountInWords(s.totals.khoanKinhPhi)}.`);
    const transfer = s.transfers.reduce((a, t) => a + t.soTienChuyen, 0);
    expect(words("BHXH_2026")).toBe(`Bằng chữ: ${amountInWords(transfer)}.`);
  });
});

describe("signature block", () => {
  test("date line with blanks, three titles with their hints", () => {
    const rows = out.cells.get("TongHop_2026")!;
    const titles = rows.findIndex((r) => r?.includes("NGƯỜI LẬP BIỂU"));
    expect(titles).toBeGreaterThan(0);
    expect(rows[titles].filter(Boolean)).toEqual(["NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ"]);
    expect(rows[titles + 1].filter(Boolean)).toEqual(["(Ký, họ tên)", "(Ký, họ tên)", "(Ký, họ tên, đóng dấu)"]);
    expect(rows[titles - 1].filter(Boolean)).toEqual(["……, ngày …… tháng …… năm ……"]);
  });
  test("place and names from the settings, the names under the gap left for signing", async () => {
    const w = await written(bookOf(sample, { "caiDat.diaDanh": "Đồng Tâm", "caiDat.nguoiLapBieu": "Trần Văn Lập", "caiDat.keToanTruong": "Lê Thị Toán", "caiDat.thuTruong": "Phạm Văn Trưởng" }));
    const rows = w.cells.get("ChiTiet_2026")!;
    const titles = rows.findIndex((r) => r?.includes("KẾ TOÁN TRƯỞNG"));
    expect(rows[titles - 1].filter(Boolean)).toEqual(["Đồng Tâm, ngày …… tháng …… năm ……"]);
    expect(rows[titles + 6].filter(Boolean)).toEqual(["Trần Văn Lập", "Lê Thị Toán", "Phạm Văn Trưởng"]);
    expect(rows.slice(titles + 2, titles + 6).every((r) => !r || r.every((v) => v === null || v === undefined || v === ""))).toBe(true);
  });
});

describe("live totals: SUM formulas with cached results equal to the JSON", () => {
  test("Tổng hợp: each component's year is a row SUM; the total row sums the components, per quarter and year", () => {
    const s = sample.summary!;
    const rows = out.cells.get("TongHop_2026")!;
    const total = rowWith(rows, "TỔNG CỘNG");
    const cells = rows[total].slice(2, 7);
    cells.forEach((c) => expect(isCached(c) && /^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/.test(c.formula)).toBe(true));
    expect(cells.map(valueOf)).toEqual([...s.byQuarter.map((q) => q.totals.tong), s.totals.tong]);
    COMPONENTS.forEach((c, i) => {
      const row = rows[total - COMPONENTS.length + i];
      expect(row.slice(2, 6)).toEqual(s.byQuarter.map((q) => q.totals[c]));
      expect(valueOf(row[6])).toBe(s.totals[c]);
      expect((row[6] as { formula: string }).formula).toBe(`SUM(C${total - COMPONENTS.length + i + 1}:F${total - COMPONENTS.length + i + 1})`);
    });
  });
  test("Theo đơn vị: every unit row adds up; the grand total per component equals the JSON", () => {
    const s = sample.summary!;
    const rows = out.cells.get("DonVi_2026")!;
    const total = rowWith(rows, "TỔNG CỘNG");
    expect(rows[total].slice(2, 13).map(valueOf)).toEqual([...COMPONENTS.map((c) => s.totals[c]), s.totals.tong]);
    for (const u of s.byUnit) {
      const r = rows.find((x) => x?.[1] === (u.thon ?? "Cấp xã") && typeof x[0] === "number")!;
      expect(r.slice(2, 12)).toEqual(COMPONENTS.map((c) => u.totals[c]));
      expect(valueOf(r[12])).toBe(u.totals.tong);
    }
  });
  test("Chi tiết: month totals equal byMonth, the year the grand total, per person the byPerson totals", () => {
    const s = sample.summary!;
    const rows = out.cells.get("ChiTiet_2026")!;
    const total = rowWith(rows, "TỔNG CỘNG");
    expect(rows[total].slice(9, 22).map(valueOf)).toEqual([...s.byMonth.map((m) => m.totals.tong), s.totals.tong]);
    const first = rows.findIndex((r) => r?.[0] === 1);
    const byName = new Map<string, number>();
    for (const r of rows.slice(first, total)) if (r[1]) byName.set(`${r[1]}|${r[5]}|${r[6]}`, (byName.get(`${r[1]}|${r[5]}|${r[6]}`) ?? 0) + (valueOf(r[21]) as number));
    for (const p of s.byPerson) expect([p.hoTen, byName.get(`${p.hoTen}|${p.donVi}|${p.thon ?? ""}`)]).toEqual([p.hoTen, p.totals.tong]);
  });
});

describe("live totals of the other sheets, in their own columns", () => {
  test("transfer sheet, fund sheet, khoán sheet", () => {
    const s = sample.summary!;
    const tr = out.cells.get("ChuyenBHXH_2026")!;
    const keys = ["soTienDong", "nguoiThamGiaDong", "hoTroChung", "hoTroTinh", "soTienChuyen"] as const;
    expect(tr[rowWith(tr, "TỔNG CỘNG")].slice(3, 10).map(valueOf)).toEqual([undefined, undefined, ...keys.map((k) => s.transfers.reduce((a, t) => a + t[k], 0))]);
    const qk = out.cells.get("QuyKhoan_2026")!;
    expect(qk[rowWith(qk, "TỔNG CỘNG")].slice(4, 7).map(valueOf)).toEqual((["quyKhoan", "chiPhi", "chenhLech"] as const).map((k) => s.funds.reduce((a, f) => a + f[k], 0)));
    const kh = out.cells.get("Khoan_2026")!;
    expect(kh[rowWith(kh, "TỔNG CỘNG")].slice(4, 9).map(valueOf)).toEqual([...s.byQuarter.map((q) => q.totals.khoanKinhPhi), s.totals.khoanKinhPhi]);
  });
});

describe("Căn cứ pháp lý", () => {
  test("values are number cells (percent, hệ số, đồng formats), dates are dates, unconfirmed rows highlighted", async () => {
    const rows = out.cells.get("CanCu_2026")!;
    const wb = await exceljsBook(out.file);
    const ws = wb.getWorksheet("CanCu_2026")!;
    const head = rows.findIndex((r) => r?.[1] === "Mã tham số (dùng ở sheet ThamSo)");
    const params = rows.slice(head + 3).filter((r) => typeof r?.[0] === "number" && typeof r[1] === "string" && r[1].includes("."));
    expect(params.length).toBeGreaterThan(10);
    for (const r of params) expect(typeof r[4]).toBe("number");
    const at = (key: string) => head + 3 + rows.slice(head + 3).findIndex((r) => r?.[1] === key) + 1;
    // kiemNhiem.tyLe 100% (NĐ 33/2023 Đ.34 k.4 as Hưng Yên's NQ sets it); luongCoSo 2,340,000 from 1/7/2024
    expect(ws.getCell(`E${at("kiemNhiem.tyLe")}`).numFmt).toMatch(/%$/);
    expect(ws.getCell(`E${at("luongCoSo")}`).value).toBe(2340000);
    expect(ws.getCell(`E${at("luongCoSo")}`).numFmt).toBe("#,##0");
    expect(ws.getCell(`F${at("luongCoSo")}`).numFmt).toBe("dd/mm/yyyy");
    const unconfirmed = sample.summary!.unconfirmed.find((p) => !sample.pack!.userLayers.includes(p.layer))!;
    const fill = ws.getCell(`C${at(unconfirmed.key)}`).fill as { fgColor?: { argb?: string } };
    expect(fill.fgColor?.argb).toBe("FFFFF2CC");
  });
});

describe("no internal notation, text stays text", () => {
  test("no arrow, no layer chain, no input file name anywhere", () => {
    for (const name of out.sheets)
      for (const t of texts(out.cells.get(name)!)) {
        expect(t).not.toMatch(/←|hung-yen-xa-mau|\bcentral\b|hung-yen/);
      }
  });
  test("names beginning with = + - @ are written as text, not formulas", async () => {
    const odd = ["=Trần Thị Bình", "+84 Lê Văn", "-Phạm An", "@Hoàng Mai"];
    const r = estimateOf(roster(odd.map((n, i) => [i + 1, n, "Trưởng ban công tác Mặt trận", null, "Xã A", "Thôn 1", 1, null, null, null])), 2026, "central");
    const w = await written(bookOf(r));
    const cells = w.cells.get("ChiTiet_2026")!.flat();
    for (const n of odd) expect(cells).toContain(n);
    expect(cells.filter((c) => isCached(c) && !/^SUM\(/.test(c.formula))).toEqual([]);
  });
});

describe("sheet names", () => {
  test("ASCII names with the year; a taken name gets a free one", async () => {
    const warned = sample.summary!.warnings.length ? ["CanhBao_2026"] : [];
    expect(out.sheets).toEqual(["TongHop_2026", "DonVi_2026", "ChiTiet_2026", "BHXH_2026", "ChuyenBHXH_2026", "QuyKhoan_2026", "Khoan_2026", "CanCu_2026", ...warned]);
    const w = await written(bookOf(sample), ["TongHop_2026", "chitiet_2026", "ChiTiet_2026 (2)"]);
    expect(w.sheets.slice(0, 3)).toEqual(["TongHop_2026 (2)", "DonVi_2026", "ChiTiet_2026 (3)"]);
  });
  test("freeSheetName: forbidden characters, 31 characters, History", () => {
    expect(freeSheetName("a/b:c?d*e[f]g\\h", [])).toBe("a_b_c_d_e_f_g_h");
    expect(freeSheetName("x".repeat(40), ["x".repeat(31)])).toBe("x".repeat(27) + " (2)");
    expect(freeSheetName("History", [])).toBe("History (2)");
  });
});

describe("print setup", () => {
  test("A4 landscape fitted to width, header rows repeated, page numbers, panes frozen under the headers", async () => {
    const wb = await exceljsBook(out.file);
    for (const name of out.sheets) {
      const ws = wb.getWorksheet(name)!;
      const rows = out.cells.get(name)!;
      const numbers = rows.findIndex((r) => r?.[0] === "A" && r?.[1] === "B");
      expect([name, ws.pageSetup.paperSize, ws.pageSetup.orientation, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight]).toEqual([name, 9, "landscape", 1, 0]);
      expect(ws.pageSetup.printTitlesRow).toMatch(new RegExp(`^\\d+:${numbers + 1}$`));
      expect(ws.headerFooter.oddFooter).toMatch(/Trang &P\/&N/);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: numbers + 1 });
    }
  });
  test("Times New Roman everywhere; a wrapped header row is taller than one line", async () => {
    const wb = await exceljsBook(out.file);
    const ws = wb.getWorksheet("QuyKhoan_2026")!;
    const rows = out.cells.get("QuyKhoan_2026")!;
    const head = rows.findIndex((r) => r?.[0] === "STT");
    expect(ws.getRow(head + 1).height).toBeGreaterThan(30);
    ws.eachRow((row) => row.eachCell((c) => expect(c.font?.name).toBe("Times New Roman")));
  });
});
