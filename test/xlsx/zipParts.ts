// A workbook's parts as the tests compare them: every entry of the zip, inflated, by name.
import { unzipSync, zipSync, type Zippable } from "fflate";
import { readFileSync } from "fs";

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
