// The ~2,000-word bench page. The corpus has no article of about 2,000 words (its longest is the 1,715-word
// long-feature-valley-review-seed-keepers), so this one is that page, unchanged, with the body paragraphs of
// no-structured-data-millbrook-library (same region, a library story too) appended to its article body under a
// subheading until the text reaches WORDS. A real page's structure and chrome, a real article's names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WORDS = 2000;
const PAGES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'pages');
const BASE = 'long-feature-valley-review-seed-keepers';
const DONOR = 'no-structured-data-millbrook-library';
/** Words of the base page's article text (as Readability extracts it; checked by run.mjs, which prints the count). */
const BASE_WORDS = 1715;
/** Where the base page's article body ends. */
const BODY_END = '  </div>\n  <p class="correction">';

const textWords = (html) => html.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;

export function render() {
  const base = readFileSync(join(PAGES, BASE, 'source.html'), 'utf8');
  const donor = readFileSync(join(PAGES, DONOR, 'source.html'), 'utf8');
  // The donor's body paragraphs are the class-less <p> lines.
  const paragraphs = donor.split('\n').filter((line) => line.startsWith('<p>'));
  const heading = '<h2>Meanwhile, in Millbrook</h2>';
  const added = [heading];
  let words = BASE_WORDS + textWords(heading);
  for (let index = 0; words < WORDS; index += 1) {
    const paragraph = paragraphs[index % paragraphs.length];
    added.push(paragraph);
    words += textWords(paragraph);
  }
  if (!base.includes(BODY_END)) throw new Error(`${BASE}: the end of the article body moved; update BODY_END in ${import.meta.filename}`);
  return base.replace(BODY_END, `${added.join('\n')}\n${BODY_END}`);
}
