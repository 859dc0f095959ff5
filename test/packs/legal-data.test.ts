/**
 * Data fixes of the legal review (issue 9 item 7, data side), each on both sides of its date, and a
 * check that no value cites a document younger than the value's own start date.
 */
import { builtInPacks, resolvePack } from "../../src/packs";

const central = resolvePack("central").params;

/** The year a citation names ("Nghị định 33/2023/NĐ-CP" → 2023; "Luật … 2023" → 2023), if any. */
function documentYear(document: string): number | undefined {
  const years = [...document.matchAll(/(?:\/|\s)((?:19|20)\d\d)(?=\/|\s|$|;|\))/g)].map((m) => Number(m[1]));
  return years.length ? Math.min(...years) : undefined;
}

describe("no value is dated before the document it cites", () => {
  test("documentYear reads the year of a citation", () => {
    expect(documentYear("Nghị định 33/2023/NĐ-CP")).toBe(2023);
    expect(documentYear("Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở 2023")).toBe(2023);
    expect(documentYear("Hướng dẫn 31-HD/BTCTW; Kết luận 137-KL/TW")).toBeUndefined();
  });
  test.each([...builtInPacks().keys()])("%s", (id) => {
    const bad: string[] = [];
    for (const p of builtInPacks().get(id)!.parameters)
      for (const v of p.values) {
        const y = documentYear(v.source.document);
        if (y !== undefined && y > Number(v.from.slice(0, 4))) bad.push(`${p.key} từ ${v.from}: ${v.source.document}`);
      }
    expect(bad).toEqual([]);
  });
});

describe("central: citations and confidence (docs/legal/central.md)", () => {
  test("người trực tiếp tham gia: not in compulsory BHXH under the 2014 law (2023-07-31), NĐ 33/2023 Đ.33 k.8 (2023-08-01), the 2024 law (2025-07-01)", () => {
    const at = (d: string) => central.decimalAt("bhxh.batBuoc.apDung.hoTroThon", d);
    expect([at("2023-07-31").value, at("2023-07-31").source.document]).toEqual(["0", "Luật Bảo hiểm xã hội 58/2014/QH13"]);
    expect([at("2023-08-01").value, at("2023-08-01").source.document]).toEqual(["0", "Nghị định 33/2023/NĐ-CP"]);
    expect([at("2025-07-01").value, at("2025-07-01").source.document]).toEqual(["0", "Luật Bảo hiểm xã hội 41/2024/QH15"]);
    expect(central.entryAt("bhyt.batBuoc.apDung.hoTroThon", "2018-11-30")).toBeUndefined();
    expect(central.decimalAt("bhyt.batBuoc.apDung.hoTroThon", "2018-12-01").confidence).toBe("unconfirmed");
  });
  test.each(["toTruong", "toPho", "toVien"])("Tổ bảo vệ ANTT slot hoTro.toBaoVe.%s starts 2024-07-01 (law of 2023, Đ.23), not 2023-08-01", (k) => {
    expect(central.entryAt(`hoTro.toBaoVe.${k}`, "2024-06-30")).toBeUndefined();
    const e = central.entryAt(`hoTro.toBaoVe.${k}`, "2024-07-01")!;
    expect([e.value, e.confidence, e.source.article]).toEqual([null, "unconfirmed", "Điều 23 khoản 1"]);
    expect(e.source.document).toMatch(/bảo vệ an ninh, trật tự ở cơ sở 2023/);
  });
  test("NĐ 34/2019 tier a: thôn 350 households and the three commune features medium; TDP 500 unconfirmed", () => {
    expect(central.decimalAt("quyThon.nguongSoHo.thon", "2023-07-31").confidence).toBe("medium");
    expect(central.decimalAt("quyThon.nguongSoHo.toDanPho", "2023-07-31").confidence).toBe("unconfirmed");
    expect(central.decimalAt("quyThon.nguongSoHo.toDanPho", "2023-08-01").confidence).toBe("high");
    for (const k of ["trongDiemAnTT", "bienGioi", "haiDao"]) expect(central.decimalAt(`quyThon.loaiA.${k}`, "2023-07-31").confidence).toBe("medium");
  });
  test("thôn đặc biệt khó khăn: not tier a under NĐ 34/2019 (unconfirmed) nor NĐ 33/2023 (high), tier a under NĐ 185/2026 (date unconfirmed)", () => {
    const at = (d: string) => central.decimalAt("quyThon.loaiA.khoKhan", d);
    expect([at("2023-07-31").value, at("2023-07-31").confidence]).toEqual(["0", "unconfirmed"]);
    expect([at("2023-08-01").value, at("2023-08-01").confidence, at("2023-08-01").source.document]).toEqual(["0", "high", "Nghị định 33/2023/NĐ-CP"]);
    expect([at("2026-07-01").value, at("2026-07-01").confidence]).toEqual(["1", "unconfirmed"]);
  });
  test("NĐ 185/2026 (date unconfirmed, 2026-07-01): tier a for national-defence key communes instead of security key communes", () => {
    const anTT = (d: string) => central.decimalAt("quyThon.loaiA.trongDiemAnTT", d);
    const qp = (d: string) => central.decimalAt("quyThon.loaiA.trongDiemQuocPhong", d);
    expect([anTT("2026-06-30").value, qp("2026-06-30").value]).toEqual(["1", "0"]);
    expect([anTT("2026-07-01").value, qp("2026-07-01").value, qp("2026-07-01").confidence]).toEqual(["0", "1", "unconfirmed"]);
  });
  test("voluntary-BHXH support cap of 120 months: unconfirmed under NĐ 134/2015, NĐ 159/2025 from 2025-07-01", () => {
    expect(central.decimalAt("bhxhTuNguyen.soThangHoTroToiDa", "2025-06-30").confidence).toBe("unconfirmed");
    expect(central.decimalAt("bhxhTuNguyen.soThangHoTroToiDa", "2025-07-01").source.document).toBe("Nghị định 159/2025/NĐ-CP");
  });
});

describe("provinces", () => {
  const hp = resolvePack("hai-phong").params;
  test("Hải Phòng NQ 07/2024 top-up: 1 (unconfirmed date) from 19/7/2024; from 15/3/2025 still 1 but unconfirmed, the user sets 0 in ThamSo", () => {
    const before = hp.decimalAt("troCap.hoTroTinh.apDung", "2025-03-14");
    const after = hp.decimalAt("troCap.hoTroTinh.apDung", "2025-03-15");
    expect([before.value, before.source.document]).toEqual(["1", "Nghị quyết 07/2024/NQ-HĐND thành phố Hải Phòng"]);
    expect([after.value, after.confidence, after.source.document]).toEqual(["1", "unconfirmed", "Nghị định 67/2025/NĐ-CP"]);
    expect(after.note).toMatch(/NĐ 178\/2024/);
    expect(after.note).toMatch(/ThamSo, mã "troCap\.hoTroTinh\.apDung"/);
  });
  test("Hưng Yên NQ 456/2024: amounts and 100% BHYT medium from 2024-07-01; continuation after the LCS rise unconfirmed", () => {
    const hy = resolvePack("hung-yen").params;
    expect(hy.decimalAt("hoTro.toBaoVe.toVien", "2026-06-30").confidence).toBe("medium");
    expect(hy.decimalAt("hoTro.toBaoVe.toVien", "2026-07-01").confidence).toBe("unconfirmed");
    expect(hy.decimalAt("hoTroBhyt.toBaoVe.tyLe", "2026-07-01").confidence).toBe("medium");
  });
});
