// The --letters folder: each unit's feedback letter and the one document of them all, written like
// every file of the command line (src/cli/files), and a list of what was written, so that the next
// run replaces exactly those files: a unit that moved from 3rd to 5th leaves no stale 3-… letter, and
// a file of the user's in the folder is never touched.
import fs from "fs/promises";
import path from "path";
import type { CliText } from "../core/messages/cli";
import type { FeedbackLetter } from "../core/letters/letter";
import { combineLetters, letterDocuments } from "../docx";
import { writeFileAtomically } from "./files";
import { cliProblem, type JsonProblem } from "./report";

/** The one document of every letter; never a letter's name, which starts with its rank. */
export const COMBINED_LETTERS = "全部反馈单.docx";
/** What the last run wrote into the folder. */
const WRITTEN_LIST = ".assess-letters.json";

export async function checkLettersFolder(folder: string, t: CliText): Promise<JsonProblem | null> {
  const stat = await fs.stat(folder).catch(() => null);
  return stat !== null && !stat.isDirectory() ? cliProblem("USAGE", t.lettersNotFolder(folder)) : null;
}

async function earlierLetters(folder: string): Promise<string[]> {
  try {
    const list: unknown = JSON.parse(await fs.readFile(path.join(folder, WRITTEN_LIST), "utf8"));
    // Only plain names of this folder: a list edited to name ../something is not followed.
    return Array.isArray(list) ? list.filter((f): f is string => typeof f === "string" && f === path.basename(f) && f.endsWith(".docx")) : [];
  } catch {
    return [];
  }
}

export async function writeLetters(letters: readonly FeedbackLetter[], folder: string, t: CliText): Promise<JsonProblem | null> {
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (e) {
    return cliProblem("WRITE_FAILED", t.writeFailed(folder, (e as Error).message));
  }
  const now = new Set([...letters.map((l) => l.fileName), COMBINED_LETTERS]);
  for (const old of await earlierLetters(folder)) if (!now.has(old)) await fs.rm(path.join(folder, old), { force: true });
  const documents = await letterDocuments(letters);
  for (const [k, l] of letters.entries()) {
    const problem = await writeFileAtomically(documents[k] as Uint8Array, path.join(folder, l.fileName), t);
    if (problem !== null) return problem;
  }
  const problem = await writeFileAtomically(await combineLetters(letters, documents), path.join(folder, COMBINED_LETTERS), t);
  if (problem !== null) return problem;
  return writeFileAtomically(new TextEncoder().encode(JSON.stringify([...now])), path.join(folder, WRITTEN_LIST), t);
}
