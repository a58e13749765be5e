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

/**
 * Elements whose text is never marked: page furniture, code, and everything the reader edits
 * (form fields and contenteditable areas belong to the reader, not to the article).
 */
export const EXCLUDED_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'code', 'pre', 'kbd',
  'textarea', 'input', 'select', 'option', 'button', 'form',
  'nav', 'footer', 'aside', '[role="navigation"]', '[aria-hidden="true"]', '[hidden]',
  '[contenteditable=""]', '[contenteditable="true"]', '[contenteditable="plaintext-only"]',
].join(',');

/** Class or id words of blocks around an article that are not its text (Readability's "unlikely candidates"). */
const FURNITURE = /\b(comment|related|share|social|newsletter|promo|sidebar|breadcrumb|footer|subscribe|cookie|ad-|advert)/i;

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
  const byForm = new Map<string, MarkTarget>();
  for (const target of targets) for (const form of target.forms) if (form.trim() && !byForm.has(form)) byForm.set(form, target);
  if (byForm.size === 0) return [];
  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) => (isMarkable(node as Text, root) ? 1 /* FILTER_ACCEPT */ : 3 /* FILTER_SKIP */),
  });
  const marks: Mark[] = [];
  let run: Text[] = [];
  let runBlock: Element | null = null;
  const flush = (): void => {
    if (run.length > 0 && marks.length < limit) matchRun(run, pattern, byForm, marks, limit);
    run = [];
  };
  for (let node = walker.nextNode() as Text | null; node && marks.length < limit; node = walker.nextNode() as Text | null) {
    const block = node.parentElement?.closest(BLOCK_SELECTOR) ?? null;
    if (block !== runBlock) {
      flush();
      runBlock = block;
    }
    run.push(node);
  }
  flush();
  return marks;
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
  for (const match of text.matchAll(pattern)) {
    const target = byForm.get(match[0]);
    if (!target) continue;
    const from = locate(match.index ?? 0, false);
    const to = locate((match.index ?? 0) + match[0].length, true);
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

const furnitureCache = new WeakMap<Element, boolean>();

function isMarkable(node: Text, root: Element): boolean {
  const parent = node.parentElement;
  if (!parent || parent.closest(EXCLUDED_SELECTOR)) return false;
  for (let element: Element | null = parent; element && element !== root; element = element.parentElement) {
    let furniture = furnitureCache.get(element);
    if (furniture === undefined) {
      furniture = FURNITURE.test(`${typeof element.className === 'string' ? element.className : ''} ${element.id}`);
      furnitureCache.set(element, furniture);
    }
    if (furniture) return false;
  }
  return true;
}
