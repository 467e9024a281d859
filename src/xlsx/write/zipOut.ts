// The output zip, assembled entry by entry with fflate: the user's parts copied as they are stored
// (never inflated, never re-deflated: the same compressed bytes, CRC and sizes), ASSESS's parts deflated
// from text handed over in chunks.
import { Zip, ZipDeflate, type ZipInputFile } from "fflate";
import { stampDosTimes, type ZipEntry } from "../zip";

/**
 * Deflate level of the parts ASSESS writes: the fastest. Sheet XML is so repetitive that level 1 still
 * shrinks it eightfold; measured on the 53 MB of sheet XML of a 100,000-unit ranking, level 1 took
 * ~0.7 s for 6.6 MB and the default level 6 ~1.4 s for 5.6 MB. The command line's goal is to open and
 * save a workbook at LibreOffice's speed (bench/cli.ts), and the copy is rewritten on every run anyway.
 */
export const DEFLATE_LEVEL = 1;

const encoder = new TextEncoder();

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;
  private readonly zip: Zip;
  /** The input's last-modified time of each part copied from it; ASSESS's own parts get DOS_EPOCH. */
  private readonly copiedTimes = new Map<string, number>();

  constructor() {
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      this.chunks.push(chunk);
      this.size += chunk.length;
    });
  }

  /** A part copied exactly as the input zip stores it. */
  copy(name: string, entry: ZipEntry, data: Uint8Array): void {
    const file: ZipInputFile = { filename: name, size: entry.size, crc: entry.crc32, compression: entry.method };
    this.copiedTimes.set(name, entry.dosTime);
    this.zip.add(file);
    // fflate's handler is typed for ArrayBuffer-backed arrays; it only reads the bytes.
    (file.ondata as NonNullable<ZipInputFile["ondata"]>)(null, data as Uint8Array<ArrayBuffer>, true);
  }

  /** A part written from its bytes. */
  bytes(name: string, data: Uint8Array): void {
    const file = new ZipDeflate(name, { level: DEFLATE_LEVEL });
    this.zip.add(file);
    file.push(data, true);
  }

  /** A part written from text given piece by piece: `write` hands `emit` its chunks in order. */
  text(name: string, write: (emit: (chunk: string) => void) => void): void {
    const file = new ZipDeflate(name, { level: DEFLATE_LEVEL });
    this.zip.add(file);
    write((chunk) => {
      if (chunk !== "") file.push(encoder.encode(chunk), false);
    });
    file.push(new Uint8Array(0), true);
  }

  /** The whole zip. */
  finish(): Uint8Array {
    this.zip.end();
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    // fflate stamps each entry with the clock's time; a copied part keeps the time the input gave it, so
    // its stored bytes are the input's, and two runs over the same input give the same bytes.
    stampDosTimes(out, this.copiedTimes);
    return out;
  }
}
