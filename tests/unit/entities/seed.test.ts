// The seed article against its hand-labelled gold: all six people (with the short forms the text
// uses), every non-optional agreement, no `not_people` entry as a person, and the quotes' speakers.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../../lib/analyze';
import { loadDocument, SEED_GOLD, SEED_PAGE, SHARED_AVAILABLE } from '../helpers';

interface Gold {
  people: Array<{ name: string; mentions: string[] }>;
  agreements: Array<{ name: string; mentions: string[]; optional?: boolean }>;
  not_people: string[];
  quotes: Array<{ speaker: string; starts: string }>;
}

describe.skipIf(!SHARED_AVAILABLE)('seed: lavrov-yerevan', () => {
  const gold = SHARED_AVAILABLE ? (JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as Gold) : null;
  const result = SHARED_AVAILABLE ? analyzeDocument(loadDocument(SEED_PAGE)) : null;
  const entities = result?.analysis.entities ?? [];
  const people = entities.filter((e) => e.kind === 'person');

  it('finds exactly the six people, each with the forms the gold lists', () => {
    expect(people.map((p) => p.name).sort()).toEqual(gold?.people.map((p) => p.name).sort());
    for (const person of gold?.people ?? []) {
      const found = people.find((p) => p.name === person.name);
      expect(new Set(found?.mentions.map((m) => m.text))).toEqual(new Set(person.mentions));
    }
  });

  it('finds every non-optional agreement and treaty body', () => {
    const forms = new Set(entities.filter((e) => e.kind !== 'person').flatMap((e) => e.mentions.map((m) => m.text)));
    for (const agreement of gold?.agreements.filter((a) => !a.optional) ?? []) {
      for (const mention of agreement.mentions) expect(forms, agreement.name).toContain(mention);
    }
    const alma = entities.find((e) => e.name === 'Alma-Ata Declaration');
    const prague = entities.find((e) => e.name === 'Prague Declaration');
    expect(alma?.year).toBe(1991);
    expect(prague?.date).toBe('2022-10-06');
  });

  it('takes none of the not_people for a person', () => {
    for (const bad of gold?.not_people ?? []) expect(people.map((p) => p.name)).not.toContain(bad);
  });

  it('attributes every gold quote to its speaker', () => {
    const names = new Map(entities.map((e) => [e.id, e.name]));
    for (const quote of gold?.quotes ?? []) {
      const found = result?.analysis.quotes.find((q) => q.text.startsWith(quote.starts));
      expect(found && names.get(found.speaker), quote.starts).toBe(quote.speaker);
    }
  });

  it('marks the headline’s "Lavrov" as Sergey Lavrov', () => {
    expect(result?.headlineMentions.map((m) => [m.text, m.entityId])).toEqual([['Lavrov', 'person:sergey-lavrov']]);
  });
});
