// The words of the notice document (通报, the .docx of src/docx): the parts ASSESS writes around the
// results of section 二 (which come from ./report, the same text as the 结果通报 sheet). The document
// is an official Chinese one (GB/T 9704); the English text keeps the same shape for a reader of the code
// or an English-speaking office. The title, addressees, issuer and date are the office's own
// (Scheme.notice, on the settings sheet), not words of ASSESS.

export interface NoticeDocText {
  /** The opening paragraph: what the office writes itself, then the sentence that leads into the results. */
  openingPlaceholder: string;
  openingLead: string;
  /** Section 一: its heading, what the office writes, then the rules paragraph ASSESS generates. */
  organisationHeading: string;
  organisationPlaceholder: string;
  rules: {
    /** 考核实行百分制，考核综合成绩由三部分组成， */
    intro: (parts: number) => string;
    /** 一是日常考核占60%（…） */
    part: (k: number, component: string, weight: string, subItems: readonly string[]) => string;
    partSeparator: string;
    partsEnd: string;
    /** 日常考核计算方法：100分×60%。 */
    method: (component: string, weight: string) => string;
    /** 三者成绩相加即为最终考核成绩。 */
    sum: (parts: number) => string;
    bonus: string;
    /** A scale other than 百分制: 考核综合成绩满分150分，由两部分组成， */
    scaledIntro: (fullMarks: string, parts: number) => string;
    /** 一是工单办理占90分 / 二是法律知识考试占60分（满分300分，按比例折算） */
    scaledPart: (k: number, component: string, points: string, fullMarks: string | null, subItems: readonly string[]) => string;
    /** 法律知识考试计算方法：得分÷300分×60分。 */
    scaledMethod: (component: string, fullMarks: string, points: string) => string;
    /** A group on a scale of its own: 县区综合成绩满分150分：工单办理占90分，群众满意度占60分（满分50分，按比例折算）。 */
    groupScale: (group: string, fullMarks: string, parts: readonly { label: string; points: string; fullMarks: string | null }[]) => string;
    /** The bonus sentence with the scheme's limits (Scheme.bonusRules); absent limits are not mentioned. */
    bonusLimited: (limits: { maxAdd?: string; maxAddPerItem?: string; maxDeduct?: string; addFrom?: string; capAtFullMarks: boolean }) => string;
    rounding: (decimals: number) => string;
    /** The thresholds; `group` null for the general ones. Tiers best first, the last without a minimum. */
    tiers: (group: string | null, tiers: readonly { label: string; min: string | null }[]) => string;
    veto: (lowest: string) => string;
  };
  /** The sections the office writes itself, after section 二: heading and placeholder paragraph. */
  ownSections: readonly { heading: string; placeholder: string }[];
  /** 附件说明: the first line and the name of each annex. */
  annexNote: string;
  annexItem: (k: number, title: string) => string;
  /** 附件 (one annex) or 附件1, 附件2 (several). */
  annexMark: (k: number | null) => string;
  annexTitle: (group: string) => string;
  annexHeader: { rank: string; name: string; bonus: string; total: string; tier: string };
  /** The 印发 line at the end (版记). */
  printed: (date: string) => string;
  /** The dashes either side of the page number. */
  pageDash: string;
}

const CN_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const cnSmall = (n: number): string => CN_DIGITS[n] ?? String(n);

export const NOTICE_DOC_ZH: NoticeDocText = {
  openingPlaceholder: "【请填写：开展本次考核的依据和目的。】",
  openingLead: "现将考核结果通报如下：",
  organisationHeading: "一、考核组织实施情况",
  organisationPlaceholder: "【请填写：考核依据、时间安排、考核组组成、考核方式等组织实施情况。】",
  rules: {
    intro: (parts) => `考核实行百分制，考核综合成绩由${cnSmall(parts)}部分组成，`,
    part: (k, component, weight, subItems) => `${cnSmall(k)}是${component}占${weight}%${subItems.length > 0 ? `（${subItems.join("、")}）` : ""}`,
    partSeparator: "；",
    partsEnd: "。",
    method: (component, weight) => `${component}计算方法：100分×${weight}%。`,
    sum: (parts) => (parts === 2 ? "两者成绩相加即为最终考核成绩。" : parts === 3 ? "三者成绩相加即为最终考核成绩。" : "各项成绩相加即为最终考核成绩。"),
    bonus: "加分、扣分计入综合成绩。",
    scaledIntro: (fullMarks, parts) => `考核综合成绩满分${fullMarks}分，由${cnSmall(parts)}部分组成，`,
    scaledPart: (k, component, points, fullMarks, subItems) =>
      `${cnSmall(k)}是${component}占${points}分${fullMarks !== null ? `（满分${fullMarks}分，按比例折算）` : ""}${subItems.length > 0 ? `（${subItems.join("、")}）` : ""}`,
    scaledMethod: (component, fullMarks, points) => `${component}计算方法：得分÷${fullMarks}分×${points}分。`,
    groupScale: (group, fullMarks, parts) =>
      `${group}综合成绩满分${fullMarks}分：${parts.map((x) => `${x.label}占${x.points}分${x.fullMarks !== null ? `（满分${x.fullMarks}分，按比例折算）` : ""}`).join("，")}。`,
    bonusLimited: (l) => {
      const limits = [
        l.maxAddPerItem === undefined ? "" : `单项加分最高不超过${l.maxAddPerItem}分`,
        l.maxAdd === undefined ? "" : `加分最高不超过${l.maxAdd}分`,
        l.maxDeduct === undefined ? "" : `扣分最高不超过${l.maxDeduct}分`,
        l.addFrom === undefined ? "" : `加分前综合成绩（四舍五入后）达到${l.addFrom}分的方可加分`,
        l.capAtFullMarks ? "总分不超过满分（通过加分最多得到满分）" : "",
      ].filter((x) => x !== "");
      return `加分、扣分计入综合成绩${limits.length > 0 ? `，${limits.join("，")}` : ""}。`;
    },
    rounding: (d) => (d === 0 ? "综合成绩四舍五入取整数。" : `综合成绩四舍五入保留${cnSmall(d)}位小数。`),
    tiers: (group, tiers) => {
      const parts: string[] = [];
      tiers.forEach((t, k) => {
        const above = k > 0 ? tiers[k - 1]?.min : null;
        if (t.min !== null) parts.push(`${t.min}分以上（含${t.min}分）${above != null ? `、不足${above}分` : ""}为${t.label}等次`);
        else parts.push(above != null ? `不足${above}分为${t.label}等次` : `均为${t.label}等次`);
      });
      return `${group === null ? "综合成绩" : `${group}综合成绩`}${parts.join("，")}。`;
    },
    veto: (lowest) => `被一票否决的单位，等次为${lowest}。`,
  },
  ownSections: [
    { heading: "三、工作主要成效", placeholder: "【请填写：本年度依法行政工作的主要成效。】" },
    { heading: "四、存在问题", placeholder: "【请填写：考核中发现的主要问题。】" },
    { heading: "五、下一步工作要求", placeholder: "【请填写：下一步工作要求。】" },
  ],
  annexNote: "附件：",
  annexItem: (k, title) => `${k}．${title}`,
  annexMark: (k) => (k === null ? "附件" : `附件${k}`),
  annexTitle: (group) => `${group}依法行政考核结果`,
  annexHeader: { rank: "名次", name: "单位名称", bonus: "加减分", total: "综合成绩", tier: "等次" },
  printed: (date) => `${date}印发`,
  pageDash: "—",
};

export const NOTICE_DOC_EN: NoticeDocText = {
  openingPlaceholder: "[To fill in: why and on what basis the assessment was held.] ",
  openingLead: "The results are as follows:",
  organisationHeading: "I. How the assessment was organised",
  organisationPlaceholder: "[To fill in: the basis, the timetable, the assessment teams and the method.]",
  rules: {
    intro: (parts) => `Scores are out of 100; the total has ${parts} parts: `,
    part: (k, component, weight, subItems) => `(${k}) ${component}, ${weight}%${subItems.length > 0 ? ` (${subItems.join(", ")})` : ""}`,
    partSeparator: "; ",
    partsEnd: ".",
    method: (component, weight) => ` ${component}: 100 points × ${weight}%.`,
    sum: () => " The parts added up make the total.",
    bonus: " Bonuses and deductions are added to the total.",
    scaledIntro: (fullMarks, parts) => `The total is out of ${fullMarks}; it has ${parts} parts: `,
    scaledPart: (k, component, points, fullMarks, subItems) =>
      `(${k}) ${component}, ${points} points${fullMarks !== null ? ` (scored out of ${fullMarks}, in proportion)` : ""}${subItems.length > 0 ? ` (${subItems.join(", ")})` : ""}`,
    scaledMethod: (component, fullMarks, points) => ` ${component}: score ÷ ${fullMarks} × ${points} points.`,
    groupScale: (group, fullMarks, parts) =>
      ` The total of ${group} is out of ${fullMarks}: ${parts.map((x) => `${x.label} ${x.points} points${x.fullMarks !== null ? ` (scored out of ${x.fullMarks}, in proportion)` : ""}`).join(", ")}.`,
    bonusLimited: (l) => {
      const limits = [
        l.maxAddPerItem === undefined ? "" : `each bonus item counts at most ${l.maxAddPerItem} points`,
        l.maxAdd === undefined ? "" : `bonuses count at most ${l.maxAdd} points`,
        l.maxDeduct === undefined ? "" : `deductions count at most ${l.maxDeduct} points`,
        l.addFrom === undefined ? "" : `bonuses count only from a total before bonus (rounded) of ${l.addFrom}`,
        l.capAtFullMarks ? "the total never goes above full marks through bonuses" : "",
      ].filter((x) => x !== "");
      return ` Bonuses and deductions are added to the total${limits.length > 0 ? `; ${limits.join("; ")}` : ""}.`;
    },
    rounding: (d) => ` The total is rounded half-up to ${d} decimals.`,
    tiers: (group, tiers) => ` ${group === null ? "Tiers" : `Tiers of ${group}`}: ${tiers.map((t) => (t.min === null ? `${t.label} below` : `${t.label} from ${t.min}`)).join(", ")}.`,
    veto: (lowest) => ` A vetoed unit is ${lowest}.`,
  },
  ownSections: [
    { heading: "III. Main achievements", placeholder: "[To fill in: the main achievements of the year.]" },
    { heading: "IV. Problems", placeholder: "[To fill in: the main problems found.]" },
    { heading: "V. Next steps", placeholder: "[To fill in: what is asked for next.]" },
  ],
  annexNote: "Annexes: ",
  annexItem: (k, title) => `${k}. ${title}`,
  annexMark: (k) => (k === null ? "Annex" : `Annex ${k}`),
  annexTitle: (group) => `Results of ${group}`,
  annexHeader: { rank: "Rank", name: "Unit", bonus: "Bonus", total: "Total", tier: "Tier" },
  printed: (date) => `Issued ${date}`,
  pageDash: "—",
};

export function noticeDocText(lang: "zh" | "en"): NoticeDocText {
  return lang === "en" ? NOTICE_DOC_EN : NOTICE_DOC_ZH;
}
