/** Province-wide consolidation of commune estimates (pure; the CLI reads the files). */
export { consolidate } from "./consolidate";
export { fileOutcome } from "./file";
export { communeKey } from "./key";
export type * from "./types";
