// The text of a downloaded .docx as Word shows it, for the browser tests of the pane and the page.
import { strFromU8, unzipSync } from "fflate";

/** The runs of word/document.xml, paragraph by paragraph. */
export function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n");
}
