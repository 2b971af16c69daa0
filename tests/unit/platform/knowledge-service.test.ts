// The background's card service over the fixture wiki: one batch before any hover, answers from the
// store afterwards (no request), stale cards shown at once and refreshed, failures not remembered,
// and the reader's choice kept for the name.
import { describe, expect, it } from 'vitest';
import type { EntityQuery } from '../../../lib/types';
import { REAL_ENDPOINTS } from '../../../lib/knowledge/urls';
import { KnowledgeService } from '../../../platform/knowledge-service';
import { MemoryCardStore } from '../../../platform/memory-card-store';
import { HttpClient } from '../../../platform/http-client';
import { CARD_LIFETIME_MS } from '../../../platform/card-store';
import { answer, loadWorld } from '../../support/fake-wikimedia';

const world = loadWorld();
const lavrov: EntityQuery = { id: 'p', name: 'Sergey Lavrov', kind: 'person', mentions: 3 };
const mercury: EntityQuery = { id: 'm', name: 'Mercury', kind: 'organization', mentions: 1 };

function setup(options: { offline?: boolean; down?: boolean } = {}) {
  let now = 1_000_000;
  const requests: string[] = [];
  const http = new HttpClient({
    fetch: async (url) => {
      requests.push(String(url));
      if (options.down) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(answer(world, new URL(String(url)))), { status: 200 });
    },
    userAgent: 'test',
    isAllowed: () => true,
    isOffline: () => options.offline ?? false,
  });
  const store = new MemoryCardStore(() => now);
  const service = new KnowledgeService(store, http, REAL_ENDPOINTS, () => now);
  return { service, requests, store, advance: (ms: number) => (now += ms) };
}

describe('KnowledgeService', () => {
  it('answers a hover from the store after the page’s batch, without a request', async () => {
    const { service, requests } = setup();
    await service.prefetch('en', [lavrov, mercury]);
    const before = requests.length;
    const result = await service.getCard('en', lavrov);
    expect(result.card?.title).toBe('Sergey Lavrov');
    expect(requests.length).toBe(before);
  });

  it('returns the page’s cards from its batch, and from the store alone the next time', async () => {
    const { service, requests } = setup();
    const first = await service.prefetch('en', [lavrov, mercury]);
    expect(first[lavrov.id]?.card?.title).toBe('Sergey Lavrov');
    expect(Object.keys(first).sort()).toEqual([lavrov.id, mercury.id].sort());
    const before = requests.length;
    const again = await service.prefetch('en', [lavrov, mercury]);
    expect(again).toEqual(first);
    expect(requests.length).toBe(before);
  });

  it('shows a stale card at once and refreshes it in the background', async () => {
    const { service, requests, advance } = setup();
    await service.prefetch('en', [lavrov]);
    advance(CARD_LIFETIME_MS + 1);
    const before = requests.length;
    const result = await service.getCard('en', lavrov);
    expect(result).toMatchObject({ status: 'linked', stale: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(requests.length).toBeGreaterThan(before);
  });

  it('says why when offline or without network, and retries next time', async () => {
    const offline = setup({ offline: true });
    expect(await offline.service.getCard('en', lavrov)).toMatchObject({
      status: 'offline',
      reason: 'Offline mode is on',
    });
    expect(offline.requests).toEqual([]);
    const down = setup({ down: true });
    expect(await down.service.getCard('en', lavrov)).toMatchObject({ status: 'failed', reason: 'No network' });
    expect(await down.store.getLookup('en|person|sergey lavrov|')).toBeUndefined();
  });

  it('remembers the reader’s choice for an ambiguous name', async () => {
    const { service } = setup();
    expect((await service.getCard('en', mercury)).status).toBe('ambiguous');
    const chosen = await service.choose('en', mercury, 'Mercury (planet)');
    expect(chosen.card?.title).toBe('Mercury (planet)');
    expect((await service.getCard('en', mercury)).card?.title).toBe('Mercury (planet)');
  });
});
