/**
 * DUTOAN.TROCAP equals the NghiViec result for the same inputs (issue 13 item 6): each case is written
 * once as cells, read once as a NghiViec row (roster reader → estimate) and once as the function's
 * arguments, and both must give the hand-computed amount (docs/legal/troCap.md §8: W23–W26, one case per
 * regime). Ranges broadcast, bad cells are #VALUE! with a Vietnamese message naming the argument, and
 * GIAITHICH("TROCAP"; …) explains the same lines with their citations.
 */
import { estimate } from "../../src/engine/estimate";
import * as F from "../../src/functions/functions";
import { TROCAP_ARGS } from "../../src/functions/troCap";
import { setOverrides } from "../../src/functions/state";
import { parseOverride, resolvePack } from "../../src/packs";
import { readWorkbook } from "../../src/roster";
import { isoToExcelSerial } from "../../src/engine/calendar";
import { danhSach, person, sheet } from "../roster/helpers";

type Fn = (...args: unknown[]) => unknown;
const TROCAP = (...args: unknown[]) => (F.troCap as unknown as Fn)(...args) as unknown[][];
const one = (...args: unknown[]) => TROCAP(...args)[0][0];
const GIAITHICH = (...args: unknown[]) => (F.giaiThich as unknown as Fn)(...args) as string;

afterEach(() => setOverrides([]));

/** Argument → NghiViec column (the salary goes to "Hệ số lương" below 100, else to the amount column). */
const COLUMN: Record<(typeof TROCAP_ARGS)[number], string> = {
  doi_tuong: "Đối tượng", ngay_nghi: "Ngày nghỉ", tien_luong_hoac_he_so: "Tiền lương (phụ cấp) tháng", thoi_gian_bhxh: "Thời gian đóng BHXH",
  hinh_thuc: "Hình thức", so_thang_cong_tac: "Số tháng công tác", so_thang_den_tuoi_huu: "Số tháng nghỉ trước tuổi",
  so_thang_con_lai: "Số tháng còn lại của nhiệm kỳ", thang_ke_tu_quyet_dinh: "Tháng thứ mấy kể từ quyết định sắp xếp", chinh_sach: "Chính sách",
  tien_luong_binh_quan: "Tiền lương bình quân 60 tháng", he_so_chuc_vu: "Hệ số phụ cấp chức vụ", phu_cap_cong_vu: "% phụ cấp công vụ",
  so_tien_mot_lan: "Số tiền trợ cấp một lần", ho_tro_tinh: "Hỗ trợ của tỉnh/thành phố",
};
const HEADERS = ["STT", "Họ và tên", "Xã, phường", "Thôn, TDP", "Hệ số lương", ...Object.values(COLUMN)];

type Case = [name: string, args: unknown[], goi: string, total: number];
const CASES: Case[] = [
  ["W23 NĐ 178 Đ.10 k.1: 513,864,000 + 240,873,750 + 32,116,500", ["Cán bộ, công chức", "01/06/2025", 3.66, "15 năm", "Thôi việc", null, 180, null, 1, null, null, null, "25%"], "central", 786854250],
  ["W24 NĐ 154 Đ.9: 134,784,000 + 21,060,000 + 10,530,000", ["HĐKCT cấp xã", "01/08/2025", 1.5, null, null, 48], "central", 166374000],
  ["W25 NĐ 154 Đ.9: 56,160,000 + 42,120,000 + 7,020,000", ["HĐKCT cấp xã", "01/09/2025", 2340000, null, null, 144, 30], "central", 105300000],
  ["W26 NĐ 29 Đ.9 k.2: 0.5 × 2,340,000 × 20", ["HĐKCT cấp xã", "15/06/2025", 2340000, null, null, null, null, 20, 3], "central", 23400000],
  ["NĐ 29 Đ.7: 3 × 8,000,000 + 1.5 × 7,000,000 × 10.5", ["Cán bộ, công chức", "20/07/2023", 8000000, "10 năm 3 tháng", "Thôi việc", null, null, null, null, "Tinh giản biên chế", 7000000], "central", 134250000],
  ["NĐ 29 Đ.5: 3 × 9,000,000 × 3 + 6 × 9,000,000", ["Cán bộ, công chức", "01/09/2024", 10000000, 22, "Nghỉ hưu trước tuổi", null, 36, null, null, null, 9000000], "central", 135000000],
  ["NĐ 154 Đ.8: 3 × 10,000,000 + 1.5 × 10,000,000 × 16", ["Cán bộ, công chức", "16/06/2025", 10000000, "15 năm 8 tháng", "Thôi việc", null, null, null, null, "Tinh giản biên chế"], "central", 270000000],
  ["NĐ 154 Đ.6: 5 × 10,000,000 × 3 + 6 × 10,000,000", ["Cán bộ, công chức", "01/09/2025", 10000000, 22, "Nghỉ hưu trước tuổi", null, 36, null, null, "Tinh giản"], "central", 210000000],
  ["NĐ 178 Đ.7: 1.0 × 10,000,000 × 36 + 5 × 10,000,000 × 3 + 6 × 10,000,000", ["Cán bộ, công chức", "01/06/2025", 10000000, 22, "Nghỉ hưu trước tuổi", null, 36, null, 1], "central", 570000000],
  ["NĐ 154 Đ.10 (thôn): 0.8 × 2,340,000 × 48 + 1.5 × 2,340,000 × 4 + 3 × 2,340,000", ["HĐKCT thôn, TDP", "01/02/2026", 2340000, null, null, 48], "central", 110916000],
  ["NĐ 29 Đ.9 k.2 (thôn, unconfirmed): 0.5 × 2,340,000 × 10", ["HĐKCT thôn, TDP", "01/10/2024", 2340000, null, null, null, null, 10], "central", 11700000],
  ["security force, Hưng Yên CV 2354: the amount typed", ["Công an xã bán chuyên trách", "01/03/2025", null, null, null, null, null, null, null, null, null, null, null, 12000000], "hung-yen", 12000000],
  ["Hải Phòng NQ 07/2024 top-up: 23,400,000 + 50,000,000", ["HĐKCT cấp xã", "14/03/2025", 2340000, null, null, null, null, 20, 2, null, null, null, null, null, 50000000], "hai-phong", 73400000],
];

/** The case as a NghiViec row, read by the roster reader and costed by the estimate. */
function viaSheet(args: unknown[], goi: string): number {
  const cells: Record<string, unknown> = { "Họ và tên": "Người thử", "Xã, phường": "Xã An Bình" };
  TROCAP_ARGS.forEach((a, i) => {
    if (args[i] === null || args[i] === undefined) return;
    const col = a === "tien_luong_hoac_he_so" && typeof args[i] === "number" && (args[i] as number) < 100 ? "Hệ số lương" : COLUMN[a];
    cells[col] = args[i];
  });
  if (String(args[0]).includes("thôn")) cells["Thôn, TDP"] = "Thôn 1";
  const pack = resolvePack(goi);
  const read = readWorkbook([danhSach([person()]), sheet("NghiViec", HEADERS, [cells])], pack);
  expect(read.issues.filter((i) => i.sheet === "NghiViec")).toEqual([]);
  const year = Number(read.leavers[0].ngayNghi.slice(0, 4));
  return estimate({ year, rows: [], leavers: read.leavers }, pack).leavers[0].total;
}

describe("DUTOAN.TROCAP = the NghiViec result for the same inputs", () => {
  test.each(CASES)("%s", (_name, args, goi, total) => {
    const padded = [...args, ...Array(TROCAP_ARGS.length - args.length).fill(null)];
    expect(viaSheet(args, goi)).toBe(total);
    expect(one(...padded, goi === "central" ? undefined : goi)).toBe(total);
  });
});

describe("arguments: what, when, then qualifiers, [goi] last; ranges broadcast", () => {
  test("a column of dates on both sides of 16/6/2025 (NĐ 29 → NĐ 154), the rest single cells: [23,400,000; 110,916,000]", () => {
    const out = TROCAP("HĐKCT cấp xã", [["15/06/2025"], ["16/06/2025"]], 2340000, null, null, 48, null, 20);
    expect(out).toEqual([[23400000], [110916000]]);
  });
  test("Excel date serials are dates; 1/7/2026 vs 1/8/2026 use June's and July's lương cơ sở (W23 S = 10,705,500 → 11,574,750)", () => {
    const w23 = (d: number) => one("Cán bộ, công chức", d, 3.66, 15, "Thôi việc", null, 180, null, 1, null, null, null, 0.25);
    expect(w23(isoToExcelSerial("2026-07-01"))).toBe(786854250);
    // 11,574,750 × (0.8 × 60 + 1.5 × 15 + 3) = 11,574,750 × 73.5 = 850,744,125
    expect(w23(isoToExcelSerial("2026-08-01"))).toBe(850744125);
  });
  test("a bad cell is #VALUE! in that cell only, with a message naming the argument", () => {
    const out = TROCAP([["HĐKCT cấp xã"], ["Viên chức"]], "01/08/2025", 1.5, null, null, 48);
    expect(out[0][0]).toBe(166374000);
    expect(out[1][0]).toBeInstanceOf(Error);
    expect((out[1][0] as Error).message).toMatch(/^doi_tuong: "Viên chức" .*cần/);
  });
  test("a missing value the regime needs names the argument, not a sheet column", () => {
    expect(() => one("Cán bộ, công chức", "01/03/2024", 8000000, 10, "Thôi việc")).toThrow(
      /tiền lương tháng bình quân 60 tháng.*cần nhập ở đối số tien_luong_binh_quan\./);
    expect(() => one("HĐKCT cấp xã", "01/08/2025", null, null, null, 48)).toThrow(/cần đối số tien_luong_hoac_he_so\./);
    expect(() => one("Cán bộ, công chức", "01/03/2024", 8000000, 10)).toThrow(/ở đối số hinh_thuc\./);
    expect(() => one("", "01/08/2025")).toThrow(/^Thiếu doi_tuong/);
    expect(() => one("HĐKCT cấp xã", "31/02/2025")).toThrow(/^ngay_nghi: "31\/02\/2025" không phải ngày có thật/);
    expect(() => one("HĐKCT cấp xã", "01/08/2025", 2340000, null, null, 48, null, null, null, null, null, 0.2)).toThrow(/he_so_chuc_vu, phu_cap_cong_vu chỉ dùng khi/);
    expect(() => one("HĐKCT cấp xã", "01/08/2025", 1.5, null, null, 48, null, null, 0)).toThrow(/thang_ke_tu_quyet_dinh: 0 không phải thứ tự tháng/);
  });
  test("blank rows of a range stay blank; no regime on the date → 0, as in the estimate", () => {
    expect(TROCAP([["HĐKCT cấp xã"], [null]], "01/08/2025", 1.5, null, null, 48)).toEqual([[166374000], [""]]);
    expect(one("HĐKCT cấp xã", "19/07/2023", 2340000, null, null, null, null, 10)).toBe(0);
  });
  test("ThamSo values installed by the task pane apply (troCap.nd154.hdkct.soThangConLaiTamTinh = 48 instead of the placeholder 60)", () => {
    setOverrides([{ layer: "ThamSo", override: parseOverride({ parameters: [{ key: "troCap.nd154.hdkct.soThangConLaiTamTinh", label: "x", unit: "months",
      values: [{ from: "2025-06-16", value: "48", source: { document: "QĐ thử" }, confidence: "high" }] }] }) }]);
    // 0.8 × 2,340,000 × 48 + 1.5 × 2,340,000 × 12 + 3 × 2,340,000 = 89,856,000 + 42,120,000 + 7,020,000
    expect(one("HĐKCT cấp xã", "01/09/2025", 2340000, null, null, 144, 100)).toBe(138996000);
  });
});

describe('GIAITHICH("TROCAP"; …): the same lines with their citations', () => {
  test("W23: regime, base, three lines, total, legal basis", () => {
    const t = GIAITHICH("TROCAP", "Cán bộ, công chức", "01/06/2025", 3.66, "15 năm", "Thôi việc", null, 180, null, 1, null, null, null, "25%");
    const lines = t.split("\n");
    expect(lines[0]).toBe("Trợ cấp một lần — Cán bộ, công chức nghỉ ngày 01/06/2025: 786.854.250 đồng (gói central).");
    expect(lines[1]).toBe("Chế độ: Nghị định 178/2024/NĐ-CP Điều 10 khoản 1 điểm a (sửa đổi, bổ sung bởi Nghị định 67/2025/NĐ-CP).");
    expect(lines[2]).toBe("Tiền lương (phụ cấp) làm căn cứ: 3,66 × (1 + 25%) × 2.340.000 (lương cơ sở tháng 5/2025) = 10.705.500.");
    expect(lines[3]).toMatch(/^1\) Trợ cấp thôi việc: 0,8 × S × 60 tháng \(còn 180 tháng, tối đa 60\) — nghỉ trong 12 tháng đầu \(S = 10\.705\.500\) = 513\.864\.000 — Nghị định 178\/2024\/NĐ-CP Điều 10 khoản 1 điểm a;/);
    expect(lines[4]).toMatch(/^2\) Trợ cấp theo số năm đóng BHXH: 1,5 × S × 15 năm \(S = 10\.705\.500\) = 240\.873\.750 — /);
    expect(lines[5]).toMatch(/^3\) Trợ cấp tìm việc làm: 3 × S \(S = 10\.705\.500\) = 32\.116\.500 — /);
    expect(lines[6]).toBe("Cộng: 786.854.250 đồng.");
    expect(lines[7]).toMatch(/^Căn cứ: .*Nghị định 178\/2024\/NĐ-CP Điều 10 khoản 1 điểm a/);
  });
  test("=DUTOAN.TROCAP( also names it; the pack is the 16th argument; unconfirmed values and warnings are shown", () => {
    const t = GIAITHICH("=DUTOAN.TROCAP(", "HĐKCT cấp xã", "01/09/2025", 2340000, null, null, 144, 100, null, null, null, null, null, null, null, null, "central");
    expect(t).toContain("0,8 × A × 60 tháng — còn 100 tháng đến tuổi nghỉ hưu: số tháng tạm tính, chưa xác nhận");
    expect(t).toMatch(/Căn cứ: .*\(chưa xác nhận\)/);
    const none = GIAITHICH("TROCAP", "Cán bộ, công chức", "01/06/2023", 8000000, 10, "Thôi việc");
    expect(none).toContain("0 đồng");
    expect(none).toMatch(/Lưu ý: .*không có chế độ trợ cấp/);
  });
  test("an error of the computation is #VALUE! prefixed with TROCAP", () => {
    expect(() => GIAITHICH("TROCAP", "Cán bộ, công chức", "01/03/2024", 8000000, 10, "Thôi việc")).toThrow(/^TROCAP: .*đối số tien_luong_binh_quan/);
  });
});
