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

  it('types doubtful names in one request, then from the store alone, and offline from the store only', async () => {
    const { service, requests, store } = setup();
    const names = ['Tarkan Veselinov', 'Walter Courant', 'Nobody Inparticular'];
    const first = await service.typeNames('en', names);
    expect(first.requests).toBe(1);
    expect(requests.filter((u) => u.includes('sites=enwiki'))).toHaveLength(1);
    expect([...first.answers]).toEqual([
      ['tarkan veselinov', 'person'],
      ['walter courant', 'not-person'],
      ['nobody inparticular', null],
    ]);
    const before = requests.length;
    expect((await service.typeNames('en', names)).requests).toBe(0);
    expect(requests.length).toBe(before);
    // Names only, in the store: nothing of the page's text.
    expect((await store.getVerdicts(['en|walter courant']))[0]).toMatchObject({ verdict: 'not-person' });
    const offline = setup({ offline: true });
    const none = await offline.service.typeNames('en', names);
    expect(none).toEqual({ answers: new Map(), requests: 0 });
    expect(offline.requests).toEqual([]);
  });

  it('keeps the prefetch within the budget the knowledge look-up left it', async () => {
    const { service, requests } = setup();
    const many = Array.from({ length: 45 }, (_, i): EntityQuery => ({
      id: `q${i}`,
      name: `Name ${i}`,
      kind: 'person',
      mentions: 1,
    }));
    await service.prefetch('en', [lavrov, ...many], 4);
    expect(requests.length).toBeLessThanOrEqual(4);
    expect(await service.prefetch('en', [mercury], 0)).toEqual({});
  });

  it('remembers the reader’s choice for an ambiguous name', async () => {
    const { service } = setup();
    expect((await service.getCard('en', mercury)).status).toBe('ambiguous');
    const chosen = await service.choose('en', mercury, 'Mercury (planet)');
    expect(chosen.card?.title).toBe('Mercury (planet)');
    expect((await service.getCard('en', mercury)).card?.title).toBe('Mercury (planet)');
  });
});
