/** Small helpers so pack files read like a table of the law: one line per dated, cited value. */
import type { Confidence, PackInput, Scale, Unit } from "./schema";

type ParamInput = NonNullable<PackInput["parameters"]>[number];
type ValueInput = ParamInput["values"][number];
type PostInput = NonNullable<PackInput["posts"]>[number];

/** One dated value: from, value (decimal string, scale or null), document, article, confidence, note. */
export function v(
  from: string,
  value: string | Scale | null,
  document: string,
  article: string | undefined,
  confidence: Confidence,
  note?: string,
  url?: string,
): ValueInput {
  const source = { document, ...(article ? { article } : {}), ...(url ? { url } : {}) };
  return { from, value, source, confidence, ...(note ? { note } : {}) };
}

export function param(key: string, label: string, unit: Unit, ...values: ValueInput[]): ParamInput {
  return { key, label, unit, values };
}

/** Scale by households: [[min, value], …] ascending. */
export function bySoHo(...brackets: [number, string][]): Scale {
  return { by: "soHo", brackets: brackets.map(([min, value]) => ({ min, value })) };
}

export function post(p: PostInput): PostInput {
  return p;
}
