// Naming the generated sheets. ASSESS never touches a sheet of the user's: when one bears the name a
// generated sheet wants, the generated sheet takes another name and the user is told which.
import { makeProblem } from "../messages/problems";
import type { Problem } from "../types";

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\\/?*:[\]]/g;
const RENAME_TAG = "ASSESS";

/** Excel compares sheet names without regard to case. */
export const sheetKey = (name: string): string => name.toLocaleUpperCase();

/** A name Excel accepts: no / \ ? * : [ ], no leading or trailing apostrophe, at most 31 characters. */
export function legalSheetName(wanted: string): string {
  let name = wanted
    .replace(FORBIDDEN, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (name === "") name = "_";
  if (sheetKey(name) === "HISTORY") name = `${name}_`;
  return truncate(name, MAX_SHEET_NAME);
}

function truncate(name: string, max: number): string {
  const chars = Array.from(name);
  return chars.length <= max ? name : chars.slice(0, max).join("");
}

/** The names a plan's sheets end up with, and who the previous generated sheets were. */
export class SheetNamer {
  private readonly taken = new Set<string>();
  private readonly userSheets = new Set<string>();
  readonly problems: Problem[] = [];

  /**
   * `existing`: every sheet in the workbook now. `ours`: those ASSESS generated before, which the
   * plan removes, so their names are free again.
   */
  constructor(existing: readonly string[], ours: readonly string[]) {
    const ourKeys = new Set(ours.map(sheetKey));
    for (const name of existing) {
      const key = sheetKey(name);
      if (!ourKeys.has(key)) {
        this.userSheets.add(key);
        this.taken.add(key);
      }
    }
  }

  /** The name for a generated sheet that wants `wanted`; reserves it. */
  name(wanted: string): string {
    const base = legalSheetName(wanted);
    let name = base;
    for (let k = 1; this.taken.has(sheetKey(name)); k++) {
      const tag = `(${RENAME_TAG}${k === 1 ? "" : k})`;
      name = `${truncate(base, MAX_SHEET_NAME - tag.length)}${tag}`;
    }
    if (name !== base && this.userSheets.has(sheetKey(base))) {
      this.problems.push(makeProblem("SHEET_RENAMED", "warning", null, null, { wanted: base, actual: name }));
    }
    this.taken.add(sheetKey(name));
    return name;
  }
}

/** The sheets of `wanted` that still exist, spelled as the workbook spells them now. */
export function stillExisting(wanted: readonly string[], existing: readonly string[]): string[] {
  const byKey = new Map(existing.map((n) => [sheetKey(n), n] as const));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const w of wanted) {
    const key = sheetKey(w);
    const actual = byKey.get(key);
    if (actual !== undefined && !seen.has(key)) {
      out.push(actual);
      seen.add(key);
    }
  }
  return out;
}
