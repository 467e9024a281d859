// File names of a run: the ranked copy is named after the input, and keeps its kind. Shared by the
// command line (paths on disk) and the offline page (download names).

/** Suffix of the ranked copy's name: `考核.xlsx` → `考核.assess.xlsx`, `考核.xlsm` → `考核.assess.xlsm`. */
export const OUTPUT_SUFFIX = ".assess";

const WORKBOOK_NAME = /\.xls[xm]$/i;

/** The kind of workbook a file name says: ".xlsx", ".xlsm" (with macros), or null. */
export function workbookKind(file: string): ".xlsx" | ".xlsm" | null {
  const m = /\.(xls[xm])$/i.exec(file);
  return m === null ? null : m[1]?.toLowerCase() === "xlsm" ? ".xlsm" : ".xlsx";
}

/** The ranked copy's file name for an input's file name (no folder): `考核.xlsx` → `考核.assess.xlsx`. */
export function rankedCopyName(name: string): string {
  return `${name.replace(WORKBOOK_NAME, "")}${OUTPUT_SUFFIX}${workbookKind(name) ?? ".xlsx"}`;
}

/** The media type a browser saves the ranked copy with: a macro workbook keeps its own. */
export function workbookMime(name: string): string {
  return workbookKind(name) === ".xlsm" ? "application/vnd.ms-excel.sheet.macroEnabled.12" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/** Characters Windows refuses in a file name, and their full-width forms, which read the same to a person. */
const UNSAFE = /[/\\:*?"<>|]/g;
const FULL_WIDTH: Record<string, string> = { "/": "／", "\\": "＼", ":": "：", "*": "＊", "?": "？", '"': "＂", "<": "＜", ">": "＞", "|": "｜" };
// Control characters (a line break pasted into a name cell) have no place in a file name.
const withoutControls = (s: string): string => Array.from(s, (ch) => ((ch.codePointAt(0) ?? 0) < 0x20 || ch === "\u007f" ? "" : ch)).join("");
/** Names Windows keeps for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
/**
 * Bytes a file name may take: Linux counts 255 bytes of UTF-8, Windows 255 UTF-16 units; a Chinese
 * character is 3 bytes, so 200 of them must be cut. Kept under 255 for a copy's `（2）`.
 */
const MAX_NAME_BYTES = 240;

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

/**
 * A file name for `stem` + `extension` that Windows, macOS and Linux all accept: the characters
 * Windows refuses turned into their full-width forms, control characters dropped, no trailing dot or
 * space, no device name, and at most 240 bytes of UTF-8 (cut at a whole character).
 */
export function safeFileName(stem: string, extension: string): string {
  let s = withoutControls(stem)
    .replace(UNSAFE, (c) => FULL_WIDTH[c] ?? "_")
    .trim();
  if (s === "") s = "_";
  if (RESERVED.test(s)) s = `_${s}`;
  const room = MAX_NAME_BYTES - utf8Length(extension);
  if (utf8Length(s) > room) {
    let cut = "";
    for (const ch of s) {
      if (utf8Length(cut + ch) > room) break;
      cut += ch;
    }
    s = cut;
  }
  s = s.replace(/[. ]+$/, "");
  return `${s === "" ? "_" : s}${extension}`;
}

/** A download named after a title (the notice's, the letters'): `fallback` where the title is blank. */
export function titledFileName(title: string, extension: string, fallback: string): string {
  const stem = withoutControls(title).trim();
  return safeFileName(stem === "" ? fallback : stem, extension);
}

/**
 * The feedback letters' file names, `<rank>-<unit>.docx`, each safe (safeFileName) and unique even
 * where two cut names, or names that differ only in case, would meet: the later gets `（2）`.
 */
export function letterFileNames(letters: readonly { rank: number; name: string }[]): string[] {
  const taken = new Set<string>();
  return letters.map(({ rank, name }) => {
    const stem = `${rank > 0 ? rank : "-"}-${name}`;
    let file = safeFileName(stem, ".docx");
    for (let k = 2; taken.has(file.toLowerCase()); k++) file = safeFileName(stem, `（${k}）.docx`);
    taken.add(file.toLowerCase());
    return file;
  });
}
