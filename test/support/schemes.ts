// Random schemes a person could write down: every rule of issue 9 (full marks, group scales, quotas,
// raters, bonus limits, tie-breaks) with the 2020 ones, valid by the rules' own checks (weights adding
// up to the total's full marks, minimums descending, no quota on the last tier). Shared by the
// settings sheet's and the --scheme file's round trips.
import fc from "fast-check";
import type { BonusRules, ComponentSpec, GroupScale, RaterChecks, RaterRule, Scheme, TieBreakStep, TierQuota, TierSpec } from "../../src/core/types";

export const word = fc.array(fc.constantFrom(..."甲乙丙丁戊己庚辛壬癸天地玄黄宇宙洪荒ABCxyz"), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(""));
const words = (min: number, max: number) => fc.uniqueArray(word, { minLength: min, maxLength: max });

/** n weights with at most 2 decimals, summing to exactly `total` (the total's full marks). */
const weights = (n: number, total = 100) =>
  fc.uniqueArray(fc.integer({ min: 1, max: total * 100 - 1 }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), total * 100];
    return points.slice(1).map((p, k) => (p - (points[k] as number)) / 100);
  });

const maxOf = fc.oneof(
  fc.constant(null),
  fc
    .integer({ min: 1, max: 9999 })
    .filter((x) => x !== 10000)
    .map((x) => x / 100),
);

/** Full marks other than the default 100 (which a scheme leaves unsaid), or none. */
const fullMarksOf = fc.option(
  fc
    .integer({ min: 1, max: 3000 })
    .filter((x) => x !== 1000)
    .map((x) => x / 10),
  { nil: undefined },
);

const quotaOf: fc.Arbitrary<TierQuota> = fc.oneof(
  fc.integer({ min: 1, max: 1000 }).map((x) => ({ percent: x / 10 })),
  fc.integer({ min: 1, max: 60 }).map((n) => ({ count: n })),
);

/** Tiers best first, minimums descending; a tier above the last may have a quota, and then perhaps no minimum. */
const tierList = (labels: string[]) =>
  fc
    .record({
      mins: fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: labels.length - 1, maxLength: labels.length - 1 }),
      quotas: fc.array(fc.option(fc.record({ quota: quotaOf, noMin: fc.boolean() }), { nil: undefined, freq: 3 }), { minLength: labels.length, maxLength: labels.length }),
    })
    .map(({ mins, quotas }): TierSpec[] => {
      const sorted = mins.sort((a, b) => b - a);
      return labels.map((label, k): TierSpec => {
        if (k === labels.length - 1) return { label, min: null };
        const q = quotas[k];
        const min = q?.noMin === true ? null : (sorted[k] as number) / 10;
        return q === undefined ? { label, min } : { label, min, quota: q.quota };
      });
    });

const ratersOf: fc.Arbitrary<RaterRule | undefined> = fc.option(
  fc.record({ method: fc.constantFrom("mean" as const, "trimmed" as const), decimals: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }) }),
  { nil: undefined, freq: 2 },
);

const bonusOf: fc.Arbitrary<BonusRules | undefined> = fc.option(
  fc
    .record(
      {
        maxAdd: fc.integer({ min: 0, max: 200 }).map((x) => x / 10),
        maxAddPerItem: fc.integer({ min: 0, max: 50 }).map((x) => x / 10),
        maxDeduct: fc.integer({ min: 0, max: 300 }).map((x) => x / 10),
        capAtFullMarks: fc.constant(true),
        addFrom: fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
      },
      { requiredKeys: [] },
    )
    .filter((b) => Object.keys(b).length > 0),
  { nil: undefined },
);

/** 评分分析's thresholds other than the defaults (2 standard deviations, 15 points), or none. */
const raterChecksOf: fc.Arbitrary<RaterChecks | undefined> = fc.option(
  fc
    .record(
      {
        sdMultiple: fc
          .integer({ min: 1, max: 50 })
          .filter((x) => x !== 20)
          .map((x) => x / 10),
        maxFromMedian: fc.integer({ min: 1, max: 60 }).filter((x) => x !== 15),
      },
      { requiredKeys: [] },
    )
    .filter((c) => Object.keys(c).length > 0),
  { nil: undefined },
);

const GROUPS = ["县(区)", "市直部门", "功能区", "乡镇"];

/** A total's full marks other than 100 (150, 300…), or none. */
const totalOf = fc.option(
  fc.integer({ min: 20, max: 300 }).filter((x) => x !== 100),
  { nil: undefined },
);

export const schemeArb: fc.Arbitrary<Scheme> = fc.tuple(words(1, 5), totalOf).chain(([labels, total]) =>
  fc
    .record({
      weights: weights(labels.length, total ?? 100),
      subs: fc.tuple(...labels.map(() => fc.tuple(words(0, 4), fc.array(maxOf, { minLength: 4, maxLength: 4 }), words(0, 2)))),
      aliases: fc.tuple(...labels.map(() => words(0, 3))),
      fullMarks: fc.tuple(...labels.map(() => fullMarksOf)),
      raters: fc.tuple(...labels.map(() => ratersOf)),
      tierLabels: words(2, 5),
      otherLabels: words(2, 4),
      groups: fc.uniqueArray(fc.constantFrom(...GROUPS), { maxLength: 3 }),
      ownLabels: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      scaled: fc.uniqueArray(fc.constantFrom(...GROUPS), { maxLength: 2 }),
      ranking: fc.constantFrom("competition" as const, "dense" as const),
      tieBreak: fc.option(fc.uniqueArray(fc.constantFrom("unrounded" as const, ...labels.map((_, c) => c)), { minLength: 1, maxLength: labels.length + 1 }), { nil: undefined }),
      quotaTies: fc.constantFrom(undefined, "in" as const),
      bonusRules: bonusOf,
      raterChecks: raterChecksOf,
      decimals: fc.integer({ min: 0, max: 6 }),
    })
    .chain((r) =>
      fc
        .record({
          tiers: tierList(r.tierLabels),
          group: fc.tuple(...r.groups.map((_, k) => tierList(r.ownLabels[k] ? r.otherLabels : r.tierLabels))),
          // A group's own scale: its total's full marks and some components' own full marks and weights.
          scales: fc.tuple(
            ...r.scaled.map(() =>
              fc.record({
                fullMarks: fullMarksOf,
                own: fc.array(
                  fc.tuple(
                    fc.integer({ min: 0, max: labels.length - 1 }),
                    fullMarksOf,
                    fc.option(
                      fc.integer({ min: 0, max: 10000 }).map((x) => x / 100),
                      { nil: undefined },
                    ),
                  ),
                  { maxLength: 3 },
                ),
              }),
            ),
          ),
        })
        .map(({ tiers, group, scales }): Scheme => {
          const scheme: Scheme = {
            components: labels.map((label, c): ComponentSpec => {
              const [subLabels, maxes, subAliases] = r.subs[c]!;
              const spec: ComponentSpec = {
                key: `k${c}`,
                label,
                aliases: r.aliases[c]!.filter((a) => a !== label),
                weight: r.weights[c]!,
                subItems: subLabels.map((s, j) => ({ label: s, aliases: j === 0 ? subAliases : [], max: maxes[j] ?? null })),
              };
              if (r.fullMarks[c] !== undefined) spec.fullMarks = r.fullMarks[c];
              if (r.raters[c] !== undefined) spec.raters = r.raters[c];
              return spec;
            }),
            tiers,
            groupTiers: Object.fromEntries(r.groups.map((g, k) => [g, group[k] as TierSpec[]])),
            ranking: r.ranking,
            decimals: r.decimals,
          };
          if (total !== undefined) scheme.fullMarks = total;
          if (r.tieBreak !== undefined) scheme.tieBreak = r.tieBreak.map((s): TieBreakStep => (s === "unrounded" ? s : { component: `k${s}` }));
          if (r.quotaTies !== undefined) scheme.quotaTies = r.quotaTies;
          if (r.bonusRules !== undefined) scheme.bonusRules = r.bonusRules;
          if (r.raterChecks !== undefined) scheme.raterChecks = r.raterChecks;
          if (r.scaled.length > 0) {
            scheme.groupScales = Object.fromEntries(
              r.scaled.map((g, k) => {
                const { fullMarks, own } = scales[k]!;
                const scale: GroupScale = {};
                if (fullMarks !== undefined) scale.fullMarks = fullMarks;
                const entries = own.filter(([, f, w]) => f !== undefined || w !== undefined);
                if (entries.length > 0) {
                  scale.components = {};
                  for (const [c, f, w] of entries) scale.components[`k${c}`] = { ...(f === undefined ? {} : { fullMarks: f }), ...(w === undefined ? {} : { weight: w }) };
                }
                return [g, scale];
              }),
            );
          }
          return scheme;
        }),
    ),
);

/** The 2020 tiers with 优秀 for at most 30% of each group (按不超过参评单位30%的比例确定优秀等次). */
export function quota30Tiers(): TierSpec[] {
  return [
    { label: "优秀", min: 90, quota: { percent: 30 } },
    { label: "良好", min: 80 },
    { label: "合格", min: 60 },
    { label: "不合格", min: null },
  ];
}
