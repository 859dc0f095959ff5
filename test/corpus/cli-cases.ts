/**
 * Corpus, CLI side: a valid roster run with a bad command line or output path, --params or
 * --pack-file, pack or year — each one error in the --json output, nothing written. Exit 1 for a
 * usage or output-path problem (nothing read is wrong), 2 when a file given as input has errors.
 */
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { roster } from "./build";
import type { CorpusCase } from "./types";

type Paths = { dir: string; file: string; out: string };
const valid = () => roster();
const estimate = (p: Paths, ...extra: string[]) => ["estimate", p.file, "--json", ...extra];
const year = ["--year", "2026"];
/** A JSON file written into the case's folder (before the run: it is an input). */
const jsonFile = (name: string, text: string) => (p: Paths) => writeFileSync(join(p.dir, name), text);
const packJson = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ id: "tinh-x", name: "Tỉnh X", jurisdiction: "Tỉnh X", extends: "central", parameters: [], ...over });
const truongThon = (value: string) => ({
  key: "phuCap.truongThon",
  label: "Mức phụ cấp Trưởng thôn (× lương cơ sở)",
  unit: "coefficient",
  values: [{ from: "2026-01-01", value, source: { document: "Nghị quyết (kiểm thử)" }, confidence: "high" }],
});

export const cliCases: CorpusCase[] = [
  // Output path: checked before reading or computing; never over an input
  { name: "CLI: --out into a folder that does not exist", file: valid, args: (p) => estimate(p, ...year, "--out", join(p.dir, "khong-co", "a.xlsx")), exit: 1, expect: { code: "GHI_TEP_ENOENT" }, message: [/Thư mục “.*khong-co” không tồn tại/] },
  { name: "CLI: --out is a folder", file: valid, setup: (p) => mkdirSync(join(p.dir, "thu-muc.xlsx")), args: (p) => estimate(p, ...year, "--out", join(p.dir, "thu-muc.xlsx"), "--force"), exit: 1, expect: { code: "GHI_TEP_EISDIR" }, message: ["là một thư mục"] },
  { name: "CLI: --out exists, no --force", file: valid, setup: (p) => writeFileSync(join(p.dir, "co-roi.xlsx"), "x"), args: (p) => estimate(p, ...year, "--out", join(p.dir, "co-roi.xlsx")), exit: 1, expect: { code: "GHI_TEP_EEXIST" }, message: ["--force"] },
  { name: "CLI: --out is the roster itself, with --force", file: valid, args: (p) => estimate(p, ...year, "--out", p.file, "--force"), exit: 1, expect: { code: "GHI_TEP_SAME_AS_INPUT" }, message: ["tệp đầu vào"] },
  { name: "CLI: --out is a symlink to the roster, with --force", file: valid, setup: (p) => symlinkSync(p.file, join(p.dir, "lien-ket.xlsx")), args: (p) => estimate(p, ...year, "--out", join(p.dir, "lien-ket.xlsx"), "--force"), exit: 1, expect: { code: "GHI_TEP_SAME_AS_INPUT" } },
  { name: "CLI: --out is a hard link to the roster, with --force", file: valid, setup: (p) => linkSync(p.file, join(p.dir, "cung-tep.xlsx")), args: (p) => estimate(p, ...year, "--out", join(p.dir, "cung-tep.xlsx"), "--force"), exit: 1, expect: { code: "GHI_TEP_SAME_AS_INPUT" } },
  { name: "CLI: --out is not .xlsx", file: valid, args: (p) => estimate(p, ...year, "--out", join(p.dir, "du-toan.csv")), exit: 1, expect: { code: "GHI_TEP_EXT" }, message: [".xlsx"] },
  // --params
  { name: "CLI: --params file missing", file: valid, args: (p) => estimate(p, ...year, "--params", join(p.dir, "khong-co.json")), expect: { code: "INPUT_FILE" }, message: ["Không tìm thấy tệp tham số"] },
  { name: "CLI: --params is not JSON (line and column named)", file: valid, setup: jsonFile("ts.json", '{\n  "parameters": [\n    { "key": "luongCoSo", }\n  ]\n}'), args: (p) => estimate(p, ...year, "--params", join(p.dir, "ts.json")), expect: { code: "TEP_THAM_SO_LOI" }, message: ["ts.json", "dòng 3"] },
  { name: "CLI: --params JSON with a number where a decimal string is due (path named)", file: valid, setup: jsonFile("ts.json", JSON.stringify({ parameters: [{ ...truongThon("1.5"), values: [{ ...truongThon("1.5").values[0], value: 1.5 }] }] })), args: (p) => estimate(p, ...year, "--params", join(p.dir, "ts.json")), expect: { code: "GOI_THAM_SO_LOI" }, message: ["parameters[0]", "values[0]"] },
  { name: "CLI: --params neither .json nor .xlsx", file: valid, setup: jsonFile("ts.txt", "luongCoSo=2600000"), args: (p) => estimate(p, ...year, "--params", join(p.dir, "ts.txt")), expect: { code: "INPUT_FILE" }, message: [".json hoặc .xlsx"] },
  // --pack-file
  { name: "CLI: --pack-file is not JSON", file: valid, setup: jsonFile("tinh-x.json", "id: tinh-x"), args: (p) => estimate(p, ...year, "--pack-file", join(p.dir, "tinh-x.json")), expect: { code: "TEP_GOI_LOI" }, message: ["tinh-x.json", "dòng 1"] },
  { name: "CLI: --pack-file with a field of the wrong type", file: valid, setup: jsonFile("tinh-x.json", packJson({ jurisdiction: 5 })), args: (p) => estimate(p, ...year, "--pack-file", join(p.dir, "tinh-x.json")), expect: { code: "TEP_GOI_LOI" }, message: ["jurisdiction"] },
  { name: "CLI: --pack-file extends a pack that does not exist", file: valid, setup: jsonFile("tinh-x.json", packJson({ extends: "tinh-y" })), args: (p) => estimate(p, ...year, "--pack-file", join(p.dir, "tinh-x.json")), expect: { code: "TEP_GOI_LOI" }, message: ["tinh-y"] },
  { name: "CLI: --pack-file with đồng where a hệ số is expected", file: valid, setup: jsonFile("tinh-x.json", packJson({ parameters: [truongThon("3795000")] })), args: (p) => estimate(p, ...year, "--pack-file", join(p.dir, "tinh-x.json")), expect: { code: "TEP_GOI_LOI" }, message: ["phuCap.truongThon", "3795000"] },
  { name: "CLI: --pack-file that is not .json", file: valid, setup: jsonFile("tinh-x.yaml", "id: tinh-x"), args: (p) => estimate(p, ...year, "--pack-file", join(p.dir, "tinh-x.yaml")), expect: { code: "INPUT_FILE" }, message: [".json"] },
  // Pack and year
  { name: "CLI: --pack that does not exist", file: valid, args: (p) => estimate(p, ...year, "--pack", "ha-noi"), exit: 1, expect: { code: "GOI_KHONG_CO", value: "ha-noi" }, message: ["hung-yen", "--pack-file"] },
  { name: "CLI: caiDat.goi of the workbook names no pack", file: () => roster({ ts: [["caiDat.goi", "ha-noi", null, null]] }), args: (p) => estimate(p, ...year), expect: { code: "GOI_KHONG_CO", sheet: "ThamSo", row: 2, column: "Giá trị", value: "ha-noi" } },
  { name: "CLI: --year before 2016", file: valid, args: (p) => estimate(p, "--year", "2015"), exit: 1, expect: { code: "NAM_KHONG_HOP_LE", value: "2015" }, message: ["2016", "2100"] },
  { name: "CLI: --year that is not a year", file: valid, args: (p) => estimate(p, "--year", "20x6"), exit: 1, expect: { code: "NAM_KHONG_HOP_LE", value: "20x6" } },
  { name: "CLI: no --year and no caiDat.nam", file: valid, args: (p) => estimate(p), exit: 1, expect: { code: "THIEU_NAM" }, message: ["--year", "caiDat.nam"] },
  { name: "CLI: caiDat.nam of the workbook is not a year", file: () => roster({ ts: [["caiDat.nam", "năm sau", null, null]] }), args: (p) => estimate(p), expect: { code: "NAM_KHONG_HOP_LE", sheet: "ThamSo", row: 2 } },
  // The command line itself (commander's errors, in Vietnamese)
  { name: "CLI: an unknown option", file: valid, args: (p) => estimate(p, ...year, "--pak", "hung-yen"), exit: 1, expect: { code: "LENH_KHONG_HOP_LE", value: "unknownOption" }, message: ["--pak", "--pack"] },
  { name: "CLI: --year without its value", file: valid, args: (p) => ["estimate", "--json", p.file, "--year"], exit: 1, expect: { code: "LENH_KHONG_HOP_LE", value: "optionMissingArgument" }, message: ["--year"] },
  { name: "CLI: two roster files (a path with a space, unquoted)", file: valid, args: (p) => estimate(p, join(p.dir, "ban sao.xlsx"), ...year), exit: 1, expect: { code: "LENH_KHONG_HOP_LE", value: "excessArguments" }, message: ["ngoặc kép"] },
];
