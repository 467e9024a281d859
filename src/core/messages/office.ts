// Sentences about the Excel host that the HOST_* problem texts do not cover: a cleanup that Excel
// itself refused, leaving sheets the user has to remove by hand.
import type { Problem } from "../types";

export function leftoverSheetsProblem(names: string[]): Problem {
  const list = names.join("、");
  const listEn = names.join(", ");
  return {
    severity: "error",
    code: "HOST_ERROR",
    sheet: null,
    cell: null,
    message: `写入失败后，ASSESS 未能删除它临时添加的工作表：${list}。请手动删除这些工作表，您自己的工作表未被改动。`,
    messageEn: `After the failed write ASSESS could not delete the temporary sheets it had added: ${listEn}. Please delete them by hand; your own sheets were not changed.`,
  };
}

/** What readGrids says when Excel refuses the read: the pane shows it as the reason it found nothing. */
export const readFailedDetail = {
  zh: (code: string) => `Excel 拒绝读取工作簿（${code}）`,
  en: (code: string) => `Excel refused to read the workbook (${code})`,
};
