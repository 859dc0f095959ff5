/**
 * Fuzz (fast-check): random rosters — valid rows with cells swapped for random or hostile values
 * (text, numbers, dates, booleans, error cells, formulas with and without results, rich text,
 * long strings), random hidden rows and merges — never crash the readers, and every error they
 * yield is located: sheet and Excel row, and the column when a cell is at fault. Some go through
 * a real .xlsx file and src/xlsx as well.
 */
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { resolvePack } from "../../src/packs";
import { readWorkbook, thamSoToOverride, type RosterIssue, type SheetData } from "../../src/roster";
import { InputFileError, readXlsxFile } from "../../src/xlsx";
import { xlsx, type Cell } from "../xlsx/book";
import { DS, DV, NV, person, row, TS, UNITS, LEAVER } from "./build";

jest.setTimeout(120000);

const pack = resolvePack("central");

/** Errors not about one row: the workbook has no roster sheet, a sheet has no header, too many issues. */
const WORKBOOK_LEVEL = new Set(["SHEET_NOT_FOUND", "ISSUES_TRUNCATED"]);
const SHEET_LEVEL = new Set(["HEADER_NOT_FOUND"]);
/** Errors about a row rather than a cell. */
const ROW_LEVEL = new Set(["TOO_MANY_ROWS", "DANHSACH_EMPTY"]);

function unlocated(issues: RosterIssue[]): RosterIssue[] {
  return issues.filter((i) => {
    if (i.severity !== "error" || WORKBOOK_LEVEL.has(i.code)) return false;
    if (!i.sheet) return true;
    if (SHEET_LEVEL.has(i.code)) return false;
    if (!(typeof i.row === "number" && i.row >= 1)) return true;
    return !ROW_LEVEL.has(i.code) && !i.column;
  });
}

const anyText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom("", "  ", "Trưởng thôn", "Bí thư chi bộ", "x", "Có", "Không", "Bắt buộc", "Tự nguyện", "31/02/2026", "01/07/2026", "1.200.000", "1,5", "abc", "Tổng cộng", "VD", "#N/A", "=SUM(A1)", "15 năm 3 tháng", "200 năm"),
  fc.string({ minLength: 200, maxLength: 2000 }),
);
const anyNumber = fc.oneof(
  fc.double({ noNaN: true }),
  fc.integer({ min: -10, max: 100000 }),
  fc.constantFrom(0, 1e-10, 1.2, 3795000, 1e12, 9007199254740991, 2 ** 53 + 2, 46204, Infinity, -Infinity, NaN),
);
const anyDate = fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2300, 0, 1)) });
/** A hostile or random cell as SheetData may hold it. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  anyText, anyNumber, fc.boolean(), anyDate, fc.constant(null),
  fc.constantFrom({ error: "#N/A" }, { error: "#VALUE!" }, { formula: "DATE(2026,7,1)" }, { formula: "1/0", error: "#DIV/0!" }, { formula: "A1", result: 1.2 }, { formula: "B1", result: "" }),
  anyText.map((t) => ({ richText: [{ text: t }, { text: "!" }] })),
  fc.constant(new Date(NaN)),
);

interface Mutation {
  sheet: number;
  row: number;
  col: number;
  value: unknown;
}

/** A valid roster (DanhSach, DonVi, ThamSo, NghiViec) as rows of cells, header first. */
function baseSheets(n: number): unknown[][][] {
  const ds = [DS, ...Array.from({ length: n }, (_, i) => person({}, i + 1))];
  const dv = [DV, ...UNITS];
  const ts = [TS, ["luongCoSo", 2600000, "01/01/2027", "NĐ"], ["caiDat.goi", "central"]];
  const nv = [NV, row(NV, LEAVER)];
  return [ds, dv, ts, nv];
}
const NAMES = ["DanhSach", "DonVi", "ThamSo", "NghiViec"];

const mutations = (n: number) =>
  fc.array(fc.record({ sheet: fc.nat(3), row: fc.nat(n + 1), col: fc.nat(12), value: anyCell }), { maxLength: 12 });

function mutate(sheets: unknown[][][], ms: Mutation[]): unknown[][][] {
  const out = sheets.map((s) => s.map((r) => [...r]));
  for (const m of ms) {
    const s = out[m.sheet];
    const r = s[m.row % s.length];
    r[m.col] = m.value;
  }
  return out;
}

/** Runs with errors, and distinct error codes seen: the fuzz must exercise the error paths. */
const seen = { runs: 0, withErrors: 0, codes: new Set<string>() };

function check(sheets: SheetData[]): void {
  const r = readWorkbook(sheets, pack);
  expect(unlocated(r.issues)).toEqual([]);
  const o = thamSoToOverride(r.thamSo, pack);
  expect(o.issues.filter((i) => i.severity === "error" && !(i.sheet && i.row && i.column))).toEqual([]);
  const errors = [...r.issues, ...o.issues].filter((i) => i.severity === "error");
  seen.runs++;
  if (errors.length) seen.withErrors++;
  for (const e of errors) seen.codes.add(e.code);
}

test("the locating check itself catches an error without a row or column", () => {
  const base = { severity: "error" as const, message: "", messageEn: "" };
  expect(unlocated([{ ...base, code: "NOT_A_NUMBER", sheet: "DanhSach", row: 2 }])).toHaveLength(1);
  expect(unlocated([{ ...base, code: "NOT_A_NUMBER", sheet: "DanhSach" }])).toHaveLength(1);
  expect(unlocated([{ ...base, code: "NOT_A_NUMBER", row: 2, column: "Hệ số" }])).toHaveLength(1);
  expect(unlocated([{ ...base, code: "NOT_A_NUMBER", sheet: "DanhSach", row: 2, column: "Hệ số" }])).toHaveLength(0);
});

test("random rosters as Office.js or a reader hands them over: no crash, every error located", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(fc.constant(n), mutations(n), fc.subarray([0, 1, 2, 3]), fc.array(fc.nat(10), { maxLength: 3 }), fc.array(fc.constantFrom("B2:B3", "A1:L1", "C3:D4", "G2:G9"), { maxLength: 2 }))),
      ([n, ms, hidden, hiddenRows, merges]) => {
        const rows = mutate(baseSheets(n), ms);
        const sheets: SheetData[] = rows.map((r, i) => ({
          name: NAMES[i], rows: r, ...(hidden.includes(i) && i > 0 ? { hidden: true } : {}), ...(i === 0 ? { hiddenRows, merges } : {}),
        }));
        check(sheets);
      },
    ),
    { numRuns: 300 },
  );
  // Most runs hit errors, of many kinds: the property is not checked on valid rosters only.
  expect(seen.withErrors).toBeGreaterThan(seen.runs / 2);
  expect(seen.codes.size).toBeGreaterThan(15);
});

const dir = mkdtempSync(join(tmpdir(), "dutoan-fuzz-"));

/** Drops the characters XML 1.0 cannot hold (a file cannot carry them; Excel escapes them). */
function xmlSafe(s: string): string {
  return [...s].filter((ch) => {
    const c = ch.codePointAt(0)!;
    return c === 9 || c === 10 || c === 13 || (c >= 32 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || c > 0xffff;
  }).join("");
}

/** Cells a file can hold (what src/xlsx can write back out). */
const fileCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ maxLength: 30 }).map(xmlSafe),
  fc.constantFrom("Trưởng thôn", "x", "01/07/2026", "abc", "Tổng cộng", "200 năm", "1.200.000"),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2200, 0, 1)) }),
  fc.constantFrom<Cell>({ f: "DATE(2026,7,1)" }, { f: "1/0", error: "#DIV/0!" }, { f: "A1", v: 1.2 }, { error: "#REF!" }, { inline: "Bí thư chi bộ" }, null),
);

test("random rosters written as .xlsx files and read back with src/xlsx: no crash, every error located", async () => {
  let k = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.record({ sheet: fc.nat(3), row: fc.nat(n + 1), col: fc.nat(12), value: fileCell }), { maxLength: 10 }), fc.array(fc.nat(8), { maxLength: 2 }))),
      async ([n, ms, hiddenRows]) => {
        const rows = mutate(baseSheets(n), ms) as Cell[][][];
        const file = join(dir, `f${++k}.xlsx`);
        writeFileSync(file, xlsx({ sheets: rows.map((r, i) => ({ name: NAMES[i], rows: r, ...(i === 0 ? { hiddenRows } : {}) })) }));
        let sheets: SheetData[];
        try {
          sheets = await readXlsxFile(file);
        } catch (e) {
          // Only a located file error may stop the read.
          expect(e).toBeInstanceOf(InputFileError);
          expect((e as InputFileError).issue.sheet ?? (e as InputFileError).issue.part).toBeTruthy();
          return;
        }
        check(sheets);
      },
    ),
    { numRuns: 40 },
  );
});
