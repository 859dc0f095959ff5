/**
 * Notes on the parameter values an estimate used (the "unconfirmed" and "user-supplied" lists):
 * one note per run of consecutive values of a key with the same value and layer, so a value the
 * pack repeats from a later date (e.g. a fixed amount restated when LCS changes) is listed once.
 */
import type { Resolved } from "./law";
import { citationOf } from "./ledger";

export interface ParamNote {
  key: string;
  label: string;
  value: string;
  from: string;
  to: string | null;
  citation: string;
  confidence: string;
  layer: string;
  note?: string;
}

function valueText(r: Resolved): string {
  return typeof r.value === "string" ? r.value : r.value.brackets.map((b) => `≥${b.min}: ${b.value}`).join("; ");
}

function joinUnique(a: string | undefined, b: string | undefined, sep: string): string | undefined {
  if (!a || !b || a === b) return a ?? b;
  return a.split(sep).includes(b) ? a : `${a}${sep}${b}`;
}

/** Notes of `used` (sorted by key, then date), consecutive equal values merged. */
export function paramNotes(used: Resolved[]): ParamNote[] {
  const out: ParamNote[] = [];
  for (const r of used) {
    const value = valueText(r);
    const prev = out[out.length - 1];
    if (prev && prev.key === r.key && prev.value === value && prev.layer === r.layer) {
      prev.to = r.to;
      prev.citation = joinUnique(prev.citation, citationOf(r), "; ")!;
      const note = joinUnique(prev.note, r.note, " ");
      if (note) prev.note = note;
      continue;
    }
    out.push({
      key: r.key, label: r.label, value, from: r.from, to: r.to, citation: citationOf(r), confidence: r.confidence, layer: r.layer,
      ...(r.note ? { note: r.note } : {}),
    });
  }
  return out;
}
