// Reading one date string (parseDateText) and the date in an address (dateInAddress, dateInPath): the
// side panel shows the article's date in the page's own calendar day, so each written form must come
// out as that exact day, and impossible dates must come out as none.
import { describe, expect, it } from 'vitest';
import { dateInAddress, dateInPath, parseDateText } from '../../../lib/article/date-text';
import { MONTH_NAMES, monthNumber } from '../../../lib/article/date-words';

describe('parseDateText: ISO 8601 and its variants', () => {
  it("keeps the page's own calendar day and offset instead of converting to UTC", () => {
    expect(parseDateText('2024-03-05T00:30:00+01:00')).toBe('2024-03-05T00:30:00+01:00');
    expect(parseDateText('2024-03-05T23:30:00-05:00')).toBe('2024-03-05T23:30:00-05:00');
  });

  it('writes an offset without a colon with one, and keeps Z', () => {
    expect(parseDateText('2024-03-05T00:30:00+0100')).toBe('2024-03-05T00:30:00+01:00');
    expect(parseDateText('2024-03-05T00:30Z')).toBe('2024-03-05T00:30:00Z');
    expect(parseDateText('2019-05-03T10:00:00.000Z')).toBe('2019-05-03T10:00:00Z');
  });

  it('drops fractions of a second and reads a space between day and time', () => {
    expect(parseDateText('2024-03-05T10:00:00.123-05:00')).toBe('2024-03-05T10:00:00-05:00');
    expect(parseDateText('2024-03-05 10:00:00')).toBe('2024-03-05T10:00:00');
  });

  it('keeps only the day when the hour is impossible', () => {
    expect(parseDateText('2024-03-05T25:30:00')).toBe('2024-03-05');
  });

  it('reads compact, slashed and dotted year-first days', () => {
    expect(parseDateText('20160601')).toBe('2016-06-01');
    expect(parseDateText('2019/04/04')).toBe('2019-04-04');
    expect(parseDateText('2019.03.05')).toBe('2019-03-05');
    expect(parseDateText('2019.4.2')).toBe('2019-04-02');
  });
});

describe('parseDateText: Chinese, Japanese and Korean dates', () => {
  it('reads 年月日 with and without a time glued after it', () => {
    expect(parseDateText('2019年4月2日')).toBe('2019-04-02');
    expect(parseDateText('2016年10月14日07:17')).toBe('2016-10-14');
  });

  it('reads 년월일', () => {
    expect(parseDateText('2019년 4월 2일')).toBe('2019-04-02');
  });

  it('refuses a day the calendar does not have', () => {
    expect(parseDateText('2019年02月29日')).toBeNull();
    expect(parseDateText('2020年2月29日')).toBe('2020-02-29');
  });
});

describe('parseDateText: dates written with month names', () => {
  it.each([
    ['May 3, 2019', '2019-05-03'],
    ['Feb. 23, 2015', '2015-02-23'],
    ['Sept. 15, 2019', '2019-09-15'],
    ['September 1st, 2019', '2019-09-01'],
    ['Tue May 03 2019', '2019-05-03'],
    ['3 May 2019', '2019-05-03'],
    ['3 mai 2019', '2019-05-03'],
    ['1er mai 2019', '2019-05-01'],
    ['3 août 2019', '2019-08-03'],
    ['3. März 2019', '2019-03-03'],
    ['Montag, 3. Juni 2019, 10:00 Uhr', '2019-06-03T10:00:00'],
    ['3 Jänner 2019', '2019-01-03'],
    ['3 de mayo de 2019', '2019-05-03'],
    ['3 maggio 2019', '2019-05-03'],
    ['3 mei 2019', '2019-05-03'],
    ['3 maj 2019', '2019-05-03'],
    ['3 мая 2019', '2019-05-03'],
    ['3 мая 2019 г.', '2019-05-03'],
    ['2 Ekim 2019', '2019-10-02'],
    ['15 sept. 2019', '2019-09-15'],
  ])('%s → %s', (raw, expected) => {
    expect(parseDateText(raw)).toBe(expected);
  });

  it('finds the date inside a longer line', () => {
    expect(parseDateText('Published 3 May 2019')).toBe('2019-05-03');
    expect(parseDateText('10:00, 3 May 2019')).toBe('2019-05-03');
    expect(parseDateText('May 3, 2019 10:00 AM EDT')).toBe('2019-05-03T10:00:00');
  });

  it('reads an RFC 2822 date as its written day and time', () => {
    expect(parseDateText('Wed, 01 Jun 2016 12:00:00 GMT')).toBe('2016-06-01T12:00:00Z');
  });

  it("keeps the clock time a date line gives, in the page's own zone", () => {
    expect(parseDateText('Published: 11/18/2011 2:27 AM', true)).toBe('2011-11-18T02:27:00');
    expect(parseDateText('May 3, 2019 at 4:05 pm')).toBe('2019-05-03T16:05:00');
    expect(parseDateText('12/31/2019 12:15 a.m.', true)).toBe('2019-12-31T00:15:00');
    expect(parseDateText('3 May 2019, 25:70')).toBe('2019-05-03');
  });

  it('gives none for a day and month without a year', () => {
    expect(parseDateText('28 février')).toBeNull();
  });

  // Real gaps in date-words.ts, which promises common abbreviations: French "avr.", German and Dutch
  // "Okt."/"okt", Italian "gen", "mag", "giu", "lug", Czech genitive "listopadu" are not month names there.
  it('reads the abbreviations news pages write: "3 avr. 2019", "3. Okt. 2019", "3 mag 2019", "3 lug 2019"', () => {
    expect(parseDateText('3 avr. 2019')).toBe('2019-04-03');
    expect(parseDateText('3. Okt. 2019')).toBe('2019-10-03');
    expect(parseDateText('3 okt 2019')).toBe('2019-10-03');
    expect(parseDateText('3 mag 2019')).toBe('2019-05-03');
    expect(parseDateText('3 lug 2019')).toBe('2019-07-03');
  });

  it('reads the Czech genitive "1. listopadu 2019" as 2019-11-01', () => {
    expect(parseDateText('1. listopadu 2019')).toBe('2019-11-01');
  });

  it('keeps an offset written without minutes ("+02") as "+02:00"', () => {
    expect(parseDateText('2019-05-03T10:00:00+02')).toBe('2019-05-03T10:00:00+02:00');
  });

  it('reads the date after a match that names no month ("Top 10 Films 2019 — 3 May 2019")', () => {
    expect(parseDateText('Top 10 Films 2019 — 3 May 2019')).toBe('2019-05-03');
  });
});

describe('parseDateText: numeric day and month order', () => {
  it('reads dotted and slashed numeric dates day first by default', () => {
    expect(parseDateText('03.05.2019')).toBe('2019-05-03');
    expect(parseDateText('5/3/2019')).toBe('2019-03-05');
  });

  it('reads slashed dates month first on American pages, dotted ones still day first', () => {
    expect(parseDateText('5/3/2019', true)).toBe('2019-05-03');
    expect(parseDateText('03.05.2019', true)).toBe('2019-05-03');
  });

  it('swaps the order when the first number cannot be the one expected', () => {
    expect(parseDateText('5/13/2019')).toBe('2019-05-13');
    expect(parseDateText('13/5/2019', true)).toBe('2019-05-13');
  });

  it('gives none for two-digit years and zero days', () => {
    expect(parseDateText('5/3/19')).toBeNull();
    expect(parseDateText('0/0/2019')).toBeNull();
  });
});

describe('parseDateText: epoch times and refusals', () => {
  it('reads seconds and milliseconds since 1970 as a UTC timestamp', () => {
    expect(parseDateText('1464782400')).toBe('2016-06-01T12:00:00Z');
    expect(parseDateText('1464782400000')).toBe('2016-06-01T12:00:00Z');
  });

  it('refuses impossible days in every form', () => {
    expect(parseDateText('2019-02-30')).toBeNull();
    expect(parseDateText('30 February 2019')).toBeNull();
    expect(parseDateText('February 30, 2019')).toBeNull();
    expect(parseDateText('29 Feb 2019')).toBeNull();
    expect(parseDateText('2019-13-01')).toBeNull();
    expect(parseDateText('29 Feb 2020')).toBe('2020-02-29');
  });

  it('refuses years before 1990 and after 2100', () => {
    expect(parseDateText('1850-05-03')).toBeNull();
    expect(parseDateText('3 May 1850')).toBeNull();
    expect(parseDateText('Dec 31, 1989')).toBeNull();
    expect(parseDateText('Jan 1, 1990')).toBe('1990-01-01');
    expect(parseDateText('31.12.2100')).toBe('2100-12-31');
    expect(parseDateText('1.1.2101')).toBeNull();
  });

  it('does not let the engine read a bare year in a name as 1 January ("Natura 2000")', () => {
    expect(parseDateText('Piano di Gestione Siti Natura 2000')).toBeNull();
    expect(parseDateText('Wed, 01 Jun 2016 12:00:00 GMT')).toBe('2016-06-01T12:00:00Z');
  });

  it("reads a blog's date tiles with the weekday between day and year", () => {
    expect(parseDateText('Dec 28 Sat 2013 00:28')).toBe('2013-12-28T00:28:00');
  });

  it('gives none for text without a date', () => {
    expect(parseDateText('')).toBeNull();
    expect(parseDateText('   ')).toBeNull();
    expect(parseDateText('hello')).toBeNull();
    expect(parseDateText('12345')).toBeNull();
  });
});

describe('dateInAddress and dateInPath', () => {
  it.each([
    ['https://example.com/2019/05/03/story', '2019-05-03'],
    ['https://example.com/2019-05-03-title', '2019-05-03'],
    ['https://example.com/20190503/story', '2019-05-03'],
    ['https://example.com/story-20190503.html', '2019-05-03'],
    ['https://example.com/a?a=20170309-story', '2017-03-09'],
  ])('%s → %s', (url, expected) => {
    expect(dateInAddress(url)).toBe(expected);
  });

  it('finds none in an article number, a month without a day or a longer number', () => {
    expect(dateInAddress('https://example.com/news/12345')).toBeNull();
    expect(dateInAddress('https://example.com/2019/05/story')).toBeNull();
    expect(dateInAddress('https://example.com/20190503123/story')).toBeNull();
  });

  it('refuses an impossible day and a string that is not an address', () => {
    expect(dateInAddress('https://example.com/2019/02/30/story')).toBeNull();
    expect(dateInAddress('not a url')).toBeNull();
  });

  it('reads a path and query alone', () => {
    expect(dateInPath('/?a=20170309-abc')).toBe('2017-03-09');
    expect(dateInPath('/1999/12/31/party')).toBe('1999-12-31');
    expect(dateInPath('/news/12345')).toBeNull();
    expect(dateInPath('/2019/13/01/story')).toBeNull();
  });
});

describe('month names', () => {
  it('maps names and abbreviations of several languages to their month', () => {
    expect(monthNumber('may')).toBe(5);
    expect(monthNumber('märz')).toBe(3);
    expect(monthNumber('août')).toBe(8);
    expect(monthNumber('diciembre')).toBe(12);
    expect(monthNumber('мая')).toBe(5);
    expect(monthNumber('września')).toBe(9);
    expect(monthNumber('sept')).toBe(9);
    expect(monthNumber('May')).toBeUndefined();
  });

  it('lists lower-case words, each naming one month only', () => {
    for (const [month, names] of MONTH_NAMES) {
      for (const name of names.split(' ')) {
        expect(name).toBe(name.toLowerCase());
        expect(name).not.toBe('');
        expect(monthNumber(name)).toBe(month);
      }
    }
  });
});
