// The stand-in for office.js in the browser test: the Excel double's browser entry, bundled with
// esbuild (test-only; the production build never sees it), preceded by the workbook it starts from.
import { build } from "esbuild";
import { join } from "node:path";
import type { WorkbookJson } from "../support/excel-double";

export async function doubleScript(root: string, workbook: WorkbookJson): Promise<string> {
  const out = await build({
    entryPoints: [join(root, "test", "support", "excel-double", "browser.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "error",
  });
  const code = out.outputFiles[0]?.text;
  if (code === undefined) throw new Error("esbuild produced no bundle of the Excel double");
  return `window.__excelDoubleWorkbook = ${JSON.stringify(workbook)};\n${code}`;
}
