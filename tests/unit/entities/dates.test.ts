// Dates mentioned in the text, with ISO forms from the text or from the article's own year.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/entities/dates';

const pairs = (text: string, year: number | null) => findDates(text, year).map((d) => [d.text, d.iso]);

describe('findDates', () => {
  it('reads the seed article’s date forms', () => {
    const text =
      'They met on May 20–21. In February it froze its role. The attack in September 2022 and the October 6, 2022 Prague Declaration, based on the 1991 Alma-Ata Declaration, preceded September 2023.';
    expect(pairs(text, null)).toEqual([
      ['May 20–21', null],
      ['February', null],
      ['September 2022', '2022-09'],
      ['October 6, 2022', '2022-10-06'],
      ['1991', '1991'],
      ['September 2023', '2023-09'],
    ]);
  });

  it('gives year-less dates the article’s year, and leaves numbers that are not years alone', () => {
    expect(pairs('On 17 July, 1,991 people paid $2019 for 500 tickets; Oct. 6 was quiet.', 2025)).toEqual([
      ['17 July', '2025-07-17'],
      ['Oct. 6', '2025-10-06'],
    ]);
  });

  it('does not take the verb "may" for the month', () => {
    expect(pairs('Talks may resume; the court may rule.', 2025)).toEqual([]);
  });
});
