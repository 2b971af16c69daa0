// Parsers on real-shaped responses, and on hostile ones: HTML in every text field, wrong types,
// a 50 KB extract, missing entities. Nothing throws, nothing unsafe survives as markup-bearing data
// the card would interpret, and what is valid is kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSearchResponse, parseTitlesResponse, trimExtract } from '../../../lib/knowledge/parse-pages';
import { claimsOf, parseEntitiesResponse } from '../../../lib/knowledge/parse-wikidata';
import { answer, loadWorld } from '../../support/fake-wikimedia';
import { REAL_ENDPOINTS, searchUrl, titlesUrl, entitiesUrl } from '../../../lib/knowledge/urls';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/wikipedia');
const read = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as unknown;
const world = loadWorld();

describe('parseTitlesResponse', () => {
  it('follows normalization and redirects back to the requested titles', () => {
    const requested = ['sergey Lavrov', 'Alma-Ata Declaration', '3+3'];
    const pages = parseTitlesResponse(answer(world, new URL(titlesUrl(REAL_ENDPOINTS, 'en', requested))), requested);
    expect(pages.get('sergey Lavrov')?.title).toBe('Sergey Lavrov');
    expect(pages.get('Alma-Ata Declaration')?.title).toBe('Declaration of Alma-Ata');
    expect(pages.get('3+3')?.missing).toBe(true);
    expect(pages.get('sergey Lavrov')?.wikidataId).toMatch(/^Q\d+$/);
  });

  it('survives hostile fields: wrong types dropped, unsafe thumbnails refused, extracts capped', () => {
    const pages = parseTitlesResponse(read('hostile-query.json'), ['evil person', 'Huge extract', 'Missing page']);
    const evil = pages.get('evil person');
    expect(evil?.thumbnail).toBeUndefined();
    expect(evil?.wikidataId).toBeUndefined();
    expect(evil?.extract?.split(/(?<=\.)\s/).length).toBeLessThanOrEqual(3);
    const huge = pages.get('Huge extract');
    expect(huge?.extract?.length).toBeLessThanOrEqual(700);
    expect(huge?.description).toBeUndefined();
    expect(pages.get('Missing page')?.missing).toBe(true);
  });

  it('rejects a body that is not a JSON object with a clear error', () => {
    expect(() => parseTitlesResponse('<html>Service unavailable</html>', ['x'])).toThrow(/not a JSON object/);
  });
});

describe('parseSearchResponse', () => {
  it('returns results best first, with their ranks', () => {
    const results = parseSearchResponse(
      answer(world, new URL(searchUrl(REAL_ENDPOINTS, 'en', ['Alma-Ata Declaration'], 5))),
    );
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r) => r.searchRank)).toEqual(
      [...results.map((r) => r.searchRank)].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
  });
});

describe('parseEntitiesResponse', () => {
  it('reads times at their precision, items, qualifiers and ranks', () => {
    const items = parseEntitiesResponse(answer(world, new URL(entitiesUrl(REAL_ENDPOINTS, 'en', ['Q7747']))));
    const putin = items.get('Q7747');
    expect(putin?.label).toBe('Vladimir Putin');
    expect(claimsOf(putin, 'P569')[0]?.value).toEqual({
      type: 'time',
      iso: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      precision: 11,
    });
    expect(claimsOf(putin, 'P39').some((c) => c.qualifiers.P580?.length)).toBe(true);
  });

  it('skips malformed claims and missing entities, keeps valid ones, prefers preferred rank', () => {
    const items = parseEntitiesResponse(read('hostile-entities.json'));
    expect([...items.keys()]).toEqual(['Q1']);
    const item = items.get('Q1');
    expect(claimsOf(item, 'P569')).toHaveLength(1);
    expect(claimsOf(item, 'P27').map((c) => c.value)).toEqual([{ type: 'item', id: 'Q399' }]);
    expect(claimsOf(item, 'P39')).toEqual([]);
    expect(claimsOf(item, 'P2124')).toEqual([]);
    expect(item?.description).toBeUndefined();
  });
});

describe('trimExtract', () => {
  it('keeps two or three whole sentences', () => {
    expect(trimExtract('One is here. Two is there. Three too. Four never.')).toBe(
      'One is here. Two is there. Three too.',
    );
  });
});
