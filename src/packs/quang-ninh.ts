/**
 * Quảng Ninh (reference/legal/quang-ninh.md). Layered on the central pack.
 *
 * NQ 34/2024/NQ-HĐND (19/4/2024): titles and regime of HĐKCT at commune level and in thôn, bản, khu
 * phố; number and regime of người trực tiếp tham gia; khoán of commune socio-political organisations;
 * "kinh phí hỗ trợ hoạt động" of each thôn, bản, khu phố. Its operative articles were not available:
 * every amount ships empty (null) or as a labelled placeholder, tagged "unconfirmed".
 * QĐ 52/2024/QĐ-UBND (seed 001, high): which commune posts are elected, Phó Chỉ huy trưởng quân sự as
 * an HĐKCT post, the 60-month refund rule, the 6-month evaluation rule.
 */
import { centralPack, ND33 } from "./central";
import { param, post, v } from "./dsl";
import { COMMUNE_ORGS, communeOrgKhoan } from "./organisations";
import type { PackInput, Unit } from "./schema";

const NQ34 = "Nghị quyết 34/2024/NQ-HĐND tỉnh Quảng Ninh";
const QD52 = "Quyết định 52/2024/QĐ-UBND tỉnh Quảng Ninh";

/** NQ 34 was passed on 19/4/2024; its effective date is not known. The slots start on that day. */
const NQ34_FROM = "2024-04-19";
const NQ34_DATE_NOTE = "Ngày hiệu lực của NQ 34/2024 và nghị quyết bị thay thế chưa xác nhận; mốc 19/4/2024 là ngày thông qua, chỉ là mốc tạm.";
/** QĐ 52/2024 in force 10/11/2024 (seed 001). */
const QD52_FROM = "2024-11-10";

function chuaCo(key: string, label: string, unit: Unit, extra: string, article?: string) {
  return param(key, label, unit, v(NQ34_FROM, null, NQ34, article, "unconfirmed", `${NQ34_DATE_NOTE} ${extra} Chưa có số liệu: nhập ở sheet ThamSo, mã "${key}".`));
}

function centralPost(code: string) {
  const p = centralPack.posts?.find((x) => x.code === code);
  if (!p) throw new Error(`Gói trung ương không có chức danh ${code}`);
  return p;
}

/** HĐKCT posts whose allowance NQ 34 sets (commune posts and the three thôn/bản/khu phố posts). */
const nq34Posts = (centralPack.posts ?? []).filter((p) => p.component === "phuCap" && p.code !== "thonDoiTruong" && p.rate);

const ELECTED = "Chức danh bầu cử (QĐ 52/2024/QĐ-UBND Điều 4).";
const SELECTED = "Chức danh tuyển chọn theo điều kiện, không chấm điểm; không áp dụng cho chức danh do CBCC hoặc người hoạt động không chuyên trách kiêm nhiệm (QĐ 52/2024 Điều 5). Có trong danh mục của NQ 34/2024 hay không: chưa xác nhận.";

function khoanXa(org: string, label: string) {
  return (["I", "II", "III"] as const).map((cls) =>
    chuaCo(`khoan.${org}.xa.${cls}`, `Mức khoán kinh phí hoạt động ${label} cấp xã — xã loại ${cls} (đồng/năm)`, "VND",
      "Mức khoán và việc phân theo loại xã chưa xác nhận (nếu là một mức chung: nhập cùng giá trị cho cả ba loại)."),
  );
}

export const quangNinhPack: PackInput = {
  id: "quang-ninh",
  name: "Tỉnh Quảng Ninh",
  jurisdiction: "Tỉnh Quảng Ninh",
  extends: "central",
  description:
    "Quảng Ninh: NQ 34/2024/NQ-HĐND (19/4/2024) về chức danh, chế độ người hoạt động không chuyên trách cấp xã và ở thôn, bản, khu phố; số lượng, chế độ người trực tiếp tham gia hoạt động ở thôn, bản, khu phố; khoán kinh phí tổ chức chính trị - xã hội cấp xã; kinh phí hỗ trợ hoạt động của thôn, bản, khu phố — toàn bộ mức chưa xác nhận, để trống. " +
    "QĐ 52/2024/QĐ-UBND (28/10/2024, hiệu lực 10/11/2024) quản lý người hoạt động không chuyên trách cấp xã: 8 chức danh bầu cử (Điều 4), Phó Chỉ huy trưởng quân sự là chức danh không chuyên trách, làm việc 20 giờ/tuần (Điều 3), chuẩn hóa trước 01/8/2028 và hoàn trả trợ cấp trong 60 tháng (Điều 16). " +
    "\"Khu phố\" tương đương tổ dân phố; \"bản\" tương đương thôn. Chức danh cấp xã chấm dứt từ 01/8/2025; phần thôn, bản, khu phố tiếp tục đến khi có nghị quyết thay thế. Tỉnh giữ nguyên địa giới năm 2025 (54 đơn vị cấp xã từ 01/7/2025).",
  parameters: [
    // ── NQ 34/2024: allowance of each HĐKCT post ──────────────────────────────────────────────────
    ...nq34Posts.map((p) =>
      chuaCo(p.rate!, `Mức phụ cấp hằng tháng: ${p.name} (× lương cơ sở)`, "coefficient",
        `Hệ số của chức danh theo NQ 34 chưa xác nhận (đối chiếu tổng với quỹ khoán NĐ 33/2023 Đ.34).${p.level === "xa" ? " Chức danh cấp xã chấm dứt từ 01/8/2025; người được giữ lại hưởng mức cũ đến trước 31/5/2026." : ""}`),
    ),
    chuaCo("hoTro.nguoiTrucTiepThamGia", "Mức hỗ trợ hằng tháng người trực tiếp tham gia hoạt động ở thôn, bản, khu phố (× lương cơ sở)", "coefficient",
      "Mức hỗ trợ theo NQ 34 chưa xác nhận."),
    chuaCo("soLuongToiDa.nguoiTrucTiepThamGia", "Số người trực tiếp tham gia hoạt động tối đa ở mỗi thôn, bản, khu phố", "count",
      "NQ 34 quy định số lượng nhưng con số chưa xác nhận."),
    param("kiemNhiem.tyLe", "Tỷ lệ phụ cấp kiêm nhiệm khi người hoạt động không chuyên trách kiêm nhiệm chức danh khác", "ratio",
      v(NQ34_FROM, "1.0", ND33, "Điều 34 khoản 4", "unconfirmed",
        `Mức tạm: 100% phụ cấp chức danh kiêm nhiệm theo NĐ 33/2023 Đ.34 k.4; mức của NQ 34/2024 chưa xác nhận: nhập mức đúng ở sheet ThamSo, mã "kiemNhiem.tyLe". ${NQ34_DATE_NOTE}`)),
    // ── Khoán kinh phí (NQ 34/2024) ───────────────────────────────────────────────────────────────
    ...COMMUNE_ORGS.flatMap(([org, label]) => khoanXa(org, label)),
    chuaCo("khoan.hoTroHoatDong.thon", "Kinh phí hỗ trợ hoạt động của mỗi thôn, bản, khu phố (đồng/năm)", "VND",
      "Mức (và có phân theo số hộ hay loại thôn không) chưa xác nhận. Không nhầm với khoản 10.000.000 đồng/khu dân cư cho Ngày hội Đại đoàn kết năm 2025 (QĐ 4281/QĐ-UBND)."),
    // ── QĐ 52/2024: management rules with numbers (seed 001) ──────────────────────────────────────
    param("hdkctXa.hoanTraTroCap.soThang", "Số tháng kể từ khi nhận trợ cấp dôi dư (sáp nhập đơn vị, thôn) mà được tuyển làm người hoạt động không chuyên trách cấp xã thì phải hoàn trả trợ cấp", "months",
      v(QD52_FROM, "60", QD52, "Điều 16", "high", "Chức danh cấp xã chấm dứt từ 01/8/2025 nên quyết định thực tế hết áp dụng; việc bãi bỏ chính thức chưa xác nhận.")),
    param("hdkctXa.danhGia.soThangToiThieu", "Số tháng công tác tối thiểu trong năm để được đánh giá, xếp loại (trừ nghỉ thai sản)", "months",
      v(QD52_FROM, "6", QD52, "Điều 11 khoản 1 điểm c–d", "high", "Dưới 6 tháng trong năm thì không đánh giá, xếp loại (trừ nghỉ thai sản); người kiêm nhiệm được đánh giá chủ yếu theo chức danh chính (Điều 11 khoản 3).")),
  ],
  posts: [
    // Commune posts: elected (Đ.4), Phó Chỉ huy trưởng quân sự (Đ.11, Đ.13), the others selected (Đ.5).
    post({ ...centralPost("chuTichChuThapDo"), note: ELECTED }),
    post({ ...centralPost("chuTichNguoiCaoTuoi"), note: ELECTED }),
    post({ ...centralPost("phoChuNhiemUyBanKiemTra"), note: ELECTED }),
    post({ ...centralPost("phoChuTichMatTran"), note: ELECTED }),
    post({ ...centralPost("phoBiThuDoan"), note: ELECTED }),
    post({ ...centralPost("phoChuTichPhuNu"), note: ELECTED }),
    post({ ...centralPost("phoChuTichCuuChienBinh"), note: ELECTED }),
    post({ ...centralPost("phoChuTichNongDan"), note: `${ELECTED} Chỉ ở nơi có hoạt động sản xuất nông nghiệp và có tổ chức Hội Nông dân.` }),
    post({ ...centralPost("phoChiHuyTruongQuanSu"), note: "Là chức danh người hoạt động không chuyên trách cấp xã (QĐ 52/2024 Điều 11, Điều 13)." }),
    post({ ...centralPost("vanPhongDangUy"), note: SELECTED }),
    post({ ...centralPost("thuQuy"), note: SELECTED }),
    post({ ...centralPost("hdkctXaKhac"), note: SELECTED }),
    // Thôn, bản, khu phố: "bản" ≈ thôn, "khu phố" ≈ tổ dân phố.
    post({ ...centralPost("biThuChiBo"), aliases: ["Bí thư chi bộ thôn", "Bí thư chi bộ bản", "Bí thư chi bộ khu phố", "Bí thư chi bộ tổ dân phố"] }),
    post({ ...centralPost("truongThon"), aliases: ["Trưởng bản", "Trưởng thôn, bản", "Trưởng thôn bản", "Trưởng ấp", "Trưởng xóm", "Trưởng làng"] }),
    post({
      ...centralPost("toTruongToDanPho"),
      name: "Trưởng khu phố",
      aliases: ["Tổ trưởng tổ dân phố", "Tổ trưởng TDP", "Tổ trưởng dân phố"],
      note: "Ở Quảng Ninh khu phố tương đương tổ dân phố.",
    }),
    post({
      ...centralPost("truongBanCongTacMatTran"),
      aliases: ["Trưởng ban CTMT", "Trưởng ban công tác mặt trận thôn", "Trưởng ban công tác Mặt trận bản", "Trưởng ban công tác Mặt trận khu phố", "Trưởng ban công tác Mặt trận khu dân cư"],
    }),
    post({
      ...centralPost("nguoiTrucTiepThamGia"),
      name: "Người trực tiếp tham gia hoạt động ở thôn, bản, khu phố",
      aliases: ["Người trực tiếp tham gia hoạt động ở thôn", "Người trực tiếp tham gia hoạt động ở thôn, tổ dân phố", "Người tham gia hoạt động ở thôn"],
    }),
  ],
  khoan: [
    ...communeOrgKhoan("Khoán kinh phí hoạt động"),
    { code: "hoTroHoatDongThon", name: "Kinh phí hỗ trợ hoạt động của thôn, bản, khu phố", level: "thon", base: "khoan.hoTroHoatDong.thon" },
  ],
  rules: { kiemNhiem: "percent" },
};
