/**
 * dist/functions.json as generated from the JSDoc of src/functions/functions.ts (run
 * `npx webpack --mode production` first; `npm test` does). A missing dist/ is a FAILURE, not a skip.
 * Checks every function's id, Vietnamese descriptions and each parameter's type, dimensionality
 * and optional flag as declared.
 */
import * as fs from "fs";
import * as path from "path";

interface CfParam {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface CfFunction {
  id: string;
  name: string;
  description?: string;
  parameters: CfParam[];
  result: { type?: string; dimensionality?: string };
}

const FILE = path.resolve(__dirname, "../../dist/functions.json");
const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

function load(): CfFunction[] {
  if (!fs.existsSync(FILE)) throw new Error(`Không thấy dist/functions.json: hãy chạy "npx webpack --mode production" (hoặc "npm run build") trước khi chạy Jest.`);
  return (JSON.parse(fs.readFileSync(FILE, "utf8")) as { functions: CfFunction[] }).functions;
}

/** name:kind, kind = "m" (range, any), "s" (one value, any), "str" (text); "?" = optional. */
const M = "m", S = "s", STR = "str";
const EXPECTED: Record<string, { params: string[]; result: "matrix" | "number" | "string" }> = {
  LUONGCOSO: { params: [`ngay:${S}`, `goi:${STR}?`], result: "number" },
  THAMSO: { params: [`ma:${M}`, `ngay:${M}`, `so_ho:${M}?`, `goi:${STR}?`], result: "matrix" },
  PHUCAP: { params: [`chuc_danh_hoac_he_so:${M}`, `nam_hoac_thang:${M}`, `so_ho:${M}?`, `phan_loai:${M}?`, `goi:${STR}?`], result: "matrix" },
  KIEMNHIEM: { params: [`chuc_danh_hoac_he_so:${M}`, `nam_hoac_thang:${M}`, `so_ho:${M}?`, `goi:${STR}?`], result: "matrix" },
  HOTRO: { params: [`chuc_danh_hoac_muc:${M}`, `nam_hoac_thang:${M}`, `so_ho:${M}?`, `goi:${STR}?`], result: "matrix" },
  BHXH: { params: [`doi_tuong:${M}`, `thang_hoac_nam:${M}`, `can_cu:${M}?`, `goi:${STR}?`], result: "matrix" },
  BHYT: { params: [`doi_tuong:${M}`, `thang_hoac_nam:${M}`, `can_cu:${M}?`, `goi:${STR}?`], result: "matrix" },
  HOTROBHXHTN: { params: [`nhom:${M}`, `nam_hoac_thang:${M}`, `thu_nhap:${M}?`, `doi_tuong:${M}?`, `goi:${STR}?`], result: "matrix" },
  HOTROBHYT: { params: [`doi_tuong:${M}`, `nam_hoac_thang:${M}`, `goi:${STR}?`], result: "matrix" },
  QUYKHOAN: { params: [`loai_don_vi:${M}`, `so_ho_hoac_phan_loai:${M}`, `nam:${M}`, `dac_diem:${M}?`, `goi:${STR}?`], result: "matrix" },
  KHOAN: { params: [`to_chuc:${M}`, `loai_don_vi:${M}`, `so_ho_hoac_phan_loai:${M}`, `nam:${M}`, `dac_diem:${M}?`, `goi:${STR}?`], result: "matrix" },
  SOTHANG: { params: [`tu_ngay:${M}`, `den_ngay:${M}`, `nam:${M}`], result: "matrix" },
  DOCSO: { params: [`so_tien:${M}`], result: "matrix" },
  TROCAP: {
    params: [`doi_tuong:${M}`, `ngay_nghi:${M}`, ...["tien_luong_hoac_he_so", "thoi_gian_bhxh", "hinh_thuc", "so_thang_cong_tac", "so_thang_den_tuoi_huu",
      "so_thang_con_lai", "thang_ke_tu_quyet_dinh", "chinh_sach", "tien_luong_binh_quan", "he_so_chuc_vu", "phu_cap_cong_vu", "so_tien_mot_lan", "ho_tro_tinh"]
      .map((n) => `${n}:${M}?`), `goi:${STR}?`],
    result: "matrix",
  },
  GIAITHICH: { params: [`ten_ham:${S}`, `tham_so_1:${S}`, ...Array.from({ length: 15 }, (_, i) => `tham_so_${i + 2}:${S}?`)], result: "string" },
};

function describeParam(p: CfParam): string {
  const kind = p.dimensionality === "matrix" ? (p.type === "any" ? M : `${p.type}[][]`) : p.type === "any" ? S : p.type === "string" ? STR : p.type!;
  return `${p.name}:${kind}${p.optional ? "?" : ""}`;
}

describe("dist/functions.json (DUTOAN.*)", () => {
  test("lists exactly the declared functions, ids = names, upper-case ASCII", () => {
    const fns = load();
    expect(fns.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of fns) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9]*$/);
      expect(f.name).toBe(f.id);
    }
  });

  test.each(Object.keys(EXPECTED))("%s: Vietnamese descriptions, parameter types, dimensionality and optional flags", (id) => {
    const f = load().find((x) => x.id === id);
    if (!f) throw new Error(`dist/functions.json không có hàm ${id}: hãy build lại.`);
    expect(f.description).toMatch(VIETNAMESE);
    for (const p of f.parameters) expect({ name: p.name, description: p.description }).toEqual({ name: p.name, description: expect.stringMatching(VIETNAMESE) });
    expect(f.parameters.map(describeParam)).toEqual(EXPECTED[id].params);
    const r = EXPECTED[id].result;
    if (r === "matrix") expect(f.result.dimensionality).toBe("matrix");
    else expect(f.result).toEqual({ type: r });
    // optional parameters come last
    const firstOptional = f.parameters.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
  });
});
