// Which of validateScheme's problems each optional rule in the editor is about, so the pane can show a
// problem beside the box that causes it. A problem is about an optional field when the same scheme
// without that field (absent: as in 2020, always a meaning of its own) no longer has it. This asks the
// checks themselves instead of keeping a second list of them here: a check added to validateScheme
// later lands beside its field with no change to the pane.
import { validateScheme } from "../core/scheme/validate";
import type { BonusRules, GroupScale, Problem, RaterChecks, Scheme, TierSpec } from "../core/types";

/** Paths of the editor's optional fields, as the editor names them when it asks for their problems. */
export const FIELD = {
  fullMarks: "fullMarks",
  componentFullMarks: (c: number) => `components.${c}.fullMarks`,
  raters: (c: number) => `components.${c}.raters`,
  /** `group` null: the default tiers. */
  quota: (group: string | null, tier: number) => `${group === null ? "tiers" : `groupTiers.${group}`}.${tier}.quota`,
  quotaTies: "quotaTies",
  bonus: (rule: keyof BonusRules) => `bonusRules.${rule}`,
  raterCheck: (key: keyof RaterChecks) => `raterChecks.${key}`,
  tieBreak: (step: number) => `tieBreak.${step}`,
  groupFullMarks: (group: string) => `groupScales.${group}.fullMarks`,
  groupComponent: (group: string, key: string, part: "fullMarks" | "weight") => `groupScales.${group}.components.${key}.${part}`,
} as const;

export type FieldProblems = ReadonlyMap<string, Problem[]>;

const BONUS_RULES: (keyof BonusRules)[] = ["maxAdd", "maxAddPerItem", "maxDeduct", "capAtFullMarks", "addFrom"];

function withoutKey<T extends object, K extends keyof T>(o: T, key: K): T {
  const rest = { ...o };
  delete rest[key];
  return rest;
}

const withoutQuota = (tiers: TierSpec[], k: number): TierSpec[] => tiers.map((tier, j) => (j === k ? withoutKey(tier, "quota") : tier));

/** Every optional field the scheme gives, with the scheme as it would be without it. */
function optionalFields(s: Scheme): { path: string; without: Scheme }[] {
  const out: { path: string; without: Scheme }[] = [];
  if (s.fullMarks !== undefined) out.push({ path: FIELD.fullMarks, without: withoutKey(s, "fullMarks") });
  s.components.forEach((c, ci) => {
    const replace = (next: Scheme["components"][number]): Scheme => ({ ...s, components: s.components.map((x, k) => (k === ci ? next : x)) });
    if (c.fullMarks !== undefined) out.push({ path: FIELD.componentFullMarks(ci), without: replace(withoutKey(c, "fullMarks")) });
    if (c.raters !== undefined) out.push({ path: FIELD.raters(ci), without: replace(withoutKey(c, "raters")) });
  });
  s.tiers.forEach((tier, k) => {
    if (tier.quota !== undefined) out.push({ path: FIELD.quota(null, k), without: { ...s, tiers: withoutQuota(s.tiers, k) } });
  });
  for (const [group, tiers] of Object.entries(s.groupTiers)) {
    tiers.forEach((tier, k) => {
      if (tier.quota !== undefined) out.push({ path: FIELD.quota(group, k), without: { ...s, groupTiers: { ...s.groupTiers, [group]: withoutQuota(tiers, k) } } });
    });
  }
  if (s.quotaTies !== undefined) out.push({ path: FIELD.quotaTies, without: withoutKey(s, "quotaTies") });
  const bonus = s.bonusRules;
  if (bonus !== undefined) {
    for (const rule of BONUS_RULES) {
      if (bonus[rule] !== undefined) out.push({ path: FIELD.bonus(rule), without: { ...s, bonusRules: withoutKey(bonus, rule) } });
    }
  }
  const checks = s.raterChecks;
  if (checks !== undefined) {
    for (const key of ["sdMultiple", "maxFromMedian"] as const) {
      if (checks[key] !== undefined) out.push({ path: FIELD.raterCheck(key), without: { ...s, raterChecks: withoutKey(checks, key) } });
    }
  }
  s.tieBreak?.forEach((_, k) => out.push({ path: FIELD.tieBreak(k), without: { ...s, tieBreak: s.tieBreak?.filter((__, j) => j !== k) ?? [] } }));
  for (const [group, scale] of Object.entries(s.groupScales ?? {})) {
    const replace = (next: GroupScale): Scheme => ({ ...s, groupScales: { ...s.groupScales, [group]: next } });
    if (scale.fullMarks !== undefined) out.push({ path: FIELD.groupFullMarks(group), without: replace(withoutKey(scale, "fullMarks")) });
    for (const [key, own] of Object.entries(scale.components ?? {})) {
      for (const part of ["fullMarks", "weight"] as const) {
        if (own[part] === undefined) continue;
        out.push({ path: FIELD.groupComponent(group, key, part), without: replace({ ...scale, components: { ...scale.components, [key]: withoutKey(own, part) } }) });
      }
    }
  }
  return out;
}

const identity = (p: Problem): string => `${p.code}\u0000${p.message}`;

/** The problems of `scheme` (validateScheme's) that each of its optional fields is about; fields without any are left out. */
export function problemsByField(scheme: Scheme, problems: readonly Problem[]): FieldProblems {
  const out = new Map<string, Problem[]>();
  if (problems.length === 0) return out;
  for (const { path, without } of optionalFields(scheme)) {
    const remaining = new Set(validateScheme(without).map(identity));
    const about = problems.filter((p) => !remaining.has(identity(p)));
    if (about.length > 0) out.set(path, about);
  }
  return out;
}
