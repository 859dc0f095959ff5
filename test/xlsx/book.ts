/**
 * Workbooks written part by part as Excel writes them (shared strings, a date style, formulas with
 * and without cached values, hidden sheets and rows, merges), so tests control every byte the
 * reader sees — and can break any of them.
 */
import { excelOrder, zip, type ZipPart } from "./zip";

/** A cell: a value, or a formula with an optional cached value / error, or raw XML of a <c>'s content. */
export type Cell =
  | string | number | boolean | Date | null | undefined
  | { f: string; v?: number | string | boolean; error?: string; shared?: { si: number; ref?: string } }
  | { inline: string }
  | { error: string }
  | { rich: string[] }
  | { raw: string; t?: string; s?: number };

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** Excel row of rows[0] (default 1). */
  firstRow?: number;
  state?: "hidden" | "veryHidden";
  merges?: string[];
  /** Excel rows marked hidden. */
  hiddenRows?: number[];
  dimension?: string;
  /** Replaces the whole worksheet XML. */
  xml?: string;
}

export interface BookSpec {
  sheets: SheetSpec[];
  date1904?: boolean;
  /** Strings as inline strings instead of a shared-string table. */
  inlineStrings?: boolean;
  /** Defined names written in workbook.xml: name, formula and the sheet index they are scoped to. */
  definedNames?: { name: string; formula: string; localSheetId?: number }[];
  /** Replaces parts or adds new ones (name → content); null removes a part. */
  override?: Record<string, string | Buffer | null>;
}

export const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function colLetter(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel serial of a UTC date (1900 system; the 1904 system counts 1462 days fewer). */
export function serial(d: Date, date1904 = false): number {
  return d.getTime() / 86400000 + 25569 - (date1904 ? 1462 : 0);
}

class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

function valueXml(v: Exclude<Cell, object> | Date, sst: Strings, book: BookSpec): { t?: string; s?: number; body: string } | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return { s: 1, body: `<v>${serial(v, book.date1904)}</v>` };
  if (typeof v === "number") return { body: `<v>${v}</v>` };
  if (typeof v === "boolean") return { t: "b", body: `<v>${v ? 1 : 0}</v>` };
  if (book.inlineStrings) return { t: "inlineStr", body: `<is><t xml:space="preserve">${esc(v)}</t></is>` };
  return { t: "s", body: `<v>${sst.id(v)}</v>` };
}

function cellXml(ref: string, cell: Cell, sst: Strings, book: BookSpec): string {
  if (cell === null || cell === undefined) return "";
  let out: { t?: string; s?: number; body: string } | null;
  if (cell instanceof Date || typeof cell !== "object") out = valueXml(cell, sst, book);
  else if ("f" in cell) {
    const fa = cell.shared ? ` t="shared" si="${cell.shared.si}"${cell.shared.ref ? ` ref="${cell.shared.ref}"` : ""}` : "";
    const f = cell.shared && !cell.shared.ref ? `<f${fa}/>` : `<f${fa}>${esc(cell.f)}</f>`;
    if (cell.error) out = { t: "e", body: `${f}<v>${esc(cell.error)}</v>` };
    else if (cell.v === undefined) out = { body: f };
    else if (typeof cell.v === "string") out = { t: "str", body: `${f}<v>${esc(cell.v)}</v>` };
    else if (typeof cell.v === "boolean") out = { t: "b", body: `${f}<v>${cell.v ? 1 : 0}</v>` };
    else out = { body: `${f}<v>${cell.v}</v>` };
  } else if ("inline" in cell) out = { t: "inlineStr", body: `<is><t>${esc(cell.inline)}</t></is>` };
  else if ("rich" in cell) out = { t: "inlineStr", body: `<is>${cell.rich.map((r, i) => `<r>${i ? "<rPr><b/></rPr>" : ""}<t xml:space="preserve">${esc(r)}</t></r>`).join("")}</is>` };
  else if ("error" in cell) out = { t: "e", body: `<v>${esc(cell.error)}</v>` };
  else out = { t: cell.t, s: cell.s, body: cell.raw };
  if (!out) return "";
  return `<c r="${ref}"${out.s ? ` s="${out.s}"` : ""}${out.t ? ` t="${out.t}"` : ""}>${out.body}</c>`;
}

export function sheetXml(sheet: SheetSpec, sst: Strings, book: BookSpec): string {
  if (sheet.xml !== undefined) return sheet.xml;
  const first = sheet.firstRow ?? 1;
  const hidden = new Set(sheet.hiddenRows ?? []);
  const rows = sheet.rows
    .map((cells, i) => {
      const r = first + i;
      const body = cells.map((c, j) => cellXml(`${colLetter(j + 1)}${r}`, c, sst, book)).join("");
      return body || hidden.has(r) ? `<row r="${r}"${hidden.has(r) ? ' hidden="1"' : ""}>${body}</row>` : "";
    })
    .join("");
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const dim = sheet.dimension ?? `A1:${colLetter(width)}${Math.max(1, first + sheet.rows.length - 1)}`;
  const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><dimension ref="${dim}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${rows}</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The parts of the workbook, in Excel's order. */
function definedNamesXml(book: BookSpec): string {
  if (!book.definedNames?.length) return "";
  const one = (d: { name: string; formula: string; localSheetId?: number }) =>
    `<definedName name="${esc(d.name)}"${d.localSheetId !== undefined ? ` localSheetId="${d.localSheetId}"` : ""}>${esc(d.formula)}</definedName>`;
  return `<definedNames>${book.definedNames.map(one).join("")}</definedNames>`;
}

export function bookParts(book: BookSpec): ZipPart[] {
  const sst = new Strings();
  const parts = new Map<string, string | Buffer>();
  book.sheets.forEach((s, i) => parts.set(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s, sst, book)));
  const sheetsXml = book.sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  const n = book.sheets.length;
  parts.set("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${book.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`);
  parts.set("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  parts.set("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><workbookPr${book.date1904 ? ' date1904="1"' : ""} defaultThemeVersion="166925"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetsXml}</sheets>${definedNamesXml(book)}<calcPr calcId="191029"/></workbook>`);
  parts.set("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  parts.set("xl/styles.xml", STYLES);
  parts.set("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${sst.list.length}" uniqueCount="${sst.list.length}">${sst.list.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("")}</sst>`);
  for (const [k, v] of Object.entries(book.override ?? {})) {
    if (v === null) parts.delete(k);
    else parts.set(k, v);
  }
  return excelOrder([...parts.keys()]).map((name) => ({ name, data: parts.get(name)! }));
}

/** The workbook as .xlsx bytes, parts in Excel's order (or reordered by `order`). */
export function xlsx(book: BookSpec, order?: (names: string[]) => string[]): Buffer {
  const parts = bookParts(book);
  if (!order) return zip(parts);
  const byName = new Map(parts.map((p) => [p.name, p]));
  return zip(order(parts.map((p) => p.name)).map((n) => byName.get(n)!));
}
