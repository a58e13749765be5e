import { describe, expect, it } from 'vitest';
import { MAX_MARKS, findArticleRoot, findMarks, findMarksInSlices, type MarkTarget } from './find-marks';

const targets: MarkTarget[] = [
  { entityId: 'PER:Ibrahim Kalin', type: 'PER', name: 'Ibrahim Kalin', forms: ['Ibrahim Kalin', 'Kalin'] },
  { entityId: 'ORG:Hamas', type: 'ORG', name: 'Hamas', forms: ['Hamas'] },
];

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

const texts = (doc: Document) =>
  findMarks(findArticleRoot(doc) as Element, targets).map((mark) => `${mark.entityId}=${mark.text}`);

describe('findMarks', () => {
  it('marks the longest form first, and repeats', () => {
    const doc = page('<article><p>Turkey’s intelligence chief Ibrahim Kalin met Hamas leaders. Kalin said Hamas-run offices…</p></article>');
    expect(texts(doc)).toEqual(['PER:Ibrahim Kalin=Ibrahim Kalin', 'ORG:Hamas=Hamas', 'PER:Ibrahim Kalin=Kalin', 'ORG:Hamas=Hamas']);
  });

  it('marks whole words only', () => {
    const doc = page('<article><p>Kalinowski and Hamasi are other people; KalinX is not Kalin.</p></article>');
    expect(texts(doc)).toEqual(['PER:Ibrahim Kalin=Kalin']);
  });

  it('finds a whole word inside a rejected longer match, and respects letters of any script', () => {
    const people: MarkTarget[] = [{ entityId: 'PER:June Ellis', type: 'PER', name: 'June Ellis', forms: ['June Ellis', 'Ellis'] }];
    const found = (html: string) => findMarks(findArticleRoot(page(html)) as Element, people).map((mark) => mark.text);
    expect(found('<article><p>XJune Ellis spoke.</p></article>')).toEqual(['Ellis']);
    expect(found('<article><p>Ellisön and ÉEllis are not her; “Ellis” and Ellis’s are.</p></article>')).toEqual(['Ellis', 'Ellis']);
    expect(found('<article><p>𝐀Ellis 2Ellis Ellis7 but Ellis.</p></article>')).toEqual(['Ellis']);
  });

  it('never marks form fields, editable areas, navigation or comments', () => {
    const doc = page(`<article>
      <p>Kalin spoke.</p>
      <textarea>Kalin</textarea><input value="Kalin">
      <div contenteditable="true">Kalin in an editor</div>
      <nav>Hamas</nav><aside>Hamas</aside>
      <section class="comments"><p>Kalin is great</p></section>
    </article>`);
    expect(texts(doc)).toEqual(['PER:Ibrahim Kalin=Kalin']);
  });

  it('chooses the article body over page chrome', () => {
    const doc = page('<header><p>Hamas in a teaser</p></header><main><p>short</p></main><article><p>Kalin met Hamas for long talks about aid delivery in the region.</p></article>');
    expect(texts(doc)).toEqual(['PER:Ibrahim Kalin=Kalin', 'ORG:Hamas=Hamas']);
  });

  it('finds a name split by inline elements, and maps it back to its nodes', () => {
    const doc = page('<article><p>Spy chief <b>Ibrahim</b> <a href="#">Kalin</a> met <i>Ha</i>mas.</p></article>');
    const marks = findMarks(findArticleRoot(doc) as Element, targets);
    expect(marks.map((mark) => mark.text)).toEqual(['Ibrahim Kalin', 'Hamas']);
    const [kalin] = marks;
    expect([kalin!.startNode.data, kalin!.startOffset, kalin!.endNode.data, kalin!.endOffset]).toEqual(['Ibrahim', 0, 'Kalin', 5]);
    expect(kalin!.nodes.map((node) => node.data)).toEqual(['Ibrahim', ' ', 'Kalin']);
  });

  it('never joins text across paragraphs', () => {
    const doc = page('<article><p>He met Ibrahim</p><p>Kalin said.</p></article>');
    expect(texts(doc)).toEqual(['PER:Ibrahim Kalin=Kalin']);
  });

  it('gives the same marks in slices as in one pass', () => {
    const doc = page(`<article>${'<p>Kalin met <b>Hamas</b> leaders. Ibrahim Kalin spoke.</p>'.repeat(400)}</article>`);
    const root = findArticleRoot(doc) as Element;
    let tick = 0;
    const slices = [...findMarksInSlices(root, targets, MAX_MARKS, () => (tick += 10))];
    expect(slices.length).toBeGreaterThan(5);
    expect(slices.flat().map((mark) => mark.text)).toEqual(findMarks(root, targets).map((mark) => mark.text));
    expect(slices.flat()).toHaveLength(1200);
  });

  it('stops at the limit', () => {
    const doc = page(`<article><p>${'Kalin. '.repeat(50)}</p></article>`);
    expect(findMarks(findArticleRoot(doc) as Element, targets, 10)).toHaveLength(10);
  });
});
