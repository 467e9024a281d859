// What the settings sheet holds where, shared by the writer and the reader. The sheet is for people
// first (they read, print and edit it), so it is found and read by its labels, never by fixed cells:
// a person who inserts a row or moves a table does not break it.
//
//   A1  ASSESS 考核设置                      ← the marker that identifies the sheet
//   A2  (how to edit it)
//       一、考核项目及权重
//       考核项目 | 权重(%) | 满分 | 子项 | 表头别名 | 标识 | 评委计分
//       日常考核 | 60      | 100  | 专项工作完成情况、… | 日常考核得分、… | daily | (blank: one score)
//       实地考核 | 30      | 100  |      | …        | onsite | 去掉最高分和最低分后取平均，保留2位小数
//                                        ← 权重 instead of 权重(%) when the total is not out of 100
//       各类别满分及权重（…）               ← always there, empty when no group has its own scale
//       类别 | 考核项目 | 满分 | 权重
//       市直部门 | 综合成绩 | 150 |
//       市直部门 | 日常考核 | 90  | 90
//       二、子项
//       子项名称 | 所属考核项目 | 满分 | 表头别名
//       三、等次、分数线及名额
//       等次 | 最低分 | 名额 | <group with its own thresholds> | <group>名额 (where its quotas differ) …
//       优秀 | 90     | 30%  | 92 | 8个
//       良好 | 不设   | 8个                  ← a tier given by its quota alone
//       不合格 | 低于上一等次 | 低于上一等次
//       <group>的等次                       ← only for a group whose tier names differ
//       等次 | <group> | <group>名额 (when it has quotas)
//       四、其他                            ← label | value, the value merged across the sheet
//       排名方式 | 竞争排名（1,2,2,4）
//       同分排序 | 并列（名次相同） or 日常考核、未四舍五入的综合成绩
//       小数位数 | 2
//       综合成绩满分 | 100
//       名额临界同分 | 均不得该等次（不超出名额） or 均得该等次（可超出名额）
//       加分上限 / 单项加分上限 / 扣分上限 / 可加分的最低分 | 不限 or a number
//       加分后不超过满分 | 否 or 是
//       五、通报文书                        ← the notice document's words (only when the scheme has them)
//       通报标题 | 关于2020年度全市依法行政考核情况的通报
//       主送机关 | 各县（区）党委、人民政府，…：
//       发文机关 | 濮阳市法治政府建设领导小组办公室
//       成文日期 | 2021年7月1日
//       六、ASSESS 生成的工作表
//       生成的工作表 | 考核结果
//                    | 优秀等次 …
//
// Defaults are written out (100, 不限, 并列, 否) so a person sees every rule, and read back as the
// scheme leaves them: absent. A sheet written before a row or column existed reads as it did then.
import { SETTINGS_TEXT_ZH } from "../messages/settings";
import { textKey } from "../read/values";

export const SETTINGS = SETTINGS_TEXT_ZH;

/** Separators a person may use between the items of a list cell (子项, 表头别名). */
export const LIST_SPLIT = /[、，,；;\n]/;

/** A sub-item without a maximum counts out of 100; the sheet shows that 100. */
export const DEFAULT_SUB_ITEM_MAX = 100;

export const same = (a: string, b: string): boolean => textKey(a) === textKey(b);
