/**
 * `dutoan template <out.xlsx>`: an empty roster workbook with the contract's headers, dropdowns
 * (posts of the chosen pack, Kiêm nhiệm, BHXH, BHYT, Loại, Phân loại…) and one example row marked
 * "VD", which the readers skip. Sheet ThamSo records the pack and year the workbook is made for
 * (settings rows caiDat.goi, caiDat.nam), which `dutoan estimate` and the task pane use when no
 * pack or year is chosen.
 */
import ExcelJS from "exceljs";
import { SETTING_PACK, SETTING_YEAR } from "../app";
import { resolvePack } from "../packs";
import { DANH_SACH, DON_VI, THAM_SO, type SheetSpec } from "../roster";

const FONT = "Times New Roman";
const ROWS_WITH_DROPDOWNS = 2000;

const EXAMPLES: Record<string, Record<string, unknown>> = {
  DanhSach: { stt: "VD", hoTen: "Nguyễn Văn A", chucDanh: "Trưởng thôn", donVi: "Xã Đồng Tâm", thon: "Thôn Đông", heSo: 1.2, tuNgay: "01/01/2027", ghiChu: "Dòng ví dụ (STT = VD): được bỏ qua khi tính" },
  // DonVi and ThamSo have no STT to mark an example, and any row there would be read: none.
};

/** The workbook's settings rows in sheet ThamSo (keys of docs/architecture.md, "ThamSo settings rows"). */
function settingsRows(packId: string, packName: string, year: number): Record<string, unknown>[] {
  return [
    { ma: SETTING_PACK, tenThamSo: "Gói tham số của sổ này", giaTri: packId, ghiChu: `${packName}: dùng khi không chọn --pack (xem “dutoan packs”)` },
    { ma: SETTING_YEAR, tenThamSo: "Năm dự toán", giaTri: year, ghiChu: "dùng khi không chọn --year" },
  ];
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, lists: Record<string, string[]>, rows: Record<string, unknown>[] = []): void {
  const ws = wb.getWorksheet(spec.name)!;
  const header = ws.addRow(spec.columns.map((c) => c.header));
  header.font = { name: FONT, bold: true };
  header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  for (const r of rows) ws.addRow(spec.columns.map((c) => (r[c.key] ?? null) as ExcelJS.CellValue)).font = { name: FONT };
  const ex = EXAMPLES[spec.name];
  if (ex) {
    const row = ws.addRow(spec.columns.map((c) => (ex[c.key] ?? null) as ExcelJS.CellValue));
    row.font = { name: FONT, italic: true, color: { argb: "FF808080" } };
  }
  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(10, Math.min(34, c.header.length + 4));
    const options = lists[c.key] ?? c.options;
    if (!options?.length) return;
    const letter = col.letter;
    // dropdown lists over 255 characters must live in cells: a hidden sheet "DanhMuc"
    const list = listRange(wb, c.key, options);
    for (let r = 2; r <= ROWS_WITH_DROPDOWNS; r++)
      ws.getCell(`${letter}${r}`).dataValidation = { type: "list", allowBlank: true, formulae: [list], showErrorMessage: false };
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

function listRange(wb: ExcelJS.Workbook, key: string, options: string[]): string {
  let ws = wb.getWorksheet("DanhMuc");
  if (!ws) {
    ws = wb.addWorksheet("DanhMuc", { state: "hidden" });
  }
  const col = ws.columnCount + 1;
  ws.getCell(1, col).value = key;
  options.forEach((o, i) => (ws!.getCell(i + 2, col).value = o));
  const letter = ws.getColumn(col).letter;
  return `DanhMuc!$${letter}$2:$${letter}$${options.length + 1}`;
}

export async function writeTemplate(file: string, packId: string, year: number): Promise<void> {
  const pack = resolvePack(packId);
  const wb = new ExcelJS.Workbook();
  wb.creator = "DuToan";
  const lists = { chucDanh: pack.posts.map((p) => p.name), kiemNhiem: ["x"], ma: pack.params.keys() };
  // the visible sheets first, the hidden list sheet "DanhMuc" after them
  for (const spec of [DANH_SACH, DON_VI, THAM_SO]) wb.addWorksheet(spec.name);
  addSheet(wb, DANH_SACH, lists);
  addSheet(wb, DON_VI, lists);
  addSheet(wb, THAM_SO, lists, settingsRows(pack.id, pack.name, year));
  await wb.xlsx.writeFile(file);
}
