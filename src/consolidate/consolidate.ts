/**
 * The province-wide sum of many communes' estimates. Pure: the outcomes come in (any order), the
 * consolidation comes out (files in path order, communes in Vietnamese order). A commune found in two
 * workbooks is counted in neither: both files become failures naming each other, so no figure is
 * ever counted twice and the officer decides which file is right.
 */
import { addTotals, emptyTotals } from "../engine/aggregate";
import { collator } from "../engine/totals";
import type { ParamNote } from "../engine/notes";
import { communeKey } from "./key";
import type { CommuneNotes, CommuneRow, Consolidation, FileEstimate, FileFailure, FileOutcome, FileSkipped, PackUsed, ParamUse } from "./types";

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Files sharing a commune: each becomes a failure naming the commune and the other files. */
function duplicates(done: FileEstimate[]): { kept: FileEstimate[]; failed: FileFailure[] } {
  const files = new Map<string, FileEstimate[]>();
  for (const f of done)
    for (const c of f.communes) {
      const k = communeKey(c.xa);
      const list = files.get(k) ?? [];
      if (!list.includes(f)) list.push(f);
      files.set(k, list);
    }
  const problems = new Map<FileEstimate, string[]>();
  for (const [k, list] of files) {
    if (list.length < 2) continue;
    for (const f of list) {
      const xa = f.communes.find((c) => communeKey(c.xa) === k)!.xa;
      const others = list.filter((g) => g !== f).map((g) => `“${g.file}”`).join(", ");
      const msgs = problems.get(f) ?? [];
      msgs.push(`${xa} có trong cả tệp “${f.file}” và ${others}: không tệp nào được tổng hợp để không tính hai lần. Giữ một tệp đúng cho mỗi xã (chuyển tệp kia ra khỏi thư mục) rồi chạy lại.`);
      problems.set(f, msgs);
    }
  }
  const failed = [...problems].map(([f, msgs]): FileFailure => ({ ok: false, file: f.file, errors: msgs.map((message) => ({ severity: "error", code: "XA_TRUNG", message, value: f.file })), seconds: f.seconds }));
  return { kept: done.filter((f) => !problems.has(f)), failed };
}

function communeRows(done: FileEstimate[]): CommuneRow[] {
  const rows = done.flatMap((f) => f.communes.map((c): CommuneRow => ({ ...c, file: f.file, packId: f.pack.id, warnings: f.warnings.length })));
  return rows.sort((a, b) => collator.compare(a.xa, b.xa) || byFile(a, b));
}

/** Every built-in parameter value used, with how many communes used it (key, value, dates, layer). */
function paramUses(done: FileEstimate[]): ParamUse[] {
  const uses = new Map<string, ParamUse>();
  for (const f of done)
    for (const note of f.params) {
      const k = [note.key, note.value, note.from, note.to, note.layer].join("|");
      const u = uses.get(k);
      if (u) u.communes += f.communes.length;
      else uses.set(k, { note, communes: f.communes.length });
    }
  return [...uses.values()].sort((a, b) => (a.note.key < b.note.key ? -1 : a.note.key > b.note.key ? 1 : a.note.from < b.note.from ? -1 : 1));
}

function notesOf(done: FileEstimate[], pick: (f: FileEstimate) => ParamNote[]): CommuneNotes[] {
  return done.filter((f) => pick(f).length).map((f) => ({ file: f.file, communes: f.communes.map((c) => c.xa), notes: pick(f) }));
}

function packsOf(done: FileEstimate[]): PackUsed[] {
  const packs = new Map<string, PackUsed>();
  for (const f of done) packs.set(f.pack.id, f.pack);
  return [...packs.values()];
}

export function consolidate(year: number, outcomes: FileOutcome[]): Consolidation {
  const sorted = [...outcomes].sort(byFile);
  const dup = duplicates(sorted.filter((o): o is FileEstimate => o.ok === true));
  const done = dup.kept;
  const failed = [...sorted.filter((o): o is FileFailure => o.ok === false), ...dup.failed].sort(byFile);
  const skipped = sorted.filter((o): o is FileSkipped => o.ok === null);
  const totals = emptyTotals();
  const byQuarter = [1, 2, 3, 4].map((quarter) => ({ quarter, totals: emptyTotals() }));
  for (const f of done) {
    addTotals(totals, f.totals);
    f.byQuarter.forEach((q, i) => addTotals(byQuarter[i].totals, q));
  }
  return {
    year,
    packs: packsOf(done),
    files: { total: outcomes.length, done: done.length, failed: failed.length, skipped: skipped.length },
    totals,
    byQuarter,
    communes: communeRows(done),
    failed,
    skipped,
    params: paramUses(done),
    unconfirmed: notesOf(done, (f) => f.unconfirmed),
    userSupplied: notesOf(done, (f) => f.userSupplied),
  };
}
