// Linking against a fixture slice of Wikipedia and Wikidata (real response shapes): the seed's
// entities in at most five requests, the two declaration traps, a person against a same-named place,
// a disambiguation page, and failures that still answer every entity.
import { describe, expect, it } from 'vitest';
import type { EntityQuery, LinkResult } from '../../../lib/types';
import { resolveEntities, type ResolveDeps } from '../../../lib/knowledge/resolve';
import { REAL_ENDPOINTS } from '../../../lib/knowledge/urls';
import { answer, loadWorld } from '../../support/fake-wikimedia';

const world = loadWorld();

function deps(log: string[] = [], fail?: (url: URL) => unknown): ResolveDeps {
  return {
    endpoints: REAL_ENDPOINTS,
    now: () => 1_700_000_000_000,
    fetchJson: async (url) => {
      log.push(url);
      const parsed = new URL(url);
      if (fail) {
        const failure = fail(parsed);
        if (failure instanceof Error) throw failure;
      }
      return answer(world, parsed);
    },
  };
}

const q = (id: string, name: string, kind: EntityQuery['kind'], extra: Partial<EntityQuery> = {}): EntityQuery => ({
  id,
  name,
  kind,
  mentions: 1,
  ...extra,
});

const SEED: EntityQuery[] = [
  q('p1', 'Ararat Mirzoyan', 'person', { role: 'Armenian Foreign Minister', mentions: 5 }),
  q('p2', 'Sergey Lavrov', 'person', { role: 'Russian counterpart', mentions: 14 }),
  q('p3', 'Vladimir Putin', 'person', { role: 'Russian President', mentions: 3 }),
  q('p4', 'Alexey Chepa', 'person', {
    role: 'First Deputy Chairman of the Russian State Duma Committee on International Affairs',
    mentions: 2,
  }),
  q('p5', 'Viktor Orbán', 'person', { role: 'Hungarian Prime Minister' }),
  q('p6', 'Ilham Aliyev', 'person', { role: 'Azerbaijani President', mentions: 7 }),
  q('a1', 'Crossroads of Peace', 'agreement'),
  q('o1', 'Collective Security Treaty Organization', 'organization', { acronym: 'CSTO', mentions: 4 }),
  q('a2', '3+3', 'agreement'),
  q('o2', 'European Union', 'organization', { mentions: 2 }),
  q('a3', 'Prague Declaration', 'agreement', { year: 2022, places: ['Armenia', 'Azerbaijan'] }),
  q('a4', 'Alma-Ata Declaration', 'agreement', { year: 1991, places: ['Nagorno-Karabakh', 'Azerbaijan'] }),
  q('o3', 'OSCE Minsk Group', 'organization'),
];

describe('resolveEntities on the seed’s entities', () => {
  const log: string[] = [];
  const results = resolveEntities(SEED, 'en', deps(log));
  const get = async (id: string) => (await results).get(id) as LinkResult;

  it('looks everything up in at most five requests, none carrying page text', async () => {
    await results;
    expect(log.length).toBeLessThanOrEqual(5);
    for (const url of log) expect(url).toMatch(/^https:\/\/(en\.wikipedia\.org|www\.wikidata\.org)\/w\/api\.php\?/);
  });

  it('links people to human items with birth, nationality and offices', async () => {
    const lavrov = await get('p2');
    expect(lavrov.status).toBe('linked');
    expect(lavrov.card?.title).toBe('Sergey Lavrov');
    expect(lavrov.card?.facts).toContainEqual({ label: 'Born', value: '1950-03-21' });
    expect(lavrov.card?.facts.find((f) => f.label === 'Nationality')?.value).toContain('Russia');
    expect(lavrov.card?.positions.some((p) => /Foreign Affairs/.test(p.label) && !p.end)).toBe(true);
    for (const id of ['p1', 'p3', 'p5', 'p6']) expect((await get(id)).status).toBe('linked');
  });

  it('does not show the 1991 Alma-Ata Declaration as the 1978 health declaration', async () => {
    const alma = await get('a4');
    expect(alma.card?.title).not.toBe('Declaration of Alma-Ata');
    if (alma.status === 'linked') expect(alma.card?.title).toBe('Alma-Ata Protocol');
  });

  it('finds the October 2022 Prague Declaration under its own title by its year and places, not the 2008 one', async () => {
    const prague = await get('a3');
    expect(prague.status).toBe('linked');
    expect(prague.card?.title).toBe('Quadrilateral statement of Prague');
    expect(prague.card?.facts).toContainEqual({ label: 'Signed', value: '2022-10-06' });
    // The search went out as words, the generic head left out: no sentence of the article.
    const context = log.map((u) => new URL(u).searchParams.get('gsrsearch')).find((s) => s && !s.includes('"'));
    expect(context).toBe('Prague 2022 Armenia Azerbaijan');
  });

  it('finds "3+3" by search, and treaty organizations with their facts', async () => {
    expect((await get('a2')).card?.title).toBe('3+3 (South Caucasus)');
    const csto = await get('o1');
    expect(csto.card?.facts).toEqual(
      expect.arrayContaining([
        { label: 'Founded', value: '1992-05-15' },
        { label: 'Members', value: '6' },
      ]),
    );
  });
});

describe('a dated name whose title is a namesake of another year', () => {
  it('abstains when nothing of its year and places is found, and says which document the title is', async () => {
    const log: string[] = [];
    const [prague] = [
      (
        await resolveEntities(
          [q('a', 'Prague Declaration', 'agreement', { year: 2022, places: ['Chile'] })],
          'en',
          deps(log),
        )
      ).get('a'),
    ];
    expect(prague?.status).toBe('no-match');
    expect(prague?.reason).toBe(
      'The 2008 Prague Declaration on European Conscience and Communism is a different document',
    );
    expect(log.length).toBeLessThanOrEqual(5);
  });

  it('keeps the article’s budget: with four requests (one went to the knowledge look-up) no second search', async () => {
    const log: string[] = [];
    await resolveEntities(SEED, 'en', deps(log), new Map(), undefined, 4);
    expect(log.length).toBeLessThanOrEqual(4);
  });

  it('without a year, the same-named document is no reason to search again', async () => {
    const log: string[] = [];
    const result = (await resolveEntities([q('a', 'Prague Declaration', 'agreement')], 'en', deps(log))).get('a');
    expect(result?.card?.title).toBe('Prague Declaration on European Conscience and Communism');
    const unquoted = log
      .map((u) => new URL(u).searchParams.get('gsrsearch'))
      .filter((s) => s !== null && !s.includes('"'));
    expect(unquoted).toEqual([]);
  });
});

describe('a person among namesakes, on the article’s date', () => {
  const ferrand = (date?: string) =>
    resolveEntities([q('f', 'Daniel Ferrand', 'person', date ? { date } : {})], 'en', deps()).then((r) => r.get('f'));

  it('takes the namesake whose office spans the article’s date', async () => {
    expect((await ferrand('2021-03-15'))?.card?.title).toBe('Daniel Ferrand (born 1975)');
    expect((await ferrand('1995-06'))?.card?.title).toBe('Daniel Ferrand (born 1950)');
  });

  it('without a date, or on a date neither held office, offers both', async () => {
    for (const date of [undefined, '2010-01-01']) {
      const result = await ferrand(date);
      expect(result?.status).toBe('ambiguous');
      expect(result?.candidates.map((c) => c.title)).toEqual(
        expect.arrayContaining(['Daniel Ferrand (born 1950)', 'Daniel Ferrand (born 1975)']),
      );
    }
  });
});

describe('linking decisions', () => {
  it('takes the person, not the same-named city', async () => {
    const results = await resolveEntities([q('x', 'Paris Hilton', 'person'), q('y', 'Paris', 'person')], 'en', deps());
    expect(results.get('x')?.card?.title).toBe('Paris Hilton');
    expect(results.get('y')?.status).not.toBe('linked');
  });

  it('makes a disambiguation page ambiguous, offering the candidates', async () => {
    const result = (await resolveEntities([q('m', 'Mercury', 'organization')], 'en', deps())).get('m');
    expect(result?.status).toBe('ambiguous');
    expect(result?.candidates.map((c) => c.title)).toEqual(
      expect.arrayContaining(['Mercury (planet)', 'Mercury (element)']),
    );
  });

  it('honours the reader’s own choice for a name', async () => {
    const chosen = new Map([['Mercury', 'Mercury (element)']]);
    const result = (await resolveEntities([q('m', 'Mercury', 'organization')], 'en', deps(), chosen)).get('m');
    expect(result?.status).toBe('linked');
    expect(result?.card?.title).toBe('Mercury (element)');
  });

  it('answers every entity with a reason when Wikipedia fails', async () => {
    const results = await resolveEntities(
      SEED.slice(0, 3),
      'en',
      deps([], () => new Error('HTTP 503')),
    );
    for (const r of results.values()) expect(r).toMatchObject({ status: 'failed', reason: 'Wikipedia did not answer' });
  });

  it('still links from Wikipedia alone when Wikidata fails', async () => {
    const results = await resolveEntities(
      [q('p', 'Sergey Lavrov', 'person')],
      'en',
      deps([], (url) => (url.hostname === 'www.wikidata.org' ? new Error('down') : null)),
    );
    expect(results.get('p')?.card?.title).toBe('Sergey Lavrov');
    expect(results.get('p')?.card?.facts).toEqual([]);
  });
});
