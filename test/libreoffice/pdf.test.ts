/**
 * The estimate workbook printed by LibreOffice: A4 landscape, one page wide; the page count and the
 * page numbers in the footers agree; Tổng hợp and Theo đơn vị are one page each with their
 * signatures; every page of Chi tiết after the first starts with the column headers again (print
 * titles). Page 1 of Tổng hợp and of Chi tiết are rendered to PNG (README pictures: with
 * DUTOAN_IMAGES=1 they are written to docs/images/).
 */
import { copyFileSync, mkdirSync, readFileSync } from "fs";
import { join } from "path";
import { writeReport } from "../../src/cli/xlsx/write";
import type { ReportWorkbook } from "../../src/report/model";
import { readXlsxFile } from "../../src/xlsx";
import { bookOf, estimateOf, SAMPLE } from "../report/helpers";
import { convert, describeWithLibreOffice, removeTemp, run, tempDir } from "./soffice";

jest.setTimeout(600000);
afterAll(removeTemp);

const IMAGES = join(__dirname, "../../docs/images");

async function pdfOf(book: ReportWorkbook, name: string): Promise<string> {
  const file = join(tempDir(), `${name}.xlsx`);
  await writeReport(file, book);
  return convert(file, "pdf")[0];
}

const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))![1]);
const pageText = (pdf: string, p: number) => run("pdftotext", ["-layout", "-f", String(p), "-l", String(p), pdf, "-"]);
const pageSize = (pdf: string) => /Page size:\s+([\d.]+) x ([\d.]+)/.exec(run("pdfinfo", [pdf]))!.slice(1).map(Number);

describeWithLibreOffice(
  "The estimate workbook printed by LibreOffice",
  () => {
    let book: ReportWorkbook;
    let pdf: string;
    let pages: string[];
    beforeAll(async () => {
      book = bookOf(estimateOf(await readXlsxFile(SAMPLE), 2026, "hung-yen"));
      pdf = await pdfOf(book, "du-toan");
      pages = Array.from({ length: pageCount(pdf) }, (_, i) => pageText(pdf, i + 1));
    });

    test("A4 landscape; the page count and the footers' page numbers agree", () => {
      const [w, h] = pageSize(pdf);
      expect([Math.round(w), Math.round(h)]).toEqual([842, 595]);
      expect(pages.length).toBeGreaterThan(book.sheets.length);
      pages.forEach((t, i) => expect(t).toMatch(new RegExp(`Trang ${i + 1}/${pages.length}\\b`)));
    });

    test("Tổng hợp and Theo đơn vị: one page each, with the title, the total in words and the signatures", () => {
      for (const title of ["DỰ TOÁN KINH PHÍ PHỤ CẤP", "DỰ TOÁN KINH PHÍ THEO ĐƠN VỊ"]) {
        const onPage = pages.filter((t) => t.includes(title));
        expect(onPage).toHaveLength(1);
        expect(onPage[0]).toMatch(/Bằng chữ: .* đồng chẵn\./);
        expect(onPage[0]).toMatch(/NGƯỜI LẬP BIỂU[\s\S]*KẾ TOÁN TRƯỞNG[\s\S]*THỦ TRƯỞNG ĐƠN VỊ/);
        expect(onPage[0]).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
      }
    });

    test("Chi tiết runs over several pages, each after the first starting with the column headers", () => {
      const first = pages.findIndex((t) => t.includes("CHI TIẾT DỰ TOÁN THEO NGƯỜI"));
      const next = pages.findIndex((t, i) => i > first && /^\s*Đơn vị lập:/m.test(t));
      const chiTiet = pages.slice(first, next);
      expect(chiTiet.length).toBeGreaterThanOrEqual(2);
      for (const t of chiTiet.slice(1)) {
        expect(t).not.toContain("CHI TIẾT DỰ TOÁN");
        const top = t.split("\n").filter((l) => l.trim()).slice(0, 5).join(" ");
        for (const header of ["STT", "Họ và tên", "Số tiền theo tháng", "T12", "Cả năm", "Căn cứ pháp lý"]) expect(top).toContain(header);
      }
      expect(chiTiet[chiTiet.length - 1]).toMatch(/TỔNG CỘNG/);
    });

    test("page 1 of Tổng hợp and of Chi tiết as PNG (landscape)", async () => {
      for (const [prefix, png] of [["TongHop_", "tong-hop"], ["ChiTiet_", "chi-tiet"]] as const) {
        const one = await pdfOf({ ...book, sheets: book.sheets.filter((s) => s.name.startsWith(prefix)) }, png);
        const dir = tempDir();
        run("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", one, join(dir, png)]);
        const file = join(dir, `${png}.png`);
        const head = readFileSync(file);
        expect(head.subarray(1, 4).toString()).toBe("PNG");
        expect(head.readUInt32BE(16)).toBeGreaterThan(head.readUInt32BE(20));
        if (process.env.DUTOAN_IMAGES) {
          mkdirSync(IMAGES, { recursive: true });
          copyFileSync(file, join(IMAGES, `${png}.png`));
        }
      }
    });
  },
  true,
);
