/**
 * The token tests that the sports passes (teams.ts, match-rows.ts, rankings.ts) share: numbers, scores ("2-1"),
 * single characters, runs of capitalized words. They read the tokens and their word infos; no string is made.
 */
import { CAP_DIGIT, CAP_LOWER } from './features';
import type { WordInfo } from './features';
import { charOfToken } from './spans';
import { TF_GLUE_LEFT } from './tokenize';
import type { Tokens } from './tokenize';

export const PER = 0, ORG = 1, LOC = 2, MISC = 3;

/** Longest score number ("2", "104"): a year ("1996-97") is no score. */
export const SCORE_MAX_DIGITS = 3;

export interface Ctx { text: string; tokens: Tokens; infos: WordInfo[]; n: number }

export const lower = (c: Ctx, k: number): number => (c.infos[k] as WordInfo).lowerHash;
export const isNumber = (c: Ctx, k: number): boolean =>
  k >= 0 && k < c.n && (c.infos[k] as WordInfo).capClass === CAP_DIGIT
  && (c.tokens.ends[k] as number) - (c.tokens.starts[k] as number) <= SCORE_MAX_DIGITS;
export const isDash = (c: Ctx, k: number): boolean => {
  if ((c.tokens.ends[k] as number) - (c.tokens.starts[k] as number) !== 1) return false;
  const ch = c.text.charCodeAt(c.tokens.starts[k] as number);
  return ch === 45 || ch === 0x2013 || ch === 0x2010 || ch === 0x2011;
};
export const glued = (c: Ctx, k: number): boolean => ((c.tokens.flags[k] as number) & TF_GLUE_LEFT) !== 0;
/** A score "2-1", "0–0" starting at token k. */
export const scoreAt = (c: Ctx, k: number): boolean =>
  k + 2 < c.n && isNumber(c, k) && isDash(c, k + 1) && glued(c, k + 1) && isNumber(c, k + 2) && glued(c, k + 2);
/** A score ending at token k ("drew 0-0 with"). */
export const scoreEndsAt = (c: Ctx, k: number): boolean => k >= 2 && scoreAt(c, k - 2);

export const isLowercase = (c: Ctx, k: number): boolean => (c.infos[k] as WordInfo).capClass === CAP_LOWER;
export const isChar = (c: Ctx, k: number, ch: number): boolean => charOfToken(c.text, c.tokens, k) === ch;

/** The run of capitalized words from k (a cell's or a scorer's name), as [k, end). */
export function capsRun(c: Ctx, k: number, to: number): number {
  while (k < to && (c.infos[k] as WordInfo).hasUpper) k++;
  return k;
}
