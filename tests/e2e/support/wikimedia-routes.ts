// Answers the extension's Wikipedia and Wikidata requests from the fixture world (real response
// shapes), records every request, and can fail on purpose (no network, errors).
import type { BrowserContext, Route } from '@playwright/test';
import { answer, loadWorld, type World } from '../../support/fake-wikimedia';

const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export interface WikimediaRoutes {
  requests: string[];
  /** Replace the world (e.g. with hostile text) or make requests fail. */
  set(options: { world?: World; mode?: 'ok' | 'offline' | 'error' }): void;
}

export async function routeWikimedia(context: BrowserContext): Promise<WikimediaRoutes> {
  let world = loadWorld();
  let mode: 'ok' | 'offline' | 'error' = 'ok';
  const requests: string[] = [];
  const handler = async (route: Route) => {
    const url = route.request().url();
    requests.push(url);
    if (mode === 'offline') return route.abort('internetdisconnected');
    if (mode === 'error') return route.fulfill({ status: 503, body: 'Service Unavailable' });
    const body = answer(world, new URL(url));
    if (body === null) return route.fulfill({ status: 404, body: 'unknown API call' });
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
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
