// What the settings sheet holds where, shared by the writer and the reader. The sheet is for people
// first (they read, print and edit it), so it is found and read by its labels, never by fixed cells:
// a person who inserts a row or moves a table does not break it.
//
//   A1  ASSESS 考核设置                      ← the marker that identifies the sheet
//   A2  (how to edit it)
//       一、考核项目及权重
//       考核项目 | 权重(%) | 子项 | 表头别名 | 标识
//       日常考核 | 60      | 专项工作完成情况、… | 日常考核得分、… | daily
//       二、子项
//       子项名称 | 所属考核项目 | 满分 | 表头别名
//       三、等次及分数线
//       等次 | 最低分 | <group with its own thresholds> …
//       优秀 | 90     | 92
//       不合格 | 低于上一等次 | 低于上一等次
//       <group>的等次                       ← only for a group whose tier names differ
//       等次 | <group>
//       四、其他
//       排名方式 | 竞争排名（1,2,2,4）
//       小数位数 | 2
//       五、通报文书                        ← the notice document's words (only when the scheme has them)
//       通报标题 | 关于2020年度全市依法行政考核情况的通报
//       主送机关 | 各县（区）党委、人民政府，…：
//       发文机关 | 濮阳市法治政府建设领导小组办公室
//       成文日期 | 2021年7月1日
//       六、ASSESS 生成的工作表
//       生成的工作表 | 考核结果
//                    | 优秀等次 …
import { REPORT_TEXT_ZH } from "../messages/report";
import { textKey } from "../read/values";

export const SETTINGS = REPORT_TEXT_ZH.settings;

/** Separators a person may use between the items of a list cell (子项, 表头别名). */
export const LIST_SPLIT = /[、，,；;\n]/;

/** A sub-item without a maximum counts out of 100; the sheet shows that 100. */
export const DEFAULT_SUB_ITEM_MAX = 100;

export const same = (a: string, b: string): boolean => textKey(a) === textKey(b);
