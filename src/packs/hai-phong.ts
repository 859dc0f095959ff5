/**
 * Hải Phòng (reference/legal/hai-phong.md). Layered on the central pack.
 *
 * NQ 15/2023/NQ-HĐND (08/12/2023), amended by NQ 09/2024/NQ-HĐND (19/7/2024): posts, allowances,
 * support of người trực tiếp tham gia, operating funds of commune organisations. Operative articles
 * not available: every slot ships empty (null) or as a labelled placeholder, tagged "unconfirmed".
 * NQ 20/2019/NQ-HĐND: two funding norms known from a secondary source (medium), but its date and
 * whether it is still in force are not known, so they are tagged "unconfirmed".
 * NQ 07/2024/NQ-HĐND: the city's own staff-reduction support (formula of Điều 3 not available).
 */
import { centralPack, ND33 } from "./central";
import { param, v } from "./dsl";
import { COMMUNE_ORGS, communeOrgKhoan } from "./organisations";
import type { PackInput, Unit } from "./schema";

const NQ15 = "Nghị quyết 15/2023/NQ-HĐND thành phố Hải Phòng";
const NQ20 = "Nghị quyết 20/2019/NQ-HĐND thành phố Hải Phòng";
const NQ07 = "Nghị quyết 07/2024/NQ-HĐND thành phố Hải Phòng";

/** NQ 15 was passed on 08/12/2023; its effective date is not known. The slots start on that day. */
const NQ15_FROM = "2023-12-08";
const NQ15_NOTE =
  "Ngày hiệu lực của NQ 15/2023 chưa xác nhận; mốc 08/12/2023 là ngày thông qua, chỉ là mốc tạm. NQ 09/2024/NQ-HĐND (19/7/2024) sửa đổi, bổ sung một số nội dung — nội dung sửa đổi chưa xác nhận.";
/** NQ 20/2019: date not in the reference. Placeholder: first budget year after the year of the resolution. */
const NQ20_FROM = "2020-01-01";
const NQ20_NOTE =
  "Mức theo NQ 20/2019 (nguồn thứ cấp, độ tin cậy trung bình). Ngày hiệu lực chưa xác nhận — 01/01/2020 là mốc tạm (năm ngân sách sau năm ban hành); nghị quyết còn hiệu lực hay đã được NQ 15/2023 thay thế: chưa xác nhận. Chưa áp dụng cho địa bàn Hải Dương cũ.";
/** NQ 07/2024 passed on 19/7/2024 (seed 004); effective date not known. */
const NQ07_FROM = "2024-07-19";

function chuaCo(key: string, label: string, unit: Unit, from: string, document: string, article: string | undefined, extra: string) {
  return param(key, label, unit, v(from, null, document, article, "unconfirmed", `${extra} Chưa có số liệu: nhập ở sheet ThamSo, mã "${key}".`));
}

/** HĐKCT posts whose allowance NQ 15 sets (commune posts and the three thôn/TDP posts). */
const nq15Posts = (centralPack.posts ?? []).filter((p) => p.component === "phuCap" && p.code !== "thonDoiTruong" && p.rate);

function khoanXa(org: string, label: string) {
  return (["I", "II", "III"] as const).map((cls) =>
    chuaCo(`khoan.${org}.xa.${cls}`, `Kinh phí hoạt động ${label} cấp xã — xã loại ${cls} (đồng/năm)`, "VND", NQ15_FROM, NQ15, undefined,
      `${NQ15_NOTE} Mức và việc phân theo loại xã chưa xác nhận (nếu là một mức chung: nhập cùng giá trị cho cả ba loại).`),
  );
}

/** A known NQ 20/2019 amount (VND, or households for the step rule). */
function nq20(key: string, label: string, unit: Unit, value: string, extra = "") {
  return param(key, label, unit, v(NQ20_FROM, value, NQ20, undefined, "unconfirmed", `${NQ20_NOTE}${extra ? " " + extra : ""}`));
}

const STEP_NOTE =
  "Ban công tác Mặt trận: 5.000.000 đồng/năm khi dưới 700 hộ; thêm 1.000.000 đồng cho mỗi 200 hộ tăng thêm. Mô hình: cộng 1.000.000 cho mỗi đủ 200 hộ trên mốc 700 (1.100 hộ: 5.000.000 + 2 × 1.000.000 = 7.000.000). Khu dân cư đúng 700 hộ và phần lẻ dưới 200 hộ tính thế nào: chưa xác nhận.";

export const haiPhongPack: PackInput = {
  id: "hai-phong",
  name: "Thành phố Hải Phòng",
  jurisdiction: "Thành phố Hải Phòng",
  extends: "central",
  description:
    "Hải Phòng: NQ 15/2023/NQ-HĐND (08/12/2023), sửa đổi bởi NQ 09/2024/NQ-HĐND (19/7/2024), về chức danh, mức phụ cấp người hoạt động không chuyên trách cấp xã, ở thôn, TDP, hỗ trợ người trực tiếp tham gia và kinh phí hoạt động tổ chức chính trị - xã hội cấp xã — toàn bộ mức chưa xác nhận, để trống (NQ 09/2024 có thể liên quan Tổ bảo vệ ANTT: chưa xác nhận). " +
    "NQ 20/2019/NQ-HĐND: khoán cuộc vận động của UBMTTQ cấp xã và kinh phí Ban công tác Mặt trận khu dân cư (mức có nguồn, hiệu lực hiện hành chưa xác nhận). " +
    "NQ 07/2024/NQ-HĐND (19/7/2024): hỗ trợ thêm của thành phố cho người tinh giản biên chế, nghỉ trước tuổi (công thức Điều 3 chưa xác nhận; nhập theo từng người). " +
    "Sáp nhập: tỉnh Hải Dương nhập vào Hải Phòng từ 01/7/2025 (NQ 202/2025/QH15). Gói này áp dụng cho địa bàn Hải Phòng cũ; địa bàn Hải Dương cũ có thể vẫn áp dụng nghị quyết của Hải Dương đến khi được thay thế (chưa xác nhận), ví dụ NQ 30/2024/NQ-HĐND tỉnh Hải Dương về Tổ bảo vệ ANTT — chưa đưa vào gói; nhập ở sheet ThamSo.",
  parameters: [
    // ── NQ 15/2023 (+ NQ 09/2024): allowance of each HĐKCT post ─────────────────────────────────
    ...nq15Posts.map((p) =>
      chuaCo(p.rate!, `Mức phụ cấp hằng tháng: ${p.name} (× lương cơ sở)`, "coefficient", NQ15_FROM, NQ15, undefined,
        `${NQ15_NOTE} Hệ số của chức danh chưa xác nhận (đối chiếu tổng với quỹ khoán NĐ 33/2023 Đ.34).${p.level === "xa" ? " Chức danh cấp xã chấm dứt từ 01/8/2025; người được giữ lại hưởng mức cũ đến trước 31/5/2026." : ""}`),
    ),
    chuaCo("hoTro.nguoiTrucTiepThamGia", "Mức hỗ trợ hằng tháng người trực tiếp tham gia hoạt động ở thôn, TDP (× lương cơ sở)", "coefficient", NQ15_FROM, NQ15, undefined,
      `${NQ15_NOTE} Mức hỗ trợ chưa xác nhận.`),
    param("kiemNhiem.tyLe", "Tỷ lệ phụ cấp kiêm nhiệm khi người hoạt động không chuyên trách kiêm nhiệm chức danh khác", "ratio",
      v(NQ15_FROM, "1.0", ND33, "Điều 34 khoản 4", "unconfirmed",
        `Mức tạm: 100% phụ cấp chức danh kiêm nhiệm theo NĐ 33/2023 Đ.34 k.4; mức của NQ 15/2023 chưa xác nhận: nhập mức đúng ở sheet ThamSo, mã "kiemNhiem.tyLe". ${NQ15_NOTE}`)),
    ...COMMUNE_ORGS.flatMap(([org, label]) => khoanXa(org, label)),
    // ── NQ 20/2019: funding norms ─────────────────────────────────────────────────────────────────
    nq20("khoan.cuocVanDong.matTranXa", "Kinh phí cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" của UBMTTQ cấp xã (đồng/năm)", "VND", "20000000"),
    nq20("khoan.cuocVanDong.matTranXa.khoKhan", "Kinh phí cuộc vận động của UBMTTQ ở xã khó khăn (đồng/năm, thay mức thường)", "VND", "25000000",
      "Xã khó khăn: 25.000.000 đồng/năm thay cho 20.000.000."),
    nq20("khoan.banCongTacMatTran.thon", "Kinh phí hoạt động Ban công tác Mặt trận khu dân cư dưới 700 hộ (đồng/năm)", "VND", "5000000", STEP_NOTE),
    nq20("khoan.banCongTacMatTran.thon.nguongSoHo", "Số hộ của khu dân cư từ đó tính thêm kinh phí Ban công tác Mặt trận", "households", "700", STEP_NOTE),
    nq20("khoan.banCongTacMatTran.thon.buocSoHo", "Số hộ mỗi bậc tăng thêm kinh phí Ban công tác Mặt trận", "households", "200", STEP_NOTE),
    nq20("khoan.banCongTacMatTran.thon.mucTangThem", "Kinh phí tăng thêm cho mỗi bậc hộ của Ban công tác Mặt trận (đồng/năm)", "VND", "1000000", STEP_NOTE),
    nq20("khoan.banCongTacMatTran.thon.khoKhan", "Kinh phí cộng thêm cho Ban công tác Mặt trận khu dân cư thuộc xã khó khăn (đồng/năm)", "VND", "1000000",
      "Xã khó khăn: cộng thêm 1.000.000 đồng/năm; áp dụng theo đặc điểm Khó khăn của xã (hay của khu dân cư): chưa xác nhận."),
    // ── NQ 07/2024: city support for staff reduction and voluntary early leave ────────────────────
    chuaCo("troCap.hoTroThanhPho", "Mức hỗ trợ của thành phố cho người tinh giản biên chế, nghỉ công tác trước tuổi (đồng/người, cộng thêm mức trung ương)", "VND", NQ07_FROM, NQ07, "Điều 3",
      "Công thức của Điều 3 (số tháng lương, bậc, mức trần) chưa xác nhận; nhập số tiền theo từng người, tính thêm ngoài mức trung ương (NĐ 29/2023, NĐ 154/2025, NĐ 178/2024). Điều 5 khoản 1: người được duyệt theo NĐ 29/2023 chưa được chi theo NQ 27/2019, NQ 18/2022 hưởng theo NQ 07. Ngày hiệu lực chưa xác nhận (mốc tạm 19/7/2024, ngày thông qua). Từ 15/3/2025 khoản hỗ trợ thêm của địa phương cho đối tượng NĐ 178/2024 mất căn cứ (NĐ 67/2025 Đ.1 k.17; thành phố đã bãi bỏ NQ 01/2025); NĐ 29/2023 hết hiệu lực từ 16/6/2025; NQ 07/2024 còn hiệu lực hay không: chưa xác nhận."),
    param("troCap.hoTroTinh.apDung", "Có chính sách hỗ trợ thêm của tỉnh, thành phố cho người tinh giản biên chế, nghỉ việc do sắp xếp (1 = có)", "flag",
      v(NQ07_FROM, "1", NQ07, "Điều 3", "unconfirmed",
        "Hải Phòng hỗ trợ thêm ngoài mức trung ương (NQ 07/2024/NQ-HĐND; CV triển khai, seed 004). Công thức Điều 3 chưa xác nhận: nhập số tiền từng người ở cột \"Hỗ trợ của tỉnh/thành phố\" của sheet NghiViec (hoặc một mức chung, mã \"troCap.hoTroThanhPho\"). Ngày hiệu lực chưa xác nhận (mốc tạm 19/7/2024, ngày thông qua)."),
      v("2025-03-15", "0", "Nghị định 67/2025/NĐ-CP", "Điều 1 khoản 17", "high",
        "Từ 15/3/2025 khoản hỗ trợ thêm của địa phương mất căn cứ; thành phố đã bãi bỏ NQ 01/2025. Hồ sơ duyệt trước ngày này có nơi vẫn chi (độ tin cậy trung bình); tình trạng của NQ 07/2024: chưa xác nhận.")),
  ],
  posts: [],
  khoan: [
    ...communeOrgKhoan("Kinh phí hoạt động"),
    {
      code: "cuocVanDongMatTranXa",
      name: "Kinh phí cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" của UBMTTQ cấp xã",
      level: "xa",
      base: "khoan.cuocVanDong.matTranXa",
      khoKhan: { param: "khoan.cuocVanDong.matTranXa.khoKhan", mode: "replace" },
    },
    {
      code: "banCongTacMatTranThon",
      name: "Kinh phí hoạt động Ban công tác Mặt trận khu dân cư",
      level: "thon",
      base: "khoan.banCongTacMatTran.thon",
      khoKhan: { param: "khoan.banCongTacMatTran.thon.khoKhan", mode: "add" },
      steps: { threshold: "khoan.banCongTacMatTran.thon.nguongSoHo", size: "khoan.banCongTacMatTran.thon.buocSoHo", amount: "khoan.banCongTacMatTran.thon.mucTangThem" },
    },
  ],
  rules: { kiemNhiem: "percent" },
};
