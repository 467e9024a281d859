// An .xlsx/.xlsm package opened from its bytes: its parts listed, read whole or streamed in bounded
// chunks, and its workbook's sheets. Bytes in, no fs, no DOM: the command line and the web page share it.
//
//   const opened = openPackage(bytes);
//   if (!opened.ok) → opened.failure.kind says what the file is instead ("encrypted", "ods", …)
//   const { pkg } = opened;
//   pkg.names                         every part name, in the zip's order
//   pkg.workbook.sheets               [{ name, sheetId, relId, path, kind, state }] in tab order
//   pkg.text("xl/workbook.xml")       { ok: true, value: "<?xml …" } | { ok: false, failure }
//   pkg.bytes(name)                   the same as bytes
//   pkg.stream(name, (chunk) => …)    inflated chunks of at most a few MB; returns a failure or null
//   pkg.stored(name)                  the entry's compressed bytes and CRC, to copy a part unchanged
//
// A user's broken file is a returned failure, never a throw; the only throws are programming mistakes.
import { Inflate } from "fflate";
import { crc32, dataOffset, readZipIndex, type ZipEntry } from "./zip";
import { looksLikeZip, sniffForeign, type ForeignKind } from "./sniff";
import { officeDocumentPart, parseRelationships, parseWorkbook, relsPathOf, type WorkbookInfo } from "./workbookParts";

export type { ZipEntry } from "./zip";
export type { Relationship, SheetInfo, SheetKind, SheetState, WorkbookInfo } from "./workbookParts";
export { relsPathOf, resolveTarget, parseRelationships } from "./workbookParts";

/**
 * What the input is, when it cannot be read as a workbook:
 * - empty: no bytes at all; text: a CSV or other text renamed .xlsx; notZip: other binary data;
 * - xls: an old Excel 97–2003 workbook; encrypted: a password-protected workbook (or a zip whose
 *   entries are encrypted); ods: an OpenDocument spreadsheet; xlsb: an Excel binary workbook;
 * - notWorkbook: a zip without a workbook part (a .docx, a plain zip);
 * - corrupt: a truncated or damaged zip, or a part that does not inflate or is not well-formed XML;
 * - tooLarge: a part whose inflated size is past what ASSESS will hold (a zip bomb, or a sheet far
 *   larger than a score table).
 */
export type PackageFailureKind = ForeignKind | "ods" | "xlsb" | "notWorkbook" | "corrupt" | "tooLarge";

export interface PackageFailure {
  kind: PackageFailureKind;
  /** The part that failed, when one part did. */
  part?: string;
}

export type PartResult<T> = { ok: true; value: T } | { ok: false; failure: PackageFailure };

/** What stream() hands its reader each time; returning false stops the stream early (not a failure). */
export type ChunkSink = (chunk: Uint8Array) => boolean | void;

/**
 * Input files larger than this are not read into memory at all (the command line and the offline page
 * refuse them by their size). No score workbook comes near it; the parts inside are limited again when
 * they inflate (src/xlsx/read).
 */
export const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

/**
 * A part held whole (workbook, styles, relationships, a writer's edit of [Content_Types].xml) stays
 * under this: V8's longest string is about 512 M UTF-16 units, and no such part of a real workbook
 * comes near 256 MB. Sheets and shared strings are streamed instead.
 */
export const MAX_WHOLE_PART_BYTES = 256 * 1024 * 1024;

/**
 * A streamed part inflates to at most this. The sheet reader's own limit is on values (see
 * ./read/budget); five million values take some 250 MB of sheet XML, so a part past a gigabyte is a
 * zip bomb or far past that limit, and merely inflating it would take tens of seconds.
 */
export const MAX_STREAMED_PART_BYTES = 1024 * 1024 * 1024;

/**
 * Compressed bytes pushed to the inflater at a time. Deflate expands at most ~1032:1, so one slice
 * yields at most ~33 MB even from a zip bomb; ordinary sheet XML gives a few hundred KB.
 */
const SLICE_BYTES = 32 * 1024;

const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
const DEFAULT_WORKBOOK = "xl/workbook.xml";

export interface Package {
  /** Every entry's name in the zip's order (folders excluded). */
  readonly names: readonly string[];
  /** The workbook part, its relationships and its sheets. */
  readonly workbook: WorkbookInfo;
  /** The central directory's entry for a part (names compare case-insensitively, as OPC says), or undefined. */
  entry(name: string): ZipEntry | undefined;
  has(name: string): boolean;
  /** A part's inflated bytes, whole (at most MAX_WHOLE_PART_BYTES). */
  bytes(name: string): PartResult<Uint8Array>;
  /** A part's text (UTF-8), whole (at most MAX_WHOLE_PART_BYTES). */
  text(name: string): PartResult<string>;
  /**
   * A part's inflated bytes in successive chunks, never held whole; the checksum and the declared size
   * are checked as it goes (inflating past the declared size stops at once). Returns null when the part
   * was read to its end or the sink stopped it, else the failure. `limit` defaults to MAX_STREAMED_PART_BYTES.
   */
  stream(name: string, sink: ChunkSink, limit?: number): PackageFailure | null;
  /**
   * A part as stored in the zip (compressed with `entry.method`), to copy it into another zip byte
   * for byte with its CRC and sizes; undefined when there is no such part.
   */
  stored(name: string): { entry: ZipEntry; data: Uint8Array } | undefined;
}

export type OpenedPackage = { ok: true; pkg: Package } | { ok: false; failure: PackageFailure };

const failed = (kind: PackageFailureKind, part?: string): { ok: false; failure: PackageFailure } => ({
  ok: false,
  failure: part === undefined ? { kind } : { kind, part },
});

class ZipPackage implements Package {
  readonly names: readonly string[];
  workbook: WorkbookInfo = { path: DEFAULT_WORKBOOK, relsPath: relsPathOf(DEFAULT_WORKBOOK), relationships: [], sheets: [], date1904: false };
  private readonly exact = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, ZipEntry>();

  constructor(
    private readonly zip: Uint8Array,
    entries: ZipEntry[],
  ) {
    const files = entries.filter((e) => !e.name.endsWith("/"));
    this.names = files.map((e) => e.name);
    // A name listed twice (a damaged or doctored zip) means its first entry, under either lookup.
    for (const e of files) {
      if (!this.exact.has(e.name)) this.exact.set(e.name, e);
      const key = e.name.toLowerCase();
      if (!this.folded.has(key)) this.folded.set(key, e);
    }
  }

  entry(name: string): ZipEntry | undefined {
    const key = name.startsWith("/") ? name.slice(1) : name;
    return this.exact.get(key) ?? this.folded.get(key.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  stored(name: string): { entry: ZipEntry; data: Uint8Array } | undefined {
    const entry = this.entry(name);
    if (entry === undefined) return undefined;
    const start = dataOffset(this.zip, entry);
    return start < 0 ? undefined : { entry, data: this.zip.subarray(start, start + entry.compressedSize) };
  }

  stream(name: string, sink: ChunkSink, limit = MAX_STREAMED_PART_BYTES): PackageFailure | null {
    const entry = this.entry(name);
    if (entry === undefined) return { kind: "corrupt", part: name };
    if (entry.size > limit) return { kind: "tooLarge", part: entry.name };
    const start = dataOffset(this.zip, entry);
    if (start < 0 || (entry.method !== 0 && entry.method !== 8)) return { kind: "corrupt", part: entry.name };
    const data = this.zip.subarray(start, start + entry.compressedSize);

    let produced = 0;
    let crc = 0;
    let stopped = false;
    let overflow = false;
    // A throw from the sink is the caller's own (a programming mistake): kept apart from fflate's.
    let sinkThrew: { error: unknown } | null = null;
    const take = (chunk: Uint8Array): void => {
      if (stopped || overflow || chunk.length === 0) return;
      produced += chunk.length;
      // The declared size is what the budget was checked against: inflating past it is a lie (or a bomb).
      if (produced > entry.size) {
        overflow = true;
        return;
      }
      crc = crc32(chunk, crc);
      try {
        if (sink(chunk) === false) stopped = true;
      } catch (error) {
        sinkThrew = { error };
        stopped = true;
      }
    };

    try {
      if (entry.method === 0) {
        for (let o = 0; o < data.length && !stopped && !overflow; o += SLICE_BYTES) take(data.subarray(o, o + SLICE_BYTES));
      } else {
        const inflater = new Inflate((chunk) => take(chunk));
        for (let o = 0; !stopped && !overflow; o += SLICE_BYTES) {
          const last = o + SLICE_BYTES >= data.length;
          inflater.push(data.subarray(o, o + SLICE_BYTES), last);
          if (last) break;
        }
      }
    } catch {
      // fflate throws on invalid deflate data and on data that ends too early (a truncated entry).
      return { kind: "corrupt", part: entry.name };
    }
    if (sinkThrew !== null) throw (sinkThrew as { error: unknown }).error;
    if (stopped) return null;
    if (overflow || produced !== entry.size || crc !== entry.crc32) return { kind: "corrupt", part: entry.name };
    return null;
  }

  bytes(name: string): PartResult<Uint8Array> {
    const entry = this.entry(name);
    if (entry === undefined) return failed("corrupt", name);
    if (entry.size > MAX_WHOLE_PART_BYTES) return failed("tooLarge", entry.name);
    const out = new Uint8Array(entry.size);
    let at = 0;
    const failure = this.stream(name, (chunk) => {
      out.set(chunk, at);
      at += chunk.length;
    });
    return failure === null ? { ok: true, value: out } : { ok: false, failure };
  }

  text(name: string): PartResult<string> {
    const read = this.bytes(name);
    return read.ok ? { ok: true, value: new TextDecoder("utf-8").decode(read.value) } : read;
  }
}

/** An OpenDocument package names its type in its first entry, `mimetype`, stored uncompressed. */
function isOds(pkg: ZipPackage): boolean {
  if (!pkg.has("mimetype")) return false;
  const mimetype = pkg.text("mimetype");
  return mimetype.ok && mimetype.value.trim() === ODS_MIMETYPE;
}

/**
 * Opens workbook bytes: the zip's directory, then the workbook part named by _rels/.rels (or
 * xl/workbook.xml when a writer left that out) and its sheets. Only small parts are inflated here.
 */
export function openPackage(bytes: Uint8Array): OpenedPackage {
  if (!looksLikeZip(bytes)) return failed(sniffForeign(bytes));
  const index = readZipIndex(bytes);
  if (!index.ok) return failed(index.reason);
  const pkg = new ZipPackage(bytes, index.entries);
  if (isOds(pkg)) return failed("ods");

  let workbookPath = DEFAULT_WORKBOOK;
  if (pkg.has("_rels/.rels")) {
    const rootRels = pkg.text("_rels/.rels");
    if (!rootRels.ok) return rootRels;
    const rels = parseRelationships(rootRels.value, "");
    if (rels === null) return failed("corrupt", "_rels/.rels");
    workbookPath = officeDocumentPart(rels) ?? DEFAULT_WORKBOOK;
  }
  const found = pkg.entry(workbookPath);
  if (found === undefined) return failed(pkg.has("xl/workbook.bin") || workbookPath.endsWith(".bin") ? "xlsb" : "notWorkbook");
  workbookPath = found.name;

  const relsPath = relsPathOf(workbookPath);
  let relationships: ReturnType<typeof parseRelationships> = [];
  if (pkg.has(relsPath)) {
    const relsText = pkg.text(relsPath);
    if (!relsText.ok) return relsText;
    relationships = parseRelationships(relsText.value, workbookPath);
    if (relationships === null) return failed("corrupt", relsPath);
  }
  const workbookText = pkg.text(workbookPath);
  if (!workbookText.ok) return workbookText;
  const workbook = parseWorkbook(workbookText.value, workbookPath, relationships);
  if (workbook === null) return failed("corrupt", workbookPath);
  pkg.workbook = workbook;
  return { ok: true, pkg };
}
