/**
 * Merged-cell ranges per sheet name, read from the .xlsx zip without loading sheets into memory:
 * exceljs's streaming reader skips <mergeCell>, and merged cells in a roster must be reported.
 */
import unzipper from "unzipper";

const MERGE_RE = /<mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"/g;
const SHEET_RE = /<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"/g;
const SHEET_RE_ALT = /<sheet\b[^>]*?r:id="([^"]*)"[^>]*?name="([^"]*)"/g;
const REL_RE = /<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"/g;

function xmlDecode(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

async function entryText(entry: unzipper.File): Promise<string> {
  return (await entry.buffer()).toString("utf8");
}

/** Scans one worksheet entry chunk by chunk for <mergeCell ref="…">. */
async function scanEntry(entry: unzipper.File): Promise<string[]> {
  const found: string[] = [];
  let carry = "";
  for await (const chunk of entry.stream()) {
    const text = carry + (chunk as Buffer).toString("utf8");
    let m: RegExpExecArray | null;
    MERGE_RE.lastIndex = 0;
    while ((m = MERGE_RE.exec(text))) found.push(m[1]);
    carry = text.slice(-64);
    // avoid counting a match twice: drop a complete match from the carried tail
    const last = carry.lastIndexOf("<mergeCell");
    if (last >= 0 && carry.indexOf("/>", last) >= 0) carry = carry.slice(carry.indexOf("/>", last) + 2);
  }
  return [...new Set(found)];
}

export async function readMerges(file: string): Promise<Map<string, string[]>> {
  const dir = await unzipper.Open.file(file);
  const byPath = new Map(dir.files.map((f) => [f.path, f]));
  const wb = byPath.get("xl/workbook.xml");
  const rels = byPath.get("xl/_rels/workbook.xml.rels");
  const out = new Map<string, string[]>();
  if (!wb || !rels) return out;
  const relText = await entryText(rels);
  const target = new Map<string, string>();
  for (const m of relText.matchAll(REL_RE)) target.set(m[1], m[2].replace(/^\/?xl\//, "").replace(/^\//, ""));
  const wbText = await entryText(wb);
  const sheets: [string, string][] = [...wbText.matchAll(SHEET_RE)].map((m) => [xmlDecode(m[1]), m[2]]);
  if (!sheets.length) for (const m of wbText.matchAll(SHEET_RE_ALT)) sheets.push([xmlDecode(m[2]), m[1]]);
  for (const [name, rid] of sheets) {
    const t = target.get(rid);
    const entry = t && byPath.get(`xl/${t}`);
    if (entry) out.set(name, await scanEntry(entry));
  }
  return out;
}
