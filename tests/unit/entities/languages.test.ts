// Entity finding in French, German, Spanish and Russian: each language's own way of writing names,
// titles, agreements, quotations and dates, read by the one engine with the language's tables.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lib/entities/pipeline';
import type { ReadLanguage } from '../../../lib/entities/read-language';
import type { Entity } from '../../../lib/types';

function read(lang: ReadLanguage, text: string) {
  return findEntities(text, { lang, referenceDate: '2024-05-14T08:00:00Z' });
}

const people = (lang: ReadLanguage, text: string): string[] =>
  read(lang, text)
    .entities.filter((e) => e.kind === 'person')
    .map((e) => e.name);

const agreements = (lang: ReadLanguage, text: string): Entity[] =>
  read(lang, text).entities.filter((e) => e.kind !== 'person');

const mentionsOf = (entity: Entity | undefined) => entity?.mentions.map((m) => m.text);

describe('French', () => {
  it('finds names after lower-case titles, honorifics and an elided "de", and joins the surname', () => {
    const text =
      'Le président Emmanuel Macron a reçu mardi le ministre des Affaires étrangères, Jean-Noël Barrot. ' +
      'Proche d’Édouard Philippe, M. Barrot a déclaré que la France tiendrait parole. Macron a souri.';
    const found = read('fr', text).entities.filter((e) => e.kind === 'person');
    expect(found.map((e) => e.name)).toEqual(['Emmanuel Macron', 'Jean-Noël Barrot', 'Édouard Philippe']);
    expect(mentionsOf(found[0])).toEqual(['Emmanuel Macron', 'Macron']);
    expect(mentionsOf(found[1])).toEqual(['Jean-Noël Barrot', 'Barrot']);
  });

  it('leaves places named after people and elided words alone', () => {
    expect(
      people('fr', 'L’utilisation du stade Pierre-Mauroy et de la rue Victor Hugo inquiète la Fondation Jean-Jaurès.'),
    ).toEqual([]);
  });

  it('finds agreements whose head comes first, and treaty bodies by their French names', () => {
    const found = agreements(
      'fr',
      'L’accord de Paris, signé en 2015, engage ses parties. Le format Normandie et l’Otan en débattent.',
    );
    expect(found.map((e) => e.name)).toEqual(['accord de Paris', 'format Normandie', 'Otan']);
    expect(found[0]?.year).toBe(2015);
  });

  it('runs a capitalized head’s lower-case tail on, one word after each "de"', () => {
    const found = agreements('fr', 'Bruxelles veut assouplir le Pacte de stabilité et de croissance dès cette année.');
    expect(found.map((e) => e.name)).toEqual(['Pacte de stabilité et de croissance']);
  });

  it('attributes a quotation in guillemets', () => {
    const result = read(
      'fr',
      'Le président Emmanuel Macron a été clair : « Nous ne céderons rien sur ce point », a-t-il dit.',
    );
    expect(result.quotes.map((q) => q.text)).toEqual(['Nous ne céderons rien sur ce point']);
  });
});

describe('German', () => {
  it('reads compound titles, genitives and "von der" names', () => {
    const text =
      'Außenministerin Annalena Baerbock traf am Dienstag Kommissionspräsidentin Ursula von der Leyen. ' +
      'Putins Krieg sei nicht zu rechtfertigen, sagte Baerbock. Wladimir Putin schwieg.';
    const found = read('de', text).entities.filter((e) => e.kind === 'person');
    expect(found.map((e) => e.name)).toEqual(['Annalena Baerbock', 'Ursula von der Leyen', 'Wladimir Putin']);
    expect(mentionsOf(found[2])).toEqual(['Putins', 'Wladimir Putin']);
  });

  it('takes "von" for a preposition unless a given name comes before it, and capitalized nouns for no names', () => {
    expect(
      people(
        'de',
        'Nach einer Ecke von Christopher Trimmel fiel das Tor. Die Reform der Schuldenbremse bleibt umstritten.',
      ),
    ).toEqual(['Christopher Trimmel']);
  });

  it('finds agreements named by a place adjective, a hyphenated compound or "Vertrag von"', () => {
    const found = agreements(
      'de',
      'Das Pariser Klimaabkommen, das Kyoto-Protokoll und der Vertrag von Lissabon gelten weiter, sagte die Nato.',
    );
    expect(found.map((e) => e.name)).toEqual([
      'Pariser Klimaabkommen',
      'Kyoto-Protokoll',
      'Vertrag von Lissabon',
      'Nato',
    ]);
  });
});

describe('Spanish', () => {
  it('reads an appositive role, coordination with "y" and places named after people', () => {
    const text =
      'El ministro de Asuntos Exteriores, José Manuel Albares, viajó con Pedro Sánchez y Yolanda Díaz. ' +
      'Aterrizaron en el aeropuerto Adolfo Suárez Madrid-Barajas.';
    expect(people('es', text)).toEqual(['José Manuel Albares', 'Pedro Sánchez', 'Yolanda Díaz']);
  });

  it('knows plural heads ("los Pactos de la Moncloa")', () => {
    expect(agreements('es', 'Los Pactos de la Moncloa cumplen años.').map((e) => e.name)).toEqual([
      'Pactos de la Moncloa',
    ]);
  });

  it('finds agreements written head first in either case', () => {
    const found = agreements('es', 'El Acuerdo de París y el tratado de Lisboa, dijo la OTAN, siguen vigentes.');
    expect(found.map((e) => e.name)).toEqual(['Acuerdo de París', 'tratado de Lisboa', 'OTAN']);
  });
});

describe('Russian', () => {
  it('joins the cases of one name and names the person in the nominative', () => {
    const text =
      'Министр иностранных дел России Сергей Лавров прибыл в Ереван. Сергея Лаврова встретил премьер-министр ' +
      'Армении Никол Пашинян. С Лавровым обсудили транзит, заявил Пашинян. Лаврову подарили книгу.';
    const found = read('ru', text).entities.filter((e) => e.kind === 'person');
    expect(found.map((e) => e.name)).toEqual(['Сергей Лавров', 'Никол Пашинян']);
    expect(mentionsOf(found[0])).toEqual(['Сергей Лавров', 'Сергея Лаврова', 'Лавровым', 'Лаврову']);
  });

  it('reads a lower-case role phrase before a name as its role', () => {
    const ru = read('ru', 'Министр иностранных дел России Сергей Лавров прибыл в Ереван.').entities[0];
    expect(ru?.role).toBe('Министр иностранных дел России');
    const fr = read('fr', 'Selon le ministre des Affaires étrangères, Jean-Noël Barrot, rien n’est joué.').entities[0];
    expect(fr?.role).toBe('ministre des Affaires étrangères');
  });

  it('leaves a word in the genitive before a name out of it; English keeps such a word (a title of a work)', () => {
    expect(people('ru', 'Плакат с изображением Путина Дмитрий Песков назвал провокацией.')).toEqual(['Дмитрий Песков']);
    expect(people('en', 'The film Goodbye Christopher Robin opened in London on Friday.')).toEqual([]);
  });

  it('names a person the text writes only in another case in the nominative', () => {
    expect(
      people('ru', 'Плакат с изображением Владимира Путина возмутил посольство. Встречу с Марией Захаровой отменили.'),
    ).toEqual(['Владимир Путин', 'Мария Захарова']);
    expect(people('ru', 'Премьер встретился с Владимиром Зеленским и Ильхамом Алиевым в Гранаде.')).toEqual([
      'Владимир Зеленский',
      'Ильхам Алиев',
    ]);
  });

  it('joins a patronymic and initials to the full name, and skips a name after "имени"', () => {
    const text =
      'Сергей Викторович Лавров выступил первым. С. В. Лаврова поддержал Сергей Лавров-младший? Нет. ' +
      'Делегация прилетела в аэропорт имени Сергея Прокофьева.';
    const found = read('ru', text).entities.filter((e) => e.kind === 'person');
    expect(found.map((e) => e.name)).toContain('Сергей Викторович Лавров');
    expect(found.map((e) => e.name)).not.toContain('Сергея Прокофьева');
  });

  it('finds agreements made of a place adjective and a lower-case head, in any case, and a quoted initiative', () => {
    const found = agreements(
      'ru',
      'Минские соглашения так и не выполнили. О Минских соглашениях вспомнили в ОДКБ, где обсудили ' +
        'инициативу «Перекресток мира» и Алма-Атинскую декларацию 1991 года.',
    );
    expect(found.map((e) => e.name)).toEqual([
      'Минские соглашения',
      'ОДКБ',
      'Перекресток мира',
      'Алма-Атинская декларация',
    ]);
    expect(mentionsOf(found[0])).toEqual(['Минские соглашения', 'Минских соглашениях']);
    expect(found[3]?.year).toBe(1991);
  });

  it('takes a head a few lower-case words before a quoted name', () => {
    const found = agreements('ru', 'Лавров обсудил инициативу армянского правительства «Перекресток мира».');
    expect(found.map((e) => e.name)).toEqual(['Перекресток мира']);
  });

  it('names an agreement written in another case in the nominative its article is titled in', () => {
    const found = agreements(
      'ru',
      'О Пражском заявлении 2022 года напомнили в Ереване. Выполнения Минских соглашений требуют в Минской группе ОБСЕ.',
    );
    expect(found.map((e) => e.name)).toEqual(['Пражское заявление', 'Минские соглашения', 'Минская группа ОБСЕ']);
    expect(mentionsOf(found[0])).toEqual(['Пражском заявлении']);
  });

  it('finds agreements named head first in any case, the head back in the nominative', () => {
    const found = agreements(
      'ru',
      'Россия вышла из Договора по открытому небу в 2021 году. Участие в Договоре о ракетах средней и меньшей ' +
        'дальности в обмен на гарантии не обсуждалось. Китай продвигает Инициативу глобальной безопасности и ' +
        'Инициативу глобального развития. Устав ООН никто не отменял.',
    );
    expect(found.map((e) => e.name)).toEqual([
      'Договор по открытому небу',
      'Договор о ракетах средней и меньшей дальности',
      'Инициатива глобальной безопасности',
      'Инициатива глобального развития',
      'Устав ООН',
    ]);
  });

  it('reads dates with genitive month names', () => {
    expect(read('ru', 'Заявление подписали 6 октября 2022 года в Праге.').dates.map((d) => d.iso)).toContain(
      '2022-10-06',
    );
  });
});
