// The add-in's support page (the manifest's SupportUrl): what ASSESS is, how to reach its parts, what
// to do when it refuses, in Chinese and in English. The build renders each language to its own page.

export interface SupportText {
  lang: string;
  title: string;
  sections: { heading: string; paragraphs: string[] }[];
}

export const SUPPORT_TEXT: Record<"zh" | "en", SupportText> = {
  zh: {
    lang: "zh-CN",
    title: "ASSESS 依法行政考核：使用帮助",
    sections: [
      {
        heading: "它做什么",
        paragraphs: [
          "ASSESS 读取工作簿中的考核得分表，按权重计算综合成绩（四舍五入保留两位小数），评定等次，在各类别内排名，并生成排名表、各等次名单和结果通报。它只写它自己生成的工作表，不改动您的单元格。",
        ],
      },
      {
        heading: "怎么用",
        paragraphs: [
          "在“开始”选项卡点击“考核排名”打开任务窗格，检查找到的得分表、各列的含义和规则，然后点击“一键排名”。再次排名时，ASSESS 在原处更新它生成的工作表，引用这些工作表的公式继续有效。",
          "也可以在单元格中使用公式：=ASSESS.SCORE、=ASSESS.TOTAL、=ASSESS.GRADE、=ASSESS.TIER、=ASSESS.RANK、=ASSESS.TIERLIST。",
        ],
      },
      {
        heading: "遇到问题",
        paragraphs: [
          "任务窗格列出的每个问题都指明了工作表和单元格，点击即可定位。正在编辑单元格时 Excel 拒绝加载项的操作：按 Enter 或 Esc 结束编辑后再试。",
          "ASSESS 需要 Excel 2021 或更新版本、Microsoft 365 或 Excel 网页版；更早的 Excel 不提供此加载项。",
        ],
      },
    ],
  },
  en: {
    lang: "en",
    title: "ASSESS rule-of-law assessment: help",
    sections: [
      {
        heading: "What it does",
        paragraphs: [
          "ASSESS reads the score sheet of your workbook, computes each unit's weighted total (rounded half-up to 2 decimals), grades it, ranks it within its group, and writes the ranked sheets, the tier lists and the results notice. It writes only the sheets it generated and never changes your cells.",
        ],
      },
      {
        heading: "How to use it",
        paragraphs: [
          "On the Home tab choose “Rank units” to open the task pane, check the score sheets, the meaning of each column and the rules it found, and click the ranking button. Ranking again updates the generated sheets in place, so formulas that point at them keep working.",
          "The formulas =ASSESS.SCORE, =ASSESS.TOTAL, =ASSESS.GRADE, =ASSESS.TIER, =ASSESS.RANK and =ASSESS.TIERLIST work in any cell.",
        ],
      },
      {
        heading: "When something goes wrong",
        paragraphs: [
          "Every problem the task pane lists names its sheet and cell; click it to go there. While a cell is being edited Excel refuses the add-in: press Enter or Esc and try again.",
          "ASSESS needs Excel 2021 or later, Microsoft 365 or Excel on the web; older Excel does not offer the add-in.",
        ],
      },
    ],
  },
};
