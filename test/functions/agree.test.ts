/**
 * One rule path: for random persons and units, every DUTOAN.* value equals the estimate's lines for
 * that person or unit — per month for each month in post the whole month, and per year for a person
 * in post the whole year. When the function fails (a value the pack does not have), the estimate
 * has an error and no line for that month. Packs: Hưng Yên (Tổ bảo vệ amounts, thôn đội trưởng by
 * households, 100% BHYT support), central (funds), Hải Phòng (khoán by households and difficulty).
 */
import fc from "fast-check";
import { estimate } from "../../src/engine/estimate";
import type { Component } from "../../src/engine/ledger";
import type { BhxhChoice, DacDiem, NhomHoTro, RosterRow, UnitRow } from "../../src/engine/types";
import * as F from "../../src/functions/functions";
import { setOverrides } from "../../src/functions/state";
import { resolvePack } from "../../src/packs";
import { row, unit } from "../helpers/records";

type Fn = (...args: unknown[]) => unknown[][];
/** A one-cell call: the number, or the Error it threw. */
const cell = (f: unknown, ...args: unknown[]): number | Error => {
  try {
    return (f as Fn)(...args)[0][0] as number;
  } catch (e) {
    return e as Error;
  }
};

const POSTS = [
  { code: "truongThon", name: "Trưởng thôn", comp: "phuCap" },
  { code: "biThuChiBo", name: "Bí thư chi bộ", comp: "phuCap" },
  { code: "thonDoiTruong", name: "Thôn đội trưởng", comp: "phuCap" },
  { code: "phoChuTichMatTran", name: "Phó Chủ tịch Ủy ban MTTQ", comp: "phuCap" },
  { code: "toTruongToBaoVe", name: "Tổ trưởng tổ bảo vệ ANTT", comp: "hoTro" },
  { code: "toVienToBaoVe", name: "Tổ viên tổ bảo vệ ANTT", comp: "hoTro" },
] as const;
const NHOM: NhomHoTro[] = ["hoNgheo", "hoCanNgheo", "danTocThieuSo", "xaDaoDacKhu", "khac"];
const NHOM_LABEL: Record<NhomHoTro, string> = { hoNgheo: "Hộ nghèo", hoCanNgheo: "Hộ cận nghèo", danTocThieuSo: "Dân tộc thiểu số", xaDaoDacKhu: "Xã đảo, đặc khu", khac: "Khác" };
const pad = (n: number) => String(n).padStart(2, "0");

const personArb = fc.record({
  year: fc.integer({ min: 2024, max: 2027 }),
  post: fc.constantFrom(...POSTS),
  rate: fc.oneof(
    fc.constant({ heSo: null, mucTien: null }),
    fc.integer({ min: 50, max: 300 }).map((h) => ({ heSo: (h / 100).toString(), mucTien: null })),
    fc.integer({ min: 1000, max: 5000 }).map((k) => ({ heSo: null, mucTien: k * 1000 })),
  ),
  kiem: fc.boolean(),
  from: fc.option(fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.constantFrom(1, 1, 10, 20) }), { nil: null }),
  to: fc.option(fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.constantFrom(28, 28, 15) }), { nil: null }),
  bhxh: fc.constantFrom<BhxhChoice | null>(null, null, "tuNguyen", "khong", "batBuoc"),
  bhyt: fc.constantFrom<boolean | null>(null, null, false),
  nhom: fc.constantFrom(...NHOM),
  thuNhap: fc.option(fc.integer({ min: 500, max: 4000 }).map((k) => k * 1000), { nil: null }),
  soHo: fc.integer({ min: 100, max: 1200 }),
});

type Person = typeof personArb extends fc.Arbitrary<infer T> ? T : never;

function rowsOf(p: Person): RosterRow[] {
  const dates = [p.from && `${p.year}-${pad(p.from.m)}-${pad(p.from.d)}`, p.to && `${p.year}-${pad(p.to.m)}-${pad(p.to.d)}`];
  const [tuNgay, denNgay] = dates[0] && dates[1] && dates[0] > dates[1] ? [dates[1], dates[0]] : dates;
  const commune = p.post.code === "phoChuTichMatTran";
  const person = {
    hoTen: "Người thử", postCode: p.post.code, ...p.rate, tuNgay, denNgay, bhxh: p.bhxh, bhyt: p.bhyt, nhomHoTro: p.nhom,
    thuNhapBhxhTn: p.thuNhap, thon: commune ? null : "Thôn 1",
  };
  // a concurrent post: the person's main post first (a commune-level post for a village concurrent one)
  if (p.kiem) return [row({ ...person, postCode: "phoChuTichMatTran", heSo: "1.0", mucTien: null, thon: null, tuNgay: null, denNgay: null }), row({ ...person, kiemNhiem: true })];
  return [row(person)];
}

/** Amount of the subject's line(s) of one component in month m (null: no line). */
function lineOf(lines: { subject: number; month: number; component: Component; amount: number }[], subject: number, comp: Component, m: number): number | null {
  const mine = lines.filter((l) => l.subject === subject && l.component === comp && l.month === m);
  return mine.length ? mine.reduce((s, l) => s + l.amount, 0) : null;
}

const hungYen = resolvePack("hung-yen");

describe("DUTOAN.* equal the estimate's lines for the same person (property)", () => {
  afterEach(() => setOverrides([]));

  test("phụ cấp / hỗ trợ / kiêm nhiệm, BHXH, BHYT, voluntary-BHXH and BHYT support, month by month and year", () => {
    fc.assert(
      fc.property(personArb, (p) => {
        const rows = rowsOf(p);
        const subject = rows.length - 1;
        const r = rows[subject];
        const units: UnitRow[] = [unit({ loai: "xa", phanLoai: "II" }), unit({ loai: "thon", thon: "Thôn 1", soHo: p.soHo })];
        const res = estimate({ year: p.year, rows, units }, hungYen);
        const lines = [...res.ledger.lines()];
        const hasErrors = res.issues.some((i) => i.severity === "error");
        const what = r.mucTien ?? (r.heSo !== null ? Number(r.heSo) : p.post.name);
        const fnOf: Record<string, unknown> = { phuCap: F.phuCap, hoTro: F.hoTro };
        const allowanceFn = r.kiemNhiem ? F.kiemNhiem : fnOf[p.post.comp];
        const allowanceComp: Component = r.kiemNhiem ? (p.post.comp === "phuCap" ? "phuCapKiemNhiem" : "hoTroKiemNhiem") : p.post.comp;
        const group = p.post.name;
        const check = (period: string | number, months: number[]) => {
          const sum = (comp: Component) => {
            const xs = months.map((m) => lineOf(lines, subject, comp, m));
            return xs.every((x) => x === null) ? null : xs.reduce<number>((s, x) => s + (x ?? 0), 0);
          };
          const expectSame = (fnValue: number | Error, comp: Component) => {
            const est = sum(comp);
            if (fnValue instanceof Error) {
              expect(hasErrors).toBe(true);
              return;
            }
            expect([comp, period, est ?? 0]).toEqual([comp, period, fnValue]);
          };
          const args = allowanceFn === F.phuCap ? [what, period, p.soHo, null, "hung-yen"] : [what, period, p.soHo, "hung-yen"];
          // KIEMNHIEM of a bare coefficient or amount is a phụ cấp kiêm nhiệm (kiemNhiem.tyLe): the share
          // of a support-paid post (hoTroKiemNhiem.tyLe) needs the post's name (docs/engine-rules.md)
          if (!(r.kiemNhiem && p.post.comp === "hoTro" && typeof what === "number")) expectSame(cell(allowanceFn, ...args), allowanceComp);
          if (r.kiemNhiem) return; // insurance and support follow the main post
          if (r.bhxh === null) expectSame(cell(F.bhxh, group, period, null, "hung-yen"), "bhxh");
          if (r.bhyt === null) expectSame(cell(F.bhyt, group, period, null, "hung-yen"), "bhyt");
          if (r.bhxh === "tuNguyen") expectSame(cell(F.hoTroBhxhTn, NHOM_LABEL[p.nhom], period, r.thuNhapBhxhTn, group, "hung-yen"), "hoTroBhxhTuNguyen");
          const bhytCovered = lineOf(lines, subject, "bhyt", months[0]) !== null;
          if (r.bhyt === null && !bhytCovered && p.post.comp === "hoTro") expectSame(cell(F.hoTroBhyt, group, period, "hung-yen"), "hoTroBhyt");
        };
        const fullMonths: number[] = [];
        for (let m = 1; m <= 12; m++) {
          const first = `${p.year}-${pad(m)}-01`;
          const last = `${p.year}-${pad(m)}-${pad(new Date(Date.UTC(p.year, m, 0)).getUTCDate())}`;
          if ((r.tuNgay === null || r.tuNgay <= first) && (r.denNgay === null || r.denNgay >= last)) {
            fullMonths.push(m);
            check(`${pad(m)}/${p.year}`, [m]);
          }
        }
        if (fullMonths.length === 12) check(p.year, fullMonths);
      }),
      { numRuns: 120 },
    );
  });

  test("QUYKHOAN = the fund line of the unit, KHOAN = the khoán line of the unit, month by month and year", () => {
    const unitArb = fc.record({
      year: fc.integer({ min: 2023, max: 2027 }),
      village: fc.boolean(),
      toDanPho: fc.boolean(),
      soHo: fc.integer({ min: 50, max: 1500 }),
      phanLoai: fc.constantFrom<"I" | "II" | "III">("I", "II", "III"),
      dacDiem: fc.subarray<DacDiem>(["bienGioi", "haiDao", "khoKhan", "trongDiemAnTT"], { maxLength: 2 }),
    });
    fc.assert(
      fc.property(unitArb, (u) => {
        const loai = u.village ? (u.toDanPho ? "toDanPho" : "thon") : "xa";
        const label = u.village ? (u.toDanPho ? "Tổ dân phố" : "Thôn") : "Xã";
        const units = [unit({ donVi: "Xã A", loai: "xa", phanLoai: u.phanLoai, dacDiem: u.village ? [] : u.dacDiem })];
        if (u.village) units.push(unit({ donVi: "Xã A", thon: "T", loai, soHo: u.soHo, dacDiem: u.dacDiem }));
        const second = u.village ? u.soHo : u.phanLoai;
        const dd = u.dacDiem.map((d) => ({ bienGioi: "Biên giới", haiDao: "Hải đảo", khoKhan: "Khó khăn", trongDiemAnTT: "Trọng điểm ANTT", trongDiemQuocPhong: "Trọng điểm quốc phòng" })[d]).join("; ") || null;
        const fund = estimate({ year: u.year, rows: [], units }, resolvePack("central")).funds.find((f) => f.thon === (u.village ? "T" : null));
        for (let m = 1; m <= 12; m++) expect(cell(F.quyKhoan, label, second, `${m}/${u.year}`, dd)).toBe(fund?.quyTheoThang[m - 1] ?? 0);
        expect(cell(F.quyKhoan, label, second, u.year, dd)).toBe(fund?.quyKhoan ?? 0);

        const hp = estimate({ year: u.year, rows: [], units }, resolvePack("hai-phong"));
        const item = u.village ? "banCongTacMatTranThon" : "cuocVanDongMatTranXa";
        const subject = hp.subjects.findIndex((s) => s.kind === "khoan" && s.code === item && hp.units.list[s.unit].thon === (u.village ? "T" : null));
        const lines = [...hp.ledger.lines()].filter((l) => l.subject === subject);
        const year = cell(F.khoan, item, label, second, u.year, dd, "hai-phong");
        if (year instanceof Error) {
          expect(subject).toBe(-1); // no khoán before the resolution: both sides have nothing
          return;
        }
        expect(lines.reduce((s, l) => s + l.amount, 0)).toBe(year);
        for (let m = 1; m <= 12; m++) expect(cell(F.khoan, item, label, second, `${m}/${u.year}`, dd, "hai-phong")).toBe(lines.find((l) => l.month === m)?.amount ?? 0);
      }),
      { numRuns: 60 },
    );
  });
});
