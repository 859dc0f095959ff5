/**
 * Hưng Yên (reference/legal/hung-yen.md). Layered on the central pack: a parameter here replaces the
 * central one from its first date on.
 *
 * The operative articles of NQ 439/2023 (posts, coefficients, kiêm nhiệm, Điều 4 support, lump sums)
 * were not available: every such slot ships empty (null) or as a labelled placeholder, tagged
 * "unconfirmed", with a note naming the ThamSo key the officer fills in. Known numbers: NQ 456/2024
 * (Tổ bảo vệ ANTT) and NQ 794/2025 (thôn đội trưởng).
 */
import { centralPack, ND33 } from "./central";
import { bySoHo, param, post, v } from "./dsl";
import { COMMUNE_ORGS, communeOrgKhoan } from "./organisations";
import type { PackInput, Unit } from "./schema";

const NQ439 = "Nghị quyết 439/2023/NQ-HĐND tỉnh Hưng Yên";
const NQ456 = "Nghị quyết 456/2024/NQ-HĐND tỉnh Hưng Yên";
const NQ794 = "Nghị quyết 794/2025/NQ-HĐND tỉnh Hưng Yên";

/** NQ 439 was passed on 07/12/2023; its effective date is not known. The slots start on that day. */
const NQ439_FROM = "2023-12-07";
const NQ439_DATE_NOTE = "Ngày hiệu lực của NQ 439/2023 chưa xác nhận; mốc 07/12/2023 là ngày thông qua, chỉ là mốc tạm.";
/** NQ 456 effective date not known: placeholder = date the Law on the grassroots ANTT force took effect. */
const NQ456_FROM = "2024-07-01";
const NQ456_DATE_NOTE =
  "Mức theo NQ 456/2024 (nguồn báo chí trích nguyên văn, độ tin cậy trung bình); ngày hiệu lực chưa xác nhận — tạm lấy 01/7/2024 (ngày Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở có hiệu lực).";

/** An empty slot: no value known; the officer enters it on sheet ThamSo under `key`. */
function chuaCo(key: string, label: string, unit: Unit, from: string, document: string, article: string | undefined, extra: string) {
  return param(key, label, unit, v(from, null, document, article, "unconfirmed", `${extra} Chưa có số liệu: nhập ở sheet ThamSo, mã "${key}".`));
}

/** Central post with Hưng Yên changes (a post with the same code replaces the central one). */
function centralPost(code: string) {
  const p = centralPack.posts?.find((x) => x.code === code);
  if (!p) throw new Error(`Gói trung ương không có chức danh ${code}`);
  return p;
}

/** HĐKCT posts whose allowance NQ 439 sets (commune posts and the three thôn/TDP posts). */
const nq439Posts = (centralPack.posts ?? []).filter((p) => p.component === "phuCap" && p.code !== "thonDoiTruong" && p.rate);

/** Khoán of a commune socio-political organisation, per commune class I/II/III (VND/year). */
function khoanXa(org: string, label: string) {
  return (["I", "II", "III"] as const).map((cls) =>
    chuaCo(`khoan.${org}.xa.${cls}`, `Mức khoán kinh phí hoạt động ${label} cấp xã — xã loại ${cls} (đồng/năm)`, "VND", NQ439_FROM, NQ439, undefined,
      `${NQ439_DATE_NOTE} Mức khoán theo phân loại xã chưa xác nhận (có thể là một mức chung: nhập cùng giá trị cho cả ba loại). Sau 01/8/2025 việc tiếp tục áp dụng chưa xác nhận.`),
  );
}

function khoanThon(org: string, label: string, extra = "") {
  return chuaCo(`khoan.${org}.thon`, `Mức khoán kinh phí hoạt động ${label} ở thôn, tổ dân phố (đồng/năm)`, "VND", NQ439_FROM, NQ439, undefined,
    `${NQ439_DATE_NOTE}${extra ? " " + extra : ""}`);
}

export const hungYenPack: PackInput = {
  id: "hung-yen",
  name: "Tỉnh Hưng Yên",
  jurisdiction: "Tỉnh Hưng Yên",
  extends: "central",
  description:
    "Hưng Yên: NQ 439/2023/NQ-HĐND (07/12/2023) về chức danh, số lượng, chế độ người hoạt động không chuyên trách cấp xã, ở thôn, TDP và mức khoán kinh phí các tổ chức chính trị - xã hội (thay NQ 277/2020: chưa xác nhận) — toàn bộ mức chưa xác nhận, để trống; " +
    "NQ 456/2024/NQ-HĐND (06/6/2024) hỗ trợ Tổ bảo vệ ANTT (2.340.000 / 1.980.000 / 1.620.000 đồng/tháng, BHYT 100%; ngày hiệu lực tạm 01/7/2024); " +
    "NQ 794/2025/NQ-HĐND (09/12/2025) phụ cấp thôn đội trưởng theo số hộ từ 01/01/2026. " +
    "Bồi dưỡng trực, huấn luyện của Tổ bảo vệ ANTT (NQ 456 Đ.3 k.3–4) chưa có mức: không tính; trợ cấp một lần cho Công an xã bán chuyên trách, bảo vệ dân phố, dân phòng thôi việc (CV 2354/UBND-NC) chưa có mức: nhập số tiền từng người ở sheet NghiViec hoặc mức chung ở sheet ThamSo. " +
    "Sáp nhập: tỉnh Thái Bình nhập vào Hưng Yên theo NQ 202/2025/QH15 (hiệu lực 12/6/2025). Gói này áp dụng cho địa bàn Hưng Yên cũ; địa bàn Thái Bình cũ có thể vẫn áp dụng nghị quyết của Thái Bình đến khi được thay thế (chưa xác nhận) — khi đó nhập mức ở sheet ThamSo. NQ 794/2025 là nghị quyết của tỉnh sau hợp nhất.",
  parameters: [
    // ── NQ 439/2023: allowance of each HĐKCT post (commune and thôn/TDP) ─────────────────────────
    ...nq439Posts.map((p) =>
      chuaCo(p.rate!, `Mức phụ cấp hằng tháng: ${p.name} (× lương cơ sở)`, "coefficient", NQ439_FROM, NQ439, undefined,
        `${NQ439_DATE_NOTE} Hệ số của chức danh theo NQ 439 chưa xác nhận (đối chiếu tổng với quỹ khoán NĐ 33/2023 Đ.34).${p.level === "xa" ? " Chức danh cấp xã chấm dứt từ 01/8/2025; người được giữ lại hưởng mức cũ đến trước 31/5/2026." : ""}`),
    ),
    // NQ 439 Điều 4: support of người trực tiếp tham gia hoạt động ở thôn, TDP, by households.
    chuaCo("hoTro.nguoiTrucTiepThamGia", "Mức hỗ trợ hằng tháng người trực tiếp tham gia hoạt động ở thôn, TDP (× lương cơ sở, theo số hộ)", "coefficient", NQ439_FROM, NQ439, "Điều 4",
      `${NQ439_DATE_NOTE} Mức hỗ trợ theo số hộ của thôn, TDP (Điều 4) chưa xác nhận; số hộ tính tại ngày nghị quyết có hiệu lực, không phân loại lại (văn bản triển khai NQ 439).`),
    chuaCo("soLuongToiDa.nguoiTrucTiepThamGia", "Số người trực tiếp tham gia hoạt động tối đa ở mỗi thôn, TDP", "count", NQ439_FROM, NQ439, undefined,
      `${NQ439_DATE_NOTE} Có quy định số tối đa (văn bản triển khai NQ 439) nhưng con số chưa xác nhận.`),
    chuaCo("hoTro.baoVeDanPho", "Mức hỗ trợ hằng tháng lực lượng bảo vệ dân phố (× lương cơ sở)", "coefficient", NQ439_FROM, NQ439, undefined,
      `${NQ439_DATE_NOTE} Mức hỗ trợ bảo vệ dân phố chưa xác nhận. Lực lượng này thôi hoạt động khi thành lập Tổ bảo vệ ANTT (CV 2354/UBND-NC ngày 16/8/2024); ngày cụ thể chưa xác nhận.`),
    // Kiêm nhiệm: both exist in NQ 439, levels not available.
    param("kiemNhiem.tyLe", "Tỷ lệ phụ cấp kiêm nhiệm khi người hoạt động không chuyên trách kiêm nhiệm chức danh khác", "ratio",
      v(NQ439_FROM, "1.0", ND33, "Điều 34 khoản 4", "unconfirmed",
        `Mức tạm: 100% phụ cấp chức danh kiêm nhiệm theo NĐ 33/2023 Đ.34 k.4. NQ 439/2023 có quy định phụ cấp kiêm nhiệm nhưng mức chưa xác nhận: nhập mức đúng ở sheet ThamSo, mã "kiemNhiem.tyLe". ${NQ439_DATE_NOTE}`)),
    param("hoTroKiemNhiem.tyLe", "Tỷ lệ hỗ trợ kiêm nhiệm khi người hưởng hỗ trợ kiêm nhiệm thêm việc khác (người trực tiếp tham gia, Tổ bảo vệ ANTT)", "ratio",
      v(NQ439_FROM, null, NQ439, undefined, "unconfirmed",
        `NQ 439/2023 có "hỗ trợ kiêm nhiệm" nhưng mức chưa xác nhận. ${NQ439_DATE_NOTE} Chưa có số liệu: nhập ở sheet ThamSo, mã "hoTroKiemNhiem.tyLe".`),
      v(NQ456_FROM, null, `${NQ439}; ${NQ456}`, "NQ 456: Điều 3 khoản 5", "unconfirmed",
        `Từ khi có Tổ bảo vệ ANTT, phụ cấp kiêm nhiệm của tổ viên theo NQ 456 Đ.3 k.5 (mức chưa xác nhận, có thể khác mức của NQ 439) cũng dùng mã này; khoản kiêm nhiệm không tính vào căn cứ hỗ trợ BHXH (Đ.3 k.2 d). Ngày 01/7/2024 là mốc tạm. Chưa có số liệu: nhập ở sheet ThamSo, mã "hoTroKiemNhiem.tyLe".`)),
    // ── Khoán kinh phí (NQ 439/2023): commune organisations by class; thôn/TDP organisations ─────
    ...COMMUNE_ORGS.flatMap(([org, label]) => khoanXa(org, label)),
    khoanThon("chiBo", "chi bộ"),
    khoanThon("banCongTacMatTran", "Ban công tác Mặt trận"),
    khoanThon("chiHoiDoanThe", "các chi hội đoàn thể",
      "Chưa rõ mức tính cho mỗi chi hội hay chung cho các chi hội của thôn, TDP; nếu mỗi chi hội một mức, nhập tổng của các chi hội."),
    // ── NQ 456/2024: Tổ bảo vệ an ninh, trật tự (fixed amounts, not indexed to LCS) ──────────────
    param("hoTro.toBaoVe.toTruong", "Mức hỗ trợ hằng tháng Tổ trưởng Tổ bảo vệ ANTT (đồng/người/tháng)", "VND",
      v(NQ456_FROM, "2340000", NQ456, "Điều 3 khoản 1 điểm a", "unconfirmed", `${NQ456_DATE_NOTE} Mức tiền cố định, không nhân theo lương cơ sở.`),
      v("2026-07-01", "2340000", NQ456, "Điều 3 khoản 1 điểm a", "unconfirmed", "Lương cơ sở tăng lên 2.530.000 từ 01/7/2026 nhưng mức của NQ 456 là số tiền cố định: giữ nguyên khi chưa có nghị quyết sửa đổi (chưa xác nhận).")),
    param("hoTro.toBaoVe.toPho", "Mức hỗ trợ hằng tháng Tổ phó Tổ bảo vệ ANTT (đồng/người/tháng)", "VND",
      v(NQ456_FROM, "1980000", NQ456, "Điều 3 khoản 1 điểm b", "unconfirmed", `${NQ456_DATE_NOTE} Mức tiền cố định, không nhân theo lương cơ sở.`),
      v("2026-07-01", "1980000", NQ456, "Điều 3 khoản 1 điểm b", "unconfirmed", "Lương cơ sở tăng lên 2.530.000 từ 01/7/2026 nhưng mức của NQ 456 là số tiền cố định: giữ nguyên khi chưa có nghị quyết sửa đổi (chưa xác nhận).")),
    param("hoTro.toBaoVe.toVien", "Mức hỗ trợ hằng tháng Tổ viên Tổ bảo vệ ANTT (đồng/người/tháng)", "VND",
      v(NQ456_FROM, "1620000", NQ456, "Điều 3 khoản 1 điểm c", "unconfirmed", `${NQ456_DATE_NOTE} Mức tiền cố định, không nhân theo lương cơ sở.`),
      v("2026-07-01", "1620000", NQ456, "Điều 3 khoản 1 điểm c", "unconfirmed", "Lương cơ sở tăng lên 2.530.000 từ 01/7/2026 nhưng mức của NQ 456 là số tiền cố định: giữ nguyên khi chưa có nghị quyết sửa đổi (chưa xác nhận).")),
    param("hoTroBhyt.toBaoVe.tyLe", "Tỷ lệ ngân sách tỉnh hỗ trợ mức đóng BHYT của thành viên Tổ bảo vệ ANTT", "ratio",
      v(NQ456_FROM, "1.0", NQ456, "Điều 3 khoản 2 điểm b", "unconfirmed",
        `Ngân sách hỗ trợ 100% mức đóng BHYT (mức trung ương tối thiểu 50% từ 15/8/2025, NĐ 188/2025). Không hỗ trợ người đã được hưởng lương hưu hoặc chế độ khác (Đ.3 k.2 c). Chuyển vào quỹ BHXH mỗi quý một lần (CV 2354/UBND-NC). ${NQ456_DATE_NOTE}`)),
    param("hoTroBhxhTuNguyen.toBaoVe.tyLeTinhThem", "Tỷ lệ ngân sách tỉnh hỗ trợ thêm (ngoài mức trung ương) đóng BHXH tự nguyện của thành viên Tổ bảo vệ ANTT", "ratio",
      v(NQ456_FROM, "0", NQ456, "Điều 3 khoản 2", "unconfirmed",
        `NQ 456 Đ.3 k.2 hỗ trợ đóng BHXH tự nguyện bằng mức của NĐ 134/2015 Đ.14 k.1 c ("đối tượng khác"); từ NĐ 159/2025 mức trung ương cho đối tượng khác là 20%. Mô hình: áp dụng tỷ lệ trung ương "bhxhTuNguyen.hoTro.khac" tại ngày tính, tỉnh không hỗ trợ thêm (0). Áp dụng mức cũ hay mức NĐ 159 chưa xác nhận. Khoản kiêm nhiệm không tính vào căn cứ hỗ trợ (Đ.3 k.2 d); không hỗ trợ người đã có chế độ khác (Đ.3 k.2 c). ${NQ456_DATE_NOTE}`)),
    // ── NQ 794/2025: thôn đội trưởng, by households of the thôn/TDP (in force 01/01/2026) ────────
    param("phuCap.thonDoiTruong", "Mức phụ cấp hằng tháng thôn đội trưởng (× lương cơ sở, theo số hộ của thôn, TDP)", "coefficient",
      v("2026-01-01", bySoHo([0, "0.8"], [350, "0.9"], [501, "1.0"]), NQ794, undefined, "medium",
        "Dưới 350 hộ: 0,8; từ 350 đến 500 hộ: 0,9; trên 500 hộ: 1,0 × lương cơ sở (điều khoản cụ thể chưa có). Thôn, TDP đúng 500 hộ tạm xếp mức 0,9 — ranh giới chưa xác nhận. Thôn đội trưởng không thuộc 3 chức danh không chuyên trách ở thôn nên có lẽ nằm ngoài quỹ khoán NĐ 33/2023, NĐ 185/2026 (chưa xác nhận). Mức trước 01/01/2026 không có trong gói (văn bản cũ chưa xác định)."),
    ),
    // ── CV 2354/UBND-NC (16/8/2024, seed 002) mục 2: trợ cấp một lần for the former security forces ──
    ...([
      ["congAnXaBanChuyenTrach", "Công an xã bán chuyên trách"],
      ["baoVeDanPho", "bảo vệ dân phố"],
      ["doiTruongDanPhong", "Đội trưởng, Đội phó đội dân phòng"],
    ] as const).map(([k, name]) =>
      chuaCo(`troCap.motLan.${k}`, `Trợ cấp một lần khi thôi thực hiện nhiệm vụ do sắp xếp, kiện toàn Tổ bảo vệ ANTT: ${name} (đồng/người)`, "VND", "2024-08-16",
        "Công văn 2354/UBND-NC ngày 16/8/2024 của UBND tỉnh Hưng Yên", "mục 2",
        "Sở Nội vụ chủ trì cùng Công an tỉnh, Sở Tài chính hướng dẫn, thẩm định, thống nhất chế độ trợ cấp một lần (seed 002); mức và căn cứ tính chưa xác nhận. Có thể nhập số tiền từng người ở cột \"Số tiền trợ cấp một lần\" của sheet NghiViec.")),
  ],
  posts: [
    post({
      ...centralPost("biThuChiBo"),
      note: "Ở Hưng Yên, Bí thư chi bộ thường đồng thời là Trưởng thôn hoặc Tổ trưởng TDP (Đề án 10-ĐA/TU ngày 16/4/2019; CV 252/UBND-NC ngày 13/02/2023): chức danh thứ hai ghi là dòng kiêm nhiệm.",
    }),
    post({
      code: "baoVeDanPho",
      name: "Bảo vệ dân phố",
      aliases: ["Lực lượng bảo vệ dân phố", "Thành viên bảo vệ dân phố", "Tổ viên tổ bảo vệ dân phố"],
      level: "thon",
      component: "hoTro",
      rate: "hoTro.baoVeDanPho",
      insurance: "khong",
      inFund: false,
      note: "NQ 439/2023 có hỗ trợ, BHXH, BHYT cho lực lượng bảo vệ dân phố nhưng mức chưa xác nhận: phần mềm không tự tính bảo hiểm cho chức danh này. Thôi hoạt động khi thành lập Tổ bảo vệ ANTT (CV 2354/UBND-NC).",
    }),
  ],
  khoan: [
    ...communeOrgKhoan("Khoán kinh phí hoạt động"),
    { code: "chiBoThon", name: "Khoán kinh phí hoạt động chi bộ thôn, TDP", level: "thon", base: "khoan.chiBo.thon" },
    { code: "banCongTacMatTranThon", name: "Khoán kinh phí hoạt động Ban công tác Mặt trận thôn, TDP", level: "thon", base: "khoan.banCongTacMatTran.thon" },
    { code: "chiHoiDoanTheThon", name: "Khoán kinh phí hoạt động các chi hội đoàn thể ở thôn, TDP", level: "thon", base: "khoan.chiHoiDoanThe.thon" },
  ],
  rules: { kiemNhiem: "percent" },
};
