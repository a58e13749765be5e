// A tiny HTTP fixture server that answers like Wikipedia, Wikidata and GDELT (see routes.mjs), so unit,
// integration and e2e tests can point lib/knowledge's configurable endpoints at it and assert what left the device.
// Run alone: node test/knowledge-server/server.mjs [port]
import { createServer } from 'node:http';
import { route, MODES } from './routes.mjs';

/**
 * Starts the server on 127.0.0.1 (port 0 = any free port).
 * Returns { origin, close, requests, setMode }: `requests` logs { method, url, headers } of every request.
 */
export async function startKnowledgeServer({ port = 0, mode = 'normal' } = {}) {
  const requests = [];
  let current = mode;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      requests.push({ method: req.method, url: req.url ?? '', headers: { ...req.headers }, body });
      // A browser sends a CORS preflight for the Api-User-Agent header when the page has no host permission
      // for the server (the e2e tests point the extension here): answer it as the real services do.
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET' });
        res.end();
        return;
      }
      const answer = req.method === 'GET' ? route(req.url ?? '/', current, { now: Date.now() }) : { status: 405, headers: { 'content-type': 'text/plain' }, body: 'GET only' };
      res.writeHead(answer.status, { ...answer.headers, 'access-control-allow-origin': '*' });
      res.end(answer.body);
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    requests,
    setMode(next) {
      if (!MODES.includes(next)) throw new Error(`unknown mode ${next}; one of ${MODES.join(', ')}`);
      current = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startKnowledgeServer({ port: Number(process.argv[2] ?? 0) });
  console.log(`knowledge fixture server at ${server.origin}`);
}
