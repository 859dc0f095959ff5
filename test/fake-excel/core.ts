/**
 * The request/response machinery of the strict Office.js fake, as Excel behaves (stack.md §7 of the
 * project's notes; docs.microsoft.com "resource limits"):
 * - every method call and property write is queued and applied at `context.sync()`, in order;
 * - a property can be read only after `load()` and a `sync()` (else PropertyNotLoaded), and
 *   `isNullObject` only after the sync that created the object;
 * - a request or a response over 5 MB fails the whole sync (RequestPayloadSizeLimitExceeded /
 *   ResponsePayloadSizeLimitExceeded); sizes are the UTF-8 bytes of the JSON each operation carries;
 * - every sync is counted with its request size, response size and operation count.
 */
import type { WorkbookModel } from "./model";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Bytes an operation costs beyond its arguments (method name, object path, ids). */
export const OPERATION_OVERHEAD = 40;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { code: string; message: string; errorLocation?: string } = { code, message },
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** UTF-8 bytes of the JSON text of a value. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v);
  if (s === undefined) return 0;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) n += 1;
    else if (code >= 0xd800 && code < 0xdc00) {
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

interface Outcome {
  /** Bytes the response carries for this operation. */
  bytes: number;
  /** Applied to the proxies once the whole sync has succeeded (loaded values, isNullObject). */
  apply?: () => void;
}

interface Operation {
  bytes: number;
  run: () => Outcome | void;
}

export class FakeContext {
  private queue: Operation[] = [];

  constructor(readonly model: WorkbookModel) {}

  /**
   * An API of ExcelApi 1.`minor`: on a host with an older set the sync fails (ApiNotFound), as
   * Excel does, so the pane's tests can run on a host of the set the manifest declares.
   */
  requires(minor: number, api: string): void {
    if (this.model.excelApi >= minor) return;
    this.enqueue(0, () => {
      throw new FakeOfficeError("ApiNotFound", `${api} needs ExcelApi 1.${minor}; this host has ExcelApi 1.${this.model.excelApi}.`);
    });
  }

  enqueue(bytes: number, run: () => Outcome | void): void {
    this.queue.push({ bytes: OPERATION_OVERHEAD + bytes, run });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const stats = this.model.stats;
    const request = ops.reduce((a, o) => a + o.bytes, 0);
    stats.syncs++;
    stats.requests.push(request);
    stats.operations.push(ops.length);
    // Excel answers asynchronously: let the page breathe as it would
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (request > PAYLOAD_LIMIT) {
      stats.responses.push(0);
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${request} bytes).`);
    }
    let response = 0;
    const applies: (() => void)[] = [];
    try {
      for (const op of ops) {
        const out = op.run();
        if (!out) continue;
        response += out.bytes;
        if (out.apply) applies.push(out.apply);
      }
    } finally {
      for (const s of this.model.sheets) s.recalcWritten();
    }
    stats.responses.push(response);
    if (response > PAYLOAD_LIMIT)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${response} bytes).`);
    for (const a of applies) a();
  }
}

/** Property names of a load() argument: "a, b", ["a", "b"], { select: "a,b" }; "items/x" kept as is. */
export function loadedNames(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadedNames(s));
  if (typeof spec === "object" && "select" in (spec as object)) return loadedNames((spec as { select: unknown }).select);
  throw new FakeOfficeError("InvalidArgument", `load(): unsupported argument ${JSON.stringify(spec)}`);
}

/** Base of every proxy: loaded values arrive at sync; reading before that throws as Excel does. */
export abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();
  protected isNull: boolean | undefined;

  constructor(readonly context: FakeContext) {}

  get isNullObject(): boolean {
    if (this.isNull === undefined)
      throw new FakeOfficeError("PropertyNotLoaded", `isNullObject of ${this.constructor.name} is not available before context.sync().`);
    return this.isNull;
  }

  /** The value of a loaded property; PropertyNotLoaded otherwise. */
  protected read<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' of ${this.constructor.name} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(name) as T;
  }

  /** A property write: queued; the proxy remembers the written value as Office.js does. */
  protected write(name: string, value: unknown, apply: () => void): void {
    this.loaded.set(name, value);
    this.context.enqueue(jsonBytes(value) + name.length, apply);
  }

  /** Queues the creation of this proxy; `locate` runs at sync and returns false for a null object. */
  protected created(locate: () => boolean): void {
    this.context.enqueue(20, () => {
      const found = locate();
      return { bytes: 8, apply: () => (this.isNull = !found) };
    });
  }

  /** Marks an object that exists without a request (an item of a loaded collection). */
  protected existing(values: Record<string, unknown>): void {
    this.isNull = false;
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  load(spec?: unknown): this {
    const names = loadedNames(spec);
    if (!names.length) throw new FakeOfficeError("InvalidArgument", `load() of ${this.constructor.name} without property names loads everything: name the properties.`);
    this.context.enqueue(jsonBytes(names), () => {
      const snap = this.isNullNow() ? {} : this.snapshot(names);
      return { bytes: this.responseBytes(snap), apply: () => Object.entries(snap).forEach(([k, v]) => this.loaded.set(k, v)) };
    });
    return this;
  }

  /** Bytes of the response that carries a snapshot. */
  protected responseBytes(snap: Record<string, unknown>): number {
    return jsonBytes(snap);
  }

  /** True while executing a sync when the object turned out to be a null object. */
  protected isNullNow(): boolean {
    return false;
  }

  /** The current values of the named properties (at sync time). */
  protected abstract snapshot(names: string[]): Record<string, unknown>;
}

/** Adds write-only properties that queue a format write (`path` + name) on the target's rectangle(s). */
export function formatSetters(target: object, names: string[], write: (name: string, value: unknown) => void): void {
  for (const name of names)
    Object.defineProperty(target, name, {
      enumerable: true,
      get() {
        throw new FakeOfficeError("PropertyNotLoaded", `The format property '${name}' is not available: load it and call context.sync() first.`);
      },
      set(v: unknown) {
        write(name, v);
      },
    });
}
