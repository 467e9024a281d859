/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  // Says once which of the programs some tests drive (LibreOffice, poppler, xmllint) are missing here.
  // A pane test's first open of a lazily fetched section compiles that chunk under ts-jest; on a loaded
  // CI machine that alone can pass jest's default 5 s. Speed is measured in npm run bench, not here.
  testTimeout: 30000,
  globalSetup: "<rootDir>/test/support/toolsSetup.ts",
};
