// A relationships part (xl/_rels/workbook.xml.rels): ASSESS adds the relationships of the parts it adds
// and removes those of the parts it removes; every other relationship keeps its id and text.
import { applySplices, findElements, MalformedPart, qualified, xmlAttr, type Splice } from "./xml";

export interface NewRelationship {
  id: string;
  type: string;
  /** Relative to the source part's folder, as the other relationships write it. */
  target: string;
}

/** The ids already used in a relationships part. */
export function relationshipIds(xml: string): string[] {
  return findElements(xml, (local, parent) => parent === "Relationships" && local === "Relationship").map((s) => s.attributes.Id ?? "");
}

/** `count` fresh ids (rId<n>) that no relationship in `used` has. */
export function freshRelationshipIds(used: readonly string[], count: number): string[] {
  const taken = new Set(used);
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n++) if (!taken.has(`rId${n}`)) ids.push(`rId${n}`);
  return ids;
}

export function editRelationships(xml: string, change: { remove: readonly string[]; add: readonly NewRelationship[] }): string {
  const spans = findElements(xml, (local, parent) => parent === "" || (parent === "Relationships" && local === "Relationship"));
  const root = spans.find((s) => s.depth === 0);
  if (root === undefined || root.local !== "Relationships") throw new MalformedPart("not a relationships part");
  const removing = new Set(change.remove);
  const splices: Splice[] = spans.filter((s) => s.depth === 1 && removing.has(s.attributes.Id ?? "")).map((s) => ({ start: s.start, end: s.end, text: "" }));
  const added = change.add.map((r) => `<${qualified(root.prefix, "Relationship")} Id="${xmlAttr(r.id)}" Type="${xmlAttr(r.type)}" Target="${xmlAttr(r.target)}"/>`).join("");
  if (added !== "") {
    if (root.closeStart === root.end) splices.push({ start: root.start, end: root.end, text: `${xml.slice(root.start, root.end).replace(/\s*\/>$/, ">")}${added}</${root.qname}>` });
    else splices.push({ start: root.closeStart, end: root.closeStart, text: added });
  }
  return applySplices(xml, splices);
}
