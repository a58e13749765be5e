/**
 * Cache of word types keyed by a text range, without slicing the text: the key is a hash of the range's char
 * codes, confirmed with `text.startsWith(word, start)` (native, no allocation). A cleared-when-full open
 * addressing table; a long-lived worker keeps at most MAX_WORDS types.
 */
import type { CachedWord } from './model';

const MAX_WORDS = 131_072;
const SLOTS = MAX_WORDS * 2;

export class WordCache {
  private hashes = new Uint32Array(SLOTS);
  private words: Array<string | undefined> = new Array<string | undefined>(SLOTS);
  private entries: Array<CachedWord | undefined> = new Array<CachedWord | undefined>(SLOTS);
  size = 0;

  /** FNV-1a of text[start, end). */
  static hashRange(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return h >>> 0;
  }

  /** The cached entry for text[start, end), or undefined. `h` is hashRange(text, start, end). */
  get(text: string, start: number, end: number, h: number): CachedWord | undefined {
    const mask = SLOTS - 1, len = end - start;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const w = this.words[i];
      if (w === undefined) return undefined;
      if (this.hashes[i] === h && w.length === len && text.startsWith(w, start)) return this.entries[i];
    }
  }

  /** Stores an entry (the caller checked it is absent). Returns false if the cache had to be cleared first. */
  set(word: string, h: number, entry: CachedWord): boolean {
    let cleared = false;
    if (this.size >= MAX_WORDS) { this.clear(); cleared = true; }
    const mask = SLOTS - 1;
    let i = h & mask;
    while (this.words[i] !== undefined) i = (i + 1) & mask;
    this.hashes[i] = h;
    this.words[i] = word;
    this.entries[i] = entry;
    this.size++;
    return cleared;
  }

  clear(): void {
    this.hashes = new Uint32Array(SLOTS);
    this.words = new Array<string | undefined>(SLOTS);
    this.entries = new Array<CachedWord | undefined>(SLOTS);
    this.size = 0;
  }
}
