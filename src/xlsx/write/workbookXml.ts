// xl/workbook.xml: ASSESS removes the <sheet> entries of its old sheets that it does not write again,
// adds entries for its new sheets after the user's, and keeps everything that counts sheets by
// position right: a defined name's localSheetId and the window's activeTab and firstSheet. Sheets it
// writes again keep their entry (the same sheetId and r:id), so references to them keep working.
import { STRICT, TRANSITIONAL } from "./dialect";
import { applySplices, findElements, MalformedPart, qualified, setAttribute, xmlAttr, xmlText, type ElementSpan, type Splice } from "./xml";

/** A defined name ASSESS keeps on one of its own sheets (a print title, say); it replaces one of the same name there. */
export interface OwnDefinedName {
  name: string;
  /** The sheet, by name, the name is local to. */
  sheet: string;
  formula: string;
}

export interface WorkbookEdit {
  /** r:ids of the sheets to remove. */
  remove: readonly string[];
  /** Sheets to add at the end, in order. */
  add: readonly { name: string; sheetId: number; rId: string }[];
  /** Sheets kept whose name changes (only its letter case can). */
  rename: readonly { rId: string; name: string }[];
  /** The sheet the workbook opens on, by its name after the edit; null leaves the choice as it was. */
  activate: string | null;
  definedNames: readonly OwnDefinedName[];
  /** For an r:id on a new sheet when the workbook declares no prefix for it (its dialect's). */
  relationshipsNamespace: string;
}

/** What workbook.xml lists: each sheet's name, sheetId and r:id, in tab order. */
export interface ListedSheet {
  name: string;
  sheetId: number;
  rId: string;
}

/** The prefix the document gives the relationships namespace, if it declares one on its root. */
function relationshipPrefix(root: ElementSpan): string | null {
  for (const [key, value] of Object.entries(root.attributes)) {
    if (key.startsWith("xmlns:") && (value === TRANSITIONAL.relationships || value === STRICT.relationships)) return key.slice("xmlns:".length);
  }
  return null;
}

function spansOf(xml: string): { root: ElementSpan; spans: ElementSpan[]; rIdAttr: string | null } {
  const spans = findElements(
    xml,
    (local, parent) =>
      parent === "" ||
      parent === "workbook" ||
      (parent === "sheets" && local === "sheet") ||
      (parent === "definedNames" && local === "definedName") ||
      (parent === "bookViews" && local === "workbookView"),
  );
  const root = spans.find((s) => s.depth === 0);
  if (root === undefined || root.local !== "workbook") throw new MalformedPart("no workbook element");
  const prefix = relationshipPrefix(root);
  return { root, spans, rIdAttr: prefix === null ? null : `${prefix}:id` };
}

export function listedSheets(xml: string): ListedSheet[] {
  const { spans, rIdAttr } = spansOf(xml);
  return spans
    .filter((s) => s.depth === 2 && s.parent === "sheets" && s.local === "sheet")
    .map((s) => ({ name: s.attributes.name ?? "", sheetId: Number(s.attributes.sheetId), rId: rIdAttr === null ? "" : (s.attributes[rIdAttr] ?? "") }));
}

export function editWorkbookXml(xml: string, edit: WorkbookEdit): string {
  const { spans, rIdAttr } = spansOf(xml);
  const child = (local: string): ElementSpan | undefined => spans.find((s) => s.depth === 1 && s.local === local);
  const sheetsList = child("sheets");
  if (sheetsList === undefined) throw new MalformedPart("no sheets element");
  const sheets = spans.filter((s) => s.depth === 2 && s.parent === "sheets" && s.local === "sheet");
  const rIdOf = (s: ElementSpan): string => (rIdAttr === null ? "" : (s.attributes[rIdAttr] ?? ""));
  const removing = new Set(edit.remove);
  const splices: Splice[] = [];

  // Old position → new position (null: removed). Added sheets come after every kept one.
  const newIndex: (number | null)[] = [];
  const finalNames: string[] = [];
  for (const s of sheets) {
    if (removing.has(rIdOf(s))) {
      newIndex.push(null);
      splices.push({ start: s.start, end: s.end, text: "" });
      continue;
    }
    newIndex.push(finalNames.length);
    const renamed = edit.rename.find((r) => r.rId === rIdOf(s));
    finalNames.push(renamed?.name ?? s.attributes.name ?? "");
    if (renamed !== undefined && renamed.name !== s.attributes.name) {
      splices.push({ start: s.start, end: s.openEnd, text: setAttribute(xml.slice(s.start, s.openEnd), "name", renamed.name) });
    }
  }
  const kept = finalNames.length;
  /** Where an old position lands: a removed sheet's place passes to the next kept sheet (or the last). */
  const shifted = (old: number): number => {
    for (let k = Math.max(0, old); k < newIndex.length; k++) {
      const n = newIndex[k];
      if (n !== null && n !== undefined) return n;
    }
    return Math.max(0, kept - 1);
  };

  const sheetTag = qualified(sheetsList.prefix, "sheet");
  const rAttr = rIdAttr ?? `xmlns:r="${edit.relationshipsNamespace}" r:id`;
  const added = edit.add.map((a) => `<${sheetTag} name="${xmlAttr(a.name)}" sheetId="${a.sheetId}" ${rAttr}="${xmlAttr(a.rId)}"/>`).join("");
  for (const a of edit.add) finalNames.push(a.name);
  if (added !== "") splices.push({ start: sheetsList.closeStart, end: sheetsList.closeStart, text: added });

  editDefinedNames(xml, spans, sheetsList, newIndex, finalNames, edit.definedNames, splices);
  editViews(xml, spans, sheetsList, shifted, finalNames, edit.activate, splices);
  return applySplices(xml, splices);
}

function editDefinedNames(
  xml: string,
  spans: ElementSpan[],
  sheetsList: ElementSpan,
  newIndex: (number | null)[],
  finalNames: string[],
  own: readonly OwnDefinedName[],
  splices: Splice[],
): void {
  const list = spans.find((s) => s.depth === 1 && s.local === "definedNames");
  const names = spans.filter((s) => s.depth === 2 && s.parent === "definedNames" && s.local === "definedName");
  const ownAt = own.map((o) => ({ ...o, index: finalNames.indexOf(o.sheet) }));
  let left = names.length;
  for (const n of names) {
    const localSheetId = n.attributes.localSheetId;
    if (localSheetId === undefined) continue;
    const moved = newIndex[Number(localSheetId)];
    const replaced = moved != null && ownAt.some((o) => o.index === moved && o.name.toLowerCase() === (n.attributes.name ?? "").toLowerCase());
    if (moved === null || moved === undefined || replaced) {
      // A name local to a removed sheet goes with it; one ASSESS defines again on its own sheet is replaced.
      splices.push({ start: n.start, end: n.end, text: "" });
      left -= 1;
    } else if (moved !== Number(localSheetId)) {
      splices.push({ start: n.start, end: n.openEnd, text: setAttribute(xml.slice(n.start, n.openEnd), "localSheetId", String(moved)) });
    }
  }
  const prefix = list?.prefix ?? sheetsList.prefix;
  const added = ownAt
    .filter((o) => o.index >= 0)
    .map((o) => `<${qualified(prefix, "definedName")} name="${xmlAttr(o.name)}" localSheetId="${o.index}">${xmlText(o.formula)}</${qualified(prefix, "definedName")}>`)
    .join("");
  if (list === undefined) {
    if (added === "") return;
    // definedNames follows sheets, functionGroups and externalReferences.
    const after = spans.filter((s) => s.depth === 1 && ["sheets", "functionGroups", "externalReferences"].includes(s.local)).pop() ?? sheetsList;
    splices.push({ start: after.end, end: after.end, text: `<${qualified(prefix, "definedNames")}>${added}</${qualified(prefix, "definedNames")}>` });
    return;
  }
  if (left === 0 && added === "") splices.push({ start: list.start, end: list.end, text: "" });
  else if (added !== "") splices.push({ start: list.closeStart, end: list.closeStart, text: added });
}

function editViews(
  xml: string,
  spans: ElementSpan[],
  sheetsList: ElementSpan,
  shifted: (old: number) => number,
  finalNames: string[],
  activate: string | null,
  splices: Splice[],
): void {
  const active = activate === null ? -1 : finalNames.indexOf(activate);
  if (activate !== null && active < 0) throw new Error(`editWorkbookXml: the plan activates "${activate}", which the workbook will not hold`);
  const views = spans.filter((s) => s.depth === 2 && s.parent === "bookViews" && s.local === "workbookView");
  if (views.length === 0) {
    if (active <= 0) return;
    const p = sheetsList.prefix;
    splices.push({
      start: sheetsList.start,
      end: sheetsList.start,
      text: `<${qualified(p, "bookViews")}><${qualified(p, "workbookView")} activeTab="${active}"/></${qualified(p, "bookViews")}>`,
    });
    return;
  }
  for (const view of views) {
    const startTag = xml.slice(view.start, view.openEnd);
    let tag = startTag;
    const oldActive = Number(view.attributes.activeTab ?? "0");
    const newActive = active >= 0 ? active : shifted(oldActive);
    tag = newActive === 0 && view.attributes.activeTab === undefined ? tag : setAttribute(tag, "activeTab", String(newActive));
    if (view.attributes.firstSheet !== undefined) {
      const first = Math.min(shifted(Number(view.attributes.firstSheet)), newActive);
      if (first !== Number(view.attributes.firstSheet)) tag = setAttribute(tag, "firstSheet", String(first));
    }
    if (tag !== startTag) splices.push({ start: view.start, end: view.openEnd, text: tag });
  }
}
