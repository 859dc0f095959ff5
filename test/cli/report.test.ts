/**
 * The terminal report adds up: on every row of the unit table the component columns sum to "Tổng"
 * (voluntary-BHXH and BHYT support have columns); the quarter table's quarters sum to the year; the
 * transfer table's parts sum to what is transferred and what is due. A 100-commune roster prints one
 * line per commune unless --chi-tiet; --tom-tat prints the summary only. Errors are grouped.
 */
import { runEstimate } from "../../src/app";
import type { Summary } from "../../src/engine/aggregate";
import { COMPONENTS } from "../../src/engine/ledger";
import { issueLines, summaryText } from "../../src/cli/report";
import { UNIT_COLUMNS, unitLabel } from "../../src/cli/report-units";
import { join } from "path";
import { summarize } from "../../src/engine/aggregate";
import { estimate } from "../../src/engine/estimate";
import type { UnitRow } from "../../src/engine/types";
import { resolvePack } from "../../src/packs";
import { readWorkbook, type SheetData } from "../../src/roster";
import { readRoster } from "../../src/cli/inputs";

const HEAD = ["STT", "Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Hệ số", "BHXH", "BHYT"];

/** `communes` communes × `villages` villages: a Trưởng thôn (hệ số 1,2) and two Tổ bảo vệ members (voluntary BHXH) each. */
function roster(communes: number, villages: number): SheetData[] {
  const ds: unknown[][] = [HEAD];
  const dv: unknown[][] = [["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"]];
  let n = 0;
  for (let c = 1; c <= communes; c++) {
    dv.push([`Xã ${c}`, null, "Xã", "II", null]);
    for (let v = 1; v <= villages; v++) {
      dv.push([`Xã ${c}`, `Thôn ${v}`, "Thôn", null, 250 + v]);
      ds.push([++n, `Người ${n}`, "Trưởng thôn", `Xã ${c}`, `Thôn ${v}`, 1.2, null, null]);
      ds.push([++n, `Người ${n}`, "Tổ trưởng tổ bảo vệ ANTT", `Xã ${c}`, `Thôn ${v}`, null, "Tự nguyện", "Có"]);
      ds.push([++n, `Người ${n}`, "Tổ viên tổ bảo vệ ANTT", `Xã ${c}`, `Thôn ${v}`, null, "Tự nguyện", "Có"]);
    }
  }
  // Hưng Yên's khoán levels are not in the pack: a missing level is an error, so the sheet gives them (0 = not funded)
  const ts: unknown[][] = [["Mã", "Giá trị", "Hiệu lực từ"], ["khoan.chiBo.thon", 0, "01/01/2026"], ["khoan.banCongTacMatTran.thon", 0, "01/01/2026"], ["khoan.chiHoiDoanThe.thon", 0, "01/01/2026"],
    ...["matTran", "phuNu", "nongDan", "doanThanhNien", "cuuChienBinh"].map((o) => [`khoan.${o}.xa.II`, 0, "01/01/2026"])];
  return [{ name: "DanhSach", rows: ds }, { name: "DonVi", rows: dv }, { name: "ThamSo", rows: ts }];
}

function summaryOf(communes: number, villages: number): Summary {
  const r = runEstimate(roster(communes, villages), { year: 2026, packId: "hung-yen" });
  if (!r.summary) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.summary;
}

const num = (s: string) => (s === "" ? 0 : Number(s.replace(/\./g, "")));

/** The rows of the table that follows `title`: cells split on two or more spaces. */
function tableAfter(text: string, title: RegExp): { header: string[]; rows: string[][] } {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => title.test(l));
  expect(start).toBeGreaterThanOrEqual(0);
  const header = lines[start + 1].trim().split(/ {2,}/);
  const rows: string[][] = [];
  for (let i = start + 3; i < lines.length && lines[i].trim() !== ""; i++) {
    if (!/\d/.test(lines[i])) break;
    rows.push(lines[i].trim().split(/ {2,}/));
  }
  return { header, rows };
}

describe("every table adds up across its columns", () => {
  const s = summaryOf(3, 4);
  const detailed = summaryText(s, { file: "x.xlsx", rows: 36, packName: "Hưng Yên", origin: [] }, { detail: true });

  test("the unit columns hold every component exactly once", () => {
    expect(UNIT_COLUMNS.flatMap((c) => c.parts).sort()).toEqual([...COMPONENTS].sort());
  });

  test("support for voluntary BHXH and BHYT has columns, and is not zero here", () => {
    expect(s.totals.hoTroBhxhTuNguyen).toBeGreaterThan(0);
    expect(s.totals.hoTroBhyt).toBeGreaterThan(0);
    const { header } = tableAfter(detailed, /^THEO ĐƠN VỊ/);
    expect(header).toEqual(expect.arrayContaining(["HT BHXH TN", "HT BHYT"]));
  });

  test.each([[true], [false]])("unit table (villages shown: %s): columns sum to Tổng on every row", (detail) => {
    const text = summaryText(s, { file: "x.xlsx", rows: 36, packName: "Hưng Yên", origin: [] }, { detail });
    const { header, rows } = tableAfter(text, /^THEO ĐƠN VỊ/);
    expect(header[header.length - 1]).toBe("Tổng");
    // with villages: per commune its total line, its own (commune-level) row and 4 villages; then TỔNG CỘNG
    expect(rows.length).toBe(detail ? 3 * (1 + 1 + 4) + 1 : 3 + 1);
    for (const r of rows) {
      const cells = r.slice(1).map(num);
      const total = cells.pop()!;
      expect(cells.reduce((a, b) => a + b, 0)).toBe(total);
    }
    expect(num(rows[rows.length - 1].at(-1)!)).toBe(s.totals.tong);
  });

  test("quarter table: Q1..Q4 sum to the year on every row", () => {
    const lines = detailed.split("\n");
    const h = lines.findIndex((l) => l.startsWith("Khoản chi"));
    let n = 0;
    for (let i = h + 2; lines[i] && lines[i].trim(); i++, n++) {
      const cells = lines[i].trim().split(/ {2,}/).slice(1).map(num);
      expect(cells[0] + cells[1] + cells[2] + cells[3]).toBe(cells[4]);
    }
    expect(n).toBeGreaterThan(3);
  });

  test("transfer table: NS hỗ trợ + NS tỉnh thêm = Số chuyển; Số chuyển + Người TG đóng = Phải đóng", () => {
    const { header, rows } = tableAfter(detailed, /^CHUYỂN KINH PHÍ/);
    const col = (name: string) => header.indexOf(name);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) {
      const cells = r.length === header.length ? r : [r[0], "", "", ...r.slice(1)];
      const v = (name: string) => num(cells[col(name)]);
      expect(v("NS hỗ trợ") + v("NS tỉnh thêm")).toBe(v("Số chuyển"));
      expect(v("Số chuyển") + v("Người TG đóng")).toBe(v("Phải đóng"));
    }
  });

  test("funds table: quỹ khoán − chi phí = chênh lệch on every row", () => {
    const { rows } = tableAfter(detailed, /^QUỸ PHỤ CẤP KHOÁN/);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(num(r[1]) - num(r[2])).toBe(num(r[3]));
  });
});

describe("large rosters and --tom-tat", () => {
  const s = summaryOf(100, 3);
  test("100 communes: one line per commune by default (villages named Xã …/Thôn … only with --chi-tiet)", () => {
    const text = summaryText(s, { file: "x.xlsx", rows: 900, packName: "Hưng Yên", origin: [] });
    expect(tableAfter(text, /^THEO ĐƠN VỊ/).rows).toHaveLength(101);
    expect(text).not.toMatch(/Xã 7\/Thôn 2/);
    expect(text).toMatch(/--chi-tiet/);
    expect(text.split("\n").length).toBeLessThan(300);
    const detail = summaryText(s, { file: "x.xlsx", rows: 900, packName: "Hưng Yên", origin: [] }, { detail: true });
    expect(detail).toMatch(/Xã 7\/Thôn 2/);
  });
  test("--tom-tat: totals by quarter, funds, transfers, warnings count; no unit table", () => {
    const text = summaryText(s, { file: "x.xlsx", rows: 900, packName: "Hưng Yên", origin: ["Gói tham số hung-yen lấy từ sheet ThamSo (caiDat.goi)"] }, { summaryOnly: true });
    expect(text).not.toMatch(/THEO ĐƠN VỊ/);
    const line = text.split("\n").find((l) => l.startsWith("Tổng cộng"))!;
    const cells = line.split(/ {2,}/).slice(1).map(num);
    expect(cells[0] + cells[1] + cells[2] + cells[3]).toBe(cells[4]);
    expect(cells[4]).toBe(s.totals.tong);
    expect(text).toMatch(/Quỹ phụ cấp khoán: [\d.]+; chi phí: [\d.]+; chênh lệch: -?[\d.]+/);
    expect(text).toMatch(/Chuyển vào quỹ BHXH .* cả năm: [\d.]+\./);
    expect(text).toMatch(new RegExp(`Cảnh báo: ${s.warnings.length};`));
    expect(text).toMatch(/lấy từ sheet ThamSo/);
    expect(text.split("\n").length).toBeLessThan(20);
  });
  test("unit labels", () => {
    expect(unitLabel("Xã A", "Thôn 1")).toBe("Xã A/Thôn 1");
    expect(unitLabel("Xã A", null)).toBe("Xã A");
  });
});

describe("grouped error list", () => {
  test("15 missing-level errors print as one line with their rows", () => {
    const ds: unknown[][] = [HEAD];
    for (let i = 0; i < 15; i++) ds.push([i + 1, `Người ${i}`, "Trưởng thôn", "Xã A", `Thôn ${1 + (i % 3)}`, null, null, null]);
    ds.push([16, "Bí thư", "Bí thư chi bộ", "Xã A", "Thôn 1", null, null, null]);
    const r = runEstimate([{ name: "DanhSach", rows: ds }], { year: 2026 });
    expect(r.errors).toHaveLength(16);
    const lines = issueLines(r.errors, "✗");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ {2}✗ Thiếu mức phuCap\.truongThon .*\(Sheet DanhSach, dòng 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, … \(15 dòng\)\): .*chưa có giá trị.*ThamSo/);
    expect(lines[1]).toMatch(/Thiếu mức phuCap\.biThuChiBo|dòng 17/);
  });
  test("the same unknown post on several rows is one line; different problems stay apart", () => {
    const ds: unknown[][] = [HEAD, [1, "A", "Trưởng thông", "Xã A", "Thôn 1", 1, null, null], [2, "B", "Trưởng thông", "Xã A", "Thôn 1", 1, null, null], [3, "C", "Bí thư chi bộ", "Xã A", "Thôn 1", "abc", null, null]];
    const r = runEstimate([{ name: "DanhSach", rows: ds }], { year: 2026 });
    const lines = issueLines(r.errors, "✗");
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => /Trưởng thông/.test(l))).toMatch(/dòng 2, 3/);
  });
});

describe("units-only and leavers-only workbooks", () => {
  const central = resolvePack("central");
  test("units only: no empty tables, the funds table with its total", () => {
    const unit = (row: number, thon: string | null, soHo: number | null): UnitRow => ({ loc: { sheet: "DonVi", row }, donVi: "Xã A", thon, loai: thon ? "thon" : "xa", phanLoai: thon ? null : "I", soHo, dacDiem: [], soNguoiTangThem: null, tuNgay: null, denNgay: null });
    const s = summarize(estimate({ year: 2026, rows: [], units: [unit(2, null, null), unit(3, "Thôn 1", 400), unit(4, "Thôn 2", 800)] }, central));
    const text = summaryText(s, { file: "don-vi.xlsx", rows: 0, packName: central.name, origin: [] });
    expect(text).toMatch(/Không có khoản chi nào trong năm/);
    expect(text).not.toMatch(/THEO ĐƠN VỊ|Khoản chi {2}/);
    const { rows } = tableAfter(text, /^QUỸ PHỤ CẤP KHOÁN/);
    expect(rows.map((r) => r[0])).toEqual(["Xã A/Thôn 1", "Xã A/Thôn 2", "TỔNG CỘNG"]);
    expect(num(rows[2][1])).toBe(s.funds.reduce((a, f) => a + f.quyKhoan, 0));
    expect(num(rows[2][2])).toBe(0);
    expect(summaryText(s, { file: "don-vi.xlsx", rows: 0, packName: central.name, origin: [] }, { summaryOnly: true })).toMatch(/Không có khoản chi nào.*\n[\s\S]*Quỹ phụ cấp khoán: /);
  });
  test("leavers only: the one-off column and the leavers table, adding up", async () => {
    const sheets = await readRoster(join(__dirname, "../../samples/nghi-viec-mau.xlsx"));
    const leavers = readWorkbook(sheets, central).leavers;
    expect(leavers.length).toBeGreaterThan(0);
    const s = summarize(estimate({ year: 2025, rows: [], leavers }, central));
    const text = summaryText(s, { file: "nghi-viec.xlsx", rows: 0, packName: central.name, origin: [] }, { detail: true });
    const units = tableAfter(text, /^THEO ĐƠN VỊ/);
    expect(units.header).toEqual(["Đơn vị", "Trợ cấp 1 lần", "Tổng"]);
    for (const r of units.rows) expect(num(r[1])).toBe(num(r[2]));
    expect(text).toMatch(/TRỢ CẤP MỘT LẦN CHO NGƯỜI NGHỈ VIỆC NĂM 2025/);
    const total = text.split("\n").filter((l) => l.startsWith("TỔNG CỘNG")).map((l) => num(l.trim().split(/ {2,}/).at(-1)!));
    expect(new Set(total)).toEqual(new Set([s.totals.troCapMotLan]));
  });
});
