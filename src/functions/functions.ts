// The ASSESS.* custom functions as Excel calls them. Each is a thin wrapper: the work is in the pure
// files beside this one; here a FormulaFailure becomes a CustomFunctions.Error. The JSDoc below is
// what custom-functions-metadata-plugin turns into functions.json (and the CustomFunctions.associate
// calls it appends); its Chinese text must equal src/core/messages/functions.ts, which the build checks.
import "./outsideOffice";
import { isFailure } from "./failure";
import type { FormulaFailure, Outcome } from "./failure";
import { gradeCells } from "./grade";
import { rankCells } from "./rank";
import { scoreCells, totalCells } from "./score";
import { tierListCells } from "./tierlist";
import { trimMeanCells } from "./trimmean";

// The exported functions spell this type out: the metadata generator reads their signatures and
// does not resolve type aliases.
type Result = (number | string | CustomFunctions.Error)[][];

/** English messages for an English Office; Chinese otherwise (and before Office has said). */
function english(): boolean {
  const lang = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  return typeof lang === "string" && lang.toLowerCase().startsWith("en");
}

function toError(f: FormulaFailure): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[f.code], english() ? f.message.en : f.message.zh);
}

/**
 * A failure of the whole call, or of the only cell, is thrown: that is how Excel shows an error with
 * its message in the cell. In a spilled range each failing cell holds its own error.
 */
function deliver(outcome: Outcome): Result {
  if (isFailure(outcome)) throw toError(outcome);
  const only = outcome.length === 1 && outcome[0]?.length === 1 ? outcome[0][0] : undefined;
  if (only !== undefined && isFailure(only)) throw toError(only);
  return outcome.map((row) => row.map((cell) => (isFailure(cell) ? toError(cell) : cell)));
}

/**
 * 综合成绩：日常考核、实地考核、满意度调查按权重（默认 60%、30%、10%）相加，四舍五入保留两位小数。
 * @customfunction SCORE
 * @param daily 日常考核得分（0–100），可为单元格或一列
 * @param onsite 实地考核得分（0–100），可为单元格或一列
 * @param satisfaction 满意度调查得分（0–100），可为单元格或一列
 * @param [weights] 可选：三项权重（百分数，和为 100），如 {60,30,10}
 */
export function score(daily: unknown[][], onsite: unknown[][], satisfaction: unknown[][], weights?: unknown[][]): Array<Array<number | string | CustomFunctions.Error>> {
  return deliver(scoreCells(daily, onsite, satisfaction, weights));
}

/**
 * 任意项目数的加权总分：一行得分乘以一行权重（百分数），可按各项满分折算，四舍五入保留两位小数。
 * @customfunction TOTAL
 * @param scores 一行得分（0 至该项满分）；多行时每行算一个总分
 * @param [weights] 可选：一行权重（百分数，和为 100）；三项时默认 60、30、10
 * @param [fullMarks] 可选：一行各项满分（默认 100），得分按 权重×得分÷满分 计入；此时权重为各项分值，和即总分满分，如 {300,100} 与权重 {60,40}
 */
export function total(scores: unknown[][], weights?: unknown[][], fullMarks?: unknown[][]): Array<Array<number | string | CustomFunctions.Error>> {
  return deliver(totalCells(scores, weights, fullMarks));
}

/**
 * 考核等次：总分达到的第一个分数线对应的等次，默认 优秀 ≥ 90、良好 ≥ 80、合格 ≥ 60、其余不合格。
 * @customfunction GRADE
 * @param total 综合成绩，可为单元格或一列
 * @param [thresholds] 可选：从高到低的分数线，如 {90,80,60}
 * @param [labels] 可选：等次名称，比分数线多一个，如 {"优秀","良好","合格","不合格"}
 */
export function grade(total: unknown[][], thresholds?: unknown[][], labels?: unknown[][]): Array<Array<number | string | CustomFunctions.Error>> {
  return deliver(gradeCells(total, thresholds, labels));
}

/**
 * 组内排名：总分在全部总分（或同类别单位）中的名次，并列同名次。
 * @customfunction RANK
 * @param total 要排名的总分，可为单元格或一列
 * @param totals 参与排名的全部总分
 * @param [group] 可选：本单位的类别，如 县(区)
 * @param [groups] 可选：与全部总分对应的类别列
 * @param [dense] 可选：TRUE 为中国式排名（1,2,2,3），默认 1,2,2,4
 */
export function rank(total: unknown[][], totals: unknown[][], group?: unknown[][], groups?: unknown[][], dense?: unknown): Array<Array<number | string | CustomFunctions.Error>> {
  return deliver(rankCells(total, totals, group, groups, dense));
}

/**
 * 某一等次的单位名单，按名次排列，用“、”连接，如通报所写。
 * @customfunction TIERLIST
 * @param names 单位名称列
 * @param totals 与单位名称对应的总分列
 * @param tier 等次名称，如 优秀
 * @param [groups] 可选：与单位名称对应的类别列
 * @param [group] 可选：只列出此类别的单位
 * @param [thresholds] 可选：从高到低的分数线，如 {90,80,60}
 * @param [labels] 可选：等次名称，比分数线多一个
 */
export function tierList(
  names: unknown[][],
  totals: unknown[][],
  tier: unknown[][],
  groups?: unknown[][],
  group?: unknown[][],
  thresholds?: unknown[][],
  labels?: unknown[][],
): Array<Array<number | string | CustomFunctions.Error>> {
  return deliver(tierListCells(names, totals, tier, groups, group, thresholds, labels));
}

/**
 * 评委打分的平均分：去掉一个最高分和一个最低分（至少三位评委打分时）后取平均；空单元格为未打分的评委，不计入。
 * @customfunction TRIMMEAN
 * @param scores 一行评委打分；多行时每行算一个得分
 * @param [trim] 可选：TRUE（默认）去掉最高分和最低分，FALSE 为简单平均
 * @param [decimals] 可选：四舍五入保留的小数位数（0–9），默认不舍入
 */
export function trimMean(scores: unknown[][], trim?: unknown, decimals?: unknown): Array<Array<number | string | CustomFunctions.Error>> {
  return deliver(trimMeanCells(scores, trim, decimals));
}
