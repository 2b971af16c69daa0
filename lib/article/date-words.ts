// Month names of the languages news pages most often come in, for reading dates a page writes out
// ("3 mai 2019", "3. März 2019", "3 de mayo de 2019", "3 мая 2019"). Full forms and common
// abbreviations, lower case, accents kept; source: each language's standard calendar names.

export const MONTH_NAMES: ReadonlyArray<readonly [number, string]> = [
  [
    1,
    'january jan janvier janv januar jän jänner enero ene janeiro gennaio genn januari januar stycznia styczeń sty leden ledna január január январь января янв ocak gen',
  ],
  [
    2,
    'february feb février févr fevrier februar feber febrero feb fevereiro fev febbraio febbr februari lutego luty lut únor února február февраль февраля фев şubat fév',
  ],
  [3, 'march mar mars märz maerz marzo mar março marco maart marca marzec březen března marec март марта мар mart'],
  [4, 'april apr avril abril abr aprile apr kwietnia kwiecień kwi duben dubna apríl апрель апреля апр nisan avr'],
  [5, 'may mai mayo maio maggio mei maja maj květen května máj май мая mayıs mag'],
  [6, 'june jun juin juni junio junho giugno czerwca czerwiec cze červen června jún июнь июня июн haziran giu'],
  [7, 'july jul juillet juil juli julio julho luglio lipca lipiec lip červenec července júl июль июля июл temmuz lug'],
  [
    8,
    'august aug août aout august agosto ago augustus sierpnia sierpień sie srpen srpna august август августа авг ağustos',
  ],
  [
    9,
    'september sep sept septembre september septiembre setiembre set setembro settembre sett września wrzesień wrz září september сентябрь сентября сен eylül',
  ],
  [
    10,
    'october oct octobre oktober octubre oct outubro out ottobre ott oktober października październik paź říjen října október октябрь октября окт ekim okt',
  ],
  [
    11,
    'november nov novembre november noviembre nov novembro novembre listopada listopad lis listopad novembra ноябрь ноября ноя kasım listopadu',
  ],
  [
    12,
    'december dec décembre déc decembre dezember dez diciembre dic dezembro dez dicembre dic december grudnia grudzień gru prosinec prosince december декабрь декабря дек aralık',
  ],
];

let months: ReadonlyMap<string, number> | null = null;

/** The month (1–12) a lower-case month name or abbreviation names. (The table is built at the first call, not at load.) */
export function monthNumber(name: string): number | undefined {
  months ??= new Map(
    MONTH_NAMES.flatMap(([month, names]) => names.split(' ').map((word): [string, number] => [word, month])),
  );
  return months.get(name);
}
