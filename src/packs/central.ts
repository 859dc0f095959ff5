/**
 * Central (national) rules. Every value is dated and cited; the confidence tag says how sure the
 * reference is. "unconfirmed" values are labelled placeholders: every output that uses one lists it,
 * and the officer can replace it from a date on (sheet ThamSo or a JSON file).
 */
import { param, post, v } from "./dsl";
import type { PackInput } from "./schema";

export const ND33 = "Nghị định 33/2023/NĐ-CP";
const ND34_2019 = "Nghị định 34/2019/NĐ-CP";
const ND185 = "Nghị định 185/2026/NĐ-CP";
const LUAT58 = "Luật Bảo hiểm xã hội 58/2014/QH13";
const LUAT41 = "Luật Bảo hiểm xã hội 41/2024/QH15";
const ND146 = "Nghị định 146/2018/NĐ-CP";
const ND159 = "Nghị định 159/2025/NĐ-CP";
const ND134 = "Nghị định 134/2015/NĐ-CP";
const POSTS_END = "Hướng dẫn 31-HD/BTCTW; Kết luận 137-KL/TW";
const ND29 = "Nghị định 29/2023/NĐ-CP";
const ND154 = "Nghị định 154/2025/NĐ-CP";
const ND178 = "Nghị định 178/2024/NĐ-CP";
const ND67 = "Nghị định 67/2025/NĐ-CP";
const LUAT_ANTT = "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở 2023";
const ND185_DATE_NOTE =
  "Mức của NĐ 185/2026 đã biết; ngày áp dụng chưa xác nhận — tạm lấy 01/7/2026 (ngày TT 13/2026/TT-BNV tính lại quỹ thôn). Sửa ở ThamSo khi có văn bản.";

const luongCoSo = param(
  "luongCoSo",
  "Mức lương cơ sở",
  "VND",
  v("2019-07-01", "1490000", "Nghị định 38/2019/NĐ-CP", "Điều 3", "high"),
  v("2023-07-01", "1800000", "Nghị định 24/2023/NĐ-CP", "Điều 3", "high"),
  v("2024-07-01", "2340000", "Nghị định 73/2024/NĐ-CP", "Điều 3 khoản 2", "high"),
  v("2026-07-01", "2530000", "Nghị định 161/2026/NĐ-CP", "Điều 3 khoản 2", "high", "Năm 2027 giữ 2.530.000 cho đến khi có nghị định mới."),
);

/** Commune fund per month, × LCS, by commune class (NĐ 92/2009 as amended; NĐ 33/2023 Đ.34 k.1). */
function quyXa(cls: "I" | "II" | "III", old: string, nd33: string, diem: string) {
  return param(
    `quyXa.heSo.${cls}`,
    `Quỹ phụ cấp khoán người hoạt động không chuyên trách cấp xã loại ${cls} (× lương cơ sở/tháng)`,
    "coefficient",
    v("2019-06-25", old, ND34_2019, "Điều 2 khoản 5 (sửa Điều 14 NĐ 92/2009)", "high"),
    v("2023-08-01", nd33, ND33, `Điều 34 khoản 1 điểm ${diem}`, "high"),
    v("2025-08-01", null, POSTS_END, undefined, "high", "Chức danh không chuyên trách cấp xã chấm dứt từ 01/8/2025; người được giữ lại hưởng theo mức cũ của tỉnh."),
  );
}

function capXa(cls: "I" | "II" | "III", n: string) {
  return param(
    `soLuongToiDa.xa.${cls}`,
    `Số người hoạt động không chuyên trách tối đa ở xã loại ${cls}`,
    "count",
    v("2023-08-01", n, ND33, "Điều 33 khoản 1", "medium"),
    v("2025-08-01", null, POSTS_END, undefined, "high"),
  );
}

function quyThon(tier: "loaiA" | "loaiB", old: string, nd33: string, nd185: string) {
  const label = tier === "loaiA" ? "loại a (thôn, TDP lớn hoặc thuộc xã có đặc điểm)" : "loại b (các thôn, TDP còn lại)";
  const diem = tier === "loaiA" ? "a" : "b";
  return param(
    `quyThon.heSo.${tier}`,
    `Quỹ phụ cấp khoán ở thôn, tổ dân phố ${label} (× lương cơ sở/tháng)`,
    "coefficient",
    v("2019-06-25", old, ND34_2019, "Điều 2 khoản 6", "medium"),
    v("2023-08-01", nd33, ND33, `Điều 34 khoản 2 điểm ${diem}`, "high"),
    v("2026-07-01", nd185, ND185, undefined, "unconfirmed", ND185_DATE_NOTE),
  );
}

function nguongSoHo(kind: "thon" | "toDanPho", old: string, nd33: string, nd185: string) {
  const name = kind === "thon" ? "thôn" : "tổ dân phố";
  return param(
    `quyThon.nguongSoHo.${kind}`,
    `Số hộ tối thiểu để ${name} hưởng quỹ loại a`,
    "households",
    v("2019-06-25", old, ND34_2019, "Điều 2 khoản 6", "low", "Ngưỡng của NĐ 34/2019 chưa đối chiếu văn bản gốc."),
    v("2023-08-01", nd33, ND33, "Điều 34 khoản 2 điểm a", "high"),
    v("2026-07-01", nd185, ND185, undefined, "unconfirmed", ND185_DATE_NOTE),
  );
}

function dacDiemLoaiA(code: string, label: string, values: ReturnType<typeof v>[]) {
  return param(`quyThon.loaiA.${code}`, `Thôn, TDP thuộc ${label} được hưởng quỹ loại a (1 = có)`, "flag", ...values);
}

function rate(key: string, label: string, ...values: ReturnType<typeof v>[]) {
  return param(key, label, "ratio", ...values);
}

/** Compulsory-insurance coverage of a post group, as a dated flag. */
function coverage(key: string, label: string, ...values: ReturnType<typeof v>[]) {
  return param(key, label, "flag", ...values);
}

function hoTroBhxhTn(group: string, label: string, old: string, nd159: string) {
  return rate(
    `bhxhTuNguyen.hoTro.${group}`,
    `Tỷ lệ ngân sách nhà nước hỗ trợ đóng BHXH tự nguyện — ${label}`,
    v("2018-01-01", old, ND134, "Điều 14 khoản 1", "unconfirmed", "Tỷ lệ cũ (30% hộ nghèo, 25% cận nghèo, 10% đối tượng khác) chưa đối chiếu văn bản gốc."),
    v("2025-07-01", nd159, ND159, undefined, "unconfirmed", "Tỷ lệ theo NĐ 159/2025 chắc chắn; ngày hiệu lực chưa xác nhận, tạm lấy 01/7/2025."),
  );
}

/** A post whose per-title amount the province sets: the central pack has the slot, empty. */
function provincialRate(key: string, label: string) {
  return param(
    key,
    label,
    "coefficient",
    v("2023-08-01", null, ND33, "Điều 34 khoản 5", "unconfirmed", "HĐND tỉnh quy định mức cho từng chức danh; nhập hệ số ở cột Hệ số, Mức tiền hoặc sheet ThamSo."),
  );
}

/**
 * Staff reduction and one-off payments (central.md §8). Regimes are chosen by the leaving date: a
 * regime applies when its parameters are in force on that day (NĐ 29/2023 from 20/7/2023, replaced
 * by NĐ 154/2025 on 16/6/2025 for HĐKCT; NĐ 178/2024 from 1/1/2025 for cán bộ, công chức, amended
 * by NĐ 67/2025 from 15/3/2025). "months" values count months of salary (or of allowance A).
 */
function troCapParams() {
  const nd29End = (note = "NĐ 154/2025 thay thế NĐ 29/2023 từ 16/6/2025.") => v("2025-06-16", null, ND154, undefined, "high", note);
  const nd154End = () => v("2031-01-01", null, ND154, undefined, "high", "NĐ 154/2025 áp dụng đến hết 31/12/2030.");
  const A = "A = phụ cấp tháng liền kề trước khi nghỉ, không gồm phụ cấp kiêm nhiệm (NĐ 154/2025 Đ.5 k.2).";
  const S = "S = tiền lương tháng hiện hưởng (lương theo ngạch, bậc + phụ cấp chức vụ, thâm niên, ưu đãi, trách nhiệm, công vụ, phụ cấp Đảng, đoàn thể + chênh lệch bảo lưu; NĐ 178/2024 Đ.5 k.6 sửa bởi NĐ 67/2025).";
  const nd178 = (key: string, label: string, unit: "ratio" | "months" | "count", value: string, article: string, confidence: "high" | "medium" = "high", note?: string) =>
    param(key, label, unit, v("2025-01-01", value, ND178, article, confidence, note));
  return [
    // NĐ 29/2023 Đ.9 k.2: HĐKCT redundant by a merger, leaving within 12 months
    param("troCap.nd29.hdkct.tyLe", "NĐ 29/2023 — người hoạt động không chuyên trách dôi dư do sắp xếp: số tháng phụ cấp cho mỗi tháng còn lại của nhiệm kỳ (bầu cử) hoặc lộ trình sắp xếp (× A)", "ratio",
      v("2023-07-20", "0.5", ND29, "Điều 9 khoản 2", "high", `Trợ cấp = 0,5 × A × số tháng còn lại (tính đến tuổi nghỉ hưu nếu sớm hơn). ${A}`),
      nd29End()),
    param("troCap.nd29.hdkct.soThangSauSapXep", "NĐ 29/2023 — thời hạn nghỉ kể từ quyết định sắp xếp để hưởng trợ cấp dôi dư (tháng)", "months",
      v("2023-07-20", "12", ND29, "Điều 9 khoản 2", "high", "Nghỉ trong 12 tháng kể từ khi có quyết định sắp xếp đơn vị hành chính."),
      nd29End()),
    // NĐ 154/2025 Đ.9 (commune HĐKCT) and Đ.10 (thôn, TDP HĐKCT)
    param("troCap.nd154.hdkct.tyLeThang", "NĐ 154/2025 — trợ cấp theo số tháng: số tháng phụ cấp cho mỗi tháng tính hưởng (× A)", "ratio",
      v("2025-06-16", "0.8", ND154, "Điều 9 khoản 1", "high",
        `Số tháng tính hưởng: số tháng công tác khi công tác dưới 5 năm; số tháng còn lại đến tuổi nghỉ hưu khi công tác từ 5 năm và còn dưới 5 năm đến tuổi nghỉ hưu. ${A}`),
      nd154End()),
    param("troCap.nd154.hdkct.thangMoiNam", "NĐ 154/2025 — số tháng phụ cấp cho mỗi năm công tác (× A)", "ratio",
      v("2025-06-16", "1.5", ND154, "Điều 9 khoản 1", "high", A), nd154End()),
    param("troCap.nd154.hdkct.soThangTimViec", "NĐ 154/2025 — trợ cấp tìm việc làm (số tháng phụ cấp, × A)", "months",
      v("2025-06-16", "3", ND154, "Điều 9 khoản 1", "high", A), nd154End()),
    param("troCap.nd154.hdkct.nguongThangCongTac", "NĐ 154/2025 — thời gian công tác phân biệt hai trường hợp (tháng; dưới mức này tính theo số tháng công tác)", "months",
      v("2025-06-16", "60", ND154, "Điều 9 khoản 1", "high", "5 năm công tác."), nd154End()),
    param("troCap.nd154.hdkct.nguongThangDenTuoiHuu", "NĐ 154/2025 — thời gian còn lại đến tuổi nghỉ hưu để tính theo số tháng còn lại (tháng; dưới mức này)", "months",
      v("2025-06-16", "60", ND154, "Điều 9 khoản 1", "high", "Còn dưới 5 năm đến tuổi nghỉ hưu."), nd154End()),
    param("troCap.nd154.hdkct.soThangConLaiTamTinh", "NĐ 154/2025 — số tháng tính hưởng khi công tác từ 5 năm và còn từ 5 năm trở lên đến tuổi nghỉ hưu", "months",
      v("2025-06-16", "60", ND154, "Điều 9 khoản 1", "unconfirmed",
        "Trường hợp này chưa có văn bản để đối chiếu; tạm tính 60 tháng (0,8 × A × 60). Nhập số đúng ở sheet ThamSo, mã \"troCap.nd154.hdkct.soThangConLaiTamTinh\"."),
      nd154End()),
    param("troCap.nd154.hdkctThon.apDung", "NĐ 154/2025 — người hoạt động không chuyên trách ở thôn, TDP dôi dư do sắp xếp thôn, TDP hưởng như cấp xã (1 = có)", "flag",
      v("2025-06-16", "1", ND154, "Điều 10", "high", "Áp dụng ba trường hợp như Điều 9."), nd154End()),
    param("troCap.nd154.namLe.nguongThang", "NĐ 154/2025 — tháng lẻ của thời gian công tác: đến số tháng này tính nửa năm, trên tính một năm", "months",
      v("2025-06-16", "6", ND178, "Điều 5", "unconfirmed", "NĐ 154/2025 có dùng cách làm tròn tháng lẻ của NĐ 178/2024 (1–6 tháng = 0,5 năm; trên 6 tháng = 1 năm) hay không: chưa xác nhận; tạm dùng."),
      nd154End()),
    param("troCap.nd154.namLe.duoiNguong", "NĐ 154/2025 — số năm tính cho phần tháng lẻ không quá ngưỡng", "ratio",
      v("2025-06-16", "0.5", ND178, "Điều 5", "unconfirmed", "Xem troCap.nd154.namLe.nguongThang: cách làm tròn chưa xác nhận."), nd154End()),
    param("troCap.hoanTra.soThang", "Số tháng kể từ khi nghỉ mà được bầu, tuyển dụng lại hưởng lương từ ngân sách hoặc bố trí làm người hoạt động không chuyên trách ở thôn, TDP thì phải hoàn trả trợ cấp", "months",
      v("2025-06-16", "60", ND154, "Điều 9 khoản 4; Điều 3 khoản 6", "high"), nd154End()),
    // NĐ 178/2024 (cán bộ, công chức, viên chức; not HĐKCT), amended by NĐ 67/2025
    nd178("troCap.nd178.soThangDau", "NĐ 178/2024 — số tháng đầu kể từ quyết định sắp xếp được hưởng mức cao", "months", "12", "Điều 7; Điều 10 khoản 1", "high",
      "Nghỉ từ tháng thứ 13: thôi việc 0,4 thay 0,8; trợ cấp hưu trí một lần cho số tháng nghỉ sớm bằng 0,5 mức."),
    nd178("troCap.nd178.soThangToiDa", "NĐ 178/2024 — số tháng tối đa tính hưởng trợ cấp", "months", "60", "Điều 5", "high"),
    nd178("troCap.nd178.namLe.nguongThang", "NĐ 178/2024 — tháng lẻ của thời gian đóng BHXH: đến số tháng này tính nửa năm, trên tính một năm", "months", "6", "Điều 5", "medium",
      "Từ 01 đến đủ 06 tháng tính 1/2 năm; trên 06 tháng tính 01 năm."),
    nd178("troCap.nd178.namLe.duoiNguong", "NĐ 178/2024 — số năm tính cho phần tháng lẻ không quá ngưỡng", "ratio", "0.5", "Điều 5", "medium"),
    nd178("troCap.nd178.thoiViec.tyLeDau", "NĐ 178/2024 — thôi việc trong 12 tháng đầu: số tháng lương cho mỗi tháng tính hưởng (× S)", "ratio", "0.8", "Điều 10 khoản 1 điểm a", "high",
      `Số tháng tính hưởng: số tháng còn lại đến tuổi nghỉ hưu, tối đa 60 tháng. ${S}`),
    nd178("troCap.nd178.thoiViec.tyLeSau", "NĐ 178/2024 — thôi việc từ tháng thứ 13: số tháng lương cho mỗi tháng tính hưởng (× S)", "ratio", "0.4", "Điều 10 khoản 1 điểm a", "high", S),
    nd178("troCap.nd178.thoiViec.thangMoiNamBhxh", "NĐ 178/2024 — thôi việc: số tháng lương cho mỗi năm đóng BHXH bắt buộc (× S)", "ratio", "1.5", "Điều 10 khoản 1 điểm c", "high", S),
    nd178("troCap.nd178.thoiViec.soThangTimViec", "NĐ 178/2024 — thôi việc: trợ cấp tìm việc làm (số tháng lương, × S)", "months", "3", "Điều 10 khoản 1 điểm d", "high", S),
    nd178("troCap.nd178.huuTri.nguongThangNghiSom", "NĐ 178/2024 — nghỉ hưu trước tuổi: số tháng nghỉ sớm tối đa của mức thứ nhất (tháng)", "months", "60", "Điều 7 khoản 1", "high",
      "Nghỉ sớm đến 5 năm: 1,0 × S × số tháng nghỉ sớm; trên 5 đến 10 năm: 0,9 × S × 60."),
    nd178("troCap.nd178.huuTri.soThangNghiSomToiDa", "NĐ 178/2024 — nghỉ hưu trước tuổi: số tháng nghỉ sớm tối đa được hưởng chính sách (tháng)", "months", "120", "Điều 7 khoản 2", "high", "10 năm."),
    nd178("troCap.nd178.huuTri.tyLeMuc1", "NĐ 178/2024 — nghỉ sớm đến 5 năm: trợ cấp hưu trí một lần, số tháng lương cho mỗi tháng nghỉ sớm (× S)", "ratio", "1.0", "Điều 7 khoản 1 điểm b", "high", S),
    nd178("troCap.nd178.huuTri.tyLeMuc2", "NĐ 178/2024 — nghỉ sớm trên 5 đến 10 năm: trợ cấp hưu trí một lần, số tháng lương cho mỗi tháng tính hưởng (× S × 60)", "ratio", "0.9", "Điều 7 khoản 2 điểm b", "high", S),
    nd178("troCap.nd178.huuTri.heSoSauThangDau", "NĐ 178/2024 — nghỉ hưu trước tuổi từ tháng thứ 13 kể từ quyết định sắp xếp: tỷ lệ so với mức trợ cấp hưu trí một lần", "ratio", "0.5", "Điều 7 khoản 1 điểm b", "high"),
    nd178("troCap.nd178.huuTri.nguongThangTroCapNam", "NĐ 178/2024 — số tháng nghỉ sớm tối thiểu để được trợ cấp theo năm nghỉ sớm của mức thứ nhất (tháng)", "months", "24", "Điều 7 khoản 1 điểm c", "medium",
      "Mức 5 tháng lương cho mỗi năm nghỉ sớm áp dụng cho người nghỉ sớm từ đủ 2 năm đến đủ 5 năm (cách đọc của bảng tham chiếu: \"2–5 band\")."),
    nd178("troCap.nd178.huuTri.thangMoiNamSomMuc1", "NĐ 178/2024 — nghỉ sớm đến 5 năm: số tháng lương cho mỗi năm (đủ 12 tháng) nghỉ sớm (× S)", "ratio", "5", "Điều 7 khoản 1 điểm c", "high", S),
    nd178("troCap.nd178.huuTri.thangMoiNamSomMuc2", "NĐ 178/2024 — nghỉ sớm trên 5 đến 10 năm: số tháng lương cho mỗi năm (đủ 12 tháng) nghỉ sớm (× S)", "ratio", "4", "Điều 7 khoản 2 điểm c", "high", S),
    nd178("troCap.nd178.huuTri.soNamBhxhDau", "NĐ 178/2024 — nghỉ hưu trước tuổi: số năm đóng BHXH đầu tiên được tính chung một mức (năm)", "count", "20", "Điều 7 khoản 1 điểm d", "high",
      "5 tháng lương cho 20 năm đầu đóng BHXH; từ năm thứ 21 mỗi năm 0,5 tháng."),
    nd178("troCap.nd178.huuTri.thangChoNamBhxhDau", "NĐ 178/2024 — nghỉ hưu trước tuổi: số tháng lương cho các năm đóng BHXH đầu tiên (× S)", "ratio", "5", "Điều 7 khoản 1 điểm d", "high", S),
    nd178("troCap.nd178.huuTri.thangMoiNamBhxhSau", "NĐ 178/2024 — nghỉ hưu trước tuổi: số tháng lương cho mỗi năm đóng BHXH sau các năm đầu (× S)", "ratio", "0.5", "Điều 7 khoản 1 điểm d", "high", S),
    param("troCap.nd178.huuTri.bienThe.soNamBhxhDau", "NĐ 67/2025 — người đóng BHXH từ 15 đến dưới 20 năm, đủ điều kiện hưởng lương hưu: số năm đóng BHXH đầu tiên được tính chung một mức (năm)", "count",
      v("2025-03-15", "15", ND67, "Điều 1 (sửa Điều 7 NĐ 178/2024)", "medium",
        "Áp dụng khi số năm đóng BHXH (đã làm tròn) từ 15 đến dưới 20: 4 tháng lương cho 15 năm đầu, từ năm thứ 16 mỗi năm 0,5 tháng. Điều kiện \"đủ điều kiện hưởng lương hưu\" không kiểm tra được trên danh sách: người lập dự toán tự xác định.")),
    param("troCap.nd178.huuTri.bienThe.thangChoNamBhxhDau", "NĐ 67/2025 — người đóng BHXH từ 15 đến dưới 20 năm: số tháng lương cho 15 năm đầu (× S)", "ratio",
      v("2025-03-15", "4", ND67, "Điều 1 (sửa Điều 7 NĐ 178/2024)", "medium", S)),
    param("troCap.nd178.huuTri.bienThe.thangMoiNamBhxhSau", "NĐ 67/2025 — người đóng BHXH từ 15 đến dưới 20 năm: số tháng lương cho mỗi năm từ năm thứ 16 (× S)", "ratio",
      v("2025-03-15", "0.5", ND67, "Điều 1 (sửa Điều 7 NĐ 178/2024)", "medium", S)),
    // Provincial top-ups: none centrally; lost their basis on 15/3/2025
    param("troCap.hoTroTinh.apDung", "Có chính sách hỗ trợ thêm của tỉnh, thành phố cho người tinh giản biên chế, nghỉ việc do sắp xếp (1 = có)", "flag",
      v("2023-07-20", "0", ND29, undefined, "medium",
        "Trung ương không quy định khoản hỗ trợ thêm của địa phương; tỉnh có nghị quyết riêng thì nhập 1 ở sheet ThamSo (mã \"troCap.hoTroTinh.apDung\") từ ngày hiệu lực và nhập số tiền từng người ở cột \"Hỗ trợ của tỉnh/thành phố\" của sheet NghiViec."),
      v("2025-03-15", "0", ND67, "Điều 1 khoản 17", "high", "Từ 15/3/2025 các khoản hỗ trợ thêm của địa phương ngoài chính sách của NĐ 178/2024 không còn căn cứ.")),
    // Former security forces that stop when Tổ bảo vệ ANTT are formed
    ...([
      ["congAnXaBanChuyenTrach", "Công an xã bán chuyên trách"],
      ["baoVeDanPho", "bảo vệ dân phố"],
      ["doiTruongDanPhong", "Đội trưởng, Đội phó đội dân phòng"],
    ] as const).map(([k, name]) =>
      param(`troCap.motLan.${k}`, `Trợ cấp một lần khi thôi thực hiện nhiệm vụ: ${name} (đồng/người)`, "VND",
        v("2024-07-01", null, LUAT_ANTT, undefined, "unconfirmed",
          `Mức và căn cứ tính trợ cấp một lần chưa xác nhận. Nhập số tiền từng người ở cột "Số tiền trợ cấp một lần" của sheet NghiViec, hoặc một mức chung ở sheet ThamSo, mã "troCap.motLan.${k}".`))),
  ];
}

const thonPosts = [
  post({ code: "biThuChiBo", name: "Bí thư chi bộ", aliases: ["Bí thư chi bộ thôn", "Bí thư chi bộ tổ dân phố", "Bí thư chi bộ khu phố"], level: "thon", component: "phuCap", rate: "phuCap.biThuChiBo", insurance: "hdkctThon", inFund: true }),
  post({ code: "truongThon", name: "Trưởng thôn", aliases: ["Trưởng bản", "Trưởng ấp", "Trưởng xóm", "Trưởng làng"], level: "thon", component: "phuCap", rate: "phuCap.truongThon", insurance: "hdkctThon", inFund: true }),
  post({ code: "toTruongToDanPho", name: "Tổ trưởng tổ dân phố", aliases: ["Tổ trưởng TDP", "Trưởng khu phố", "Tổ trưởng dân phố"], level: "thon", component: "phuCap", rate: "phuCap.toTruongToDanPho", insurance: "hdkctThon", inFund: true }),
  post({ code: "truongBanCongTacMatTran", name: "Trưởng ban công tác Mặt trận", aliases: ["Trưởng ban CTMT", "Trưởng ban công tác mặt trận thôn", "Trưởng ban công tác Mặt trận khu dân cư"], level: "thon", component: "phuCap", rate: "phuCap.truongBanCongTacMatTran", insurance: "hdkctThon", inFund: true }),
  post({ code: "thonDoiTruong", name: "Thôn đội trưởng", aliases: ["Thôn đội trưởng", "Tổ trưởng tổ dân quân"], level: "thon", component: "phuCap", rate: "phuCap.thonDoiTruong", insurance: "khong", inFund: false, note: "Không thuộc 3 chức danh hưởng quỹ thôn (NĐ 33 Đ.33 k.6–7)." }),
  post({ code: "nguoiTrucTiepThamGia", name: "Người trực tiếp tham gia hoạt động ở thôn", aliases: ["Người trực tiếp tham gia hoạt động ở thôn, tổ dân phố", "Người tham gia hoạt động ở thôn"], level: "thon", component: "hoTro", rate: "hoTro.nguoiTrucTiepThamGia", insurance: "hoTroThon", inFund: false }),
  post({ code: "toTruongToBaoVe", name: "Tổ trưởng tổ bảo vệ ANTT", aliases: ["Tổ trưởng tổ bảo vệ an ninh, trật tự", "Tổ trưởng Tổ bảo vệ ANTT ở cơ sở"], level: "thon", component: "hoTro", rate: "hoTro.toBaoVe.toTruong", insurance: "toBaoVe", inFund: false }),
  post({ code: "toPhoToBaoVe", name: "Tổ phó tổ bảo vệ ANTT", aliases: ["Tổ phó tổ bảo vệ an ninh, trật tự"], level: "thon", component: "hoTro", rate: "hoTro.toBaoVe.toPho", insurance: "toBaoVe", inFund: false }),
  post({ code: "toVienToBaoVe", name: "Tổ viên tổ bảo vệ ANTT", aliases: ["Tổ viên tổ bảo vệ an ninh, trật tự", "Thành viên tổ bảo vệ ANTT"], level: "thon", component: "hoTro", rate: "hoTro.toBaoVe.toVien", insurance: "toBaoVe", inFund: false }),
];

/** Typical commune-level HĐKCT posts (provinces set the list; QĐ 52/2024 Quảng Ninh Đ.4 names the elected ones). */
const communePostNames: [string, string, string[]][] = [
  ["phoChuTichMatTran", "Phó Chủ tịch Ủy ban MTTQ", ["Phó Chủ tịch UBMTTQ", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc"]],
  ["phoBiThuDoan", "Phó Bí thư Đoàn TNCS Hồ Chí Minh", ["Phó Bí thư Đoàn", "Phó Bí thư Đoàn thanh niên"]],
  ["phoChuTichPhuNu", "Phó Chủ tịch Hội Liên hiệp Phụ nữ", ["Phó Chủ tịch Hội LHPN", "Phó Chủ tịch Hội Phụ nữ"]],
  ["phoChuTichNongDan", "Phó Chủ tịch Hội Nông dân", []],
  ["phoChuTichCuuChienBinh", "Phó Chủ tịch Hội Cựu chiến binh", ["Phó Chủ tịch Hội CCB"]],
  ["chuTichChuThapDo", "Chủ tịch Hội Chữ thập đỏ", []],
  ["chuTichNguoiCaoTuoi", "Chủ tịch Hội Người cao tuổi", []],
  ["phoChuNhiemUyBanKiemTra", "Phó Chủ nhiệm Ủy ban kiểm tra Đảng ủy", ["Phó Chủ nhiệm UBKT", "Phó Chủ nhiệm Ủy ban kiểm tra"]],
  ["phoChiHuyTruongQuanSu", "Phó Chỉ huy trưởng Ban chỉ huy quân sự cấp xã", ["Phó Chỉ huy trưởng quân sự", "Phó Chỉ huy trưởng BCH quân sự"]],
  ["vanPhongDangUy", "Văn phòng Đảng ủy", ["Nhân viên văn phòng Đảng ủy"]],
  ["thuQuy", "Thủ quỹ - Văn thư - Lưu trữ", ["Thủ quỹ", "Văn thư - Lưu trữ"]],
  ["hdkctXaKhac", "Người hoạt động không chuyên trách cấp xã khác", ["HĐKCT cấp xã", "Không chuyên trách cấp xã"]],
];
const communePosts = communePostNames.map(([code, name, aliases]) =>
  post({ code, name, aliases, level: "xa", component: "phuCap", rate: `phuCap.${code}`, insurance: "hdkctXa", inFund: true, inHeadcount: true }),
);

export const centralPack: PackInput = {
  id: "central",
  name: "Trung ương (quy định chung toàn quốc)",
  jurisdiction: "Việt Nam",
  description:
    "Quy định trung ương: lương cơ sở, quỹ phụ cấp khoán (NĐ 33/2023, NĐ 185/2026), BHXH, BHYT, hỗ trợ BHXH tự nguyện, kiêm nhiệm. Mức phụ cấp từng chức danh do HĐND tỉnh quy định nên để trống.",
  parameters: [
    luongCoSo,
    quyXa("I", "16.0", "21.0", "a"),
    quyXa("II", "13.7", "18.0", "b"),
    quyXa("III", "11.4", "15.0", "c"),
    param(
      "quyXa.heSoNguoiTangThem",
      "Quỹ khoán thêm cho mỗi người hoạt động không chuyên trách tăng thêm ở cấp xã (× lương cơ sở/tháng)",
      "coefficient",
      v("2023-08-01", "1.5", ND33, "Điều 34 khoản 1", "high"),
      v("2025-08-01", null, POSTS_END, undefined, "high"),
    ),
    capXa("I", "14"),
    capXa("II", "12"),
    capXa("III", "10"),
    param("soLuongToiDa.thon", "Số người hoạt động không chuyên trách tối đa ở mỗi thôn, tổ dân phố", "count",
      v("2023-08-01", "3", ND33, "Điều 33 khoản 6–7", "high"),
      v("2026-07-01", "3", ND185, undefined, "unconfirmed", ND185_DATE_NOTE)),
    quyThon("loaiA", "5.0", "6.0", "8.0"),
    quyThon("loaiB", "3.0", "4.5", "6.5"),
    nguongSoHo("thon", "350", "350", "700"),
    nguongSoHo("toDanPho", "500", "500", "1000"),
    dacDiemLoaiA("trongDiemAnTT", "xã trọng điểm, phức tạp về an ninh, trật tự", [
      v("2019-06-25", "1", ND34_2019, "Điều 2 khoản 6", "low"),
      v("2023-08-01", "1", ND33, "Điều 34 khoản 2 điểm a", "high"),
    ]),
    dacDiemLoaiA("bienGioi", "xã biên giới", [
      v("2019-06-25", "1", ND34_2019, "Điều 2 khoản 6", "low"),
      v("2023-08-01", "1", ND33, "Điều 34 khoản 2 điểm a", "high"),
    ]),
    dacDiemLoaiA("haiDao", "xã hải đảo", [
      v("2019-06-25", "1", ND34_2019, "Điều 2 khoản 6", "low"),
      v("2023-08-01", "1", ND33, "Điều 34 khoản 2 điểm a", "high"),
    ]),
    dacDiemLoaiA("khoKhan", "thôn đặc biệt khó khăn", [
      v("2019-06-25", "0", ND34_2019, "Điều 2 khoản 6", "low"),
      v("2026-07-01", "1", ND185, undefined, "unconfirmed", ND185_DATE_NOTE),
    ]),
    // Kiêm nhiệm (NĐ 33/2023 Đ.34 k.4; Đ.20)
    rate("kiemNhiem.tyLe", "Tỷ lệ phụ cấp kiêm nhiệm khi người hoạt động không chuyên trách kiêm nhiệm chức danh khác",
      v("2023-08-01", "1.0", ND33, "Điều 34 khoản 4", "medium", "Hưởng 100% mức phụ cấp của chức danh kiêm nhiệm; HĐND tỉnh có được quy định thấp hơn hay không: chưa xác nhận.")),
    rate("hoTroKiemNhiem.tyLe", "Tỷ lệ hỗ trợ kiêm nhiệm khi người hưởng hỗ trợ (tổ bảo vệ ANTT, người tham gia ở thôn) kiêm thêm việc",
      v("2023-08-01", null, ND33, "Điều 34 khoản 5", "unconfirmed", "Do HĐND tỉnh quy định; nhập tỷ lệ ở sheet ThamSo (mã hoTroKiemNhiem.tyLe).")),
    rate("kiemNhiem.canBoCongChuc.tyLe", "Phụ cấp kiêm nhiệm của cán bộ, công chức cấp xã (tỷ lệ lương bậc 1 + phụ cấp chức vụ của chức danh kiêm nhiệm)",
      v("2019-06-25", "0.2", "Nghị định 92/2009/NĐ-CP", "Điều 10 khoản 1", "medium", "Trước 01/8/2023: 20% mức lương hiện hưởng."),
      v("2023-08-01", "0.5", ND33, "Điều 20 khoản 1", "high", "Chỉ hưởng một mức cao nhất; không dùng để đóng BHXH, BHYT.")),
    // Compulsory BHXH and BHYT
    rate("bhxh.batBuoc.donVi", "Tỷ lệ đóng BHXH bắt buộc phần đơn vị (ngân sách) đóng",
      v("2016-01-01", "0.14", LUAT58, "Điều 86 khoản 1 (quỹ hưu trí, tử tuất)", "medium"),
      v("2025-07-01", "0.17", LUAT41, "Điều 33–34 (3% ốm đau, thai sản + 14% hưu trí, tử tuất)", "high")),
    rate("bhxh.batBuoc.nguoiLaoDong", "Tỷ lệ đóng BHXH bắt buộc phần người lao động đóng",
      v("2016-01-01", "0.08", LUAT58, "Điều 85 khoản 1", "medium"),
      v("2025-07-01", "0.08", LUAT41, "Điều 33", "high")),
    param("bhxh.batBuoc.canCu.heSoLcs", "Căn cứ đóng BHXH bắt buộc của người hoạt động không chuyên trách (× lương cơ sở)", "coefficient",
      v("2016-01-01", "1", LUAT58, "Điều 89", "medium", "Căn cứ đóng là mức lương cơ sở."),
      v("2025-07-01", "1", LUAT41, "Điều 31 khoản 1 điểm c", "unconfirmed", "Căn cứ đóng do Chính phủ quy định (dự thảo NĐ 158/2025: phụ cấp thực nhận, không thấp hơn mức tham chiếu); tạm lấy bằng lương cơ sở.")),
    coverage("bhxh.batBuoc.apDung.hdkctXa", "Người hoạt động không chuyên trách cấp xã thuộc diện BHXH bắt buộc (1 = có)",
      v("2016-01-01", "1", LUAT58, "Điều 2 khoản 1 điểm i", "medium"),
      v("2025-07-01", "1", LUAT41, "Điều 2 khoản 1 điểm k", "high")),
    coverage("bhxh.batBuoc.apDung.hdkctThon", "Người hoạt động không chuyên trách ở thôn, TDP thuộc diện BHXH bắt buộc (1 = có)",
      v("2016-01-01", "0", LUAT58, "Điều 2", "medium", "Luật 2014 không đưa người hoạt động không chuyên trách ở thôn vào diện bắt buộc."),
      v("2025-07-01", "1", LUAT41, "Điều 2 khoản 1 điểm k", "high")),
    coverage("bhxh.batBuoc.apDung.toBaoVe", "Thành viên Tổ bảo vệ ANTT thuộc diện BHXH bắt buộc (1 = có)",
      v("2024-07-01", "0", LUAT_ANTT, "Điều 23", "medium", "Tham gia BHXH tự nguyện, được hỗ trợ.")),
    coverage("bhxh.batBuoc.apDung.hoTroThon", "Người trực tiếp tham gia hoạt động ở thôn thuộc diện BHXH bắt buộc (1 = có)",
      v("2016-01-01", "0", ND33, "Điều 33 khoản 8", "medium")),
    rate("bhyt.batBuoc.donVi", "Tỷ lệ đóng BHYT phần đơn vị (ngân sách) đóng",
      v("2018-12-01", "0.03", ND146, "Điều 7 khoản 1 điểm đ", "high"),
      v("2025-07-01", "0.03", "Luật 51/2024/QH15 sửa Luật BHYT; Nghị định 188/2025/NĐ-CP", undefined, "medium")),
    rate("bhyt.batBuoc.nguoiLaoDong", "Tỷ lệ đóng BHYT phần người lao động đóng",
      v("2018-12-01", "0.015", ND146, "Điều 7 khoản 1 điểm đ", "high"),
      v("2025-07-01", "0.015", "Luật 51/2024/QH15 sửa Luật BHYT; Nghị định 188/2025/NĐ-CP", undefined, "medium")),
    param("bhyt.batBuoc.canCu.heSoLcs", "Căn cứ đóng BHYT của người hoạt động không chuyên trách (× lương cơ sở)", "coefficient",
      v("2018-12-01", "1", ND146, "Điều 7 khoản 1 điểm đ", "high"),
      v("2025-07-01", "1", "Nghị định 188/2025/NĐ-CP", undefined, "unconfirmed", "Căn cứ đóng BHYT theo NĐ 188/2025 chưa xác nhận; tạm lấy lương cơ sở.")),
    coverage("bhyt.batBuoc.apDung.hdkctXa", "Người hoạt động không chuyên trách cấp xã thuộc diện BHYT do đơn vị đóng (1 = có)",
      v("2018-12-01", "1", ND146, "Điều 7 khoản 1 điểm đ", "high")),
    coverage("bhyt.batBuoc.apDung.hdkctThon", "Người hoạt động không chuyên trách ở thôn, TDP thuộc diện BHYT do đơn vị đóng (1 = có)",
      v("2018-12-01", "0", ND146, undefined, "unconfirmed", "Trước 01/7/2025 chưa xác định được quy định đóng BHYT cho đối tượng này."),
      v("2025-07-01", "1", "Luật 51/2024/QH15; Nghị định 188/2025/NĐ-CP", undefined, "medium")),
    coverage("bhyt.batBuoc.apDung.toBaoVe", "Thành viên Tổ bảo vệ ANTT thuộc diện BHYT do đơn vị đóng (1 = có)",
      v("2024-07-01", "0", LUAT_ANTT, "Điều 23", "medium", "Được hỗ trợ đóng BHYT theo mức HĐND tỉnh.")),
    coverage("bhyt.batBuoc.apDung.hoTroThon", "Người trực tiếp tham gia hoạt động ở thôn thuộc diện BHYT do đơn vị đóng (1 = có)",
      v("2016-01-01", "0", ND33, "Điều 33 khoản 8", "medium")),
    // Voluntary BHXH and household BHYT
    rate("bhxhTuNguyen.tyLe", "Tỷ lệ đóng BHXH tự nguyện trên thu nhập tháng lựa chọn",
      v("2016-01-01", "0.22", LUAT58, "Điều 87 khoản 1", "high"),
      v("2025-07-01", "0.22", LUAT41, "Điều 36 khoản 1", "high")),
    param("chuanNgheoNongThon", "Chuẩn nghèo khu vực nông thôn (mức thu nhập tối thiểu đóng BHXH tự nguyện)", "VND",
      v("2016-01-01", "700000", "Quyết định 59/2015/QĐ-TTg", undefined, "low"),
      v("2022-01-01", "1500000", "Nghị định 07/2021/NĐ-CP", "Điều 3", "high", "Kéo dài đến hết 31/12/2026."),
      v("2027-01-01", "2200000", "Nghị định về chuẩn nghèo giai đoạn 2026–2030", undefined, "medium", "Số hiệu nghị định chưa có; việc dùng làm mức sàn BHXH tự nguyện chưa xác nhận.")),
    hoTroBhxhTn("hoNgheo", "hộ nghèo", "0.30", "0.50"),
    hoTroBhxhTn("xaDaoDacKhu", "người sống ở xã đảo, đặc khu", "0.10", "0.50"),
    hoTroBhxhTn("hoCanNgheo", "hộ cận nghèo", "0.25", "0.40"),
    hoTroBhxhTn("danTocThieuSo", "người dân tộc thiểu số", "0.10", "0.30"),
    hoTroBhxhTn("khac", "đối tượng khác", "0.10", "0.20"),
    param("bhxhTuNguyen.soThangHoTroToiDa", "Số tháng được hỗ trợ đóng BHXH tự nguyện tối đa", "months",
      v("2018-01-01", "120", ND134, "Điều 14 khoản 2", "unconfirmed", "Tối đa 10 năm theo quy định cũ: chưa đối chiếu văn bản gốc."),
      v("2025-07-01", "120", ND159, undefined, "high")),
    coverage("hoTroBhxhTuNguyen.apDung.toBaoVe", "Thành viên Tổ bảo vệ ANTT được hỗ trợ đóng BHXH tự nguyện (1 = có)",
      v("2024-07-01", "1", LUAT_ANTT, "Điều 23 khoản 1–2", "high", "Mức hỗ trợ do HĐND tỉnh quy định; mặc định theo tỷ lệ trung ương của nhóm đối tượng.")),
    rate("hoTroBhyt.toBaoVe.tyLe", "Tỷ lệ ngân sách hỗ trợ mức đóng BHYT của thành viên Tổ bảo vệ ANTT",
      v("2024-07-01", null, LUAT_ANTT, "Điều 23 khoản 1–2", "unconfirmed", "Do HĐND tỉnh quy định; nhập ở sheet ThamSo (mã hoTroBhyt.toBaoVe.tyLe)."),
      v("2025-08-15", "0.5", "Nghị định 188/2025/NĐ-CP", undefined, "medium", "Ngân sách hỗ trợ tối thiểu 50%; tỉnh có thể quy định cao hơn. Tra theo tháng: áp dụng từ tháng 9/2025.")),
    rate("bhyt.hoGiaDinh.tyLe", "Mức đóng BHYT người thứ nhất trong hộ gia đình (× lương cơ sở)",
      v("2018-12-01", "0.045", ND146, "Điều 7 khoản 1 điểm e", "high")),
    ...([["2", "0.7"], ["3", "0.6"], ["4", "0.5"], ["5", "0.4"]] as const).map(([n, r]) =>
      rate(`bhyt.hoGiaDinh.nguoiThu${n}`, `Mức đóng BHYT hộ gia đình, người thứ ${n}${n === "5" ? " trở đi" : ""} (tỷ lệ mức người thứ nhất)`,
        v("2018-12-01", r, ND146, "Điều 7 khoản 1 điểm e", "high"))),
    // ── One-off payments to people who leave (central.md §8) ─────────────────────────────────────
    ...troCapParams(),
    // Per-title amounts are provincial: empty slots.
    ...thonPosts.filter((p) => p.rate).map((p) => provincialRate(p.rate!, `Mức phụ cấp/hỗ trợ hằng tháng: ${p.name}`)),
    ...communePosts.map((p) => provincialRate(p.rate!, `Mức phụ cấp hằng tháng: ${p.name}`)),
  ],
  posts: [...thonPosts, ...communePosts],
  khoan: [],
  rules: { kiemNhiem: "percent" },
};
