// The command line's arguments: `rank <input.xlsx> [<team.xlsx> …] [-o <output.xlsx>] [--docx <notice.docx>] [--letters <folder>] [--previous <last.xlsx>] [--print-a4] [--json]
// [--scheme <file.json>] [--lang zh|en]`, or --help, or --version. A mistake here is a usage problem (exit 2), said in the user's language.
import { cliText } from "../core/messages/cli";
import type { Lang } from "../core/messages/ui";

export interface RankArgs {
  kind: "rank";
  /** The workbook ranked: its copy gets the generated sheets. */
  input: string;
  /** Files only read beside it (each on-site team's scores), in the order given. */
  others: string[];
  output: string | null;
  json: boolean;
  scheme: string | null;
  lang: Lang;
  /** --docx: where to write the notice as a Word document, or null. */
  docx: string | null;
  /** --letters: the folder to write each unit's feedback letter into, or null. */
  letters: string | null;
  /** --previous: last year's ranked workbook (or any table of names, groups and totals), or null. */
  previous: string | null;
  /** --print-a4: score sheets without a page setup get A4 portrait, one page wide. */
  printA4: boolean;
}

export type ParsedArgs =
  | RankArgs
  | { kind: "help"; lang: Lang }
  | { kind: "version" }
  /** `json` and `lang` as far as they could be read, so even a usage error is reported the asked-for way. */
  | { kind: "usage"; message: string; json: boolean; lang: Lang };

const VALUE_OPTIONS = new Set(["-o", "--output", "--scheme", "--lang", "--docx", "--letters", "--previous"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  // --json and --lang shape every message, the usage errors included: read them before anything else.
  const json = argv.includes("--json");
  const langAt = argv.indexOf("--lang");
  const langValue = langAt >= 0 ? argv[langAt + 1] : undefined;
  const lang: Lang = langValue === "en" ? "en" : "zh";
  const t = cliText(lang);
  const usage = (message: string): ParsedArgs => ({ kind: "usage", message, json, lang });

  if (argv.includes("-h") || argv.includes("--help")) return { kind: "help", lang };
  if (argv.includes("-v") || argv.includes("--version")) return { kind: "version" };
  if (langAt >= 0 && langValue !== "zh" && langValue !== "en") {
    return usage(langValue === undefined ? t.missingValue("--lang") : t.badLang(langValue));
  }

  const positional: string[] = [];
  let output: string | null = null;
  let scheme: string | null = null;
  let docx: string | null = null;
  let letters: string | null = null;
  let previous: string | null = null;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    if (VALUE_OPTIONS.has(arg)) {
      const value = argv[k + 1];
      if (value === undefined || (value.startsWith("-") && value.length > 1)) return usage(t.missingValue(arg));
      k += 1;
      if (arg === "-o" || arg === "--output") output = value;
      else if (arg === "--scheme") scheme = value;
      else if (arg === "--docx") docx = value;
      else if (arg === "--letters") letters = value;
      else if (arg === "--previous") previous = value;
    } else if (arg === "--json" || arg === "--print-a4") {
      continue;
    } else if (arg.startsWith("-") && arg.length > 1) {
      return usage(t.unknownOption(arg));
    } else {
      positional.push(arg);
    }
  }

  const [command, input, ...others] = positional;
  if (command === undefined) return usage(t.missingCommand);
  if (command !== "rank") return usage(t.unknownCommand(command));
  if (input === undefined) return usage(t.missingInput);
  return { kind: "rank", input, others, output, json, scheme, lang, docx, letters, previous, printA4: argv.includes("--print-a4") };
}
