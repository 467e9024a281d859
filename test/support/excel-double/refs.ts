// References to sheets inside formula text, as Excel keeps them: a sheet reference is tied to the
// sheet, not to its name. Renaming a sheet rewrites every formula (and defined name) naming it;
// deleting it turns the reference into #REF! (`=COUNTIF(考核结果!I:I,"优秀")` becomes
// `=COUNTIF(#REF!I:I,"优秀")`). Text inside string literals is never a reference.
import { quoteSheetName } from "./a1";

const sameName = (a: string, b: string): boolean => a.toLocaleUpperCase() === b.toLocaleUpperCase();
const NAME_CHAR = /[\p{L}\p{N}_.]/u;

/** One sheet reference found in a formula: where its text starts and ends (the "!" included). */
interface SheetRef {
  start: number;
  end: number;
  sheet: string;
}

/** Every `Sheet!` and `'Quoted sheet'!` of a formula, outside string literals. */
function sheetRefs(formula: string): SheetRef[] {
  const out: SheetRef[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      i++;
      while (i < formula.length) {
        if (formula[i] === '"' && formula[i + 1] === '"') i += 2;
        else if (formula[i] === '"') break;
        else i++;
      }
      i++;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      if (formula[j + 1] === "!") out.push({ start: i, end: j + 2, sheet: name });
      i = j + 1;
      continue;
    }
    // "#REF!" is an error, not a sheet named REF.
    if (NAME_CHAR.test(ch) && (i === 0 || (!NAME_CHAR.test(formula[i - 1]!) && formula[i - 1] !== "#"))) {
      let j = i;
      while (j < formula.length && NAME_CHAR.test(formula[j]!)) j++;
      if (formula[j] === "!") out.push({ start: i, end: j + 1, sheet: formula.slice(i, j) });
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

function rewrite(formula: string, sheet: string, replacement: string): string {
  const refs = sheetRefs(formula).filter((r) => sameName(r.sheet, sheet));
  let out = formula;
  for (const r of refs.reverse()) out = out.slice(0, r.start) + replacement + out.slice(r.end);
  return out;
}

export function refersToSheet(formula: string, sheet: string): boolean {
  return sheetRefs(formula).some((r) => sameName(r.sheet, sheet));
}

/** The formula after sheet `from` was renamed `to`. */
export function renameSheetRefs(formula: string, from: string, to: string): string {
  return rewrite(formula, from, `${quoteSheetName(to)}!`);
}

/** The formula after sheet `name` was deleted. */
export function deleteSheetRefs(formula: string, name: string): string {
  return rewrite(formula, name, "#REF!");
}
