import type { EntityType } from '../entities/types';

/** What the page needs to know to mark one entity: its id, type, and the surface forms seen in the article. */
export interface MarkTarget {
  entityId: string;
  type: EntityType;
  name: string;
  /** Every form the article uses for it ("Ibrahim Kalin", "Kalin"). */
  forms: string[];
}

/**
 * One occurrence of a name in the page. It may span several text nodes ("<b>Ibrahim</b> Kalin"): it starts at
 * `startOffset` in `startNode` and ends at `endOffset` in `endNode`; `nodes` lists every text node it touches.
 */
export interface Mark {
  entityId: string;
  type: EntityType;
  text: string;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  nodes: Text[];
}


/** Class or id words of blocks around an article that are not its text (Readability's "unlikely candidates"). */
const FURNITURE = /\b(comment|related|share|social|newsletter|promo|sidebar|breadcrumb|footer|subscribe|cookie|ad-|advert)/i;

/** Pushed before a block's children: popping it ends the block's run of text. */
const BLOCK_END = Symbol('block end');

/** Upper bound on marks per page: beyond it, marking costs more than it helps the reader. */
export const MAX_MARKS = 2000;

/**
 * The element that holds the article's text: an explicit article body, else the <article> (or main) with the
 * most paragraph text, else <body>.
 */
export function findArticleRoot(doc: Document): Element | null {
  const explicit = doc.querySelector('[itemprop="articleBody"]');
  if (explicit) return explicit;
  let best: Element | null = null;
  let bestLength = 0;
  for (const candidate of doc.querySelectorAll('article, main, [role="main"]')) {
    let length = 0;
    for (const paragraph of candidate.querySelectorAll('p')) length += paragraph.textContent?.length ?? 0;
    if (length > bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  return best ?? doc.body;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Elements that end a run of text: a name never spans two of them. */
const BLOCK_SELECTOR = 'p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, div, section, article, main, header, body';

/**
 * Finds whole-word occurrences of the targets' forms in the text under `root`, longest form first
 * ("Ibrahim Kalin" before "Kalin"). Text nodes of one block (a paragraph) are read as one string, so a name
 * split by inline elements ("<b>Ibrahim</b> Kalin") is found whole. Reads the DOM only.
 */
export function findMarks(root: Element, targets: readonly MarkTarget[], limit = MAX_MARKS): Mark[] {
  return [...findMarksInSlices(root, targets, limit)].flat();
}

/**
 * Work per slice of findMarksInSlices, in milliseconds: a page of 100,000 nodes is marked in many short tasks
 * instead of one long one (a task over 50 ms delays the reader's input; https://w3c.github.io/longtasks/).
 */
export const SLICE_MS = 8;
/** How often (in nodes) the clock is read: reading it for every node would cost more than it saves. */
const CLOCK_EVERY_NODES = 256;

/**
 * findMarks in slices: yields the marks found in each slice of SLICE_NODES nodes, so the caller can give the
 * page's main thread back between slices. The DOM must not change between slices (the caller restarts if it does).
 */
export function* findMarksInSlices(
  root: Element,
  targets: readonly MarkTarget[],
  limit = MAX_MARKS,
  /** The clock (ms); slices end when SLICE_MS has passed. Tests pass a counter. */
  now: () => number = Date.now,
): Generator<Mark[], void> {
  const byForm = new Map<string, MarkTarget>();
  for (const target of targets) for (const form of target.forms) if (form.trim() && !byForm.has(form)) byForm.set(form, target);
  if (byForm.size === 0) return;
  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A plain alternation; whole words are checked in matchRun (isWordCode). Lookarounds with \p{L}\p{N} cost 3–15 ms
  // to compile and run on a page's first article (cold), against under 1 ms for this (measured in Chromium).
  const pattern = new RegExp(`(?:${alternatives.join('|')})`, 'gu');
  const marks: Mark[] = [];
  let run: Text[] = [];
  const flush = (): void => {
    if (run.length > 0 && marks.length < limit) matchRun(run, pattern, byForm, marks, limit);
    run = [];
  };
  // One depth-first pass in document order, each element tested once: excluded and furniture subtrees are
  // skipped whole, and entering or leaving a block ends the current run of text (a name never spans blocks).
  // (A TreeWalker with closest() per text node cost ~4× more on a 100,000-node page.)
  // Plain nodes and one shared end-of-block marker on the stack: no object per node (on a 100,000-node page the
  // garbage collector's pauses were part of the slices' overshoot).
  const stack: Array<Node | typeof BLOCK_END> = [root];
  let visited = 0;
  let reported = 0;
  let sliceStart = now();
  while (stack.length > 0 && marks.length < limit) {
    if (++visited % CLOCK_EVERY_NODES === 0 && now() - sliceStart >= SLICE_MS) {
      yield marks.slice(reported);
      reported = marks.length;
      sliceStart = now();
    }
    const node = stack.pop() as Node | typeof BLOCK_END;
    if (node === BLOCK_END) {
      flush();
      continue;
    }
    if (node.nodeType === 3 /* TEXT_NODE */) {
      run.push(node as Text);
      continue;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const element = node as Element;
    if (element !== root && (isExcluded(element) || isFurniture(element))) continue;
    const block = BLOCK_TAGS.has(element.tagName);
    if (block) {
      flush();
      stack.push(BLOCK_END);
    }
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  flush();
  yield marks.slice(reported);
}

/**
 * Elements whose text is never marked: page furniture, code, and everything the reader edits (form fields and
 * contenteditable areas belong to the reader, not to the article). Tag and attribute checks rather than
 * `matches()` with a selector list: they run on every element of the article, 100,000 on a huge page.
 */
const EXCLUDED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'MATH', 'math', 'CODE', 'PRE', 'KBD', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'FORM', 'NAV', 'FOOTER', 'ASIDE']);
const EDITABLE = new Set(['', 'true', 'plaintext-only']);
const BLOCK_TAGS = new Set(BLOCK_SELECTOR.split(',').map((tag) => tag.trim().toUpperCase()));

function isExcluded(element: Element): boolean {
  if (EXCLUDED_TAGS.has(element.tagName)) return true;
  if (!element.hasAttributes()) return false;
  const editable = element.getAttribute('contenteditable');
  return (
    (editable !== null && EDITABLE.has(editable)) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.getAttribute('role') === 'navigation'
  );
}

function isFurniture(element: Element): boolean {
  return FURNITURE.test(`${typeof element.className === 'string' ? element.className : ''} ${element.id}`);
}

/**
 * Whether a code point is part of a word (a letter or digit of any script): a name is matched only between other
 * characters. Decided by ranges, not by a \p{L}\p{N} regex, whose class costs 1–5 ms to build on a page's first
 * article: ASCII letters and digits; beyond ASCII, everything except the blocks of punctuation and symbols that sit
 * next to names in news text (Latin-1 punctuation, × and ÷; General Punctuation to Miscellaneous Symbols and Arrows:
 * quotes, dashes, currency, arrows, maths, shapes; CJK and fullwidth punctuation).
 */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code <= 0xbf || code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xfe30 && code <= 0xfe4f) return false;
  if (code >= 0xff00 && code <= 0xff20) return false;
  return true;
}

/** Whether the code point starting at `index` is part of a word. */
function isWordCharAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && isWordCode(code);
}

/** Whether the code point ending just before `index` is a letter or digit (a surrogate pair counts as one). */
function isWordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isWordCharAt(text, start);
}

/** Matches the pattern over the joined text of a run of text nodes and maps each match back to its nodes. */
function matchRun(run: Text[], pattern: RegExp, byForm: ReadonlyMap<string, MarkTarget>, marks: Mark[], limit: number): void {
  const starts: number[] = [];
  let text = '';
  for (const node of run) {
    starts.push(text.length);
    text += node.data;
  }
  if (!/\p{Lu}/u.test(text)) return;
  const locate = (offset: number, isEnd: boolean): { index: number; offset: number } => {
    let index = 0;
    while (index + 1 < run.length && (starts[index + 1] ?? Infinity) + (isEnd ? 1 : 0) <= offset) index += 1;
    return { index, offset: offset - (starts[index] ?? 0) };
  };
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (isWordCharBefore(text, match.index) || isWordCharAt(text, end)) {
      // Inside a longer word: look again from the next character ("XJune Ellis" still holds "Ellis").
      pattern.lastIndex = match.index + 1;
      continue;
    }
    const target = byForm.get(match[0]);
    if (!target) continue;
    const from = locate(match.index, false);
    const to = locate(end, true);
    const startNode = run[from.index];
    const endNode = run[to.index];
    if (!startNode || !endNode) continue;
    marks.push({
      entityId: target.entityId,
      type: target.type,
      text: match[0],
      startNode,
      startOffset: from.offset,
      endNode,
      endOffset: to.offset,
      nodes: run.slice(from.index, to.index + 1),
    });
    if (marks.length >= limit) return;
  }
}
