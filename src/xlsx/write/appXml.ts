// docProps/app.xml: Excel lists the sheet names there (TitlesOfParts) under a heading with their count
// (HeadingPairs: "工作表"/"Worksheets", n). ASSESS removes the titles of the sheets it removes, adds
// those of the sheets it adds at the end of that heading, and corrects the counts. Other headings
// (named ranges, charts) and every other property stay as written. A file without these lists
// (LibreOffice writes none) is left alone.
import { applySplices, findElements, qualified, setAttribute, xmlDecode, xmlText, type ElementSpan, type Splice } from "./xml";

export function editAppXml(xml: string, change: { sheetNames: readonly string[]; remove: readonly string[]; add: readonly string[] }): string {
  const spans = findElements(xml, (local, parent) => ["HeadingPairs", "TitlesOfParts", "vector", "variant"].includes(parent) || local === "HeadingPairs" || local === "TitlesOfParts");
  const headingVector = spans.find((s) => s.local === "vector" && s.parent === "HeadingPairs");
  const titlesVector = spans.find((s) => s.local === "vector" && s.parent === "TitlesOfParts");
  if (headingVector === undefined || titlesVector === undefined) return xml;
  const inside =
    (outer: ElementSpan) =>
    (s: ElementSpan): boolean =>
      s.start >= outer.openEnd && s.end <= outer.closeStart;
  const content = (s: ElementSpan): string => xmlDecode(xml.slice(s.openEnd, s.closeStart));

  const variants = spans.filter((s) => s.local === "variant" && s.depth === headingVector.depth + 1 && inside(headingVector)(s));
  const titles = spans.filter((s) => s.depth === titlesVector.depth + 1 && inside(titlesVector)(s));
  const pairs: { count: ElementSpan; from: number; to: number }[] = [];
  let at = 0;
  for (let k = 0; k + 1 < variants.length; k += 2) {
    const count = spans.find((s) => s.depth === headingVector.depth + 2 && inside(variants[k + 1] as ElementSpan)(s));
    if (count === undefined) return xml;
    const n = Number(content(count));
    if (!Number.isInteger(n) || n < 0) return xml;
    pairs.push({ count, from: at, to: at + n });
    at += n;
  }
  if (at !== titles.length) return xml;

  // The heading of the worksheets is the one whose titles are the workbook's sheet names; its label
  // is in the language of the program that saved the file, so it is found by its titles.
  const names = new Set(change.sheetNames);
  let best: (typeof pairs)[number] | undefined;
  let bestHits = 0;
  for (const pair of pairs) {
    const hits = titles.slice(pair.from, pair.to).filter((t) => names.has(content(t))).length;
    if (hits > bestHits) {
      best = pair;
      bestHits = hits;
    }
  }
  if (best === undefined) return xml;

  const splices: Splice[] = [];
  const removing = [...change.remove];
  let removed = 0;
  for (const t of titles.slice(best.from, best.to)) {
    const k = removing.indexOf(content(t));
    if (k < 0) continue;
    removing.splice(k, 1);
    splices.push({ start: t.start, end: t.end, text: "" });
    removed += 1;
  }
  const sample = titles[best.from] ?? titles[0];
  const tag = sample?.qname ?? qualified(titlesVector.prefix, "lpstr");
  const added = change.add.map((name) => `<${tag}>${xmlText(name)}</${tag}>`).join("");
  if (added !== "") {
    const next = titles[best.to];
    const point = next === undefined ? titlesVector.closeStart : next.start;
    splices.push({ start: point, end: point, text: added });
  }
  const delta = change.add.length - removed;
  if (delta === 0 && added === "" && removed === 0) return xml;
  splices.push({ start: best.count.openEnd, end: best.count.closeStart, text: String(best.to - best.from + delta) });
  splices.push({ start: titlesVector.start, end: titlesVector.openEnd, text: setAttribute(xml.slice(titlesVector.start, titlesVector.openEnd), "size", String(titles.length + delta)) });
  return applySplices(xml, splices);
}
