import type { EntityType } from '../entities/types';

/** What the page needs to know to mark one entity: its id, type, and the surface forms seen in the article. */
export interface MarkTarget {
  entityId: string;
  type: EntityType;
  name: string;
  /** Every form the article uses for it ("Ibrahim Kalin", "Kalin"). */
  forms: string[];
}

/** One occurrence of a name in a text node of the page. Offsets are into `node.data`. */
export interface Mark {
  entityId: string;
  type: EntityType;
  node: Text;
  start: number;
  end: number;
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

/**
 * Finds whole-word occurrences of the targets' forms in the text nodes under `root`, longest form first
 * ("Ibrahim Kalin" before "Kalin"). Reads the DOM only. Names split across elements ("<a>Ibrahim</a> Kalin")
 * are marked part by part only when each part is itself a form.
 */
export function findMarks(root: Element, targets: readonly MarkTarget[], limit = MAX_MARKS): Mark[] {
  const byForm = new Map<string, MarkTarget>();
  for (const target of targets) for (const form of target.forms) if (form.trim() && !byForm.has(form)) byForm.set(form, target);
  if (byForm.size === 0) return [];
  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) => (isMarkable(node as Text, root) ? 1 /* FILTER_ACCEPT */ : 3 /* FILTER_SKIP */),
  });
  const marks: Mark[] = [];
  for (let node = walker.nextNode() as Text | null; node && marks.length < limit; node = walker.nextNode() as Text | null) {
    pattern.lastIndex = 0;
    for (const match of node.data.matchAll(pattern)) {
      const target = byForm.get(match[0]);
      if (!target) continue;
      const start = match.index ?? 0;
      marks.push({ entityId: target.entityId, type: target.type, node, start, end: start + match[0].length });
      if (marks.length >= limit) break;
    }
  }
  return marks;
}

const furnitureCache = new WeakMap<Element, boolean>();

function isMarkable(node: Text, root: Element): boolean {
  if (!/\p{Lu}/u.test(node.data)) return false;
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
