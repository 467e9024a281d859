// `npm run bench`: every speed figure of ASSESS, printed as it comes, then one last line
// `BENCH {json}` holding all of them, for a script to read.
import { existsSync } from "fs";
import path from "path";
import { benchCli } from "./cli";
import { benchCore } from "./core";

type Bench = () => Promise<Record<string, number>>;

interface Part {
  title: string;
  /** A failing optional bench is reported and skipped: the figures of the others still count. */
  optional: boolean;
  run: () => Promise<Bench | null>;
}

/** Benches other parts of ASSESS add; a missing one is skipped with a note, not a failure. */
function optional(title: string, file: string, exportName: string): Part {
  return {
    title,
    optional: true,
    run: async () => {
      const full = path.join(__dirname, file);
      if (!existsSync(`${full}.ts`)) return null;
      const loaded = (await import(full)) as Record<string, unknown>;
      const bench = loaded[exportName];
      if (typeof bench !== "function") throw new Error(`bench/${file}.ts does not export ${exportName}()`);
      return bench as Bench;
    },
  };
}

const PARTS: Part[] = [
  { title: "core (Grid → WorkbookPlan)", optional: false, run: () => Promise.resolve(benchCore) },
  { title: "command line (100,000-unit .xlsx)", optional: false, run: () => Promise.resolve(() => benchCli()) },
  optional("custom functions", "functions", "benchFunctions"),
  optional("Office adapter", "office", "benchOffice"),
  optional("task pane", "taskpane", "benchTaskpane"),
  optional("notice document (.docx)", "docx", "benchDocx"),
  optional("feedback letters (.docx per unit, zipped, and combined)", "letters", "benchLetters"),
  optional("offline page (10,000-unit .xlsx in Chromium)", "web", "benchWeb"),
];

function show(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString("en-US") : value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

async function main(): Promise<void> {
  const all: Record<string, number> = {};
  for (const part of PARTS) {
    let figures: Record<string, number>;
    try {
      const bench = await part.run();
      if (bench === null) {
        process.stdout.write(`${part.title}: skipped (its bench file is not there)\n`);
        continue;
      }
      process.stdout.write(`${part.title}:\n`);
      figures = await bench();
    } catch (e) {
      if (!part.optional) throw e;
      process.stdout.write(`${part.title}: skipped, it failed: ${e instanceof Error ? e.message : String(e)}\n`);
      continue;
    }
    for (const [key, value] of Object.entries(figures)) {
      process.stdout.write(`  ${key.padEnd(28)} ${show(value)}\n`);
      all[key] = value;
    }
  }
  process.stdout.write(`BENCH ${JSON.stringify(all)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
