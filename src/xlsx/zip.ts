// The zip's index: where each entry's stored bytes are and what the central directory declares about
// them. fflate inflates, but gives no access to one entry without inflating it whole (unzipSync
// allocates each chosen entry at its declared size) and its streaming Unzip finds entries by scanning
// for local-header signatures, which misreads entries written with data descriptors. The central
// directory is the zip's own table of contents (APPNOTE 4.3.12–4.3.16): a few fixed-layout records,
// read here so that a part can be inflated in slices and copied byte for byte without re-deflating.

/** One entry of the central directory, as declared there. */
export interface ZipEntry {
  /** Part name as stored, e.g. "xl/worksheets/sheet1.xml" (no leading slash). */
  name: string;
  /** 0: stored, 8: deflated (the only two methods an OOXML package may use). */
  method: number;
  /** General purpose flags; bit 0 set means the entry is encrypted. */
  flags: number;
  /** CRC-32 of the uncompressed bytes. */
  crc32: number;
  /** Bytes stored in the zip (compressed). */
  compressedSize: number;
  /** Declared size once inflated. Declared only: the package checks it while inflating. */
  size: number;
  /** Offset of the entry's local header. */
  localHeaderOffset: number;
  /** Offset of the entry's record in the central directory. */
  centralOffset: number;
  /** Last-modified time as MS-DOS stores it: time in the low 16 bits, date in the high 16 (APPNOTE 4.4.6). */
  dosTime: number;
}

export type ZipIndex = { ok: true; entries: ZipEntry[] } | { ok: false; reason: "corrupt" | "encrypted" };

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16)) + (b[o + 3] ?? 0) * 0x1000000;
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 0x100000000;

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/** The end-of-central-directory record: the last 22 bytes, or further back when the zip has a comment. */
function findEndRecord(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  for (let o = b.length - 22; o >= lowest; o--) if (u32(b, o) === EOCD) return o;
  return -1;
}

/** Reads the central directory of `b`. A missing or inconsistent directory (a truncated file) is "corrupt". */
export function readZipIndex(b: Uint8Array): ZipIndex {
  const corrupt: ZipIndex = { ok: false, reason: "corrupt" };
  const end = findEndRecord(b);
  if (end < 0) return corrupt;
  let count = u16(b, end + 10);
  let dirSize = u32(b, end + 12);
  let dirOffset = u32(b, end + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(b, locator) !== EOCD64_LOCATOR) return corrupt;
    const record = u64(b, locator + 8);
    if (record + 56 > b.length || u32(b, record) !== EOCD64) return corrupt;
    count = u64(b, record + 32);
    dirSize = u64(b, record + 40);
    dirOffset = u64(b, record + 48);
  }
  if (dirOffset + dirSize > b.length) return corrupt;

  const entries: ZipEntry[] = [];
  let o = dirOffset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > b.length || u32(b, o) !== CENTRAL) return corrupt;
    const flags = u16(b, o + 8);
    const nameLength = u16(b, o + 28);
    const extraLength = u16(b, o + 30);
    const commentLength = u16(b, o + 32);
    const nameBytes = b.subarray(o + 46, o + 46 + nameLength);
    let compressedSize = u32(b, o + 20);
    let size = u32(b, o + 24);
    let localHeaderOffset = u32(b, o + 42);
    // ZIP64 extra field: the 8-byte values, in this order, of those fields the record set to 0xffffffff.
    for (let x = o + 46 + nameLength; x + 4 <= o + 46 + nameLength + extraLength;) {
      const id = u16(b, x);
      const length = u16(b, x + 2);
      if (id === ZIP64_EXTRA) {
        let f = x + 4;
        if (size === 0xffffffff) {
          size = u64(b, f);
          f += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(b, f);
          f += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(b, f);
      }
      x += 4 + length;
    }
    entries.push({
      name: (flags & 0x800 ? utf8 : latin1).decode(nameBytes),
      method: u16(b, o + 10),
      flags,
      crc32: u32(b, o + 16),
      compressedSize,
      size,
      localHeaderOffset,
      centralOffset: o,
      dosTime: u32(b, o + 12),
    });
    o += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.some((e) => e.flags & 1)) return { ok: false, reason: "encrypted" };
  return { ok: true, entries };
}

/** Where an entry's stored bytes start, from its local header; -1 when the header is not where the directory says. */
export function dataOffset(b: Uint8Array, e: ZipEntry): number {
  const o = e.localHeaderOffset;
  if (o + 30 > b.length || u32(b, o) !== LOCAL) return -1;
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  return start + e.compressedSize <= b.length ? start : -1;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/**
 * CRC-32 (the zip's checksum), continued over successive chunks: start from 0, pass the previous
 * result back in. fflate computes it only inside its own Zip writer and does not export it.
 */
export function crc32(chunk: Uint8Array, previous = 0): number {
  let c = ~previous;
  for (let i = 0; i < chunk.length; i++) c = (CRC_TABLE[(c ^ (chunk[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

/** 1980-01-01 00:00, the earliest time a zip can hold: the time of every part ASSESS writes itself. */
export const DOS_EPOCH = (((1 << 5) | 1) << 16) >>> 0;

const put32 = (b: Uint8Array, o: number, v: number): void => {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
  b[o + 2] = (v >>> 16) & 0xff;
  b[o + 3] = (v >>> 24) & 0xff;
};

/**
 * Sets every entry's last-modified time in `zip` (a zip just written) to `times.get(name)`, or
 * DOS_EPOCH, in both its local header and its central record. The same input and rules must give the
 * same bytes wherever ASSESS runs (the command line, the page), so no entry may carry the clock's time.
 */
export function stampDosTimes(zip: Uint8Array, times: ReadonlyMap<string, number>): void {
  const index = readZipIndex(zip);
  if (!index.ok) throw new Error("stampDosTimes: the zip just written has no readable central directory");
  for (const e of index.entries) {
    const time = times.get(e.name) ?? DOS_EPOCH;
    put32(zip, e.centralOffset + 12, time);
    put32(zip, e.localHeaderOffset + 10, time);
  }
}
