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
    highlights[mark.type].add(range);
    for (const node of mark.nodes) {
      const list = byNode.get(node) ?? [];
      list.push(mark);
      byNode.set(node, list);
    }
  };
  // Large articles are marked slice by slice (lib/marks SLICE_NODES): the first slice now, the rest later.
  let cancelled = false;
  const slices = root ? findMarksInSlices(root, targets, undefined, () => performance.now()) : null;
  // The highlights are registered once, after the last slice: every change to a registered highlight makes
  // Chromium invalidate the paint of the whole page (HighlightRegistry::ScheduleRepaint), and on a 100,000-node
  // page a repaint per slice was a long task per slice (docs/performance.md).
  const register = (): void => {
    // Style "none": nothing is painted, but the ranges still serve hover cards and the keyboard path.
    if (style !== 'none') for (const type of ['PER', 'ORG'] as const) CSS.highlights.set(HIGHLIGHT_NAMES[style][type], highlights[type]);
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
      for (const name of ALL_HIGHLIGHT_NAMES) CSS.highlights.delete(name);
      CSS.highlights.delete(FLASH_HIGHLIGHT);
      ranges.clear();
      byNode.clear();
    },
  };
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
