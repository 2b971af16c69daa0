// URL builders: the batched title look-up, the combined search, Wikidata look-ups; only names and ids.
import { describe, expect, it } from 'vitest';
import { chunk, endpointsAt, entitiesUrl, REAL_ENDPOINTS, searchUrl, titlesUrl } from '../../../lib/knowledge/urls';

describe('URL builders', () => {
  it('asks for extracts, images, Wikidata ids and descriptions of many titles at once, following redirects', () => {
    const url = new URL(titlesUrl(REAL_ENDPOINTS, 'en', ['Sergey Lavrov', 'Alma-Ata Declaration']));
    expect(url.origin + url.pathname).toBe('https://en.wikipedia.org/w/api.php');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      action: 'query',
      titles: 'Sergey Lavrov|Alma-Ata Declaration',
      redirects: '1',
      prop: 'extracts|pageimages|pageprops|description',
      exintro: '1',
      explaintext: '1',
      exlimit: '20',
      ppprop: 'wikibase_item|disambiguation',
      formatversion: '2',
    });
    expect(() =>
      titlesUrl(
        REAL_ENDPOINTS,
        'en',
        Array.from({ length: 21 }, (_, i) => `T${i}`),
      ),
    ).toThrow(RangeError);
  });

  it('searches several names in one request', () => {
    const url = new URL(searchUrl(REAL_ENDPOINTS, 'en', ['3+3', 'Prague "Declaration"'], 10));
    expect(url.searchParams.get('generator')).toBe('search');
    expect(url.searchParams.get('gsrsearch')).toBe('"3+3" OR "Prague Declaration"');
  });

  it('asks Wikidata for claims, labels and descriptions of up to 50 ids', () => {
    const url = new URL(entitiesUrl(REAL_ENDPOINTS, 'fr', ['Q1', 'Q2']));
    expect(url.host).toBe('www.wikidata.org');
    expect(url.searchParams.get('ids')).toBe('Q1|Q2');
    expect(url.searchParams.get('languages')).toBe('fr|en');
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('points test builds at a local base, articles still at Wikipedia', () => {
    const local = endpointsAt('http://127.0.0.1:9999/');
    expect(local.wikipedia('en')).toBe('http://127.0.0.1:9999/wikipedia/en/w/api.php');
    expect(local.article('en', 'Sergey Lavrov')).toBe('https://en.wikipedia.org/wiki/Sergey_Lavrov');
  });
});
