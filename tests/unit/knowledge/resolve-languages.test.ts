// Cards from the article's own Wikipedia: a French page's names are looked up on fr., a Russian page's
// on ru. (through its redirects), a name the edition lacks falls back to English, and Wikidata's facts
// come labelled in the reader's interface language — all within the five requests of an article.
import { describe, expect, it } from 'vitest';
import type { EntityQuery } from '../../../lib/types';
import { resolveEntities, type ResolveDeps } from '../../../lib/knowledge/resolve';
import { REAL_ENDPOINTS, MAX_REQUESTS } from '../../../lib/knowledge/urls';
import { answer, loadWorld } from '../../support/fake-wikimedia';

const world = loadWorld();

function deps(log: string[], uiLang?: string): ResolveDeps {
  return {
    endpoints: REAL_ENDPOINTS,
    now: () => 1_700_000_000_000,
    ...(uiLang ? { uiLang } : {}),
    fetchJson: async (url) => {
      log.push(url);
      return answer(world, new URL(url));
    },
  };
}

const person = (id: string, name: string, mentions = 3): EntityQuery => ({ id, name, kind: 'person', mentions });

describe('cards from the page language’s Wikipedia', () => {
  it('links a French article’s names on fr.wikipedia, and one it lacks on en.wikipedia', async () => {
    const log: string[] = [];
    const queries = [
      person('p1', 'Sergueï Lavrov', 9),
      person('p2', 'Alexey Chepa', 2),
      { id: 'a1', name: 'OTSC', kind: 'organization' as const, mentions: 2 },
    ];
    const results = await resolveEntities(queries, 'fr', deps(log));
    const lavrov = results.get('p1')?.card;
    expect(lavrov?.lang).toBe('fr');
    expect(lavrov?.url).toBe('https://fr.wikipedia.org/wiki/Sergue%C3%AF_Lavrov');
    expect(lavrov?.extract).toContain('ministre des Affaires étrangères');
    expect(results.get('a1')?.card?.title).toBe('Organisation du traité de sécurité collective');
    // "Alexey Chepa" has no French article: the English one answers, and says so by its edition.
    const chepa = results.get('p2')?.card;
    expect(chepa?.lang).toBe('en');
    expect(chepa?.url).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\/Alexey_Chepa/);
    expect(log.length).toBeLessThanOrEqual(MAX_REQUESTS);
    expect(log.some((u) => new URL(u).host === 'fr.wikipedia.org')).toBe(true);
  });

  it('follows ru.wikipedia’s redirects from the name as written to its "Surname, Given" titles', async () => {
    const log: string[] = [];
    const results = await resolveEntities([person('p1', 'Сергей Лавров')], 'ru', deps(log));
    expect(results.get('p1')?.card?.title).toBe('Лавров, Сергей Викторович');
    expect(results.get('p1')?.card?.lang).toBe('ru');
  });

  it('labels Wikidata’s facts in the reader’s language, the page’s next, English last', async () => {
    const log: string[] = [];
    const results = await resolveEntities([person('p1', 'Sergueï Lavrov')], 'fr', deps(log, 'de'));
    const card = results.get('p1')?.card;
    expect(card?.positions.map((p) => p.label)).toContain('Außenminister Russlands');
    expect(card?.facts.map((f) => f.value).join(' ')).toContain('Russland');
    const wikidata = log.map((u) => new URL(u)).filter((u) => u.host === 'www.wikidata.org');
    expect(wikidata.every((u) => u.searchParams.get('languages') === 'de|fr|en')).toBe(true);
    // A label the reader's language lacks comes in the page's.
    const english = await resolveEntities([person('p1', 'Sergueï Lavrov')], 'fr', deps([], 'es'));
    expect(english.get('p1')?.card?.positions.map((p) => p.label)).toContain(
      'ministre des Affaires étrangères de Russie',
    );
  });
});
