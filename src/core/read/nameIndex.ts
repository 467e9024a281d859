// The duplicate-unit check for up to millions of names. A JavaScript Map of a million distinct
// strings costs several times a sort of a million numbers; an open-addressing table of 32-bit hashes
// in typed arrays costs a fraction of it, and compares strings only when two hashes meet.

function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

export class NameIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly keys: string[];
  private count = 0;
  private readonly ids: Int32Array;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.hashes = new Int32Array(Math.max(capacity, 1));
    this.ids = new Int32Array(Math.max(capacity, 1));
    // Sized once: growing a million-entry array copies it and gives the collector work on every step.
    this.keys = new Array<string>(Math.max(capacity, 1));
  }

  /** The id added under `key`, or -1. */
  find(key: string): number {
    const h = hashOf(key);
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const e = this.slots[s] as number;
      if (e === 0) return -1;
      const entry = e - 1;
      if (this.hashes[entry] === h && this.keys[entry] === key) return this.ids[entry] as number;
    }
  }

  /** The id first added under `key`; or, when there is none, adds `id` under it and returns -1. */
  firstOrAdd(key: string, id: number): number {
    const h = hashOf(key);
    const slots = this.slots;
    let s = h & this.mask;
    for (;;) {
      const e = slots[s] as number;
      if (e === 0) break;
      const entry = e - 1;
      if (this.hashes[entry] === h && this.keys[entry] === key) return this.ids[entry] as number;
      s = (s + 1) & this.mask;
    }
    const entry = this.count;
    if (entry >= this.ids.length) throw new RangeError("NameIndex: more names than its capacity");
    this.count = entry + 1;
    this.keys[entry] = key;
    this.hashes[entry] = h;
    this.ids[entry] = id;
    slots[s] = entry + 1;
    return -1;
  }
}
