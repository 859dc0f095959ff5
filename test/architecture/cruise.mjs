// Runs dependency-cruiser's API (ESM only, hence a child process of the Jest test) on ./src of the
// current directory with the rules given as JSON on argv[2]; prints the violations as JSON.
// Type-only imports count: a cycle through types is still a cycle in the design.
import { existsSync } from "fs";
import { cruise } from "dependency-cruiser";

const rules = JSON.parse(process.argv[2]);
const result = await cruise(["src"], {
  validate: true,
  ruleSet: { forbidden: rules },
  tsPreCompilationDeps: true,
  ...(existsSync("tsconfig.json") ? { tsConfig: { fileName: "tsconfig.json" } } : {}),
  doNotFollow: { path: "node_modules" },
  exclude: { path: "\\.(css|html)$" },
});
const output = typeof result.output === "string" ? JSON.parse(result.output) : result.output;
console.log(JSON.stringify({
  modules: output.modules.map((m) => m.source),
  violations: output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to, cycle: v.cycle?.map((c) => c.name ?? c) })),
}));
