// Bytes + WorkbookPlan → bytes: the copy of the user's workbook with ASSESS's sheets in it. ASSESS adds
// its own sheet parts and edits only the parts that list sheets ([Content_Types].xml, the workbook,
// its relationships, docProps/app.xml) by adding or removing its own entries, and appends the styles
// its cells need; every other part of the input is copied as stored, byte for byte. Bytes in, bytes
// out: no fs, no DOM, so the command line and the web page share it.
import { sheetChanges } from "../../core/plan";
import { sheetKey } from "../../core/report/names";
import type { SheetPlan, WorkbookPlan } from "../../core/types";
import { openPackage, relsPathOf, type Package, type PackageFailure, type SheetInfo } from "../package";
import { editAppXml } from "./appXml";
import { editContentTypes, STYLES_TYPE, WORKSHEET_TYPE } from "./contentTypes";
import { dialectOf } from "./dialect";
import { editRelationships, freshRelationshipIds, type NewRelationship } from "./rels";
import { writeSheetXml, type ColumnStyles } from "./sheetXml";
import { cellLooks, lookOf, styleSlots, type ValueType } from "./looks";
import { appendStyles, emptyStyles, lookKey } from "./styles";
import { clearTabSelected, sheetHead, unselectSheet } from "./tabSelected";
import { editWorkbookXml, type OwnDefinedName } from "./workbookXml";
import { MalformedPart } from "./xml";
import { ZipWriter } from "./zipOut";

export type WriteResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: PackageFailure };

const CONTENT_TYPES = "[Content_Types].xml";
const APP_XML = "docProps/app.xml";

/** One sheet ASSESS writes, and where. */
interface Placed {
  plan: SheetPlan;
  part: string;
}

export function writeXlsx(input: Uint8Array, plan: WorkbookPlan): WriteResult {
  const opened = openPackage(input);
  if (!opened.ok) return opened;
  return writePackage(opened.pkg, plan);
}

export function writePackage(pkg: Package, plan: WorkbookPlan): WriteResult {
  try {
    return assemble(pkg, plan);
  } catch (e) {
    if (e instanceof MalformedPart) return { ok: false, failure: { kind: "corrupt", part: e.part } };
    throw e;
  }
}

function assemble(pkg: Package, plan: WorkbookPlan): WriteResult {
  const wb = pkg.workbook;
  const changes = sheetChanges(plan);
  const byKey = new Map(wb.sheets.map((s) => [sheetKey(s.name), s] as const));
  const find = (name: string): SheetInfo => {
    const sheet = byKey.get(sheetKey(name));
    if (sheet === undefined) throw new Error(`writeXlsx: the plan names "${name}", which the workbook does not hold`);
    return sheet;
  };

  // Generated sheets written again keep their part, sheetId, r:id and place; one whose part cannot be
  // written over (not a worksheet, a missing relationship) is removed and added anew instead.
  const inPlace: { info: SheetInfo; plan: SheetPlan; part: string }[] = [];
  const removed: SheetInfo[] = changes.remove.map(find);
  const addPlans: SheetPlan[] = [];
  for (const u of changes.update) {
    const info = find(u.existing);
    if (info.kind === "worksheet" && info.path !== null) inPlace.push({ info, plan: u.sheet, part: info.path });
    else {
      removed.push(info);
      addPlans.push(u.sheet);
    }
  }
  const adds = [...addPlans, ...changes.add];
  // Kept in plan order: the plan's order is the order new sheets take among themselves.
  adds.sort((a, b) => plan.sheets.indexOf(a) - plan.sheets.indexOf(b));

  // Parts that go: a removed sheet with its relationships; and the relationships of a sheet written
  // again in place, whose new XML refers to none of them (a comment or drawing left pointing at a sheet
  // that no longer mentions it is what makes Excel offer to repair a file).
  const dropped = new Set<string>();
  for (const info of removed) {
    if (info.path === null) continue;
    dropped.add(info.path.toLowerCase());
    const rels = relsPathOf(info.path);
    if (pkg.has(rels)) dropped.add(rels.toLowerCase());
  }
  for (const sheet of inPlace) {
    const rels = relsPathOf(sheet.part);
    if (pkg.has(rels)) dropped.add(rels.toLowerCase());
  }

  // New parts: worksheets/sheet<n>.xml beside the workbook, n the first numbers no part uses.
  const folder = wb.path.slice(0, wb.path.lastIndexOf("/") + 1);
  const taken = new Set(pkg.names.map((n) => n.toLowerCase()));
  const freshPart = (stem: string, ext: string): string => {
    for (let n = 1; ; n++) {
      const part = `${folder}${stem}${n}${ext}`;
      if (!taken.has(part.toLowerCase())) {
        taken.add(part.toLowerCase());
        return part;
      }
    }
  };
  const added: Placed[] = adds.map((p) => ({ plan: p, part: freshPart("worksheets/sheet", ".xml") }));
  const relIds = freshRelationshipIds(
    wb.relationships.map((r) => r.id),
    added.length + 1,
  );
  let nextSheetId = Math.max(0, ...wb.sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0))) + 1;
  const newSheets = added.map((a, k) => ({ ...a, rId: relIds[k] as string, sheetId: nextSheetId++ }));

  // Styles: appended to the workbook's styles part, or a styles part of ASSESS's own when there is none.
  const stylesRel = wb.relationships.find((r) => r.type.endsWith("/styles") && r.part !== null && pkg.has(r.part));
  const workbookText = pkg.text(wb.path);
  if (!workbookText.ok) return workbookText;
  const dialect = dialectOf(workbookText.value);
  let stylesText = emptyStyles(dialect);
  let stylesPart: string;
  const newRels: NewRelationship[] = newSheets.map((s) => ({ id: s.rId, type: dialect.worksheetRel, target: s.part.slice(folder.length) }));
  const newTypes = newSheets.map((s) => ({ part: s.part, contentType: WORKSHEET_TYPE }));
  if (stylesRel?.part != null) {
    stylesPart = pkg.entry(stylesRel.part)?.name ?? stylesRel.part;
    const read = pkg.text(stylesPart);
    if (!read.ok) return read;
    stylesText = read.value;
  } else {
    stylesPart = taken.has(`${folder}styles.xml`.toLowerCase()) ? freshPart("styles", ".xml") : `${folder}styles.xml`;
    newRels.push({ id: relIds[added.length] as string, type: dialect.stylesRel, target: stylesPart.slice(folder.length) });
    newTypes.push({ part: stylesPart, contentType: STYLES_TYPE });
  }
  const written: SheetPlan[] = [...inPlace.map((s) => s.plan), ...newSheets.map((s) => s.plan)];
  const styles = MalformedPart.naming(stylesPart, () => appendStyles(stylesText, cellLooks(written)));
  const slotStyles = (sheet: SheetPlan): ColumnStyles[][] =>
    styleSlots(sheet).map((style) =>
      sheet.columns.map((col) => {
        const at = (type: ValueType, bold: boolean): number => styles.indexes.get(lookKey(lookOf(style, col, type, bold))) ?? 0;
        return { number: [at("number", false), at("number", true)], text: [at("text", false), at("text", true)], other: [at("other", false), at("other", true)] };
      }),
    );

  // The listing parts.
  const editedText = new Map<string, string>();
  const edit = (part: string, change: (xml: string) => string): PackageFailure | null => {
    const read = pkg.text(part);
    if (!read.ok) return read.failure;
    const name = pkg.entry(part)?.name ?? part;
    const after = MalformedPart.naming(name, () => change(read.value));
    if (after !== read.value) editedText.set(name.toLowerCase(), after);
    return null;
  };
  const renamed = inPlace.filter((s) => s.info.name !== s.plan.name).map((s) => ({ rId: s.info.relId, name: s.plan.name }));
  // The rows each of ASSESS's sheets repeats at the top of every printed page.
  const ownNames: OwnDefinedName[] = written.flatMap((sheet) => {
    const rows = sheet.look?.page.titleRows;
    return rows == null ? [] : [{ name: "_xlnm.Print_Titles", sheet: sheet.name, formula: `${quotedSheetName(sheet.name)}!$${rows.first + 1}:$${rows.last + 1}` }];
  });
  const failures = [
    edit(CONTENT_TYPES, (xml) => editContentTypes(xml, { remove: [...dropped], add: newTypes })),
    edit(wb.path, (xml) =>
      editWorkbookXml(xml, { remove: removed.map((s) => s.relId), add: newSheets.map((s) => ({ name: s.plan.name, sheetId: s.sheetId, rId: s.rId })), rename: renamed, activate: plan.activate, definedNames: ownNames, relationshipsNamespace: dialect.relationships }),
    ),
    pkg.has(wb.relsPath) ? edit(wb.relsPath, (xml) => editRelationships(xml, { remove: removed.map((s) => s.relId), add: newRels })) : null,
    pkg.has(APP_XML)
      ? edit(APP_XML, (xml) =>
          editAppXml(xml, { sheetNames: wb.sheets.map((s) => s.name), remove: removed.map((s) => s.name), add: newSheets.map((s) => s.plan.name) }),
        )
      : null,
  ];
  const failure = failures.find((f) => f !== null);
  if (failure != null) return { ok: false, failure };
  // Parts the input lacks: a styles part, the workbook's relationships (only a hand-made zip omits them).
  const createdText = new Map<string, string>();
  if (!pkg.has(wb.relsPath) && newRels.length > 0) {
    createdText.set(wb.relsPath, editRelationships('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>', { remove: [], add: newRels }));
  }
  if (!pkg.has(stylesPart)) createdText.set(stylesPart, styles.xml);
  else if (styles.xml !== stylesText) editedText.set(stylesPart.toLowerCase(), styles.xml);

  // Opening on the activated sheet: the user's selected tab loses its flag.
  const unselected = new Map<string, Uint8Array>();
  const activeKey = plan.activate === null ? null : sheetKey(plan.activate);
  if (activeKey !== null) {
    const writtenParts = new Set(inPlace.map((s) => s.part.toLowerCase()));
    for (const sheet of wb.sheets) {
      // Chart sheets have views too: a selected chart tab must lose its flag as well.
      if (sheet.path === null || dropped.has(sheet.path.toLowerCase()) || writtenParts.has(sheet.path.toLowerCase())) continue;
      const head = sheetHead(pkg, sheet.path);
      if (head === null || clearTabSelected(head) === null) continue;
      const whole = pkg.bytes(sheet.path);
      if (!whole.ok) return whole;
      const edited = unselectSheet(whole.value);
      if (edited !== null) unselected.set(sheet.path.toLowerCase(), edited);
    }
  }

  const zip = new ZipWriter();
  const inPlaceByPart = new Map(inPlace.map((s) => [s.part.toLowerCase(), s.plan] as const));
  const writeSheet = (name: string, sheet: SheetPlan): void => {
    const look = { slots: slotStyles(sheet), bordered: styleSlots(sheet).map((s) => s?.border === true), tabSelected: activeKey !== null && sheetKey(sheet.name) === activeKey, dialect };
    zip.text(name, (emit) => writeSheetXml(sheet, look, emit));
  };
  for (const name of pkg.names) {
    const key = name.toLowerCase();
    if (dropped.has(key)) continue;
    const sheet = inPlaceByPart.get(key);
    const text = editedText.get(key);
    const bytes = unselected.get(key);
    if (sheet !== undefined) writeSheet(name, sheet);
    else if (text !== undefined) zip.text(name, (emit) => emit(text));
    else if (bytes !== undefined) zip.bytes(name, bytes);
    else {
      const stored = pkg.stored(name);
      if (stored === undefined) return { ok: false, failure: { kind: "corrupt", part: name } };
      zip.copy(name, stored.entry, stored.data);
    }
  }
  for (const [name, text] of createdText) zip.text(name, (emit) => emit(text));
  for (const s of newSheets) writeSheet(s.part, s.plan);
  return { ok: true, bytes: zip.finish() };
}

/** A sheet's name as a formula spells it: in apostrophes, an apostrophe in it doubled. */
const quotedSheetName = (name: string): string => `'${name.replace(/'/g, "''")}'`;
