// The text of the notice, in the order of GB/T 9704 and of the 2020 notice: title, addressees, the
// opening, section 一 (with the rules paragraph ASSESS writes), section 二 (the results, as the core
// words them), the sections the office writes itself, the annex note, the issuer and date.
import { HighlightColor, Paragraph, TextRun, type ParagraphChild } from "docx";
import type { NoticeDocText } from "../core/messages/notice";
import { noticeParts } from "../core/report/notice";
import type { Assessment, NoticeSettings } from "../core/types";
import { CHAR_PITCH, textEms } from "./gbt9704";
import { rulesParagraph } from "./rules";
import { STYLE } from "./styles";

const para = (style: string, ...children: (ParagraphChild | string)[]): Paragraph =>
  new Paragraph({ style, children: children.map((c) => (typeof c === "string" ? new TextRun(c) : c)) });

/** An empty line of the grid. */
export const blank = (): Paragraph => new Paragraph({ style: STYLE.body, indent: { firstLine: 0, firstLineChars: 0 } });

/** What the office writes itself: marked so it cannot go out unnoticed. */
const placeholder = (text: string): TextRun => new TextRun({ text, highlight: HighlightColor.YELLOW });

const chars = (n: number): number => Math.round(n * CHAR_PITCH);

export function bodyParagraphs(a: Assessment, notice: NoticeSettings, t: NoticeDocText, annexTitles: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [
    para(STYLE.title, notice.title),
    blank(),
    para(STYLE.addressees, notice.addressees),
    para(STYLE.body, placeholder(t.openingPlaceholder), t.openingLead),
    para(STYLE.heading1, t.organisationHeading),
    para(STYLE.body, placeholder(t.organisationPlaceholder)),
    para(STYLE.body, rulesParagraph(a, t.rules)),
  ];

  // Section 二 line by line as the notice lists it; the statistics lines are the sheet's addition
  // (the annex tables give every total).
  for (const line of noticeParts(a)) {
    if (line.kind === "section") out.push(para(STYLE.heading1, line.text));
    else if (line.kind === "group") out.push(para(STYLE.heading2, line.text));
    else if (line.kind === "tier" || line.kind === "change") out.push(para(STYLE.body, line.text));
  }

  for (const s of t.ownSections) out.push(para(STYLE.heading1, s.heading), para(STYLE.body, placeholder(s.placeholder)));

  // 7.3.6 附件说明: below the text after an empty line, two characters in; several annexes numbered,
  // their names aligned under the first (a hanging indent the width of 附件：).
  if (annexTitles.length > 0) {
    out.push(blank());
    const lead = textEms(t.annexNote);
    annexTitles.forEach((title, k) => {
      const text = annexTitles.length === 1 ? title : t.annexItem(k + 1, title);
      out.push(
        new Paragraph({
          style: STYLE.body,
          indent: k === 0 ? { left: chars(2 + lead), hanging: chars(lead), firstLineChars: 0 } : { left: chars(2 + lead), firstLine: 0, firstLineChars: 0 },
          children: [new TextRun(k === 0 ? `${t.annexNote}${text}` : text)],
        }),
      );
    });
  }

  out.push(blank(), ...signature(notice.issuer, notice.date));
  return out;
}

/**
 * 7.3.5.2 (no seal): the issuer two characters from the right; the date on the next line, its first
 * character two to the right of the issuer's first; when the date is the longer, the date keeps two
 * characters and the issuer moves left. The caller puts an empty line above.
 */
export function signature(issuerText: string, dateText: string): Paragraph[] {
  const issuer = textEms(issuerText);
  const date = textEms(dateText);
  let issuerRight = 2;
  let dateRight = issuerRight + issuer - 2 - date;
  if (dateRight < 2) {
    issuerRight += 2 - dateRight;
    dateRight = 2;
  }
  return [
    new Paragraph({ style: STYLE.signature, indent: { right: chars(issuerRight) }, children: [new TextRun(issuerText)] }),
    new Paragraph({ style: STYLE.signature, indent: { right: chars(dateRight) }, children: [new TextRun(dateText)] }),
  ];
}
