/**
 * The pane's commands on the strict fake: Kiểm tra = the estimate's own checks (grouped by sheet,
 * each issue with its cell), Lập dự toán writes new sheets and finds its previous output for a
 * rerun, the ThamSo values reach the custom functions, nothing is written when there are errors.
 */
import { check, prepareEstimate, writeEstimate } from "../../src/taskpane/pane";
import { selectIssue } from "../../src/taskpane/issues";
import { currentPack, setOverrides } from "../../src/functions/state";
import { fakeExcel, SheetModel, WorkbookModel } from "../fake-excel";

const features = { mergedAreas: true };
const HEAD = ["STT", "Họ và tên", "Chức danh", "Kiêm nhiệm", "Xã, phường", "Thôn, TDP", "Hệ số"];
const roster = (rows: unknown[][] = [[1, "Nguyễn Văn An", "Bí thư chi bộ", "", "Xã A", "Thôn 1", 1.2], [2, "=Trần Thị Bình", "Trưởng ban công tác Mặt trận", "", "Xã A", "Thôn 1", 1]]) =>
  new SheetModel("DanhSach", [HEAD, ...rows]);
const units = () => new SheetModel("DonVi", [["Xã, phường", "Thôn, TDP", "Loại", "Phân loại", "Số hộ"], ["Xã A", "", "Xã", "I", ""], ["Xã A", "Thôn 1", "Thôn", "", 400]]);

afterEach(() => setOverrides([]));

async function estimateAll(model: WorkbookModel, year = 2026, replace = false) {
  const excel = fakeExcel(model);
  const p = await excel.run((ctx) => prepareEstimate(ctx, { packId: "central", year, features }));
  const sheets = p.report ? await excel.run((ctx) => writeEstimate(ctx, p, replace)) : [];
  return { p, sheets };
}

describe("Kiểm tra", () => {
  test("runs the estimate's checks: a missing level the engine finds fails the check too", async () => {
    const model = new WorkbookModel([roster([[1, "An", "Trưởng thôn", "", "Xã A", "Thôn 1", ""]]), units()]);
    const r = await fakeExcel(model).run((ctx) => check(ctx, { packId: "hung-yen", year: 2026, features }));
    const p = await fakeExcel(model).run((ctx) => prepareEstimate(ctx, { packId: "hung-yen", year: 2026, features }));
    expect(r.outcome.ok).toBe(p.outcome.ok);
    expect(r.outcome.errors.map((e) => e.code)).toEqual(p.outcome.errors.map((e) => e.code));
  });

  test("errors are grouped by sheet, each with the cell to select", async () => {
    const model = new WorkbookModel([units(), roster([[1, "An", "Trưởng thông", "", "Xã A", "Thôn 1", 1], [2, "Bình", "Bí thư chi bộ", "", "Xã A", "Thôn 9", 1]])]);
    const r = await fakeExcel(model).run((ctx) => check(ctx, { packId: "central", year: 2026, features }));
    expect(r.outcome.ok).toBe(false);
    const ds = r.groups.find((g) => g.sheet === "DanhSach")!;
    const post = ds.errors.find((e) => e.code === "UNKNOWN_POST")!;
    expect(post.address).toBe("C2");
    const thon = ds.errors.find((e) => e.row === 3)!;
    expect(thon.address).toBe("F3");
    // DonVi (first sheet of the workbook) has no issue: no group
    expect(r.groups.map((g) => g.sheet)).toEqual(["DanhSach"]);
  });

  test("clicking an issue selects its cell", async () => {
    const model = new WorkbookModel([units(), roster()]);
    const ok = await fakeExcel(model).run((ctx) => selectIssue(ctx, "DanhSach", "C2"));
    expect(ok).toBe(true);
    expect(model.selection).toEqual({ sheet: "DanhSach", address: "C2" });
    expect(model.activeSheet).toBe("DanhSach");
    expect(await fakeExcel(model).run((ctx) => selectIssue(ctx, "Đã xóa", "A1"))).toBe(false);
  });

  test("a ThamSo value becomes a user layer of the custom functions' pack", async () => {
    const thamSo = new SheetModel("ThamSo", [["Mã", "Giá trị", "Hiệu lực từ", "Căn cứ"], ["kiemNhiem.tyLe", 0.5, "01/01/2026", "NQ tỉnh"]]);
    const model = new WorkbookModel([roster(), units(), thamSo]);
    const r = await fakeExcel(model).run((ctx) => check(ctx, { packId: "central", year: 2026, features }));
    expect(r.outcome.errors).toEqual([]);
    expect(currentPack("central").params.at("kiemNhiem.tyLe", "2026-01-01")).toMatchObject({ value: "0.5", layer: "sheet ThamSo" });
  });

  test("merged cells in the roster are reported with their address", async () => {
    const s = roster();
    s.merges.push({ r: 1, c: 1, h: 1, w: 2 });
    const model = new WorkbookModel([s, units()]);
    const r = await fakeExcel(model).run((ctx) => check(ctx, { packId: "central", year: 2026, features }));
    expect(r.outcome.errors.some((e) => e.code === "MERGED_CELLS" && e.message.includes("B2:C2"))).toBe(true);
  });
});

describe("Lập dự toán", () => {
  test("writes new sheets, never the user's; totals and values as computed by hand", async () => {
    const mine = new SheetModel("TongHop_2026", [["của tôi"]]);
    const model = new WorkbookModel([roster(), units(), mine]);
    const { p, sheets } = await estimateAll(model);
    expect(p.outcome.errors).toEqual([]);
    expect(sheets[0]).toBe("TongHop_2026 (2)");
    expect(mine.value(0, 0)).toBe("của tôi");
    // (1.2 + 1.0) × LCS: 6 × 5,148,000 + 6 × 5,566,000 (NĐ 73/2024; NĐ 161/2026) + BHXH 17% + BHYT 3% of LCS for 2 people
    const expected = 64284000 + 2 * (6 * (397800 + 70200) + 6 * (430100 + 75900));
    expect(p.totals?.tong).toBe(expected);
    const out = model.sheet("TongHop_2026 (2)")!;
    const totalRow = out.values.findIndex((row) => row?.some((v) => typeof v === "string" && /^TỔNG CỘNG/.test(v)));
    const last = out.values[totalRow].length - 1;
    expect(out.formula(totalRow, last)).toMatch(/^=(SUM|SUBTOTAL)\(/);
    expect(out.value(totalRow, last)).toBe(expected);
    // the name starting with "=" is text in every sheet
    for (const s of model.sheets) expect(s.lostText).toEqual([]);
  });

  test("nothing is written when the roster has errors", async () => {
    const model = new WorkbookModel([roster([[1, "An", "Trưởng thông", "", "Xã A", "Thôn 1", 1]]), units()]);
    const { p, sheets } = await estimateAll(model);
    expect(p.outcome.errors[0]).toMatchObject({ code: "UNKNOWN_POST", row: 2 });
    expect(sheets).toEqual([]);
    expect(model.sheets.map((s) => s.name)).toEqual(["DanhSach", "DonVi"]);
  });

  test("a rerun finds the previous output by its mark (not read back as input) and replaces it only when asked", async () => {
    const model = new WorkbookModel([roster(), units()]);
    const first = await estimateAll(model);
    expect(first.p.previous).toEqual([]);
    const second = await estimateAll(model);
    expect(second.p.outcome.errors).toEqual([]);
    expect(second.p.previous).toEqual(first.sheets);
    expect(second.sheets[0]).toBe(`${first.sheets[0]} (2)`); // kept, the new ones beside them
    const third = await estimateAll(model, 2026, true);
    expect(third.p.previous.length).toBe(first.sheets.length * 2);
    expect(model.sheets.filter((s) => s.names.has("DuToan.Loai")).length).toBe(first.sheets.length);
    // another year's output is not replaced
    const other = await estimateAll(model, 2027, true);
    expect(other.p.previous).toEqual([]);
  });

  test("the unconfirmed values used are returned for the pane to show", async () => {
    const model = new WorkbookModel([roster(), units()]);
    const { p } = await estimateAll(model, 2026);
    expect(Array.isArray(p.unconfirmed)).toBe(true);
    for (const u of p.unconfirmed) expect(["unconfirmed", "low"]).toContain(u.confidence);
  });
});

test("without a year (pane field empty, no caiDat.nam) the check fails as the estimate does", async () => {
  const model = new WorkbookModel([roster(), units()]);
  const c = await fakeExcel(model).run((ctx) => check(ctx, { packId: "central", features }));
  const p = await fakeExcel(model).run((ctx) => prepareEstimate(ctx, { packId: "central", features }));
  expect(c.outcome.errors.map((e) => e.code)).toEqual(["THIEU_NAM"]);
  expect(p.outcome.errors.map((e) => e.code)).toEqual(["THIEU_NAM"]);
});
