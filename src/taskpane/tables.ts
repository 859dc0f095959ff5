/**
 * Input sheets the pane creates (the roster template, ThamSo): an Excel table with the contract's
 * headers, number formats on the rows below (dates, money, coefficients, text "@"), dropdown lists
 * from the hidden list sheet, a frozen header and widths — one request per sheet. Also: appending
 * rows under an existing sheet's data (inside its table when it has one), never over a user's cell.
 */
import { columnLetter, type ColumnSpec } from "../roster";

/** Rows below the header that get formats and dropdowns in a new sheet. */
export const PREPARED_ROWS = 2000;

export interface TableColumn {
  header: string;
  numFmt: string;
  /** Width in characters. */
  width: number;
  /** Data validation list source ("=DanhMuc!$A$2:$A$9"), when the column has a dropdown. */
  list?: string;
}

/** The Excel number format a roster column type is typed in. */
export function formatOf(c: Pick<ColumnSpec, "type">): string {
  switch (c.type) {
    case "date":
      return "dd/mm/yyyy";
    case "money":
      return "#,##0";
    case "coefficient":
      return "0.00";
    case "count":
      return "0";
    case "decimal":
    case "percent":
    case "yearsMonths":
      return "General";
    default:
      return "@";
  }
}

/** Excel's serial number of an ISO date (1900 date system). */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A table name Excel accepts, not in `taken` (case-insensitive). */
export function freeTableName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}${i}`.toLowerCase())) return `${base}${i}`;
}

/**
 * Queues a new input sheet's table: header + `rows` (already in the columns' order), formats on
 * PREPARED_ROWS rows, dropdowns, widths, frozen header. `tableName` must be free.
 */
export function queueTableSheet(ws: Excel.Worksheet, cols: TableColumn[], rows: unknown[][], tableName: string): Excel.Table {
  const w = cols.length;
  const last = columnLetter(w);
  const body = ws.getRangeByIndexes(1, 0, PREPARED_ROWS, w);
  body.numberFormat = Array.from({ length: PREPARED_ROWS }, () => cols.map((c) => c.numFmt));
  const header = ws.getRangeByIndexes(0, 0, 1, w);
  header.numberFormat = [cols.map(() => "@")];
  header.values = [cols.map((c) => c.header)];
  if (rows.length) ws.getRangeByIndexes(1, 0, rows.length, w).values = rows.map((r) => cols.map((_, i) => (r[i] ?? null) as string | number | null));
  const table = ws.tables.add(`A1:${last}${1 + Math.max(rows.length, 1)}`, true);
  table.name = tableName;
  table.style = "TableStyleLight9";
  header.format.font.bold = true;
  header.format.wrapText = true;
  header.format.verticalAlignment = "Center";
  header.format.rowHeight = 32;
  cols.forEach((c, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round((c.width * 7 + 5) * 0.75);
    if (!c.list) return;
    const dv = ws.getRangeByIndexes(1, i, PREPARED_ROWS, 1).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: c.list } };
    // a suggestion, not a lock: the readers accept other spellings and explain what they refuse
    dv.errorAlert = { showAlert: false, style: "Information", title: "DuToan", message: "Giá trị ngoài danh sách gợi ý: DuToan sẽ kiểm tra khi lập dự toán." };
  });
  ws.freezePanes.freezeRows(1);
  return table;
}

export interface AppendTarget {
  sheet: string;
  /** 0-based first row after the data, first column of the sheet's header, width. */
  row: number;
  col: number;
  width: number;
}

/**
 * Appends rows under a sheet's data: inside its table when the table ends on the last data row
 * (the table grows), else written below with formats first, so text stays text.
 */
export async function appendRows(context: Excel.RequestContext, t: AppendTarget, rows: unknown[][], formats: string[]): Promise<void> {
  const tables = context.workbook.worksheets.getItem(t.sheet).tables;
  tables.load("items/name");
  await context.sync();
  const ranges = tables.items.map((tb) => {
    const r = tb.getRange();
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    return { tb, r };
  });
  await context.sync();
  const target = context.workbook.worksheets.getItem(t.sheet).getRangeByIndexes(t.row, t.col, rows.length, t.width);
  const table = ranges.find(({ r }) => r.rowIndex + r.rowCount === t.row && r.columnIndex <= t.col && r.columnIndex + r.columnCount >= t.col + t.width);
  if (table) {
    // the table grows by these rows (our texts never start with = + - @, so formats may follow)
    const { r, tb } = table;
    const lead = t.col - r.columnIndex;
    const wide = rows.map((row) => Array.from({ length: r.columnCount }, (_, i) => (i >= lead && i < lead + t.width ? (row[i - lead] ?? "") : "")));
    tb.rows.add(undefined, wide as (string | number | boolean)[][]);
    target.numberFormat = rows.map(() => formats);
  } else {
    target.numberFormat = rows.map(() => formats);
    target.values = rows.map((row) => Array.from({ length: t.width }, (_, i) => (row[i] ?? null) as string | number | null));
  }
  await context.sync();
}
