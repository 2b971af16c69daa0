// The network door: only API URLs, three requests at a time, one retry on 5xx and 429 honouring
// Retry-After (capped), a timeout, and no request at all in offline mode.
import { describe, expect, it } from 'vitest';
import { HttpClient, HttpError, OfflineError, type HttpClientOptions } from '../../../platform/http-client';

const API = 'https://en.wikipedia.org/w/api.php?action=query';

function client(fetchImpl: typeof fetch, extra: Partial<HttpClientOptions> = {}) {
  const sleeps: number[] = [];
  const http = new HttpClient({
    fetch: fetchImpl,
    userAgent: 'Backstory/test',
    isAllowed: (url) => url.startsWith('https://en.wikipedia.org/w/api.php'),
    isOffline: () => false,
    sleep: async (ms) => void sleeps.push(ms),
    ...extra,
  });
  return { http, sleeps };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('HttpClient', () => {
  it('sends an Api-User-Agent and no credentials or referrer', async () => {
    let seen: RequestInit | undefined;
    const { http } = client(async (_url, init) => ((seen = init), json({ ok: 1 })));
    expect(await http.getJson(API)).toEqual({ ok: 1 });
    expect(new Headers(seen?.headers).get('Api-User-Agent')).toBe('Backstory/test');
    expect(seen?.credentials).toBe('omit');
    expect(seen?.referrerPolicy).toBe('no-referrer');
  });

  it('refuses URLs it did not build, and makes no request in offline mode', async () => {
    let calls = 0;
    const { http } = client(async () => (calls++, json({})));
    await expect(http.getJson('https://evil.example/collect?page=secret')).rejects.toThrow(/refused/);
    const offline = client(async () => (calls++, json({})), { isOffline: () => true }).http;
    await expect(offline.getJson(API)).rejects.toBeInstanceOf(OfflineError);
    expect(calls).toBe(0);
  });

  it('retries once after Retry-After on 429, capped', async () => {
    const answers = [json({}, 429, { 'Retry-After': '120' }), json({ ok: 2 })];
    const { http, sleeps } = client(async () => answers.shift() as Response, { maxRetryAfterMs: 5000 });
    expect(await http.getJson(API)).toEqual({ ok: 2 });
    expect(sleeps).toEqual([5000]);
  });

  it('retries a 5xx once, then gives up with an HttpError (no unbounded retry)', async () => {
    let calls = 0;
    const { http } = client(async () => (calls++, json({}, 503)));
    await expect(http.getJson(API)).rejects.toBeInstanceOf(HttpError);
    expect(calls).toBe(2);
  });

  it('gives up after the timeout when the server hangs', async () => {
    const hang: typeof fetch = (_url, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const { http } = client(hang, { timeoutMs: 50 });
    await expect(http.getJson(API)).rejects.toThrow(/abort/i);
  });

  it('keeps at most three requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const { http } = client(async () => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 10));
      inFlight--;
      return json({});
    });
    await Promise.all(Array.from({ length: 8 }, () => http.getJson(API)));
    expect(peak).toBe(3);
  });

  it('rejects garbage JSON with an error instead of crashing', async () => {
    const { http } = client(async () => new Response('<html>oops', { status: 200 }));
    await expect(http.getJson(API)).rejects.toThrow();
  });
});
