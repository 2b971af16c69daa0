// Agreements and treaty bodies: the name patterns the issue lists, years and dates the text gives,
// acronyms defined once and used later, and lower-case named deals.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lib/entities/pipeline';
import type { Entity } from '../../../lib/types';
import { toQuery } from '../../../lib/page/in-article';

function found(text: string): Entity[] {
  return findEntities(text).entities.filter((e) => e.kind !== 'person');
}

function summary(text: string): Array<[string, string, number?, string?]> {
  return found(text).map((e) => [e.kind, e.name, e.year, e.date] as [string, string, number?, string?]);
}

describe('named agreements', () => {
  it('finds names ending in every head word', () => {
    const heads = [
      'Declaration',
      'Treaty',
      'Accords',
      'Agreement',
      'Statute',
      'Pact',
      'Convention',
      'Protocol',
      'Charter',
      'Deal',
      'Initiative',
      'Memorandum',
      'Plan',
      'Framework',
      'Compact',
    ];
    for (const head of heads) {
      expect(found(`Both sides signed the Lisbon ${head} after long talks.`).map((e) => e.name)).toEqual([
        `Lisbon ${head}`,
      ]);
    }
  });

  it('reads "Treaty of X", "X Agreement on Y" and joined names', () => {
    const text =
      'The Treaty of Versailles ended the war. The Agreement on Trade-Related Aspects of Intellectual Property Rights followed. ' +
      'The Belt and Road Initiative and the Molotov–Ribbentrop Pact were compared.';
    expect(found(text).map((e) => e.name)).toEqual([
      'Treaty of Versailles',
      'Agreement on Trade-Related Aspects of Intellectual Property Rights',
      'Belt and Road Initiative',
      'Molotov–Ribbentrop Pact',
    ]);
  });

  it('captures the year or date the text gives', () => {
    const text =
      'Lavrov revisited the October 6, 2022 Prague Declaration and the 1991 Alma-Ata Declaration, and the Good Friday Agreement of 1998.';
    expect(summary(text)).toEqual([
      ['agreement', 'Prague Declaration', 2022, '2022-10-06'],
      ['agreement', 'Alma-Ata Declaration', 1991, undefined],
      ['agreement', 'Good Friday Agreement', 1998, undefined],
    ]);
  });

  it('does not take a party convention or a lone head word for an agreement', () => {
    expect(found('Delegates left the Democratic National Convention. Agreement was reached late.')).toEqual([]);
  });
});

describe('quoted and lower-case names', () => {
  it('takes a quoted name followed by a head word', () => {
    const text =
      'Mirzoyan presented Armenia’s “Crossroads of Peace” initiative and discussed the “3+3” format. He said “killer” twice.';
    expect(found(text).map((e) => [e.name, e.mentions[0]?.text])).toEqual([
      ['Crossroads of Peace', 'Crossroads of Peace'],
      ['3+3', '3+3'],
    ]);
  });

  it('takes deals the text names in lower case and joins them to the formal name', () => {
    const text =
      'Talks aim to revive the Iran nuclear deal. Brazil backs the Paris Agreement; critics say the Paris climate accord is failing.';
    const result = found(text);
    expect(result.map((e) => e.name)).toEqual(['Joint Comprehensive Plan of Action', 'Paris Agreement']);
    expect(result[1]?.mentions.map((m) => m.text)).toEqual(['Paris Agreement', 'Paris climate accord']);
  });
});

describe('treaty organizations', () => {
  it('joins an acronym defined in parentheses to its later uses', () => {
    const text =
      'Armenia joined the Collective Security Treaty Organization (CSTO) in 1992. In February it froze its CSTO participation.';
    const [csto] = found(text);
    expect(csto).toMatchObject({
      kind: 'organization',
      name: 'Collective Security Treaty Organization',
      acronym: 'CSTO',
    });
    expect(csto?.mentions.map((m) => m.text)).toEqual(['Collective Security Treaty Organization', 'CSTO', 'CSTO']);
  });

  it('knows alliances by name and acronym, and their named bodies', () => {
    const text =
      'NATO and the EU met. Aliyev urged the dissolution of the OSCE Minsk Group; the Minsk Group never met again.';
    const result = found(text);
    expect(result.map((e) => [e.kind, e.name])).toEqual([
      ['organization', 'North Atlantic Treaty Organization'],
      ['organization', 'European Union'],
      ['organization', 'OSCE Minsk Group'],
    ]);
    expect(result[2]?.mentions.map((m) => m.text)).toEqual(['OSCE Minsk Group', 'Minsk Group']);
  });

  it('joins an acronym-led short name to the treaty it abbreviates', () => {
    const text =
      'Nixon signed the Anti-Ballistic Missile Treaty in 1972. The United States left the ABM Treaty in 2002.';
    const [abm] = found(text);
    expect(abm?.mentions.map((m) => m.text)).toEqual(['Anti-Ballistic Missile Treaty', 'ABM Treaty']);
    expect(abm?.year).toBe(1972);
  });

  it('does not mark organizations that are not treaty bodies', () => {
    expect(
      found('The Federal Bureau of Investigation (FBI) and the Network Security Services (NSS) team replied.'),
    ).toEqual([]);
  });
});

describe('an agreement named again by its capitalized head', () => {
  it('marks "the Framework" as the one framework the text named, and not "the Treaty of Rome"', () => {
    const text =
      'Both sides studied the draft Fergana Basin Cooperation Framework in May. The Framework would replace fixed quotas. ' +
      'Officials compared it with the Treaty of Rome.';
    const agreement = findEntities(text).entities.find((e) => e.name === 'Fergana Basin Cooperation Framework');
    expect(agreement?.mentions.map((m) => m.text)).toEqual(['Fergana Basin Cooperation Framework', 'Framework']);
  });
});

describe('the places beside a dated agreement (its look-up tells same-named documents apart by them)', () => {
  it('takes the two places nearest the name in its sentence, not the name’s own words', () => {
    const text =
      'Officials in Chile were not consulted. The minister recalled the 1998 Lisbon Accord, under which Peru and Ecuador settled the border dispute that Colombia had mediated.';
    const accord = found(text).find((e) => e.name === 'Lisbon Accord');
    expect(accord?.year).toBe(1998);
    expect(accord?.places).toEqual(['Peru', 'Ecuador']);
  });

  it('gives none to an undated agreement, and none from other sentences', () => {
    const undated = found('The Lisbon Accord was signed by Peru and Ecuador.').find((e) => e.name === 'Lisbon Accord');
    expect(undated?.places).toBeUndefined();
    const alone = found('Peru and Ecuador met. They recalled the 1998 Lisbon Accord. Nothing else was agreed.').find(
      (e) => e.name === 'Lisbon Accord',
    );
    expect(alone?.year).toBe(1998);
    expect(alone?.places).toBeUndefined();
  });
});

describe('what a look-up carries (toQuery): names, a year, places and a date, no page text', () => {
  it('gives the article’s day to people only, and the places to the dated agreement', () => {
    const text =
      'Foreign Minister Ana Duarte said on Monday that the 1998 Lisbon Accord, under which Peru and Ecuador settled their border, still held.';
    const entities = findEntities(text).entities;
    const queries = entities.map((e) => toQuery(e, '2024-05-02T09:30:00Z'));
    expect(queries.find((q) => q.kind === 'person')).toMatchObject({ name: 'Ana Duarte', date: '2024-05-02' });
    const accord = queries.find((q) => q.kind === 'agreement');
    expect(accord).toMatchObject({ name: 'Lisbon Accord', year: 1998, places: ['Peru', 'Ecuador'] });
    expect(accord?.date).toBeUndefined();
    expect(JSON.stringify(queries)).not.toContain('border');
  });
});
