// `npx assess rank <input.xlsx> …` (bin/assess.js) or `npm run --silent assess -- rank …`: the process around runCli. The exit code is set,
// not forced with process.exit, so a large JSON document on a pipe is written out in full first.
import { runCli } from "./run";

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A programming mistake, not the user's data: show it plainly and use an exit code of its own.
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 3;
  },
);
