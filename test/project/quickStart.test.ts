// The README's quick start promises a newcomer two commands, each complete by itself on a fresh machine:
// one that runs the main job on the bundled sample and one that passes the tests. This keeps the README
// saying so, and each command naming scripts the package really has.
import { readFileSync } from "fs";
import path from "path";

const ROOT = path.join(__dirname, "..", "..");
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const scripts = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

function quickStartCommands(): string[] {
  const start = readme.indexOf("## Quick start");
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => (m[1] ?? "").trim());
}

describe("the README's quick start", () => {
  it("is two one-line commands, each installing the project first", () => {
    const commands = quickStartCommands();
    expect(commands).toEqual(["npm ci && npm run demo", "npm ci && npm test"]);
  });

  it("names scripts package.json has: the demo ranks the bundled sample, test runs jest", () => {
    expect(scripts.demo).toContain("src/cli/demo.ts");
    expect(readFileSync(path.join(ROOT, "src/cli/demo.ts"), "utf8")).toContain("sample-2020-assessment.xlsx");
    expect(scripts.test).toMatch(/^jest\b/);
  });
});
