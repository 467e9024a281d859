// Every sentence the task pane shows, Chinese first and English second. The pane imports nothing
// else for its words, so a translation gap is a type error here rather than a blank in the pane.

export type Lang = "zh" | "en";

export interface UiText {
  title: string;
  loading: string;
  readAgain: string;
  readFailed: (detail: string) => string;
  /** A part of the pane fetched when first opened (the rules editor, the run's results) did not load. */
  partLoading: string;
  partFailed: (detail: string) => string;

  foundHeading: string;
  /** `file`: the file of a sheet read beside the workbook (a team's), absent for the workbook's own. */
  sheetUnits: (sheet: string, units: number, file?: string) => string;
  groupsHeading: string;
  groupUnits: (group: string, units: number) => string;
  noUnits: string;
  schemeFromDefault: string;
  schemeFromSettings: (sheet: string) => string;
  schemeEdited: string;

  columnsHeading: string;
  columnsHint: string;
  columnLabel: (sheet: string, column: string, header: string) => string;
  roleName: string;
  roleGroup: string;
  roleComponent: (component: string) => string;
  roleSubItem: (component: string, subItem: string) => string;
  /** A column of one rater's scores of the component (评委1…). */
  roleRater: (component: string) => string;
  roleBonusAdd: string;
  roleBonusDeduct: string;
  roleBonusSigned: string;
  roleVeto: string;
  roleIgnored: string;
  undoCorrections: string;

  rulesHeading: string;
  weightsHeading: string;
  weightsSum: (sum: string, fullMarks: string) => string;
  subItemsHeading: (component: string) => string;
  subItemLabel: string;
  subItemMax: string;
  subItemMaxHint: string;
  addSubItem: string;
  removeSubItem: (label: string) => string;
  tiersHeading: string;
  tiersForGroup: (group: string) => string;
  tierMin: (tier: string) => string;
  tierBelow: (tier: string) => string;
  ownTiersFor: (group: string) => string;
  dropOwnTiers: (group: string) => string;
  rankingHeading: string;
  rankingCompetition: string;
  rankingDense: string;
  decimalsLabel: string;
  notANumber: string;
  saveRules: string;
  savingRules: string;
  rulesSaved: string;
  rulesInvalid: string;

  totalFullMarks: string;
  fullMarksHint: string;
  componentFullMarks: (component: string) => string;
  tierQuota: (tier: string) => string;
  quotaNone: string;
  quotaPercent: string;
  quotaCount: string;
  tierQuotaPercent: (tier: string) => string;
  tierQuotaCount: (tier: string) => string;
  quotaTies: string;
  quotaTiesOut: string;
  quotaTiesIn: string;
  moreRules: string;
  moreRulesProblems: (problems: number) => string;
  bonusHeading: string;
  maxAdd: string;
  maxAddPerItem: string;
  maxDeduct: string;
  capAtFullMarks: string;
  addFrom: string;
  addFromHint: string;
  noLimit: string;
  tieBreakHeading: string;
  tieBreakNone: string;
  tieBreakStep: (step: number) => string;
  tieBreakUnrounded: string;
  tieBreakComponent: (component: string) => string;
  addTieBreak: string;
  moveStepUp: (step: number) => string;
  moveStepDown: (step: number) => string;
  removeStep: (step: number) => string;
  ratersHeading: string;
  ratersFor: (component: string) => string;
  ratersNone: string;
  ratersMean: string;
  ratersTrimmed: string;
  raterDecimals: (component: string) => string;
  raterDecimalsHint: string;
  groupScalesHeading: string;
  groupScalesHint: string;
  ownScaleFor: (group: string) => string;
  dropOwnScale: (group: string) => string;
  groupFullMarks: (group: string) => string;
  groupWeight: (group: string, component: string) => string;
  groupComponentFullMarks: (group: string, component: string) => string;

  problemsHeading: string;
  problemsSummary: (errors: number, warnings: number) => string;
  problemsMore: (hidden: number) => string;
  noProblems: string;
  error: string;
  warning: string;
  goToCell: (sheet: string, cell: string) => string;

  run: string;
  cannotRunErrors: (errors: number) => string;
  cannotRunRules: string;
  cannotRunNoUnits: string;
  steps: [string, string, string, string];
  stepOf: (step: number, steps: number, label: string) => string;
  runStoppedAtCheck: string;
  runFailed: string;
  /** The message after a run: how many sheets were written (their names follow). */
  sheetsWritten: (sheets: number) => string;
  sheetList: (names: readonly string[]) => string;
  /** The A4 box beside 一键排名, offered for the score sheets whose page setup chooses no paper. */
  printA4Label: (sheets: readonly string[]) => string;
  printA4Hint: string;
  /** After the run: a score sheet given A4, with the part of the file that changed where there is a file. */
  printedOnA4: (sheet: string, part: string | null) => string;

  resultsHeading: string;
  groupResult: (group: string, units: number) => string;
  tierUnits: (tier: string, units: number) => string;
  noticeHeading: string;
  copy: string;
  copied: string;
  copyFailed: string;
  openSheet: (sheet: string) => string;
  downloadDocx: string;
  preparingDocx: string;
  docxFailed: (detail: string) => string;
  /** Where the host cannot save a download (Excel for Mac): what to do instead. */
  docxNoDownload: string;
  /** The document's file name, from the notice's title; `fallback` when the title leaves nothing. */
  docxFallbackName: string;
  /** Where the host has no workbook on screen to select in (the offline page): the cell's address. */
  cellAt: (sheet: string, cell: string) => string;
  /** The ranked copy of the workbook, where the host holds it in memory (the offline page). */
  downloadWorkbook: string;
}

const ZH: UiText = {
  title: "考核排名",
  loading: "正在读取工作簿…",
  readAgain: "重新读取",
  readFailed: (d) => `无法读取工作簿：${d}`,
  partLoading: "正在加载…",
  partFailed: (d) => `这一部分未能加载，请关闭任务窗格后重新打开：${d}`,

  foundHeading: "找到的得分表",
  sheetUnits: (s, n, f) => `${f === undefined ? "" : `文件“${f}”`}工作表“${s}”：${n} 个单位`,
  groupsHeading: "各类别单位数",
  groupUnits: (g, n) => `${g}：${n} 个`,
  noUnits: "尚未找到被考核单位。",
  schemeFromDefault: "考核规则：默认（2020 年通报）",
  schemeFromSettings: (s) => `考核规则：读取自工作表“${s}”`,
  schemeEdited: "考核规则：已修改，尚未保存到工作簿",

  columnsHeading: "各列的含义",
  columnsHint: "识别有误时，在此更正某一列的含义。",
  columnLabel: (s, c, h) => `${s}!${c} 列“${h}”`,
  roleName: "单位名称",
  roleGroup: "类别",
  roleComponent: (c) => `${c}（得分）`,
  roleSubItem: (c, s) => `${c} › ${s}`,
  roleRater: (c) => `${c} › 一位评委的打分`,
  roleBonusAdd: "加分",
  roleBonusDeduct: "扣分",
  roleBonusSigned: "加减分（正负）",
  roleVeto: "一票否决",
  roleIgnored: "不使用",
  undoCorrections: "恢复自动识别",

  rulesHeading: "考核规则",
  weightsHeading: "权重与满分（权重合计应等于总分满分）",
  weightsSum: (s, f) => `权重合计 ${s}，应为 ${f}`,
  subItemsHeading: (c) => `${c}的子项`,
  subItemLabel: "子项名称",
  subItemMax: "满分",
  subItemMaxHint: "100",
  addSubItem: "添加子项",
  removeSubItem: (l) => `删除子项“${l}”`,
  tiersHeading: "等次分数线",
  tiersForGroup: (g) => `${g}的分数线`,
  tierMin: (t) => `${t} ≥`,
  tierBelow: (t) => `${t}：低于以上分数线`,
  ownTiersFor: (g) => `为“${g}”单独设置分数线`,
  dropOwnTiers: (g) => `“${g}”改用统一分数线`,
  rankingHeading: "排名方式",
  rankingCompetition: "并列占位（1、2、2、4）",
  rankingDense: "中国式排名（1、2、2、3）",
  decimalsLabel: "综合成绩保留小数位数",
  notANumber: "请输入数字",
  saveRules: "保存规则到工作簿",
  savingRules: "正在保存…",
  rulesSaved: "规则已保存到工作簿。",
  rulesInvalid: "规则有误，修正后才能保存或排名：",

  totalFullMarks: "总分满分",
  fullMarksHint: "100",
  componentFullMarks: (c) => `${c}满分`,
  tierQuota: (t) => `${t}名额`,
  quotaNone: "不限名额",
  quotaPercent: "按比例",
  quotaCount: "按个数",
  tierQuotaPercent: (t) => `${t}不超过（%）`,
  tierQuotaCount: (t) => `${t}不超过（个）`,
  quotaTies: "名额边界上分数相同的单位",
  quotaTiesOut: "都不进入该等次（不超出名额）",
  quotaTiesIn: "都进入该等次（可超出名额）",
  moreRules: "更多规则",
  moreRulesProblems: (n) => `更多规则（${n} 个问题）`,
  bonusHeading: "加分与扣分",
  maxAdd: "加分上限",
  maxAddPerItem: "单项加分上限",
  maxDeduct: "扣分上限",
  capAtFullMarks: "加分后总分不超过满分",
  addFrom: "加分起点",
  addFromHint: "加分前总分达到此分数才计加分",
  noLimit: "不限",
  tieBreakHeading: "总分相同时依次比较",
  tieBreakNone: "总分相同的单位并列名次。",
  tieBreakStep: (k) => `第 ${k} 步`,
  tieBreakUnrounded: "未四舍五入的总分",
  tieBreakComponent: (c) => `${c}得分`,
  addTieBreak: "添加比较",
  moveStepUp: (k) => `第 ${k} 步上移`,
  moveStepDown: (k) => `第 ${k} 步下移`,
  removeStep: (k) => `删除第 ${k} 步`,
  ratersHeading: "多位评委打分",
  ratersFor: (c) => `${c}的评委分`,
  ratersNone: "每个单位一个分数",
  ratersMean: "取平均分",
  ratersTrimmed: "去掉一个最高分和一个最低分后取平均",
  raterDecimals: (c) => `${c}评委平均分保留小数位数`,
  raterDecimalsHint: "不取舍",
  groupScalesHeading: "类别单独的满分与权重",
  groupScalesHint: "空白处与统一设置相同。",
  ownScaleFor: (g) => `为“${g}”单独设置满分与权重`,
  dropOwnScale: (g) => `“${g}”改用统一满分与权重`,
  groupFullMarks: (g) => `${g}总分满分`,
  groupWeight: (g, c) => `${g}·${c}权重`,
  groupComponentFullMarks: (g, c) => `${g}·${c}满分`,

  problemsHeading: "问题",
  problemsSummary: (e, w) => `${e} 个错误，${w} 个警告`,
  problemsMore: (n) => `另有 ${n} 个问题未列出，请先修正以上问题。`,
  noProblems: "未发现问题。",
  error: "错误",
  warning: "警告",
  goToCell: (s, c) => `转到 ${s}!${c}`,

  run: "一键排名",
  cannotRunErrors: (e) => `有 ${e} 个错误，修正后才能排名。`,
  cannotRunRules: "考核规则有误，修正后才能排名。",
  cannotRunNoUnits: "没有可排名的单位。",
  steps: ["读取", "检查", "排名", "写入"],
  stepOf: (i, n, l) => `第 ${i}/${n} 步：${l}`,
  runStoppedAtCheck: "检查发现错误，未写入任何内容。请按“问题”中的提示修正。",
  runFailed: "排名未完成，工作簿保持原样：",
  sheetsWritten: (n) => `已写入 ${n} 张工作表`,
  sheetList: (names) => names.join("、"),
  printA4Label: (sheets) => `排名时将${sheets.map((n) => `“${n}”`).join("、")}设为 A4 纵向、一页宽打印`,
  printA4Hint: "这会改动您的得分表的页面设置，所以默认不改；已选好纸张的工作表不会出现在这里。",
  printedOnA4: (sheet, part) => `“${sheet}”已设为 A4 纵向、一页宽打印${part === null ? "" : `（改动了 ${part}）`}。`,

  resultsHeading: "排名结果",
  groupResult: (g, n) => `${g}（${n} 个单位）`,
  tierUnits: (t, n) => `${t} ${n} 个`,
  noticeHeading: "结果通报",
  copy: "复制通报",
  copied: "已复制",
  copyFailed: "无法自动复制，请选中文本后按 Ctrl+C。",
  openSheet: (s) => `打开“${s}”工作表`,
  downloadDocx: "下载通报（Word）",
  preparingDocx: "正在生成 Word 文件…",
  docxFailed: (d) => `无法生成 Word 文件：${d}`,
  docxNoDownload: "Mac 版 Excel 不允许加载项下载文件。请复制通报文本，或在命令行运行 assess rank 工作簿.xlsx --docx 通报.docx 生成 Word 文件。",
  docxFallbackName: "考核情况通报",
  cellAt: (s, c) => `${s}!${c}`,
  downloadWorkbook: "下载排名后的工作簿",
};

const EN: UiText = {
  title: "Assessment ranking",
  loading: "Reading the workbook…",
  readAgain: "Read again",
  readFailed: (d) => `The workbook could not be read: ${d}`,
  partLoading: "Loading…",
  partFailed: (d) => `This part of the pane did not load; close the pane and open it again: ${d}`,

  foundHeading: "Score tables found",
  sheetUnits: (s, n, f) => `${f === undefined ? "Sheet" : `File "${f}", sheet`} "${s}": ${n} ${n === 1 ? "unit" : "units"}`,
  groupsHeading: "Units per group",
  groupUnits: (g, n) => `${g}: ${n}`,
  noUnits: "No assessed units found yet.",
  schemeFromDefault: "Rules: the default (2020 notice)",
  schemeFromSettings: (s) => `Rules: read from sheet "${s}"`,
  schemeEdited: "Rules: changed, not yet saved to the workbook",

  columnsHeading: "Column meanings",
  columnsHint: "If a column was misread, correct its meaning here.",
  columnLabel: (s, c, h) => `${s}!${c} "${h}"`,
  roleName: "Unit name",
  roleGroup: "Group",
  roleComponent: (c) => `${c} (score)`,
  roleSubItem: (c, s) => `${c} › ${s}`,
  roleRater: (c) => `${c} › one rater's scores`,
  roleBonusAdd: "Bonus (added)",
  roleBonusDeduct: "Deduction (subtracted)",
  roleBonusSigned: "Bonus/deduction (signed)",
  roleVeto: "Veto",
  roleIgnored: "Not used",
  undoCorrections: "Undo corrections",

  rulesHeading: "Rules",
  weightsHeading: "Weights and full marks (the weights add up to the total's full marks)",
  weightsSum: (s, f) => `Weights total ${s}, of ${f}`,
  subItemsHeading: (c) => `Sub-items of ${c}`,
  subItemLabel: "Sub-item",
  subItemMax: "Max",
  subItemMaxHint: "100",
  addSubItem: "Add sub-item",
  removeSubItem: (l) => `Remove sub-item "${l}"`,
  tiersHeading: "Tier thresholds",
  tiersForGroup: (g) => `Thresholds for ${g}`,
  tierMin: (t) => `${t} ≥`,
  tierBelow: (t) => `${t}: below the thresholds above`,
  ownTiersFor: (g) => `Own thresholds for "${g}"`,
  dropOwnTiers: (g) => `"${g}" uses the common thresholds`,
  rankingHeading: "Ranking style",
  rankingCompetition: "Ties skip ranks (1, 2, 2, 4)",
  rankingDense: "Ties do not skip (1, 2, 2, 3)",
  decimalsLabel: "Decimals of the total",
  notANumber: "Enter a number",
  saveRules: "Save rules to the workbook",
  savingRules: "Saving…",
  rulesSaved: "The rules were saved to the workbook.",
  rulesInvalid: "The rules need fixing before they can be saved or used:",

  totalFullMarks: "Total full marks",
  fullMarksHint: "100",
  componentFullMarks: (c) => `${c} full marks`,
  tierQuota: (t) => `${t} quota`,
  quotaNone: "No quota",
  quotaPercent: "Share",
  quotaCount: "Count",
  tierQuotaPercent: (t) => `${t} at most (%)`,
  tierQuotaCount: (t) => `${t} at most (units)`,
  quotaTies: "Units tied at a quota's edge",
  quotaTiesOut: "none get the tier (the quota holds)",
  quotaTiesIn: "all get the tier (the quota may be exceeded)",
  moreRules: "More rules",
  moreRulesProblems: (n) => `More rules (${n} ${n === 1 ? "problem" : "problems"})`,
  bonusHeading: "Bonus and deduction",
  maxAdd: "Bonus at most",
  maxAddPerItem: "Each bonus item at most",
  maxDeduct: "Deduction at most",
  capAtFullMarks: "Bonus never takes the total above full marks",
  addFrom: "Bonus from",
  addFromHint: "Bonus counts only when the total before it reaches this",
  noLimit: "no limit",
  tieBreakHeading: "Equal totals are then ordered by",
  tieBreakNone: "Units with equal totals share a rank.",
  tieBreakStep: (k) => `Step ${k}`,
  tieBreakUnrounded: "The unrounded total",
  tieBreakComponent: (c) => `${c} score`,
  addTieBreak: "Add a step",
  moveStepUp: (k) => `Move step ${k} up`,
  moveStepDown: (k) => `Move step ${k} down`,
  removeStep: (k) => `Remove step ${k}`,
  ratersHeading: "Several raters",
  ratersFor: (c) => `Raters of ${c}`,
  ratersNone: "One score per unit",
  ratersMean: "Their mean",
  ratersTrimmed: "Mean without the highest and the lowest",
  raterDecimals: (c) => `Decimals of the raters' mean of ${c}`,
  raterDecimalsHint: "not rounded",
  groupScalesHeading: "A group's own full marks and weights",
  groupScalesHint: "Blank: as the common rules.",
  ownScaleFor: (g) => `Own full marks and weights for "${g}"`,
  dropOwnScale: (g) => `"${g}" uses the common full marks and weights`,
  groupFullMarks: (g) => `${g} total full marks`,
  groupWeight: (g, c) => `${g} · ${c} weight`,
  groupComponentFullMarks: (g, c) => `${g} · ${c} full marks`,

  problemsHeading: "Problems",
  problemsSummary: (e, w) => `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}`,
  problemsMore: (n) => `${n} more not listed: fix the ones above first.`,
  noProblems: "No problems found.",
  error: "Error",
  warning: "Warning",
  goToCell: (s, c) => `Go to ${s}!${c}`,

  run: "Rank in one click",
  cannotRunErrors: (e) => `Fix ${e} ${e === 1 ? "error" : "errors"} before ranking.`,
  cannotRunRules: "Fix the rules before ranking.",
  cannotRunNoUnits: "There are no units to rank.",
  steps: ["Read", "Check", "Rank", "Write"],
  stepOf: (i, n, l) => `Step ${i} of ${n}: ${l}`,
  runStoppedAtCheck: "The check found errors; nothing was written. See Problems.",
  runFailed: "Ranking did not finish; the workbook was left as it was:",
  sheetsWritten: (n) => `Written: ${n} ${n === 1 ? "sheet" : "sheets"}`,
  sheetList: (names) => names.join(", "),
  printA4Label: (sheets) => `When ranking, set ${sheets.map((n) => `"${n}"`).join(", ")} to print on A4 portrait, one page wide`,
  printA4Hint: "This changes the page setup of your score sheet, so it is off unless you tick it; a sheet whose paper is already chosen is not offered.",
  printedOnA4: (sheet, part) => `"${sheet}" now prints on A4 portrait, one page wide${part === null ? "" : ` (changed ${part})`}.`,

  resultsHeading: "Results",
  groupResult: (g, n) => `${g} (${n} ${n === 1 ? "unit" : "units"})`,
  tierUnits: (t, n) => `${t}: ${n}`,
  noticeHeading: "Notice text",
  copy: "Copy notice",
  copied: "Copied",
  copyFailed: "Could not copy automatically: select the text and press Ctrl+C.",
  openSheet: (s) => `Open sheet "${s}"`,
  downloadDocx: "Download notice (Word)",
  preparingDocx: "Preparing the Word file…",
  docxFailed: (d) => `The Word file could not be made: ${d}`,
  docxNoDownload: "Excel for Mac does not let add-ins download files. Copy the notice text, or run assess rank workbook.xlsx --docx notice.docx on the command line for the Word file.",
  docxFallbackName: "notice",
  cellAt: (s, c) => `${s}!${c}`,
  downloadWorkbook: "Download the ranked workbook",
};

export function uiText(lang: Lang): UiText {
  return lang === "en" ? EN : ZH;
}
