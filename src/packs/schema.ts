/**
 * The law as data: the zod schema of a pack file (src/packs/data/<id>.json, a province's own file, a
 * --params file). This schema is the single source of truth for the file format; what it yields are
 * the engine's own plain types (src/engine/law.ts), re-exported below. src/packs/conform.ts checks at
 * compile time that the schema's output and the engine's types are the same shapes.
 *
 * A parameter is one legal quantity (OpenFisca style): a key, a Vietnamese label, a unit, an optional
 * plausible range and description, and dated values. In the file each dated value is flat —
 * `from`, `to?`, `value`, `document`, `article?`, `url?`, `confidence`, `note?` — and the schema turns
 * it into the engine's `{ from, to?, value, source: { document, article?, url? }, confidence, note? }`
 * (an older `source` object is still accepted). A value of `null` means "no value in force" (repealed,
 * or not published): looking it up is an error the user must resolve, never a silent 0.
 *
 * Every object is strict: an unknown field is an error (load.ts suggests the field meant), so a typo
 * never silently drops a value. File conventions and confidence tags: docs/legal/README.md.
 */
import { z } from "zod";
import { isValidIso } from "../engine/calendar";
import type * as law from "../engine/law";
import { compareDecimal } from "./decimal";

export const DecimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, { message: "phải là số dạng chuỗi, dấu chấm thập phân (ví dụ \"2340000\", \"0.17\")" });

export const IsoDateString = z
  .string()
  .refine(isValidIso, { message: "phải là ngày dạng yyyy-mm-dd có thật" });

export const Confidence = z.enum(["high", "medium", "low", "unconfirmed"]);
export type Confidence = law.Confidence;

export const Source = z.strictObject({
  document: z.string().min(1, { message: "phải ghi văn bản căn cứ" }),
  article: z.string().optional(),
  url: z.string().url().optional(),
});
export type Source = law.Source;

/** A piecewise value: the bracket with the largest `min` ≤ the input applies. */
export const Scale = z
  .strictObject({
    by: z.enum(["soHo"]),
    brackets: z.array(z.strictObject({ min: z.number().nonnegative(), value: DecimalString })).min(1),
  })
  .refine((s) => s.brackets.every((b, i) => i === 0 || b.min > s.brackets[i - 1].min), {
    message: "các bậc phải xếp theo ngưỡng tăng dần",
  });
export type Scale = law.Scale;

/** One dated value as written in a file (flat citation fields). */
const ParamValueFile = z
  .strictObject({
    from: IsoDateString,
    /** Optional explicit end; otherwise a value lasts until the next value's `from`. */
    to: IsoDateString.optional(),
    value: z.union([DecimalString, Scale, z.null()]),
    document: z.string().min(1, { message: "phải ghi văn bản căn cứ" }).optional(),
    article: z.string().optional(),
    url: z.string().url().optional(),
    /** Older form of document/article/url, still accepted. */
    source: Source.optional(),
    confidence: Confidence,
    note: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.source && (v.document !== undefined || v.article !== undefined || v.url !== undefined))
      ctx.addIssue({ code: "custom", path: ["source"], message: "ghi căn cứ bằng document/article/url hoặc bằng source, không dùng cả hai" });
    else if (!v.source && v.document === undefined)
      ctx.addIssue({ code: "custom", path: ["document"], message: "thiếu trường bắt buộc: văn bản căn cứ (ví dụ \"Nghị định 73/2024/NĐ-CP\")" });
  });

export const ParamValue = ParamValueFile.transform(({ document, article, url, source, ...rest }) => ({
  ...rest,
  source: source ?? { document: document ?? "", ...(article !== undefined ? { article } : {}), ...(url !== undefined ? { url } : {}) },
}));
export type ParamValue = law.ParamValue;

export const Unit = z.enum(["VND", "coefficient", "ratio", "households", "count", "flag", "months"]);
export type Unit = law.Unit;

/** Plausible bounds of a parameter's values (inclusive); unit defaults apply where absent (plausible.ts). */
export const Range = z
  .strictObject({ min: DecimalString.optional(), max: DecimalString.optional() })
  .refine((r) => r.min === undefined || r.max === undefined || compareDecimal(r.min, r.max) <= 0, { message: "min phải không lớn hơn max" });
export type Range = z.infer<typeof Range>;

export const ParameterSchema = z
  .strictObject({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)*$/, { message: "mã tham số chỉ gồm chữ, số và dấu chấm" }),
    label: z.string().min(1),
    unit: Unit,
    range: Range.optional(),
    description: z.string().optional(),
    values: z.array(ParamValue).min(1),
  })
  .superRefine((p, ctx) => {
    p.values.forEach((v, i) => {
      if (i > 0 && v.from <= p.values[i - 1].from)
        ctx.addIssue({ code: "custom", path: ["values", i, "from"], message: "các mốc hiệu lực phải tăng dần" });
      if (v.to && v.to < v.from)
        ctx.addIssue({ code: "custom", path: ["values", i, "to"], message: "ngày hết hiệu lực trước ngày có hiệu lực" });
    });
  });
export type Parameter = law.Parameter;

/** Who a post's compulsory insurance follows (coverage flags are dated parameters). */
export const InsuranceGroup = z.enum(["hdkctXa", "hdkctThon", "toBaoVe", "hoTroThon", "khong"]);
export type InsuranceGroup = law.InsuranceGroup;

export const PostSchema = z.strictObject({
  code: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** Commune-level post or village (thôn, TDP) post. */
  level: z.enum(["xa", "thon"]),
  /** phuCap: allowance of an HĐKCT post; hoTro: support paid to others (Tổ bảo vệ ANTT, participants). */
  component: z.enum(["phuCap", "hoTro"]),
  /** Parameter key of the monthly amount (VND, or coefficient × LCS, possibly a scale by households). */
  rate: z.string().optional(),
  insurance: InsuranceGroup,
  /** Counted against the central fund (NĐ 33/2023 Đ.34; NĐ 185/2026): docs/legal/central.md §3, §4. */
  inFund: z.boolean(),
  /** Counted in the commune HĐKCT headcount cap. */
  inHeadcount: z.boolean().default(false),
  note: z.string().optional(),
});
export type Post = law.Post;

export const KhoanItemSchema = z.strictObject({
  code: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  name: z.string().min(1),
  level: z.enum(["xa", "thon"]),
  /** Annual amount parameter (VND/year). With byPhanLoai the key gets ".I", ".II" or ".III". */
  base: z.string(),
  byPhanLoai: z.boolean().default(false),
  /** Extra for a difficult unit (đặc điểm Khó khăn): replaces or adds to the base. */
  khoKhan: z.strictObject({ param: z.string(), mode: z.enum(["replace", "add"]) }).optional(),
  /** Steps by households: + amount for each full `size` households above `threshold`. */
  steps: z.strictObject({ threshold: z.string(), size: z.string(), amount: z.string() }).optional(),
});
export type KhoanItem = law.KhoanItem;

export const RulesSchema = z.strictObject({
  /** percent: every concurrent post paid at kiemNhiem.tyLe of its allowance; highestOnly: only the best one. */
  kiemNhiem: z.enum(["percent", "highestOnly"]).default("percent"),
});
export type Rules = law.Rules;

export const PackSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, { message: "mã gói chỉ gồm chữ thường, số và gạch ngang" }),
    name: z.string().min(1),
    jurisdiction: z.string().min(1),
    extends: z.string().optional(),
    description: z.string().default(""),
    rules: RulesSchema.partial().default({}),
    posts: z.array(PostSchema).default([]),
    khoan: z.array(KhoanItemSchema).default([]),
    parameters: z.array(ParameterSchema).default([]),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.parameters.forEach((p, i) => {
      if (seen.has(p.key)) ctx.addIssue({ code: "custom", path: ["parameters", i, "key"], message: `mã tham số trùng: ${p.key}` });
      seen.add(p.key);
    });
    const codes = new Set<string>();
    pack.posts.forEach((p, i) => {
      if (codes.has(p.code)) ctx.addIssue({ code: "custom", path: ["posts", i, "code"], message: `mã chức danh trùng: ${p.code}` });
      codes.add(p.code);
    });
    const khoan = new Set<string>();
    pack.khoan.forEach((k, i) => {
      if (khoan.has(k.code)) ctx.addIssue({ code: "custom", path: ["khoan", i, "code"], message: `mã khoản khoán trùng: ${k.code}` });
      khoan.add(k.code);
    });
  });
export type Pack = z.output<typeof PackSchema>;
/** What a pack file holds before validation (the flat file format). */
export type PackInput = z.input<typeof PackSchema>;

/** A user's override file: parameters only (ThamSo sheet or a --params JSON file). */
export const OverrideSchema = z.strictObject({
  parameters: z.array(ParameterSchema).min(1),
});
export type Override = z.output<typeof OverrideSchema>;
