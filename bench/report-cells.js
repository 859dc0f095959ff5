#!/usr/bin/env node
/**
 * Helper of bench/cli.js: the yardstick for `dutoan estimate --out`.
 *   node bench/report-cells.js dump <roster.xlsx> <cells.jsonl>
 *     runs the pipeline once and writes every cell of the estimate workbook (values, formulas with
 *     results, styles, heights, merges, widths) as JSON lines: what the bare pipeline must write.
 *   require("./report-cells").bare(roster, cells, out)
 *     the bare exceljs pipeline: streaming read of the roster (every cell touched), then a styled
 *     streaming write of the dumped cells with shared style objects — the same writer options and the
 *     same back-pressure as src/cli/xlsx/write.ts, none of its model. Prints {ms, readMs, dumpMs, …}.
 */
const ExcelJS = require("exceljs");
const { createReadStream, createWriteStream, rmSync } = require("fs");
const { once } = require("events");
const readline = require("readline");

function xStyle(s) {
  const x = { font: { name: s.font.name, size: s.font.size, bold: !!s.font.bold, italic: !!s.font.italic, underline: !!s.font.underline }, numFmt: s.numFmt };
  if (s.horizontal || s.vertical || s.wrap) x.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: !!s.wrap };
  if (s.border) x.border = Object.fromEntries(Object.entries(s.border).map(([k, v]) => [k, { style: v }]));
  if (s.fill) x.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill}` } };
  return x;
}

async function dump(roster, target) {
  const { readRoster } = require("../build/cli/inputs");
  const { runEstimate } = require("../build/app");
  const { buildReport } = require("../build/report/build");
  const r = runEstimate(await readRoster(roster), { year: 2026, packId: "hung-yen", frontDoor: "cli" });
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  const book = buildReport({ result: r.result, summary: r.summary, pack: r.pack, settings: r.settings.workbook });
  const out = createWriteStream(target);
  const ids = new Map();
  const defs = [];
  const write = async (o) => {
    if (!out.write(JSON.stringify(o) + "\n")) await once(out, "drain");
  };
  for (const s of book.sheets) {
    await write({ sheet: s.name, widths: s.columns.map((c) => c.width), freeze: s.freeze, print: s.print });
    for (const row of s.rows()) {
      const st = [];
      for (const x of row.styles) {
        if (x && !ids.has(x)) {
          ids.set(x, defs.length);
          defs.push(x);
          await write({ style: ids.get(x), def: xStyle(x) });
        }
        st.push(x ? ids.get(x) : -1);
      }
      await write({ v: row.values.map((v) => (v && typeof v === "object" ? { formula: v.formula, result: v.result } : v)), s: st, h: row.height, m: row.merges });
    }
  }
  out.end();
  await once(out, "finish");
}

async function readRosterBare(roster) {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(roster, { sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", worksheets: "emit", entries: "ignore" });
  for await (const ws of reader) for await (const row of ws) row.eachCell({ includeEmpty: false }, (c) => (cells += c.value === undefined ? 0 : 1));
  return cells;
}

async function* lines(file) {
  for await (const line of readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity })) yield JSON.parse(line);
}

async function drained(ws) {
  ws._formulae = {};
  for (const p of ws.stream.pipes) if ((p._writableState?.length ?? 0) > 4 << 20) await once(p, "drain");
  await new Promise((d) => setImmediate(d));
}

async function writeBare(cellsFile, out) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: false });
  const styles = [];
  let ws = null;
  let r = 0;
  let cells = 0;
  for await (const o of lines(cellsFile)) {
    if (o.style !== undefined) styles[o.style] = o.def;
    else if (o.sheet) {
      if (ws) await ws.commit();
      const p = o.print;
      ws = wb.addWorksheet(o.sheet, {
        pageSetup: { paperSize: 9, orientation: p.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: p.margins, printTitlesRow: p.titleRows ? `${p.titleRows.first}:${p.titleRows.last}` : undefined },
        headerFooter: { oddFooter: `&C${p.footer.center}` },
        views: o.freeze ? [{ state: "frozen", xSplit: o.freeze.cols, ySplit: o.freeze.rows }] : [],
      });
      ws.columns = o.widths.map((width) => ({ width }));
      r = 0;
    } else {
      const row = ws.getRow(++r);
      for (let c = 0; c < o.v.length || c < o.s.length; c++) {
        const v = o.v[c];
        if ((v === null || v === undefined) && !(o.s[c] >= 0)) continue;
        const cell = row.getCell(c + 1);
        if (v !== null && v !== undefined) cell.value = v;
        if (o.s[c] >= 0) cell.style = styles[o.s[c]];
        cells++;
      }
      if (o.h) row.height = o.h;
      for (const m of o.m ?? []) if (m.cols > 1 || (m.rows ?? 1) > 1) ws.mergeCells(r, m.col + 1, r + (m.rows ?? 1) - 1, m.col + m.cols);
      row.commit();
      if (r % 256 === 0) await drained(ws);
    }
  }
  if (ws) await ws.commit();
  await wb.commit();
  return cells;
}

async function bare(roster, cellsFile, out) {
  // the cost of reading the dump itself, measured alone first and left out of the bare time
  let t = Date.now();
  for await (const o of lines(cellsFile)) void o;
  const dumpMs = Date.now() - t;
  t = Date.now();
  await readRosterBare(roster);
  const readMs = Date.now() - t;
  rmSync(out, { force: true });
  const cells = await writeBare(cellsFile, out);
  const ms = Date.now() - t;
  process.stdout.write(JSON.stringify({ ms, readMs, dumpMs, cells, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }) + "\n");
}

module.exports = { bare };

if (require.main === module && process.argv[2] === "dump")
  dump(process.argv[3], process.argv[4]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
