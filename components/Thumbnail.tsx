import { useEffect, useState } from 'preact/hooks';
import { safeUrl } from '../lib/ui/safe-url';

interface ThumbnailProps {
  /** An image URL from an API: only http(s) is shown (`safeUrl`). */
  src: string | null | undefined;
  /** The element's class, kept by the fallback so the layout does not move. */
  class: string;
  size: number;
  /**
   * What shows when the image cannot load (offline, a blocked host, a deleted file): the name's initials in the
   * same box, or nothing. Without this the browser keeps an empty box of the image's size.
   */
  fallbackName?: string;
}

/** The initials of a name: "Ibrahim Kalin" → "IK", "Hamas" → "H". */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const picked = words.length > 1 ? [words[0], words.at(-1)] : words.slice(0, 1);
  return picked.map((word) => String.fromCodePoint(word?.codePointAt(0) ?? 32)).join('').toLocaleUpperCase();
}

/** An API's picture, decorative (`alt=""`), that steps aside when it fails to load. */
export function Thumbnail({ src, class: className, size, fallbackName }: ThumbnailProps) {
  const url = safeUrl(src);
  const [failed, setFailed] = useState(false);
  useEffect(() => setFailed(false), [url]);
  if (!url) return null;
  if (failed) {
    return fallbackName ? (
      <span class={`${className} bs-thumb-fallback`} aria-hidden="true" data-thumb="fallback">
        {initialsOf(fallbackName)}
      </span>
    ) : null;
  }
  return <img class={className} src={url} alt="" width={size} height={size} referrerpolicy="no-referrer" loading="lazy" onError={() => setFailed(true)} />;
}
