// The sentences that say what is wrong with a scheme (weights, tiers, decimals) or a --scheme file,
// as [Chinese, English] pairs that become a SCHEME_INVALID problem's detail.

/** The sentences of the scheme checks, Chinese first. */
export const SCHEME_DETAIL = {
  noComponents: (): [string, string] => ["至少需要一个考核项目。", "at least one component is needed."],
  labelEmpty: (i: number): [string, string] => [`第 ${i} 个考核项目没有名称。`, `component ${i} has no label.`],
  labelDuplicate: (label: string): [string, string] => [`考核项目“${label}”重复。`, `the component "${label}" is given twice.`],
  keyDuplicate: (key: string): [string, string] => [`考核项目标识“${key}”重复。`, `the component key "${key}" is given twice.`],
  weightNotNumber: (label: string): [string, string] => [`“${label}”的权重不是数字。`, `the weight of "${label}" is not a number.`],
  weightNegative: (label: string, w: number): [string, string] => [`“${label}”的权重 ${w}% 为负数。`, `the weight of "${label}" is ${w}%, which is negative.`],
  weightDecimals: (label: string, w: number): [string, string] => [`“${label}”的权重 ${w}% 超过两位小数。`, `the weight of "${label}" is ${w}%, with more than two decimals.`],
  weightSum: (sum: string): [string, string] => [`各考核项目权重之和为 ${sum}%，应为 100%。`, `the component weights add up to ${sum}%, not 100%.`],
  /** Weights as points of a total out of `total` (满分 other than 100, or a group's own scale). */
  weightSumToFullMarks: (where: string, whereEn: string, sum: string, total: string): [string, string] => [
    `${where}各考核项目权重（分值）之和为 ${sum} 分，应等于总分满分 ${total} 分（fullMarks）。`,
    `in ${whereEn}, the component weights add up to ${sum} points, not the total's full marks of ${total} (fullMarks).`,
  ],
  fullMarks: (field: string, fieldEn: string, path: string, v: string): [string, string] => [
    `${field}满分 ${v} 应为大于 0 的数字，最多两位小数（${path}）。`,
    `${fieldEn} full marks are ${v}; they must be a number above 0 with at most two decimals (${path}).`,
  ],
  groupWeight: (group: string, label: string, v: string): [string, string] => [
    `“${group}”中“${label}”的权重 ${v} 应为不小于 0 的数字，最多两位小数（groupScales.${group}.components）。`,
    `the weight of "${label}" in group "${group}" is ${v}; it must be a number of at least 0 with at most two decimals (groupScales.${group}.components).`,
  ],
  groupUnknownComponent: (group: string, key: string): [string, string] => [
    `“${group}”的分值设置中的“${key}”不是任何考核项目（groupScales.${group}.components）。`,
    `"${key}" in the scale of group "${group}" is not a component (groupScales.${group}.components).`,
  ],
  bonusLimit: (field: string, fieldEn: string, key: string, v: string): [string, string] => [
    `${field} ${v} 应为不小于 0 的数字（bonusRules.${key}）。`,
    `${fieldEn} is ${v}; it must be a number of at least 0 (bonusRules.${key}).`,
  ],
  raterCheck: (key: "sdMultiple" | "maxFromMedian", v: string): [string, string] => [
    `${key === "sdMultiple" ? "评委偏离提示倍数" : "评分偏离提示分值"} ${v} 应为大于 0 的数字（raterChecks.${key}）。`,
    `${key === "sdMultiple" ? "The rater flag (standard deviations)" : "The score flag (points from the median)"} is ${v}; it must be a number above 0 (raterChecks.${key}).`,
  ],
  bonusCap: (v: string): [string, string] => [
    `“加分后不超过满分” ${v} 应为是或否（bonusRules.capAtFullMarks）。`,
    `"total capped at full marks" is ${v}; it must be true or false (bonusRules.capAtFullMarks).`,
  ],
  scaleWhereScheme: (): [string, string] => ["", "the scheme"],
  scaleWhereGroup: (group: string): [string, string] => [`“${group}”的分值设置中，`, `the scale of group "${group}"`],
  fullMarksOfTotal: (): [string, string] => ["总分", "The total's"],
  fullMarksOfComponent: (label: string): [string, string] => [`“${label}”的`, `The component "${label}"'s`],
  fullMarksOfGroup: (group: string): [string, string] => [`“${group}”的总分`, `The total's (group "${group}")`],
  fullMarksOfGroupComponent: (group: string, label: string): [string, string] => [`“${group}”中“${label}”的`, `The component "${label}"'s (group "${group}")`],
  bonusField: {
    maxAdd: (): [string, string] => ["加分上限", "The 加分 limit"],
    maxAddPerItem: (): [string, string] => ["单项加分上限", "The per-item 加分 limit"],
    maxDeduct: (): [string, string] => ["扣分上限", "The 扣分 limit"],
    addFrom: (): [string, string] => ["加分起算分数", "The score from which 加分 counts"],
  },
  subItemEmpty: (label: string, i: number): [string, string] => [`“${label}”的第 ${i} 个子项没有名称。`, `sub-item ${i} of "${label}" has no label.`],
  subItemDuplicate: (label: string, sub: string): [string, string] => [`“${label}”的子项“${sub}”重复。`, `the sub-item "${sub}" of "${label}" is given twice.`],
  subItemMax: (label: string, sub: string, max: string): [string, string] => [
    `“${label}”的子项“${sub}”满分 ${max} 应为大于 0 的数字。`,
    `the maximum of sub-item "${sub}" of "${label}" is ${max}; it must be a number above 0.`,
  ],
  raterRule: (label: string, method: string, decimals: string): [string, string] => [
    `“${label}”的评委打分规则（方式 ${method}，小数位数 ${decimals}）无法使用：方式应为 mean（平均）或 trimmed（去掉一个最高分和一个最低分），小数位数应为 0 到 9 的整数或不舍入。`,
    `the raters' rule of "${label}" (method ${method}, decimals ${decimals}) cannot be used: the method must be mean or trimmed (drop one highest and one lowest score), the decimals a whole number from 0 to 9, or none.`,
  ],
  tiersTooFew: (where: string, whereEn: string): [string, string] => [`${where}至少需要两个等次。`, `${whereEn} need at least two tiers.`],
  tierLabelEmpty: (where: string, whereEn: string, i: number): [string, string] => [`${where}的第 ${i} 个等次没有名称。`, `tier ${i} of ${whereEn} has no label.`],
  tierLabelDuplicate: (where: string, whereEn: string, label: string): [string, string] => [`${where}中等次“${label}”重复。`, `the tier "${label}" appears twice in ${whereEn}.`],
  tierMinMissing: (where: string, whereEn: string, label: string): [string, string] => [
    `${where}中等次“${label}”既没有分数线也没有名额（只有最后一个等次可以都不设）。`,
    `the tier "${label}" in ${whereEn} has neither a minimum nor a quota (only the last tier may have neither).`,
  ],
  tierLastHasQuota: (where: string, whereEn: string, label: string): [string, string] => [
    `${where}的最后一个等次“${label}”不应设名额（它包含其余所有单位）。`,
    `the last tier "${label}" of ${whereEn} must have no quota (it takes every unit left).`,
  ],
  tierQuotaPercent: (where: string, whereEn: string, label: string, value: string): [string, string] => [
    `${where}中等次“${label}”的名额比例 ${value}% 应为大于 0、不超过 100、最多两位小数的数。`,
    `the quota of tier "${label}" in ${whereEn} is ${value}%; it must be above 0 and at most 100, with at most two decimals.`,
  ],
  tierQuotaCount: (where: string, whereEn: string, label: string, value: string): [string, string] => [
    `${where}中等次“${label}”的名额 ${value} 个应为不小于 1 的整数。`,
    `the quota of tier "${label}" in ${whereEn} is ${value} units; it must be a whole number of at least 1.`,
  ],
  tierQuotaShape: (where: string, whereEn: string, label: string, value: string): [string, string] => [
    `${where}中等次“${label}”的名额 ${value} 无法识别，应为比例（percent）或个数（count）之一。`,
    `the quota of tier "${label}" in ${whereEn} is ${value}; it must be either a percent or a count.`,
  ],
  quotaTies: (value: string): [string, string] => [
    `名额边界并列的处理“${value}”无法识别，应为 in（并列单位全部计入）或 out（全部不计入）。`,
    `the rule for ties at a quota's edge is "${value}"; it must be in (all tied units take the tier) or out (none does).`,
  ],
  tieBreakUnknown: (step: string): [string, string] => [
    `同分排序依据“${step}”不是任何考核项目，也不是 unrounded（未四舍五入的综合成绩）。`,
    `the tie-break step "${step}" is neither a component nor unrounded (the total before rounding).`,
  ],
  tierMinNotNumber: (where: string, whereEn: string, label: string): [string, string] => [
    `${where}中等次“${label}”的分数线不是数字。`,
    `the minimum of tier "${label}" in ${whereEn} is not a number.`,
  ],
  tierLastHasMin: (where: string, whereEn: string, label: string): [string, string] => [
    `${where}的最后一个等次“${label}”不应设分数线（它包含以下所有分数）。`,
    `the last tier "${label}" of ${whereEn} must have no minimum (it takes every score below).`,
  ],
  tierNotDescending: (where: string, whereEn: string, label: string, min: number, prevLabel: string, prevMin: number): [string, string] => [
    `${where}中等次“${label}”的分数线 ${min} 应低于上一等次“${prevLabel}”的 ${prevMin}。`,
    `in ${whereEn}, the minimum of "${label}" (${min}) must be below that of "${prevLabel}" (${prevMin}).`,
  ],
  decimals: (d: string, max: number): [string, string] => [`保留小数位数 ${d} 应为 0 到 ${max} 的整数。`, `decimals is ${d}; it must be a whole number from 0 to ${max}.`],
  ranking: (r: string): [string, string] => [
    `排名方式“${r}”无法识别，应为 competition（1,2,2,4）或 dense（1,2,2,3）。`,
    `ranking style "${r}" is unknown; it must be competition (1,2,2,4) or dense (1,2,2,3).`,
  ],
  tiersWhereDefault: (): [string, string] => ["等次设置", "the tiers"],
  tiersWhereGroup: (group: string): [string, string] => [`“${group}”的等次设置`, `the tiers of group "${group}"`],
} as const;

/** The sentences of the --scheme file checks, Chinese first. */
export const JSON_DETAIL = {
  notObject: (): [string, string] => ["考核设置文件应为一个 JSON 对象（{ … }）。", "the settings file must hold one JSON object ({ … })."],
  unknownField: (path: string): [string, string] => [`不认识的设置项“${path}”。`, `unknown setting "${path}".`],
  wrongType: (path: string, zh: string, en: string): [string, string] => [`设置项“${path}”应为${zh}。`, `setting "${path}" must be ${en}.`],
  unknownComponent: (name: string): [string, string] => [`权重中的“${name}”不是任何考核项目。`, `"${name}" in the weights is not a component.`],
  unknownComponentAt: (path: string, name: string): [string, string] => [`设置项“${path}”中的“${name}”不是任何考核项目。`, `"${name}" in setting "${path}" is not a component.`],
} as const;

/** What a --scheme field must be, as [Chinese, English], for JSON_DETAIL.wrongType. */
export const JSON_TYPE = {
  object: ["对象（{ … }）", "an object ({ … })"],
  array: ["数组（[ … ]）", "an array ([ … ])"],
  number: ["数字", "a number"],
  numberOrNull: ["数字或 null", "a number or null"],
  boolean: ["true 或 false", "true or false"],
  text: ["文本", "text"],
  texts: ["文本数组", "an array of text"],
  ranking: ["“competition”或“dense”", `"competition" or "dense"`],
  quotaTies: ["“in”或“out”", `"in" or "out"`],
  quota: ['名额，如“30%”、8、{"percent": 30} 或 {"count": 8}', `a quota such as "30%", 8, {"percent": 30} or {"count": 8}`],
  raters: ['“mean”、“trimmed”或 {"method": …, "decimals": …}', `"mean", "trimmed" or {"method": …, "decimals": …}`],
  method: ["“mean”或“trimmed”", `"mean" or "trimmed"`],
  tieStep: ["考核项目名称或“unrounded”", `a component's name or "unrounded"`],
} as const;
