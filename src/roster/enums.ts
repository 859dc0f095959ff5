/**
 * The roster's enumerations: labels users see (dropdowns, messages) and every spelling accepted.
 * Matching is by normalizeKey, so case, diacritics and punctuation do not matter.
 */
import type { BhxhChoice, ChinhSachNghi, DacDiem, DoiTuongNghiViec, HinhThucNghi, LoaiDonVi, NhomHoTro, PhuongThucDong } from "../engine/types";
import type { EnumSpec } from "./cells";

export const BHXH: EnumSpec<BhxhChoice> = {
  labels: ["Bắt buộc", "Tự nguyện", "Không"],
  entries: [
    ["Bắt buộc", "batBuoc"], ["BB", "batBuoc"], ["BHXH bắt buộc", "batBuoc"], ["batBuoc", "batBuoc"],
    ["Tự nguyện", "tuNguyen"], ["TN", "tuNguyen"], ["BHXH tự nguyện", "tuNguyen"], ["tuNguyen", "tuNguyen"],
    ["Không", "khong"], ["Không tham gia", "khong"], ["Không đóng", "khong"], ["K", "khong"], ["0", "khong"],
  ],
};

export const BHYT: EnumSpec<boolean> = {
  labels: ["Có", "Không"],
  entries: [
    ["Có", true], ["x", true], ["1", true], ["true", true], ["yes", true], ["Có đóng", true],
    ["Không", false], ["0", false], ["false", false], ["no", false], ["K", false],
    ["Không đóng", false], ["Đã có thẻ", false], ["Đã có BHYT", false],
  ],
};

export const NHOM_HO_TRO: EnumSpec<NhomHoTro> = {
  labels: ["Hộ nghèo", "Xã đảo, đặc khu", "Hộ cận nghèo", "Dân tộc thiểu số", "Khác"],
  entries: [
    ["Hộ nghèo", "hoNgheo"], ["Người thuộc hộ nghèo", "hoNgheo"], ["hoNgheo", "hoNgheo"],
    ["Xã đảo, đặc khu", "xaDaoDacKhu"], ["Xã đảo", "xaDaoDacKhu"], ["Đặc khu", "xaDaoDacKhu"], ["Xã đảo đặc khu", "xaDaoDacKhu"],
    ["Người sống ở xã đảo, đặc khu", "xaDaoDacKhu"], ["xaDaoDacKhu", "xaDaoDacKhu"],
    ["Hộ cận nghèo", "hoCanNgheo"], ["Người thuộc hộ cận nghèo", "hoCanNgheo"], ["hoCanNgheo", "hoCanNgheo"],
    ["Dân tộc thiểu số", "danTocThieuSo"], ["DTTS", "danTocThieuSo"], ["Người dân tộc thiểu số", "danTocThieuSo"], ["danTocThieuSo", "danTocThieuSo"],
    ["Khác", "khac"], ["Đối tượng khác", "khac"], ["khac", "khac"],
  ],
};

export const PHUONG_THUC_DONG: EnumSpec<PhuongThucDong> = {
  labels: ["1 tháng", "3 tháng", "6 tháng", "12 tháng"],
  entries: [
    ["1 tháng", 1], ["1", 1], ["Hằng tháng", 1], ["Hàng tháng", 1], ["Tháng", 1], ["Đóng hằng tháng", 1],
    ["3 tháng", 3], ["3", 3], ["Hằng quý", 3], ["Hàng quý", 3], ["Quý", 3], ["3 tháng một lần", 3],
    ["6 tháng", 6], ["6", 6], ["6 tháng một lần", 6], ["Nửa năm", 6],
    ["12 tháng", 12], ["12", 12], ["Hằng năm", 12], ["Hàng năm", 12], ["Năm", 12], ["1 năm", 12], ["12 tháng một lần", 12],
  ],
};

export const LOAI_DON_VI: EnumSpec<LoaiDonVi> = {
  labels: ["Xã", "Phường", "Thị trấn", "Đặc khu", "Thôn", "Tổ dân phố"],
  entries: [
    ["Xã", "xa"], ["Phường", "phuong"], ["Thị trấn", "thiTran"], ["TT", "thiTran"], ["Đặc khu", "dacKhu"],
    ["Thôn", "thon"], ["Bản", "thon"], ["Ấp", "thon"], ["Xóm", "thon"], ["Làng", "thon"], ["Buôn", "thon"],
    ["Plei", "thon"], ["Sóc", "thon"], ["Thôn, bản", "thon"], ["Thôn bản", "thon"],
    // "Khu phố" (Quảng Ninh, TP HCM) is the urban residential group, like a tổ dân phố.
    ["Tổ dân phố", "toDanPho"], ["TDP", "toDanPho"], ["Khu phố", "toDanPho"], ["Tổ", "toDanPho"],
  ],
};

/** Commune-level kinds (a DonVi row with Thôn blank); the others are villages. */
export const COMMUNE_KINDS: ReadonlySet<LoaiDonVi> = new Set<LoaiDonVi>(["xa", "phuong", "thiTran", "dacKhu"]);

const classes: ["I" | "II" | "III", string][] = [["I", "1"], ["II", "2"], ["III", "3"]];
export const PHAN_LOAI: EnumSpec<"I" | "II" | "III"> = {
  labels: ["I", "II", "III"],
  entries: classes.flatMap(([roman, digit]) =>
    [roman, digit, `Loại ${roman}`, `Loại ${digit}`, `Xã loại ${roman}`, `Xã loại ${digit}`, `Phường loại ${roman}`, `Loai${digit}`].map(
      (label) => [label, roman] as [string, "I" | "II" | "III"],
    ),
  ),
};

export const DAC_DIEM: EnumSpec<DacDiem> = {
  labels: ["Trọng điểm ANTT", "Trọng điểm quốc phòng", "Biên giới", "Hải đảo", "Khó khăn"],
  entries: [
    ["Trọng điểm quốc phòng", "trongDiemQuocPhong"], ["Xã trọng điểm quốc phòng", "trongDiemQuocPhong"], ["Trọng điểm về quốc phòng", "trongDiemQuocPhong"], ["Quốc phòng", "trongDiemQuocPhong"],
    ["Trọng điểm ANTT", "trongDiemAnTT"], ["Trọng điểm an ninh, trật tự", "trongDiemAnTT"], ["Trọng điểm, phức tạp về ANTT", "trongDiemAnTT"],
    ["Trọng điểm, phức tạp về an ninh, trật tự", "trongDiemAnTT"], ["Trọng điểm phức tạp về an ninh trật tự", "trongDiemAnTT"],
    ["Xã trọng điểm ANTT", "trongDiemAnTT"], ["Trọng điểm", "trongDiemAnTT"], ["ANTT", "trongDiemAnTT"],
    ["Biên giới", "bienGioi"], ["Xã biên giới", "bienGioi"], ["Thôn biên giới", "bienGioi"],
    ["Hải đảo", "haiDao"], ["Đảo", "haiDao"], ["Xã đảo", "haiDao"], ["Xã hải đảo", "haiDao"],
    ["Khó khăn", "khoKhan"], ["Đặc biệt khó khăn", "khoKhan"], ["ĐBKK", "khoKhan"], ["Thôn đặc biệt khó khăn", "khoKhan"],
    ["Vùng khó khăn", "khoKhan"], ["Xã khó khăn", "khoKhan"],
  ],
};

/** Sheet NghiViec, column Đối tượng. */
export const DOI_TUONG_NGHI_VIEC: EnumSpec<DoiTuongNghiViec> = {
  labels: ["HĐKCT cấp xã", "HĐKCT thôn, TDP", "Cán bộ, công chức", "Công an xã bán chuyên trách", "Bảo vệ dân phố", "Đội trưởng, đội phó dân phòng"],
  entries: [
    ["HĐKCT cấp xã", "hdkctXa"], ["HĐKCT xã", "hdkctXa"], ["Người hoạt động không chuyên trách cấp xã", "hdkctXa"], ["Không chuyên trách cấp xã", "hdkctXa"],
    ["NHĐKCT cấp xã", "hdkctXa"], ["hdkctXa", "hdkctXa"],
    ["HĐKCT thôn, TDP", "hdkctThon"], ["HĐKCT thôn", "hdkctThon"], ["HĐKCT ở thôn, TDP", "hdkctThon"], ["HĐKCT thôn, tổ dân phố", "hdkctThon"],
    ["Người hoạt động không chuyên trách ở thôn, tổ dân phố", "hdkctThon"], ["Người hoạt động không chuyên trách ở thôn, TDP", "hdkctThon"],
    ["Không chuyên trách thôn", "hdkctThon"], ["NHĐKCT thôn, TDP", "hdkctThon"], ["hdkctThon", "hdkctThon"],
    ["Cán bộ, công chức", "canBoCongChuc"], ["CBCC", "canBoCongChuc"], ["Cán bộ công chức", "canBoCongChuc"], ["Công chức", "canBoCongChuc"], ["Cán bộ", "canBoCongChuc"],
    ["Cán bộ, công chức cấp xã", "canBoCongChuc"], ["Cán bộ, công chức, viên chức", "canBoCongChuc"], ["canBoCongChuc", "canBoCongChuc"],
    ["Công an xã bán chuyên trách", "congAnXaBanChuyenTrach"], ["Công an bán chuyên trách", "congAnXaBanChuyenTrach"], ["CAX bán chuyên trách", "congAnXaBanChuyenTrach"],
    ["congAnXaBanChuyenTrach", "congAnXaBanChuyenTrach"],
    ["Bảo vệ dân phố", "baoVeDanPho"], ["Lực lượng bảo vệ dân phố", "baoVeDanPho"], ["BVDP", "baoVeDanPho"], ["baoVeDanPho", "baoVeDanPho"],
    ["Đội trưởng, đội phó dân phòng", "doiTruongDanPhong"], ["Đội trưởng, Đội phó đội dân phòng", "doiTruongDanPhong"], ["Đội trưởng dân phòng", "doiTruongDanPhong"],
    ["Đội phó dân phòng", "doiTruongDanPhong"], ["Đội trưởng đội dân phòng", "doiTruongDanPhong"], ["Đội phó đội dân phòng", "doiTruongDanPhong"], ["doiTruongDanPhong", "doiTruongDanPhong"],
  ],
};

/** Sheet NghiViec, column Hình thức. */
export const HINH_THUC_NGHI: EnumSpec<HinhThucNghi> = {
  labels: ["Thôi việc", "Nghỉ hưu trước tuổi"],
  entries: [
    ["Thôi việc", "thoiViec"], ["Nghỉ thôi việc", "thoiViec"], ["Thôi việc ngay", "thoiViec"], ["Nghỉ việc", "thoiViec"], ["thoiViec", "thoiViec"],
    ["Nghỉ hưu trước tuổi", "nghiHuuTruocTuoi"], ["Nghỉ hưu sớm", "nghiHuuTruocTuoi"], ["Hưu trước tuổi", "nghiHuuTruocTuoi"], ["Nghỉ trước tuổi", "nghiHuuTruocTuoi"],
    ["Nghỉ hưu trước tuổi theo nguyện vọng", "nghiHuuTruocTuoi"], ["nghiHuuTruocTuoi", "nghiHuuTruocTuoi"],
  ],
};

/** Sheet NghiViec, column Chính sách: why a cán bộ, công chức leaves (docs/legal/troCap.md §2). */
export const CHINH_SACH_NGHI: EnumSpec<ChinhSachNghi> = {
  labels: ["Sắp xếp tổ chức bộ máy (NĐ 178)", "Tinh giản biên chế (NĐ 29, NĐ 154)"],
  entries: [
    ["Sắp xếp tổ chức bộ máy (NĐ 178)", "sapXep"], ["Sắp xếp tổ chức bộ máy", "sapXep"], ["Sắp xếp bộ máy", "sapXep"], ["Sắp xếp", "sapXep"],
    ["NĐ 178", "sapXep"], ["Nghị định 178", "sapXep"], ["NĐ 178/2024", "sapXep"], ["Nghị định 178/2024/NĐ-CP", "sapXep"], ["sapXep", "sapXep"],
    ["Tinh giản biên chế (NĐ 29, NĐ 154)", "tinhGian"], ["Tinh giản biên chế", "tinhGian"], ["Tinh giản", "tinhGian"],
    ["NĐ 29", "tinhGian"], ["NĐ 29/2023", "tinhGian"], ["Nghị định 29/2023/NĐ-CP", "tinhGian"],
    ["NĐ 154", "tinhGian"], ["NĐ 154/2025", "tinhGian"], ["Nghị định 154/2025/NĐ-CP", "tinhGian"], ["tinhGian", "tinhGian"],
  ],
};

const romans: [string, number][] = [["I", 1], ["II", 2], ["III", 3], ["IV", 4]];
/** Sheet DoiChieuBHXH, column Quý (labels for dropdowns; cells are read by cells-leavers.ts asQuarter, which also takes "Quý I/2026"). */
export const QUY: EnumSpec<number> = {
  labels: ["1", "2", "3", "4"],
  entries: romans.flatMap(([roman, q]) =>
    [String(q), roman, `Quý ${q}`, `Quý ${roman}`, `Q${q}`].map((label) => [label, q] as [string, number]),
  ),
};

/** Sheet DoiChieuBHXH, column Loại hỗ trợ. */
export const LOAI_HO_TRO: EnumSpec<"bhxhTuNguyen" | "bhyt"> = {
  labels: ["BHXH tự nguyện", "BHYT"],
  entries: [
    ["BHXH tự nguyện", "bhxhTuNguyen"], ["BHXH TN", "bhxhTuNguyen"], ["BHXH", "bhxhTuNguyen"], ["Bảo hiểm xã hội tự nguyện", "bhxhTuNguyen"], ["bhxhTuNguyen", "bhxhTuNguyen"],
    ["BHYT", "bhyt"], ["Bảo hiểm y tế", "bhyt"], ["bhyt", "bhyt"],
  ],
};
