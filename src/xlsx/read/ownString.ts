// Text kept from a streamed part, copied out of the chunk it was parsed from.

/**
 * saxes hands over text as slices of the decoded chunk, and V8 keeps a slice of 13 or more characters
 * as a pointer into its parent: one kept cell text would keep its whole chunk alive, and a sheet of
 * inline strings would keep all of its XML. Concatenating and slicing makes V8 flatten the text into a
 * string of its own (measured: a sheet of 200,000 inline strings, 43 MB of XML, kept 119 MB of heap; copied, 58 MB).
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
