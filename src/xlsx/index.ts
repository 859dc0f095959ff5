/**
 * .xlsx → SheetData without races: the zip is opened with random access and read in a fixed
 * order — [Content_Types].xml, the workbook and its relationships, shared strings, styles — and
 * only then are worksheets streamed, whatever order their parts have in the file (Excel writes
 * sharedStrings.xml after the sheets, exceljs writes workbook.xml after them). Node only.
 */
import type { SheetData } from "../roster/sheet";
import { InputFileError } from "./errors";
import { DEFAULT_LIMITS, type XlsxLimits } from "./limits";
import { readDateStyles, readSharedStrings, readWorkbookInfo, type SheetEntry, type TooLongText, type WorkbookInfo } from "./parts";
import { WorksheetHandler, type SheetContext } from "./worksheet";
import { parseXml } from "./xml";
import { ZipArchive } from "./zip";

export { InputFileError, type FileIssue } from "./errors";
export { DEFAULT_LIMITS, type XlsxLimits } from "./limits";

/** Excel rows read first to recognise a sheet: header detection looks at rows 1–10 and a sub-header on row 11. */
export const HEAD_ROWS = 11;

export interface XlsxReadOptions {
  limits?: Partial<XlsxLimits>;
  /**
   * Given every worksheet's first rows (HEAD_ROWS), the indexes of the sheets to read in full; the
   * others are returned with their first rows only. Default: read every sheet in full.
   */
  select?: (heads: SheetData[]) => Iterable<number>;
}

interface Book {
  zip: ZipArchive;
  info: WorkbookInfo;
  shared: (string | TooLongText)[];
  dateStyles: boolean[];
  limits: XlsxLimits;
  cells: { count: number };
}

async function readSheet(book: Book, entry: SheetEntry, lastRow?: number): Promise<SheetData> {
  const { zip, limits } = book;
  const ctx: SheetContext = {
    file: zip.file, part: entry.part, sheet: entry.name, shared: book.shared, dateStyles: book.dateStyles, date1904: book.info.date1904,
    limits, cells: book.cells, ...(lastRow !== undefined ? { lastRow } : {}),
  };
  const h = new WorksheetHandler(ctx);
  const stream = await zip.stream(entry.part, limits.maxSheetBytes, { sheet: entry.name });
  await parseXml(stream, h, { file: zip.file, part: entry.part, sheet: entry.name }, limits.maxXmlRun, (row) => zip.corrupt(entry.part, { sheet: entry.name, ...(row ? { row } : {}) }));
  const { rows, merges, hiddenRows } = h.result();
  const sheet: SheetData = { name: entry.name, rows, startRow: 1, startCol: 1, merges };
  if (entry.state !== "visible") {
    sheet.hidden = true;
    sheet.state = entry.state;
  }
  if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
  return sheet;
}

async function openBook(file: string, limits: XlsxLimits): Promise<Book> {
  const zip = await ZipArchive.open(file, limits);
  try {
    const info = await readWorkbookInfo(zip);
    const shared = info.sharedStringsPart && zip.get(info.sharedStringsPart) ? await readSharedStrings(zip, info.sharedStringsPart, limits.maxSharedStringsBytes, limits.maxXmlRun) : [];
    const dateStyles = info.stylesPart && zip.get(info.stylesPart) ? await readDateStyles(zip, info.stylesPart) : [];
    return { zip, info, shared, dateStyles, limits, cells: { count: 0 } };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/** Reads the worksheets of an .xlsx file (workbook order; chart sheets left out). Throws InputFileError. */
export async function readXlsxFile(file: string, opts: XlsxReadOptions = {}): Promise<SheetData[]> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const book = await openBook(file, limits);
  try {
    const entries = book.info.sheets;
    if (!opts.select) {
      const out: SheetData[] = [];
      for (const e of entries) out.push(await readSheet(book, e));
      return out;
    }
    const heads: SheetData[] = [];
    for (const e of entries) heads.push(await readSheet(book, e, HEAD_ROWS));
    const chosen = new Set(opts.select(heads));
    book.cells.count = 0;
    const out: SheetData[] = [];
    for (let i = 0; i < entries.length; i++) out.push(chosen.has(i) ? await readSheet(book, entries[i]) : heads[i]);
    return out;
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    throw new InputFileError("XLSX_UNREADABLE", { file }, `không đọc được sổ tính; cần mở tệp bằng Excel rồi lưu lại dạng Excel Workbook (.xlsx).`,
      `the workbook cannot be read; open it in Excel and save it again as an Excel Workbook (.xlsx).`);
  } finally {
    book.zip.close();
  }
}
