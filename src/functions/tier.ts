// ASSESS.TIER: tiers by minimum and quota (名额) over a column of totals, through the core's
// assignTiers, so a formula and the one-click ranking place every unit alike. Each group is sorted
// once, however many cells the result spills into.
import { assignTiers } from "../core/assignTiers";
import { FORMULA_ERROR, FORMULA_WHAT } from "../core/messages/functions";
import { parseScore } from "../core/read/values";
import { DEFAULT_TIERS, defaultScheme } from "../core/scheme/defaults";
import { validateScheme } from "../core/scheme/validate";
import type { TierQuota, TierSpec } from "../core/types";
import { asMatrix, cellValue, fill, flatten, isBlank, isOmitted, readBoolean, readNumber, readTextList, shapeOf } from "./args";
import { FormulaFailure, isFailure } from "./failure";
import type { OutCell, Outcome } from "./failure";
import { groupKey } from "./groups";

const DEFAULT_MINS: (number | null)[] = DEFAULT_TIERS.slice(0, -1).map((t) => t.min);
const DEFAULT_LABELS: string[] = DEFAULT_TIERS.map((t) => t.label);

/** The cells of a list argument by position (a blank is "none"); blanks past `count` are dropped. */
function positional(arg: unknown, count: number | null): unknown[] {
  const cells = flatten(asMatrix(arg));
  while (cells.length > (count ?? 0) && isBlank(cells[cells.length - 1])) cells.pop();
  return cells;
}

/** A quota as a cell gives it: 30% (the number 0.3, or the text "30%") is a share; 8 a count. */
function readQuota(v: unknown, k: number): TierQuota | undefined | FormulaFailure {
  const cell = cellValue(v);
  if (cell === null) return undefined;
  const unreadable = new FormulaFailure("invalidValue", FORMULA_ERROR.quotaUnreadable(k, String(cell)));
  if (typeof cell === "boolean") return unreadable;
  const text = typeof cell === "string" ? cell.trim() : null;
  if (text !== null && /[%％]$/.test(text)) {
    const share = parseScore(text.slice(0, -1));
    return share.kind === "number" ? { percent: share.value } : unreadable;
  }
  const parsed = parseScore(cell);
  if (parsed.kind !== "number") return unreadable;
  const n = parsed.value;
  // Percent to two decimals, as the scheme takes it: 0.125 is 12.5%.
  if (n > 0 && n < 1) return { percent: Math.round(n * 10000) / 100 };
  if (Number.isInteger(n) && n >= 1) return { count: n };
  return unreadable;
}

/** The tiers of ASSESS.TIER, checked by the core's scheme validation as the settings are. */
export function readQuotaTiers(thresholds: unknown, labels: unknown, quotas: unknown): TierSpec[] | FormulaFailure {
  const withQuotas = !isOmitted(quotas);
  const names = isOmitted(labels) ? null : readTextList(labels);
  let mins: (number | null)[];
  if (!isOmitted(thresholds)) {
    const cells = positional(thresholds, names === null ? null : names.length - 1);
    mins = [];
    for (const [k, v] of cells.entries()) {
      if (isBlank(v)) mins.push(null);
      else {
        const n = readNumber(v, FORMULA_WHAT.threshold(k + 1));
        if (isFailure(n)) return n;
        mins.push(n);
      }
    }
  } else if (withQuotas && names !== null) {
    mins = names.slice(0, -1).map(() => null);
  } else {
    mins = DEFAULT_MINS;
  }
  const labelsOf = names ?? (mins.length === DEFAULT_MINS.length ? DEFAULT_LABELS : null);
  if (labelsOf === null) return new FormulaFailure("invalidValue", FORMULA_ERROR.labelsCount(mins.length, 0));
  if (labelsOf.length !== mins.length + 1) return new FormulaFailure("invalidValue", FORMULA_ERROR.labelsCount(mins.length, labelsOf.length));

  const quotaOf: (TierQuota | undefined)[] = [];
  if (withQuotas) {
    // One per tier above the last; a quota given for the last tier too is refused by the scheme check, by name.
    const cells = positional(quotas, mins.length);
    if (cells.length > mins.length + 1) return new FormulaFailure("invalidValue", FORMULA_ERROR.listCount(FORMULA_WHAT.quotas, mins.length, cells.length));
    for (const [k, v] of cells.entries()) {
      const q = readQuota(v, k + 1);
      if (isFailure(q)) return q;
      quotaOf.push(q);
    }
  }
  const tiers = labelsOf.map((label, i): TierSpec => {
    const quota = quotaOf[i];
    return quota === undefined ? { label, min: mins[i] ?? null } : { label, min: mins[i] ?? null, quota };
  });
  const problem = validateScheme({ ...defaultScheme(), tiers })[0];
  if (problem) return new FormulaFailure("invalidValue", FORMULA_ERROR.tiersInvalid({ zh: problem.message, en: problem.messageEn }));
  return tiers;
}

export function tierCells(totals: unknown, thresholds?: unknown, labels?: unknown, quotas?: unknown, groups?: unknown, tiesIn?: unknown): Outcome {
  const tiers = readQuotaTiers(thresholds, labels, quotas);
  if (isFailure(tiers)) return tiers;
  const admit = readBoolean(asMatrix(tiesIn)[0]?.[0]);
  if (isFailure(admit)) return admit;

  const totalM = asMatrix(totals);
  const shape = shapeOf(totalM);
  const cells: unknown[] = [];
  for (let r = 0; r < shape.rows; r++) for (let c = 0; c < shape.cols; c++) cells.push((totalM[r] as unknown[])[c]);
  const n = cells.length;
  const keys = isOmitted(groups) ? null : flatten(asMatrix(groups)).map(groupKey);
  if (keys !== null && keys.length !== n) return new FormulaFailure("invalidValue", FORMULA_ERROR.shapeMismatch());

  // Each cell's total, or why it has none (a blank total, text, a blank group).
  const values = new Float64Array(n).fill(NaN);
  const failed = new Map<number, FormulaFailure>();
  const members = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const v = readNumber(cells[i], FORMULA_WHAT.total);
    if (isFailure(v)) {
      failed.set(i, v);
      continue;
    }
    const key = keys === null ? "" : (keys[i] as string);
    if (keys !== null && key === "") {
      failed.set(i, new FormulaFailure("notAvailable", FORMULA_ERROR.groupBlank()));
      continue;
    }
    values[i] = v;
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  }

  // Rank order as the core's: the higher total first, equal totals tied (one rank) in sheet order.
  const tierOf = new Int32Array(n);
  for (const list of members.values()) {
    list.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
    const order = Int32Array.from(list);
    const ranks = new Int32Array(order.length);
    for (let k = 0; k < order.length; k++) {
      const same = k > 0 && values[order[k] as number] === values[order[k - 1] as number];
      ranks[k] = same ? (ranks[k - 1] as number) : k + 1;
    }
    assignTiers(order, ranks, values, null, tiers, admit, tierOf);
  }
  return fill(shape, (r, c): OutCell => {
    const i = r * shape.cols + c;
    return failed.get(i) ?? (tiers[tierOf[i] as number] as TierSpec).label;
  });
}
