/** `dutoan template` (an empty roster workbook, written atomically) and `dutoan packs`. */
import { chooseYear, choosePack, type PackFileInput } from "../app";
import { loadPackFiles } from "../app/layers";
import { EXIT_INPUT, EXIT_OK, EXIT_OTHER, printException, type Io } from "./commands";
import { prepareOutput, type PendingOutput } from "./fsio";
import { readPackFiles } from "./inputs";
import { listPacks, showPack } from "./packs";

export async function templateCommand(out: string, o: { pack?: string; year?: string; force?: boolean }, io: Io, nextYear: number): Promise<number> {
  const pack = choosePack(o.pack, [], undefined, "cli");
  const year = chooseYear(o.year, undefined, nextYear, "cli");
  const problems = [pack.issue, year.issue].filter((i) => i !== undefined);
  if (problems.length) {
    for (const p of problems) io.err(`✗ ${p.message}`);
    return EXIT_OTHER;
  }
  let pending: PendingOutput | undefined;
  try {
    pending = await prepareOutput(out, { force: !!o.force, inputs: [], ext: ".xlsx", label: "Tệp mẫu" });
    // exceljs loads only for the command that writes a template (see xlsx/lazy-write.ts)
    const { writeTemplate } = await import("./template");
    await pending.commit((tmp) => writeTemplate(tmp, pack.value!, year.value!));
    io.out(`✓ Đã tạo ${out}: sheet DanhSach, DonVi, ThamSo (gói ${pack.value}, năm ${year.value} ghi ở caiDat.goi, caiDat.nam); danh mục chức danh của gói ${pack.value}.`);
    return EXIT_OK;
  } catch (e) {
    await pending?.discard();
    return printException(e, io);
  }
}

export async function packsCommand(o: { show?: string; json?: boolean; packFile?: string[] }, io: Io): Promise<number> {
  try {
    const files: PackFileInput[] = await readPackFiles(o.packFile ?? []);
    const loaded = loadPackFiles(files);
    if (loaded.issues.length) {
      io.err(`Tệp gói tham số có ${loaded.issues.length} lỗi:`);
      for (const i of loaded.issues) io.err(`  ✗ ${i.message}`);
      return EXIT_INPUT;
    }
    if (o.show) {
      const chosen = choosePack(o.show, loaded.packs, undefined, "cli");
      if (chosen.issue) {
        io.err(`✗ ${chosen.issue.message}`);
        return EXIT_OTHER;
      }
      io.out(showPack(chosen.value!, !!o.json, loaded.packs));
    } else io.out(listPacks(!!o.json, loaded.packs));
    return EXIT_OK;
  } catch (e) {
    return printException(e, io);
  }
}
