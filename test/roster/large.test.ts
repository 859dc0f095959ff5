import { readWorkbook, type SheetData } from "../../src/roster";
import { danhSach, donVi, pack, person } from "./helpers";

// Speed is measured by `npm run bench` (bench/roster.js), never by a timed test: this checks that a
// large, uniform roster reads completely and correctly.
test("20,000 DanhSach rows read completely, with kiêm nhiệm linked to the previous row", () => {
  const posts = ["Trưởng thôn", "Bí thư chi bộ", "Tổ viên tổ bảo vệ ANTT", "Thôn đội trưởng", "Trưởng ban công tác Mặt trận"];
  const rows = [];
  for (let i = 0; i < 20000; i++)
    rows.push(person({
      "STT": i + 1, "Họ và tên": `Nguyễn Văn Hùng ${i}`, "Chức danh": posts[i % 5], "Kiêm nhiệm": i % 5 === 1 ? "x" : null,
      "Thôn, TDP": `Thôn ${1 + (Math.floor(i / 5) % 2)}`, "Hệ số": 1.2, "Từ ngày": 46204, "Đến ngày": "31/12/2026", "BHXH": "Bắt buộc", "BHYT": "Có",
      "Ghi chú": i % 7 === 0 ? "ghi chú" : null,
    }));
  // Kiêm nhiệm rows (every 5th, Bí thư chi bộ) belong to the previous row's person.
  for (let i = 1; i < rows.length; i += 5) rows[i]["Họ và tên"] = rows[i - 1]["Họ và tên"];
  // As Office.js delivers them (JSON): flat strings.
  const sheets: SheetData[] = JSON.parse(JSON.stringify([danhSach(rows), donVi()]));
  const result = readWorkbook(sheets, pack);
  expect(result.issues).toEqual([]);
  expect(result.rows).toHaveLength(20000);
  expect(result.rows[19999]).toMatchObject({ heSo: "1.2", tuNgay: "2026-07-01", denNgay: "2026-12-31", thon: "Thôn 2", kiemNhiem: false });
});
