import type { Plugin } from 'vite';

/**
 * Removes Readability's two `innerHTML` assignments from the extension bundle, so `web-ext lint` reports no
 * unsafe assignment in our content script (AMO reviews flag every one).
 * Both run only on the inert clone Backstory gives Readability, but the linter cannot know that:
 * 1. the retry path restores the page from an HTML string: restore it from a cloned node instead;
 * 2. `_unwrapNoscriptImages` re-parses <noscript> images: Backstory reads text only, so its call is removed
 *    and its body no longer parses HTML (it is unreachable).
 * If Readability changes these lines, the build fails here rather than silently shipping the old behaviour.
 */
const PATCHES: ReadonlyArray<[from: string, to: string]> = [
  ['var pageCacheHtml = page.innerHTML;', 'var pageCache = page.cloneNode(true);'],
  ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...pageCache.cloneNode(true).childNodes);'],
  ['this._unwrapNoscriptImages(this._doc);', '/* noscript images are not needed for text */'],
  ['tmp.innerHTML = noscript.innerHTML;', 'tmp.append(...noscript.cloneNode(true).childNodes);'],
];

export function readabilityWithoutInnerHtml(): Plugin {
  return {
    name: 'backstory:readability-without-innerhtml',
    enforce: 'pre',
    transform(code, id) {
      const path = id.replace(/\\/g, '/');
      // Readability's files only define and export: marked free of side effects, a bundle that imports but never
      // calls it (Chrome's service worker: its offscreen document reads articles) leaves it out.
      if (path.includes('@mozilla/readability/') && !path.endsWith('/Readability.js')) return { code, map: null, moduleSideEffects: false };
      if (!path.includes('@mozilla/readability/Readability.js')) return null;
      let patched = code;
      for (const [from, to] of PATCHES) {
        if (!patched.includes(from)) throw new Error(`Readability changed: "${from}" not found; review build/readability-without-innerhtml.ts`);
        patched = patched.replace(from, to);
      }
      return { code: patched, map: null, moduleSideEffects: false };
    },
  };
}
