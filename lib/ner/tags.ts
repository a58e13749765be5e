/** BIO tag set over the four CoNLL types. Tag 0 is O; type k (0-based) has B = 2k+1 and I = 2k+2. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityTypeName = (typeof ENTITY_TYPES)[number];
export const N_TYPES = ENTITY_TYPES.length;
export const N_TAGS = 2 * N_TYPES + 1;
export const TAG_O = 0;

export function tagB(type: number): number { return 2 * type + 1; }
export function tagI(type: number): number { return 2 * type + 2; }
export function isBegin(tag: number): boolean { return tag !== TAG_O && (tag & 1) === 1; }
export function typeOfTag(tag: number): number { return (tag - 1) >> 1; }

/** Whether tag `b` may follow tag `a` (I-X only after B-X or I-X). a = -1 means sequence start. */
export function allowed(a: number, b: number): boolean {
  if (b === TAG_O || isBegin(b)) return true;
  return a !== -1 && a !== TAG_O && typeOfTag(a) === typeOfTag(b);
}

export function typeIndex(name: string): number {
  return (ENTITY_TYPES as readonly string[]).indexOf(name);
}
