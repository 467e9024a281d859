// `npm run demo`: ranks the bundled sample workbook (assets/, scores invented, units and tiers from the
// 2020 notice) into out/, the way a user would with `assess rank`, and shows what came out.
import { promises as fs } from "fs";
import path from "path";
import { cliText } from "../core/messages/cli";
import { runCli } from "./run";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE_WORKBOOK = path.join(ROOT, "assets", "sample-2020-assessment.xlsx");
const DEMO_OUTPUT = path.join(ROOT, "out", "sample-2020-assessment.assess.xlsx");
const DEMO_NOTICE = path.join(ROOT, "out", "sample-2020-notice.docx");

async function demo(): Promise<number> {
  const t = cliText("zh");
  const say = (text: string): void => {
    process.stdout.write(text);
  };
  say(`${t.demoRanking(path.relative(process.cwd(), SAMPLE_WORKBOOK))}\n`);
  await fs.mkdir(path.dirname(DEMO_OUTPUT), { recursive: true });
  let notice = "";
  const code = await runCli(["rank", SAMPLE_WORKBOOK, "-o", DEMO_OUTPUT, "--docx", DEMO_NOTICE], {
    out: (text) => {
      notice += text;
    },
    err: say,
  });
  if (code !== 0) {
    process.stderr.write(`${t.demoFailed}\n`);
    return code;
  }
  say(`\n${t.demoNoticeHeading}\n${notice}`);
  return 0;
}

demo().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 3;
  },
);
