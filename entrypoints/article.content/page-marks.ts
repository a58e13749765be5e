import type { EntityType } from '../../lib/entities/types';
import { findArticleRoot, findMarksInSlices, type Mark, type MarkTarget } from '../../lib/marks/find-marks';
import type { HighlightStyle } from '../../lib/settings/settings';

/** CSS Custom Highlight names per style; style.css styles them with ::highlight(). */
export const HIGHLIGHT_NAMES: Readonly<Record<Exclude<HighlightStyle, 'none'>, Record<EntityType, string>>> = {
  underline: { PER: 'backstory-person', ORG: 'backstory-organization' },
  background: { PER: 'backstory-person-tint', ORG: 'backstory-organization-tint' },
};
const ALL_HIGHLIGHT_NAMES = Object.values(HIGHLIGHT_NAMES).flatMap((names) => Object.values(names));
/** The highlight a revealed mention flashes in. */
export const FLASH_HIGHLIGHT = 'backstory-flash';

/** The marks on one page, registered as CSS highlights: the page's DOM is never changed. */
export interface PageMarks {
  readonly marks: readonly Mark[];
  /** The mark under a viewport point, if any. */
  hit(x: number, y: number): Mark | undefined;
  /** A live Range over a mark (it follows reflows). */
  rangeOf(mark: Mark): Range;
  clear(): void;
}

/** True when the browser has the CSS Custom Highlight API (Chromium 105+, Firefox 140+). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Finds and highlights the targets' names in the article. Returns null when highlights are unsupported. */
export function markPage(
  doc: Document,
  targets: readonly MarkTarget[],
  style: HighlightStyle = 'underline',
  /** Runs the next slice later (a macrotask), giving the page's main thread back in between. */
  later: (next: () => void) => void = (next) => setTimeout(next, 0),
): PageMarks | null {
  if (!canHighlight()) return null;
  const root = findArticleRoot(doc);
  const marks: Mark[] = [];
  const ranges = new Map<Mark, Range>();
  const byNode = new Map<Text, Mark[]>();
  const highlights: Record<EntityType, Highlight> = { PER: new Highlight(), ORG: new Highlight() };
  const add = (mark: Mark): void => {
    marks.push(mark);
    const range = doc.createRange();
    range.setStart(mark.startNode, mark.startOffset);
    range.setEnd(mark.endNode, mark.endOffset);
    ranges.set(mark, range);
    for (const node of mark.nodes) {
      const list = byNode.get(node) ?? [];
      list.push(mark);
      byNode.set(node, list);
    }
  };
  // Large articles are marked slice by slice (lib/marks SLICE_NODES): the first slice now, the rest later.
  let cancelled = false;
  const slices = root ? findMarksInSlices(root, targets, undefined, () => performance.now()) : null;
  let stopWindow: (() => void) | null = null;
  // The highlights are registered once, after the last slice. Every change to a registered highlight makes
  // Chromium rebuild the markers of every range it holds at the next frame (HighlightRegistry::
  // ValidateHighlightMarkers), at a cost that grows with the number of ranges: a long task per slice when they
  // were registered as found, and one of 80–140 ms for 2,000 ranges at once (docs/performance.md). So a page
  // with many marks paints only those near the viewport.
  const register = (): void => {
    // Style "none": nothing is painted, but the ranges still serve hover cards and the keyboard path.
    if (style === 'none') return;
    if (marks.length > ALL_MARKS_PAINTED_UP_TO) stopWindow = paintNearViewport(marks, ranges, highlights);
    else {
      for (const mark of marks) {
        const range = ranges.get(mark);
        if (range) highlights[mark.type].add(range);
      }
    }
    for (const type of ['PER', 'ORG'] as const) CSS.highlights.set(HIGHLIGHT_NAMES[style][type], highlights[type]);
  };
  const step = (): void => {
    if (cancelled || !slices) return;
    const next = slices.next();
    if (next.done) {
      register();
      return;
    }
    for (const mark of next.value) add(mark);
    later(step);
  };
  if (slices) step();
  else register();

  return {
    marks,
    hit(x, y) {
      const caret = caretAt(doc, x, y);
      if (!caret) return undefined;
      const candidates = byNode.get(caret.node as Text);
      // The caret APIs answer the nearest text position even beside the text: confirm with the rectangles.
      return candidates?.find((mark) => contains(ranges.get(mark), x, y));
    },
    rangeOf(mark) {
      const known = ranges.get(mark);
      if (known) return known;
      // A mark from before a re-marking: its nodes and offsets still describe the same text.
      const range = doc.createRange();
      range.setStart(mark.startNode, mark.startOffset);
      range.setEnd(mark.endNode, mark.endOffset);
      return range;
    },
    clear() {
      cancelled = true;
      stopWindow?.();
      for (const name of ALL_HIGHLIGHT_NAMES) CSS.highlights.delete(name);
      CSS.highlights.delete(FLASH_HIGHLIGHT);
      ranges.clear();
      byNode.clear();
    },
  };
}

/**
 * Up to this many marks, all are painted at once: the frame that paints them costs 25–50 ms for 200 ranges on the
 * 100,000-node bench page under load, and far less on an ordinary article (which has 20–150 marks).
 */
export const ALL_MARKS_PAINTED_UP_TO = 200;
/**
 * Beyond that, only the marks within this many viewport heights above and below the viewport are painted, so that
 * scrolling by a screen never reaches an unmarked name before the observer has caught up.
 */
export const PAINTED_VIEWPORT_MARGIN = 1;

/**
 * Paints the marks whose text is near the viewport, and follows the reader's scrolling: an IntersectionObserver
 * (computed by the browser during rendering, no layout read of ours) on each marked text's parent element adds
 * its ranges to the highlights when it comes near and removes them when it goes away. Returns the teardown.
 */
function paintNearViewport(marks: readonly Mark[], ranges: ReadonlyMap<Mark, Range>, highlights: Record<EntityType, Highlight>): () => void {
  const byElement = new Map<Element, Mark[]>();
  for (const mark of marks) {
    const element = mark.startNode.parentElement;
    if (!element) continue;
    const list = byElement.get(element) ?? [];
    list.push(mark);
    byElement.set(element, list);
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        for (const mark of byElement.get(entry.target) ?? []) {
          const range = ranges.get(mark);
          if (!range) continue;
          if (entry.isIntersecting) highlights[mark.type].add(range);
          else highlights[mark.type].delete(range);
        }
      }
    },
    { rootMargin: `${PAINTED_VIEWPORT_MARGIN * 100}% 0px` },
  );
  for (const element of byElement.keys()) observer.observe(element);
  return () => observer.disconnect();
}

/** The text position under a point: caretPositionFromPoint (standard; Chromium 128+), else caretRangeFromPoint. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function contains(range: Range | undefined, x: number, y: number): boolean {
  if (!range) return false;
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** The same occurrence of the same name, even across a re-marking (which creates new Mark objects). */
export function sameMark(a: Mark | null | undefined, b: Mark | null | undefined): boolean {
  return !!a && !!b && a.entityId === b.entityId && a.startNode === b.startNode && a.startOffset === b.startOffset;
}
