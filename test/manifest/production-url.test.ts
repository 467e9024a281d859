// The production manifest: `ASSESS_URL=https://… npm run build` writes dist/manifest.xml with that
// address wherever the development server's stands. Checked through the config's own copy step, so
// no second build is needed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../functions/built";

const DEV_URL = "https://localhost:3000";
const SOURCE = join(ROOT, "manifest.xml");

describe("dist/manifest.xml for production", () => {
  it("is copied into dist with ASSESS_URL in place of the development server", () => {
    const before = process.env.ASSESS_URL;
    process.env.ASSESS_URL = "https://assess.example.gov.cn/addin/";
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const makeConfig = (require(join(ROOT, "webpack.config.js")) as { addinConfig: (env: object, argv: { mode: string }) => { plugins: object[] } }).addinConfig;
      const copy = makeConfig({}, { mode: "production" }).plugins.find((p) => "patterns" in p) as { patterns: { to: string; transform?: (content: Buffer) => string }[] } | undefined;
      const transform = copy?.patterns.find((p) => p.to === "manifest.xml")?.transform;
      if (!transform) throw new Error("webpack.config.js copies no manifest.xml");
      const out = transform(readFileSync(SOURCE));
      expect(out).not.toContain(DEV_URL);
      expect(out).toContain("https://assess.example.gov.cn/addin/taskpane.html");
      expect(out).toContain("https://assess.example.gov.cn/addin/functions.en-US.json");
    } finally {
      if (before === undefined) delete process.env.ASSESS_URL;
      else process.env.ASSESS_URL = before;
    }
  });

  it("refuses an ASSESS_URL that is not https", () => {
    const before = process.env.ASSESS_URL;
    process.env.ASSESS_URL = "http://assess.example.gov.cn";
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const makeConfig = (require(join(ROOT, "webpack.config.js")) as { addinConfig: (env: object, argv: { mode: string }) => unknown }).addinConfig;
      expect(() => makeConfig({}, { mode: "production" })).toThrow(/https/);
    } finally {
      if (before === undefined) delete process.env.ASSESS_URL;
      else process.env.ASSESS_URL = before;
    }
  });
});
