/**
 * Province packs (docs/legal/hung-yen.md, quang-ninh.md, hai-phong.md; data in src/packs/data/): they parse, resolve on
 * top of the central pack, give the cited values on both sides of every effective date they set, and
 * every empty or unconfirmed slot is flagged with a note pointing the officer to sheet ThamSo.
 */
import { scaleValue } from "../../src/engine/params";
import { packIds, parsePack, resolvePack } from "../../src/packs";
import haiPhongPack from "../../src/packs/data/hai-phong.json";
import hungYenPack from "../../src/packs/data/hung-yen.json";
import quangNinhPack from "../../src/packs/data/quang-ninh.json";
import type { Scale } from "../../src/packs/schema";

const inputs: [string, unknown][] = [
  ["hung-yen", hungYenPack],
  ["quang-ninh", quangNinhPack],
  ["hai-phong", haiPhongPack],
];
const hy = resolvePack("hung-yen").params;
const qn = resolvePack("quang-ninh");
const hp = resolvePack("hai-phong");

describe("province packs load and layer on central", () => {
  test.each(inputs)("%s parses and resolves with chain central → province", (id, input) => {
    const pack = parsePack(input, id);
    expect(pack.id).toBe(id);
    expect(pack.extends).toBe("central");
    expect(pack.name).toMatch(/\S/);
    expect(pack.jurisdiction).toMatch(/\S/);
    expect(pack.description).toMatch(/\S/);
    expect(packIds()).toContain(id);
    expect(resolvePack(id).chain).toEqual(["central", id]);
  });

  test.each(inputs)("%s: central values stay visible (NĐ 161/2026 Đ.3 k.2: luongCoSo 2026-07-01 = 2530000)", (id) => {
    const t = resolvePack(id).params;
    const e = t.decimalAt("luongCoSo", "2026-07-01");
    expect(e.value).toBe("2530000");
    expect(e.layer).toBe("central");
    expect(t.decimalAt("quyThon.heSo.loaiA", "2024-01-01").value).toBe("6.0");
  });

  test.each(inputs)("%s: every post rate and every khoán parameter the pack refers to exists", (id) => {
    const r = resolvePack(id);
    for (const p of r.posts) if (p.rate) expect([p.code, r.params.has(p.rate)]).toEqual([p.code, true]);
    for (const k of r.khoan) {
      const keys = k.byPhanLoai ? ["I", "II", "III"].map((c) => `${k.base}.${c}`) : [k.base];
      if (k.khoKhan) keys.push(k.khoKhan.param);
      if (k.steps) keys.push(k.steps.threshold, k.steps.size, k.steps.amount);
      for (const key of keys) expect([k.code, key, r.params.has(key)]).toEqual([k.code, key, true]);
      for (const key of keys) {
        const unit = r.params.get(key)!.unit;
        expect([key, unit]).toEqual([key, key === k.steps?.threshold || key === k.steps?.size ? "households" : "VND"]);
      }
    }
  });
});

describe("every empty or unconfirmed provincial slot is flagged", () => {
  test.each(inputs)("%s: value null ⇒ confidence unconfirmed and a note naming ThamSo and the key", (id, input) => {
    const pack = parsePack(input, id);
    let nulls = 0;
    for (const p of pack.parameters) {
      for (const val of p.values) {
        if (val.value === null) {
          nulls++;
          expect([p.key, val.from, val.confidence]).toEqual([p.key, val.from, "unconfirmed"]);
          expect([p.key, val.note ?? ""]).toEqual([p.key, expect.stringContaining("ThamSo")]);
          expect([p.key, val.note ?? ""]).toEqual([p.key, expect.stringContaining(p.key)]);
        }
        if (val.confidence === "unconfirmed") expect([p.key, (val.note ?? "").length > 0]).toEqual([p.key, true]);
      }
    }
    expect(nulls).toBeGreaterThan(10);
  });
});

describe("Hưng Yên", () => {
  test("NQ 794/2025 (thôn đội trưởng): none on 2025-12-31", () => {
    expect(hy.tryAt("phuCap.thonDoiTruong", "2025-12-31")).toBeUndefined();
  });
  test.each([
    [349, "0.8"],
    [350, "0.9"],
    [500, "0.9"],
    [501, "1.0"],
    [1200, "1.0"],
  ] as const)("NQ 794/2025 (thôn đội trưởng) from 2026-01-01: %i households → %s × LCS", (soHo, expected) => {
    const e = hy.at("phuCap.thonDoiTruong", "2026-01-01");
    expect(e.unit).toBe("coefficient");
    expect(e.layer).toBe("hung-yen");
    expect(e.confidence).toBe("medium");
    expect(e.source.document).toMatch(/794\/2025/);
    expect(scaleValue(e.value as Scale, soHo)).toBe(expected);
  });
  test("NQ 794/2025: the 500-household boundary is flagged as unconfirmed in the note", () => {
    expect(hy.at("phuCap.thonDoiTruong", "2026-01-01").note).toMatch(/500 hộ.*chưa xác nhận/);
  });

  type Amount = [citation: string, key: string, expected: string];
  const nq456: Amount[] = [
    ["NQ 456/2024 Đ.3 k.1 a", "hoTro.toBaoVe.toTruong", "2340000"],
    ["NQ 456/2024 Đ.3 k.1 b", "hoTro.toBaoVe.toPho", "1980000"],
    ["NQ 456/2024 Đ.3 k.1 c", "hoTro.toBaoVe.toVien", "1620000"],
  ];
  test.each(nq456)("%s: %s none on 2024-06-30, %s VND from 2024-07-01 (amount medium, date placeholder), unchanged but unconfirmed from 2026-07-01", (citation, key, expected) => {
    expect(hy.entryAt(key, "2024-06-30")).toBeUndefined();
    const e = hy.decimalAt(key, "2024-07-01");
    expect(e.value).toBe(expected);
    expect(e.unit).toBe("VND");
    expect(e.confidence).toBe("medium");
    expect(hy.decimalAt(key, "2026-07-01").confidence).toBe("unconfirmed");
    expect(e.source.document).toMatch(/456\/2024/);
    expect(e.source.article).toBe(`Điều 3 khoản 1 điểm ${citation.slice(-1)}`);
    expect(e.note).toMatch(/01\/7\/2024/);
    expect(hy.decimalAt(key, "2026-06-30").value).toBe(expected);
    expect(hy.decimalAt(key, "2026-07-01").value).toBe(expected);
    expect(hy.decimalAt(key, "2027-01-01").value).toBe(expected);
  });
  test("NQ 456/2024 worked example: team 1 + 1 + 2 costs 7,560,000 a month, 90,720,000 a year", () => {
    const at = (k: string) => Number(hy.decimalAt(k, "2026-01-01").value);
    const month = at("hoTro.toBaoVe.toTruong") + at("hoTro.toBaoVe.toPho") + 2 * at("hoTro.toBaoVe.toVien");
    expect(month).toBe(7560000);
    expect(12 * month).toBe(90720000);
  });
  test("NQ 456/2024 Đ.3 k.2 b: BHYT support 100% (medium) from 2024-07-01, none before", () => {
    expect(hy.entryAt("hoTroBhyt.toBaoVe.tyLe", "2024-06-30")).toBeUndefined();
    const e = hy.decimalAt("hoTroBhyt.toBaoVe.tyLe", "2024-07-01");
    expect(e.value).toBe("1.0");
    expect(e.confidence).toBe("medium");
  });
  test("NQ 456/2024 Đ.3 k.2: voluntary BHXH follows the central 'others' rate, no provincial top-up", () => {
    expect(hy.entryAt("hoTroBhxhTuNguyen.toBaoVe.tyLeTinhThem", "2024-06-30")).toBeUndefined();
    const e = hy.decimalAt("hoTroBhxhTuNguyen.toBaoVe.tyLeTinhThem", "2024-07-01");
    expect(e.value).toBe("0");
    expect(e.confidence).toBe("unconfirmed");
    expect(e.note).toMatch(/bhxhTuNguyen\.hoTro\.khac/);
    expect(hy.decimalAt("bhxhTuNguyen.hoTro.khac", "2026-01-01").value).toBe("0.20");
  });
  test("NQ 439/2023: kiêm nhiệm 100% is a flagged placeholder from 07/12/2023; central value before", () => {
    const before = hy.decimalAt("kiemNhiem.tyLe", "2023-12-06");
    expect([before.value, before.layer, before.confidence]).toEqual(["1.0", "central", "medium"]);
    const after = hy.decimalAt("kiemNhiem.tyLe", "2023-12-07");
    expect([after.value, after.layer, after.confidence]).toEqual(["1.0", "hung-yen", "unconfirmed"]);
  });
  test("NQ 439/2023: hỗ trợ kiêm nhiệm, Điều 4 support, bảo vệ dân phố are empty slots", () => {
    for (const key of ["hoTroKiemNhiem.tyLe", "hoTro.nguoiTrucTiepThamGia", "hoTro.baoVeDanPho", "phuCap.truongThon", "phuCap.phoChuTichMatTran"]) {
      const e = hy.entryAt(key, "2024-07-01");
      expect([key, e?.value, e?.layer, e?.confidence]).toEqual([key, null, "hung-yen", "unconfirmed"]);
      expect(() => hy.at(key, "2024-07-01")).toThrow(/ThamSo/);
    }
    expect(hy.entryAt("hoTro.nguoiTrucTiepThamGia", "2024-07-01")?.source.article).toBe("Điều 4");
  });
  test("NQ 439/2023: khoán of 5 commune organisations by class and 3 thôn/TDP items, all empty", () => {
    const r = resolvePack("hung-yen");
    expect(r.khoan.filter((k) => k.level === "xa" && k.byPhanLoai).map((k) => k.code).sort()).toEqual(
      ["cuuChienBinhXa", "doanThanhNienXa", "matTranXa", "nongDanXa", "phuNuXa"]);
    expect(r.khoan.filter((k) => k.level === "thon").map((k) => k.code).sort()).toEqual(["banCongTacMatTranThon", "chiBoThon", "chiHoiDoanTheThon"]);
    expect(hy.entryAt("khoan.matTran.xa.II", "2026-01-01")?.value).toBeNull();
    expect(hy.entryAt("khoan.chiBo.thon", "2026-01-01")?.value).toBeNull();
  });
  test("pack description notes the Thái Bình merger", () => {
    expect(hungYenPack.description).toMatch(/Thái Bình/);
  });
});

describe("Quảng Ninh", () => {
  const t = qn.params;
  const post = (code: string) => qn.posts.find((p) => p.code === code)!;
  test.each([
    "chuTichChuThapDo", "chuTichNguoiCaoTuoi", "phoChuNhiemUyBanKiemTra", "phoChuTichMatTran",
    "phoBiThuDoan", "phoChuTichPhuNu", "phoChuTichCuuChienBinh", "phoChuTichNongDan",
  ])("QĐ 52/2024 Đ.4: %s is an elected post", (code) => {
    expect(post(code).note).toMatch(/bầu cử.*Điều 4/);
    expect(post(code).level).toBe("xa");
  });
  test("QĐ 52/2024 Đ.11, Đ.13: Phó Chỉ huy trưởng quân sự is a commune HĐKCT post", () => {
    const p = post("phoChiHuyTruongQuanSu");
    expect([p.level, p.component, p.inHeadcount]).toEqual(["xa", "phuCap", true]);
    expect(p.note).toMatch(/Điều 11/);
  });
  test("thôn, bản, khu phố: aliases Trưởng bản, Trưởng khu phố", () => {
    expect(post("truongThon").aliases).toContain("Trưởng bản");
    expect(post("toTruongToDanPho").name).toBe("Trưởng khu phố");
    expect(post("toTruongToDanPho").aliases).toContain("Tổ trưởng tổ dân phố");
    expect(post("nguoiTrucTiepThamGia").name).toMatch(/thôn, bản, khu phố/);
  });
  test("NQ 34/2024: kiêm nhiệm 100% flagged from 19/4/2024; central value before", () => {
    expect(t.decimalAt("kiemNhiem.tyLe", "2024-04-18").layer).toBe("central");
    const e = t.decimalAt("kiemNhiem.tyLe", "2024-04-19");
    expect([e.value, e.layer, e.confidence]).toEqual(["1.0", "quang-ninh", "unconfirmed"]);
  });
  test("NQ 34/2024: support of người trực tiếp tham gia, commune khoán, thôn support are empty", () => {
    for (const key of ["hoTro.nguoiTrucTiepThamGia", "khoan.matTran.xa.I", "khoan.hoTroHoatDong.thon", "phuCap.truongThon"])
      expect([key, t.entryAt(key, "2025-01-01")?.value, t.entryAt(key, "2025-01-01")?.confidence]).toEqual([key, null, "unconfirmed"]);
    const thon = qn.khoan.find((k) => k.code === "hoTroHoatDongThon")!;
    expect([thon.level, thon.base]).toEqual(["thon", "khoan.hoTroHoatDong.thon"]);
  });
  test("QĐ 52/2024 Đ.16 and Đ.11: 60-month refund and 6-month evaluation from 10/11/2024", () => {
    expect(t.entryAt("hdkctXa.hoanTraTroCap.soThang", "2024-11-09")).toBeUndefined();
    expect(t.decimalAt("hdkctXa.hoanTraTroCap.soThang", "2024-11-10").value).toBe("60");
    expect(t.decimalAt("hdkctXa.danhGia.soThangToiThieu", "2024-11-10").value).toBe("6");
  });
});

describe("Hải Phòng", () => {
  const t = hp.params;
  type Case = [citation: string, key: string, expected: string];
  const nq20: Case[] = [
    ["NQ 20/2019 (UBMTTQ campaign)", "khoan.cuocVanDong.matTranXa", "20000000"],
    ["NQ 20/2019 (UBMTTQ campaign, difficult commune)", "khoan.cuocVanDong.matTranXa.khoKhan", "25000000"],
    ["NQ 20/2019 (Ban CTMT below 700 households)", "khoan.banCongTacMatTran.thon", "5000000"],
    ["NQ 20/2019 (Ban CTMT step threshold)", "khoan.banCongTacMatTran.thon.nguongSoHo", "700"],
    ["NQ 20/2019 (Ban CTMT step size)", "khoan.banCongTacMatTran.thon.buocSoHo", "200"],
    ["NQ 20/2019 (Ban CTMT step amount)", "khoan.banCongTacMatTran.thon.mucTangThem", "1000000"],
    ["NQ 20/2019 (Ban CTMT, difficult commune)", "khoan.banCongTacMatTran.thon.khoKhan", "1000000"],
  ];
  test.each(nq20)("%s: %s none on 2019-12-31, %s from 2020-01-01 (date placeholder, unconfirmed)", (_c, key, expected) => {
    expect(t.entryAt(key, "2019-12-31")).toBeUndefined();
    const e = t.decimalAt(key, "2020-01-01");
    expect([e.value, e.layer, e.confidence]).toEqual([expected, "hai-phong", "unconfirmed"]);
    expect(e.source.document).toMatch(/20\/2019/);
    expect(t.decimalAt(key, "2026-07-01").value).toBe(expected);
  });
  test("NQ 20/2019 khoán items: campaign replaced in difficult communes; Ban CTMT steps and add", () => {
    const campaign = hp.khoan.find((k) => k.code === "cuocVanDongMatTranXa")!;
    expect([campaign.level, campaign.khoKhan?.mode]).toEqual(["xa", "replace"]);
    const ban = hp.khoan.find((k) => k.code === "banCongTacMatTranThon")!;
    expect([ban.level, ban.khoKhan?.mode]).toEqual(["thon", "add"]);
    expect(ban.steps).toEqual({
      threshold: "khoan.banCongTacMatTran.thon.nguongSoHo",
      size: "khoan.banCongTacMatTran.thon.buocSoHo",
      amount: "khoan.banCongTacMatTran.thon.mucTangThem",
    });
    expect(t.at("khoan.banCongTacMatTran.thon.nguongSoHo", "2026-01-01").note).toMatch(/700 hộ.*chưa xác nhận/);
  });
  test("NQ 20/2019 worked example (docs/legal/hai-phong.md §3): 1,100 households, not difficult → 7,000,000", () => {
    const at = (k: string) => Number(t.decimalAt(k, "2026-01-01").value);
    const steps = Math.floor((1100 - at("khoan.banCongTacMatTran.thon.nguongSoHo")) / at("khoan.banCongTacMatTran.thon.buocSoHo"));
    expect(at("khoan.banCongTacMatTran.thon") + steps * at("khoan.banCongTacMatTran.thon.mucTangThem")).toBe(7000000);
  });
  test("NQ 07/2024 Điều 3: city staff-reduction support is an empty, flagged slot", () => {
    const e = t.entryAt("troCap.hoTroThanhPho", "2025-01-01");
    expect([e?.value, e?.confidence, e?.unit]).toEqual([null, "unconfirmed", "VND"]);
    expect(e?.note).toMatch(/15\/3\/2025/);
    expect(() => t.at("troCap.hoTroThanhPho", "2025-01-01")).toThrow(/ThamSo/);
  });
  test("NQ 15/2023 (+ NQ 09/2024): kiêm nhiệm 100% flagged from 08/12/2023; posts and organisation funds empty", () => {
    expect(t.decimalAt("kiemNhiem.tyLe", "2023-12-07").layer).toBe("central");
    expect(t.decimalAt("kiemNhiem.tyLe", "2023-12-08").confidence).toBe("unconfirmed");
    for (const key of ["phuCap.biThuChiBo", "hoTro.nguoiTrucTiepThamGia", "khoan.phuNu.xa.III"])
      expect([key, t.entryAt(key, "2024-01-01")?.value, t.entryAt(key, "2024-01-01")?.layer]).toEqual([key, null, "hai-phong"]);
  });
  test("pack description notes the Hải Dương merger", () => {
    expect(haiPhongPack.description).toMatch(/Hải Dương/);
  });
});
