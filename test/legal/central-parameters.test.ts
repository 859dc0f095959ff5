/**
 * Golden values of the central pack, each with its citation, on both sides of every effective date
 * the product depends on: 1/8/2023, 1/7/2024, 1/7/2025, 1/7/2026, 1/1/2027.
 */
import { mulRound } from "../../src/engine/money";
import { resolvePack } from "../../src/packs";

const t = resolvePack("central").params;

type Case = [citation: string, key: string, date: string, expected: string | null];
const cases: Case[] = [
  // Lương cơ sở
  ["NĐ 24/2023 Đ.3", "luongCoSo", "2023-06-30", "1490000"],
  ["NĐ 24/2023 Đ.3", "luongCoSo", "2023-07-01", "1800000"],
  ["NĐ 73/2024 Đ.3 k.2", "luongCoSo", "2024-06-30", "1800000"],
  ["NĐ 73/2024 Đ.3 k.2", "luongCoSo", "2024-07-01", "2340000"],
  ["NĐ 73/2024 (no change 2025)", "luongCoSo", "2025-07-01", "2340000"],
  ["NĐ 161/2026 Đ.3 k.2", "luongCoSo", "2026-06-30", "2340000"],
  ["NĐ 161/2026 Đ.3 k.2", "luongCoSo", "2026-07-01", "2530000"],
  ["NĐ 161/2026 (2027 unchanged)", "luongCoSo", "2027-01-01", "2530000"],
  // Commune fund: NĐ 34/2019 → NĐ 33/2023 Đ.34 k.1 → posts end 1/8/2025
  ["NĐ 34/2019 Đ.2 k.5", "quyXa.heSo.I", "2023-07-31", "16.0"],
  ["NĐ 33/2023 Đ.34 k.1 a", "quyXa.heSo.I", "2023-08-01", "21.0"],
  ["NĐ 34/2019 Đ.2 k.5", "quyXa.heSo.II", "2023-07-31", "13.7"],
  ["NĐ 33/2023 Đ.34 k.1 b", "quyXa.heSo.II", "2023-08-01", "18.0"],
  ["NĐ 34/2019 Đ.2 k.5", "quyXa.heSo.III", "2023-07-31", "11.4"],
  ["NĐ 33/2023 Đ.34 k.1 c", "quyXa.heSo.III", "2023-08-01", "15.0"],
  ["NĐ 33/2023 Đ.34 k.1", "quyXa.heSoNguoiTangThem", "2023-08-01", "1.5"],
  ["NĐ 33/2023 Đ.34 k.1 a", "quyXa.heSo.I", "2025-07-31", "21.0"],
  ["HD 31-HD/BTCTW: commune HĐKCT posts end", "quyXa.heSo.I", "2025-08-01", null],
  ["NĐ 33/2023 Đ.33 k.1", "soLuongToiDa.xa.I", "2023-08-01", "14"],
  ["NĐ 33/2023 Đ.33 k.1", "soLuongToiDa.xa.III", "2023-08-01", "10"],
  // Village fund and tiers
  ["NĐ 34/2019 Đ.2 k.6", "quyThon.heSo.loaiA", "2023-07-31", "5.0"],
  ["NĐ 33/2023 Đ.34 k.2 a", "quyThon.heSo.loaiA", "2023-08-01", "6.0"],
  ["NĐ 34/2019 Đ.2 k.6", "quyThon.heSo.loaiB", "2023-07-31", "3.0"],
  ["NĐ 33/2023 Đ.34 k.2 b", "quyThon.heSo.loaiB", "2023-08-01", "4.5"],
  ["NĐ 33/2023 Đ.34 k.2 a", "quyThon.heSo.loaiA", "2026-06-30", "6.0"],
  ["NĐ 185/2026 (date placeholder)", "quyThon.heSo.loaiA", "2026-07-01", "8.0"],
  ["NĐ 33/2023 Đ.34 k.2 b", "quyThon.heSo.loaiB", "2026-06-30", "4.5"],
  ["NĐ 185/2026 (date placeholder)", "quyThon.heSo.loaiB", "2026-07-01", "6.5"],
  ["NĐ 185/2026", "quyThon.heSo.loaiB", "2027-01-01", "6.5"],
  ["NĐ 33/2023 Đ.34 k.2 a", "quyThon.nguongSoHo.thon", "2026-06-30", "350"],
  ["NĐ 185/2026", "quyThon.nguongSoHo.thon", "2026-07-01", "700"],
  ["NĐ 33/2023 Đ.34 k.2 a", "quyThon.nguongSoHo.toDanPho", "2026-06-30", "500"],
  ["NĐ 185/2026", "quyThon.nguongSoHo.toDanPho", "2026-07-01", "1000"],
  // Compulsory BHXH: Luật 58/2014 → Luật 41/2024 on 1/7/2025
  ["Luật 58/2014 Đ.86", "bhxh.batBuoc.donVi", "2025-06-30", "0.14"],
  ["Luật 41/2024 Đ.33–34", "bhxh.batBuoc.donVi", "2025-07-01", "0.17"],
  ["Luật 41/2024 Đ.33", "bhxh.batBuoc.nguoiLaoDong", "2025-07-01", "0.08"],
  ["Luật 58/2014 Đ.2", "bhxh.batBuoc.apDung.hdkctThon", "2025-06-30", "0"],
  ["Luật 41/2024 Đ.2 k.1 k", "bhxh.batBuoc.apDung.hdkctThon", "2025-07-01", "1"],
  ["Luật 58/2014 Đ.2 k.1 i", "bhxh.batBuoc.apDung.hdkctXa", "2024-07-01", "1"],
  ["NĐ 146/2018 Đ.7 k.1 đ", "bhyt.batBuoc.donVi", "2024-07-01", "0.03"],
  ["NĐ 146/2018 Đ.7 k.1 đ", "bhyt.batBuoc.nguoiLaoDong", "2024-07-01", "0.015"],
  ["NĐ 146/2018 (thôn not covered before)", "bhyt.batBuoc.apDung.hdkctThon", "2025-06-30", "0"],
  ["Luật 51/2024; NĐ 188/2025", "bhyt.batBuoc.apDung.hdkctThon", "2025-07-01", "1"],
  // Voluntary BHXH
  ["Luật 41/2024 Đ.36 k.1", "bhxhTuNguyen.tyLe", "2025-07-01", "0.22"],
  ["NĐ 07/2021 Đ.3", "chuanNgheoNongThon", "2026-12-31", "1500000"],
  ["Poverty-line decree 2026–2030", "chuanNgheoNongThon", "2027-01-01", "2200000"],
  ["NĐ 134/2015 Đ.14 k.1 c (placeholder)", "bhxhTuNguyen.hoTro.khac", "2025-06-30", "0.10"],
  ["NĐ 159/2025", "bhxhTuNguyen.hoTro.khac", "2025-07-01", "0.20"],
  ["NĐ 134/2015 Đ.14 k.1 a (placeholder)", "bhxhTuNguyen.hoTro.hoNgheo", "2025-06-30", "0.30"],
  ["NĐ 159/2025", "bhxhTuNguyen.hoTro.hoNgheo", "2025-07-01", "0.50"],
  ["NĐ 159/2025", "bhxhTuNguyen.hoTro.hoCanNgheo", "2025-07-01", "0.40"],
  ["NĐ 159/2025", "bhxhTuNguyen.hoTro.danTocThieuSo", "2025-07-01", "0.30"],
  ["NĐ 159/2025", "bhxhTuNguyen.soThangHoTroToiDa", "2025-07-01", "120"],
  // Kiêm nhiệm
  ["NĐ 33/2023 Đ.34 k.4", "kiemNhiem.tyLe", "2023-08-01", "1.0"],
  ["NĐ 92/2009 Đ.10 k.1", "kiemNhiem.canBoCongChuc.tyLe", "2023-07-31", "0.2"],
  ["NĐ 33/2023 Đ.20 k.1", "kiemNhiem.canBoCongChuc.tyLe", "2023-08-01", "0.5"],
  // Household BHYT
  ["NĐ 146/2018 Đ.7 k.1 e", "bhyt.hoGiaDinh.tyLe", "2026-07-01", "0.045"],
  ["NĐ 146/2018 Đ.7 k.1 e", "bhyt.hoGiaDinh.nguoiThu5", "2026-07-01", "0.4"],
];

describe("central pack: values in force on each side of every effective date", () => {
  test.each(cases)("%s: %s on %s = %s", (_citation, key, date, expected) => {
    const e = t.entryAt(key, date);
    expect(e?.value ?? null).toBe(expected);
  });
  test("a value before the first known date is missing, not 0 (NĐ 38/2019 starts 1/7/2019)", () => {
    expect(t.entryAt("luongCoSo", "2019-06-30")).toBeUndefined();
  });
});

describe("central worked examples (reference §10), zero tolerance", () => {
  const at = (k: string, d: string) => t.decimalAt(k, d).value;
  test("W2 commune fund I/II/III per month at 2,340,000 (NĐ 33 Đ.34 k.1)", () => {
    expect(["I", "II", "III"].map((c) => mulRound(at(`quyXa.heSo.${c}`, "2025-01-01"), at("luongCoSo", "2025-01-01")))).toEqual([49140000, 42120000, 35100000]);
  });
  test("W3 loại I + 2 extra HĐKCT (NĐ 33 Đ.34 k.1)", () => {
    const d = "2025-01-01";
    expect(mulRound(at("quyXa.heSo.I", d), at("luongCoSo", d)) + 2 * mulRound(at("quyXa.heSoNguoiTangThem", d), at("luongCoSo", d))).toBe(56160000);
  });
  test("W4/W5 village funds (NĐ 33 Đ.34 k.2; NĐ 185/2026)", () => {
    expect(mulRound(at("quyThon.heSo.loaiA", "2026-06-01"), at("luongCoSo", "2026-06-01"))).toBe(14040000);
    expect(mulRound(at("quyThon.heSo.loaiB", "2026-06-01"), at("luongCoSo", "2026-06-01"))).toBe(10530000);
    expect(mulRound(at("quyThon.heSo.loaiA", "2026-07-01"), at("luongCoSo", "2026-07-01"))).toBe(20240000);
    expect(mulRound(at("quyThon.heSo.loaiB", "2026-07-01"), at("luongCoSo", "2026-07-01"))).toBe(16445000);
  });
  test("W6/W7 BHYT 3% and 1.5% on LCS (NĐ 146/2018 Đ.7 k.1 đ)", () => {
    expect(mulRound(at("bhyt.batBuoc.donVi", "2026-06-01"), at("luongCoSo", "2026-06-01"))).toBe(70200);
    expect(mulRound(at("bhyt.batBuoc.nguoiLaoDong", "2026-06-01"), at("luongCoSo", "2026-06-01"))).toBe(35100);
    expect(mulRound(at("bhyt.batBuoc.donVi", "2026-07-01"), at("luongCoSo", "2026-07-01"))).toBe(75900);
    expect(mulRound(at("bhyt.batBuoc.nguoiLaoDong", "2026-07-01"), at("luongCoSo", "2026-07-01"))).toBe(37950);
  });
  test("W8/W9 BHXH employer 14% before, 17% from 1/7/2025 (Luật 58/2014; Luật 41/2024)", () => {
    expect(mulRound(at("bhxh.batBuoc.donVi", "2025-06-01"), at("luongCoSo", "2025-06-01"))).toBe(327600);
    expect(mulRound(at("bhxh.batBuoc.donVi", "2025-07-01"), at("luongCoSo", "2025-07-01"))).toBe(397800);
  });
  test("W11/W13 voluntary BHXH support on the rural poverty line (NĐ 159/2025; NĐ 134/2015)", () => {
    const base = (d: string) => mulRound(at("bhxhTuNguyen.tyLe", d), at("chuanNgheoNongThon", d));
    expect(base("2026-01-01")).toBe(330000);
    expect(mulRound(base("2026-01-01"), at("bhxhTuNguyen.hoTro.khac", "2026-01-01"))).toBe(66000);
    expect(mulRound(base("2025-06-01"), at("bhxhTuNguyen.hoTro.khac", "2025-06-01"))).toBe(33000);
    expect(mulRound(base("2027-01-01"), at("bhxhTuNguyen.hoTro.khac", "2027-01-01"))).toBe(96800);
  });
});

describe("unconfirmed values are flagged", () => {
  test("NĐ 185/2026 tiers carry the unconfirmed tag and a note", () => {
    const e = t.at("quyThon.heSo.loaiA", "2026-07-01");
    expect(e.confidence).toBe("unconfirmed");
    expect(e.note).toMatch(/chưa xác nhận/);
  });
  test("per-title allowances are provincial: the central slot is empty", () => {
    expect(() => t.at("phuCap.truongThon", "2026-01-01")).toThrow(/ThamSo/);
  });
});
