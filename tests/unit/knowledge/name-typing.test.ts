// Knowledge-confirmed recognition: the one request that types doubtful names (by exact English
// Wikipedia title), read from answers in wbgetentities' real shape, and the verdict each class gives.
import { describe, expect, it } from 'vitest';
import { REAL_ENDPOINTS, typingUrl } from '../../../lib/knowledge/urls';
import { parseTypingResponse, verdictOfClasses } from '../../../lib/knowledge/name-typing';
import { answer, loadWorld } from '../../support/fake-wikimedia';

describe('typing doubtful names by Wikidata', () => {
  it('asks for the items of exact English Wikipedia titles, names only, in one request of at most 50', () => {
    const url = new URL(typingUrl(REAL_ENDPOINTS, 'en', ['Liu He', 'Baltimore Sun']));
    expect(url.origin).toBe('https://www.wikidata.org');
    expect(url.searchParams.get('action')).toBe('wbgetentities');
    expect(url.searchParams.get('sites')).toBe('enwiki');
    expect(url.searchParams.get('titles')).toBe('Liu He|Baltimore Sun');
    expect(url.searchParams.get('props')).toBe('claims|sitelinks');
    expect(() => typingUrl(REAL_ENDPOINTS, 'en', [])).toThrow(RangeError);
    expect(() =>
      typingUrl(
        REAL_ENDPOINTS,
        'en',
        Array.from({ length: 51 }, (_, i) => `Name ${i}`),
      ),
    ).toThrow(RangeError);
  });

  it('gives a human and a character of fiction "person", a treaty "agreement", any other typed item "not-person"', () => {
    expect(verdictOfClasses(['Q5'])).toBe('person');
    expect(verdictOfClasses(['Q15632617'])).toBe('person');
    expect(verdictOfClasses(['Q131569'])).toBe('agreement'); // treaty
    expect(verdictOfClasses(['Q11032'])).toBe('not-person'); // newspaper
    expect(verdictOfClasses(['Q16917'])).toBe('not-person'); // hospital
    expect(verdictOfClasses(['Q8092'])).toBe('not-person'); // a storm: any class but a person's
  });

  it('settles nothing for a disambiguation page, a family name, or an item without a class', () => {
    expect(verdictOfClasses(['Q4167410'])).toBeNull();
    expect(verdictOfClasses(['Q101352'])).toBeNull();
    expect(verdictOfClasses([])).toBeNull();
  });

  it('reads the answer by title: a human, a newspaper, and a name Wikipedia does not have', () => {
    const names = ['Tarkan Veselinov', 'Walter Courant', 'Nobody Inparticular'];
    const url = new URL(typingUrl(REAL_ENDPOINTS, 'en', names));
    const verdicts = parseTypingResponse(answer(loadWorld(), url), 'en', names);
    expect([...verdicts]).toEqual([
      ['tarkan veselinov', 'person'],
      ['walter courant', 'not-person'],
      ['nobody inparticular', null],
    ]);
  });

  it('types a French page’s names by French Wikipedia’s titles, a Russian page’s by Russian ones', () => {
    const french = ['Sergueï Lavrov', 'Organisation du traité de sécurité collective'];
    const fr = new URL(typingUrl(REAL_ENDPOINTS, 'fr', french));
    expect(fr.searchParams.get('sites')).toBe('frwiki');
    expect([...parseTypingResponse(answer(loadWorld(), fr), 'fr', french)]).toEqual([
      ['serguei lavrov', 'person'],
      ['organisation du traite de securite collective', 'not-person'],
    ]);
    // The English title is no French one: the French edition does not know it.
    const english = new URL(typingUrl(REAL_ENDPOINTS, 'fr', ['Sergey Lavrov']));
    expect([...parseTypingResponse(answer(loadWorld(), english), 'fr', ['Sergey Lavrov'])]).toEqual([
      ['sergey lavrov', null],
    ]);
    const russian = ['Лавров, Сергей Викторович'];
    const ru = new URL(typingUrl(REAL_ENDPOINTS, 'ru', russian));
    expect([...parseTypingResponse(answer(loadWorld(), ru), 'ru', russian)]).toEqual([
      ['лавров, сергеи викторович', 'person'],
    ]);
  });

  it('ignores an item for a title that was not asked, and a malformed claim', () => {
    const body = {
      entities: {
        Q1: { id: 'Q1', sitelinks: { enwiki: { title: 'Someone Else' } }, claims: { P31: [{ mainsnak: {} }] } },
      },
    };
    expect([...parseTypingResponse(body, 'en', ['Liu He'])]).toEqual([['liu he', null]]);
  });
});
