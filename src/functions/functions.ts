/*
 * Excel custom functions, namespace DUTOAN. Thin, pure, synchronous wrappers over the engine:
 * JSDoc here generates functions.json (custom-functions-metadata-plugin); do not edit that file.
 * The work is done in impl.ts (arguments → src/engine/api.ts), cell by cell of the spilled range.
 *
 * Conventions of every function:
 * - Range arguments (any[][]) take one cell or a range; the result spills with the same shape.
 *   Several ranges must have the same size (or be one cell, repeated for every row).
 * - A bad cell gives #VALUE! with a Vietnamese message in that cell only; the others compute.
 * - A blank first argument gives an empty cell inside a range, #VALUE! "Thiếu …" as a single cell.
 * - Argument order: what (post, group, unit), when (year or month), then optional qualifiers, the
 *   pack id `goi` last.
 * - Year or month: 2026 (a year: the 12 monthly amounts, each at its month's rules), 07/2026,
 *   15/07/2026 or an Excel date (that month).
 * - Coefficient or amount: a number below 100 is a coefficient × lương cơ sở; from 100 on an amount
 *   in đồng per month. "1,2" and "2.340.000" typed as text are read as numbers. Numbers are checked
 *   for plausibility like roster cells (src/packs/plausible.ts).
 * - Amounts are whole đồng: each month rounded like the estimate, then added; the rule of each month
 *   is the one the estimate uses (src/engine/rules), so a cell and the estimate agree for a person.
 */
import { excelError, toIsoDate } from "./args";
import { amounts, docSo, explainCall, soThang, thamSo } from "./impl";
import { currentPack } from "./state";
import { explainTroCap, troCapCells } from "./troCap";

/**
 * Mức lương cơ sở (đồng/tháng) áp dụng tại một ngày, theo nghị định về lương cơ sở.
 * @customfunction LUONGCOSO
 * @param ngay Ngày cần tra: ngày Excel hoặc chuỗi dd/mm/yyyy.
 * @param [goi] Mã gói tham số (central, hung-yen…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Mức lương cơ sở, đồng/tháng.
 */
export function luongCoSo(ngay: any, goi?: string): number {
  const date = toIsoDate(ngay, "ngày");
  const r = currentPack(goi).params.tryAt("luongCoSo", date);
  if (!r) throw excelError(`Chưa có mức lương cơ sở áp dụng ngày ${date}.`);
  return Number(r.value);
}

/**
 * Giá trị một tham số của gói (lương cơ sở, tỷ lệ đóng, hệ số quỹ khoán…) áp dụng tại một ngày.
 * @customfunction THAMSO
 * @param ma Mã tham số, ví dụ luongCoSo, bhxh.batBuoc.donVi, quyThon.heSo.loaiA (xem sheet ThamSo).
 * @param ngay Ngày áp dụng: ngày Excel, dd/mm/yyyy, hoặc mm/yyyy (ngày 1 của tháng).
 * @param [so_ho] Số hộ, khi tham số là bảng bậc theo số hộ (ví dụ phụ cấp thôn đội trưởng).
 * @param [goi] Mã gói tham số (central, hung-yen…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Giá trị tham số (số; cờ có/không là 1/0).
 */
export function thamSoFn(ma: any[][], ngay: any[][], so_ho?: any[][], goi?: string): any[][] {
  return thamSo(ma, ngay, so_ho, goi);
}

/**
 * Phụ cấp hằng tháng của chức danh (hoặc hệ số, mức tiền) cho một tháng hoặc cả năm, đồng chẵn; cả năm = tổng 12 tháng, mỗi tháng theo lương cơ sở và mức của tháng đó.
 * @customfunction PHUCAP
 * @param chuc_danh_hoac_he_so Tên hoặc mã chức danh trong gói (không phân biệt dấu, hoa thường), hoặc hệ số (dưới 100, × lương cơ sở), hoặc mức tiền đồng/tháng (từ 100). Một ô hoặc một vùng.
 * @param nam_hoac_thang Năm (2026), tháng (07/2026) hoặc một ngày trong tháng. Một ô hoặc vùng cùng kích thước.
 * @param [so_ho] Số hộ của thôn, tổ dân phố, khi mức của chức danh tính theo số hộ.
 * @param [phan_loai] Phân loại xã I, II, III, khi gói quy định mức của chức danh theo phân loại xã.
 * @param [goi] Mã gói tham số (central, hung-yen…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Số tiền phụ cấp, đồng.
 */
export function phuCap(chuc_danh_hoac_he_so: any[][], nam_hoac_thang: any[][], so_ho?: any[][], phan_loai?: any[][], goi?: string): any[][] {
  return amounts("PHUCAP", [chuc_danh_hoac_he_so, nam_hoac_thang, so_ho, phan_loai], goi);
}

/**
 * Phụ cấp kiêm nhiệm một chức danh = tỷ lệ kiêm nhiệm × mức phụ cấp của chức danh đó, từng tháng (chức danh hưởng hỗ trợ: theo tỷ lệ hỗ trợ kiêm nhiệm).
 * @customfunction KIEMNHIEM
 * @param chuc_danh_hoac_he_so Chức danh kiêm nhiệm (tên hoặc mã), hoặc hệ số (dưới 100), hoặc mức tiền đồng/tháng (từ 100). Một ô hoặc một vùng.
 * @param nam_hoac_thang Năm (2026), tháng (07/2026) hoặc một ngày trong tháng.
 * @param [so_ho] Số hộ của thôn, tổ dân phố, khi mức của chức danh tính theo số hộ.
 * @param [goi] Mã gói tham số (central, hung-yen…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Số tiền phụ cấp kiêm nhiệm, đồng.
 */
export function kiemNhiem(chuc_danh_hoac_he_so: any[][], nam_hoac_thang: any[][], so_ho?: any[][], goi?: string): any[][] {
  return amounts("KIEMNHIEM", [chuc_danh_hoac_he_so, nam_hoac_thang, so_ho], goi);
}

/**
 * Hỗ trợ hằng tháng của chức danh hưởng hỗ trợ (Tổ bảo vệ ANTT, người trực tiếp tham gia hoạt động ở thôn…) cho một tháng hoặc cả năm, đồng chẵn.
 * @customfunction HOTRO
 * @param chuc_danh_hoac_muc Tên hoặc mã chức danh hưởng hỗ trợ, hoặc mức tiền đồng/tháng (từ 100), hoặc hệ số (dưới 100, × lương cơ sở). Một ô hoặc một vùng.
 * @param nam_hoac_thang Năm (2026), tháng (07/2026) hoặc một ngày trong tháng.
 * @param [so_ho] Số hộ của thôn, tổ dân phố, khi mức hỗ trợ tính theo số hộ.
 * @param [goi] Mã gói tham số (central, hung-yen…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Số tiền hỗ trợ, đồng.
 */
export function hoTro(chuc_danh_hoac_muc: any[][], nam_hoac_thang: any[][], so_ho?: any[][], goi?: string): any[][] {
  return amounts("HOTRO", [chuc_danh_hoac_muc, nam_hoac_thang, so_ho], goi);
}

/**
 * BHXH bắt buộc phần đơn vị (ngân sách) đóng cho một người = tỷ lệ đơn vị đóng × căn cứ đóng, từng tháng; bằng 0 những tháng đối tượng chưa thuộc diện bắt buộc.
 * @customfunction BHXH
 * @param doi_tuong Đối tượng: "Xã" (HĐKCT cấp xã), "Thôn" (HĐKCT ở thôn, tổ dân phố), "Tổ bảo vệ ANTT", "Người tham gia ở thôn", hoặc tên chức danh trong gói. Một ô hoặc một vùng.
 * @param thang_hoac_nam Tháng (07/2026, một ngày trong tháng) hoặc năm (2026).
 * @param [can_cu] Căn cứ đóng: bỏ trống = hệ số căn cứ của gói × lương cơ sở; số dưới 100 = hệ số × lương cơ sở; từ 100 = số tiền đồng/tháng.
 * @param [goi] Mã gói tham số (central, hung-yen…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Số tiền BHXH đơn vị đóng, đồng.
 */
export function bhxh(doi_tuong: any[][], thang_hoac_nam: any[][], can_cu?: any[][], goi?: string): any[][] {
  return amounts("BHXH", [doi_tuong, thang_hoac_nam, can_cu], goi);
}

/**
 * BHYT phần đơn vị (ngân sách) đóng cho một người = tỷ lệ đơn vị đóng × căn cứ đóng, từng tháng; bằng 0 những tháng đối tượng chưa thuộc diện đơn vị đóng BHYT.
 * @customfunction BHYT
 * @param doi_tuong Đối tượng: "Xã", "Thôn", "Tổ bảo vệ ANTT", "Người tham gia ở thôn", hoặc tên chức danh trong gói. Một ô hoặc một vùng.
 * @param thang_hoac_nam Tháng (07/2026, một ngày trong tháng) hoặc năm (2026).
 * @param [can_cu] Căn cứ đóng: bỏ trống = hệ số căn cứ của gói × lương cơ sở; số dưới 100 = hệ số × lương cơ sở; từ 100 = số tiền đồng/tháng.
 * @param [goi] Mã gói tham số (central, hung-yen…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Số tiền BHYT đơn vị đóng, đồng.
 */
export function bhyt(doi_tuong: any[][], thang_hoac_nam: any[][], can_cu?: any[][], goi?: string): any[][] {
  return amounts("BHYT", [doi_tuong, thang_hoac_nam, can_cu], goi);
}

/**
 * Ngân sách hỗ trợ đóng BHXH tự nguyện cho một người = tỷ lệ hỗ trợ của nhóm × tỷ lệ đóng × chuẩn nghèo nông thôn, từng tháng (cộng phần tỉnh hỗ trợ thêm khi ghi đối tượng).
 * @customfunction HOTROBHXHTN
 * @param nhom Nhóm đối tượng: Hộ nghèo, Hộ cận nghèo, Dân tộc thiểu số, Xã đảo, đặc khu, hoặc Khác. Một ô hoặc một vùng.
 * @param nam_hoac_thang Năm (2026), tháng (07/2026) hoặc một ngày trong tháng.
 * @param [thu_nhap] Thu nhập tháng lựa chọn đóng; thấp hơn chuẩn nghèo nông thôn thì tính theo chuẩn nghèo (mức hỗ trợ luôn tính trên chuẩn nghèo).
 * @param [doi_tuong] Chức danh hoặc nhóm của người tham gia (ví dụ "Tổ bảo vệ ANTT"): cộng phần tỉnh hỗ trợ thêm cho nhóm này nếu gói có.
 * @param [goi] Mã gói tham số (central, hung-yen…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Số tiền hỗ trợ, đồng.
 */
export function hoTroBhxhTn(nhom: any[][], nam_hoac_thang: any[][], thu_nhap?: any[][], doi_tuong?: any[][], goi?: string): any[][] {
  return amounts("HOTROBHXHTN", [nhom, nam_hoac_thang, thu_nhap, doi_tuong], goi);
}

/**
 * Ngân sách hỗ trợ đóng BHYT cho một người = tỷ lệ hỗ trợ × mức đóng BHYT hộ gia đình × lương cơ sở, từng tháng.
 * @customfunction HOTROBHYT
 * @param doi_tuong Nhóm được hỗ trợ: Tổ bảo vệ ANTT, Người tham gia ở thôn, Thôn, Xã, hoặc tên chức danh trong gói. Một ô hoặc một vùng.
 * @param nam_hoac_thang Năm (2026), tháng (07/2026) hoặc một ngày trong tháng.
 * @param [goi] Mã gói tham số (central, hung-yen…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Số tiền hỗ trợ, đồng.
 */
export function hoTroBhyt(doi_tuong: any[][], nam_hoac_thang: any[][], goi?: string): any[][] {
  return amounts("HOTROBHYT", [doi_tuong, nam_hoac_thang], goi);
}

/**
 * Quỹ phụ cấp khoán của trung ương cho một xã (theo phân loại) hoặc một thôn, tổ dân phố (theo số hộ, đặc điểm), từng tháng × lương cơ sở.
 * @customfunction QUYKHOAN
 * @param loai_don_vi Xã, Phường, Thị trấn, Đặc khu, Thôn hoặc Tổ dân phố. Một ô hoặc một vùng.
 * @param so_ho_hoac_phan_loai Thôn, tổ dân phố: số hộ. Xã, phường: phân loại I, II hoặc III.
 * @param nam Năm (2026) hoặc một tháng (07/2026).
 * @param [dac_diem] Đặc điểm, cách nhau bởi dấu ";": Biên giới; Hải đảo; Trọng điểm quốc phòng; Trọng điểm ANTT; Khó khăn.
 * @param [goi] Mã gói tham số (central, hung-yen…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Quỹ phụ cấp khoán, đồng.
 */
export function quyKhoan(loai_don_vi: any[][], so_ho_hoac_phan_loai: any[][], nam: any[][], dac_diem?: any[][], goi?: string): any[][] {
  return amounts("QUYKHOAN", [loai_don_vi, so_ho_hoac_phan_loai, nam, dac_diem], goi);
}

/**
 * Khoán kinh phí hoạt động của một tổ chức (Mặt trận, Hội, chi bộ…) ở xã hoặc thôn theo nghị quyết của tỉnh: mức năm chia 12 tháng, làm tròn lũy kế.
 * @customfunction KHOAN
 * @param to_chuc Mã hoặc tên khoản khoán trong gói của tỉnh (ví dụ chiBoThon, matTranXa). Một ô hoặc một vùng.
 * @param loai_don_vi Xã, Phường, Thị trấn, Đặc khu, Thôn hoặc Tổ dân phố.
 * @param so_ho_hoac_phan_loai Thôn, tổ dân phố: số hộ. Xã, phường: phân loại I, II hoặc III.
 * @param nam Năm (2026) hoặc một tháng (07/2026).
 * @param [dac_diem] Đặc điểm, cách nhau bởi dấu ";": Biên giới; Hải đảo; Trọng điểm quốc phòng; Trọng điểm ANTT; Khó khăn.
 * @param [goi] Mã gói tham số (hung-yen, hai-phong…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Số tiền khoán, đồng.
 */
export function khoan(to_chuc: any[][], loai_don_vi: any[][], so_ho_hoac_phan_loai: any[][], nam: any[][], dac_diem?: any[][], goi?: string): any[][] {
  return amounts("KHOAN", [to_chuc, loai_don_vi, so_ho_hoac_phan_loai, nam, dac_diem], goi);
}

/**
 * Số tháng tại chức trong một năm, phần lẻ tính theo ngày lịch của tháng (ví dụ từ 15/07: 5 + 17/31 tháng).
 * @customfunction SOTHANG
 * @param tu_ngay Ngày bắt đầu (ngày Excel hoặc dd/mm/yyyy); để trống: từ đầu năm. Một ô hoặc một vùng.
 * @param den_ngay Ngày kết thúc (tính cả ngày này); để trống: đến hết năm.
 * @param nam Năm tính, ví dụ 2026.
 * @returns Số tháng (có phần lẻ).
 */
export function soThangFn(tu_ngay: any[][], den_ngay: any[][], nam: any[][]): any[][] {
  return soThang(tu_ngay, den_ngay, nam);
}

/**
 * Đọc số tiền bằng chữ: "Một triệu hai trăm nghìn đồng chẵn" (làm tròn đến đồng).
 * @customfunction DOCSO
 * @param so_tien Số tiền (đồng). Một ô hoặc một vùng; ô trống cho kết quả trống.
 * @returns Số tiền bằng chữ.
 */
export function docSoFn(so_tien: any[][]): any[][] {
  return docSo(so_tien);
}

/**
 * Trợ cấp một lần của một người nghỉ việc (tinh giản biên chế, dôi dư do sắp xếp, nghỉ hưu trước tuổi, thôi việc; lực lượng bảo vệ cũ), đồng chẵn: bằng đúng kết quả của một dòng sheet NghiViec có cùng số liệu. Chế độ (NĐ 29/2023, NĐ 154/2025, NĐ 178/2024…) theo ngày nghỉ và gói tham số.
 * @customfunction TROCAP
 * @param doi_tuong Đối tượng nghỉ: HĐKCT cấp xã, HĐKCT thôn, TDP, Cán bộ, công chức, Công an xã bán chuyên trách, Bảo vệ dân phố, Đội trưởng, đội phó dân phòng. Một ô hoặc một vùng.
 * @param ngay_nghi Ngày nghỉ (ngày Excel hoặc dd/mm/yyyy).
 * @param [tien_luong_hoac_he_so] Tiền lương (phụ cấp) tháng liền kề trước khi nghỉ: số từ 100 là đồng/tháng; số dưới 100 là hệ số lương × lương cơ sở của tháng trước khi nghỉ. Không gồm phụ cấp kiêm nhiệm.
 * @param [thoi_gian_bhxh] Thời gian đóng BHXH bắt buộc: "15 năm 3 tháng" hoặc số năm (15,25).
 * @param [hinh_thuc] Cán bộ, công chức: Thôi việc hoặc Nghỉ hưu trước tuổi.
 * @param [so_thang_cong_tac] HĐKCT: số tháng công tác.
 * @param [so_thang_den_tuoi_huu] Số tháng từ ngày nghỉ đến tuổi nghỉ hưu (số tháng nghỉ trước tuổi).
 * @param [so_thang_con_lai] HĐKCT theo NĐ 29/2023: số tháng còn lại của nhiệm kỳ hoặc lộ trình sắp xếp.
 * @param [thang_ke_tu_quyet_dinh] Nghỉ ở tháng thứ mấy kể từ quyết định sắp xếp (1 = tháng có quyết định).
 * @param [chinh_sach] Cán bộ, công chức: Sắp xếp tổ chức bộ máy (NĐ 178) hoặc Tinh giản biên chế (NĐ 29, NĐ 154). Bỏ trống: chính sách duy nhất đang áp dụng, nếu có hai thì sắp xếp bộ máy.
 * @param [tien_luong_binh_quan] Tiền lương tháng bình quân 60 tháng cuối (đồng), cần cho NĐ 29/2023.
 * @param [he_so_chuc_vu] Hệ số phụ cấp chức vụ, cộng vào hệ số lương.
 * @param [phu_cap_cong_vu] Tỷ lệ phụ cấp công vụ, ví dụ 25%.
 * @param [so_tien_mot_lan] Lực lượng bảo vệ cũ: số tiền trợ cấp một lần của người này (đồng), khi gói chưa có mức.
 * @param [ho_tro_tinh] Số tiền hỗ trợ thêm của tỉnh, thành phố (đồng), khi gói có chính sách này tại ngày nghỉ.
 * @param [goi] Mã gói tham số (central, hung-yen…). Bỏ trống: gói mặc định của sổ tính.
 * @returns Số tiền trợ cấp, đồng.
 */
export function troCap(
  doi_tuong: any[][], ngay_nghi: any[][], tien_luong_hoac_he_so?: any[][], thoi_gian_bhxh?: any[][], hinh_thuc?: any[][], so_thang_cong_tac?: any[][],
  so_thang_den_tuoi_huu?: any[][], so_thang_con_lai?: any[][], thang_ke_tu_quyet_dinh?: any[][], chinh_sach?: any[][], tien_luong_binh_quan?: any[][],
  he_so_chuc_vu?: any[][], phu_cap_cong_vu?: any[][], so_tien_mot_lan?: any[][], ho_tro_tinh?: any[][], goi?: string,
): any[][] {
  return troCapCells([doi_tuong, ngay_nghi, tien_luong_hoac_he_so, thoi_gian_bhxh, hinh_thuc, so_thang_cong_tac, so_thang_den_tuoi_huu, so_thang_con_lai,
    thang_ke_tu_quyet_dinh, chinh_sach, tien_luong_binh_quan, he_so_chuc_vu, phu_cap_cong_vu, so_tien_mot_lan, ho_tro_tinh], goi);
}

/**
 * Giải thích cách tính một kết quả: công thức từng nhóm tháng (TROCAP: từng khoản trợ cấp) và căn cứ pháp lý (đánh dấu giá trị chưa xác nhận). Các đối số giống hệt hàm được giải thích, theo đúng thứ tự (kể cả goi ở cuối), ví dụ =DUTOAN.GIAITHICH("PHUCAP"; 1; 2026).
 * @customfunction GIAITHICH
 * @param ten_ham Tên hàm cần giải thích: PHUCAP, KIEMNHIEM, HOTRO, BHXH, BHYT, HOTROBHXHTN, HOTROBHYT, QUYKHOAN, KHOAN hoặc TROCAP.
 * @param tham_so_1 Đối số thứ nhất của hàm đó (một ô).
 * @param [tham_so_2] Đối số thứ hai của hàm đó.
 * @param [tham_so_3] Đối số thứ ba.
 * @param [tham_so_4] Đối số thứ tư.
 * @param [tham_so_5] Đối số thứ năm.
 * @param [tham_so_6] Đối số thứ sáu.
 * @param [tham_so_7] Đối số thứ bảy (TROCAP).
 * @param [tham_so_8] Đối số thứ tám (TROCAP).
 * @param [tham_so_9] Đối số thứ chín (TROCAP).
 * @param [tham_so_10] Đối số thứ mười (TROCAP).
 * @param [tham_so_11] Đối số thứ mười một (TROCAP).
 * @param [tham_so_12] Đối số thứ mười hai (TROCAP).
 * @param [tham_so_13] Đối số thứ mười ba (TROCAP).
 * @param [tham_so_14] Đối số thứ mười bốn (TROCAP).
 * @param [tham_so_15] Đối số thứ mười lăm (TROCAP).
 * @param [tham_so_16] Đối số thứ mười sáu (TROCAP: gói tham số).
 * @returns Lời giải thích (nhiều dòng).
 */
export function giaiThich(
  ten_ham: any, tham_so_1: any, tham_so_2?: any, tham_so_3?: any, tham_so_4?: any, tham_so_5?: any, tham_so_6?: any, tham_so_7?: any, tham_so_8?: any,
  tham_so_9?: any, tham_so_10?: any, tham_so_11?: any, tham_so_12?: any, tham_so_13?: any, tham_so_14?: any, tham_so_15?: any, tham_so_16?: any,
): string {
  const args = [tham_so_1, tham_so_2, tham_so_3, tham_so_4, tham_so_5, tham_so_6, tham_so_7, tham_so_8, tham_so_9, tham_so_10, tham_so_11, tham_so_12,
    tham_so_13, tham_so_14, tham_so_15, tham_so_16];
  if (typeof ten_ham === "string" && /^\s*=?\s*(DUTOAN\.)?TROCAP\s*(\(.*)?$/i.test(ten_ham)) return explainTroCap(args);
  return explainCall(ten_ham, args);
}
