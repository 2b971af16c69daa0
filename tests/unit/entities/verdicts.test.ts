// The engine with the knowledge look-up's verdicts: a name the rules doubt becomes a person when
// Wikidata says human, and a name they took for a person (a newspaper) loses that when it says not;
// context still has the last word (a place's position, a title before the name).
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lib/entities/pipeline';
import type { NameVerdict } from '../../../lib/entities/person-evidence';

const people = (text: string, verdicts?: Record<string, NameVerdict>) =>
  findEntities(text, verdicts ? { verdicts: new Map(Object.entries(verdicts)) } : {})
    .entities.filter((e) => e.kind === 'person')
    .map((e) => `${e.name} ×${e.mentions.length}`);

describe('findEntities with verdicts', () => {
  const text =
    'The contract went to the shipping group of Tarkan Veselinov on Monday. A story in the Walter Courant ' +
    'first raised the question. Harbour master Colm Devereux said the rules were followed.';

  it('asks about the names it doubts: below its threshold, and just above it', () => {
    expect(findEntities(text).doubtful).toEqual(['Tarkan Veselinov', 'Walter Courant']);
    expect(people(text)).toEqual(['Walter Courant ×1', 'Colm Devereux ×1']);
  });

  it('marks a confirmed person and unmarks a refuted one', () => {
    const verdicts = { 'tarkan veselinov': 'person', 'walter courant': 'not-person' } as const;
    expect(people(text, verdicts)).toEqual(['Tarkan Veselinov ×1', 'Colm Devereux ×1']);
  });

  it('joins the surname used alone to a confirmed person', () => {
    const later = `${text} Veselinov did not answer questions.`;
    expect(people(later, { 'tarkan veselinov': 'person' })).toContain('Tarkan Veselinov ×2');
  });

  it('keeps a human named in a place’s position a place, and a titled person a person', () => {
    const hospital = 'The senator was treated at Walter Reed after the fall, his office said.';
    expect(people(hospital, { 'walter reed': 'person' })).toEqual([]);
    const titled = 'President Walter Courant said the harbour would open in April.';
    expect(people(titled, { 'walter courant': 'not-person' })).toEqual(['Walter Courant ×1']);
  });

  it('makes a name Wikidata types as a treaty an agreement, every time the text writes it', () => {
    const treaty = 'Both states signed Oskar Brandt in 1998, and Oskar Brandt still governs the border crossings.';
    const found = findEntities(treaty, { verdicts: new Map([['oskar brandt', 'agreement']]) }).entities;
    expect(found.map((e) => [e.kind, e.name, e.mentions.length])).toEqual([['agreement', 'Oskar Brandt', 2]]);
  });
});
