/**
 * A strict in-memory Excel for the task pane's tests (Jest) and for the browser test's office.js
 * stub: `fakeExcel(model)` gives `Excel.run` and a request context; `fakeOffice(model)` the parts of
 * `Office` the pane uses (onReady, requirement sets, document settings). See core.ts for the rules
 * it enforces (load + sync before read, writes at sync, shapes, 5 MB payloads, sync counts).
 */
import { FakeContext, FakeOfficeError, PAYLOAD_LIMIT } from "./core";
import { parseA1, WorkbookModel, SheetModel } from "./model";
import { FakeRange } from "./range";
import { FakeAllTables, FakeNames, FakeWorksheets } from "./sheet";

export { FakeOfficeError, PAYLOAD_LIMIT, WorkbookModel, SheetModel };
export { parseA1, rectAddress, colLetters } from "./model";

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly tables: FakeAllTables;
  readonly application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };
  private readonly workbookNames = new Map<string, string>();

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheets(context);
    this.names = new FakeNames(context, () => this.workbookNames);
    this.tables = new FakeAllTables(context);
    const stats = context.model.stats;
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        context.requires(6, "suspendApiCalculationUntilNextSync");
        context.enqueue(0, () => void stats.calcSuspended++);
      },
      suspendScreenUpdatingUntilNextSync: () => context.enqueue(0, () => void stats.screenSuspended++),
    };
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const m = this.context.model;
      const sel = m.selection;
      const sheet = sel ? m.sheet(sel.sheet) : m.sheets[0];
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "No sheet.");
      return { sheet, rect: (sel && parseA1(sel.address)) || { r: 0, c: 0, h: 1, w: 1 } };
    });
  }
}

export class FakeRequestContext extends FakeContext {
  readonly workbook: FakeWorkbook;
  constructor(model: WorkbookModel) {
    super(model);
    this.workbook = new FakeWorkbook(this);
  }
}

/** `Excel.run` over the model, and a bare context for adapters that take one. */
export function fakeExcel(model: WorkbookModel) {
  return {
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const context = new FakeRequestContext(model);
      const out = await batch(context as unknown as Excel.RequestContext);
      await context.sync();
      return out;
    },
    context: () => new FakeRequestContext(model) as unknown as Excel.RequestContext,
  };
}

export interface FakeOfficeOptions {
  /** Highest ExcelApi minor version the fake host supports (default 17). */
  excelApi?: number;
  host?: string;
}

/** The parts of `Office` the pane uses. */
export function fakeOffice(model: WorkbookModel, o: FakeOfficeOptions = {}) {
  const pending: Record<string, unknown> = { ...model.settings };
  const excelApi = o.excelApi ?? model.excelApi;
  model.excelApi = excelApi;
  return {
    HostType: { Excel: "Excel" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: o.host ?? "Excel", platform: "OfficeOnline" };
      return Promise.resolve(info).then((i) => {
        callback?.(i);
        return i;
      });
    },
    context: {
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const minor = minVersion === undefined ? 1 : Number(String(minVersion).split(".")[1] ?? 0);
          if (name === "ExcelApi") return minor <= excelApi;
          return name === "SharedRuntime" && minor <= 1;
        },
      },
      document: {
        settings: {
          get: (k: string) => (k in pending ? pending[k] : null),
          set: (k: string, v: unknown) => void (pending[k] = v),
          remove: (k: string) => void delete pending[k],
          saveAsync: (cb?: (r: { status: string }) => void) => {
            model.settings = JSON.parse(JSON.stringify(pending)) as Record<string, unknown>;
            setTimeout(() => cb?.({ status: "succeeded" }), 0);
          },
        },
      },
    },
  };
}
