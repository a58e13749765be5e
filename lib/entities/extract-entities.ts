import type { ArticleMetadata } from '../article/types';
import { cleanSpan } from './clean-span';
import { nerTagger } from './ner-tagger';
import { canonicalName, displayName, groupMentions } from './group-mentions';
import { nameKey } from './name-key';
import { recoverRepeats } from './recover-repeats';
import { findRole } from './role';
import { layoutOf, rawSalience } from './salience';
import type { Tagger } from './tagger';
import type { Entity, EntityExtraction, EntityType, Mention } from './types';

const SHOWN_TYPES: ReadonlySet<string> = new Set<EntityType>(['PER', 'ORG']);

/**
 * Finds the people and organizations of an article text: tags names, trims them to the name itself,
 * joins short forms to full names, recovers repeats the tagger missed, and ranks entities by salience.
 * Pure: runs in Node, tests and the background context alike.
 */
export function extractEntities(
  text: string,
  metadata: Pick<ArticleMetadata, 'title'> & Partial<Pick<ArticleMetadata, 'byline'>>,
  tagger: Tagger = nerTagger,
): EntityExtraction {
  const isAuthor = authorMatcher(metadata.byline ?? null);
  const spans = tagger(text)
    .map(cleanSpan)
    .filter((span) => span !== null);
  const named = spans.filter((span) => SHOWN_TYPES.has(span.type)) as Mention[];
  const groups = groupMentions(dedupe(named));
  recoverRepeats(text, groups, spans);
  const layout = layoutOf(text, metadata.title);
  const scored = groups
    .filter((group) => !(group.type === 'PER' && isAuthor(canonicalName(group))))
    .map((group) => ({ group, score: rawSalience(group.mentions, layout) }));
  const top = Math.max(1e-9, ...scored.map((entry) => entry.score));
  const entities: Entity[] = scored.map(({ group, score }) => {
    const name = displayName(text, group, canonicalName(group));
    const role = group.type === 'PER' ? findRole(text, group.mentions) : undefined;
    return {
      id: `${group.type}:${name}`,
      name,
      type: group.type,
      mentions: group.mentions,
      salience: Math.round((score / top) * 1000) / 1000,
      ...(role ? { role } : {}),
    };
  });
  entities.sort((a, b) => b.salience - a.salience || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const mentions = entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

/** Drops spans that overlap an earlier, longer one (taggers may report the same name twice). */
function dedupe(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of sorted) {
    const last = kept.at(-1);
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}

/**
 * The article's own authors are not what it is about: a byline that slipped into the text ("By Tamar
 * Shefer") must not list its author. Matches a full author name or one word of it ("Tamar").
 */
function authorMatcher(byline: string | null): (name: string) => boolean {
  if (!byline) return () => false;
  const authors = byline.split(/,|\band\b|&/u).map((author) => nameKey(author)).filter(Boolean);
  const words = new Set(authors.flatMap((author) => author.split(' ')));
  return (name) => {
    const key = nameKey(name);
    return authors.includes(key) || (!key.includes(' ') && words.has(key));
  };
}
