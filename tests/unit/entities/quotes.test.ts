// Quotations and their speakers: pronouns resolve to the last person named before the quotation,
// names after the quotation win over names inside it.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lib/entities/pipeline';

function quotes(text: string): Array<[string, string]> {
  const result = findEntities(text);
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.quotes.map((q) => [names.get(q.speaker) ?? q.speaker, q.text]);
}

describe('findQuotes', () => {
  it('resolves "he said" to the last person named before the quotation', () => {
    const text = 'Foreign Minister Ararat Mirzoyan spoke first. “We are confident that trade will grow,” he said.';
    expect(quotes(text)).toEqual([['Ararat Mirzoyan', 'We are confident that trade will grow']]);
  });

  it('takes the speaker named after the quotation, not a name inside it', () => {
    const text =
      'Alexey Chepa was angry. “Those who insulted President Vladimir Putin must be punished,” Chepa told NEWS.ru. “I don’t know what you mean,” said Sergey Lavrov.';
    expect(quotes(text)).toEqual([
      ['Alexey Chepa', 'Those who insulted President Vladimir Putin must be punished'],
      ['Sergey Lavrov', 'I don’t know what you mean'],
    ]);
  });

  it('attributes a quotation introduced before it, and British single quotes', () => {
    const text =
      'Sergey Lavrov spoke next. Drawing a comparison, he remarked, “Russian weapons are used across the globe.” ' +
      'Keir Starmer told supporters: ‘Change begins now, and it begins with you.’';
    expect(quotes(text)).toEqual([
      ['Sergey Lavrov', 'Russian weapons are used across the globe.'],
      ['Keir Starmer', 'Change begins now, and it begins with you.'],
    ]);
  });

  it('ignores scare quotes and unattributed fragments', () => {
    const text = 'Sergey Lavrov called it a “provocation” and spoke of “rich experience.” Officials said nothing.';
    expect(quotes(text)).toEqual([]);
  });
});
