// Every sentence a Problem can say, in Chinese first and English second. The pane, the formulas and
// the command line all show these, so a user reads the same words wherever the problem surfaces.
import type { Problem, ProblemCode, Severity } from "../types";

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

interface ProblemText {
  zh: Template;
  en: Template;
}

const at = (p: Params): string => (p.cell ? `${p.cell}` : "");

const TEXTS: Record<ProblemCode, ProblemText> = {
  // `components`: the labels of the rules in force, so the user sees the headers these rules look for.
  NO_TABLE: {
    zh: (p) => `未找到考核得分表：需要有“单位名称”列和${p.components}等得分列的表头。`,
    en: (p) => `No score table found: a header with a unit-name column and the score columns ${p.componentsEn ?? p.components} is needed.`,
  },
  MISSING_COLUMN: {
    zh: (p) => `工作表“${p.sheet}”的得分表缺少“${p.column}”列。`,
    en: (p) => `The score table on sheet "${p.sheet}" has no "${p.columnEn ?? p.column}" column.`,
  },
  NAME_COLUMN_GUESSED: {
    zh: (p) =>
      `${at(p)}：工作表“${p.sheet}”的表头中没有“单位名称”列，已按内容将 ${p.column} 列${p.header ? `（“${p.header}”）` : "（无表头）"}作为单位名称列。如不正确，请把单位名称列的表头改为“单位名称”。`,
    en: (p) =>
      `${at(p)}: no header on sheet "${p.sheet}" names the unit column; column ${p.column}${p.header ? ` ("${p.header}")` : " (no header)"} was taken as the unit names from its contents. If that is wrong, head the unit column 单位名称.`,
  },
  SCORE_NOT_NUMBER: {
    zh: (p) => `${at(p)}：“${p.unit}”的${p.column}“${p.value}”不是数字。`,
    en: (p) => `${at(p)}: ${p.columnEn ?? p.column} of "${p.unit}" is "${p.value}", not a number.`,
  },
  SCORE_OUT_OF_RANGE: {
    zh: (p) => `${at(p)}：“${p.unit}”的${p.column}为 ${p.value}，超出 0–${p.max} 分。`,
    en: (p) => `${at(p)}: ${p.columnEn ?? p.column} of "${p.unit}" is ${p.value}, outside 0–${p.max}.`,
  },
  // With `merged` (the area, e.g. "D6:D7"): the cell is blank because another cell of a merged area
  // holds the value, and a score belongs to one unit, so it is not shared.
  SCORE_MISSING: {
    zh: (p) =>
      p.merged
        ? `${at(p)}：“${p.unit}”的${p.column}单元格属于合并区域 ${p.merged}，合并单元格的值只算第一个单元格所在的单位：请取消合并，为每个单位分别填写。`
        : `${at(p)}：“${p.unit}”缺少${p.column}得分。`,
    en: (p) =>
      p.merged
        ? `${at(p)}: the ${p.columnEn ?? p.column} cell of "${p.unit}" is part of the merged area ${p.merged}, whose value counts only for the unit of its first cell: unmerge it and type each unit's value.`
        : `${at(p)}: "${p.unit}" has no ${p.columnEn ?? p.column} score.`,
  },
  // `count`: how many raters' scores of the unit were combined without the blank one.
  RATER_SCORE_BLANK: {
    zh: (p) => `${at(p)}：“${p.unit}”的${p.column}为空，按未打分处理，${p.component}按其余 ${p.count} 位评委的得分计算。`,
    en: (p) => `${at(p)}: ${p.columnEn ?? p.column} of "${p.unit}" is blank, taken as a rater who did not score; ${p.component} is combined from the other ${p.count} raters' scores.`,
  },
  SCORE_NORMALISED: {
    zh: (p) => `${at(p)}：“${p.value}”按数字 ${p.number} 读取（文本数字、全角字符、空格或“分”字）。`,
    en: (p) => `${at(p)}: "${p.value}" was read as the number ${p.number} (text, full-width characters, spaces or 分).`,
  },
  BONUS_NOT_NUMBER: {
    zh: (p) => `${at(p)}：“${p.unit}”的${p.column}“${p.value}”不是数字。`,
    en: (p) => `${at(p)}: ${p.columnEn ?? p.column} of "${p.unit}" is "${p.value}", not a number.`,
  },
  DUPLICATE_UNIT: {
    zh: (p) => `${at(p)}：单位“${p.unit}”重复出现（首次在 ${p.first}）。`,
    en: (p) => `${at(p)}: unit "${p.unit}" appears twice (first at ${p.first}).`,
  },
  // `first`: the other cell, with its sheet and, in another file, the file ([第一组.xlsx]实地考核!D5).
  SCORE_CONFLICT: {
    zh: (p) => `${at(p)}：“${p.unit}”的${p.column}为 ${p.value}，与 ${p.first} 的 ${p.firstValue} 不一致：同一单位的同一项得分只能有一个值，请核对后只保留正确的一个。`,
    en: (p) =>
      `${at(p)}: ${p.columnEn ?? p.column} of "${p.unit}" is ${p.value}, but ${p.first} gives ${p.firstValue}: a unit has one score per component; check both and keep the right one.`,
  },
  UNIT_UNMATCHED: {
    zh: (p) => `${at(p)}：单位“${p.unit}”只出现在没有类别的表中（工作表“${p.sheet}”没有类别列，也不含全部得分项），主表中没有同名单位：请检查单位名称是否与主表一致。`,
    en: (p) =>
      `${at(p)}: unit "${p.unit}" appears only in tables that state no group (sheet "${p.sheet}" has no group column and not every component), and the main table has no unit of that name: check that the name is typed as in the main table.`,
  },
  GROUP_MISSING: {
    zh: (p) => `${at(p)}：单位“${p.unit}”没有填写类别。`,
    en: (p) => `${at(p)}: unit "${p.unit}" has no group.`,
  },
  UNIT_NAME_MISSING: {
    zh: (p) => `${at(p)}：这一行有得分，但单位名称为空。`,
    en: (p) => `${at(p)}: this row has scores but no unit name.`,
  },
  // `unit`/`column`: the first unit whose score differs from the results sheet; absent when what changed
  // is not a score shown there (the rules, a sub-item, a unit's group).
  RESULTS_STALE: {
    zh: (p) =>
      p.cell
        ? `${at(p)}：得分在排名后已修改，请重新排名（“${p.unit}”的${p.column}与“${p.results}”不符）。`
        : `得分或考核规则在排名后已修改，请重新排名（校验码 ${p.recorded} → ${p.current}）。`,
    en: (p) =>
      p.cell
        ? `${at(p)}: the scores changed after the last ranking; rank again (${p.unit}'s ${p.columnEn ?? p.column} differs from "${p.results}").`
        : `The scores or the rules changed after the last ranking; rank again (check code ${p.recorded} → ${p.current}).`,
  },
  // `unit`: this year's name; `closest`: last year's closest unmatched name, absent when none is near.
  PREVIOUS_UNMATCHED: {
    zh: (p) =>
      `${at(p)}：“${p.unit}”在上年结果中没有同名单位，按新增单位列出${p.closest ? `（上年最接近的名称是“${p.closest}”）` : ""}。如是更名，请在“单位更名”工作表中写明旧名称和新名称。`,
    en: (p) =>
      `${at(p)}: "${p.unit}" has no unit of the same name in last year's results and is listed as new${p.closest ? ` (last year's closest name is "${p.closest}")` : ""}. If it was renamed, give its old and new names on a sheet named 单位更名.`,
  },
  // `units`: last year's names not found this year, joined with 、; `count`: how many.
  PREVIOUS_REMOVED: {
    zh: (p) => `上年结果中有 ${p.count} 个单位今年没有找到：${p.units}。如是更名，请在“单位更名”工作表中写明旧名称和新名称。`,
    en: (p) => `${p.count} of last year's units were not found this year: ${p.units}. If any was renamed, give its old and new names on a sheet named 单位更名.`,
  },
  PREVIOUS_UNREADABLE: {
    zh: (p) => `上年结果“${p.file}”中没有找到含单位名称和综合成绩（或总分）的表：${p.detail}`,
    en: (p) => `Last year's results "${p.file}" hold no table with unit names and totals (综合成绩 or 总分): ${p.detailEn ?? p.detail}`,
  },
  RENAME_UNUSED: {
    zh: (p) => `${at(p)}：单位更名“${p.old}”→“${p.new}”未使用：${p.why === "old" ? `上年结果中没有“${p.old}”` : `今年没有“${p.new}”`}。`,
    en: (p) => `${at(p)}: the rename "${p.old}" → "${p.new}" was not used: ${p.why === "old" ? `last year's results have no "${p.old}"` : `there is no "${p.new}" this year`}.`,
  },
  // `rater`: the rater's header; `component`; `mean`, `panel`: the rater's mean and the panel's mean on
  // the same units; `sd`: the standard deviation of the raters' means; `times`: the threshold.
  RATER_OFF_PANEL: {
    zh: (p) =>
      `${at(p)}：${p.component}的“${p.rater}”平均分 ${p.mean}，全体评委对同样单位的平均分 ${p.panel}，相差超过 ${p.times} 个标准差（各评委平均分的标准差 ${p.sd}），请核对其评分。`,
    en: (p) =>
      `${at(p)}: ${p.component} rater "${p.rater}" averages ${p.mean} where the whole panel averages ${p.panel} on the same units, more than ${p.times} standard deviations (${p.sd}, of the raters' means) apart; check the scores.`,
  },
  // `unit`, `component`, `rater`, `score`, `median`, `max`: the score, the median of the unit's raters, the threshold.
  SCORE_FAR_FROM_PANEL: {
    zh: (p) => `${at(p)}：“${p.rater}”给“${p.unit}”的${p.component}打 ${p.score} 分，与该单位各评委评分的中位数 ${p.median} 相差超过 ${p.max} 分，请核对。`,
    en: (p) => `${at(p)}: "${p.rater}" gave "${p.unit}" ${p.score} for ${p.component}, more than ${p.max} points from the median ${p.median} of the unit's raters; check it.`,
  },
  FORMULA_NO_VALUE: {
    zh: (p) => `${at(p)} 是公式但没有计算结果：请在 Excel 或 WPS 中打开并保存后再试。`,
    en: (p) => `${at(p)} is a formula with no computed value: open and save the workbook in Excel or WPS, then try again.`,
  },
  SCHEME_INVALID: {
    // A scheme read from the settings sheet names the cell that holds the rule (A1 on a sheet: 考核设置!C18).
    zh: (p) => `${p.cell ? `${p.cell}：` : ""}考核设置有误：${p.detail}`,
    en: (p) => `${p.cell ? `${p.cell}: ` : ""}The assessment settings are invalid: ${p.detailEn ?? p.detail}`,
  },
  SETTINGS_UNREADABLE: {
    zh: (p) => `${at(p)}：考核设置“${p.item}”的值“${p.value}”无法识别，已按默认值处理。`,
    en: (p) => `${at(p)}: setting "${p.item}" has the value "${p.value}", which could not be read; the default is used.`,
  },
  // `units`: the tied units' names joined with 、; `admitted`: "in" when they all took the tier.
  QUOTA_TIE: {
    zh: (p) =>
      `类别“${p.group}”中“${p.tier}”等次名额为 ${p.capacity} 个，${p.count} 个单位成绩并列、处于名额边界：${p.units}。按考核设置，${p.admitted === "in" ? `并列单位全部计入“${p.tier}”等次（共 ${p.taken} 个，超出名额）` : `并列单位均不计入“${p.tier}”等次（该等次 ${p.taken} 个，少于名额）`}。`,
    en: (p) =>
      `In group "${p.group}", the quota of tier "${p.tier}" is ${p.capacity}, and ${p.count} units tied at its edge: ${p.units}. As the rules say, ${p.admitted === "in" ? `all of them took "${p.tier}" (${p.taken} units, over the quota)` : `none of them took "${p.tier}" (${p.taken} units, under the quota)`}.`,
  },
  SHEET_RENAMED: {
    zh: (p) => `已有用户工作表名为“${p.wanted}”，ASSESS 生成的工作表改名为“${p.actual}”。`,
    en: (p) => `A sheet of yours is already named "${p.wanted}"; the sheet ASSESS generated is named "${p.actual}" instead.`,
  },
  HOST_ITEM_EXISTS: {
    zh: (p) => `Excel 中已存在名为“${p.name}”的项目，写入已取消，工作簿保持原样。`,
    en: (p) => `Excel already has an item named "${p.name}"; writing was cancelled and the workbook left as it was.`,
  },
  HOST_INVALID_ARGUMENT: {
    zh: (p) => `Excel 拒绝了写入请求（参数无效${p.detail ? `：${p.detail}` : ""}），工作簿保持原样。`,
    en: (p) => `Excel refused the write (invalid argument${p.detail ? `: ${p.detail}` : ""}); the workbook was left as it was.`,
  },
  HOST_PAYLOAD_TOO_LARGE: {
    zh: () => "一次写入的数据超过 Excel 允许的大小，写入已取消，工作簿保持原样。",
    en: () => "A write was larger than Excel accepts; writing was cancelled and the workbook left as it was.",
  },
  HOST_EDIT_MODE: {
    zh: () => "Excel 正处于单元格编辑状态：请先按 Enter 或 Esc 结束编辑，再重试。",
    en: () => "Excel is editing a cell: press Enter or Esc to finish editing, then try again.",
  },
  HOST_ERROR: {
    zh: (p) => `Excel 返回错误${p.detail ? `（${p.detail}）` : ""}，工作簿保持原样。`,
    en: (p) => `Excel reported an error${p.detail ? ` (${p.detail})` : ""}; the workbook was left as it was.`,
  },
  SHEET_PROTECTED: {
    zh: (p) => `工作表“${p.sheet}”受保护，ASSESS 无法在原处更新它，什么也没有写入。请先撤销工作表保护（审阅 → 撤销工作表保护），再排名。`,
    en: (p) => `Sheet "${p.sheet}" is protected, so ASSESS cannot update it in place; nothing was written. Unprotect it (Review → Unprotect Sheet) and rank again.`,
  },
  SHEET_TOO_LARGE: {
    zh: (p) => `工作表“${p.sheet}”的已用区域 ${p.address}（${p.rows} 行 × ${p.cols} 列）太大，ASSESS 没有读取它。如果它含有得分表，请删除表格以外远处的内容后点“重新读取”。`,
    en: (p) =>
      `The used range of sheet "${p.sheet}", ${p.address} (${p.rows} rows × ${p.cols} columns), is too large; ASSESS did not read it. If it holds the score table, delete what lies far outside the table and read again.`,
  },
};

/** Every code a Problem can have: the keys of TEXTS, which the compiler keeps equal to ProblemCode. */
export const PROBLEM_CODES: readonly ProblemCode[] = Object.keys(TEXTS) as ProblemCode[];

/** Builds a Problem with its message in both languages. `params.cell` is filled from `cell`. */
export function makeProblem(code: ProblemCode, severity: Severity, sheet: string | null, cell: string | null, params: Params = {}): Problem {
  const full: Params = { ...params };
  if (cell) full.cell = sheet ? `${sheet}!${cell}` : cell;
  if (sheet && full.sheet === undefined) full.sheet = sheet;
  const text = TEXTS[code];
  return { severity, code, sheet, cell, message: text.zh(full), messageEn: text.en(full) };
}

/** `p` as about a sheet of another file (a team's, last year's) when `file` is given; else as it is. */
export function inFile(p: Problem, file: string | undefined): Problem {
  return file === undefined ? p : { ...p, file };
}

/**
 * The message to show. A problem in another file than the workbook ranked (a team's file) names the
 * file: before its cell as Excel writes a reference into another workbook ([team1.xlsx]第一组!B3), or
 * before the sentence when it names no cell.
 */
export function problemMessage(p: Problem, lang: "zh" | "en"): string {
  const text = lang === "en" ? p.messageEn : p.message;
  if (p.file === undefined) return text;
  if (p.sheet !== null && text.startsWith(`${p.sheet}!`)) return `[${p.file}]${text}`;
  return lang === "en" ? `${p.file}: ${text}` : `${p.file}：${text}`;
}
