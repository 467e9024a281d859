// Bytes + WorkbookPlan → bytes: the copy of the user's workbook with ASSESS's sheets in it. ASSESS adds
// its own sheet parts and edits only the parts that list sheets ([Content_Types].xml, the workbook,
// its relationships, docProps/app.xml) by adding or removing its own entries, and appends the styles
// its cells need; every other part of the input is copied as stored, byte for byte. Bytes in, bytes
// out: no fs, no DOM, so the command line and the web page share it.
import { sheetChanges } from "../../core/plan";
import { quotedSheetName } from "../../core/read/address";
import { sheetKey } from "../../core/report/names";
import type { SheetPlan, WorkbookPlan } from "../../core/types";
import { openPackage, relsPathOf, type Package, type PackageFailure, type SheetInfo } from "../package";
import { editAppXml } from "./appXml";
import { CHART_TYPE, DRAWING_TYPE, editContentTypes, STYLES_TYPE, WORKSHEET_TYPE } from "./contentTypes";
import { dialectOf } from "./dialect";
import { chartXml, drawingXml } from "./chartXml";
import { editRelationships, freshRelationshipIds, type NewRelationship } from "./rels";
import { partsThatGo } from "./owned";
import { writeSheetXml, type ColumnStyles } from "./sheetXml";
import { cellLooks, lookOf, styleSlots, type ValueType } from "./looks";
import { appendStyles, emptyStyles, lookKey } from "./styles";
import { printOnA4 } from "./pageSetup";
import { clearTabSelected, sheetHead, unselectSheet } from "./tabSelected";
import { editWorkbookXml, type OwnDefinedName } from "./workbookXml";
import { MalformedPart } from "./xml";
import { ZipWriter } from "./zipOut";

/** What became of a sheet the plan asked to print on A4 (WorkbookPlan.printA4). */
export interface PageSetupOutcome {
  sheet: string;
  /** The sheet's part, which was changed when `set`. */
  part: string;
  /** True when it was given A4 portrait, one page wide; false when it kept the page setup it had. */
  set: boolean;
}

export type WriteResult = { ok: true; bytes: Uint8Array; pageSetup: PageSetupOutcome[] } | { ok: false; failure: PackageFailure };

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

/** A relationships part of ASSESS's own holding `relationships`. */
function relationshipsPart(relationships: readonly NewRelationship[]): string {
  const empty = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  return editRelationships(empty, { remove: [], add: relationships });
}

/** The target of a relationship from part `from` to part `to`, relative as Excel writes it ("../drawings/drawing1.xml"). */
function relativeTarget(from: string, to: string): string {
  const base = from.split("/").slice(0, -1);
  const path = to.split("/");
  let common = 0;
  while (common < base.length && common < path.length - 1 && base[common] === path[common]) common++;
  return [...base.slice(common).map(() => ".."), ...path.slice(common)].join("/");
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

  // Parts that go: a removed sheet with its relationships; the relationships of a sheet written again
  // in place, whose new XML refers to none of them (a comment or drawing left pointing at a sheet
  // that no longer mentions it is what makes Excel offer to repair a file); and the parts only those
  // relationships reached (ASSESS's chart of the last run, with its drawing).
  const dropped = partsThatGo(
    pkg,
    removed.flatMap((info) => (info.path === null ? [] : [info.path])),
    inPlace.map((s) => s.part),
  );

  // New parts: worksheets/sheet<n>.xml beside the workbook, n the first numbers no part uses. A
  // drawing or chart may take the name of one that goes, so ranking again writes the same parts.
  const folder = wb.path.slice(0, wb.path.lastIndexOf("/") + 1);
  const taken = new Set(pkg.names.map((n) => n.toLowerCase()));
  const freed = new Set(dropped);
  const freshPart = (stem: string, ext: string, reuse = false): string => {
    for (let n = 1; ; n++) {
      const part = `${folder}${stem}${n}${ext}`;
      const key = part.toLowerCase();
      if (!taken.has(key) || (reuse && freed.has(key))) {
        taken.add(key);
        freed.delete(key);
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

  // Charts: for each sheet that has any, the sheet's relationships (its drawing), the drawing with
  // its relationships (its charts), and the charts, written whole.
  const ownParts = new Map<string, { name: string; text: string }>();
  const own = (name: string, text: string): void => void ownParts.set(name.toLowerCase(), { name, text });
  const drawingIds = new Map<SheetPlan, string>();
  for (const { plan: sheet, part } of [...inPlace, ...newSheets]) {
    const charts = sheet.charts ?? [];
    if (charts.length === 0) continue;
    const drawing = freshPart("drawings/drawing", ".xml", true);
    const chartParts = charts.map(() => freshPart("charts/chart", ".xml", true));
    const chartIds = freshRelationshipIds([], charts.length);
    const [drawingId] = freshRelationshipIds([], 1) as [string];
    own(relsPathOf(part), relationshipsPart([{ id: drawingId, type: dialect.drawingRel, target: relativeTarget(part, drawing) }]));
    own(drawing, drawingXml(charts, chartIds, dialect));
    own(relsPathOf(drawing), relationshipsPart(chartParts.map((c, k) => ({ id: chartIds[k] as string, type: dialect.chartRel, target: relativeTarget(drawing, c) }))));
    charts.forEach((chart, k) => own(chartParts[k] as string, chartXml(sheet, chart, dialect)));
    newTypes.push({ part: drawing, contentType: DRAWING_TYPE }, ...chartParts.map((c) => ({ part: c, contentType: CHART_TYPE })));
    drawingIds.set(sheet, drawingId);
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
      editWorkbookXml(xml, {
        remove: removed.map((s) => s.relId),
        add: newSheets.map((s) => ({ name: s.plan.name, sheetId: s.sheetId, rId: s.rId })),
        rename: renamed,
        activate: plan.activate,
        definedNames: ownNames,
        relationshipsNamespace: dialect.relationships,
      }),
    ),
    pkg.has(wb.relsPath) ? edit(wb.relsPath, (xml) => editRelationships(xml, { remove: removed.map((s) => s.relId), add: newRels })) : null,
    pkg.has(APP_XML)
      ? edit(APP_XML, (xml) => editAppXml(xml, { sheetNames: wb.sheets.map((s) => s.name), remove: removed.map((s) => s.name), add: newSheets.map((s) => s.plan.name) }))
      : null,
  ];
  const failure = failures.find((f) => f !== null);
  if (failure != null) return { ok: false, failure };
  // Parts the input lacks: a styles part, the workbook's relationships (only a hand-made zip omits them).
  const createdText = new Map<string, string>();
  if (!pkg.has(wb.relsPath) && newRels.length > 0) {
    createdText.set(wb.relsPath, relationshipsPart(newRels));
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

  // A4 for the user's score sheets that have no page setup, when asked (--print-a4): on top of the
  // tabSelected edit above, if any.
  const pageSetup: PageSetupOutcome[] = [];
  for (const name of plan.printA4 ?? []) {
    const sheet = wb.sheets.find((s) => s.path !== null && sheetKey(s.name) === sheetKey(name));
    if (sheet === undefined || sheet.path === null) continue;
    const key = sheet.path.toLowerCase();
    let bytes = unselected.get(key);
    if (bytes === undefined) {
      const whole = pkg.bytes(sheet.path);
      if (!whole.ok) return whole;
      bytes = whole.value;
    }
    const edit = MalformedPart.naming(sheet.path, () => printOnA4(bytes));
    if (edit.kind === "set") unselected.set(key, edit.bytes);
    pageSetup.push({ sheet: sheet.name, part: sheet.path, set: edit.kind === "set" });
  }

  const zip = new ZipWriter();
  const inPlaceByPart = new Map(inPlace.map((s) => [s.part.toLowerCase(), s.plan] as const));
  const writeSheet = (name: string, sheet: SheetPlan): void => {
    const look = {
      slots: slotStyles(sheet),
      bordered: styleSlots(sheet).map((s) => s?.border === true),
      tabSelected: activeKey !== null && sheetKey(sheet.name) === activeKey,
      dialect,
      drawing: drawingIds.get(sheet) ?? null,
    };
    zip.text(name, (emit) => writeSheetXml(sheet, look, emit));
  };
  for (const name of pkg.names) {
    const key = name.toLowerCase();
    if (dropped.has(key)) {
      // A part of ASSESS's written again under the name it had keeps its place in the zip.
      const again = ownParts.get(key);
      if (again !== undefined) {
        zip.text(again.name, (emit) => emit(again.text));
        ownParts.delete(key);
      }
      continue;
    }
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
  for (const { name, text } of ownParts.values()) zip.text(name, (emit) => emit(text));
  return { ok: true, bytes: zip.finish(), pageSetup };
}
