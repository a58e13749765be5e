// A static server for the page corpus: /pages/<slug>/ → test/fixtures/pages/<slug>/source.html, on 127.0.0.1.
// Used by `npm start` (the sample article) and by the end-to-end tests.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PAGES = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'pages');

/** Starts the server on `port` (0: any free port). Each `url()` call gets its own ?visit= query string. */
export async function startFixtureServer(port = 0) {
  const server = createServer((request, response) => {
    const match = /^\/pages\/([\w-]+)\/$/.exec(new URL(request.url ?? '/', 'http://x').pathname);
    const file = match ? join(PAGES, match[1], 'source.html') : null;
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  let visit = 0;
  return {
    port: address.port,
    // A query string per visit, so a test's ?tabUrl= finds exactly the tab it opened.
    url: (slug) => `http://127.0.0.1:${address.port}/pages/${slug}/?visit=${++visit}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
