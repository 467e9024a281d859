// A workbook's parts as the tests compare them: every entry of the zip, inflated, by name.
import { unzipSync, zipSync, type Zippable } from "fflate";
import { readFileSync } from "fs";
import { openPackage, type Package } from "../../src/xlsx/package";

export type Parts = Map<string, Uint8Array>;

export function partsOf(bytes: Uint8Array): Parts {
  return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/")));
}

export const readParts = (file: string): Parts => partsOf(readFileSync(file));

export const text = (parts: Parts, name: string): string => {
  const bytes = parts.get(name);
  if (bytes === undefined) throw new Error(`no part ${name}; parts: ${[...parts.keys()].join(", ")}`);
  return new TextDecoder().decode(bytes);
};

export const same = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean => a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));

export function zipParts(parts: Parts): Uint8Array {
  const files: Zippable = {};
  for (const [name, bytes] of parts) files[name] = bytes;
  return zipSync(files);
}

const listItems = (xml: string, list: string, item: string): string[] => {
  const body = new RegExp(`<${list}\\b[^>]*>(.*?)</${list}>`, "s").exec(xml)?.[1] ?? "";
  return body.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>.*?</${item}>)`, "gs")) ?? [];
};

/** styles.xml's lists whose entries cells and styles refer to by index, with their items' tag. */
const STYLE_LISTS = [
  ["numFmts", "numFmt"],
  ["fonts", "font"],
  ["fills", "fill"],
  ["borders", "border"],
  ["cellStyleXfs", "xf"],
  ["cellXfs", "xf"],
  ["cellStyles", "cellStyle"],
  ["dxfs", "dxf"],
] as const;

/**
 * Where `after` (a copy's styles part) no longer has an entry of `before` (the input's) at its index,
 * or null when every number format, font, fill, border, cell style and cell format of the user's is
 * still there, unchanged, at the same index, and nothing else differs but what ASSESS appended at the
 * lists' ends (or a list it added) and the lists' counts.
 */
export function stylesNotKept(before: string, after: string): string | null {
  let rest = after;
  for (const [list, item] of STYLE_LISTS) {
    const old = listItems(before, list, item);
    const now = listItems(after, list, item);
    for (let i = 0; i < old.length; i++) {
      if (now[i] !== old[i]) return `${list}[${i}]: ${old[i] ?? ""} became ${now[i] ?? "(nothing)"}`;
    }
    const whole = new RegExp(`<${list}\\b[^>]*>.*?</${list}>`, "s").exec(after)?.[0];
    const hadList = new RegExp(`<${list}\\b`).test(before);
    if (!hadList && whole !== undefined) rest = rest.replace(whole, "");
    else if (now.length > old.length) rest = rest.replace(now.slice(old.length).join(""), "");
  }
  const uncounted = (xml: string): string => xml.replace(/(<(?:numFmts|fonts|fills|borders|cellStyleXfs|cellXfs|cellStyles|dxfs)\b[^>]*?) count="\d+"/g, "$1");
  return uncounted(rest) === uncounted(before) ? null : "styles.xml differs outside the lists' ends";
}

const openedPackage = (bytes: Uint8Array): Package => {
  const opened = openPackage(bytes);
  if (!opened.ok) throw new Error(`not a workbook: ${opened.failure.kind}`);
  return opened.pkg;
};

const inflated = (pkg: Package, name: string): Uint8Array | undefined => {
  const part = pkg.bytes(name);
  return part.ok ? part.value : undefined;
};

/**
 * The parts of `input` that come out of `output` with the same content but not as they were stored
 * (re-deflated, or stamped with another time): a copied part must be the input's bytes exactly.
 */
export function partsNotStoredAsInput(input: Uint8Array, output: Uint8Array): string[] {
  const before = openedPackage(input);
  const after = openedPackage(output);
  return before.names.filter((name) => {
    const was = before.stored(name);
    const now = after.stored(name);
    if (was === undefined || now === undefined || !same(inflated(before, name), inflated(after, name))) return false;
    const kept = now.entry.method === was.entry.method && now.entry.crc32 === was.entry.crc32 && now.entry.dosTime === was.entry.dosTime && same(now.data, was.data);
    return !kept;
  });
}

/** The parts ASSESS edits in a user's workbook: the lists of sheets and parts, and styles (appended to). */
export const LISTING_PARTS: readonly string[] = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "docProps/app.xml", "xl/styles.xml"];

/**
 * The user's parts (all of `input` but LISTING_PARTS and `except`) that `output` does not hold as they
 * were: a user's sheet may lose its tabSelected flag (the copy opens on ASSESS's results) and nothing
 * else; every other part is byte for byte the same.
 */
export function userPartsChanged(input: Parts, output: Parts, except: readonly string[] = []): string[] {
  return [...input.keys()].filter((name) => {
    if (LISTING_PARTS.includes(name) || except.includes(name) || same(input.get(name), output.get(name))) return false;
    if (!/^xl\/(?:worksheets|chartsheets)\/[^/]+\.xml$/.test(name) || !output.has(name)) return true;
    return text(output, name) !== text(input, name).replace(/ tabSelected="(?:true|1)"/, "");
  });
}
