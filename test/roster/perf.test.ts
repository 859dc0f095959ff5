import { readWorkbook, type SheetData } from "../../src/roster";
import { danhSach, donVi, pack, person } from "./helpers";

test("100,000 DanhSach rows read in well under 0.5 s", () => {
  const posts = ["Trưởng thôn", "Bí thư chi bộ", "Tổ viên tổ bảo vệ ANTT", "Thôn đội trưởng", "Trưởng ban công tác Mặt trận"];
  const rows = [];
  for (let i = 0; i < 100000; i++)
    rows.push(person({
      "STT": i + 1, "Họ và tên": `Nguyễn Văn Hùng ${i}`, "Chức danh": posts[i % 5], "Kiêm nhiệm": i % 5 === 1 ? "x" : null,
      "Thôn, TDP": `Thôn ${1 + (Math.floor(i / 5) % 2)}`, "Hệ số": 1.2, "Từ ngày": 46204, "Đến ngày": "31/12/2026", "BHXH": "Bắt buộc", "BHYT": "Có",
      "Ghi chú": i % 7 === 0 ? "ghi chú" : null,
    }));
  // Kiêm nhiệm rows (every 5th, Bí thư chi bộ) belong to the previous row's person.
  for (let i = 1; i < rows.length; i += 5) rows[i]["Họ và tên"] = rows[i - 1]["Họ và tên"];
  // As Office.js delivers them (JSON): flat strings.
  const sheets: SheetData[] = JSON.parse(JSON.stringify([danhSach(rows), donVi()]));
  let best = Infinity;
  let result: ReturnType<typeof readWorkbook> | undefined;
  for (let k = 0; k < 4; k++) {
    const t = performance.now();
    result = readWorkbook(sheets, pack);
    best = Math.min(best, performance.now() - t);
  }
  expect(result!.issues).toEqual([]);
  expect(result!.rows).toHaveLength(100000);
  expect(result!.rows[99999]).toMatchObject({ heSo: "1.2", tuNgay: "2026-07-01", denNgay: "2026-12-31", thon: "Thôn 2", kiemNhiem: false });
  expect(best).toBeLessThan(500);
});
