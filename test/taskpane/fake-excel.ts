/**
 * A small in-memory Excel for the task pane's adapters: worksheets with a grid of cells, ranges
 * that record what is written (values, number formats, in which order), and a sync counter.
 * Reading a property before load()+sync() is not modelled; the adapters load before they read.
 */
export class FakeRange {
  isNullObject = false;
  formatSetBeforeValues = true;
  private fmt: string[][] | undefined;
  format = { font: { bold: false }, wrapText: false, columnWidth: 0 };
  constructor(
    private sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}
  load(): void {}
  get address(): string {
    const a1 = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
    return `${this.sheet.name}!${a1(this.row, this.col)}:${a1(this.row + this.rows - 1, this.col + this.cols - 1)}`;
  }
  set numberFormat(f: string[][]) {
    this.fmt = f;
    f.forEach((r, i) => r.forEach((v, j) => this.sheet.formats.set(`${this.row + i},${this.col + j}`, v)));
  }
  get numberFormat(): string[][] {
    return this.fmt ?? [];
  }
  set values(v: unknown[][]) {
    if (!this.fmt) this.formatSetBeforeValues = false;
    v.forEach((r, i) => r.forEach((x, j) => this.sheet.cells.set(`${this.row + i},${this.col + j}`, x)));
    this.sheet.writes.push(this);
  }
  get values(): unknown[][] {
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => this.sheet.cells.get(`${this.row + i},${this.col + j}`) ?? ""));
  }
  getMergedAreasOrNullObject() {
    const merges = this.sheet.merges;
    return { isNullObject: merges.length === 0, address: merges.map((m) => `${this.sheet.name}!${m}`).join(","), load() {} };
  }
}

export class FakeSheet {
  cells = new Map<string, unknown>();
  formats = new Map<string, string>();
  writes: FakeRange[] = [];
  merges: string[] = [];
  constructor(public name: string, rows: unknown[][] = []) {
    rows.forEach((r, i) => r.forEach((v, j) => this.cells.set(`${i},${j}`, v)));
  }
  cell(r: number, c: number): unknown {
    return this.cells.get(`${r},${c}`);
  }
  getRangeByIndexes(r: number, c: number, h: number, w: number): FakeRange {
    return new FakeRange(this, r, c, h, w);
  }
  getUsedRangeOrNullObject(): FakeRange {
    let rows = 0;
    let cols = 0;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    const range = new FakeRange(this, 0, 0, rows, cols);
    if (!rows) range.isNullObject = true;
    return range;
  }
}

export function fakeContext(sheets: FakeSheet[]) {
  const state = { syncs: 0, suspended: 0 };
  const context = {
    workbook: {
      worksheets: {
        items: sheets,
        load() {},
        add(name: string) {
          if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`sheet exists: ${name}`);
          const s = new FakeSheet(name);
          sheets.push(s);
          return s;
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => void state.suspended++ },
    },
    sync: async () => void state.syncs++,
  };
  return { context: context as unknown as Excel.RequestContext, state, sheets };
}
