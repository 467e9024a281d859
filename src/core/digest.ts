// 校验码: a short digest of what a ranking was made from, the score cells as read (every unit's name,
// group, component scores, sub-items, raters' scores, bonus items and veto) and the rules. It is
// written on the notice and on 考核设置; a later reading that gives another digest means the results
// on the sheets are not those of the scores now in the workbook. A user's own sheet that holds no
// scores changes nothing here, nor does the order of the rows or of the keys in the rules.
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";
import type { UnitParts } from "./letters/details";
import { textKey } from "./read/values";
import type { Scheme, ScoreTable } from "./types";

/** Hex digits of the SHA-256 shown: 48 bits, enough that a changed score never gives the same code by chance. */
export const DIGEST_LENGTH = 12;

/** JSON with keys sorted and undefined left out: the same rules give the same text however they were built. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
}

/** A number as the reader took it, at 9 decimals (the precision every score is taken at). */
const figure = (v: number): string => (Number.isNaN(v) ? "" : String(Math.round(v * 1e9)));

/** Units hashed per chunk of text: a million units are a few hundred updates, not a million. */
const CHUNK = 4096;

export function scoreDigest(table: ScoreTable, parts: UnitParts, scheme: Scheme): string {
  const hash = sha256.create();
  const encoder = new TextEncoder();
  hash.update(encoder.encode(canonical(scheme)));
  const columns = parts.columns.filter((p) => p.values.some((v) => !Number.isNaN(v)));
  hash.update(encoder.encode(canonical(columns.map((p) => [p.kind, p.component, p.label]))));
  // In the order of the names, so that sorting the score sheet's rows changes nothing.
  const keys = table.names.map((n) => textKey(n));
  const order = Array.from({ length: table.count }, (_, i) => i).sort((a, b) => {
    const x = keys[a] as string;
    const y = keys[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  let text = "";
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    text += `\n${keys[i] ?? ""}\t${textKey(table.groups[table.groupOf[i] as number] ?? "")}`;
    for (const c of table.components) text += `\t${figure(c[i] as number)}`;
    text += `\t${figure(table.additions[i] as number)}\t${figure(table.deductions[i] as number)}\t${table.veto[i] ?? ""}`;
    for (const p of columns) text += `\t${figure(p.values[i] as number)}${p.reasons?.[i] ?? ""}`;
    if (k % CHUNK === CHUNK - 1) {
      hash.update(encoder.encode(text));
      text = "";
    }
  }
  hash.update(encoder.encode(text));
  return bytesToHex(hash.digest()).slice(0, DIGEST_LENGTH);
}
