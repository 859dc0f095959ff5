/**
 * "Tạo danh sách mẫu" and "Điền ThamSo" on the strict fake: tables with the contract's headers,
 * dropdowns from a hidden marked list sheet, formats, frozen header, an example row the readers
 * skip; pack and year in ThamSo; the parameters the roster needs appended, never over a user's row.
 */
import { validateWorkbook } from "../../src/app";
import { resolvePack } from "../../src/packs";
import { DANH_SACH, DON_VI, THAM_SO } from "../../src/roster";
import { readWorkbookSheets } from "../../src/taskpane/read";
import { makeTemplate } from "../../src/taskpane/template";
import { fillThamSo } from "../../src/taskpane/thamso-fill";
import { fakeExcel, SheetModel, WorkbookModel } from "../fake-excel";
import { rosterWorkbook } from "./workbooks";

const features = { mergedAreas: true };

function row(s: SheetModel, r: number): unknown[] {
  return s.grid({ r, c: 0, h: 1, w: s.usedRect(true)!.w })[0];
}

describe("Tạo danh sách mẫu", () => {
  test("DanhSach and DonVi as tables with the contract's headers, formats, dropdowns and an example row", async () => {
    const model = new WorkbookModel([new SheetModel("Sheet1")]);
    const r = await fakeExcel(model).run((ctx) => makeTemplate(ctx, { packId: "hung-yen", year: 2027, nghiViec: false, thamSo: true }));
    expect(r.created.map((c) => c.sheet)).toEqual(["DanhSach", "DonVi", "ThamSo"]);
    const ds = model.sheet("DanhSach")!;
    expect(row(ds, 0)).toEqual(DANH_SACH.columns.map((c) => c.header));
    expect(ds.tables).toEqual([expect.objectContaining({ name: "tblDanhSach", hasHeaders: true, rect: { r: 0, c: 0, h: 2, w: DANH_SACH.columns.length } })]);
    expect(ds.value(1, 0)).toBe("VD");
    expect(ds.freeze).toEqual({ rows: 1, cols: 0 });
    const col = (key: string) => DANH_SACH.columns.findIndex((c) => c.key === key);
    expect(ds.numberFormat(500, col("tuNgay"))).toBe("dd/mm/yyyy");
    expect(ds.numberFormat(500, col("heSo"))).toBe("0.00");
    expect(ds.numberFormat(500, col("maSoBhxh"))).toBe("@");
    // the post dropdown lists the chosen pack's posts, from the hidden list sheet
    const v = ds.validations.find((x) => x.c === col("chucDanh"))!;
    const source = (v.rule as { list: { source: string } }).list.source;
    const lists = model.sheet("DanhMuc")!;
    expect(lists.visibility).toBe("Hidden");
    expect(lists.names.get("DuToan.Loai")).toBe('="danh-muc"');
    const m = /^=DanhMuc!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(source)!;
    const c = m[1].charCodeAt(0) - 65;
    const posts = Array.from({ length: Number(m[2]) - 1 }, (_, i) => lists.value(i + 1, c));
    expect(posts).toEqual(resolvePack("hung-yen").posts.map((p) => p.name));
    expect(v.errorAlert).toMatchObject({ showAlert: false });
    // the pack and year are in ThamSo, where the pipeline finds them
    const read = await fakeExcel(model).run((ctx) => readWorkbookSheets(ctx, { features }));
    const o = validateWorkbook(read.sheets, { frontDoor: "pane" });
    expect(o.settings).toMatchObject({ packId: "hung-yen", packFrom: "workbook", year: 2027, yearFrom: "workbook" });
    // the example rows are skipped: an empty roster, not an invalid one
    expect(o.errors.map((e) => e.code)).toEqual(["DANHSACH_EMPTY"]);
    for (const s of model.sheets) expect(s.lostText).toEqual([]);
  });

  test("NghiViec on request; a kind the workbook has is kept; taken names get free ones", async () => {
    const model = rosterWorkbook(3, [new SheetModel("ThamSo", [["ghi chú của tôi"]])]);
    const r = await fakeExcel(model).run((ctx) => makeTemplate(ctx, { packId: "central", year: 2027, nghiViec: true, thamSo: true }));
    expect(r.kept.map((k) => k.kind)).toEqual(["danhSach", "donVi"]);
    expect(r.created).toEqual([
      { kind: "nghiViec", sheet: "NghiViec" },
      { kind: "thamSo", sheet: "ThamSo (2)" },
    ]);
    expect(model.sheet("ThamSo")!.value(0, 0)).toBe("ghi chú của tôi");
    expect(model.sheet("DanhSach")!.tables).toEqual([]);
  });

  test("an existing ThamSo gets the settings rows it lacks, appended under its rows", async () => {
    const thamSo = new SheetModel("ThamSo", [THAM_SO.columns.map((c) => c.header), ["", "kiemNhiem.tyLe", "", 0.5, "01/01/2027", "NQ", ""]]);
    const model = rosterWorkbook(3, [thamSo]);
    const r = await fakeExcel(model).run((ctx) => makeTemplate(ctx, { packId: "central", year: 2027, nghiViec: false, thamSo: true }));
    expect(r.settingsAdded).toEqual(["caiDat.goi", "caiDat.nam"]);
    expect(thamSo.value(1, 1)).toBe("kiemNhiem.tyLe");
    expect(thamSo.value(2, 1)).toBe("caiDat.goi");
    expect(thamSo.value(2, 3)).toBe("central");
    expect(thamSo.value(3, 3)).toBe(2027);
    const again = await fakeExcel(model).run((ctx) => makeTemplate(ctx, { packId: "central", year: 2027, nghiViec: false, thamSo: true }));
    expect(again.settingsAdded).toEqual([]);
  });
});

describe("Điền ThamSo", () => {
  test("lists the khoán levels the hung-yen pack leaves empty, with unit, date and citation, values blank", async () => {
    const model = rosterWorkbook(400);
    const r = await fakeExcel(model).run((ctx) => fillThamSo(ctx, { packId: "hung-yen", year: 2026, fallbackYear: 2026, features }));
    expect(r.createdSheet).toBe(true);
    const keys = r.needs.map((n) => n.key);
    expect(keys).toEqual(expect.arrayContaining(["khoan.chiBo.thon", "khoan.matTran.xa.I"]));
    const s = model.sheet("ThamSo")!;
    expect(row(s, 0).slice(0, 8)).toEqual(["STT", "Mã", "Tên tham số", "Giá trị", "Đơn vị tính", "Hiệu lực từ", "Căn cứ", "Ghi chú"]);
    const at = s.values.findIndex((x) => x?.[1] === "khoan.chiBo.thon");
    expect(s.value(at, 3)).toBe(""); // Giá trị: for the officer
    expect(s.value(at, 4)).toBe("đồng");
    expect(s.numberFormat(at, 5)).toBe("dd/mm/yyyy");
    expect(typeof s.value(at, 5)).toBe("number");
    expect(String(s.value(at, 7))).toMatch(/bắt buộc nhập/);
    // now the check names each blank value at its cell, before any estimate
    const read = await fakeExcel(model).run((ctx) => readWorkbookSheets(ctx, { features }));
    const o = validateWorkbook(read.sheets, { packId: "hung-yen", year: 2026, frontDoor: "pane" });
    expect(o.errors.some((e) => e.sheet === "ThamSo" && e.row === at + 1 && e.column === "Giá trị")).toBe(true);
  });

  test("never changes a user's ThamSo row: only missing keys are appended, and a second run adds nothing", async () => {
    const thamSo = new SheetModel("ThamSo", [THAM_SO.columns.map((c) => c.header), ["", "khoan.chiBo.thon", "Chi bộ thôn", 6000000, "01/01/2026", "NQ 12/2025 của HĐND tỉnh", "của tôi"]]);
    const model = rosterWorkbook(400, [thamSo]);
    const before = row(thamSo, 1);
    const r = await fakeExcel(model).run((ctx) => fillThamSo(ctx, { packId: "hung-yen", year: 2026, fallbackYear: 2026, features }));
    expect(r.createdSheet).toBe(false);
    expect(r.written).not.toContain("khoan.chiBo.thon");
    expect(r.written.length).toBeGreaterThan(0);
    expect(row(thamSo, 1)).toEqual(before);
    expect(thamSo.value(2, 1)).toBe(r.written[0]);
    // no "Đơn vị tính" column in the user's sheet: the unit goes into Ghi chú
    expect(String(thamSo.value(2, 6))).toMatch(/^Đơn vị: /);
    const again = await fakeExcel(model).run((ctx) => fillThamSo(ctx, { packId: "hung-yen", year: 2026, fallbackYear: 2026, features }));
    expect(again.written).toEqual([]);
  });

  test("inside the user's ThamSo table, the table grows", async () => {
    const thamSo = new SheetModel("ThamSo", [THAM_SO.columns.map((c) => c.header), ["", "kiemNhiem.tyLe", "", 0.5, "01/01/2026", "NQ", ""]]);
    thamSo.tables.push({ name: "tblCuaToi", rect: { r: 0, c: 0, h: 2, w: THAM_SO.columns.length }, hasHeaders: true });
    const model = rosterWorkbook(400, [thamSo]);
    const r = await fakeExcel(model).run((ctx) => fillThamSo(ctx, { packId: "hung-yen", year: 2026, fallbackYear: 2026, features }));
    expect(thamSo.tables[0].rect.h).toBe(2 + r.written.length);
  });

  test("a roster the central pack covers fully: nothing to fill, nothing written", async () => {
    const model = new WorkbookModel([new SheetModel("DanhSach", [["STT", "Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Hệ số"], [1, "An", "Bí thư chi bộ", "Xã A", "Thôn 1", 1.2]]), new SheetModel("DonVi", [DON_VI.columns.filter((c) => c.required).map((c) => c.header)])]);
    const r = await fakeExcel(model).run((ctx) => fillThamSo(ctx, { packId: "central", year: 2026, fallbackYear: 2026, features }));
    expect(r.needs.filter((n) => n.reason === "missing")).toEqual([]);
    expect(model.sheets.length).toBe(r.needs.length ? 3 : 2);
  });
});
