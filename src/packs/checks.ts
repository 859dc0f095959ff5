/**
 * Plausibility of the values of a parameter list (a --params file, a ThamSo layer, a province's pack
 * file), as located pack issues: "parameters[2].values[0].value (phuCap.truongThon): giá trị “3795000”
 * có vẻ là số tiền đồng…; cần …".
 */
import type { IsoDate } from "../engine/calendar";
import type { PackIssue } from "./errors";
import { formatPath } from "./errors";
import { checkPlausible, type PlausibleSpec } from "./plausible";
import type { Parameter, Scale } from "./schema";

/** The LCS in force on a date (for đồng ↔ hệ số suggestions), if known. */
export type LcsAt = (date: IsoDate) => string | undefined;

function issue(path: (string | number)[], input: unknown, value: string, vi: string, expectedVi: string): PackIssue {
  return { path: formatPath(path, input), message: `giá trị “${value}” ${vi}; cần ${expectedVi}.` };
}

/**
 * Issues for every non-null value of `params` against its spec. `specOf` gives the spec to use
 * (unit and range of the parameter, or of the pack it lands in); `input` is the document the paths
 * point into (for the key shown with each path).
 */
export function valueIssues(params: readonly Parameter[], specOf: (p: Parameter) => PlausibleSpec, lcsAt: LcsAt, input: unknown): PackIssue[] {
  const out: PackIssue[] = [];
  params.forEach((p, i) => {
    const spec = specOf(p);
    p.values.forEach((v, j) => {
      if (v.value === null) return;
      const hint = { luongCoSo: lcsAt(v.from) };
      const at = ["parameters", i, "values", j, "value"];
      if (typeof v.value === "string") {
        const pr = checkPlausible(v.value, spec, hint);
        if (pr) out.push(issue(at, input, v.value, pr.vi, pr.expectedVi));
        return;
      }
      (v.value as Scale).brackets.forEach((b, k) => {
        const pr = checkPlausible(b.value, spec, hint);
        if (pr) out.push(issue([...at, "brackets", k, "value"], input, b.value, pr.vi, pr.expectedVi));
      });
    });
  });
  return out;
}

/** A parameter's own unit and range as its spec. */
export function ownSpec(p: Parameter): PlausibleSpec {
  return { unit: p.unit, label: p.label, ...(p.range ? { range: p.range } : {}) };
}
