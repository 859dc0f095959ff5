/**
 * Worksheets, their collections (names, custom properties, tables), page layout and freeze panes
 * in the strict fake; the workbook; `Excel.run`.
 */
import { ClientObject, FakeContext, FakeOfficeError, formatSetters, jsonBytes } from "./core";
import { parseA1, SheetModel, type Rect, type TableModel, type Visibility } from "./model";
import { FakeRange, FakeRangeAreas, type Located } from "./range";

const BAD_NAME = /[:\\/?*[\]]/;

function checkName(name: string): void {
  if (!name || name.length > 31 || BAD_NAME.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history")
    throw new FakeOfficeError("InvalidArgument", `“${name}” is not a valid worksheet name.`);
}

/** Items of a collection, loaded with "items/prop" names. */
abstract class FakeCollection<T extends ClientObject> extends ClientObject {
  protected abstract list(): T[];

  protected snapshot(names: string[]): Record<string, unknown> {
    for (const n of names) if (!n.startsWith("items/")) throw new FakeOfficeError("InvalidArgument", `${this.constructor.name}.load("${n}"): load items/<property>.`);
    const items = this.list();
    const props = names.map((n) => n.slice("items/".length));
    const snaps = items.map((it) => (it as unknown as { snapshotOf(n: string[]): Record<string, unknown> }).snapshotOf(props));
    return { items: items.map((it, i) => ({ it, snap: snaps[i] })) };
  }

  protected responseBytes(snap: Record<string, unknown>): number {
    return jsonBytes((snap.items as { snap: unknown }[]).map((x) => x.snap));
  }

  load(spec?: unknown): this {
    super.load(spec);
    return this;
  }

  get items(): T[] {
    const raw = this.read<{ it: T; snap: Record<string, unknown> }[]>("items");
    return raw.map(({ it, snap }) => {
      (it as unknown as { markLoaded(s: Record<string, unknown>): void }).markLoaded(snap);
      return it;
    });
  }
}

export class FakeWorksheet extends ClientObject {
  sheet: SheetModel | null = null;
  readonly names: FakeNames;
  readonly customProperties: FakeCustomProperties;
  readonly tables: FakeTables;
  readonly freezePanes: Record<string, unknown>;
  readonly pageLayout: Record<string, unknown>;

  constructor(context: FakeContext, locate: (() => SheetModel | null) | SheetModel) {
    super(context);
    if (locate instanceof SheetModel) {
      this.sheet = locate;
      this.isNull = false;
    } else
      this.created(() => {
        this.sheet = locate();
        return this.sheet !== null;
      });
    this.names = new FakeNames(context, () => this.at().names);
    this.customProperties = new FakeCustomProperties(context, () => this.at().customProperties);
    this.tables = new FakeTables(context, this);
    const freeze = () => context.requires(7, "Worksheet.freezePanes");
    this.freezePanes = {
      freezeRows: (n: number) => freeze() ?? this.op({ n }, (s) => (s.freeze = { rows: n, cols: 0 })),
      freezeColumns: (n: number) => freeze() ?? this.op({ n }, (s) => (s.freeze = { rows: 0, cols: n })),
      freezeAt: (r: FakeRange | string) =>
        freeze() ??
        this.op({ r: typeof r === "string" ? r : 1 }, (s) => {
          const rect = typeof r === "string" ? parseA1(r)! : r.at().rect;
          s.freeze = { rows: rect.r + rect.h, cols: rect.c + rect.w };
        }),
      unfreeze: () => this.op({}, (s) => (s.freeze = null)),
    };
    this.pageLayout = this.makePageLayout();
  }

  markLoaded(snap: Record<string, unknown>): void {
    this.existing(snap);
  }

  snapshotOf(names: string[]): Record<string, unknown> {
    return this.snapshot(names);
  }

  at(): SheetModel {
    if (!this.sheet || !this.context.model.sheets.includes(this.sheet)) throw new FakeOfficeError("ItemNotFound", "The worksheet does not exist (deleted or a null object).");
    return this.sheet;
  }

  protected isNullNow(): boolean {
    return this.sheet === null;
  }

  private op(args: unknown, f: (s: SheetModel) => void): void {
    this.context.enqueue(jsonBytes(args), () => void f(this.at()));
  }

  private makePageLayout(): Record<string, unknown> {
    const need = () => this.context.requires(9, "Worksheet.pageLayout");
    const layout: Record<string, unknown> = {
      setPrintTitleRows: (rows: string | FakeRange) =>
        need() ??
        this.op({ rows: typeof rows === "string" ? rows : 1 }, (s) => (s.printTitleRows = typeof rows === "string" ? rows : rows.at().rect.r.toString())),
      headersFooters: { defaultForAllPages: {} },
    };
    formatSetters(layout, ["orientation", "paperSize", "zoom", "centerHorizontally", "centerVertically", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin", "printGridlines", "blackAndWhite", "printOrder"], (n, v) =>
      need() ?? this.op({ [n]: v }, (s) => (s.pageLayout[n] = v)),
    );
    const hf = (layout.headersFooters as { defaultForAllPages: object }).defaultForAllPages;
    formatSetters(hf, ["centerFooter", "leftFooter", "rightFooter", "centerHeader", "leftHeader", "rightHeader"], (n, v) => need() ?? this.op({ [n]: v }, (s) => ((s.footer as Record<string, unknown>)[n] = v)));
    return layout;
  }

  protected snapshot(names: string[]): Record<string, unknown> {
    const s = this.at();
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (n === "name") out.name = s.name;
      else if (n === "visibility") out.visibility = s.visibility;
      else if (n === "position") out.position = this.context.model.sheets.indexOf(s);
      else if (n === "id") out.id = `{${s.name}}`;
      else throw new FakeOfficeError("InvalidArgument", `Worksheet.load("${n}") is not modelled by the fake.`);
    }
    return out;
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v, () => {
      checkName(v);
      const s = this.at();
      const other = this.context.model.sheet(v);
      if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named “${v}” exists.`);
      s.name = v;
    });
  }
  get visibility(): Visibility {
    return this.read("visibility");
  }
  set visibility(v: Visibility) {
    this.write("visibility", v, () => {
      const s = this.at();
      if (v !== "Visible" && this.context.model.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0)
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      s.visibility = v;
    });
  }
  get position(): number {
    return this.read("position");
  }

  private range(f: (s: SheetModel) => Rect | null): FakeRange {
    return new FakeRange(this.context, (): Located | null => {
      const sheet = this.at();
      const rect = f(sheet);
      return rect ? { sheet, rect } : null;
    });
  }

  getRange(address?: string): FakeRange {
    return this.range(() => {
      if (address === undefined) return { r: 0, c: 0, h: 1048576, w: 16384 };
      const rect = parseA1(address);
      if (!rect) throw new FakeOfficeError("InvalidArgument", `“${address}” is not an address.`);
      return rect;
    });
  }

  getRangeByIndexes(r: number, c: number, h: number, w: number): FakeRange {
    this.context.requires(7, "Worksheet.getRangeByIndexes");
    return this.range(() => {
      if (r < 0 || c < 0 || h < 1 || w < 1) throw new FakeOfficeError("InvalidArgument", `getRangeByIndexes(${r}, ${c}, ${h}, ${w}): invalid.`);
      return { r, c, h, w };
    });
  }

  /**
   * Several rectangles at once (ExcelApi 1.9). The address is limited to 255 characters, as a union
   * reference is in Excel.
   */
  getRanges(address: string): FakeRangeAreas {
    this.context.requires(9, "Worksheet.getRanges");
    return new FakeRangeAreas(this.context, () => {
      if (address.length > 255) throw new FakeOfficeError("InvalidArgument", `getRanges: the address is longer than 255 characters (${address.length}).`);
      const rects = address.split(",").map((a) => parseA1(a.trim()));
      if (rects.some((r) => !r)) throw new FakeOfficeError("InvalidArgument", `“${address}” is not an address.`);
      return { sheet: this.at(), rects: rects as Rect[] };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requires(4, "Worksheet.getUsedRangeOrNullObject");
    return this.range((s) => s.usedRect(valuesOnly));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.range((s) => s.usedRect(valuesOnly) ?? { r: 0, c: 0, h: 1, w: 1 });
  }

  activate(): void {
    this.op({}, (s) => {
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.model.activeSheet = s.name;
    });
  }

  delete(): void {
    this.op({}, (s) => {
      const m = this.context.model;
      if (m.sheets.length === 1) throw new FakeOfficeError("InvalidOperation", "A workbook must keep one sheet.");
      m.sheets.splice(m.sheets.indexOf(s), 1);
      if (m.activeSheet === s.name) m.activeSheet = null;
    });
  }
}

export class FakeWorksheets extends FakeCollection<FakeWorksheet> {
  private proxies = new Map<SheetModel, FakeWorksheet>();

  protected list(): FakeWorksheet[] {
    return this.context.model.sheets.map((s) => {
      let p = this.proxies.get(s);
      if (!p) this.proxies.set(s, (p = new FakeWorksheet(this.context, s)));
      return p;
    });
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const m = this.context.model;
      let n = name;
      if (n === undefined) for (let i = 1; !n || m.sheet(n); i++) n = `Sheet${i}`;
      checkName(n);
      if (m.sheet(n)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named “${n}” already exists.`);
      const s = new SheetModel(n);
      m.sheets.push(s);
      return s;
    });
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.context.model.sheet(name);
      if (!s) throw new FakeOfficeError("ItemNotFound", `No sheet named “${name}”.`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.requires(4, "WorksheetCollection.getItemOrNullObject");
    return new FakeWorksheet(this.context, () => this.context.model.sheet(name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const m = this.context.model;
      return (m.activeSheet ? m.sheet(m.activeSheet) : undefined) ?? m.sheets[0];
    });
  }
}

class KeyedItem extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly itemKey: string,
    private readonly itemValue: () => string | undefined,
  ) {
    super(context);
  }
  markLoaded(snap: Record<string, unknown>): void {
    this.existing(snap);
  }
  snapshotOf(names: string[]): Record<string, unknown> {
    return this.snapshot(names);
  }
  protected snapshot(names: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (n === "name" || n === "key") out[n] = this.itemKey;
      else if (n === "formula" && this.context.model.excelApi < 7) throw new FakeOfficeError("ApiNotFound", "NamedItem.formula needs ExcelApi 1.7.");
      else if (n === "value" || n === "formula") out[n] = this.itemValue();
      else throw new FakeOfficeError("InvalidArgument", `load("${n}") is not modelled by the fake.`);
    }
    return out;
  }
  get name(): string {
    return this.read("name");
  }
  get key(): string {
    return this.read("key");
  }
  get value(): string {
    return this.read("value");
  }
  get formula(): string {
    return this.read("formula");
  }
}

/** Worksheet-scoped named items: `add(name, formula)`; names follow Excel's rules. */
export class FakeNames extends FakeCollection<KeyedItem> {
  constructor(
    context: FakeContext,
    private readonly map: () => Map<string, string>,
  ) {
    super(context);
  }
  protected list(): KeyedItem[] {
    const m = this.map();
    return [...m.keys()].map((k) => new KeyedItem(this.context, k, () => m.get(k)));
  }
  add(name: string, reference: string | FakeRange, comment?: string): void {
    this.context.requires(4, "NamedItemCollection.add");
    this.context.enqueue(jsonBytes([name, typeof reference === "string" ? reference : 1, comment]), () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || parseA1(name)) throw new FakeOfficeError("InvalidArgument", `“${name}” is not a valid name.`);
      const m = this.map();
      if ([...m.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `The name “${name}” exists.`);
      m.set(name, typeof reference === "string" ? reference : `=${reference.at().rect.r}`);
    });
  }
}

export class FakeCustomProperties extends FakeCollection<KeyedItem> {
  constructor(
    context: FakeContext,
    private readonly map: () => Map<string, string>,
  ) {
    super(context);
  }
  protected list(): KeyedItem[] {
    const m = this.map();
    return [...m.keys()].map((k) => new KeyedItem(this.context, k, () => m.get(k)));
  }
  add(key: string, value: string): void {
    this.context.requires(12, "WorksheetCustomPropertyCollection.add");
    this.context.enqueue(jsonBytes([key, value]), () => void this.map().set(key, String(value)));
  }
}

export class FakeTable extends ClientObject {
  model: TableModel | null = null;
  readonly rows: { add: (index: number | null | undefined, values: unknown[][]) => void };

  constructor(context: FakeContext, private readonly sheet: () => SheetModel, locate: (() => TableModel) | TableModel) {
    super(context);
    if (typeof locate === "function")
      this.created(() => {
        this.model = locate();
        return true;
      });
    else {
      this.model = locate;
      this.isNull = false;
    }
    this.rows = {
      add: (index, values) =>
        this.context.enqueue(jsonBytes(values), () => {
          const t = this.model!;
          if (index !== null && index !== undefined) throw new FakeOfficeError("NotImplemented", "The fake adds table rows at the end only.");
          if (!Array.isArray(values) || values.some((r) => !Array.isArray(r) || r.length !== t.rect.w)) throw new FakeOfficeError("InvalidArgument", "Table rows must have the table's width.");
          const s = this.sheet();
          const start = t.rect.r + t.rect.h;
          values.forEach((row, i) => row.forEach((v, j) => s.setValue(start + i, t.rect.c + j, v)));
          t.rect = { ...t.rect, h: t.rect.h + values.length };
        }),
    };
  }
  markLoaded(snap: Record<string, unknown>): void {
    this.existing(snap);
  }
  snapshotOf(names: string[]): Record<string, unknown> {
    return this.snapshot(names);
  }
  protected snapshot(names: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (n === "name") out.name = this.model!.name;
      else if (n === "style") out.style = this.model!.style ?? "TableStyleMedium2";
      else throw new FakeOfficeError("InvalidArgument", `Table.load("${n}") is not modelled by the fake.`);
    }
    return out;
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v, () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v)) throw new FakeOfficeError("InvalidArgument", `“${v}” is not a valid table name.`);
      if (this.context.model.sheets.some((s) => s.tables.some((t) => t !== this.model && t.name.toLowerCase() === v.toLowerCase())))
        throw new FakeOfficeError("ItemAlreadyExists", `A table named “${v}” exists.`);
      this.model!.name = v;
    });
  }
  set style(v: string) {
    this.write("style", v, () => (this.model!.style = v));
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.sheet(), rect: this.model!.rect }));
  }
}

export class FakeTables extends FakeCollection<FakeTable> {
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context);
  }
  protected list(): FakeTable[] {
    const s = this.ws.at();
    return s.tables.map((t) => {
      return new FakeTable(this.context, () => s, t);
    });
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    return new FakeTable(this.context, () => this.ws.at(), () => {
      const s = this.ws.at();
      const rect = typeof address === "string" ? parseA1(address) : address.at().rect;
      if (!rect) throw new FakeOfficeError("InvalidArgument", `“${String(address)}” is not an address.`);
      if (s.tables.some((t) => t.rect.r < rect.r + rect.h && rect.r < t.rect.r + t.rect.h && t.rect.c < rect.c + rect.w && rect.c < t.rect.c + t.rect.w))
        throw new FakeOfficeError("InvalidOperation", "A table cannot overlap another table.");
      if (s.mergesIn(rect).length) throw new FakeOfficeError("InvalidOperation", "A table cannot contain merged cells.");
      const all = this.context.model.sheets.flatMap((x) => x.tables);
      let i = all.length + 1;
      while (all.some((t) => t.name === `Table${i}`)) i++;
      const t: TableModel = { name: `Table${i}`, rect, hasHeaders };
      s.tables.push(t);
      return t;
    });
  }
}

/** workbook.tables: every table of every sheet (loaded by name). */
export class FakeAllTables extends FakeCollection<FakeTable> {
  protected list(): FakeTable[] {
    return this.context.model.sheets.flatMap((s) =>
      s.tables.map((t) => new FakeTable(this.context, () => s, t)),
    );
  }
}
