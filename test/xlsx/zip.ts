/**
 * A minimal zip writer and reader for tests: parts in any order, stored or deflated, and the
 * hostile variants a real writer never makes (a declared size that lies, an encrypted flag).
 */
import { crc32, deflateRawSync } from "zlib";
import * as yauzl from "yauzl";

export interface ZipPart {
  name: string;
  data: string | Buffer;
  /** Store instead of deflate. */
  stored?: boolean;
  /** Declared uncompressed size, when it must differ from the real one. */
  declaredSize?: number;
  encrypted?: boolean;
  /** Deflated bytes to store as they are (e.g. damaged ones), instead of deflating `data`. */
  compressed?: Buffer;
}

export function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = typeof p.data === "string" ? Buffer.from(p.data, "utf8") : p.data;
    const body = p.compressed ?? (p.stored ? raw : deflateRawSync(raw));
    const name = Buffer.from(p.name, "utf8");
    const size = p.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const flags = 0x0800 | (p.encrypted ? 1 : 0);
    const method = p.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0x5a210000, 10); // some DOS time and date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0x5a210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The parts of a zip (a real file, e.g. written by exceljs), in file order. */
export async function unzip(buf: Buffer): Promise<{ name: string; data: Buffer }[]> {
  const z = await yauzl.fromBufferPromise(buf, { lazyEntries: true });
  const out: { name: string; data: Buffer }[] = [];
  for await (const e of z.eachEntry()) {
    if (e.fileName.endsWith("/")) continue;
    const s = await z.openReadStreamPromise(e);
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    out.push({ name: e.fileName, data: Buffer.concat(chunks) });
  }
  z.close();
  return out;
}

/** Excel's part order: workbook and its rels first, then sheets, theme, styles, shared strings last. */
export function excelOrder(names: string[]): string[] {
  const rank = (n: string): number => {
    if (n === "[Content_Types].xml") return 0;
    if (n === "_rels/.rels") return 1;
    if (n === "xl/workbook.xml") return 2;
    if (n === "xl/_rels/workbook.xml.rels") return 3;
    if (n.startsWith("xl/worksheets/_rels/")) return 5;
    if (n.startsWith("xl/worksheets/")) return 4;
    if (n.startsWith("xl/theme/")) return 6;
    if (n === "xl/styles.xml") return 7;
    if (n === "xl/sharedStrings.xml") return 8;
    return 9;
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, "en", { numeric: true }));
}

/** Re-packs a zip with its parts in the given order. */
export async function repack(buf: Buffer, order: (names: string[]) => string[]): Promise<Buffer> {
  const parts = await unzip(buf);
  const byName = new Map(parts.map((p) => [p.name, p.data]));
  return zip(order(parts.map((p) => p.name)).map((name) => ({ name, data: byName.get(name)! })));
}
