/**
 * Range proxies of the strict fake: geometry resolved at sync in queue order, values / formulas /
 * number formats written as 2-D arrays that must match the range's shape, formats recorded per
 * rectangle, merges, data validation, selection.
 */
import { ClientObject, FakeContext, FakeOfficeError, formatSetters, jsonBytes } from "./core";
import { MAX_COLS, MAX_ROWS, overlaps, quoteSheet, rectAddress, type Rect, type SheetModel } from "./model";

export interface Located {
  sheet: SheetModel;
  rect: Rect;
}

const FONT = ["name", "size", "bold", "italic", "underline", "color"];
const FORMAT = ["horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel", "columnWidth", "rowHeight", "shrinkToFit"];
const BORDER = ["style", "weight", "color"];
const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

function shapeError(what: string, rect: Rect, v: unknown): FakeOfficeError {
  const got = Array.isArray(v) ? `${v.length}×${Array.isArray(v[0]) ? v[0].length : "?"}` : typeof v;
  return new FakeOfficeError("InvalidArgument", `${what}: the number of rows or columns in the input array (${got}) doesn't match the size or dimensions of the range (${rect.h}×${rect.w}).`);
}

function checkShape(what: string, rect: Rect, v: unknown): unknown[][] {
  if (!Array.isArray(v) || v.length !== rect.h) throw shapeError(what, rect, v);
  for (const row of v) if (!Array.isArray(row) || row.length !== rect.w) throw shapeError(what, rect, v);
  return v as unknown[][];
}

export class FakeRange extends ClientObject {
  loc: Located | null = null;
  readonly format: Record<string, unknown>;
  readonly dataValidation: Record<string, unknown>;

  constructor(context: FakeContext, locate: () => Located | null) {
    super(context);
    this.created(() => {
      this.loc = locate();
      return this.loc !== null;
    });
    this.format = this.makeFormat();
    this.dataValidation = this.makeValidation();
  }

  protected isNullNow(): boolean {
    return this.loc === null;
  }

  /** The located sheet and rectangle, at sync; an operation on a null object fails as in Excel. */
  at(): Located {
    if (!this.loc) throw new FakeOfficeError("InvalidObjectPath", "The object path isn't working for what you're trying to do (a null object was used).");
    return this.loc;
  }

  private makeFormat(): Record<string, unknown> {
    return makeFormat(this.context, () => {
      const { sheet, rect } = this.at();
      return { sheet, rects: [rect] };
    });
  }

  private makeValidation(): Record<string, unknown> {
    const need = () => this.context.requires(8, "Range.dataValidation");
    const v: Record<string, unknown> = {
      clear: () => this.context.enqueue(8, () => {
        const { sheet, rect } = this.at();
        sheet.validations = sheet.validations.filter((x) => !overlaps(x, rect));
      }),
    };
    Object.defineProperty(v, "errorAlert", {
      set: (alert: unknown) =>
        need() ??
        this.context.enqueue(jsonBytes(alert), () => {
          const { sheet, rect } = this.at();
          const hit = [...sheet.validations].reverse().find((x) => x.r === rect.r && x.c === rect.c && x.h === rect.h && x.w === rect.w);
          if (!hit) throw new FakeOfficeError("InvalidOperation", "errorAlert set on a range without a validation rule.");
          hit.errorAlert = alert;
        }),
      get: () => {
        throw new FakeOfficeError("PropertyNotLoaded", "dataValidation.errorAlert is not loaded.");
      },
    });
    Object.defineProperty(v, "rule", {
      set: (rule: unknown) =>
        need() ??
        this.context.enqueue(jsonBytes(rule), () => {
          const { sheet, rect } = this.at();
          sheet.validations.push({ ...rect, rule });
        }),
      get: () => {
        throw new FakeOfficeError("PropertyNotLoaded", "dataValidation.rule is not loaded.");
      },
    });
    return v;
  }

  protected snapshot(names: string[]): Record<string, unknown> {
    const { sheet, rect } = this.at();
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (n === "address") out.address = `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      else if (n === "values") out.values = sheet.grid(rect);
      else if (n === "formulas") out.formulas = sheet.grid(rect).map((row, i) => row.map((v, j) => sheet.formula(rect.r + i, rect.c + j) ?? v));
      else if (n === "numberFormat")
        out.numberFormat = Array.from({ length: rect.h }, (_, i) => Array.from({ length: rect.w }, (_, j) => sheet.numberFormat(rect.r + i, rect.c + j)));
      else if (n === "rowCount") out.rowCount = rect.h;
      else if (n === "columnCount") out.columnCount = rect.w;
      else if (n === "rowIndex") out.rowIndex = rect.r;
      else if (n === "columnIndex") out.columnIndex = rect.c;
      else if (n === "cellCount") out.cellCount = rect.h * rect.w;
      else if (n === "rowHidden") {
        if (this.context.model.excelApi < 2) throw new FakeOfficeError("ApiNotFound", "Range.rowHidden needs ExcelApi 1.2.");
        let hidden = 0;
        for (const r of sheet.hiddenRows) if (r >= rect.r && r < rect.r + rect.h) hidden++;
        out.rowHidden = hidden === 0 ? false : hidden === rect.h ? true : null;
      }
      else throw new FakeOfficeError("InvalidArgument", `Range.load("${n}") is not modelled by the fake.`);
    }
    if ("values" in out && rect.h * rect.w > 5_000_000) throw new FakeOfficeError("RangeExceedsLimit", "The range has more than 5,000,000 cells.");
    return out;
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.write("values", v, () => {
      const { sheet, rect } = this.at();
      checkShape("values", rect, v).forEach((row, i) => row.forEach((x, j) => x !== null && sheet.setValue(rect.r + i, rect.c + j, x)));
    });
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write("formulas", v, () => {
      const { sheet, rect } = this.at();
      checkShape("formulas", rect, v).forEach((row, i) => row.forEach((x, j) => x !== null && sheet.setValue(rect.r + i, rect.c + j, x)));
    });
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.write("numberFormat", v, () => {
      const { sheet, rect } = this.at();
      checkShape("numberFormat", rect, v).forEach((row, i) => row.forEach((x, j) => x !== null && sheet.setNumberFormat(rect.r + i, rect.c + j, String(x))));
    });
  }

  private derived(f: (l: Located) => Rect | null): FakeRange {
    return new FakeRange(this.context, () => {
      const l = this.at();
      const rect = f(l);
      if (!rect) return null;
      if (rect.r < 0 || rect.c < 0 || rect.h < 1 || rect.w < 1 || rect.r + rect.h > MAX_ROWS || rect.c + rect.w > MAX_COLS)
        throw new FakeOfficeError("InvalidArgument", `The range ${JSON.stringify(rect)} is outside the grid.`);
      return { sheet: l.sheet, rect };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(({ rect }) => ({ r: rect.r + row, c: rect.c + column, h: 1, w: 1 }));
  }
  getRow(row: number): FakeRange {
    return this.derived(({ rect }) => ({ r: rect.r + row, c: rect.c, h: 1, w: rect.w }));
  }
  getColumn(column: number): FakeRange {
    return this.derived(({ rect }) => ({ r: rect.r, c: rect.c + column, h: rect.h, w: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ rect }) => ({ ...rect, h: rect.h + deltaRows, w: rect.w + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(({ rect }) => ({ ...rect, r: rect.r + rowOffset, c: rect.c + columnOffset }));
  }
  getEntireColumn(): FakeRange {
    return this.derived(({ rect }) => ({ r: 0, c: rect.c, h: MAX_ROWS, w: rect.w }));
  }

  /** Merged areas within the range (ExcelApi 1.13), as a RangeAreas with an address. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requires(13, "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.context, () => {
      const { sheet, rect } = this.at();
      const m = sheet.mergesIn(rect);
      return m.length ? { sheet, rects: m } : null;
    });
  }

  merge(across = false): void {
    this.context.enqueue(8, () => {
      const { sheet, rect } = this.at();
      const parts = across ? Array.from({ length: rect.h }, (_, i) => ({ ...rect, r: rect.r + i, h: 1 })) : [rect];
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
      sheet.merges.push(...parts.filter((p) => p.h * p.w > 1));
    });
  }

  unmerge(): void {
    this.context.enqueue(8, () => {
      const { sheet, rect } = this.at();
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
    });
  }

  select(): void {
    this.context.enqueue(8, () => {
      const { sheet, rect } = this.at();
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidSelection", "A hidden sheet's range cannot be selected.");
      this.context.model.selection = { sheet: sheet.name, address: rectAddress(rect) };
      this.context.model.activeSheet = sheet.name;
    });
  }

  clear(): void {
    this.context.enqueue(8, () => {
      const { sheet, rect } = this.at();
      for (let r = rect.r; r < rect.r + rect.h; r++)
        for (let c = rect.c; c < rect.c + rect.w; c++) {
          sheet.setValue(r, c, "");
          if (sheet.numberFormats[r]) sheet.numberFormats[r][c] = undefined;
        }
    });
  }
}


/** A RangeFormat whose writes go to every rectangle `target` names at sync. */
function makeFormat(context: FakeContext, target: () => { sheet: SheetModel; rects: Rect[] }): Record<string, unknown> {
  const format: Record<string, unknown> = {};
  const put = (path: string, value: unknown) =>
    context.enqueue(jsonBytes(value) + path.length, () => {
      const { sheet, rects } = target();
      for (const rect of rects) sheet.formats.push({ ...rect, path, value });
    });
    formatSetters(format, FORMAT, (n, v) => {
    if (n === "indentLevel") context.requires(9, "RangeFormat.indentLevel");
    if (n === "rowHeight" || n === "columnWidth") context.requires(2, `RangeFormat.${n}`);
    put(n, v);
  });
  const font = {};
  formatSetters(font, FONT, (n, v) => put(`font.${n}`, v));
  const fill = { clear: () => put("fill.color", null) };
  formatSetters(fill, ["color"], (n, v) => put(`fill.${n}`, v));
  const borders = {
    getItem: (index: string) => {
      if (!BORDER_INDEXES.includes(index)) throw new FakeOfficeError("InvalidArgument", `borders.getItem("${index}"): not a border index.`);
      const b = {};
      formatSetters(b, BORDER, (n, v) => put(`borders.${index}.${n}`, v));
      return b;
    },
  };
  Object.assign(format, { font, fill, borders, autofitColumns: () => put("autofitColumns", true), autofitRows: () => put("autofitRows", true) });
  return format;
  }

export class FakeRangeAreas extends ClientObject {
  private found: { sheet: SheetModel; rects: Rect[] } | null = null;
  readonly format: Record<string, unknown>;

  constructor(context: FakeContext, locate: () => { sheet: SheetModel; rects: Rect[] } | null) {
    super(context);
    this.created(() => {
      this.found = locate();
      return this.found !== null;
    });
    this.format = makeFormat(context, () => {
      if (!this.found) throw new FakeOfficeError("InvalidObjectPath", "A null RangeAreas was used.");
      return this.found;
    });
  }

  protected isNullNow(): boolean {
    return this.found === null;
  }

  protected snapshot(names: string[]): Record<string, unknown> {
    const f = this.found!;
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (n === "address") out.address = f.rects.map((r) => `${quoteSheet(f.sheet.name)}!${rectAddress(r)}`).join(",");
      else if (n === "areaCount") out.areaCount = f.rects.length;
      else throw new FakeOfficeError("InvalidArgument", `RangeAreas.load("${n}") is not modelled by the fake.`);
    }
    return out;
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}
