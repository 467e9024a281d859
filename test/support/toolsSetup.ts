// jest's globalSetup: says once, before the tests, which of the programs some tests drive are missing
// here, instead of a warning from every test file that needs them.
import { missingTools, missingToolsLine } from "./tools";

export default function toolsSetup(): void {
  const line = missingToolsLine(missingTools(), process.env.CI !== undefined);
  if (line !== null) process.stderr.write(`\n${line}\n`);
}
