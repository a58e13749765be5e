/** Test helpers: a fake fetch over the knowledge fixtures, a fake clock and sleep. Imported by *.test.ts only. */
import { createFixtureFetch } from '../../test/knowledge-server/routes.mjs';
import type { FixtureFetch } from '../../test/knowledge-server/routes.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../test/knowledge-server/routes.mjs';

export { createFixtureFetch };
export type { FixtureFetch };

export const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
export const fixtureJson = (path: string): unknown => JSON.parse(fixture(path));

/** A clock that only moves when the fake sleep is awaited (or when told to). */
export function fakeTime(start = Date.parse('2025-04-19T17:00:00Z')): { now: () => number; sleep: (ms: number) => Promise<void>; advance: (ms: number) => void; slept: number[] } {
  let current = start;
  const slept: number[] = [];
  return {
    now: () => current,
    sleep: async (ms) => {
      slept.push(ms);
      current += Math.max(0, ms);
    },
    advance: (ms) => {
      current += ms;
    },
    slept,
  };
}
