/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  // Says once which of the programs some tests drive (LibreOffice, poppler, xmllint) are missing here.
  globalSetup: "<rootDir>/test/support/toolsSetup.ts",
};
