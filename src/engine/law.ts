/**
 * The law as the engine reads it: plain TypeScript types, no library. The file format of packs
 * (src/packs, zod) produces exactly these shapes; src/packs/conform.ts checks at compile time that
 * the two agree, so the engine never depends on the schema library.
 *
 * A parameter is one legal quantity: a key, a Vietnamese label, a unit, and dated values, each with
 * its source (document, article), a confidence tag and an optional note. A value of `null` means
 * "no value in force" (repealed, or not published): a line that needs it is an error, never 0.
 */
import type { IsoDate } from "./calendar";

export type Confidence = "high" | "medium" | "low" | "unconfirmed";

export interface Source {
  document: string;
  article?: string;
  url?: string;
}

/** A piecewise value: the bracket with the largest `min` ≤ the input applies. */
export interface Scale {
  by: "soHo";
  brackets: { min: number; value: string }[];
}

export interface ParamValue {
  from: IsoDate;
  /** Optional explicit end; otherwise a value lasts until the next value's `from`. */
  to?: IsoDate;
  /** Decimal string ("2340000", "0.17"), a scale, or null (no value in force). */
  value: string | Scale | null;
  source: Source;
  confidence: Confidence;
  note?: string;
}

export type Unit = "VND" | "coefficient" | "ratio" | "households" | "count" | "flag" | "months";

export interface Parameter {
  key: string;
  label: string;
  unit: Unit;
  /** Plausible bounds of a value, decimal strings (the unit's default range applies otherwise). */
  range?: { min?: string; max?: string };
  description?: string;
  values: ParamValue[];
}

/** Who a post's compulsory insurance follows (coverage flags are dated parameters). */
export type InsuranceGroup = "hdkctXa" | "hdkctThon" | "toBaoVe" | "hoTroThon" | "khong";

export interface Post {
  code: string;
  name: string;
  aliases: string[];
  /** Commune-level post or village (thôn, TDP) post. */
  level: "xa" | "thon";
  /** phuCap: allowance of an HĐKCT post; hoTro: support paid to others (Tổ bảo vệ ANTT, participants). */
  component: "phuCap" | "hoTro";
  /** Parameter key of the monthly amount (VND, or coefficient × LCS, possibly a scale by households). */
  rate?: string;
  insurance: InsuranceGroup;
  /** Counted against the central fund (docs/legal/central.md §3, §4). */
  inFund: boolean;
  /** Counted in the commune HĐKCT headcount cap. */
  inHeadcount: boolean;
  note?: string;
}

export interface KhoanItem {
  code: string;
  name: string;
  level: "xa" | "thon";
  /** Annual amount parameter (VND/year). With byPhanLoai the key gets ".I", ".II" or ".III". */
  base: string;
  byPhanLoai: boolean;
  /** Extra for a difficult unit (đặc điểm Khó khăn): replaces or adds to the base. */
  khoKhan?: { param: string; mode: "replace" | "add" };
  /** Steps by households: + amount for each full `size` households above `threshold`. */
  steps?: { threshold: string; size: string; amount: string };
}

export interface Rules {
  /** percent: every concurrent post paid at kiemNhiem.tyLe of its allowance; highestOnly: only the best one. */
  kiemNhiem: "percent" | "highestOnly";
}

/** A dated value after layering, remembering which layer supplied it. */
export interface LayeredValue extends ParamValue {
  layer: string;
}

export interface LayeredParameter {
  key: string;
  label: string;
  unit: Unit;
  range?: { min?: string; max?: string };
  values: LayeredValue[];
}

/** The value of a parameter in force on a date, with where it came from. */
export interface Resolved<V = string | Scale> {
  key: string;
  label: string;
  unit: Unit;
  value: V;
  from: IsoDate;
  to: IsoDate | null;
  source: Source;
  confidence: Confidence;
  note?: string;
  layer: string;
}

/** Lookup of dated parameters (implemented by ParamTable in ./params). */
export interface Params {
  has(key: string): boolean;
  get(key: string): LayeredParameter | undefined;
  keys(): string[];
  all(): LayeredParameter[];
  /** The entry in force on `date` (null value included), or undefined when none covers the date. */
  entryAt(key: string, date: IsoDate): Resolved<string | Scale | null> | undefined;
  /** The value in force on `date`; throws MissingParameterError when there is none. */
  at(key: string, date: IsoDate): Resolved;
  /** Like `at`, but undefined when the parameter is absent or has no value then. */
  tryAt(key: string, date: IsoDate): Resolved | undefined;
  /** A plain decimal value (not a scale). */
  decimalAt(key: string, date: IsoDate): Resolved<string>;
}

/** Central ← province ← user layers stacked into what the engine reads. */
export interface ResolvedPack {
  id: string;
  name: string;
  jurisdiction: string;
  /** Layers from the bottom: e.g. ["central", "hung-yen", "user"]. */
  chain: string[];
  /** Layers the user supplied (ThamSo sheet, JSON file): their values are marked in outputs. */
  userLayers: string[];
  params: Params;
  posts: Post[];
  khoan: KhoanItem[];
  rules: Rules;
}
