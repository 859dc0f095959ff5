/**
 * The layering of docs/architecture (ARCH §3), checked with dependency-cruiser on the whole of src:
 * no import cycles (type-only imports included); the engine imports only itself and decimal.js (no
 * packs, zod, Office or Node); packs import neither the roster, the app, the CLI, the task pane nor
 * the report; nothing imports the CLI or the task pane. The same rules are run on a small planted
 * tree first, so a rule that cannot fail would fail here.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

interface Violation {
  rule: string;
  from: string;
  to: string;
  cycle?: string[];
}

const RULES = [
  { name: "no-circular", severity: "error", from: { path: "^src" }, to: { circular: true } },
  { name: "engine-pure", severity: "error", from: { path: "^src/engine" }, to: { pathNot: ["^src/engine/", "(^|/)node_modules/decimal\\.js/"] } },
  { name: "packs-below-front-doors", severity: "error", from: { path: "^src/packs" }, to: { path: "^src/(roster|app|cli|taskpane|report)/" } },
  { name: "nothing-imports-cli", severity: "error", from: { path: "^src", pathNot: "^src/cli/" }, to: { path: "^src/cli/" } },
  { name: "nothing-imports-taskpane", severity: "error", from: { path: "^src", pathNot: "^src/taskpane/" }, to: { path: "^src/taskpane/" } },
];

function cruise(cwd: string): { modules: string[]; violations: Violation[] } {
  const script = join(__dirname, "cruise.mjs");
  const out = execFileSync(process.execPath, [script, JSON.stringify(RULES)], { cwd, encoding: "utf8", env: { ...process.env, NODE_PATH: join(__dirname, "../../node_modules") } });
  return JSON.parse(out);
}

const describeViolations = (vs: Violation[]) => vs.map((v) => `${v.rule}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.join(" → ")})` : ""}`);

describe("dependency rules (dependency-cruiser)", () => {
  test("a planted tree breaking every rule is caught, rule by rule", () => {
    const dir = mkdtempSync(join(tmpdir(), "dutoan-deps-"));
    try {
      const put = (file: string, text: string) => {
        mkdirSync(join(dir, file, ".."), { recursive: true });
        writeFileSync(join(dir, file), text);
      };
      put("src/engine/a.ts", 'import { b } from "./b";\nimport { readFileSync } from "fs";\nimport { p } from "../packs/p";\nexport const a = () => [b, readFileSync, p];\n');
      put("src/engine/b.ts", 'import type { a } from "./a";\nexport const b = 1 as unknown as typeof a;\n');
      put("src/packs/p.ts", 'import { r } from "../roster/r";\nexport const p = r;\n');
      put("src/roster/r.ts", 'import { c } from "../cli/c";\nimport { t } from "../taskpane/t";\nexport const r = [c, t];\n');
      put("src/cli/c.ts", "export const c = 1;\n");
      put("src/taskpane/t.ts", "export const t = 1;\n");
      const found = new Set(cruise(dir).violations.map((v) => v.rule));
      expect([...found].sort()).toEqual(RULES.map((r) => r.name).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("src keeps the layering", () => {
    const { modules, violations } = cruise(join(__dirname, "../.."));
    expect(modules.filter((m) => m.startsWith("src/engine/")).length).toBeGreaterThan(20);
    expect(describeViolations(violations)).toEqual([]);
  });
});
