import { readWorkbook } from "../../src/roster";
import { danhSach, donVi, pack, person } from "./helpers";
test("perf", () => {
  const posts = ["Trưởng thôn", "Bí thư chi bộ", "Tổ viên tổ bảo vệ ANTT", "Thôn đội trưởng", "Trưởng ban công tác Mặt trận"];
  const rows = [];
  for (let i = 0; i < 100000; i++) rows.push(person({ "STT": i + 1, "Họ và tên": `Nguyễn Văn Hùng ${i}`, "Chức danh": posts[i % 5], "Thôn, TDP": `Thôn ${1 + (i % 2)}`, "Hệ số": 1.2, "Từ ngày": 46204, "BHXH": "Bắt buộc", "BHYT": "Có" }));
  const s = [danhSach(rows), donVi()];
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    const r = readWorkbook(s, pack);
    console.log(performance.now() - t, r.rows.length, r.issues.length);
  }
});
