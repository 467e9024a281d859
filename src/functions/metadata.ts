// The second language of functions.json. custom-functions-metadata-plugin writes functions.json from
// the JSDoc of functions.ts (Chinese, the manifest's default locale); the build then checks that the
// JSDoc says exactly what src/core/messages/functions.ts says, and writes the English file from the
// same messages, so both languages come from that one module. Pure: the webpack config calls it.
import { FUNCTION_TEXT } from "../core/messages/functions";
import type { FunctionId, FunctionText } from "../core/messages/functions";

/** The part of functions.json this step reads and rewrites; every other field passes through. */
export interface MetadataParameter {
  name: string;
  description?: string;
  [field: string]: unknown;
}
export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  [field: string]: unknown;
}
export interface FunctionsMetadata {
  functions: MetadataFunction[];
  [field: string]: unknown;
}

export type MetadataLang = "zh" | "en";

/** File name of each language's metadata; Chinese is the default the manifest points at. */
export const METADATA_FILE: Record<MetadataLang, string> = { zh: "functions.json", en: "functions.en-US.json" };

function textOf(id: string): FunctionText | undefined {
  return Object.prototype.hasOwnProperty.call(FUNCTION_TEXT, id) ? FUNCTION_TEXT[id as FunctionId] : undefined;
}

/**
 * Where the generated metadata and the messages module disagree: a function or parameter missing on
 * either side, or a description that differs from the messages' text in `lang`. Empty when in step.
 */
export function metadataDrift(metadata: FunctionsMetadata, lang: MetadataLang = "zh"): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const fn of metadata.functions) {
    seen.add(fn.id);
    const text = textOf(fn.id);
    if (!text) {
      out.push(`${fn.id}: no entry in FUNCTION_TEXT`);
      continue;
    }
    if (fn.description !== text.description[lang]) {
      out.push(`${fn.id}: description is ${JSON.stringify(fn.description)}, messages say ${JSON.stringify(text.description[lang])}`);
    }
    const params = new Set(fn.parameters.map((p) => p.name));
    for (const p of fn.parameters) {
      const want = text.parameters[p.name]?.[lang];
      if (want === undefined) out.push(`${fn.id}(${p.name}): no entry in FUNCTION_TEXT`);
      else if (p.description !== want) out.push(`${fn.id}(${p.name}): description is ${JSON.stringify(p.description)}, messages say ${JSON.stringify(want)}`);
    }
    for (const name of Object.keys(text.parameters)) if (!params.has(name)) out.push(`${fn.id}(${name}): in FUNCTION_TEXT but not in the function`);
  }
  for (const id of Object.keys(FUNCTION_TEXT)) if (!seen.has(id)) out.push(`${id}: in FUNCTION_TEXT but not generated`);
  return out;
}

/**
 * ASSESS's choice for data types in `any` parameters, written into both metadata files rather than left
 * to the generator's default. Allowed: a Stocks or Geography cell then reaches a function as its entity,
 * with the text Excel shows, and the function answers #VALUE! naming that text ("Microsoft Corporation"
 * is not a number). A formatted number arrives with its number. See args.ts `cellValue`.
 */
export const DATA_TYPES_IN_ANY = true;

export function withDataTypeChoice(metadata: FunctionsMetadata): FunctionsMetadata {
  return { ...metadata, allowCustomDataForDataTypeAny: DATA_TYPES_IN_ANY };
}

/** A copy of `metadata` whose descriptions are in `lang`; ids, names, types and options unchanged. */
export function localiseMetadata(metadata: FunctionsMetadata, lang: MetadataLang): FunctionsMetadata {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const text = textOf(fn.id);
      if (!text) throw new Error(`localiseMetadata: no text for ${fn.id}`);
      return {
        ...fn,
        description: text.description[lang],
        parameters: fn.parameters.map((p) => {
          const t = text.parameters[p.name];
          if (!t) throw new Error(`localiseMetadata: no text for ${fn.id}(${p.name})`);
          return { ...p, description: t[lang] };
        }),
      };
    }),
  };
}
