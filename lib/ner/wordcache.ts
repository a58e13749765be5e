/**
 * Cache of word types keyed by a text range, without slicing the text: the key is a hash of the range's char
 * codes, confirmed with `text.startsWith(word, start)` (native, no allocation). Open addressing; starts small
 * (cheap cold start), doubles up to MAX_WORDS types, then is cleared (bounded memory in a long-lived worker).
 */
import type { CachedWord } from './model';

const MAX_WORDS = 131_072;
const INITIAL_SLOTS = 4_096;
/** Grow when more than half full. */
const LOAD_FACTOR_INVERSE = 2;

export class WordCache {
  private hashes = new Uint32Array(INITIAL_SLOTS);
  private words: Array<string | undefined> = new Array<string | undefined>(INITIAL_SLOTS);
  private entries: Array<CachedWord | undefined> = new Array<CachedWord | undefined>(INITIAL_SLOTS);
  size = 0;

  /** The cached entry for text[start, end), or undefined. `h` is the FNV-1a hash of the range. */
  get(text: string, start: number, end: number, h: number): CachedWord | undefined {
    const mask = this.hashes.length - 1, len = end - start;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const w = this.words[i];
      if (w === undefined) return undefined;
      if (this.hashes[i] === h && w.length === len && text.startsWith(w, start)) return this.entries[i];
    }
  }

  /** Stores an entry (the caller checked it is absent). Returns true if the cache had to be cleared first. */
  set(word: string, h: number, entry: CachedWord): boolean {
    let cleared = false;
    if (this.size >= MAX_WORDS) { this.reset(INITIAL_SLOTS); this.size = 0; cleared = true; }
    else if ((this.size + 1) * LOAD_FACTOR_INVERSE > this.hashes.length) this.grow();
    this.insert(word, h, entry);
    this.size++;
    return cleared;
  }

  private insert(word: string, h: number, entry: CachedWord): void {
    const mask = this.hashes.length - 1;
    let i = h & mask;
    while (this.words[i] !== undefined) i = (i + 1) & mask;
    this.hashes[i] = h;
    this.words[i] = word;
    this.entries[i] = entry;
  }

  private grow(): void {
    const { hashes, words, entries } = this;
    this.reset(hashes.length * 2);
    for (let i = 0; i < hashes.length; i++) {
      const w = words[i];
      if (w !== undefined) this.insert(w, hashes[i] as number, entries[i] as CachedWord);
    }
  }

  private reset(slots: number): void {
    this.hashes = new Uint32Array(slots);
    this.words = new Array<string | undefined>(slots);
    this.entries = new Array<CachedWord | undefined>(slots);
  }
}
