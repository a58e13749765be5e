// A static server for the test pages, on 127.0.0.1:
//   /pages/<slug>/   → test/fixtures/pages/<slug>/source.html   (the page corpus)
//   /hostile/<slug>/ → test/fixtures/hostile/<slug>/source.html, or the HTML its source.mjs renders,
//                      with the response headers in its headers.json (e.g. a strict Content-Security-Policy)
// Used by `npm start` (the sample article) and by the end-to-end tests.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const FIXTURES = resolve(import.meta.dirname, '..', 'test', 'fixtures');
export const PAGES = join(FIXTURES, 'pages');
const rendered = new Map();

async function pageFor(kind, slug) {
  const folder = join(FIXTURES, kind, slug);
  const headers = existsSync(join(folder, 'headers.json')) ? JSON.parse(readFileSync(join(folder, 'headers.json'), 'utf8')) : {};
  if (existsSync(join(folder, 'source.html'))) return { body: readFileSync(join(folder, 'source.html')), headers };
  if (existsSync(join(folder, 'source.mjs'))) {
    if (!rendered.has(folder)) {
      // eslint-disable-next-line no-unsanitized/method -- a generator in this repository's fixtures; the slug matched /[\w-]+/.
      rendered.set(folder, (await import(pathToFileURL(join(folder, 'source.mjs')).href)).render());
    }
    return { body: rendered.get(folder), headers };
  }
  return null;
}

/** Starts the server on `port` (0: any free port). Each `url()` call gets its own ?visit= query string. */
export async function startFixtureServer(port = 0) {
  const server = createServer((request, response) => {
    const match = /^\/(pages|hostile)\/([\w-]+)\/$/.exec(new URL(request.url ?? '/', 'http://x').pathname);
    void (match ? pageFor(match[1], match[2]) : Promise.resolve(null)).then((page) => {
      if (!page) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers }).end(page.body);
    });
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  let visit = 0;
  return {
    port: address.port,
    // A query string per visit, so a test's ?tabUrl= finds exactly the tab it opened.
    url: (slug, kind = 'pages') => `http://127.0.0.1:${address.port}/${kind}/${slug}/?visit=${++visit}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
