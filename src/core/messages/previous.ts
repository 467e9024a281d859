// The words for last year beside this year: the results sheet's columns (上年得分、上年名次、名次变化),
// a letter's lines and the notice's sentence per group (较上年进位 N 名).
import type { RankMove } from "../previous/change";

export interface PreviousText {
  total: string;
  rank: string;
  change: string;
  /** The header of the move as a letter words it (单位反馈). */
  compared: string;
  /** The results sheet's 名次变化 cell: ↑3, ↓2, 持平, 新增. */
  move: (m: RankMove) => string;
  /** A letter's line: 较上年进位3名. */
  letterMove: (m: RankMove) => string;
  /**
   * The notice's sentence after a group's lists: the units that moved up and down (each with its
   * places), how many kept their rank and how many are new; null when the group has none compared.
   */
  noticeLine: (group: string, up: readonly { name: string; places: number }[], down: readonly { name: string; places: number }[], same: number, added: number) => string | null;
}

export const PREVIOUS_ZH: PreviousText = {
  total: "上年得分",
  rank: "上年名次",
  change: "名次变化",
  compared: "与上年相比",
  move: (m) => {
    switch (m.kind) {
      case "up":
        return `↑${m.places}`;
      case "down":
        return `↓${m.places}`;
      case "same":
        return "持平";
      case "new":
        return "新增";
      case "moved":
        return "类别变化";
      case "unranked":
        return "—";
    }
  },
  letterMove: (m) => {
    switch (m.kind) {
      case "up":
        return `较上年进位${m.places}名`;
      case "down":
        return `较上年退位${m.places}名`;
      case "same":
        return "与上年名次持平";
      case "new":
        return "上年未参加本类别考核";
      case "moved":
        return "上年在其他类别参加考核";
      case "unranked":
        return "—";
    }
  },
  noticeLine: (group, up, down, same, added) => {
    const parts: string[] = [];
    const list = (xs: readonly { name: string; places: number }[], word: string): string => xs.map((x) => `${x.name}（较上年${word}${x.places}名）`).join("、");
    if (up.length > 0) parts.push(`名次进位的${up.length}个：${list(up, "进位")}`);
    if (down.length > 0) parts.push(`名次退位的${down.length}个：${list(down, "退位")}`);
    if (same > 0) parts.push(`名次持平的${same}个`);
    if (added > 0) parts.push(`新参加考核的${added}个`);
    return up.length + down.length + same === 0 ? null : `与上年相比，${group}中${parts.join("；")}。`;
  },
};
