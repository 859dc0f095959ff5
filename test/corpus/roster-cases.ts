/**
 * Corpus: readable workbooks whose content is wrong — formulas without results or with cached
 * errors, hidden sheets and rows, implausible values, broken structure — each one located error.
 */
import { row } from "./build";
import { DS, DV, LEAVER, NV, person, roster, UNITS } from "./build";
import type { CorpusCase } from "./types";

const ds = (over: Parameters<typeof person>[0]) => () => roster({ ds: [person(over)] });
const dsAt = (column: string, code: string, message: (string | RegExp)[] = []): Pick<CorpusCase, "expect" | "message"> => ({
  expect: { code, sheet: "DanhSach", row: 2, column },
  message,
});

export const rosterCases: CorpusCase[] = [
  // Formulas (the file holds what Excel last calculated, or nothing)
  { name: "Từ ngày =DATE(2026,7,1) saved without its result (would cost the whole year)", file: ds({ "Từ ngày": { f: "DATE(2026,7,1)" } }), ...dsAt("Từ ngày", "FORMULA_NO_VALUE", ["=DATE(2026,7,1)", "F9"]) },
  { name: "Mức tiền =VLOOKUP(…) cached as #N/A (would fall back to the pack)", file: ds({ "Mức tiền": { f: "VLOOKUP(B2,BangLuong!A:B,2,0)", error: "#N/A" } }), ...dsAt("Mức tiền", "FORMULA_ERROR", ["“#N/A”", "F9"]) },
  { name: "Hệ số =1/0 cached as #DIV/0!", file: ds({ "Hệ số": { f: "1/0", error: "#DIV/0!" } }), ...dsAt("Hệ số", "FORMULA_ERROR", ["#DIV/0!"]) },
  {
    name: "a shared formula whose copy caches #VALUE!",
    file: () => roster({ ds: [person({ "Hệ số": { f: "0.6*2", v: 1.2, shared: { si: 0, ref: "G2:G3" } } }), person({ "Hệ số": { f: "", error: "#VALUE!", shared: { si: 0 } } }, 2)] }),
    expect: { code: "FORMULA_ERROR", sheet: "DanhSach", row: 3, column: "Hệ số" }, message: ["=0.6*2"],
  },
  { name: "Đến ngày as a formula without result in DonVi-checked row", file: ds({ "Đến ngày": { f: "EOMONTH(I2,5)" } }), ...dsAt("Đến ngày", "FORMULA_NO_VALUE") },
  { name: "an error cell #REF! without formula in Chức danh", file: ds({ "Chức danh": { error: "#REF!" } }), ...dsAt("Chức danh", "CELL_ERROR", ["#REF!"]) },
  { name: "Số hộ in DonVi as a formula without result", file: () => roster({ dv: [UNITS[0], row(DV, { "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1", "Loại": "Thôn", "Số hộ": { f: "SUM(X1:X9)" } })] }), expect: { code: "FORMULA_NO_VALUE", sheet: "DonVi", row: 3, column: "Số hộ" } },
  // Hidden sheets and rows
  {
    name: "a hidden stale DanhSach next to a visible DanhSach (2): the visible one is read",
    file: () => roster({ ds: null, before: [{ name: "DanhSach", rows: [DS, person({}, 1)], state: "hidden" }, { name: "DanhSach (2)", rows: [DS, person({ "Hệ số": "abc" }, 1)] }] }),
    expect: { code: "NOT_A_NUMBER", sheet: "DanhSach (2)", row: 2, column: "Hệ số" },
  },
  { name: "a hidden row is read like any other (its bad cell is reported)", file: () => roster({ ds: [person({}, 1), person({ "Chức danh": "Trưởng thông" }, 2)], dsExtra: { hiddenRows: [3] } }), expect: { code: "UNKNOWN_POST", sheet: "DanhSach", row: 3, column: "Chức danh" } },
  // Which sheets
  { name: "no roster sheet at all", file: () => roster({ ds: null, dv: null, after: [{ name: "Sheet1", rows: [["A", "B"], [1, 2]] }] }), expect: { code: "SHEET_NOT_FOUND" } },
  { name: "DanhSach with its header only and nothing else to compute", file: () => roster({ ds: [], dv: [] }), expect: { code: "DANHSACH_EMPTY", sheet: "DanhSach", row: 1 } },
  { name: "a required column missing (Chức danh)", file: () => roster({ dsHeader: DS.map((h) => (h === "Chức danh" ? "Công việc" : h)) }), expect: { code: "COLUMN_MISSING", sheet: "DanhSach", row: 1, column: "Chức danh" } },
  { name: "DanhSach whose header is below row 10", file: () => roster({ ds: null, before: [{ name: "DanhSach", rows: [...Array.from({ length: 11 }, (_, i) => [`Tiêu đề ${i}`]), DS, person()] }] }), expect: { code: "HEADER_NOT_FOUND", sheet: "DanhSach" } },
  {
    name: "duplicate headers: the first “Chức danh” is read (and is blank)",
    file: () => roster({ dsHeader: [...DS, "Chức danh"], ds: [[...person({ "Chức danh": null }), "Trưởng thôn"]] }),
    expect: { code: "REQUIRED_BLANK", sheet: "DanhSach", row: 2, column: "Chức danh" },
  },
  { name: "merged cells in the data area", file: () => roster({ ds: [person({}, 1), person({ "Họ và tên": null }, 2)], dsExtra: { merges: ["B2:B3"] } }), expect: { code: "MERGED_CELLS", sheet: "DanhSach", row: 2, column: "Họ và tên", value: "B2:B3" } },
  // Dates
  { name: "a date that does not exist, 31/02/2026", file: ds({ "Từ ngày": "31/02/2026" }), ...dsAt("Từ ngày", "INVALID_DATE", ["31/02/2026"]) },
  { name: "a number that is no date (5 → 1900)", file: ds({ "Từ ngày": 5 }), ...dsAt("Từ ngày", "DATE_OUT_OF_RANGE") },
  { name: "Từ ngày after Đến ngày", file: ds({ "Từ ngày": "01/10/2026", "Đến ngày": "01/07/2026" }), ...dsAt("Đến ngày", "DATES_OUT_OF_ORDER") },
  { name: "a date cell of 1904-system workbook beyond 2100", file: () => roster({ ds: [person({ "Từ ngày": { raw: "<v>99999</v>", s: 1 } })], book: { date1904: true } }), ...dsAt("Từ ngày", "DATE_OUT_OF_RANGE") },
  // Plausibility of roster cells
  { name: "Hệ số 3,795,000 (đồng typed for a hệ số)", file: ds({ "Hệ số": 3795000 }), ...dsAt("Hệ số", "LOOKS_LIKE_DONG", ["≈ 1,5"]) },
  { name: "Hệ số 1e-10", file: ds({ "Hệ số": 1e-10 }), ...dsAt("Hệ số", "OUT_OF_RANGE") },
  { name: "Hệ số 0", file: ds({ "Hệ số": 0 }), ...dsAt("Hệ số", "ZERO_NOT_ALLOWED") },
  { name: "Mức tiền 1e12 đ a month", file: ds({ "Mức tiền": 1e12 }), ...dsAt("Mức tiền", "OUT_OF_RANGE") },
  { name: "Mức tiền 9,007,199,254,740,993 (above 2^53)", file: ds({ "Mức tiền": "9007199254740993" }), ...dsAt("Mức tiền", "NUMBER_TOO_LARGE") },
  { name: "Mức tiền 9,007,199,254,740,991 as a number (2^53 − 1)", file: ds({ "Mức tiền": 9007199254740991 }), ...dsAt("Mức tiền", "OUT_OF_RANGE") },
  { name: "a negative Mức tiền", file: ds({ "Mức tiền": -5 }), ...dsAt("Mức tiền", "NEGATIVE_NUMBER") },
  { name: "Số hộ 1e9 households", file: () => roster({ dv: [UNITS[0], row(DV, { "Xã, phường": "Xã An Bình", "Thôn, TDP": "Thôn 1", "Loại": "Thôn", "Số hộ": 1e9 })] }), expect: { code: "OUT_OF_RANGE", sheet: "DonVi", row: 3, column: "Số hộ" } },
  { name: "NghiViec: “200 năm” of BHXH", file: () => roster({ nv: [row(NV, { ...LEAVER, "Thời gian đóng BHXH": "200 năm" })] }), expect: { code: "OUT_OF_RANGE", sheet: "NghiViec", row: 2, column: "Thời gian đóng BHXH" } },
  { name: "NghiViec: a salary of 1e12 đ a month", file: () => roster({ nv: [row(NV, { ...LEAVER, "Tiền lương (phụ cấp) tháng": 1e12 })] }), expect: { code: "OUT_OF_RANGE", sheet: "NghiViec", row: 2, column: "Tiền lương (phụ cấp) tháng" } },
  // ThamSo
  { name: "ThamSo phuCap.truongThon = 3,795,000 (đồng for a hệ số)", file: () => roster({ ts: [["phuCap.truongThon", 3795000, "01/07/2026", "QĐ tỉnh"]] }), expect: { code: "LOOKS_LIKE_DONG", sheet: "ThamSo", row: 2, column: "Giá trị" }, message: ["≈ 1,5"] },
  { name: "ThamSo luongCoSo = 0", file: () => roster({ ts: [["luongCoSo", 0, "01/01/2026"]] }), expect: { code: "ZERO_NOT_ALLOWED", sheet: "ThamSo", row: 2, column: "Giá trị" } },
  { name: "ThamSo a ratio written 17 for 17%", file: () => roster({ ts: [["kiemNhiem.tyLe", 17, "01/01/2026"]] }), expect: { code: "RATIO_ABOVE_ONE", sheet: "ThamSo", row: 2, column: "Giá trị" }, message: ["0,17"] },
  { name: "ThamSo an unknown key", file: () => roster({ ts: [["luongCoSoo", 2530000, "01/07/2026"]] }), expect: { code: "THAMSO_UNKNOWN_KEY", sheet: "ThamSo", row: 2, column: "Mã" }, message: ["luongCoSo"] },
  { name: "ThamSo an unknown caiDat. setting", file: () => roster({ ts: [["caiDat.goii", "central"]] }), expect: { code: "SETTING_UNKNOWN_KEY", sheet: "ThamSo", row: 2, column: "Mã" }, message: ["caiDat.goi"] },
  // Roster content
  { name: "an unknown post", file: ds({ "Chức danh": "Trưởng thông" }), ...dsAt("Chức danh", "UNKNOWN_POST", ["Trưởng thôn"]) },
  { name: "a kiêm nhiệm row without its main post", file: ds({ "Kiêm nhiệm": "x" }), ...dsAt("Kiêm nhiệm", "KIEM_NHIEM_NO_MAIN") },
  { name: "a village not in DonVi, 32,000 characters long", file: ds({ "Thôn, TDP": `Thôn ${"Hạ".repeat(16000)}` }), ...dsAt("Thôn, TDP", "UNIT_NOT_FOUND") },
  { name: "a unit listed twice in DonVi", file: () => roster({ dv: [...UNITS, UNITS[1]] }), expect: { code: "DUPLICATE_UNIT", sheet: "DonVi", row: 5, column: "Thôn, TDP" } },
  { name: "BHXH “Có lẽ”", file: ds({ "BHXH": "Có lẽ" }), ...dsAt("BHXH", "INVALID_ENUM") },
  { name: "a blank Họ và tên", file: ds({ "Họ và tên": "   " }), ...dsAt("Họ và tên", "REQUIRED_BLANK") },
];
