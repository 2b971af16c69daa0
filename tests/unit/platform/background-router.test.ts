// The background's message router: messages from other extensions or pages are refused before any
// work, malformed requests get an error, and no request — however hostile — makes the background
// fetch anything but the API addresses it builds itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backgroundHandlers, BACKGROUND_MESSAGES, type Sender } from '../../../platform/background-router';
import { KnowledgeService } from '../../../platform/knowledge-service';
import { MemoryCardStore } from '../../../platform/memory-card-store';
import { HttpClient } from '../../../platform/http-client';
import { isApiUrl } from '../../../platform/endpoints';
import { REAL_ENDPOINTS } from '../../../lib/knowledge/urls';
import { answer, loadWorld } from '../../support/fake-wikimedia';
import { SEED } from '../property/arbitraries';
import { findEntities } from '../../../lib/entities/pipeline';

const world = loadWorld();
const OWN: Sender = { id: 'backstory-id', tab: { id: 7 }, frameId: 0 };
/** Every query parameter the URL builders (lib/knowledge/urls.ts) write: nothing else may appear. */
const API_PARAMS = new Set([
  'action', 'format', 'formatversion', 'origin', 'prop', 'titles', 'redirects', 'exintro', 'explaintext',
  'exsentences', 'exlimit', 'piprop', 'pithumbsize', 'ppprop', 'generator', 'gsrsearch', 'gsrlimit',
  'gsrnamespace', 'ids', 'props', 'languages', 'sites', 'sitefilter',
]); // prettier-ignore

function setup(find?: typeof findEntities) {
  const fetched: string[] = [];
  const calls = {
    findEntities: 0,
    inject: [] as string[],
    referenceDates: [] as Array<string | null>,
    announced: [] as number[],
  };
  const http = new HttpClient({
    fetch: async (url) => {
      fetched.push(String(url));
      return new Response(JSON.stringify(answer(world, new URL(String(url)))), { status: 200 });
    },
    userAgent: 'test',
    isAllowed: isApiUrl,
    isOffline: () => false,
  });
  const handlers = backgroundHandlers({
    ownId: 'backstory-id',
    service: Promise.resolve(new KnowledgeService(new MemoryCardStore(), http, REAL_ENDPOINTS)),
    findEntities: (text, lang, referenceDate, verdicts) => {
      calls.findEntities++;
      calls.referenceDates.push(referenceDate);
      return find
        ? find(text, { referenceDate, lang, ...(verdicts ? { verdicts } : {}) })
        : { entities: [], quotes: [], dates: [] };
    },
    injectBundle: async (_tab, _frame, file) => void calls.inject.push(file),
    readSettings: async () => ({ disabledSites: ['quiet.example'], markedKinds: ['person'] }),
    announcePage: (tabId) => void calls.announced.push(tabId),
  });
  return { handlers, fetched, calls };
}

const lavrov = { id: 'p', name: 'Sergey Lavrov', kind: 'person', mentions: 2 };
/** The clues of a page that declares "By Jane Doe" and shows "Published 3 May 2019" near its headline. */
const CLUES = {
  outlet: 'The Daily',
  byline: {
    declared: ['By Jane Doe'],
    shown: [],
    lines: [],
    signOffs: [],
    generic: null,
    creator: null,
    organizations: null,
  },
  date: {
    declared: [],
    elements: [{ values: [], text: 'Published 3 May 2019', modifiedProp: false }],
    leading: null,
    addresses: ['https://daily.example/news/ministers-meet'],
    title: 'Ministers meet',
    created: [],
    modified: [],
    monthFirst: false,
  },
};
/** The evidence of an undeclared page: little prose, no headline. */
const EVIDENCE = {
  ogArticle: false,
  productOrMedia: false,
  headed: false,
  prose: 600,
  codeShare: 0,
  fieldLabels: 0,
  blocks: 3,
  linkedHeadings: 0,
  player: false,
};
const VALID: Record<string, unknown> = {
  prefetchCards: { lang: 'en', entities: [lavrov] },
  getCard: { lang: 'en', entity: lavrov },
  chooseCard: { lang: 'en', entity: lavrov, title: 'Sergey Lavrov' },
  readArticle: { text: 'Sergey Lavrov spoke.', lang: 'en', clues: CLUES, evidence: null },
  confirmNames: { text: 'Sergey Lavrov spoke.', lang: 'en', referenceDate: null },
  injectScript: { file: 'cards.js' },
  getCacheStats: undefined,
  clearCache: undefined,
};

describe('background router', () => {
  it('refuses every message from another extension, a page or an unknown sender, before any work', async () => {
    const { handlers, fetched, calls } = setup();
    const strangers: Sender[] = [{ id: 'other-extension' }, {}, { tab: { id: 1 } }, undefined as unknown as Sender];
    for (const name of BACKGROUND_MESSAGES) {
      for (const sender of strangers) {
        await expect(handlers[name](VALID[name], sender)).rejects.toThrow(/another extension or page/);
      }
    }
    expect(fetched).toEqual([]);
    expect(calls).toEqual({ findEntities: 0, inject: [], referenceDates: [], announced: [] });
  });

  it("reads an article's byline and date from its clues, and its entities against that date", async () => {
    const { handlers, calls } = setup();
    const reading = await handlers.readArticle(VALID.readArticle, OWN);
    expect(reading.settlement).toEqual({ byline: 'Jane Doe', publishedTime: '2019-05-03', notArticle: null });
    expect(calls.referenceDates).toEqual(['2019-05-03']);
    // The reader's settings come with the reading: the page asks nothing before it reads.
    expect(reading.settings).toEqual({ disabledSites: ['quiet.example'], markedKinds: ['person'] });
  });

  it("tells the side panel that a tab's article was read when its card batch arrives", async () => {
    const { handlers, calls } = setup();
    await handlers.prefetchCards(VALID.prefetchCards, OWN);
    expect(calls.announced).toEqual([7]);
    // From the extension's own pages (no tab) there is nothing to announce.
    await handlers.prefetchCards(VALID.prefetchCards, { id: OWN.id });
    expect(calls.announced).toEqual([7]);
  });

  it('reads no entities on a page its evidence refuses, nor in a language the finder does not read', async () => {
    const { handlers, calls } = setup();
    const bare = { ...CLUES, byline: { ...CLUES.byline, declared: [] }, date: { ...CLUES.date, elements: [] } };
    const refused = await handlers.readArticle(
      { text: 'Some text.', lang: 'en', clues: bare, evidence: EVIDENCE },
      OWN,
    );
    expect(refused.settlement.notArticle).toMatch(/no date, byline or article declaration/);
    // The same evidence with a date and a byline is an article's.
    const kept = await handlers.readArticle({ text: 'Some text.', lang: 'en', clues: CLUES, evidence: EVIDENCE }, OWN);
    expect(kept.settlement.notArticle).toBeNull();
    const foreign = await handlers.readArticle({ text: null, lang: 'en', clues: CLUES, evidence: null }, OWN);
    expect(foreign.settlement.byline).toBe('Jane Doe');
    expect(calls.findEntities).toBe(1);
  });

  it('confirms doubtful names in one request, and answers later pages from the stored verdicts', async () => {
    const { handlers, fetched } = setup(findEntities);
    const text =
      'The contract went to the shipping group of Tarkan Veselinov. A story in the Walter Courant raised it. ' +
      'Harbour master Colm Devereux said the rules were followed.';
    const people = (a: { entities: Array<{ kind: string; name: string }> }) =>
      a.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    const first = await handlers.readArticle({ text, lang: 'en', clues: CLUES, evidence: null }, OWN);
    expect(people(first.analysis)).toEqual(['Walter Courant', 'Colm Devereux']);
    expect(first.analysis.doubtful).toEqual(['Tarkan Veselinov', 'Walter Courant']);
    const confirmed = await handlers.confirmNames({ text, lang: 'en', referenceDate: '2019-05-03' }, OWN);
    expect(people(confirmed.analysis)).toEqual(['Tarkan Veselinov', 'Colm Devereux']);
    expect(confirmed.requests).toBe(1);
    expect(fetched.filter((u) => u.includes('wbgetentities'))).toHaveLength(1);
    // Only the names went out.
    expect(fetched.some((u) => decodeURIComponent(u).includes('contract'))).toBe(false);
    const again = await handlers.readArticle({ text, lang: 'en', clues: CLUES, evidence: null }, OWN);
    expect(people(again.analysis)).toEqual(['Tarkan Veselinov', 'Colm Devereux']);
    expect(again.analysis.doubtful).toEqual([]);
    expect(fetched).toHaveLength(1);
  });

  it('answers the same messages from its own parts', async () => {
    const { handlers, calls } = setup();
    await expect(handlers.getCard(VALID.getCard, OWN)).resolves.toMatchObject({ status: 'linked' });
    await expect(handlers.injectScript(VALID.injectScript, OWN)).resolves.toEqual({ ok: true });
    expect(calls.inject).toEqual(['cards.js']);
  });

  it('gives malformed requests an error result, and injects only its own bundles into a tab', async () => {
    const { handlers, fetched, calls } = setup();
    const malformed: Array<[keyof typeof handlers, unknown]> = [
      ['prefetchCards', { lang: 'en', entities: 'all' }],
      ['prefetchCards', { lang: 'en&origin=evil', entities: [] }],
      ['getCard', { lang: 'en', entity: { ...lavrov, kind: 'city' } }],
      ['getCard', { lang: 'en', entity: { ...lavrov, date: 'last Tuesday' } }],
      [
        'getCard',
        { lang: 'en', entity: { ...lavrov, places: ['Armenia', 'Azerbaijan', 'Iran', 'Georgia', 'Turkey'] } },
      ],
      ['getCard', null],
      ['chooseCard', { lang: 'en', entity: lavrov, title: '' }],
      ['readArticle', { text: 42, clues: CLUES, evidence: null }],
      ['readArticle', { text: 'x'.repeat(2_000_001), clues: CLUES, evidence: null }],
      [
        'readArticle',
        { text: 'Some text.', clues: { ...CLUES, date: { ...CLUES.date, elements: 'all' } }, evidence: null },
      ],
      ['readArticle', { text: 'Some text.', clues: CLUES, evidence: { ...EVIDENCE, codeShare: 2 } }],
      ['injectScript', { file: '../../evil.js' }],
      ['injectScript', { file: 'https://evil.example/x.js' }],
    ];
    for (const [name, data] of malformed) await expect(handlers[name](data, OWN)).rejects.toThrow(/Malformed/);
    await expect(handlers.injectScript({ file: 'analyzer.js' }, { id: OWN.id })).rejects.toThrow(/from a tab/);
    expect(fetched).toEqual([]);
    expect(calls).toEqual({ findEntities: 0, inject: [], referenceDates: [], announced: [] });
  });

  it('fetches only the API addresses it builds, whatever the names say (500 hostile requests)', async () => {
    const { handlers, fetched } = setup();
    const hostile = fc.constantFrom(
      'https://evil.example/steal?x=1', '../../../etc/passwd', 'Lavrov&origin=https://evil.example',
      'Lavrov#frag', 'a?b=c', '%2F%2Fevil.example', 'javascript:alert(1)', '<script>alert(1)</script>', '\u0000',
    ); // prettier-ignore
    const name = fc.oneof(hostile, fc.string({ minLength: 1, maxLength: 60 }));
    const query = fc.record({
      id: fc.string({ maxLength: 20 }),
      name,
      kind: fc.constantFrom('person', 'agreement', 'organization'),
      mentions: fc.nat({ max: 9 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(query, { minLength: 1, maxLength: 4 }), name, async (entities, title) => {
        await handlers.prefetchCards({ lang: 'en', entities }, OWN);
        await handlers.chooseCard({ lang: 'en', entity: entities[0], title }, OWN);
      }),
      { seed: SEED, numRuns: 500 },
    );
    expect(fetched.length).toBeGreaterThan(0);
    for (const url of fetched) {
      expect(isApiUrl(url)).toBe(true);
      const parsed = new URL(url);
      expect(['en.wikipedia.org', 'www.wikidata.org']).toContain(parsed.host);
      expect(parsed.pathname).toBe('/w/api.php');
      for (const key of parsed.searchParams.keys()) expect(API_PARAMS).toContain(key);
    }
  });
});
