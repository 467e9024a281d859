// What a file is when it is not an .xlsx package, told from its first bytes, so the user hears "this
// is an .xls" or "this is password-protected" rather than a zip library's complaint.

/** Kinds of input that are recognisably not a workbook package. */
export type ForeignKind = "empty" | "text" | "xls" | "encrypted" | "notZip";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(b: Uint8Array, magic: number[]): boolean {
  return magic.every((m, i) => b[i] === m);
}

/** True when the bytes start like a zip (a local header, or the end record of an empty zip). */
export function looksLikeZip(b: Uint8Array): boolean {
  return startsWith(b, ZIP_MAGIC);
}

/** `text` as UTF-16LE bytes: how a compound file's directory stores its stream names. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first as number); i >= 0 && i + needle.length <= haystack.length; i = haystack.indexOf(first as number, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");
const ENCRYPTION_INFO = utf16le("EncryptionInfo");

/**
 * A file that does not start like a zip. Both an old .xls and a password-protected .xlsx are OLE
 * compound files; Excel stores an encrypted workbook as the streams `EncryptionInfo` and
 * `EncryptedPackage` (MS-OFFCRYPTO 2.3.4), whose names sit in the compound file's directory as
 * UTF-16LE. Finding both names tells the two apart without a compound-file parser.
 */
export function sniffForeign(b: Uint8Array): ForeignKind {
  if (b.length === 0) return "empty";
  if (startsWith(b, OLE_MAGIC)) return contains(b, ENCRYPTION_INFO) && contains(b, ENCRYPTED_PACKAGE) ? "encrypted" : "xls";
  return looksLikeText(b) ? "text" : "notZip";
}

/**
 * Text (a CSV, a tab-separated export, an HTML page saved as .xls by a web system): no NUL byte and
 * almost no control characters in the first 4 KB. Encoding is not checked, since Chinese CSV files are
 * often GB18030 rather than UTF-8; UTF-16 text is recognised by its byte-order mark.
 */
function looksLikeText(b: Uint8Array): boolean {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  const head = b.subarray(0, 4096);
  let control = 0;
  for (const c of head) {
    if (c === 0) return false;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1a) control++;
  }
  return control <= head.length / 100;
}
