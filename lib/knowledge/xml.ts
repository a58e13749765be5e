/**
 * A small, strict XML reader for one machine-generated format: Google News RSS (`lib/knowledge/googlenews.ts`).
 *
 * Why not a library: Chrome's service worker has no DOMParser, and fast-xml-parser (the notes' suggestion) adds
 * ≈ 21.5 KB gzipped to the background for a feed that uses a handful of XML features. This reader handles exactly
 * those — elements, attributes, text, CDATA, comments, the XML declaration, the five predefined entities and
 * numeric character references — in ≈ 1 KB. Anything else is refused rather than guessed: a DOCTYPE (so no entity
 * expansion, no HTML pages), unknown entities such as `&nbsp;`, a bare `&`, mismatched or unclosed tags, text
 * outside the root. A refusal is `null`, which the caller reports as an invalid answer; it never throws.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlElement | string>;
}

/** Nesting deeper than this is not RSS: refuse instead of building it. */
const MAX_DEPTH = 32;
const NAME = /^[A-Za-z_][\w:.-]*/;
const ATTRIBUTE = /\s+([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces entity and character references; null when one is unknown or malformed. */
export function decodeEntities(text: string): string | null {
  if (!text.includes('&')) return text;
  let bad = false;
  const decoded = text.replace(/&([^;&\s]{0,10});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) bad = true;
    else if (ref in PREDEFINED) return PREDEFINED[ref] ?? '';
    else {
      const m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(ref);
      const code = m ? Number.parseInt(m[1] ?? m[2] ?? '', m[1] ? 16 : 10) : NaN;
      if (Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return String.fromCodePoint(code);
      bad = true;
    }
    return '';
  });
  return bad ? null : decoded;
}

/** Parses a whole document into its root element, or null when it is not well-formed XML of the kinds above. */
export function parseXml(input: string): XmlElement | null {
  const text = input.replace(/^\uFEFF/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const addText = (value: string): boolean => {
    const top = stack[stack.length - 1];
    if (!top) return value.trim() === '';
    if (value) top.children.push(value);
    return true;
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt === -1) {
      const rest = decodeEntities(text.slice(i));
      if (rest === null || !addText(rest)) return null;
      break;
    }
    if (lt > i) {
      const chunk = decodeEntities(text.slice(i, lt));
      if (chunk === null || !addText(chunk)) return null;
    }
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end === -1) return null;
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end === -1 || !addText(text.slice(lt + 9, end)) || stack.length === 0) return null;
      i = end + 3;
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end === -1) return null;
      i = end + 2;
    } else if (text.startsWith('</', lt)) {
      const end = text.indexOf('>', lt);
      const name = end === -1 ? '' : text.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) return null;
      if (stack.length === 0) root = open;
      i = end + 1;
    } else {
      // <!DOCTYPE …> and other declarations are refused: RSS needs none, HTML pages start with one.
      const name = NAME.exec(text.slice(lt + 1, lt + 200))?.[0];
      if (!name || (stack.length === 0 && root !== null) || stack.length >= MAX_DEPTH) return null;
      const element: XmlElement = { name, attrs: {}, children: [] };
      let j = lt + 1 + name.length;
      for (;;) {
        ATTRIBUTE.lastIndex = j;
        const m = ATTRIBUTE.exec(text);
        if (!m) break;
        const value = decodeEntities(m[2] ?? m[3] ?? '');
        if (value === null) return null;
        element.attrs[m[1] ?? ''] = value;
        j = ATTRIBUTE.lastIndex;
      }
      const close = /^\s*(\/?)>/.exec(text.slice(j, j + 64));
      if (!close) return null;
      stack[stack.length - 1]?.children.push(element);
      if (close[1]) {
        if (stack.length === 0) root = element;
      } else stack.push(element);
      i = j + close[0].length;
    }
  }
  return stack.length === 0 ? root : null;
}

/** The first child element with this name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** Every child element with this name. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return (element?.children ?? []).filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** An element's text (its text and CDATA children joined), trimmed; '' when absent. */
export function textOf(element: XmlElement | undefined): string {
  return (element?.children ?? [])
    .filter((c): c is string => typeof c === 'string')
    .join('')
    .trim();
}
