/**
 * Coercing Excel arguments: a cell may hold a serial date, a dd/mm/yyyy text, a number typed as
 * text ("1,5"), a blank (null: Excel passes an empty cell so) or an error. Bad input becomes #VALUE! with a
 * Vietnamese message.
 */
import { excelSerialToIso, isValidIso, parseVnDate, type IsoDate } from "../engine/calendar";

export class ArgError extends Error {}

/** The Office runtime's CustomFunctions global, when present (absent under Jest and the CLI build). */
interface CustomFunctionsGlobal {
  Error: new (code: unknown, message?: string) => unknown;
  ErrorCode: { invalidValue: unknown };
}

function customFunctions(): CustomFunctionsGlobal | undefined {
  const cf = (globalThis as { CustomFunctions?: CustomFunctionsGlobal }).CustomFunctions;
  return cf && cf.Error ? cf : undefined;
}

/** The error Excel shows: #VALUE! with our message (a plain Error outside Excel, e.g. Jest). */
export function excelError(message: string): Error {
  const cf = customFunctions();
  if (cf) return new cf.Error(cf.ErrorCode.invalidValue, message) as unknown as Error;
  return new ArgError(message);
}

export function toIsoDate(x: unknown, argName: string): IsoDate {
  if (typeof x === "number") {
    const s = excelSerialToIso(x);
    if (s) return s;
  } else if (typeof x === "string") {
    const t = x.trim();
    const s = parseVnDate(t) ?? (isValidIso(t) ? t : null);
    if (s) return s;
  }
  throw excelError(`${argName}: "${x ?? ""}" không phải ngày hợp lệ (cần ngày Excel hoặc dd/mm/yyyy).`);
}
