/**
 * One corpus case = one object: a bad or hostile input, the CLI arguments, and the one error the
 * CLI must report (code and, where they exist, sheet, Excel row and column). The runner
 * (corpus.test.ts) runs `dutoan estimate <file> --year 2026 --json --out <dir>/out.xlsx` and
 * checks exit status 2, the error in the JSON, and that nothing was written.
 */
export interface CorpusCase {
  name: string;
  /** The input file's bytes (written as `file` in a fresh folder). */
  file: () => Buffer | Promise<Buffer>;
  /** File name in the folder (default "roster.xlsx"). */
  fileName?: string;
  /** Replaces the default arguments; `file` and `out` are the paths in the case's folder. */
  args?: (paths: { dir: string; file: string; out: string }) => string[];
  /** Extra setup in the case's folder before the run (other files, permissions …). */
  setup?: (paths: { dir: string; file: string; out: string }) => void | Promise<void>;
  /** Exit status (default 2: the input has errors). */
  exit?: number;
  /** The error expected among the JSON's errors: every given field must match. */
  expect: { code: string; sheet?: string; row?: number; column?: string; part?: string; value?: string };
  /** Fragments the error's Vietnamese message must contain. */
  message?: (string | RegExp)[];
}
