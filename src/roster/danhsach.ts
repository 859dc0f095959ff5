/**
 * Sheet DanhSach — one row per post held by one person: cells read and checked, the post matched
 * to the pack, the unit checked against DonVi (its spelling taken), then the person checks
 * (persons.ts) over all rows.
 */
import type { RosterRow } from "../engine/types";
import type { ResolvedPack } from "../packs/load";
import type { Post } from "../packs/schema";
import { asCount, asDate, asText, asYesNo, displayValue, enumCoercer, ExcelError, isBlankValue } from "./cells";
import { asMaSoBhxh } from "./cells-leavers";
import { BHXH, BHYT, NHOM_HO_TRO, PHUONG_THUC_DONG } from "./enums";
import type { SheetMatch } from "./headers";
import { makeIssue, q, type IssueList } from "./messages";
import { checkPersons, type Person } from "./persons";
import { cell, coefficient, monthlyMoney, type PlausibleHint } from "./plausible";
import { postMatcher, type PostMatcher } from "./posts";
import { dataRows, totalLabel } from "./rows";
import { SheetReader, short, type Field } from "./sheet-reader";
import { closest } from "./text";
import { UnitResolver, type UnitIndex } from "./units";

const bhxhOf = enumCoercer(BHXH);
const bhytOf = enumCoercer(BHYT);
const nhomOf = enumCoercer(NHOM_HO_TRO);
const ptdOf = enumCoercer(PHUONG_THUC_DONG);

export interface DanhSachContext {
  pack: ResolvedPack;
  unitIndex: UnitIndex | null;
  /** Name of the DonVi sheet, when there is one. */
  donViSheet?: string;
  hint: PlausibleHint;
  maxRows: number;
}

function fieldsOf(r: SheetReader, hint: PlausibleHint) {
  return {
    hoTen: r.field("hoTen", asText, true),
    chucDanh: r.field("chucDanh", asText, true, true),
    kiemNhiem: r.field("kiemNhiem", asYesNo, false, true),
    donVi: r.field("donVi", asText, true, true),
    thon: r.field("thon", asText, false, true),
    heSo: r.field("heSo", coefficient("heSo", hint), false, true),
    mucTien: r.field("mucTien", monthlyMoney("mucTien", hint), false, true),
    tuNgay: r.field("tuNgay", asDate, false, true),
    denNgay: r.field("denNgay", asDate, false, true),
    bhxh: r.field("bhxh", bhxhOf, false, true),
    bhyt: r.field("bhyt", bhytOf, false, true),
    nhomHoTro: r.field("nhomHoTro", nhomOf, false, true),
    thuNhapBhxhTn: r.field("thuNhapBhxhTn", monthlyMoney("thuNhapBhxhTn", hint), false, true),
    phuongThucDong: r.field("phuongThucDong", ptdOf, false, true),
    ghiChu: r.field("ghiChu", asText, false, true),
    maSoBhxh: r.field("maSoBhxh", asMaSoBhxh),
    soThangDaHoTro: r.field("soThangDaHoTro", cell(asCount, "soThangDaHoTro"), false, true),
  };
}
type Fields = ReturnType<typeof fieldsOf>;
type Values = { [K in keyof Fields]: Fields[K] extends Field<infer T> ? T | null : never };

function readCells(r: SheetReader, list: [string, Field<unknown>][]): Values {
  const out: Record<string, unknown> = {};
  for (const [k, field] of list) out[k] = r.get(field);
  return out as Values;
}

/** The pack's post for "Chức danh", or an UNKNOWN_POST error with the closest names. */
function matchPost(r: SheetReader, posts: PostMatcher, pack: ResolvedPack, chucDanh: string): Post | undefined {
  const post = posts.match(chucDanh);
  if (post) return post;
  const near = posts.suggest(chucDanh);
  const shown = short(chucDanh);
  r.error(
    makeIssue("error", "UNKNOWN_POST", r.atKey("chucDanh"), shown,
      `chức danh ${q(shown)} không có trong danh mục của gói ${q(pack.id)}; cần một chức danh của gói. Gần giống: ${near.map(q).join(", ")}.`,
      `post ${q(shown)} is not in pack ${q(pack.id)}'s list; expected one of its posts. Closest: ${near.map(q).join(", ")}.`),
  );
  return undefined;
}

/** Checks between cells of one row: dates in order, Hệ số with Mức tiền, village of a village post. */
function rowChecks(r: SheetReader, v: Values, post: Post | undefined): void {
  if (v.tuNgay && v.denNgay && v.tuNgay > v.denNgay) r.datesOutOfOrder(v.tuNgay, v.denNgay);
  if (v.heSo !== null && v.mucTien !== null) {
    const a = displayValue(r.raw("heSo"));
    const b = displayValue(r.raw("mucTien"));
    r.warn(
      makeIssue("warning", "HESO_AND_MUCTIEN", r.atKey("mucTien"), `${a} / ${b}`,
        `dòng có cả Hệ số và Mức tiền; dùng Mức tiền ${q(b)}, bỏ qua Hệ số ${q(a)}.`,
        `the row has both a coefficient and an amount; the amount ${q(b)} is used, the coefficient ignored.`),
    );
  }
  const thonHc = r.col("thon");
  const thonHeader = thonHc?.header ?? "Thôn, TDP";
  if (post && post.level === "thon" && !v.thon && !(r.raw("thon") instanceof ExcelError))
    r.error(
      makeIssue("error", "THON_REQUIRED", r.at(thonHc ?? r.col("chucDanh")), "",
        `${q(post.name)} là chức danh ở thôn, tổ dân phố nhưng chưa ghi thôn; cần tên thôn, tổ dân phố ở cột ${q(thonHeader)}.`,
        `${q(post.name)} is a village post but no village is given; expected the village in column ${q(thonHeader)}.`),
    );
  if (post && post.level === "xa" && v.thon)
    r.warn(
      makeIssue("warning", "THON_FOR_COMMUNE_POST", r.at(thonHc), v.thon,
        `${q(post.name)} là chức danh cấp xã nhưng có ghi thôn ${q(v.thon)}; kiểm tra lại (chức danh cấp xã thường để trống cột này).`,
        `${q(post.name)} is a commune-level post but a village ${q(v.thon)} is given; check it (commune posts usually leave it blank).`),
    );
}

/** The row's unit checked against DonVi (when present); its spelling there; its identity number. */
function resolveUnit(r: SheetReader, units: UnitResolver, ctx: DanhSachContext, donVi: string, thon: string | null): { donVi: string; thon: string | null; unitId: number } {
  const u = units.resolve(donVi, thon);
  const index = units.index!;
  const sheet = ctx.donViSheet ?? "DonVi";
  if (u.status === "noVillage") {
    const village = short(thon!);
    // Computed once per spelling (the resolution is cached): a thousand rows with one typo cost one search.
    const near = (u.near ??= u.commune ? closest(thon!, index.villagesOf(u.commune).map((x) => ({ label: x, keys: [x] })), 3) : []);
    const nearVi = near.length ? ` (gần giống: ${near.map(q).join(", ")})` : "";
    const nearEn = near.length ? ` (closest: ${near.map(q).join(", ")})` : "";
    r.error(
      makeIssue("error", "UNIT_NOT_FOUND", r.atKey("thon"), village,
        u.commune
          ? `thôn ${q(village)} của ${q(u.commune)} không có trong sheet ${q(sheet)}; cần một thôn, tổ dân phố đã khai ở sheet đó${nearVi}.`
          : `${q(short(donVi))} (thôn ${q(village)}) không có trong sheet ${q(sheet)}; cần xã, phường và thôn đã khai ở sheet đó.`,
        u.commune
          ? `village ${q(village)} of ${q(u.commune)} is not in sheet ${q(sheet)}; expected a village listed there${nearEn}.`
          : `${q(short(donVi))} (village ${q(village)}) is not in sheet ${q(sheet)}; expected a commune and village listed there.`),
    );
  } else if (u.status === "noCommune") {
    const near = (u.near ??= closest(donVi, index.communes().map((x) => ({ label: x, keys: [x] })), 3));
    const shown = short(donVi);
    r.warn(
      makeIssue("warning", "DONVI_NOT_FOUND", r.atKey("donVi"), shown,
        `xã, phường ${q(shown)} không có trong sheet ${q(sheet)} (gần giống: ${near.map(q).join(", ")}); quỹ khoán của đơn vị này sẽ không tính được.`,
        `commune ${q(shown)} is not in sheet ${q(sheet)} (closest: ${near.map(q).join(", ")}); its fund cannot be computed.`),
    );
  }
  return u.status === "ok" ? { donVi: u.donVi, thon: u.thon, unitId: u.id } : { donVi, thon, unitId: u.id };
}

/** A row without a post that reads as a total ("Tổng cộng") is skipped with a warning. */
function totalRowSkipper(r: SheetReader, f: Fields): (stt: string) => boolean {
  return (stt) => {
    if (!isBlankValue(r.rawOf(f.chucDanh)) || !totalLabel(r, stt)) return false;
    const name = r.raw("hoTen");
    r.warn(
      makeIssue("warning", "TOTAL_ROW_SKIPPED", { sheet: r.name, row: r.excelRow }, displayValue(typeof name === "string" && name ? name : r.raw("stt")),
        `dòng tổng cộng (không có chức danh) được bỏ qua; cần xóa dòng này nếu đó là một người.`,
        `a total row (no post) was skipped; delete it, or add the post if it is a person.`),
    );
    return true;
  };
}

function toRow(r: SheetReader, v: Values, post: Post, donVi: string, thon: string | null): RosterRow {
  return {
    loc: r.loc(), hoTen: v.hoTen!, chucDanh: v.chucDanh!, postCode: post.code, kiemNhiem: v.kiemNhiem ?? false, donVi, thon,
    heSo: v.heSo, mucTien: v.mucTien, tuNgay: v.tuNgay, denNgay: v.denNgay, bhxh: v.bhxh, bhyt: v.bhyt, nhomHoTro: v.nhomHoTro,
    thuNhapBhxhTn: v.thuNhapBhxhTn, phuongThucDong: v.phuongThucDong, ghiChu: v.ghiChu,
    ...(v.maSoBhxh !== null ? { maSoBhxh: v.maSoBhxh } : {}),
    ...(v.soThangDaHoTro !== null ? { soThangDaHoTro: v.soThangDaHoTro } : {}),
  };
}

/** Valid DanhSach rows; `count` is the number of data rows (valid or not). */
export function readDanhSach(sm: SheetMatch, ctx: DanhSachContext, issues: IssueList): { rows: RosterRow[]; count: number } {
  const r = new SheetReader(sm, issues);
  const f = fieldsOf(r, ctx.hint);
  const list = Object.entries(f) as [string, Field<unknown>][];
  const posts = postMatcher(ctx.pack);
  const units = new UnitResolver(ctx.unitIndex);
  const out: RosterRow[] = [];
  /** Unit number of each row of `out`. */
  const outUnit: number[] = [];
  /** Rows with an error but a name and unit: they still count as a person's posts. */
  const withErrors: Person[] = [];
  for (const _ of dataRows(r, sm, ctx.maxRows, totalRowSkipper(r, f))) {
    const v = readCells(r, list);
    const post = v.chucDanh ? matchPost(r, posts, ctx.pack, v.chucDanh) : undefined;
    rowChecks(r, v, post);
    let donVi = v.donVi;
    let thon = v.thon;
    let unitId = -1;
    if (donVi) ({ donVi, thon, unitId } = resolveUnit(r, units, ctx, donVi, thon));
    const kiemNhiem = v.kiemNhiem ?? false;
    if (v.hoTen && donVi && (r.bad || !post))
      withErrors.push({ row: r.excelRow, hoTen: v.hoTen, donVi, thon, unitId, chucDanh: post?.name ?? v.chucDanh ?? "", kiemNhiem, tuNgay: v.tuNgay, denNgay: v.denNgay });
    if (r.bad || !v.hoTen || !post || !donVi) continue;
    out.push(toRow(r, v, post, donVi, thon));
    outUnit.push(unitId);
  }
  r.finish();
  const badRows = checkPersons(out, outUnit, withErrors, r, issues);
  return { rows: badRows.size ? out.filter((x) => !badRows.has(x.loc.row)) : out, count: r.count };
}
