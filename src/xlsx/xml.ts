/**
 * One SAX pass over a part (saxes, no namespaces, no position tracking: the sheet handler knows
 * its row). Guards against hostile XML: a DOCTYPE (entity expansion) is refused, and no run of
 * characters between two "<" may exceed a bound, so the parser never buffers a gigabyte of text or
 * one giant tag. Parser errors become one located Vietnamese message.
 */
import type { Readable } from "stream";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { InputFileError, RESAVE_EN, RESAVE_VI, type FileWhere } from "./errors";

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(t: string): void;
  /** Extra location for messages (e.g. the row being read). */
  where?(): { row?: number };
}

/** Thrown by a handler to stop reading a part early (e.g. after the first rows of a sheet). */
export class StopParsing extends Error {}

/** The local name of a tag: "x:row" → "row" (some writers prefix the spreadsheet namespace). */
export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * The number of characters since the last "<" once `chunk` is read, `run` being that number before
 * it; more than maxRun as soon as any gap between two "<" is longer than maxRun.
 */
function runAfter(chunk: string, run: number, maxRun: number): number {
  let prev = chunk.indexOf("<");
  if (prev < 0) return run + chunk.length;
  if (run + prev > maxRun) return run + prev;
  if (chunk.length <= maxRun) return chunk.length - chunk.lastIndexOf("<") - 1;
  for (let pos = chunk.indexOf("<", prev + 1); pos >= 0; pos = chunk.indexOf("<", prev + 1)) {
    if (pos - prev - 1 > maxRun) return pos - prev - 1;
    prev = pos;
  }
  return chunk.length - prev - 1;
}

/** Parses a part's text stream with `h`. Returns false when the handler stopped early. */
export async function parseXml(stream: Readable, h: XmlHandler, where: FileWhere, maxRun: number, onStreamError: (row?: number) => InputFileError): Promise<boolean> {
  const p = new SaxesParser({ xmlns: false, position: false });
  let failure: InputFileError | null = null;
  const fail = (vi: string, en: string) => {
    const row = h.where?.().row;
    failure ??= new InputFileError("XML_INVALID", { ...where, ...(row ? { row } : {}) },
      `nội dung XML bị hỏng: ${vi}; ${RESAVE_VI}.`, `the XML content is damaged: ${en}; ${RESAVE_EN}.`);
    return failure;
  };
  p.on("error", () => {
    throw fail("cấu trúc không hợp lệ", "invalid structure");
  });
  p.on("doctype", () => {
    throw fail("có khai báo DOCTYPE (không có trong tệp Excel)", "it has a DOCTYPE declaration (never in Excel files)");
  });
  p.on("opentag", (t: SaxesTagPlain) => h.open(localName(t.name), t.attributes));
  p.on("closetag", (t: SaxesTagPlain) => h.close(localName(t.name)));
  p.on("text", (t: string) => h.text(t));
  p.on("cdata", (t: string) => h.text(t));
  let run = 0;
  let first = true;
  try {
    for await (let chunk of stream as AsyncIterable<string>) {
      if (first) {
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
        first = false;
      }
      run = runAfter(chunk, run, maxRun);
      if (run > maxRun) {
        const row = h.where?.().row;
        throw new InputFileError("XML_TEXT_TOO_LONG", { ...where, ...(row ? { row } : {}) },
          `có một đoạn văn bản hoặc thẻ XML dài hơn ${maxRun.toLocaleString("vi-VN")} ký tự, không thể là nội dung ô Excel (tối đa 32.767 ký tự); ${RESAVE_VI}.`,
          `a text or XML tag is longer than ${maxRun} characters, impossible for Excel cell content (at most 32,767 characters); ${RESAVE_EN}.`);
      }
      p.write(chunk);
    }
    p.close();
  } catch (e) {
    if (e instanceof StopParsing) {
      stream.destroy();
      return false;
    }
    stream.destroy();
    if (e instanceof InputFileError) throw e;
    if (failure) throw failure;
    throw onStreamError(h.where?.().row);
  }
  return true;
}
