/** Jest: TypeScript through ts-jest (types are checked by `tsc --noEmit`, not here). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { diagnostics: false, tsconfig: { module: "commonjs", esModuleInterop: true, resolveJsonModule: true, isolatedModules: true } }],
  },
  // office-addin-mock loads an ESM-only dependency chain through office-addin-manifest (stack.md T3).
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
};
