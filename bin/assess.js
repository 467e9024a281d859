#!/usr/bin/env node
// `assess` (package.json "bin"): `npx assess rank …` in the project folder, and `assess rank …` after
// `npm link` or `npm install -g`. The command line is TypeScript (src/cli/main.ts), run through tsx as
// `npm run assess` runs it, so a fresh clone needs nothing built: tsx is therefore a dependency, not a
// dev dependency. tsx compiles with the project's own tsconfig.json, never one found in the folder the
// command is run from.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script, run by node as it is */
const path = require("node:path");

process.env.TSX_TSCONFIG_PATH = path.join(__dirname, "..", "tsconfig.json");
require("tsx/cjs/api").register();
require("../src/cli/main.ts");
