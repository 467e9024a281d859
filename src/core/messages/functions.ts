// Every word the ASSESS.* formulas show: the descriptions Excel lists in its function wizard and
// autocomplete, and the messages of the errors a formula returns. Chinese first, English second.
// The build checks that the JSDoc of src/functions/functions.ts says exactly the Chinese text here,
// and writes the English metadata file from the English text here, so the two never drift.

export type FunctionId = "SCORE" | "TOTAL" | "GRADE" | "RANK" | "TIERLIST" | "TRIMMEAN";

export interface Bilingual {
  zh: string;
  en: string;
}

export interface FunctionText {
  description: Bilingual;
  /** By parameter name, as the TypeScript signature spells it. */
  parameters: Record<string, Bilingual>;
}

export const FUNCTION_TEXT: Record<FunctionId, FunctionText> = {
  SCORE: {
    description: {
      zh: "综合成绩：日常考核、实地考核、满意度调查按权重（默认 60%、30%、10%）相加，四舍五入保留两位小数。",
      en: "Total score: daily, on-site and satisfaction scores weighted (60%, 30%, 10% by default), rounded half-up to 2 decimals.",
    },
    parameters: {
      daily: { zh: "日常考核得分（0–100），可为单元格或一列", en: "Daily assessment score (0–100): a cell or a column" },
      onsite: { zh: "实地考核得分（0–100），可为单元格或一列", en: "On-site assessment score (0–100): a cell or a column" },
      satisfaction: { zh: "满意度调查得分（0–100），可为单元格或一列", en: "Satisfaction survey score (0–100): a cell or a column" },
      weights: { zh: "可选：三项权重（百分数，和为 100），如 {60,30,10}", en: "Optional: the three weights in percent, summing to 100, e.g. {60,30,10}" },
    },
  },
  TOTAL: {
    description: {
      zh: "任意项目数的加权总分：一行得分乘以一行权重（百分数），可按各项满分折算，四舍五入保留两位小数。",
      en: "Weighted total of any number of components: a row of scores times a row of weights in percent, optionally scaled by each component's full marks, rounded half-up to 2 decimals.",
    },
    parameters: {
      scores: { zh: "一行得分（0 至该项满分）；多行时每行算一个总分", en: "A row of scores (0 to each one's full marks); with several rows, one total per row" },
      weights: { zh: "可选：一行权重（百分数，和为 100）；三项时默认 60、30、10", en: "Optional: a row of weights in percent, summing to 100; for three scores 60, 30, 10 by default" },
      fullMarks: {
        zh: "可选：一行各项满分（默认 100），得分按 权重×得分÷满分 计入；此时权重为各项分值，和即总分满分，如 {300,100} 与权重 {60,40}",
        en: "Optional: a row of each component's full marks (100 by default); a score counts weight × score ÷ full marks, and the weights are then points adding up to the total's full marks, e.g. {300,100} with weights {60,40}",
      },
    },
  },
  GRADE: {
    description: {
      zh: "考核等次：总分达到的第一个分数线对应的等次，默认 优秀 ≥ 90、良好 ≥ 80、合格 ≥ 60、其余不合格。",
      en: "Tier: the tier of the first minimum the total reaches; by default 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, otherwise 不合格.",
    },
    parameters: {
      total: { zh: "综合成绩，可为单元格或一列", en: "The total: a cell or a column" },
      thresholds: { zh: "可选：从高到低的分数线，如 {90,80,60}", en: "Optional: the minimums, highest first, e.g. {90,80,60}" },
      labels: {
        zh: '可选：等次名称，比分数线多一个，如 {"优秀","良好","合格","不合格"}',
        en: 'Optional: the tier names, one more than the minimums, e.g. {"优秀","良好","合格","不合格"}',
      },
    },
  },
  RANK: {
    description: {
      zh: "组内排名：总分在全部总分（或同类别单位）中的名次，并列同名次。",
      en: "Rank within a group: the total's place among the totals (or those of the same group); ties share a rank.",
    },
    parameters: {
      total: { zh: "要排名的总分，可为单元格或一列", en: "The total to rank: a cell or a column" },
      totals: { zh: "参与排名的全部总分", en: "All the totals ranked together" },
      group: { zh: "可选：本单位的类别，如 县(区)", en: "Optional: the unit's group, e.g. 县(区)" },
      groups: { zh: "可选：与全部总分对应的类别列", en: "Optional: the group of each of the totals" },
      dense: { zh: "可选：TRUE 为中国式排名（1,2,2,3），默认 1,2,2,4", en: "Optional: TRUE for dense ranks (1,2,2,3); 1,2,2,4 by default" },
    },
  },
  TIERLIST: {
    description: {
      zh: "某一等次的单位名单，按名次排列，用“、”连接，如通报所写。",
      en: "The units of one tier in rank order, joined with 、 as the notice writes them.",
    },
    parameters: {
      names: { zh: "单位名称列", en: "The unit names" },
      totals: { zh: "与单位名称对应的总分列", en: "The totals of those units" },
      tier: { zh: "等次名称，如 优秀", en: "The tier, e.g. 优秀" },
      groups: { zh: "可选：与单位名称对应的类别列", en: "Optional: the group of each unit" },
      group: { zh: "可选：只列出此类别的单位", en: "Optional: list only the units of this group" },
      thresholds: { zh: "可选：从高到低的分数线，如 {90,80,60}", en: "Optional: the minimums, highest first, e.g. {90,80,60}" },
      labels: { zh: "可选：等次名称，比分数线多一个", en: "Optional: the tier names, one more than the minimums" },
    },
  },
  TRIMMEAN: {
    description: {
      zh: "评委打分的平均分：去掉一个最高分和一个最低分（至少三位评委打分时）后取平均；空单元格为未打分的评委，不计入。",
      en: "Raters' combined score: the mean after dropping one highest and one lowest score (when at least three raters scored); a blank cell is a rater who did not score and is left out.",
    },
    parameters: {
      scores: { zh: "一行评委打分；多行时每行算一个得分", en: "A row of raters' scores; with several rows, one score per row" },
      trim: { zh: "可选：TRUE（默认）去掉最高分和最低分，FALSE 为简单平均", en: "Optional: TRUE (the default) drops the highest and the lowest score, FALSE is the plain mean" },
      decimals: { zh: "可选：四舍五入保留的小数位数（0–9），默认不舍入", en: "Optional: decimals to round half-up to (0–9); not rounded by default" },
    },
  },
};

/** The message of an error a formula returns; Excel shows it beside #N/A, #VALUE! or #NUM!. */
export const FORMULA_ERROR = {
  blank: (what: Bilingual): Bilingual => ({ zh: `${what.zh}为空`, en: `${what.en} is blank` }),
  notNumber: (what: Bilingual, text: string): Bilingual => ({
    zh: `${what.zh}“${text}”不是数字`,
    en: `${what.en} "${text}" is not a number`,
  }),
  outOfRange: (what: Bilingual, value: number, max = 100): Bilingual => ({
    zh: `${what.zh} ${value} 超出 0–${max} 分`,
    en: `${what.en} ${value} is outside 0–${max}`,
  }),
  fullMarksCount: (expected: number, got: number): Bilingual => ({
    zh: `需要 ${expected} 个满分，给出了 ${got} 个`,
    en: `${expected} full marks are needed, ${got} given`,
  }),
  fullMarksInvalid: (what: Bilingual, value: number): Bilingual => ({
    zh: `${what.zh} ${value} 应为大于 0、最多两位小数的数`,
    en: `${what.en} ${value} must be a number above 0 with at most 2 decimals`,
  }),
  pointsInvalid: (): Bilingual => ({
    zh: "给出满分时，权重须为不小于 0、最多两位小数的分值，且和大于 0",
    en: "With full marks given, the weights must be points ≥ 0 with at most 2 decimals, adding up to more than 0",
  }),
  negative: (what: Bilingual, value: number): Bilingual => ({
    zh: `${what.zh} ${value} 不能为负数`,
    en: `${what.en} ${value} cannot be negative`,
  }),
  decimalsInvalid: (max: number): Bilingual => ({
    zh: `小数位数须为 0–${max} 的整数`,
    en: `The decimals must be a whole number 0–${max}`,
  }),
  shapeMismatch: (): Bilingual => ({ zh: "各区域的行列数不一致", en: "The ranges differ in size" }),
  weightsCount: (expected: number, got: number): Bilingual => ({
    zh: `需要 ${expected} 个权重，给出了 ${got} 个`,
    en: `${expected} weights are needed, ${got} given`,
  }),
  weightsNeeded: (count: number): Bilingual => ({
    zh: `${count} 项得分须给出权重`,
    en: `${count} scores need weights`,
  }),
  weightsSum: (): Bilingual => ({
    zh: "权重须为不小于 0、最多两位小数的数，且和为 100",
    en: "The weights must be numbers ≥ 0 with at most 2 decimals, summing to 100",
  }),
  labelsCount: (thresholds: number, labels: number): Bilingual => ({
    zh: `${thresholds} 个分数线需要 ${thresholds + 1} 个等次名称，给出了 ${labels} 个`,
    en: `${thresholds} minimums need ${thresholds + 1} tier names, ${labels} given`,
  }),
  tiersInvalid: (detail: Bilingual): Bilingual => detail,
  groupsMissing: (): Bilingual => ({ zh: "给出了类别，但未给出类别列", en: "A group is given but no groups" }),
  groupBlank: (): Bilingual => ({ zh: "类别为空", en: "The group is blank" }),
  notAmong: (value: number): Bilingual => ({
    zh: `总分 ${value} 不在参与排名的总分中`,
    en: `The total ${value} is not among the totals`,
  }),
  notBoolean: (text: string): Bilingual => ({
    zh: `“${text}”不是 TRUE 或 FALSE`,
    en: `"${text}" is not TRUE or FALSE`,
  }),
  tierUnknown: (tier: string): Bilingual => ({ zh: `没有名为“${tier}”的等次`, en: `There is no tier named "${tier}"` }),
  tierBlank: (): Bilingual => ({ zh: "等次为空", en: "The tier is blank" }),
} as const;

/** What a value is called in an error message. */
export const FORMULA_WHAT = {
  daily: { zh: "日常考核得分", en: "The daily score" },
  onsite: { zh: "实地考核得分", en: "The on-site score" },
  satisfaction: { zh: "满意度调查得分", en: "The satisfaction score" },
  score: (k: number): Bilingual => ({ zh: `第 ${k} 项得分`, en: `Score ${k}` }),
  weight: (k: number): Bilingual => ({ zh: `第 ${k} 个权重`, en: `Weight ${k}` }),
  fullMarks: (k: number): Bilingual => ({ zh: `第 ${k} 个满分`, en: `Full marks ${k}` }),
  threshold: (k: number): Bilingual => ({ zh: `第 ${k} 个分数线`, en: `Minimum ${k}` }),
  total: { zh: "总分", en: "The total" },
  rater: (k: number): Bilingual => ({ zh: `第 ${k} 位评委的打分`, en: `Rater ${k}'s score` }),
  raters: { zh: "评委打分", en: "The raters' scores" },
  decimals: { zh: "小数位数", en: "The decimals" },
  totalAt: (k: number): Bilingual => ({ zh: `第 ${k} 个总分`, en: `Total ${k}` }),
} as const;
