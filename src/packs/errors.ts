/**
 * Errors in a pack or parameter file, in Vietnamese, each naming its place in the JSON in a form an
 * officer can find: `parameters[3].values[0].from (luongCoSo): phải là ngày dạng yyyy-mm-dd`.
 * An unknown field names the field probably meant ("có phải “from”?").
 */
import type { z } from "zod";

export interface PackIssue {
  /** Readable JSON path, e.g. "parameters[3].values[0].from (luongCoSo)"; "" for the root. */
  path: string;
  message: string;
}

export class PackError extends Error {
  constructor(
    readonly sourceName: string,
    readonly issues: PackIssue[],
  ) {
    super(`Gói tham số "${sourceName}" không hợp lệ:\n` + issues.map((i) => `  - ${i.path || "(gốc)"}: ${i.message}`).join("\n"));
    this.name = "PackError";
  }
}

/** Arrays whose elements are named by a field: parameters by key, posts and khoán items by code. */
const NAMED: Record<string, string> = { parameters: "key", posts: "code", khoan: "code" };

function child(node: unknown, seg: PropertyKey): unknown {
  return node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[seg] : undefined;
}

/**
 * zod path → readable path: the exact JSON path (copy-paste friendly), then, given the input, the key
 * or code of the parameter, post or khoán item it lies in:
 * ["parameters", 3, "values", 0, "from"] → "parameters[3].values[0].from (luongCoSo)".
 */
export function formatPath(path: readonly PropertyKey[], input?: unknown): string {
  let out = "";
  let node = input;
  let name: string | undefined;
  path.forEach((seg, i) => {
    out += typeof seg === "number" ? `[${seg}]` : out ? `.${String(seg)}` : String(seg);
    node = child(node, seg);
    const field = typeof seg === "number" && i > 0 ? NAMED[String(path[i - 1])] : undefined;
    const n = field ? child(node, field) : undefined;
    if (typeof n === "string" && n) name = n;
  });
  return name ? `${out} (${name})` : out;
}

/** Edit distance (case-insensitive), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[t.length];
}

/** The candidate closest to `word`, when close enough to be a likely typo. */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

type AnySchema = z.ZodType;

/** The schema that validates the value at `path` inside `schema` (wrappers looked through). */
function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let s: AnySchema | undefined = unwrap(schema);
  for (const seg of path) {
    if (!s) return undefined;
    const any = s as unknown as { shape?: Record<string, AnySchema>; element?: AnySchema };
    s = typeof seg === "number" ? any.element : any.shape?.[String(seg)];
    s = s && unwrap(s);
  }
  return s;
}

function unwrap(s: AnySchema): AnySchema {
  let cur = s as unknown as { unwrap?: () => AnySchema; in?: AnySchema; shape?: unknown; element?: unknown };
  for (let i = 0; i < 10; i++) {
    if (cur.shape || cur.element) break;
    if (typeof cur.unwrap === "function") cur = cur.unwrap() as unknown as typeof cur;
    else if (cur.in) cur = cur.in as unknown as typeof cur;
    else break;
  }
  return cur as unknown as AnySchema;
}

/** The fields an object at `path` may have. */
export function allowedKeys(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const s = schemaAt(schema, path) as unknown as { shape?: Record<string, unknown> } | undefined;
  return s?.shape ? Object.keys(s.shape) : [];
}

function typeName(expected: string): string {
  const names: Record<string, string> = { string: "chuỗi", number: "số", boolean: "true/false", object: "đối tượng {…}", array: "danh sách […]" };
  return names[expected] ?? expected;
}

function viMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `thiếu trường bắt buộc (cần ${typeName(issue.expected)})` : `sai kiểu: cần ${typeName(issue.expected)}`;
    case "invalid_value":
      return `giá trị không được chấp nhận; cho phép: ${issue.values.map(String).join(", ")}`;
    case "too_small":
      return issue.origin === "array" ? `cần ít nhất ${issue.minimum} phần tử` : `quá nhỏ/ngắn (tối thiểu ${issue.minimum})`;
    case "invalid_union":
      return "giá trị không khớp dạng nào được phép (số dạng chuỗi như \"2340000\", bảng bậc {by, brackets} hoặc null)";
    case "invalid_format":
      return issue.format === "url" ? "phải là địa chỉ web (https://…)" : issue.message;
    default:
      return issue.message;
  }
}

/** zod issues → located Vietnamese issues; one issue per unknown field, with a suggestion. */
export function packIssues(schema: AnySchema, issues: readonly z.core.$ZodIssue[], input: unknown): PackIssue[] {
  const out: PackIssue[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      const allowed = allowedKeys(schema, issue.path);
      for (const key of issue.keys) {
        const near = closestName(key, allowed);
        const hint = near ? `; có phải “${near}”?` : ".";
        out.push({ path: formatPath([...issue.path, key], input), message: `trường không được biết${hint} Các trường được phép: ${allowed.join(", ")}.` });
      }
    } else out.push({ path: formatPath(issue.path, input), message: viMessage(issue) });
  }
  return out;
}

/** Validates `input` with `schema`; a PackError with located Vietnamese issues otherwise. */
export function parseWith<S extends AnySchema>(schema: S, input: unknown, sourceName: string): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new PackError(sourceName, packIssues(schema, r.error.issues, input));
  return r.data as z.output<S>;
}
