// The feedback letters (考核结果反馈函) as official documents in the notice's look (GB/T 9704): each
// unit's own .docx, one document of every letter (each from a new page, numbered from 1) for printing
// at once, and a .zip of the single letters. The figures are the core's (core/letters); this file only
// lays them out.
import { PREVIOUS_ZH } from "../core/messages/previous";
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType, type ISectionOptions } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import type { FeedbackLetter } from "../core/letters/letter";
import { LETTER_ZH } from "../core/messages/letters";
import { NOTICE_DOC_ZH } from "../core/messages/notice";
import { blank, signature } from "./body";
import { SIZE, TEXT_WIDTH } from "./gbt9704";
import { gbt9704Page, pageNumberFooters } from "./page";
import { noticeStyles, noticeStyleXml, STYLE } from "./styles";
import { framedTable } from "./table";

const CELL_PADDING = 85;
/** 考核项目, 权重, 得分, 说明: the item and the reason take the room, the figures what they need. */
const SHARES = [0.45, 0.11, 0.14, 0.3] as const;
const WIDTHS = SHARES.map((s) => Math.floor(TEXT_WIDTH * s));
/** One character of the table's 小四 (12 pt) text, in twips: a part stands in by two. */
const TABLE_CHAR = (SIZE.table / 2) * 20;

const cell = (text: string, col: number, options: { header?: boolean; align?: "left" | "center"; indent?: number; span?: number } = {}): TableCell =>
  new TableCell({
    width: { size: options.span === undefined ? (WIDTHS[col] as number) : WIDTHS.slice(col, col + options.span).reduce((s, w) => s + w, 0), type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(options.span === undefined ? {} : { columnSpan: options.span }),
    children: [
      new Paragraph({
        style: options.header === true ? STYLE.tableHeader : STYLE.tableText,
        ...(options.align === "left" ? { alignment: AlignmentType.LEFT } : {}),
        ...(options.indent === undefined ? {} : { indent: { left: options.indent } }),
        text,
      }),
    ],
  });

function letterTable(l: FeedbackLetter): Table {
  const h = LETTER_ZH.header;
  const rows: TableRow[] = [new TableRow({ tableHeader: true, cantSplit: true, children: [h.item, h.weight, h.score, h.remark].map((x, c) => cell(x, c, { header: true })) })];
  for (const line of l.lines) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(line.item, 0, { align: "left", ...(line.level === 1 ? { indent: 2 * TABLE_CHAR } : {}) }),
          cell(line.weight, 1),
          cell(line.score, 2),
          cell(line.remark, 3, { align: "left" }),
        ],
      }),
    );
  }
  const result = (item: string, value: string): TableRow => new TableRow({ cantSplit: true, children: [cell(item, 0, { header: true }), cell(value, 1, { span: 3 })] });
  rows.push(
    result(LETTER_ZH.total, l.total),
    result(LETTER_ZH.tier, l.tier),
    result(LETTER_ZH.rank, l.rankText),
    ...(l.previous === null
      ? []
      : [result(PREVIOUS_ZH.total, l.previous.total || "—"), result(PREVIOUS_ZH.rank, l.previous.rank || "—"), result(PREVIOUS_ZH.compared, l.previous.move)]),
    result(LETTER_ZH.groupStats(l.group), `${LETTER_ZH.groupHigh} ${l.groupHigh}　${LETTER_ZH.groupMean} ${l.groupMean}　${LETTER_ZH.groupLow} ${l.groupLow}`),
  );
  return framedTable(rows, WIDTHS, CELL_PADDING);
}

function letterSection(l: FeedbackLetter): ISectionOptions {
  return {
    properties: gbt9704Page(true),
    footers: pageNumberFooters(NOTICE_DOC_ZH.pageDash),
    children: [
      new Paragraph({ style: STYLE.title, text: l.title }),
      blank(),
      new Paragraph({ style: STYLE.addressees, text: l.addressee }),
      new Paragraph({ style: STYLE.body, text: l.opening }),
      letterTable(l),
      new Paragraph({ style: STYLE.body, children: [new TextRun(l.closing)] }),
      blank(),
      ...signature(l.issuer, l.date),
    ],
  };
}

function document(title: string, sections: ISectionOptions[]): Document {
  return new Document({
    creator: "ASSESS",
    title,
    styles: noticeStyles(),
    externalStyles: noticeStyleXml(),
    evenAndOddHeaderAndFooters: true,
    sections,
  });
}

/** One unit's letter. Its pages are numbered from 1, so its section can stand in the combined document as it is. */
export async function letterDocx(l: FeedbackLetter): Promise<Uint8Array> {
  return Packer.pack(document(`${l.title}（${l.name}）`, [letterSection(l)]), "uint8array");
}

/**
 * Called after each letter is made, with how many are done: the pane shows progress and lets the
 * browser draw between letters (a promise it returns is awaited).
 */
export type LetterProgress = (done: number, total: number) => void | Promise<void>;

/** Each unit's letter, in the order given. */
export async function letterDocuments(letters: readonly FeedbackLetter[], progress?: LetterProgress): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const [k, l] of letters.entries()) {
    out.push(await letterDocx(l));
    await progress?.(k + 1, letters.length);
  }
  return out;
}

/** The single letters as one .zip, each under its file name; stored, not deflated again (a .docx is a zip already). */
export function zipLetters(letters: readonly FeedbackLetter[], documents: readonly Uint8Array[]): Uint8Array {
  const files: Zippable = {};
  letters.forEach((l, k) => (files[l.fileName] = [documents[k] as Uint8Array, { level: 0 }]));
  return zipSync(files, { level: 0 });
}

const BODY_OPEN = "<w:body>";
const BODY_CLOSE = "</w:body>";

/** A letter's document.xml cut into what precedes its text, its text, and its section's properties. */
function bodyOf(documentXml: string): { head: string; content: string; sectPr: string; tail: string } {
  const open = documentXml.indexOf(BODY_OPEN);
  const close = documentXml.lastIndexOf(BODY_CLOSE);
  const sect = documentXml.lastIndexOf("<w:sectPr", close);
  if (open < 0 || close < 0 || sect < open) throw new Error("a letter's document.xml has no body and section as docx writes them");
  return {
    head: documentXml.slice(0, open + BODY_OPEN.length),
    content: documentXml.slice(open + BODY_OPEN.length, sect),
    sectPr: documentXml.slice(sect, close),
    tail: documentXml.slice(close),
  };
}

/** The part of a .docx that holds its body. */
export const DOCUMENT_PART = "word/document.xml";

/**
 * Every letter in one document, each its own section (a new page, numbered from 1), for printing at
 * once. The docx library would hold all of them as one tree of objects (10,000 letters do not fit in
 * memory); the letters it already wrote are put together instead: the package is one made for the
 * first letter under the combined title, its body every letter's body in turn, each letter's section
 * properties in its last paragraph as OOXML places a section break (17.6.18). Every letter has the
 * same styles and footers, so the first's parts serve them all.
 */
export async function combineLetters(letters: readonly FeedbackLetter[], documents: readonly Uint8Array[], pause?: () => Promise<void>): Promise<Uint8Array> {
  const first = letters[0];
  if (first === undefined) return Packer.pack(document(LETTER_ZH.title(""), [{ children: [] }]), "uint8array");
  const pkg = unzipSync(await Packer.pack(document(first.title, [letterSection(first)]), "uint8array"));
  const wrapper = bodyOf(strFromU8(pkg[DOCUMENT_PART] ?? new Uint8Array()));
  const parts: string[] = [wrapper.head];
  for (const [k, bytes] of documents.entries()) {
    // The pane lets the browser draw every hundred letters: ten thousand take a few seconds.
    if (pause !== undefined && k % 100 === 99) await pause();
    const body = bodyOf(strFromU8(unzipSync(bytes, { filter: (f) => f.name === DOCUMENT_PART })[DOCUMENT_PART] ?? new Uint8Array()));
    if (k === documents.length - 1) {
      parts.push(body.content, body.sectPr);
      continue;
    }
    const end = body.content.lastIndexOf("</w:pPr>");
    if (end < 0) throw new Error("a letter's last paragraph has no properties to carry its section break");
    parts.push(body.content.slice(0, end), body.sectPr, body.content.slice(end));
  }
  parts.push(wrapper.tail);
  pkg[DOCUMENT_PART] = strToU8(parts.join(""));
  return zipSync(pkg);
}

/** Every letter in one document (combineLetters), making the single letters first. */
export async function lettersDocx(letters: readonly FeedbackLetter[]): Promise<Uint8Array> {
  return combineLetters(letters, await letterDocuments(letters));
}

/** The single letters as one .zip (zipLetters), making them first. */
export async function lettersZip(letters: readonly FeedbackLetter[], progress?: LetterProgress): Promise<Uint8Array> {
  return zipLetters(letters, await letterDocuments(letters, progress));
}
