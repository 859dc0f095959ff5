/** The task pane's workbook adapters and commands, on an in-memory Excel. */
import { check, estimateToSheets } from "../../src/taskpane/pane";
import { BLOCK_ROWS, writeReport } from "../../src/taskpane/workbook-io";
import { currentPack, setOverrides } from "../../src/functions/state";
import { fakeContext, FakeSheet } from "./fake-excel";

const HEAD = ["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số"];
const roster = () =>
  new FakeSheet("DanhSach", [
    HEAD,
    [1, "Nguyễn Văn An", "Bí thư chi bộ", "", "Xã A", "Thôn 1", 1.2],
    [2, "=Trần Thị Bình", "Trưởng ban công tác Mặt trận", "", "Xã A", "Thôn 1", 1],
  ]);
const units = () => new FakeSheet("DonVi", [["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"], ["Xã A", "", "Xã", "I", ""], ["Xã A", "Thôn 1", "Thôn", "", 400]]);

afterEach(() => setOverrides([]));

describe("task pane: estimate into new sheets", () => {
  test("writes the estimate sheets with free names, never over the user's sheets", async () => {
    const mine = new FakeSheet("TongHop_2026", [["của tôi"]]);
    const { context, sheets } = fakeContext([roster(), units(), mine]);
    const r = await estimateToSheets(context, "central", 2026);
    expect(r.errors).toEqual([]);
    expect(r.sheets[0]).toBe("TongHop_2026 (2)");
    expect(mine.cell(0, 0)).toBe("của tôi");
    const out = sheets.find((s) => s.name === "TongHop_2026 (2)")!;
    const total = [...out.cells.entries()].find(([, v]) => v === "TỔNG CỘNG")!;
    const row = Number(total[0].split(",")[0]);
    expect(out.cell(row, 6)).toMatch(/^=SUM\(G\d+:G\d+\)$/);
    expect(out.formats.get(`${row},6`)).toBe("#,##0;-#,##0;;@");
    // the ten component rows above the total: quarters are values
    let year = 0;
    for (let i = row - 10; i < row; i++) for (let q = 2; q <= 5; q++) year += Number(out.cell(i, q) || 0);
    // (1.2 + 1.0) × LCS: 6 × 5,148,000 + 6 × 5,566,000 (NĐ 73/2024; NĐ 161/2026) + BHXH 17% + BHYT 3% of LCS for 2 people
    expect(year).toBe(64284000 + 2 * (6 * (397800 + 70200) + 6 * (430100 + 75900)));
  });
  test("text that looks like a formula is written as text (format @ set before values)", async () => {
    const { context, sheets } = fakeContext([roster(), units()]);
    await estimateToSheets(context, "central", 2026);
    for (const s of sheets.slice(2)) for (const w of s.writes) expect(w.formatSetBeforeValues).toBe(true);
    // every text is in a text cell; the only other strings are our own formulas
    for (const sheet of sheets.filter((s) => /^(DonVi|ChiTiet)_/.test(s.name)))
      for (const [k, v] of sheet.cells) if (typeof v === "string" && v && sheet.formats.get(k) !== "@") expect(v).toMatch(/^=(SUM|SUBTOTAL|SUMIF)\(/);
    const ct = sheets.find((s) => s.name.startsWith("ChiTiet_"))!;
    const bình = [...ct.cells.entries()].find(([, v]) => v === "=Trần Thị Bình")!;
    expect(ct.formats.get(bình[0])).toBe("@");
  });
  test("nothing is written when the roster has errors", async () => {
    const bad = new FakeSheet("DanhSach", [HEAD, [1, "An", "Trưởng thông", "", "Xã A", "Thôn 1", 1]]);
    const { context, sheets } = fakeContext([bad, units()]);
    const r = await estimateToSheets(context, "central", 2026);
    expect(r.errors[0]).toMatchObject({ code: "UNKNOWN_POST", row: 2 });
    expect(sheets.map((s) => s.name)).toEqual(["DanhSach", "DonVi"]);
  });
  test("big sheets are written in blocks, one sync each, calculation suspended", async () => {
    const { context, state, sheets } = fakeContext([]);
    const rows = Array.from({ length: BLOCK_ROWS * 2 + 5 }, (_, i) => ({ values: [`Thôn ${i}`, i], styles: [] }));
    const sheet = { name: "DonVi_2026", title: "T", columns: [{ width: 10 }, { width: 10 }], defaultRowHeight: 15, rows: () => rows, print: {} as never, freeze: null };
    await writeReport(context, { title: "T", creator: "DuToan", defaultFont: { name: "Times New Roman", size: 11 }, sheets: [sheet] });
    expect(state.suspended).toBe(3);
    expect(state.syncs).toBe(1 + 3); // names, 3 blocks
    expect(sheets[0].cell(BLOCK_ROWS * 2 + 4, 1)).toBe(BLOCK_ROWS * 2 + 4);
  });
});

describe("task pane: check loads ThamSo for the custom functions", () => {
  test("a ThamSo value becomes a user layer of the functions' pack", async () => {
    const thamSo = new FakeSheet("ThamSo", [["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ"], ["kiemNhiem.tyLe", 0.5, "01/01/2026", "NQ tỉnh"]]);
    const { context } = fakeContext([roster(), units(), thamSo]);
    const r = await check(context, "central");
    expect(r.errors).toEqual([]);
    expect(currentPack("central").params.at("kiemNhiem.tyLe", "2026-01-01")).toMatchObject({ value: "0.5", layer: "sheet ThamSo" });
  });
  test("merged cells in the roster are reported with their address", async () => {
    const s = roster();
    s.merges = ["B2:C2"];
    const { context } = fakeContext([s, units()]);
    const r = await check(context, "central");
    expect(r.errors.some((e) => e.code === "MERGED_CELLS" && e.message.includes("B2:C2"))).toBe(true);
  });
});
