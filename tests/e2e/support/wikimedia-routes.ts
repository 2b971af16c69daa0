// Answers the extension's Wikipedia and Wikidata requests from the fixture world (real response
// shapes), records every request, and can fail on purpose: no network, 5xx, 429 with Retry-After,
// garbage JSON, a hang past the client's timeout, or every field of the right shape but wrong type.
import type { BrowserContext, Route } from '@playwright/test';
import { answer, loadWorld, type World } from '../../support/fake-wikimedia';

const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export type WikimediaMode = 'ok' | 'offline' | 'error' | 'rate-limited' | 'garbage' | 'hang' | 'wrong-types';

export interface WikimediaRoutes {
  requests: string[];
  /** Replace the world (e.g. with hostile text) or make requests fail. */
  set(options: { world?: World; mode?: WikimediaMode }): void;
}

/** Past the extension's 8 s request timeout. */
const HANG_MS = 10_000;
const WRONG = [42, null, ['<script>window.__pwned = 1</script>'], { html: '<img src=x onerror="window.__pwned=2">' }];

/** The same JSON with every string, number and boolean swapped for a value of another type. */
function wrongTypes(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((v) => wrongTypes(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v], i) => [k, wrongTypes(v, depth + i + 1)]));
  }
  return WRONG[depth % WRONG.length];
}

export async function routeWikimedia(context: BrowserContext): Promise<WikimediaRoutes> {
  let world = loadWorld();
  let mode: WikimediaMode = 'ok';
  const requests: string[] = [];
  const handler = async (route: Route) => {
    const url = route.request().url();
    requests.push(url);
    if (mode === 'offline') return route.abort('internetdisconnected');
    if (mode === 'error') return route.fulfill({ status: 503, body: 'Service Unavailable' });
    if (mode === 'rate-limited') return route.fulfill({ status: 429, headers: { 'Retry-After': '1' }, body: '' });
    if (mode === 'garbage')
      return route.fulfill({ status: 200, contentType: 'application/json', body: '{"query": {"pages": [<html>' });
    if (mode === 'hang') {
      await new Promise((resolve) => setTimeout(resolve, HANG_MS));
      return route.abort('timedout').catch(() => undefined); // the client gave up long ago
    }
    const body = answer(world, new URL(url));
    if (body === null) return route.fulfill({ status: 404, body: 'unknown API call' });
    const sent = mode === 'wrong-types' ? wrongTypes(body) : body;
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(sent) });
  };
  await context.route(/^https:\/\/[a-z-]+\.wikipedia\.org\//, handler);
  await context.route(/^https:\/\/www\.wikidata\.org\//, handler);
  // Card thumbnails: a 1×1 PNG stands in for Wikimedia Commons' images.
  await context.route(/^https:\/\/upload\.wikimedia\.org\//, (route) => {
    requests.push(route.request().url());
    return mode === 'ok'
      ? route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL })
      : route.abort('internetdisconnected');
  });
  return {
    requests,
    set(options) {
      if (options.world) world = options.world;
      if (options.mode) mode = options.mode;
    },
  };
}
