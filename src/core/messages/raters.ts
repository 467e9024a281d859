// The words of 评分分析, the sheet that looks at the raters of a component scored by a panel.
export interface RatersText {
  title: (stem: string) => string;
  raterHeader: readonly string[];
  flagged: string;
  farHeading: (max: number) => string;
  farHeader: readonly string[];
  noneFar: string;
  note: (sdMultiple: number, max: number) => string;
}

export const RATERS_ZH: RatersText = {
  title: (stem) => `${stem}评分分析`,
  raterHeader: ["考核项目", "评委", "评分个数", "平均分", "标准差", "与评委组平均分的偏差", "提示"],
  flagged: "平均分偏离较大，请核对",
  farHeading: (max) => `与该单位各评委评分中位数相差超过${max}分的评分`,
  farHeader: ["单位名称", "考核项目", "评委", "评分", "评委中位数", "相差"],
  noneFar: "没有。",
  note: (sd, max) =>
    `“与评委组平均分的偏差”是该评委所评各单位得分与同一单位全体评委平均分之差的平均，负数表示打分偏严。该偏差超过各评委平均分的标准差的${sd}倍、或单个评分与该单位评委中位数相差超过${max}分时提示；阈值可在“考核设置”的“四、其他”中修改。`,
};

/** The rules editor's words for 评分分析's thresholds (under 更多规则, a lazily loaded part). */
export interface RaterChecksUiText {
  heading: string;
  sdMultiple: string;
  maxFromMedian: string;
  hint: string;
}

const CHECKS_ZH: RaterChecksUiText = {
  heading: "评分分析的提示",
  sdMultiple: "评委偏离提示倍数（标准差）",
  maxFromMedian: "评分偏离提示分值（与中位数之差）",
  hint: "有多位评委打分时，“评分分析”表提示平均分偏离较大的评委和偏离该单位评委中位数较多的单个评分；留空按默认（2 倍、15 分）。",
};

const CHECKS_EN: RaterChecksUiText = {
  heading: "Flags of 评分分析",
  sdMultiple: "Flag a rater beyond (standard deviations)",
  maxFromMedian: "Flag a score beyond its unit's median by (points)",
  hint: "Where several raters score, 评分分析 flags a rater whose mean stands apart and a score far from its unit's median; blank keeps the defaults (2, 15).",
};

export function raterChecksUiText(lang: "zh" | "en"): RaterChecksUiText {
  return lang === "en" ? CHECKS_EN : CHECKS_ZH;
}
