/**
 * Chi tiết: one row per person × post × component (and per khoán item, per leaver) with the twelve
 * monthly amounts as the engine rounded them, the year as a SUM of them, the formula in words and
 * the legal basis — the sheet an auditor checks a person's figure on.
 */
import { COMPONENT_LABELS } from "../../engine/ledger";
import type { ReportContext } from "../context";
import type { DetailLine } from "../../engine/detail";
import type { Details } from "../details";
import type { ReportSheet } from "../model";
import { tableSheet, type ColumnSpec } from "../table";

const MONTH_COLUMNS: ColumnSpec[] = Array.from({ length: 12 }, (_, i) => ({ header: `T${i + 1}`, kind: "money", width: 11, group: "Số tiền theo tháng" }));
const COLUMNS: ColumnSpec[] = [
  { header: "STT", kind: "stt", width: 7 },
  { header: "Họ và tên", kind: "text", width: 22 },
  { header: "Mã số BHXH", kind: "text", width: 12 },
  { header: "Chức danh, nội dung", kind: "text", width: 22 },
  { header: "Kiêm nhiệm", kind: "center", width: 7 },
  { header: "Xã, phường", kind: "text", width: 14 },
  { header: "Thôn, TDP", kind: "text", width: 12 },
  { header: "Dòng trong danh sách", kind: "center", width: 10 },
  { header: "Khoản chi", kind: "text", width: 17 },
  ...MONTH_COLUMNS,
  { header: "Cả năm", kind: "money", width: 13, num: "13 = 1+…+12" },
  { header: "Cách tính", kind: "text", width: 40 },
  { header: "Căn cứ pháp lý", kind: "text", width: 36 },
];
const FIRST_MONTH = 9;
const YEAR = FIRST_MONTH + 12;

function label(l: DetailLine): string {
  if (l.kind === "khoan") return l.chucDanh ?? "Khoán kinh phí";
  if (l.kind === "leaver") return l.chucDanh ? `${l.chucDanh} (nghỉ việc)` : "Nghỉ việc";
  return l.chucDanh ?? "";
}

function where(l: DetailLine): string {
  if (!l.loc) return "";
  return l.loc.sheet === "DanhSach" ? String(l.loc.row) : `${l.loc.sheet} ${l.loc.row}`;
}

export function chiTietSheet(details: Details, ctx: ReportContext): ReportSheet {
  return tableSheet(
    {
      name: `ChiTiet_${ctx.year}`,
      title: `CHI TIẾT DỰ TOÁN THEO NGƯỜI, CHỨC DANH VÀ KHOẢN CHI NĂM ${ctx.year}`,
      subtitles: [`(${ctx.rulesInWords}; mỗi tháng làm tròn đến đồng, cả năm bằng tổng 12 tháng)`],
      columns: COLUMNS,
      amounts: true,
      size: 10,
      freezeCols: 2,
      body: function* (t) {
        const first = t.firstRow;
        let r = first;
        const sums = new Array<number>(13).fill(0);
        for (const l of details.all()) {
          for (let m = 0; m < 12; m++) sums[m] += l.months[m];
          sums[12] += l.total;
          yield t.row([
            r - first + 1,
            l.hoTen ?? "",
            l.maSoBhxh ?? "",
            label(l),
            l.kiemNhiem ? "x" : "",
            l.donVi,
            l.thon ?? "",
            where(l),
            COMPONENT_LABELS[l.component],
            ...l.months,
            t.rowSum(FIRST_MONTH, FIRST_MONTH + 11, r, l.total),
            l.formula,
            l.citation,
          ]);
          r++;
        }
        const last = Math.max(first, r - 1);
        yield t.row(
          [null, "TỔNG CỘNG", null, null, null, null, null, null, null, ...sums.slice(0, 12).map((v, m) => t.sum(FIRST_MONTH + m, first, last, v)), t.sum(YEAR, first, last, sums[12]), null, null],
          "total",
        );
        return { words: sums[12] };
      },
    },
    ctx,
  );
}
