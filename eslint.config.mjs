// ESLint for ASSESS (`npm run lint`; CI runs it before the tests). typescript-eslint's recommended rules
// (syntax only, not type-aware: the compiler's strict mode already checks the types, and a type-aware
// lint would take longer than the test suite on a small machine) and the Office add-in rules of
// eslint-plugin-office-addins.
//
// eslint-plugin-office-addins 4.0.10 installs with ESLint 9 and TypeScript 6, but brings its own
// TypeScript 5 and typescript-eslint 8.8 along (nested in its node_modules), and its `recommended`
// config would also run Prettier as a lint rule (`prettier/prettier`) and parse as ES2015. So only its
// rules are taken here, parsed by the project's typescript-eslint; formatting is Prettier's own
// business (`npm run prettier` checks, `npm run format` writes), never a lint error.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["node_modules/", "dist/", "out/", "coverage/", "test-output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // The house marks a parameter or binding kept unused on purpose with a leading underscore (a
      // callback's shape, a field dropped from a copy by destructuring).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true }],
      // The ideographic space U+3000 and the no-break space are data here (how offices pad names and
      // numbers): they stand in strings, templates, regular expressions and the comments about them.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    },
  },
  {
    // The Office.js rules where Office.js is called: the Excel adapter, the task pane, the functions.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/functions/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Reading in row blocks (a sheet too large for one 5 MB response) and writing in requests below
    // 4 MB sync once per block on purpose: that is the point of the blocks. And `valuesAsJson` is a
    // property of the range's cells (ExcelApi 1.16), not a navigation to another object, which is
    // what no-navigational-load takes every property it does not know for.
    files: ["src/excel/**/*.ts"],
    rules: { "office-addins/no-context-sync-in-loop": "off", "office-addins/no-navigational-load": "off" },
  },
  {
    // The characters XML 1.0 forbids are matched to be escaped: control characters in that regular
    // expression are its purpose.
    files: ["src/xlsx/write/xml.ts"],
    rules: { "no-control-regex": "off" },
  },
  {
    // The fixtures' grids are written as sparse rows: a hole is a blank cell, as in the sheet.
    files: ["test/fixtures/build-fixtures.ts"],
    rules: { "no-sparse-arrays": "off" },
  },
  {
    // The configuration files and the bin launcher are CommonJS scripts run by Node.
    files: ["*.js", "bin/**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
);
