/**
 * The law as data: zod schemas for parameter packs, the single source of truth for the file format.
 * They yield the engine's own plain types (src/engine/law.ts); src/packs/conform.ts checks at compile
 * time that the schemas' output and the engine's types are the same shapes.
 *
 * A parameter is one legal quantity (OpenFisca style): a key, a Vietnamese label, a unit, and dated
 * values, each with its source (document, article), a confidence tag and an optional note.
 * A value of `null` means "no value in force" (repealed, or not published): looking it up is an
 * error the user must resolve, never a silent 0.
 */
import { z } from "zod";
import { isValidIso } from "../engine/calendar";
import type * as law from "../engine/law";

export const DecimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, { message: "phải là số dạng chuỗi, dấu chấm thập phân (ví dụ \"2340000\", \"0.17\")" });

export const IsoDateString = z
  .string()
  .refine(isValidIso, { message: "phải là ngày dạng yyyy-mm-dd có thật" });

export const Confidence = z.enum(["high", "medium", "low", "unconfirmed"]);
export type Confidence = law.Confidence;

export const Source = z.object({
  document: z.string().min(1, { message: "phải ghi văn bản căn cứ" }),
  article: z.string().optional(),
  url: z.string().url().optional(),
});
export type Source = law.Source;

/** A piecewise value: the bracket with the largest `min` ≤ the input applies. */
export const Scale = z
  .object({
    by: z.enum(["soHo"]),
    brackets: z.array(z.object({ min: z.number().nonnegative(), value: DecimalString })).min(1),
  })
  .refine((s) => s.brackets.every((b, i) => i === 0 || b.min > s.brackets[i - 1].min), {
    message: "các bậc phải xếp theo ngưỡng tăng dần",
  });
export type Scale = law.Scale;

export const ParamValue = z.object({
  from: IsoDateString,
  /** Optional explicit end; otherwise a value lasts until the next value's `from`. */
  to: IsoDateString.optional(),
  value: z.union([DecimalString, Scale, z.null()]),
  source: Source,
  confidence: Confidence,
  note: z.string().optional(),
});
export type ParamValue = law.ParamValue;

export const Unit = z.enum(["VND", "coefficient", "ratio", "households", "count", "flag", "months"]);
export type Unit = law.Unit;

export const ParameterSchema = z
  .object({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)*$/, { message: "mã tham số chỉ gồm chữ, số và dấu chấm" }),
    label: z.string().min(1),
    unit: Unit,
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

export const PostSchema = z.object({
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
  /** Counted against the central fund (NĐ 33/2023 Đ.34; NĐ 185/2026). */
  inFund: z.boolean(),
  /** Counted in the commune HĐKCT headcount cap. */
  inHeadcount: z.boolean().default(false),
  note: z.string().optional(),
});
export type Post = law.Post;

export const KhoanItemSchema = z.object({
  code: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  name: z.string().min(1),
  level: z.enum(["xa", "thon"]),
  /** Annual amount parameter (VND/year). With byPhanLoai the key gets ".I", ".II" or ".III". */
  base: z.string(),
  byPhanLoai: z.boolean().default(false),
  /** Extra for a difficult unit (đặc điểm Khó khăn): replaces or adds to the base. */
  khoKhan: z.object({ param: z.string(), mode: z.enum(["replace", "add"]) }).optional(),
  /** Steps by households: + amount for each full `size` households above `threshold`. */
  steps: z.object({ threshold: z.string(), size: z.string(), amount: z.string() }).optional(),
});
export type KhoanItem = law.KhoanItem;

export const RulesSchema = z.object({
  /** percent: every concurrent post paid at kiemNhiem.tyLe of its allowance; highestOnly: only the best one. */
  kiemNhiem: z.enum(["percent", "highestOnly"]).default("percent"),
});
export type Rules = law.Rules;

export const PackSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, { message: "mã gói chỉ gồm chữ thường, số và gạch ngang" }),
    name: z.string().min(1),
    jurisdiction: z.string().min(1),
    extends: z.string().optional(),
    description: z.string().default(""),
    parameters: z.array(ParameterSchema).default([]),
    posts: z.array(PostSchema).default([]),
    khoan: z.array(KhoanItemSchema).default([]),
    rules: RulesSchema.partial().default({}),
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
  });
export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;

/** A user's override file: parameters only (ThamSo sheet or JSON). */
export const OverrideSchema = z.object({
  parameters: z.array(ParameterSchema).min(1),
});
export type Override = z.infer<typeof OverrideSchema>;
