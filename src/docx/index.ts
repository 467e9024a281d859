// The notice as an official document (通报, GB/T 9704-2012): an Assessment in, the bytes of a .docx
// out. No file system and no DOM, so the command line, the pane and an offline page share it.
import { BorderStyle, Document, Packer, Paragraph, TabStopType, TextRun, type FileChild } from "docx";
import { NOTICE_DOC_ZH, type NoticeDocText } from "../core/messages/notice";
import { DEFAULT_NOTICE } from "../core/scheme/defaults";
import type { Assessment, NoticeSettings } from "../core/types";
import { annexTable } from "./annex";
import { checkNoticeDocument } from "./check";
import { gbt9704Page, ONE_CHAR_4HAO, pageNumberFooters } from "./page";
import { blank, bodyParagraphs } from "./body";
import { REPORT_TEXT_ZH } from "../core/messages/report";
import { mm, TEXT_WIDTH } from "./gbt9704";
import { noticeStyles, noticeStyleXml, STYLE } from "./styles";

export { combineLetters, letterDocuments, letterDocx, lettersDocx, lettersZip, zipLetters, type LetterProgress } from "./letter";

export interface NoticeDocOptions {
  /** Title, addressees, issuer and date; default: the assessment's scheme's, else the 2020 notice's. */
  notice?: NoticeSettings;
  /** The 校验码 of the scores and rules (RankResult.digest), printed as the text's last line; absent: none. */
  digest?: string;
}

/** The .docx's media type, for a download. */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The annexes, one per group, each on a new page: 附件N top left, the title on the third line, the table. */
function annexes(a: Assessment, titles: readonly string[], t: NoticeDocText): FileChild[] {
  const out: FileChild[] = [];
  a.groups.forEach((g, k) => {
    out.push(
      new Paragraph({ style: STYLE.annexMark, pageBreakBefore: true, text: t.annexMark(a.groups.length === 1 ? null : k + 1) }),
      new Paragraph({ style: STYLE.annexMark }),
      new Paragraph({ style: STYLE.annexTitle, text: titles[k] as string }),
      new Paragraph({ style: STYLE.annexMark }),
      annexTable(a, g, t.annexHeader),
    );
  });
  return out;
}

/**
 * 7.4 版记: the 印发 line in 4号 仿宋 between two heavy rules (0.35 mm), the issuer one character from
 * the left and the date, followed by 印发, one character from the right.
 */
function printedLine(notice: NoticeSettings, t: NoticeDocText): Paragraph {
  const rule = { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 4 } as const;
  return new Paragraph({
    style: STYLE.printed,
    spacing: { before: 480, line: mm(7), lineRule: "exact" },
    keepLines: true,
    indent: { left: ONE_CHAR_4HAO, right: ONE_CHAR_4HAO },
    border: { top: rule, bottom: rule },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 2 * ONE_CHAR_4HAO }],
    children: [new TextRun(notice.issuer), new TextRun({ text: `\t${t.printed(notice.date)}` })],
  });
}

/** The 校验码 under the date: who holds the workbook can tell this notice was made from its scores. */
function digestLine(digest: string | undefined): Paragraph[] {
  return digest === undefined ? [] : [blank(), new Paragraph({ style: STYLE.body, indent: { firstLine: 0, firstLineChars: 0 }, text: REPORT_TEXT_ZH.notice.digest(digest) })];
}

export async function noticeDocx(a: Assessment, options: NoticeDocOptions = {}): Promise<Uint8Array> {
  // In Chinese, like the sheets: an official document of the national format, whose section 二 is the
  // core's Chinese notice.
  const t = NOTICE_DOC_ZH;
  const notice = options.notice ?? a.scheme.notice ?? DEFAULT_NOTICE;
  const titles = a.groups.map((g) => t.annexTitle(g.name));
  const doc = new Document({
    creator: "ASSESS",
    title: notice.title,
    styles: noticeStyles(),
    externalStyles: noticeStyleXml(),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: gbt9704Page(),
        footers: pageNumberFooters(t.pageDash),
        children: [...bodyParagraphs(a, notice, t, titles), ...digestLine(options.digest), ...annexes(a, titles, t), printedLine(notice, t)],
      },
    ],
  });
  const bytes = await Packer.pack(doc, "uint8array");
  // Read back and held against the assessment before anyone can print it (throws NoticeMismatch).
  checkNoticeDocument(a, bytes, t, options.digest);
  return bytes;
}
