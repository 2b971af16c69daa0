// The card store on fake-indexeddb: LRU cap, look-ups and choices, corrupted rows ignored, a full disk
// answered by eviction, a version-1 database upgraded with nothing lost, and memory when IndexedDB fails.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import type { Card } from '../../../lib/types';
import { BackstoryDb, MAX_CARDS } from '../../../platform/card-store';
import { DexieCardStore } from '../../../platform/dexie-card-store';
import { FallbackCardStore, openCardStore } from '../../../platform/open-card-store';

let dbCount = 0;
const freshName = () => `backstory-test-${++dbCount}`;

function card(title: string, fetchedAt = 1000): Card {
  return {
    key: `en:${title}`,
    lang: 'en',
    title,
    url: `https://en.wikipedia.org/wiki/${title}`,
    kind: 'person',
    facts: [],
    positions: [],
    fetchedAt,
  };
}

describe('DexieCardStore', () => {
  it('stores and returns cards, look-ups and choices', async () => {
    const store = await openCardStore({ name: freshName() });
    expect(store.kind).toBe('indexeddb');
    await store.putCards([card('Sergey Lavrov')]);
    await store.putLookups([
      {
        key: 'en|person|sergey lavrov|',
        cardKey: 'en:Sergey Lavrov',
        status: 'linked',
        confidence: 0.8,
        candidates: [],
        at: 1,
      },
    ]);
    await store.putChoice({ key: 'en|organization|mercury', title: 'Mercury (element)', at: 1 });
    expect((await store.getCard('en:Sergey Lavrov'))?.card.title).toBe('Sergey Lavrov');
    expect((await store.getLookup('en|person|sergey lavrov|'))?.cardKey).toBe('en:Sergey Lavrov');
    expect((await store.getChoice('en|organization|mercury'))?.title).toBe('Mercury (element)');
    expect(await store.stats()).toMatchObject({ cards: 1 });
    await store.clear();
    expect(await store.stats()).toMatchObject({ cards: 0 });
  });

  it(`keeps at most ${MAX_CARDS} cards, dropping the least recently used`, async () => {
    let clock = 0;
    const db = new BackstoryDb(freshName());
    const store = new DexieCardStore(db, () => ++clock);
    await store.putCards(Array.from({ length: MAX_CARDS }, (_, i) => card(`Card ${i}`)));
    await store.getCard('en:Card 0'); // used again: now the most recent
    await store.putCards([card('One more')]);
    expect(await db.cards.count()).toBe(MAX_CARDS);
    expect(await store.getCard('en:Card 0')).toBeDefined();
    expect(await store.getCard('en:Card 1')).toBeUndefined();
  });

  it('ignores (and deletes) corrupted rows so they are fetched again', async () => {
    const db = new BackstoryDb(freshName());
    await db.cards.put({ key: 'en:Broken', fetchedAt: 1, usedAt: 1, card: { title: 42 } as unknown as Card });
    const store = new DexieCardStore(db);
    expect(await store.getCard('en:Broken')).toBeUndefined();
    expect(await db.cards.get('en:Broken')).toBeUndefined();
  });

  it('evicts and retries once when the disk is full', async () => {
    const db = new BackstoryDb(freshName());
    const store = new DexieCardStore(db);
    await store.putCards(Array.from({ length: 20 }, (_, i) => card(`Old ${i}`)));
    const realBulkPut = db.cards.bulkPut.bind(db.cards);
    let failures = 0;
    vi.spyOn(db.cards, 'bulkPut').mockImplementation(((rows: never) => {
      if (failures++ === 0) return Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
      return realBulkPut(rows);
    }) as typeof db.cards.bulkPut);
    await store.putCards([card('New')]);
    expect(await db.cards.count()).toBe(19); // 20 − 2 evicted + 1 new
    expect(await store.getCard('en:New')).toBeDefined();
  });

  it('upgrades a version-1 database with data to the current version, losing nothing', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ cards: 'key, wikidataId, fetchedAt', lookups: 'key' });
    await v1
      .table('cards')
      .put({ key: 'en:Sergey Lavrov', wikidataId: 'Q1', fetchedAt: 1234, card: card('Sergey Lavrov', 1234) });
    await v1.table('lookups').put({
      key: 'en|person|sergey lavrov|',
      cardKey: 'en:Sergey Lavrov',
      status: 'linked',
      confidence: 0.9,
      candidates: [],
      at: 1,
    });
    v1.close();
    const db = new BackstoryDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.cards.get('en:Sergey Lavrov')).toMatchObject({
      fetchedAt: 1234,
      usedAt: 1234,
      card: { title: 'Sergey Lavrov' },
    });
    expect(await db.lookups.get('en|person|sergey lavrov|')).toMatchObject({ cardKey: 'en:Sergey Lavrov' });
    expect(await db.choices.count()).toBe(0);
    expect(await db.verdicts.count()).toBe(0);
    db.close();
  });

  it('keeps verdicts on names, reads them back in the order asked, and forgets them with the cards', async () => {
    const store = new DexieCardStore(new BackstoryDb(freshName()));
    await store.putVerdicts([
      { key: 'en|liu he', verdict: 'person', at: 1 },
      { key: 'en|baltimore sun', verdict: 'not-person', at: 1 },
      { key: 'en|nobody known', verdict: null, at: 1 },
    ]);
    const rows = await store.getVerdicts(['en|baltimore sun', 'en|never asked', 'en|liu he', 'en|nobody known']);
    expect(rows.map((r) => r?.verdict)).toEqual(['not-person', undefined, 'person', null]);
    await store.clear();
    expect(await store.getVerdicts(['en|liu he'])).toEqual([undefined]);
  });
});

describe('falling back to memory', () => {
  it('keeps working in memory, with a warning, when IndexedDB cannot open', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = {
      open: () => {
        throw new Error('IndexedDB disabled');
      },
    } as unknown as IDBFactory;
    const store = await openCardStore({ name: freshName(), dexie: { indexedDB: broken, IDBKeyRange } });
    expect(store.kind).toBe('memory');
    expect(warn).toHaveBeenCalled();
    await store.putCards([card('Sergey Lavrov')]);
    expect((await store.getCard('en:Sergey Lavrov'))?.card.title).toBe('Sergey Lavrov');
    warn.mockRestore();
  });

  it('falls back when the database is blocked by an old connection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores({ cards: 'key' });
    await old.open();
    old.on('versionchange', () => false); // refuses to close: the upgrade is blocked
    const store = await openCardStore({ name, openTimeoutMs: 200 });
    expect(store.kind).toBe('memory');
    old.close();
    warn.mockRestore();
  });

  it('moves to memory when a later call fails for good', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = new BackstoryDb(freshName());
    await db.open();
    const store = new FallbackCardStore(new DexieCardStore(db));
    db.close(); // every IndexedDB call now fails
    await store.putCards([card('Sergey Lavrov')]);
    expect(store.kind).toBe('memory');
    expect((await store.getCard('en:Sergey Lavrov'))?.card.title).toBe('Sergey Lavrov');
    warn.mockRestore();
  });
});
