/**
 * Corpus: files that are not workbooks, damaged or hostile zips and XML, and cells beyond Excel's
 * limits — each a located Vietnamese error from src/xlsx, never a library's text or a hang.
 */
import ExcelJS from "exceljs";
import { bookParts, xlsx } from "../xlsx/book";
import { excelOrder, repack, zip, type ZipPart } from "../xlsx/zip";
import { DS, person, rawSheet, roster, rosterBook } from "./build";
import type { CorpusCase } from "./types";

/** The roster's parts with some replaced (name → content) or changed. */
function parts(change: (p: ZipPart[]) => ZipPart[]): Buffer {
  return zip(change(bookParts(rosterBook())));
}
const replacePart = (name: string, data: string | Buffer, extra: Partial<ZipPart> = {}) =>
  parts((ps) => ps.map((p) => (p.name === name ? { ...p, data, ...extra } : p)));
/** DanhSach (sheet1.xml) with this raw <sheetData>. */
const dsXml = (sheetData: string, before = "") => replacePart("xl/worksheets/sheet1.xml", rawSheet(sheetData, before));
const header = `<row r="1">${DS.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join("")}</row>`;

export const readerCases: CorpusCase[] = [
  { name: "a text file renamed .xlsx", file: () => Buffer.from("Họ và tên;Chức danh\nAn;Trưởng thôn\n"), expect: { code: "NOT_XLSX" }, message: ["không phải sổ tính Excel .xlsx"] },
  { name: "an empty file", file: () => Buffer.alloc(0), expect: { code: "NOT_XLSX" }, message: ["tệp rỗng"] },
  { name: "a truncated zip (download cut in half)", file: () => roster().subarray(0, 2000), expect: { code: "ZIP_TRUNCATED" }, message: ["bị cắt cụt"] },
  { name: "an old .xls or password-protected workbook (OLE2 container)", file: () => Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4096)]), expect: { code: "XLS_OR_ENCRYPTED" }, message: ["mật khẩu"] },
  { name: "an OpenDocument spreadsheet renamed .xlsx", file: () => zip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", stored: true }, { name: "content.xml", data: "<office:document-content/>" }]), expect: { code: "NOT_XLSX" }, message: [".ods"] },
  { name: "a binary workbook (.xlsb) renamed .xlsx", file: () => replacePart("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>`), expect: { code: "NOT_XLSX" }, message: [".xlsb"] },
  { name: "a zip that is not an Office file", file: () => zip([{ name: "readme.txt", data: "hello" }]), expect: { code: "NOT_XLSX" }, message: ["[Content_Types].xml"] },
  { name: "a Word document renamed .xlsx", file: () => zip([{ name: "[Content_Types].xml", data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>` }, { name: "word/document.xml", data: "<w:document/>" }]), expect: { code: "NOT_XLSX" }, message: ["Word"] },
  { name: "the workbook part is missing", file: () => parts((ps) => ps.filter((p) => p.name !== "xl/workbook.xml")), expect: { code: "PART_MISSING", part: "xl/workbook.xml" } },
  { name: "a sheet's part is missing", file: () => parts((ps) => ps.filter((p) => p.name !== "xl/worksheets/sheet2.xml")), expect: { code: "PART_MISSING", sheet: "DonVi", part: "xl/worksheets/sheet2.xml" } },
  {
    name: "a zip bomb: a sheet inflating 1000 times (20 MB from 20 KB)",
    file: () => replacePart("xl/worksheets/sheet1.xml", Buffer.concat([Buffer.from(rawSheet(header)), Buffer.alloc(20 * 1024 * 1024, 32)])),
    expect: { code: "ZIP_BOMB", part: "xl/worksheets/sheet1.xml" }, message: ["bom nén"],
  },
  { name: "a workbook.xml declared to inflate to 1.5 GB: refused from the central directory, nothing inflated", file: () => replacePart("xl/workbook.xml", "<workbook/>", { declaredSize: 1.5 * 1024 ** 3 }), expect: { code: "ZIP_TOO_LARGE" } },
  {
    name: "a workbook.xml declared 700 bytes that inflates to 30 MB: stopped at its declared size",
    file: () => replacePart("xl/workbook.xml", Buffer.concat([Buffer.from(bookParts(rosterBook()).find((p) => p.name === "xl/workbook.xml")!.data as string), Buffer.alloc(30 * 1024 * 1024, 32)]), { declaredSize: 700 }),
    expect: { code: "ZIP_CORRUPT", part: "xl/workbook.xml" },
  },
  { name: "10,001 entries in the zip", file: () => parts((ps) => [...ps, ...Array.from({ length: 10001 - ps.length }, (_, i) => ({ name: `x/${i}.txt`, data: "", stored: true }))]), expect: { code: "ZIP_TOO_MANY_ENTRIES" } },
  { name: "an encrypted zip entry", file: () => parts((ps) => ps.map((p) => (p.name === "xl/styles.xml" ? { ...p, encrypted: true } : p))), expect: { code: "XLS_OR_ENCRYPTED", part: "xl/styles.xml" } },
  { name: "bytes that are not XML stored as a sheet", file: () => parts((ps) => ps.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, data: Buffer.from("not XML at all, just bytes"), stored: true } : p))), expect: { code: "XML_INVALID", sheet: "DanhSach" } },
  { name: "damaged compressed data in a sheet", file: () => parts((ps) => ps.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, compressed: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x13, 0x37]) } : p))), expect: { code: "ZIP_CORRUPT", sheet: "DanhSach", part: "xl/worksheets/sheet1.xml" } },
  { name: "a DOCTYPE with entities (billion laughs)", file: () => replacePart("xl/worksheets/sheet1.xml", `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${rawSheet(header)}`), expect: { code: "XML_INVALID", sheet: "DanhSach" }, message: ["DOCTYPE"] },
  { name: "an undefined entity in the shared strings (“2:520: undefined entity”)", file: () => replacePart("xl/sharedStrings.xml", `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Thôn&nbsp;1</t></si></sst>`), expect: { code: "XML_INVALID", part: "xl/sharedStrings.xml" }, message: [/^Tệp “roster\.xlsx”, phần “xl\/sharedStrings\.xml”: nội dung XML bị hỏng/] },
  { name: "a sheet cut off in the middle of a row", file: () => replacePart("xl/worksheets/sheet1.xml", rawSheet(header).slice(0, -40)), expect: { code: "XML_INVALID", sheet: "DanhSach" } },
  { name: "a 7 KB file declaring row 100,000,000", file: () => dsXml(`${header}<row r="100000000"><c r="A100000000"><v>1</v></c></row>`), expect: { code: "ROW_OUT_OF_RANGE", sheet: "DanhSach" }, message: ["“100000000”", "1.048.576"] },
  { name: "a cell beyond column XFD (“Out of bounds. Invalid column letter”)", file: () => dsXml(`${header}<row r="2"><c r="XFE2"><v>1</v></c></row>`), expect: { code: "COLUMN_OUT_OF_RANGE", sheet: "DanhSach", row: 2 } },
  { name: "a declared dimension of 100,000,000 rows", file: () => dsXml(header, `<dimension ref="A1:XFD100000000"/>`), expect: { code: "DIMENSION_OUT_OF_RANGE", sheet: "DanhSach" } },
  { name: "a 32,768-character shared string in Chức danh", file: () => roster({ ds: [person({ "Chức danh": "x".repeat(32768) })] }), expect: { code: "TEXT_TOO_LONG", sheet: "DanhSach", row: 2, column: "C" }, message: ["32.768 ký tự", "32.767"] },
  { name: "a 32,768-character inline string in Họ và tên", file: () => roster({ ds: [person({ "Họ và tên": { inline: "y".repeat(32768) } })] }), expect: { code: "TEXT_TOO_LONG", sheet: "DanhSach", row: 2, column: "B" } },
  { name: "a 300,000-character text node (“Invalid string length” territory)", file: () => dsXml(`${header}<row r="2"><c r="B2" t="inlineStr"><is><t>${"z".repeat(300000)}</t></is></c></row>`), expect: { code: "XML_TEXT_TOO_LONG", sheet: "DanhSach", row: 2 } },
  { name: "a shared-string index the table does not have", file: () => dsXml(`${header}<row r="2"><c r="B2" t="s"><v>9999</v></c></row>`), expect: { code: "CELL_INVALID", sheet: "DanhSach", row: 2, column: "B" } },
  { name: "a number cell holding text", file: () => dsXml(`${header}<row r="2"><c r="G2"><v>1,2</v></c></row>`), expect: { code: "CELL_INVALID", sheet: "DanhSach", row: 2, column: "G" } },
  { name: "a merged range beyond the grid", file: () => roster({ dsExtra: { merges: ["A5:ZZZZ9"] } }), expect: { code: "CELL_INVALID", sheet: "DanhSach" } },
  {
    name: "part order as exceljs writes it (workbook.xml last): a bad Hệ số is found where it is",
    file: () => roster({ ds: [person({ "Hệ số": "abc" })] }, (names) => [...names.filter((n) => n !== "xl/workbook.xml"), "xl/workbook.xml"]),
    expect: { code: "NOT_A_NUMBER", sheet: "DanhSach", row: 2, column: "Hệ số" },
  },
  {
    name: "part order as Excel writes it (sharedStrings.xml last) from an exceljs workbook: the header is found, the bad Hệ số located",
    file: async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("DanhSach");
      ws.addRow(DS);
      ws.addRow(person({ "Hệ số": "abc" }) as unknown[]);
      for (const n of ["DonVi", "Ghi chú", "Tổng hợp", "Phụ lục"]) wb.addWorksheet(n).addRow([n]);
      return repack(Buffer.from(await wb.xlsx.writeBuffer()), excelOrder);
    },
    expect: { code: "NOT_A_NUMBER", sheet: "DanhSach", row: 2, column: "Hệ số" },
  },
  { name: "the same workbook with its parts in reverse order", file: () => xlsx(rosterBook({ ds: [person({ "Hệ số": "abc" })] }), (n) => excelOrder(n).reverse()), expect: { code: "NOT_A_NUMBER", sheet: "DanhSach", row: 2, column: "Hệ số" } },
];
