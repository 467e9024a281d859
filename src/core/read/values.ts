// The one place ASSESS understands values the way offices type them: numbers stored as text,
// full-width digits (８８．５), surrounding spaces (also the ideographic U+3000 and NBSP), a trailing 分.
// The reader, the custom functions and the scheme all compare names through textKey, so a unit typed
// "清丰县" in one sheet and "清丰县 " in another is the same unit everywhere.
import type { CellValue } from "../types";

export type ParsedNumber = { kind: "number"; value: number; normalised: boolean } | { kind: "blank" } | { kind: "text"; text: string };

const BLANK: ParsedNumber = { kind: "blank" };

// Strict decimal: optional sign, digits, optional fraction. No exponent ("1e2"), no hex ("0x10"), no
// thousands separators ("1,000") — Number() would accept the first two and silently misread a score.
const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

// Excel keeps 15 significant digits: a number typed in a cell with a longer whole part is stored
// rounded (12345678901234567890 becomes 12345678901234500000) and shown as 1.23457E+19. So a string
// whose whole part has more than 15 significant digits was never a number anyone typed: it is an ID,
// an account or a phone list pasted as text. Read as a number it would be reported "outside 0–100"
// with a value the user never typed; as text it is reported as what it is, not a score.
const MAX_WHOLE_DIGITS = 15;

function tooManyDigits(decimal: string): boolean {
  const whole = decimal.replace(/^[+-]/, "").split(".")[0] as string;
  return whole.replace(/^0+/, "").length > MAX_WHOLE_DIGITS;
}

/** Reads a score cell: a number, a blank, or text that is not a number (缺考, 免考, TRUE). */
export function parseScore(v: CellValue): ParsedNumber {
  if (typeof v === "number") {
    return Number.isFinite(v) ? { kind: "number", value: v, normalised: false } : { kind: "text", text: String(v) };
  }
  if (v === null) return BLANK;
  if (typeof v === "boolean") return { kind: "text", text: v ? "TRUE" : "FALSE" };
  let s = v.normalize("NFKC").trim();
  if (s === "") return BLANK;
  if (s.endsWith("分")) s = s.slice(0, -1).trimEnd();
  // NFKC leaves U+2212 (the typographic minus some input methods produce) alone.
  if (s.charCodeAt(0) === 0x2212) s = "-" + s.slice(1);
  if (!DECIMAL.test(s) || tooManyDigits(s)) return { kind: "text", text: v.trim() };
  const value = Number(s);
  return { kind: "number", value: value === 0 ? 0 : value, normalised: true };
}

// Characters whose NFKC form is themselves and which are not whitespace: printable ASCII and the CJK
// unified ideographs (with extension A). A name made only of these needs no normalisation, which keeps
// a million-unit read from paying for a million normalize() calls.
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) continue;
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c >= 0x3400 && c <= 0x4dbf) continue;
    return false;
  }
  return true;
}

// Zero-width characters come in with text pasted from web pages and chat messages; \s does not match
// them, and a name that carries one looks the same as one that does not.
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/g;

/**
 * The comparison key of a unit name, group label or header: NFKC (full-width → half-width), with every
 * whitespace and zero-width character removed, so "清丰县", "清丰县　" and "清 丰 县" compare equal.
 * Display keeps the typed text.
 */
export function textKey(s: string): string {
  if (isPlain(s)) return s;
  return s.normalize("NFKC").replace(INVISIBLE, "");
}
