// What the command line says about a run: the one JSON document of --json, and the same facts as
// lines for a person.
import { PREVIOUS_ZH } from "../core/messages/previous";
import { rankMove } from "../core/previous/change";
import type { CliProblemCode, CliText } from "../core/messages/cli";
import { problemMessage } from "../core/messages/problems";
import type { Lang } from "../core/messages/ui";
import type { Assessment, Problem, ProblemCode, Severity } from "../core/types";

export interface JsonUnit {
  name: string;
  rank: number;
  /** Rounded to the scheme's decimals. */
  total: number;
  tier: string;
  /**
   * With --previous: last year's total and rank (null where the unit is new) and the move as 名次变化
   * shows it (↑3, ↓2, 持平, 新增, 类别变化).
   */
  previous?: { total: number | null; rank: number | null; move: string };
}

export interface JsonProblem {
  severity: Severity;
  code: ProblemCode | CliProblemCode;
  sheet: string | null;
  cell: string | null;
  /** The file the sheet is in, for a file read beside the workbook (a team's); absent for the workbook's own. */
  file?: string;
  message: string;
}

/** The --json document. Its shape is a promise to scripts: fields are added, never renamed. */
export interface JsonReport {
  ok: boolean;
  output: string | null;
  /** Every workbook read, the ranked one first, as absolute paths. */
  read: string[];
  groups: { name: string; units: JsonUnit[] }[];
  problems: JsonProblem[];
  notice: string;
  /** The notice document written with --docx (absent without it). */
  docx?: string;
  /** With --letters: the folder, each letter's file name in it (results sheet order), and the one document of all. */
  letters?: { folder: string; files: string[]; combined: string };
  /** With --print-a4: each score sheet, and whether it was given A4 (`part`, the part of the copy that changed) or kept the paper it chose. */
  printA4?: { sheet: string; part: string | null; set: boolean }[];
}

/** A problem of the command line's own (usage, files): about no sheet and no cell. */
export function cliProblem(code: CliProblemCode, message: string): JsonProblem {
  return { severity: "error", code, sheet: null, cell: null, message };
}

export function jsonProblems(problems: readonly Problem[], lang: Lang): JsonProblem[] {
  return problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    sheet: p.sheet,
    cell: p.cell,
    ...(p.file === undefined ? {} : { file: p.file }),
    message: problemMessage(p, lang),
  }));
}

/** Every group's units in rank order. */
export function jsonGroups(a: Assessment): JsonReport["groups"] {
  return a.groups.map((g) => {
    const units: JsonUnit[] = new Array<JsonUnit>(g.order.length);
    for (let k = 0; k < g.order.length; k++) {
      const i = g.order[k] as number;
      units[k] = {
        name: a.table.names[i] ?? "",
        rank: g.ranks[k] as number,
        total: a.totals[i] as number,
        tier: (g.tiers[a.tierOf[i] as number]?.label ?? "").trim(),
      };
      const years = a.previous;
      if (years !== undefined) {
        const before = years.total[i] as number;
        const rank = years.rank[i] as number;
        (units[k] as JsonUnit).previous = {
          total: Number.isFinite(before) ? before : null,
          rank: rank > 0 ? rank : null,
          move: PREVIOUS_ZH.move(rankMove(years, i, g.ranks[k] as number)),
        };
      }
    }
    return { name: g.name, units };
  });
}

/** Per group: how many units, and how many in each tier that has any, best tier first. */
export function summaryLines(a: Assessment, t: CliText): string[] {
  return a.groups.map((g) => {
    const counts = new Array<number>(g.tiers.length).fill(0);
    for (let k = 0; k < g.order.length; k++) {
      const tier = a.tierOf[g.order[k] as number] as number;
      counts[tier] = (counts[tier] ?? 0) + 1;
    }
    const tiers = g.tiers
      .map((tier, ti) => ({ label: tier.label.trim(), count: counts[ti] ?? 0 }))
      .filter((x) => x.count > 0)
      .map((x) => t.tierCount(x.label, x.count))
      .join(t.tierSeparator);
    return t.groupSummary(g.name, g.order.length, tiers);
  });
}

export function problemLines(problems: readonly JsonProblem[], t: CliText): string[] {
  return problems.map((p) => t.problemLine(p.severity, p.message));
}
