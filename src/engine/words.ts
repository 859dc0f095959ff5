/**
 * Amounts in Vietnamese words, as printed under totals ("Bằng chữ: …"):
 * "Mười sáu triệu bốn trăm bốn mươi lăm nghìn đồng chẵn".
 *
 * Rules (as finance forms write amounts): groups of three digits named nghìn, triệu, tỷ; above a tỷ the
 * part before it is read the same way and followed by "tỷ" ("một nghìn tỷ", "một triệu tỷ");
 * "không trăm" for an inner group below 100 ("một triệu không trăm năm mươi nghìn"); "lẻ" for a zero
 * tens digit ("một trăm lẻ năm"); "mười" for 10–19; "mốt" for a final 1 after 20+; "lăm" for a
 * final 5 after 10+; "bốn" (not "tư"); all-zero groups are skipped. Capital first letter, "đồng
 * chẵn" at the end; 0 → "Không đồng"; negative → "Âm …". The amount is rounded to whole đồng first.
 * Digits are handled as text, so there is no size limit short of exact integers in a JS number.
 */
import { roundDong, type Factor } from "./money";

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
/** Names of the groups below a tỷ: units, nghìn, triệu. */
const GROUPS = ["", "nghìn", "triệu"];
const GROUP = 3;
/** Digits below a tỷ. */
const BELOW_TY = GROUP * GROUPS.length;

/** Reads three digits; `inner`: something non-zero comes before (so "không trăm", "lẻ"). */
function readGroup(d: string, inner: boolean): string {
  const h = +d[0], t = +d[1], u = +d[2];
  const out: string[] = [];
  if (inner || h > 0) out.push(DIGITS[h], "trăm");
  const before = inner || h > 0;
  if (t === 0) {
    if (u > 0) {
      if (before) out.push("lẻ");
      out.push(DIGITS[u]);
    }
  } else {
    out.push(t === 1 ? "mười" : `${DIGITS[t]} mươi`);
    // digits compared as text: "1" and "5" have special names after a tens digit
    if (d[2] === "1" && t > 1) out.push("mốt");
    else if (d[2] === "5") out.push("lăm");
    else if (u > 0) out.push(DIGITS[u]);
  }
  return out.join(" ");
}

/** Reads a digit string without leading zeros below a tỷ; `inner` as in readGroup. */
function readBelowTy(digits: string, inner: boolean): string {
  const padded = digits.padStart(Math.ceil(digits.length / GROUP) * GROUP, "0");
  const n = padded.length / GROUP;
  const words: string[] = [];
  let started = inner;
  for (let i = 0; i < n; i++) {
    const g = padded.slice(i * GROUP, (i + 1) * GROUP);
    if (g === "000") continue;
    words.push(readGroup(g, started));
    const name = GROUPS[n - 1 - i];
    if (name) words.push(name);
    started = true;
  }
  return words.join(" ");
}

/** Reads a digit string without leading zeros (non-zero), any length. */
function readDigits(digits: string, inner = false): string {
  if (digits.length <= BELOW_TY) return readBelowTy(digits, inner);
  const head = digits.slice(0, -BELOW_TY);
  const tail = digits.slice(-BELOW_TY);
  const words = [readDigits(head, inner), "tỷ"];
  if (/[1-9]/.test(tail)) words.push(readBelowTy(tail, true));
  return words.join(" ");
}

/** The amount in words, e.g. 1200000 → "Một triệu hai trăm nghìn đồng chẵn". */
export function amountInWords(x: Factor): string {
  const n = roundDong(x);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Số quá lớn để đọc chính xác: ${x}`);
  if (n === 0) return "Không đồng";
  const text = `${readDigits(String(Math.abs(n)))} đồng chẵn`;
  const full = n < 0 ? `âm ${text}` : text;
  return full.charAt(0).toUpperCase() + full.slice(1);
}
