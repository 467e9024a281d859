// This year's units matched to last year's results by name: the name as compared everywhere in ASSESS
// (textKey: full-width forms, spaces and invisible characters do not count), or through a row of
// 单位更名. Nothing else is guessed — not 市/局 suffixes, not abbreviations: a unit not found is listed
// as new with a warning at its name cell naming last year's closest name, and last year's units not
// found this year are listed in one warning, so a rename is never matched, or missed, silently.
import { inFile, makeProblem } from "../messages/problems";
import { REPORT_TEXT_ZH } from "../messages/report";
import { nameCell } from "../read/nameCell";
import { textKey } from "../read/values";
import type { Assessment, Problem, YearOnYear, YearStatus } from "../types";
import { closestName, MAX_COMPARISONS } from "./closest";
import type { PreviousResults } from "./read";
import type { Rename } from "./renames";

/** Last year's names listed in PREVIOUS_REMOVED before 等 N 个: the warning stays readable. */
const LISTED = 30;

export function compareYears(a: Assessment, previous: PreviousResults, renames: readonly Rename[]): { years: YearOnYear; problems: Problem[] } {
  const { table } = a;
  const problems: Problem[] = [];
  const newKeys = new Set(table.names.map(textKey));
  // Last year's units by the key they go under this year: a rename's new name, else their own.
  const renamedTo = new Map<string, string>();
  const oldKeys = new Set(previous.names.map(textKey));
  for (const r of renames) {
    const why = !oldKeys.has(textKey(r.old)) ? "old" : !newKeys.has(textKey(r.new)) ? "new" : null;
    if (why !== null) problems.push(makeProblem("RENAME_UNUSED", "warning", r.sheet, r.cell, { old: r.old, new: r.new, why }));
    else renamedTo.set(textKey(r.old), textKey(r.new));
  }
  const byKey = new Map<string, number[]>();
  previous.names.forEach((name, j) => {
    const own = textKey(name);
    const key = renamedTo.get(own) ?? own;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [j]);
    else list.push(j);
  });

  const n = table.count;
  const total = new Float64Array(n).fill(NaN);
  const rank = new Int32Array(n);
  const status: YearStatus[] = new Array<YearStatus>(n).fill("new");
  const used = new Uint8Array(previous.names.length);
  const unmatched: number[] = [];
  for (let i = 0; i < n; i++) {
    const candidates = byKey.get(textKey(table.names[i] ?? ""));
    if (candidates === undefined) {
      unmatched.push(i);
      continue;
    }
    // A name in two of last year's groups (a county and a department of one name): its own group's.
    const group = textKey(table.groups[table.groupOf[i] as number] ?? "");
    const j = candidates.find((c) => used[c] === 0 && textKey(previous.groups[c] ?? "") === group) ?? candidates.find((c) => used[c] === 0);
    if (j === undefined) {
      unmatched.push(i);
      continue;
    }
    used[j] = 1;
    total[i] = previous.totals[j] as number;
    rank[i] = previous.ranks[j] as number;
    status[i] = textKey(previous.groups[j] ?? "") === group ? "same" : "moved";
  }

  const left = previous.names.filter((_, j) => used[j] === 0);
  const suggest = unmatched.length * left.length <= MAX_COMPARISONS;
  for (const i of unmatched) {
    const name = table.names[i] ?? "";
    const closest = suggest ? closestName(name, left) : null;
    const at = nameCell(table, i);
    problems.push(inFile(makeProblem("PREVIOUS_UNMATCHED", "warning", at?.sheet ?? null, at?.cell ?? null, { unit: name, ...(closest === null ? {} : { closest }) }), at?.file));
  }
  if (left.length > 0) {
    const listed = left.slice(0, LISTED).join(REPORT_TEXT_ZH.notice.nameSeparator) + (left.length > LISTED ? `等` : "");
    problems.push(inFile(makeProblem("PREVIOUS_REMOVED", "warning", null, null, { count: left.length, units: listed }), previous.file));
  }
  return { years: { source: previous.file, total, rank, status }, problems };
}
