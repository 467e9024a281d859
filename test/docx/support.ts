// Reading a .docx back for the tests: its parts unzipped, its paragraphs and table rows as text.
import { spawnSync } from "child_process";
import { strFromU8, unzipSync } from "fflate";
import { itWith } from "../support/tools";

export type Parts = Record<string, string>;

/** Every XML part of the package, by path. */
export function docxParts(bytes: Uint8Array): Parts {
  const files = unzipSync(bytes);
  const out: Parts = {};
  for (const [name, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data);
  return out;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of one paragraph's (or cell's) XML: its w:t runs joined, tabs as \t. */
export function textOf(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) out += m[1] === undefined ? "\t" : unescape(m[1]);
  return out;
}

/** The body's paragraphs outside tables, in order: style id and text. */
export function bodyParagraphs(documentXml: string): { style: string; text: string; xml: string }[] {
  const body = documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  return [...body.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? "",
    text: textOf(m[0]),
    xml: m[0],
  }));
}

/** Each table: its rows, each row's cells as text, and the row's own XML. */
export function tables(documentXml: string): { rows: string[][]; rowXml: string[] }[] {
  return [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => {
    const rowXml = [...t[0].matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map((r) => r[0]);
    return { rowXml, rows: rowXml.map((r) => [...r.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0]))) };
  });
}

/** The attributes of the first element `name` in `xml` (after `from`, when given). */
export function attrs(xml: string, name: string, from = 0): Record<string, string> {
  const at = xml.indexOf(`<${name}`, from);
  if (at < 0) throw new Error(`no <${name}>`);
  const tag = xml.slice(at, xml.indexOf(">", at));
  return Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1] as string, m[2] as string]));
}

/** The XML of the style with this id in styles.xml. */
export function styleXml(stylesXml: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(stylesXml);
  if (m === null) throw new Error(`no style ${id}`);
  return m[0];
}

// ─── LibreOffice and poppler, for the printed checks ───

export const SOFFICE = "/usr/bin/soffice";
/** Runs the test where LibreOffice and poppler are installed, and always on CI (where it then fails without them). */
export const itWithOffice = itWith("soffice", "pdftotext");

export function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: "utf8", timeout: 150_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  return r.stdout;
}
