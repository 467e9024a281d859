// [Content_Types].xml: ASSESS adds an Override for each part it adds and drops the Override of each part
// it removes; every other entry stays as written.
import { applySplices, findElements, MalformedPart, qualified, xmlAttr, type Splice } from "./xml";

export const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** A part name as [Content_Types].xml writes it: from the package root, case-insensitive. */
const partKey = (part: string): string => `/${part.replace(/^\//, "")}`.toLowerCase();

export function editContentTypes(xml: string, change: { remove: readonly string[]; add: readonly { part: string; contentType: string }[] }): string {
  const spans = findElements(xml, (local, parent) => parent === "" || (parent === "Types" && local === "Override"));
  const root = spans.find((s) => s.depth === 0);
  if (root === undefined || root.local !== "Types") throw new MalformedPart("not a content types part");
  const removing = new Set(change.remove.map(partKey));
  const splices: Splice[] = spans.filter((s) => s.depth === 1 && removing.has(partKey(s.attributes.PartName ?? ""))).map((s) => ({ start: s.start, end: s.end, text: "" }));
  const added = change.add.map((a) => `<${qualified(root.prefix, "Override")} PartName="${xmlAttr(`/${a.part}`)}" ContentType="${xmlAttr(a.contentType)}"/>`).join("");
  if (added !== "") splices.push({ start: root.closeStart, end: root.closeStart, text: added });
  return applySplices(xml, splices);
}
