// The notice document read back before it is handed out: the bytes the docx library packed are
// unzipped and their document.xml parsed (saxes), and section 二 and every annex table are held
// against the Assessment (core's noticeCheck). What is checked is what the office will print, not
// the objects it was built from.
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { NoticeDocText } from "../core/messages/notice";
import { REPORT_TEXT_ZH } from "../core/messages/report";
import { decimalsShown, fixed } from "../core/report/format";
import { CHECKED_IN, checkedOrders, checkNoticeLines, NoticeMismatch } from "../core/report/noticeCheck";
import type { Assessment } from "../core/types";
import { DOCUMENT_PART } from "./letter";

/** A paragraph of the body, or a table as its rows of cells' texts. */
export type DocBlock = { kind: "paragraph"; text: string } | { kind: "table"; rows: string[][] };

/** The body of a .docx as paragraphs and tables, in order; a cell's paragraphs joined by \n. */
export function documentBlocks(bytes: Uint8Array): DocBlock[] {
  const part = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT_PART })[DOCUMENT_PART];
  if (part === undefined) throw new Error(`ASSESS 内部错误：通报文档缺少 ${DOCUMENT_PART}。`);
  const blocks: DocBlock[] = [];
  let table: string[][] | null = null;
  let cell: string[] | null = null;
  let paragraph: string | null = null;
  let inText = false;
  let inRun = false;
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    switch (tag.name) {
      case "w:tbl":
        table = [];
        break;
      case "w:tr":
        table?.push([]);
        break;
      case "w:tc":
        cell = [];
        break;
      case "w:p":
        paragraph = "";
        break;
      case "w:r":
        inRun = true;
        break;
      case "w:t":
        inText = true;
        break;
      case "w:tab":
        // A tab in a run; w:tab is also a tab stop inside the paragraph's properties (w:tabs).
        if (paragraph !== null && inRun) paragraph += "\t";
        break;
    }
  });
  parser.on("text", (text) => {
    if (inText && paragraph !== null) paragraph += text;
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    switch (tag.name) {
      case "w:r":
        inRun = false;
        break;
      case "w:t":
        inText = false;
        break;
      case "w:p":
        if (cell !== null) cell.push(paragraph ?? "");
        else blocks.push({ kind: "paragraph", text: paragraph ?? "" });
        paragraph = null;
        break;
      case "w:tc":
        table?.[table.length - 1]?.push((cell ?? []).join("\n"));
        cell = null;
        break;
      case "w:tbl":
        if (table !== null) blocks.push({ kind: "table", rows: table });
        table = null;
        break;
    }
  });
  parser.write(strFromU8(part)).close();
  return blocks;
}

/** Each annex table as the Assessment says it must read: the header, then the group's units in rank order. */
export function expectedAnnexRows(a: Assessment, t: NoticeDocText["annexHeader"]): string[][][] {
  const { table, totals, scheme } = a;
  const d = scheme.decimals;
  const withBonus = a.bonus.some((b) => b !== 0);
  const shown = table.components.map((values) => decimalsShown(values, d));
  const bonusShown = decimalsShown(a.bonus, d);
  const header = [t.rank, t.name, ...scheme.components.map((c) => c.label), ...(withBonus ? [t.bonus] : []), t.total, t.tier];
  return checkedOrders(a).map((order, gi) => {
    const g = a.groups[gi];
    const rows = [header];
    order.forEach((i, k) => {
      const scores = table.components.map((values, c) => fixed(values[i] as number, shown[c] as number));
      const bonus = withBonus ? [fixed(a.bonus[i] as number, bonusShown)] : [];
      const tier = (g?.tiers[a.tierOf[i] as number]?.label ?? "").trim();
      rows.push([String(g?.ranks[k]), table.names[i] ?? "", ...scores, ...bonus, fixed(totals[i] as number, d), tier]);
    });
    return rows;
  });
}

const SECTION_KINDS = new Set(["section", "group", "tier", "change"] as const);

/**
 * Throws NoticeMismatch unless the packed notice holds section 二 as the Assessment says (the lists,
 * not the statistics: the annex gives every total), the 校验码 `digest` when given, and one annex
 * table per group equal cell for cell to expectedAnnexRows.
 */
export function checkNoticeDocument(a: Assessment, bytes: Uint8Array, t: NoticeDocText, digest: string | undefined): void {
  const blocks = documentBlocks(bytes);
  const paragraphs = blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
  const tables = blocks.flatMap((b) => (b.kind === "table" ? [b.rows] : []));
  const heading = REPORT_TEXT_ZH.notice.heading;
  const start = paragraphs.indexOf(heading);
  const section = start < 0 ? [] : paragraphs.slice(start);
  // Section 二 ends where the office's own sections begin.
  const end = section.findIndex((p, k) => k > 0 && t.ownSections.some((s) => s.heading === p));
  checkNoticeLines(a, end < 0 ? section : section.slice(0, end), CHECKED_IN.document, SECTION_KINDS);
  if (digest !== undefined) {
    const code = REPORT_TEXT_ZH.notice.digest(digest);
    if (!paragraphs.includes(code)) throw new NoticeMismatch(CHECKED_IN.document, paragraphs.length, code, "");
  }
  const expected = expectedAnnexRows(a, t.annexHeader);
  if (tables.length !== expected.length) throw new NoticeMismatch(CHECKED_IN.document, 0, `${expected.length}个附件表`, `${tables.length}个附件表`);
  expected.forEach((rows, k) => {
    const got = tables[k] ?? [];
    const where = `${CHECKED_IN.document}附件${k + 1}`;
    for (let r = 0; r < Math.max(rows.length, got.length); r++) {
      const want = (rows[r] ?? []).join(" | ");
      const have = (got[r] ?? []).join(" | ");
      if (want !== have) throw new NoticeMismatch(where, r + 1, want, have);
    }
  });
}
