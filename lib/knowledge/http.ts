/** One GET through the injected fetch, with a time limit; network failures become data. */
import { fail, ok } from './types';
import type { FetchLike, KnowledgeResult } from './types';

/** What the clients need from an HTTP answer. The body is read as text: GDELT sends text where JSON is expected. */
export interface HttpReply {
  status: number;
  text: string;
  contentType: string;
  /** Retry-After in milliseconds, when the server sent one (seconds or an HTTP date). */
  retryAfterMs?: number;
}

/** A reader waits for a side panel a few seconds, not a minute: slower answers are reported as timeouts. */
export const REQUEST_TIMEOUT_MS = 15_000;

export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

export async function httpGet(
  fetch: FetchLike,
  url: string,
  headers: Record<string, string>,
  nowMs: number,
  timeoutMs: number = REQUEST_TIMEOUT_MS,
): Promise<KnowledgeResult<HttpReply>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { headers, signal: controller.signal });
    const text = await response.text();
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), nowMs);
    const reply: HttpReply = { status: response.status, text, contentType: response.headers.get('content-type') ?? '' };
    if (retryAfterMs !== undefined) reply.retryAfterMs = retryAfterMs;
    return ok(reply);
  } catch (error) {
    if (timedOut) return fail('timeout', `no answer within ${timeoutMs} ms`);
    return fail('offline', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

/** Parses a JSON body; HTML or text where JSON was expected is "unavailable" / "invalid-response", not a throw. */
export function parseJson(reply: HttpReply): KnowledgeResult<unknown> {
  if (/^\s*</.test(reply.text)) return fail('unavailable', 'HTML instead of JSON');
  try {
    return ok(JSON.parse(reply.text));
  } catch {
    return fail('invalid-response', reply.text.slice(0, 120));
  }
}
