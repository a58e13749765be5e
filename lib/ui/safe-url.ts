/**
 * A URL from a page or an API, if it is safe to put in `href` or `src`: http(s) only. `javascript:`, `data:` and
 * anything unparsable give null, and the caller shows text instead of a link or image.
 */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
