/**
 * The views the report and the pane build on: detailLines (order, months, formula, citation),
 * Summary.byPerson and the per-person support. Expected amounts are computed by hand from the
 * central pack: LCS 2,340,000 until 30/6/2026, 2,530,000 from 1/7/2026 (NĐ 73/2024 Đ.3 k.2;
 * NĐ 161/2026 Đ.3 k.2); compulsory BHXH 17% and BHYT 3% of LCS (Luật 41/2024 Đ.2 k.1 k, Đ.33–34).
 */
import { summarize } from "../../src/engine/aggregate";
import { detailLines } from "../../src/engine/detail";
import { estimate } from "../../src/engine/estimate";
import { resolvePack } from "../../src/packs";
import { row, unit } from "../helpers/records";

const central = resolvePack("central");

describe("detailLines and byPerson (central pack, 2026)", () => {
  const units = [
    unit({ donVi: "Xã B", loai: "xa", phanLoai: "I" }),
    unit({ donVi: "Xã A", loai: "xa", phanLoai: "II" }),
    unit({ donVi: "Xã A", thon: "Thôn 10", loai: "thon", soHo: 400 }),
    unit({ donVi: "Xã A", thon: "Thôn 2", loai: "thon", soHo: 400 }),
  ];
  const rows = [
    row({ hoTen: "Lê Văn C", postCode: "truongThon", donVi: "Xã A", thon: "Thôn 10", heSo: "1.0" }),
    row({ hoTen: "Nguyễn Văn A", postCode: "truongThon", donVi: "Xã A", thon: "Thôn 2", heSo: "1.2", maSoBhxh: "0101010101" }),
    row({ hoTen: "nguyễn văn a ", postCode: "biThuChiBo", donVi: "Xã A", thon: "Thôn 2", heSo: "1.0", kiemNhiem: true }),
    row({ hoTen: "Trần B", postCode: "phoChuTichMatTran", donVi: "Xã B", thon: null, heSo: "1.0", denNgay: "2026-07-31" }),
  ];
  const result = estimate({ year: 2026, rows, units }, central);
  const lines = [...detailLines(result)];
  const six = (a: number, b: number) => [a, a, a, a, a, a, b, b, b, b, b, b];

  test("no error; ordered by commune, village (Thôn 2 before Thôn 10), row, component", () => {
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(lines.map((l) => [l.donVi, l.thon, l.loc?.row, l.component])).toEqual([
      ["Xã A", "Thôn 2", rows[1].loc.row, "phuCap"],
      ["Xã A", "Thôn 2", rows[1].loc.row, "bhxh"],
      ["Xã A", "Thôn 2", rows[1].loc.row, "bhyt"],
      ["Xã A", "Thôn 2", rows[2].loc.row, "phuCapKiemNhiem"],
      ["Xã A", "Thôn 10", rows[0].loc.row, "phuCap"],
      ["Xã A", "Thôn 10", rows[0].loc.row, "bhxh"],
      ["Xã A", "Thôn 10", rows[0].loc.row, "bhyt"],
      ["Xã B", null, rows[3].loc.row, "phuCap"],
      ["Xã B", null, rows[3].loc.row, "bhxh"],
      ["Xã B", null, rows[3].loc.row, "bhyt"],
    ]);
  });

  test("a line carries the 12 months, its total, one formula per run of months and the citations", () => {
    const l = lines[0];
    // 1,2 × 2,340,000 = 2,808,000; 1,2 × 2,530,000 = 3,036,000
    expect(l).toMatchObject({ kind: "post", hoTen: "Nguyễn Văn A", maSoBhxh: "0101010101", chucDanh: "truongThon", kiemNhiem: false });
    expect(l.months).toEqual(six(2808000, 3036000));
    expect(l.total).toBe(6 * 2808000 + 6 * 3036000);
    expect(l.formula).toBe("T1–6: 1,2 × 2.340.000; T7–12: 1,2 × 2.530.000");
    expect(l.citation).toBe("Nghị định 73/2024/NĐ-CP Điều 3 khoản 2; Nghị định 161/2026/NĐ-CP Điều 3 khoản 2");
    // BHXH 17% × 2,340,000 = 397,800; × 2,530,000 = 430,100
    expect(lines[1].months).toEqual(six(397800, 430100));
    expect(lines[3]).toMatchObject({ kiemNhiem: true, total: 6 * 2340000 + 6 * 2530000 });
    expect(lines[3].formula).toBe("T1–6: 100% × 1,0 × 2.340.000; T7–12: 100% × 1,0 × 2.530.000");
  });

  test("each citation once, also when one document names two (BHYT: Luật 51/2024 and NĐ 188/2025)", () => {
    const parts = lines[2].citation.split("; ");
    expect(parts.filter((p) => p === "Nghị định 188/2025/NĐ-CP")).toHaveLength(1);
    expect(new Set(parts).size).toBe(parts.length);
  });
  test("a row leaving on 31/7/2026 has January–July only", () => {
    const l = lines[7];
    expect(l.months).toEqual([2340000, 2340000, 2340000, 2340000, 2340000, 2340000, 2530000, 0, 0, 0, 0, 0]);
    expect(l.total).toBe(16570000);
    expect(lines[8].total).toBe(6 * 397800 + 430100);
  });

  test("byPerson: the main and concurrent rows of one person together (name compared trimmed, case-insensitive)", () => {
    const s = summarize(result);
    const a = s.byPerson.find((p) => p.hoTen === "Nguyễn Văn A")!;
    expect(a).toMatchObject({ donVi: "Xã A", thon: "Thôn 2", maSoBhxh: "0101010101", rows: [rows[1].loc, rows[2].loc] });
    expect(a.totals).toMatchObject({
      phuCap: 6 * 2808000 + 6 * 3036000,
      phuCapKiemNhiem: 6 * 2340000 + 6 * 2530000,
      bhxh: 6 * 397800 + 6 * 430100,
      bhyt: 6 * 70200 + 6 * 75900,
      tong: 35064000 + 29220000 + 4967400 + 876600,
    });
    expect(s.byPerson.map((p) => p.hoTen)).toEqual(["Nguyễn Văn A", "Lê Văn C", "Trần B"]);
    // the per-person view is in the JSON output
    expect(JSON.parse(JSON.stringify(s)).byPerson).toHaveLength(3);
  });

  test("the detail adds up to the summary, component by component", () => {
    const s = summarize(result);
    for (const c of ["phuCap", "phuCapKiemNhiem", "bhxh", "bhyt"] as const)
      expect(lines.filter((l) => l.component === c).reduce((x, l) => x + l.total, 0)).toBe(s.totals[c]);
  });
});

describe("khoán lines and per-person support", () => {
  test("Hải Phòng NQ 20/2019: Ban công tác Mặt trận of a 1,100-household khu: 7,000,000 a year, cumulative rounding", () => {
    const units = [unit({ donVi: "Xã HP", loai: "xa", phanLoai: "II" }), unit({ donVi: "Xã HP", thon: "Khu 1", loai: "thon", soHo: 1100 })];
    const r = estimate({ year: 2026, rows: [], units }, resolvePack("hai-phong"));
    const l = [...detailLines(r)].find((x) => x.kind === "khoan" && x.thon === "Khu 1")!;
    // 7,000,000 / 12 = 583,333.33…: running totals 583,333; 1,166,667; 1,750,000 → 583,333 / 583,334 / 583,333
    expect(l.months).toEqual([583333, 583334, 583333, 583333, 583334, 583333, 583333, 583334, 583333, 583333, 583334, 583333]);
    expect(l).toMatchObject({ total: 7000000, hoTen: null, chucDanh: "Kinh phí hoạt động Ban công tác Mặt trận khu dân cư", formula: "5.000.000 + 2 × 1.000.000/năm × 1/12" });
  });

  test("supportByPerson: months supported, the group of the support and the post's insurance group (Hưng Yên, 2026)", () => {
    const member = row({ hoTen: "Tổ viên", postCode: "toVienToBaoVe", bhxh: "tuNguyen", nhomHoTro: "hoNgheo" });
    const r = estimate({ year: 2026, rows: [member], units: [] }, resolvePack("hung-yen"));
    const q1 = r.supportByPerson().filter((p) => p.quarter === 1);
    // NĐ 159/2025: hộ nghèo 50% × 22% × 1,500,000 = 165,000 a month; NQ 456 Đ.3 k.2 b: BHYT 100% × 4.5% × 2,340,000 = 105,300
    expect(q1).toEqual([
      expect.objectContaining({ kind: "bhxhTuNguyen", amount: 3 * 165000, soThang: 3, nhomHoTro: "hoNgheo", group: "toBaoVe" }),
      expect.objectContaining({ kind: "bhyt", amount: 3 * 105300, soThang: 3, group: "toBaoVe" }),
    ]);
  });
});
