/**
 * The parts read before any sheet: [Content_Types].xml (is this a spreadsheet, where is its
 * workbook), the workbook and its relationships (sheet names, order, visibility, parts, 1904 date
 * system), the shared-string table and the styles (which cell formats are dates).
 */
import { posix } from "path";
import { InputFileError, RESAVE_EN, RESAVE_VI } from "./errors";
import { EXCEL_MAX_TEXT } from "./limits";
import { isDateFormat, isBuiltinDateFormat } from "./numfmt";
import { parseXml, type XmlHandler } from "./xml";
import type { ZipArchive } from "./zip";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** Zip part of the worksheet, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStringsPart?: string;
  stylesPart?: string;
}

const MAIN_TYPES = new Set([
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  "application/vnd.ms-excel.template.macroEnabled.main+xml",
]);
const XLSB_TYPE = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

/** Collects the attributes of every element named `tag`. */
async function elements(zip: ZipArchive, part: string, tags: string[]): Promise<{ tag: string; attrs: Record<string, string> }[]> {
  const out: { tag: string; attrs: Record<string, string> }[] = [];
  const want = new Set(tags);
  const h: XmlHandler = {
    open: (name, attrs) => {
      if (want.has(name)) out.push({ tag: name, attrs });
    },
    close: () => undefined,
    text: () => undefined,
  };
  const stream = await zip.stream(part, zip.smallPartLimit);
  await parseXml(stream, h, { file: zip.file, part }, 1 << 20, () => zip.corrupt(part));
  return out;
}

function notSpreadsheet(file: string, vi: string, en: string): InputFileError {
  return new InputFileError("NOT_XLSX", { file }, vi, en);
}

/** The workbook part named by [Content_Types].xml (or the package relationships). */
async function workbookPart(zip: ZipArchive): Promise<string> {
  const file = zip.file;
  if (zip.get("mimetype") && zip.get("content.xml"))
    throw notSpreadsheet(file, `đây là bảng tính OpenDocument (.ods), không phải .xlsx; cần mở bằng LibreOffice hoặc Excel rồi lưu thành Excel 2007-365 (.xlsx).`,
      `this is an OpenDocument spreadsheet (.ods), not .xlsx; save it as Excel 2007-365 (.xlsx).`);
  if (!zip.get("[Content_Types].xml"))
    throw notSpreadsheet(file, `tệp nén này không phải sổ tính Excel (thiếu [Content_Types].xml); cần mở bằng Excel rồi lưu thành Excel Workbook (.xlsx).`,
      `this zip is not an Excel workbook (no [Content_Types].xml); save it from Excel as an Excel Workbook (.xlsx).`);
  const types = await elements(zip, "[Content_Types].xml", ["Override"]);
  for (const t of types) {
    const ct = t.attrs.ContentType ?? "";
    if (ct.startsWith(XLSB_TYPE))
      throw notSpreadsheet(file, `đây là sổ Excel nhị phân (.xlsb); cần mở bằng Excel rồi lưu thành Excel Workbook (.xlsx).`,
        `this is a binary Excel workbook (.xlsb); save it as an Excel Workbook (.xlsx).`);
    if (MAIN_TYPES.has(ct) && t.attrs.PartName) return t.attrs.PartName.replace(/^\//, "");
  }
  if (zip.get("_rels/.rels")) {
    const rels = await elements(zip, "_rels/.rels", ["Relationship"]);
    const main = rels.find((r) => /\/officeDocument$/.test(r.attrs.Type ?? ""));
    if (main?.attrs.Target && /\.xml$/i.test(main.attrs.Target)) return main.attrs.Target.replace(/^\//, "");
  }
  throw notSpreadsheet(file, `tệp Office này không chứa sổ tính Excel (có thể là tệp Word hoặc PowerPoint); cần một sổ tính .xlsx.`,
    `this Office file holds no Excel workbook (perhaps Word or PowerPoint); expected an .xlsx workbook.`);
}

/** A relationship target resolved against the folder of the part that owns it. */
function resolveTarget(base: string, target: string): string {
  const t = target.replace(/\\/g, "/");
  if (t.startsWith("/")) return t.slice(1);
  return posix.normalize(posix.join(posix.dirname(base), t));
}

function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** The relationship id attribute of a <sheet>: "r:id" under whatever prefix the writer chose. */
function relId(attrs: Record<string, string>): string | undefined {
  if (attrs["r:id"] !== undefined) return attrs["r:id"];
  for (const k of Object.keys(attrs)) if (k.endsWith(":id")) return attrs[k];
  return undefined;
}

function stateOf(s: string | undefined): SheetState {
  return s === "hidden" ? "hidden" : s === "veryHidden" ? "veryHidden" : "visible";
}

/** The add-in's mark on the sheets it writes (src/taskpane/marks.ts): a sheet-scoped named item. */
const ADDIN_MARK = "duToan.loai";

/** Positions (localSheetId, counting every <sheet>) of the sheets carrying the add-in's mark. */
function addinOutputSheets(wb: { tag: string; attrs: Record<string, string> }[]): Set<number> {
  const out = new Set<number>();
  for (const e of wb)
    if (e.tag === "definedName" && (e.attrs.name ?? "").toLowerCase() === ADDIN_MARK.toLowerCase() && e.attrs.localSheetId !== undefined)
      out.add(Number(e.attrs.localSheetId));
  return out;
}

export async function readWorkbookInfo(zip: ZipArchive): Promise<WorkbookInfo> {
  const wbPart = await workbookPart(zip);
  const wb = await elements(zip, wbPart, ["sheet", "workbookPr", "definedName"]);
  const marked = addinOutputSheets(wb);
  const relsPart = relsPartOf(wbPart);
  const rels = zip.get(relsPart) ? await elements(zip, relsPart, ["Relationship"]) : [];
  const byId = new Map(rels.map((r) => [r.attrs.Id, r.attrs]));
  const pr = wb.find((e) => e.tag === "workbookPr");
  const date1904 = pr !== undefined && (pr.attrs.date1904 === "1" || pr.attrs.date1904 === "true");
  const sheets: SheetEntry[] = [];
  let index = -1;
  for (const e of wb) {
    if (e.tag !== "sheet") continue;
    index++;
    // sheets the add-in wrote (its reports, its dropdown lists) are output, never roster input
    if (marked.has(index)) continue;
    const rel = byId.get(relId(e.attrs) ?? "");
    const name = e.attrs.name ?? "";
    // Chart sheets and dialog sheets hold no cells.
    if (rel && !REL_WORKSHEET.test(rel.Type ?? "")) continue;
    if (!rel?.Target)
      throw new InputFileError("PART_MISSING", { file: zip.file, part: wbPart, sheet: name },
        `sổ tính khai báo sheet này nhưng không chỉ ra nội dung của nó; ${RESAVE_VI}.`, `the workbook lists this sheet but not where its content is; ${RESAVE_EN}.`);
    sheets.push({ name, state: stateOf(e.attrs.state), part: resolveTarget(wbPart, rel.Target) });
  }
  const shared = rels.find((r) => REL_SHARED.test(r.attrs.Type ?? ""));
  const styles = rels.find((r) => REL_STYLES.test(r.attrs.Type ?? ""));
  return {
    sheets,
    date1904,
    ...(shared?.attrs.Target ? { sharedStringsPart: resolveTarget(wbPart, shared.attrs.Target) } : {}),
    ...(styles?.attrs.Target ? { stylesPart: resolveTarget(wbPart, styles.attrs.Target) } : {}),
  };
}

/** A shared string longer than Excel allows: kept as its length, reported when a cell uses it. */
export class TooLongText {
  constructor(readonly length: number) {}
}

/** OOXML escapes characters XML cannot hold as _xHHHH_ (Excel writes a line break in a cell as _x000D_). */
const X_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
export function unescapeOoxml(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(X_ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Shared strings in table order; rich-text runs joined, phonetic runs (<rPh>) left out as Excel shows them. */
export async function readSharedStrings(zip: ZipArchive, part: string, maxBytes: number, maxRun: number): Promise<(string | TooLongText)[]> {
  const out: (string | TooLongText)[] = [];
  let inSi = false;
  let inT = false;
  let rph = 0;
  let buf = "";
  const h: XmlHandler = {
    open(name) {
      if (name === "si") {
        inSi = true;
        buf = "";
      } else if (name === "rPh") rph++;
      else if (name === "t" && inSi && rph === 0) inT = true;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") rph--;
      else if (name === "si") {
        inSi = false;
        const s = unescapeOoxml(buf);
        out.push(s.length > EXCEL_MAX_TEXT ? new TooLongText(s.length) : s);
        buf = "";
      }
    },
    text(t) {
      if (inT) buf += t;
    },
    where: () => ({}),
  };
  const stream = await zip.stream(part, maxBytes);
  await parseXml(stream, h, { file: zip.file, part }, maxRun, () => zip.corrupt(part));
  return out;
}

/** For each cell format (index in <cellXfs>): does it show a number as a date? */
export async function readDateStyles(zip: ZipArchive, part: string): Promise<boolean[]> {
  const custom = new Map<number, boolean>();
  const xfs: number[] = [];
  let inCellXfs = false;
  const h: XmlHandler = {
    open(name, a) {
      if (name === "numFmt") custom.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ""));
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfs.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text: () => undefined,
  };
  const stream = await zip.stream(part, zip.smallPartLimit);
  await parseXml(stream, h, { file: zip.file, part }, 1 << 20, () => zip.corrupt(part));
  return xfs.map((id) => custom.get(id) ?? isBuiltinDateFormat(id));
}
