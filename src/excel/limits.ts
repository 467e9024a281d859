// Excel on the web refuses requests and responses over 5 MB; ASSESS keeps every request under 4 MB
// so that the estimate below may be off by a fifth and still be accepted.
export const MAX_REQUEST_BYTES = 4_194_304;
/** What the packer aims at: the limit less room for the envelope Office.js adds around the actions. */
export const REQUEST_BUDGET = MAX_REQUEST_BYTES - 65_536;
/** A set-property action with the path of its range and the instantiation of that path, as JSON. */
export const OP_OVERHEAD_BYTES = 400;
/** Reads are sized to stay well under the 5 MB response limit. */
export const READ_BUDGET_BYTES = 4_000_000;

/** UTF-8 length of a string: what a JSON request weighs on the wire. */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (c < 0x800) n += 1;
      else if (c >= 0xd800 && c <= 0xdbff) {
        n += 2;
        i++;
      } else n += 2;
    }
  }
  return n;
}

/** Excel's default font: 7 px per character plus 5 px padding; Office.js sets widths in points (¾ px). */
export const widthInPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
