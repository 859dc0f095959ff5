/**
 * The one pipeline (src/app): year and pack chosen and checked in one place, the workbook's settings
 * rows, pack suggestions, --params and --pack-file as data, and validate = estimate without writing.
 * Amounts are computed by hand: lương cơ sở 2,340,000 from 1/7/2024 (NĐ 73/2024 Đ.3 k.2) and
 * 2,530,000 from 1/7/2026 (NĐ 161/2026 Đ.3 k.2); an allowance is hệ số × lương cơ sở per month.
 */
import { runEstimate, validateWorkbook, YEAR_MAX, YEAR_MIN } from "../../src/app";
import { DV_HEAD, packFileText, row, workbook } from "./helpers";

const LCS_2024 = 2340000;
const LCS_2026 = 2530000;

describe("the estimate year: one check, both sides of 1/7/2026", () => {
  test("2025: twelve months at 2,340,000; 2027: twelve at 2,530,000; 2026: six and six", () => {
    const at = (year: number) => runEstimate(workbook(), { year }).summary!.totals.phuCap;
    expect(at(2025)).toBe(12 * LCS_2024);
    expect(at(2026)).toBe(6 * LCS_2024 + 6 * LCS_2026);
    expect(at(2027)).toBe(12 * LCS_2026);
  });
  test.each([["20x6"], ["2015"], ["2101"], [""], ["2026.5"]])("option year %j is a usage error (stage options)", (year) => {
    const r = runEstimate(workbook(), { year: year === "" ? undefined : year });
    expect(r.ok).toBe(false);
    expect(r.stage).toBe("options");
    expect(r.errors[0].code).toBe(year === "" ? "THIEU_NAM" : "NAM_KHONG_HOP_LE");
  });
  test(`the bounds ${YEAR_MIN} and ${YEAR_MAX} are accepted`, () => {
    expect(runEstimate(workbook(), { year: YEAR_MIN }).stage).not.toBe("options");
    expect(runEstimate(workbook(), { year: YEAR_MAX }).stage).not.toBe("options");
  });
  test("a hệ số typed in đồng suggests the hệ số at the estimate year's lương cơ sở, both sides of 1/7/2026", () => {
    // 3,510,000 / 2,340,000 = 1.5 (2025); 3,795,000 / 2,530,000 = 1.5 (2027)
    const at = (year: number, dong: number) => runEstimate(workbook({ danhSach: [row(1, "Nguyễn Văn An", "Trưởng thôn", dong)] }), { year }).errors[0];
    expect(at(2025, 3510000)).toMatchObject({ code: "LOOKS_LIKE_DONG", sheet: "DanhSach", row: 2, column: "Hệ số" });
    expect(at(2025, 3510000).message).toContain("3.510.000 / 2.340.000");
    expect(at(2027, 3795000).message).toContain("3.795.000 / 2.530.000");
  });
  test("missing year: the message says how to give it (CLI and pane phrasing)", () => {
    expect(runEstimate(workbook(), {}).errors[0].message).toMatch(/--year/);
    expect(runEstimate(workbook(), { frontDoor: "pane" }).errors[0].message).toMatch(/ngăn tác vụ/);
  });
});

describe("the workbook's settings rows (caiDat.nam, caiDat.goi)", () => {
  const settings = (nam: unknown, goi?: string) => [["caiDat.nam", nam, null, null, null], ...(goi ? [["caiDat.goi", goi, null, null, null]] : [])];
  test("caiDat.nam is the year when no option gives one", () => {
    const r = runEstimate(workbook({ thamSo: settings(2027) }));
    expect(r.ok).toBe(true);
    expect(r.settings).toMatchObject({ year: 2027, yearFrom: "workbook" });
    expect(r.summary!.totals.phuCap).toBe(12 * LCS_2026);
  });
  test("the option wins over caiDat.nam, with a warning naming both", () => {
    const r = runEstimate(workbook({ thamSo: settings(2027) }), { year: 2025 });
    expect(r.summary!.totals.phuCap).toBe(12 * LCS_2024);
    expect(r.warnings.find((w) => w.code === "CAI_DAT_KHAC")?.message).toMatch(/2025.*caiDat\.nam = 2027/);
  });
  test("caiDat.goi chooses the pack; a bad caiDat.nam is an input error located in ThamSo", () => {
    // Hưng Yên's khoán levels are not in the pack: a missing level is an error, so the sheet gives them (0 = not funded)
    const khoan = ["khoan.chiBo.thon", "khoan.banCongTacMatTran.thon", "khoan.chiHoiDoanThe.thon", ...["matTran", "phuNu", "nongDan", "doanThanhNien", "cuuChienBinh"].map((o) => `khoan.${o}.xa.I`)];
    const r = runEstimate(workbook({ thamSo: [...settings(2026, "hung-yen"), ...khoan.map((k) => [k, 0, "01/01/2026", null, null])] }));
    expect(r.settings).toMatchObject({ packId: "hung-yen", packFrom: "workbook" });
    expect(r.summary!.pack).toBe("hung-yen");
    const bad = runEstimate(workbook({ thamSo: settings("năm sau") }));
    expect(bad.stage).toBe("input");
    expect(bad.errors[0]).toMatchObject({ code: "NAM_KHONG_HOP_LE", sheet: "ThamSo", row: 2, column: "Giá trị" });
  });
  test("an unknown pack: from the option a usage error, from caiDat.goi an input error; both list the packs", () => {
    const opt = runEstimate(workbook(), { year: 2026, packId: "ha-noi" });
    expect(opt).toMatchObject({ ok: false, stage: "options" });
    expect(opt.errors[0].message).toMatch(/ha-noi.*central.*hung-yen.*--pack-file/);
    const wb = runEstimate(workbook({ thamSo: settings(2026, "ha-noi") }));
    expect(wb.stage).toBe("input");
    expect(wb.errors[0]).toMatchObject({ code: "GOI_KHONG_CO", sheet: "ThamSo", row: 3, column: "Giá trị", value: "ha-noi" });
    expect(wb.settings).toMatchObject({ packId: "ha-noi", packFrom: "workbook" });
  });
  test("a pack id in other case is accepted", () => {
    expect(runEstimate(workbook(), { year: 2026, packId: "Hung-Yen" }).settings.packId).toBe("hung-yen");
  });
});

describe("a code or post of another pack suggests that pack", () => {
  const hungYenPost = workbook({ danhSach: [row(1, "Trần Văn Bảo", "Lực lượng bảo vệ dân phố", null)] });
  test("unknown post in central: the message names hung-yen and says “thêm --pack hung-yen”", () => {
    const r = runEstimate(hungYenPost, { year: 2026 });
    const e = r.errors.find((i) => i.code === "UNKNOWN_POST")!;
    expect(e.message).toMatch(/“Lực lượng bảo vệ dân phố” có trong gói hung-yen: thêm --pack hung-yen/);
    expect(runEstimate(hungYenPost, { year: 2026, frontDoor: "pane" }).errors[0].message).toMatch(/chọn gói Tỉnh Hưng Yên trong ngăn tác vụ/);
  });
  test("several ThamSo codes only hung-yen has: one overall hint", () => {
    const r = runEstimate(workbook({ thamSo: [["khoan.chiBo.thon", 6000000, "01/01/2026", null, null], ["khoan.chiHoiDoanThe.thon", 3000000, "01/01/2026", null, null]] }), { year: 2026 });
    expect(r.errors.map((e) => e.code)).toEqual(["THAMSO_UNKNOWN_KEY", "THAMSO_UNKNOWN_KEY"]);
    expect(r.hint).toMatch(/gói hung-yen .*thêm --pack hung-yen/);
  });
  test("a level central lacks but a province pack has is hinted too", () => {
    const r = runEstimate(workbook({ danhSach: [row(1, "Lê Văn Cường", "Tổ viên tổ bảo vệ ANTT")] }), { year: 2026 });
    expect(r.stage).toBe("estimate");
    expect(r.errors[0].message).toMatch(/Gói .*hung-yen.* có mức “hoTro\.toBaoVe\.toVien”/);
  });
  test("no hint when the chosen pack is the right one", () => {
    const r = runEstimate(hungYenPost, { year: 2026, packId: "hung-yen" });
    expect(r.errors.some((e) => / có trong gói /.test(e.message))).toBe(false);
  });
});

describe("validate = estimate without writing", () => {
  test("a missing level found only by the engine fails validation (it passed before the one pipeline)", () => {
    const sheets = workbook({ danhSach: [row(1, "Nguyễn Văn An", "Trưởng thôn"), row(2, "Phạm Thị Dung", "Trưởng thôn", null, "Thôn 2")] });
    const v = validateWorkbook(sheets, { year: 2026 });
    expect(v).toMatchObject({ ok: false, stage: "estimate" });
    expect(v.errors.map((e) => [e.code, e.row])).toEqual([["THIEU_THAM_SO", 2], ["THIEU_THAM_SO", 3]]);
    expect(runEstimate(sheets, { year: 2026 }).errors).toEqual(v.errors);
  });
  test("validate without a year uses the caller's fallback, and says so in its settings", () => {
    const v = validateWorkbook(workbook(), { fallbackYear: 2027 });
    expect(v.ok).toBe(true);
    expect(v.settings).toMatchObject({ year: 2027, yearFrom: "fallback" });
  });
});

describe("--params and --pack-file as data", () => {
  test("a province pack file is used alone (its id becomes the pack) and its rate applies", () => {
    const r = runEstimate(workbook({ danhSach: [row(1, "Nguyễn Văn An", "Trưởng thôn")] }), { year: 2026, packFiles: [{ name: "tinh-x.json", text: packFileText() }] });
    expect(r.ok).toBe(true);
    expect(r.settings).toMatchObject({ packId: "tinh-x", packFrom: "packFile" });
    // hệ số 1,5: 6 × 1,5 × 2,340,000 + 6 × 1,5 × 2,530,000
    expect(r.summary!.totals.phuCap).toBe(6 * 3510000 + 6 * 3795000);
    expect(r.summary!.chain).toEqual(["central", "tinh-x"]);
  });
  test("--pack names a pack of a pack file; another built-in pack is still there", () => {
    const files = [{ name: "tinh-x.json", text: packFileText() }];
    expect(runEstimate(workbook(), { year: 2026, packId: "tinh-x", packFiles: files }).settings.packId).toBe("tinh-x");
    expect(runEstimate(workbook(), { year: 2026, packId: "hung-yen", packFiles: files }).settings.packId).toBe("hung-yen");
  });
  test("a pack file that is not JSON: the line and column of the mistake", () => {
    const r = runEstimate(workbook(), { year: 2026, packFiles: [{ name: "tinh-x.json", text: '{\n  "id": "tinh-x",\n  "name": "X",,\n}' }] });
    expect(r).toMatchObject({ ok: false, stage: "input" });
    expect(r.errors[0]).toMatchObject({ code: "TEP_GOI_LOI" });
    expect(r.errors[0].message).toMatch(/tinh-x\.json.*dòng 3/);
  });
  test("a pack file with a bad field: the JSON path is named", () => {
    const r = runEstimate(workbook(), { year: 2026, packFiles: [{ name: "tinh-x.json", text: packFileText({ id: "Tinh X" }) }] });
    expect(r.errors[0].message).toMatch(/tinh-x\.json, id: /);
  });
  test("a pack file extending an unknown pack is an input error, not a crash", () => {
    const r = runEstimate(workbook(), { year: 2026, packFiles: [{ name: "tinh-x.json", text: packFileText({ extends: "khong-co" }) }] });
    expect(r).toMatchObject({ ok: false, stage: "input" });
    expect(r.errors[0].message).toMatch(/tinh-x\.json, extends: không có gói “khong-co”/);
  });
  test("one pack file may extend another given with it, in any order", () => {
    const child = packFileText({ id: "huyen-y", name: "Tỉnh X (bản sửa)", extends: "tinh-x", parameters: [] });
    const r = runEstimate(workbook(), { year: 2027, packId: "huyen-y", packFiles: [{ name: "con.json", text: child }, { name: "tinh-x.json", text: packFileText() }] });
    expect(r.ok).toBe(true);
    expect(r.summary!.chain).toEqual(["central", "tinh-x", "huyen-y"]);
  });
  test("--params JSON: an override applies from its date; broken JSON is a located error", () => {
    const override = JSON.stringify({ parameters: [{ key: "kiemNhiem.tyLe", label: "Tỷ lệ kiêm nhiệm", unit: "ratio", values: [{ from: "2026-07-01", value: "0.5", source: { document: "NQ của tỉnh (kiểm thử)" }, confidence: "high" }] }] });
    const sheets = workbook({ danhSach: [row(1, "Nguyễn Văn An", "Bí thư chi bộ", 1.2), [2, "Nguyễn Văn An", "Trưởng thôn", "x", "Xã A", "Thôn 1", 1.0, null, null, null]] });
    const r = runEstimate(sheets, { year: 2026, params: [{ kind: "json", name: "tinh.json", text: override }] });
    // kiêm nhiệm 100% of 1.0 × LCS until 30/6/2026 (NĐ 33/2023 Đ.34 k.4), then 50% from the user's value
    expect(r.summary!.totals.phuCapKiemNhiem).toBe(6 * LCS_2024 + 6 * (LCS_2026 / 2));
    expect(r.summary!.userSupplied.map((p) => p.key)).toEqual(["kiemNhiem.tyLe"]);
    // problems found when the user's values are stacked onto the pack: one located error each
    const bad = JSON.stringify({ parameters: [
      { key: "luongCoSo", label: "LCS", unit: "coefficient", values: [{ from: "2026-01-01", value: "1.5", source: { document: "x" }, confidence: "high" }] },
      { key: "bhxh.batBuoc.donVi", label: "BHXH", unit: "coefficient", values: [{ from: "2026-01-01", value: "0.17", source: { document: "x" }, confidence: "high" }] },
    ] });
    const stacked = runEstimate(sheets, { year: 2026, params: [{ kind: "json", name: "tinh.json", text: bad }] });
    expect(stacked.errors.map((e) => e.code)).toEqual(["GOI_LOI", "GOI_LOI"]);
    expect(stacked.errors[0].message).toMatch(/tinh\.json.*parameters\[0\]\.unit \(luongCoSo\)/);
    expect(stacked.errors[1].message).toMatch(/parameters\[1\]\.unit \(bhxh\.batBuoc\.donVi\)/);
    const broken = runEstimate(sheets, { year: 2026, params: [{ kind: "json", name: "tinh.json", text: "{ parameters: [] }" }] });
    expect(broken.errors[0]).toMatchObject({ code: "TEP_THAM_SO_LOI" });
    expect(broken.errors[0].message).toMatch(/tinh\.json.*dòng 1, cột 3/);
  });
});

describe("leavers-only and units-only workbooks are valid jobs", () => {
  test("units only (DonVi, no DanhSach): the funds are computed, nothing else is due", () => {
    const r = runEstimate([{ name: "DonVi", rows: [DV_HEAD, ["Xã A", null, "Xã", "I", null], ["Xã A", "Thôn 1", "Thôn", null, 400]] }], { year: 2026 });
    expect(r).toMatchObject({ ok: true, stage: "done" });
    expect(r.summary!.totals.tong).toBe(0);
    // a thôn of 400 households: 6.0 × LCS until 30/6/2026 (NĐ 33/2023 Đ.34 k.2), then 6.5 × LCS, tier b (NĐ 185/2026)
    expect(r.summary!.funds).toEqual([{ donVi: "Xã A", thon: "Thôn 1", quyKhoan: 6 * 6 * LCS_2024 + 6 * 6.5 * LCS_2026, chiPhi: 0, chenhLech: 6 * 6 * LCS_2024 + 6 * 6.5 * LCS_2026 }]);
  });
  test("leavers only (NghiViec, no DanhSach): the one-off payment is computed", () => {
    const nv = [
      ["STT", "Họ và tên", "Chức danh", "Xã, phường", "Thôn, TDP", "Đối tượng", "Ngày nghỉ", "Tiền lương (phụ cấp) tháng", "Thời gian đóng BHXH", "Số tháng công tác"],
      [1, "Phạm Văn Đức", "Trưởng thôn", "Xã A", "Thôn 1", "HĐKCT thôn, TDP", "01/09/2026", 3510000, "4 năm 6 tháng", 48],
    ];
    const r = runEstimate([{ name: "NghiViec", rows: nv }], { year: 2026 });
    expect(r).toMatchObject({ ok: true, stage: "done" });
    expect(r.read!.rows).toHaveLength(0);
    // NĐ 154/2025 Đ.9 k.1, Đ.10 (HĐKCT thôn leaving 1/9/2026, A = 3,510,000, 48 months, 4 years of BHXH):
    // 0.8 × A × 48 + 1.5 × A × 4 + 3 × A = 134,784,000 + 21,060,000 + 10,530,000
    expect(r.summary!.totals.troCapMotLan).toBe(166374000);
    expect(r.summary!.totals.tong).toBe(166374000);
  });
});
