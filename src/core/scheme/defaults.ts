// The 2020 scheme of the notice in shared/seed: the default when a workbook carries no rules of its own.
import type { NoticeSettings, RaterChecks, Scheme, TierSpec } from "../types";

export const DEFAULT_TIERS: TierSpec[] = [
  { label: "优秀", min: 90 },
  { label: "良好", min: 80 },
  { label: "合格", min: 60 },
  { label: "不合格", min: null },
];

/** The 2020 notice's title, addressees, issuer and date (shared/seed). */
export const DEFAULT_NOTICE: NoticeSettings = {
  title: "关于2020年度全市依法行政考核情况的通报",
  addressees: "各县（区）党委、人民政府，开发区、工业园区、示范区党工委、管委会，市直各单位：",
  issuer: "濮阳市法治政府建设领导小组办公室",
  date: "2021年7月1日",
};

export function defaultScheme(): Scheme {
  return {
    components: [
      {
        key: "daily",
        label: "日常考核",
        aliases: ["日常考核得分", "日常考核成绩", "日常"],
        weight: 60,
        subItems: [
          { label: "专项工作完成情况", aliases: ["专项工作", "办公室安排专项工作完成情况"], max: null },
          { label: "行政执法案卷评查", aliases: ["案卷评查", "行政执法案卷评查结果"], max: null },
          { label: "负责人出庭应诉", aliases: ["出庭应诉", "行政机关负责人出庭应诉", "行政机关负责人出庭应诉结果"], max: null },
          { label: "服务型行政执法", aliases: ["服务型行政执法落实情况"], max: null },
          { label: "信息宣传报送", aliases: ["信息宣传", "信息宣传报送情况"], max: null },
        ],
      },
      {
        key: "onsite",
        label: "实地考核",
        aliases: ["实地考核得分", "实地考核成绩", "实地", "集中考核"],
        weight: 30,
        subItems: [],
      },
      {
        key: "satisfaction",
        label: "满意度调查",
        aliases: ["满意度调查得分", "满意度", "满意度测评"],
        weight: 10,
        subItems: [
          { label: "民营企业家座谈", aliases: ["民营企业家座谈情况", "企业家座谈"], max: null },
          { label: "办事大厅实地走访", aliases: ["办事大厅实地走访情况", "办事大厅走访"], max: null },
        ],
      },
    ],
    tiers: DEFAULT_TIERS.map((t) => ({ ...t })),
    groupTiers: {},
    ranking: "competition",
    decimals: 2,
    notice: { ...DEFAULT_NOTICE },
  };
}

/** Names of the sheets ASSESS generates, before any collision with a user's sheet renames them. */
export const GENERATED_SHEET_NAMES = {
  results: "考核结果",
  notice: "结果通报",
  /** The count of units per group and tier, with the tier chart. */
  chart: "等次分布",
  /** Each unit's feedback letter's figures, one unit a row, for mail merge. */
  feedback: "单位反馈",
  /** Per rater: count, mean, standard deviation, deviation from the panel; the scores far from it. */
  raters: "评分分析",
  settings: "考核设置",
  /** One per tier that has units: `${tier}等次`, e.g. 优秀等次. */
  tierSuffix: "等次",
} as const;

/** 评分分析 flags a rater 2 standard deviations of the raters' means away, and a score 15 points from the unit's median. */
export const DEFAULT_RATER_CHECKS: Required<RaterChecks> = { sdMultiple: 2, maxFromMedian: 15 };
