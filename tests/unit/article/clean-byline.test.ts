// cleanByline: only the names of a byline line are kept: openers, dates, roles, desks after a person,
// contact details, buttons and counts go; an editor's line gives none.
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../lib/article/byline';

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe | May 3, 2019', 'Jane Doe'],
    ['Le Monde | 04.05.2015 | Par Martin Untersinger', 'Martin Untersinger'],
    ['Jane Doe, Senior Staff Writer', 'Jane Doe'],
    ['Jane Doe, Political Correspondent', 'Jane Doe'],
    ['Jane Doe | Staff Writer', 'Jane Doe'],
    ['Lucas Nolan22', 'Lucas Nolan'],
    ['by Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['Written by Jane Doe', 'Jane Doe'],
    ['Von Max Mustermann', 'Max Mustermann'],
    ['Por María López', 'María López'],
    ['Door Jan de Vries', 'Jan de Vries'],
    ['Text: Anna Schmidt', 'Anna Schmidt'],
    ['Politik · Jane Doe', 'Jane Doe'],
    ['記者 中村美咲', '中村美咲'],
    ['Gesponserte Inhalte', null],
    ['Sponsored Content', null],
    ['By Jane Doe Updated May 4, 2019', 'Jane Doe'],
    ['By Jane Doe, 10:30 AM', 'Jane Doe'],
    ['Jane Doe on May 3, 2019', 'Jane Doe'],
    ['By Jane Doe • 5 min read', 'Jane Doe'],
    ['Jane Doe @janedoe', 'Jane Doe'],
    ['Jane Doe jane@example.com', 'Jane Doe'],
    ["By Jane O'Neil-Smith", "Jane O'Neil-Smith"],
    ['By J. R. Smith', 'J. R. Smith'],
  ])('%s → %s', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it.each([
    ['a user name', 'CC7567'],
    ['a button', 'Follow Author'],
    ['a link to more', 'More from Jane Doe'],
    ['a date', '28 février'],
    ['a count', '12 comments'],
    ['an e-mail address', 'jane@example.com'],
    ['a URL', 'https://example.com/jane'],
    ['a domain', 'elmundo.es'],
    ['a www address', 'www.example.com'],
    ['a Chinese editor line', '责任编辑：孔德明'],
    ['an English editor line', 'Editor: Jane Doe'],
    ['an "Edited by" line', 'Edited by Jane Doe'],
    ['a bare opener', 'By'],
    ['a single letter', 'J'],
    ['blank text', '   '],
    ['an empty string', ''],
  ])('refuses %s (%s)', (_what, raw) => {
    expect(cleanByline(raw)).toBeNull();
  });

  it('refuses null', () => {
    expect(cleanByline(null)).toBeNull();
  });

  it("drops the sentence's full stop, not an initial's", () => {
    expect(cleanByline('Posted by Alon Zakai.')).toBe('Alon Zakai');
    expect(cleanByline('By John Q.')).toBe('John Q.');
  });

  it('drops a plural role after a comma, but keeps a staff credit that is the whole byline', () => {
    expect(cleanByline('Jane Doe and John Roe, Staff Writers')).toBe('Jane Doe and John Roe');
    expect(cleanByline("World's Editorial Writers")).toBe("World's Editorial Writers");
  });

  it('drops a button glued after the name and a count with its space', () => {
    expect(cleanByline('Jane Doe Follow')).toBe('Jane Doe');
    expect(cleanByline('Jane Doe Follow Author')).toBe('Jane Doe');
    expect(cleanByline('Jane Doe 12')).toBe('Jane Doe');
  });

  it('keeps the reporters of a wire credit and drops its editors', () => {
    expect(cleanByline('Reporting by Jane Doe; Editing by John Roe')).toBe('Jane Doe');
  });
});
