/**
 * The compromise baseline: PER = people(), ORG = organizations(), LOC = places(), with UTF-16 offsets.
 * compromise finds no MISC.
 */
import nlp from 'compromise';
import type { PredSpan } from '../../lib/ner/score';

interface OffsetJson { offset?: { start: number; length: number } }

function spansOf(list: OffsetJson[], type: string, text: string): Array<PredSpan & { text: string }> {
  const out: Array<PredSpan & { text: string }> = [];
  for (const m of list) {
    if (!m.offset) continue;
    let start = m.offset.start, end = m.offset.start + m.offset.length;
    // compromise may include trailing punctuation/possessives in a match's offset; trim to the name
    while (end > start && /[\s.,;:!?'’"”)]/.test(text[end - 1] ?? '')) end--;
    if (text.slice(end - 2, end) === '’s' || text.slice(end - 2, end) === "'s") end -= 2;
    while (start < end && /[\s"“(]/.test(text[start] ?? '')) start++;
    if (end > start) out.push({ start, end, type, text: text.slice(start, end) });
  }
  return out;
}

export function compromiseTag(text: string): Array<PredSpan & { text: string }> {
  const doc = nlp(text);
  const all = [
    ...spansOf(doc.people().json({ offset: true }) as OffsetJson[], 'PER', text),
    ...spansOf(doc.organizations().json({ offset: true }) as OffsetJson[], 'ORG', text),
    ...spansOf(doc.places().json({ offset: true }) as OffsetJson[], 'LOC', text),
  ];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  // flat output: drop spans overlapping an earlier one
  const flat: typeof all = [];
  let lastEnd = -1;
  for (const s of all) if (s.start >= lastEnd) { flat.push(s); lastEnd = s.end; }
  return flat;
}
