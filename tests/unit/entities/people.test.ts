// People: full names in many languages with their particles, roles kept apart from names, later
// short forms joined to the full name, and capitalized phrases that are not people left alone.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lib/entities/pipeline';
import type { Entity } from '../../../lib/types';

function people(text: string, givenNames?: ReadonlySet<string>): Entity[] {
  return findEntities(text, givenNames ? { givenNames } : {}).entities.filter((e) => e.kind === 'person');
}

function names(text: string, givenNames?: ReadonlySet<string>): string[] {
  return people(text, givenNames).map((p) => p.name);
}

describe('full names', () => {
  it('keeps diacritics, particles and hyphens inside names', () => {
    const text =
      'Hungarian Prime Minister Viktor Orbán met European Commission President Ursula von der Leyen on Monday. ' +
      'Crown Prince Mohammed bin Salman sent a letter, and former Commission President Jean-Claude Juncker said the talks mattered.';
    expect(names(text)).toEqual(['Viktor Orbán', 'Ursula von der Leyen', 'Mohammed bin Salman', 'Jean-Claude Juncker']);
  });

  it('finds people whose first names no list knows, from context alone', () => {
    const text =
      'YEREVAN—Armenian Foreign Minister Ararat Mirzoyan and his Russian counterpart Sergey Lavrov held talks. ' +
      'Alexey Chepa, First Deputy Chairman of the Russian State Duma Committee on International Affairs, called it a provocation. ' +
      '“They must be punished,” Chepa told NEWS.ru.';
    expect(names(text, new Set())).toEqual(['Ararat Mirzoyan', 'Sergey Lavrov', 'Alexey Chepa']);
  });

  it('keeps titles and roles out of the name and as the role', () => {
    const found = people(
      'Hungarian Prime Minister Viktor Orbán spoke first. His Russian counterpart Sergey Lavrov answered. ' +
        'Alexey Chepa, First Deputy Chairman of the Russian State Duma Committee on International Affairs, disagreed. ' +
        'Ana Torres, the bank’s chief economist, said rates would fall.',
    );
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Viktor Orbán', 'Hungarian Prime Minister'],
      ['Sergey Lavrov', 'Russian counterpart'],
      ['Alexey Chepa', 'First Deputy Chairman of the Russian State Duma Committee on International Affairs'],
      ['Ana Torres', 'bank’s chief economist'],
    ]);
  });

  it('takes initials before a surname for a person’s name, without any other evidence', () => {
    const text =
      'The report was prepared by Zipperman and Associate Supt. Earl R. Perkins. My heroes were Camus, D. H. Lawrence and Keith Moon.';
    expect(people(text).map((p) => p.name)).toEqual(expect.arrayContaining(['Earl R. Perkins', 'D. H. Lawrence']));
  });

  it('leaves the word opening the sentence out of the title ("When President …" gives "President")', () => {
    const found = people(
      'When President Donald Trump spoke to reporters, he said the talks would go on. As Prime Minister Rishi Sunak arrived, protesters gathered.',
    );
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Donald Trump', 'President'],
      ['Rishi Sunak', 'Prime Minister'],
    ]);
  });
});

describe('given names that are also common words', () => {
  it('reads "Bill", "Will" and initials written together as parts of a name before a surname', () => {
    const text =
      'Bill Polian, the former general manager, said the deal was good. Will McClay said nothing. ' +
      'Former President George H.W. Bush spoke, and Bill Clinton listened.';
    expect(names(text)).toEqual(['Bill Polian', 'Will McClay', 'George H.W. Bush', 'Bill Clinton']);
  });

  it('splits a plural title off the names it stands before', () => {
    expect(
      names('Former Presidents George H.W. Bush and Bill Clinton met. Senators Ted Cruz and Mike Lee objected.'),
    ).toEqual(['George H.W. Bush', 'Bill Clinton', 'Ted Cruz', 'Mike Lee']);
  });

  it('leaves a stock index, a toll road, a trust and an institute of studies alone', () => {
    expect(names('The Dow Jones Industrial Average rose. Traffic on the Sam Rayburn Tollway stopped.')).toEqual([]);
    expect(names('The Morris Trust deal closed. The Center for Strategic and International Studies said so.')).toEqual(
      [],
    );
  });

  it('reads more occupations and verbs of report as evidence, but no appositive after "by"', () => {
    const text =
      'This is the Sky Mirror, by the British sculptor Anish Kapoor, a wide steel disk. ' +
      "American Airlines' Kent Powell reported three cancellations.";
    expect(names(text)).toEqual(['Anish Kapoor', 'Kent Powell']);
  });

  it('reads roles before "of" and a body, clergy and trades, and a given name that is also a country', () => {
    const text =
      'CNN meteorologist Chad Myers said it was cold. The leader of Ennahda, Rachid Ghannouchi, condemned the attack. ' +
      'The priest, Fidelis Mukonori, is acting as a middle-man. Gates and former Secretary of State Condoleezza Rice both recommended him.';
    expect(names(text)).toEqual(['Chad Myers', 'Rachid Ghannouchi', 'Fidelis Mukonori', 'Condoleezza Rice']);
  });

  it('keeps a role that opens the sentence out of the name ("Farmer Chad Smith said")', () => {
    expect(names('Farmer Chad Smith said his farm would lose money. Realtor Ghulam Nabi said prices fell.')).toEqual([
      'Chad Smith',
      'Ghulam Nabi',
    ]);
  });

  it('reads family roles and initials written with spaces', () => {
    expect(names('Their daughter Charlotte Jones runs the charity. J. K. Rowling wrote it.')).toEqual([
      'Charlotte Jones',
      'J. K. Rowling',
    ]);
  });

  it('does not read a capitalized "Son" after a comma as a family role', () => {
    const text = 'He has been linked with Tottenham Hotspur, where Son Heung-min’s future is a talking point.';
    expect(names(text)).toEqual(['Son Heung-min']);
  });

  it('reads "Earl" before a surname as a given name, not a peer\'s title', () => {
    expect(names('Earl Hypolite said he was innocent. Earl R. Perkins, a spokesman for the county, agreed.')).toEqual([
      'Earl Hypolite',
      'Earl R. Perkins',
    ]);
  });

  it('leaves the law, the verb and the country alone', () => {
    expect(names('Will Congress act? The Bill of Rights stands. Chad and Niger signed. Will Russia respond?')).toEqual(
      [],
    );
  });
});

describe('short forms', () => {
  it('joins surnames, possessives and honorific forms to the full name', () => {
    const text =
      'Home Secretary David Blunkett defended the bill. Critics said Blunkett’s plan went too far, ' +
      'but Mr Blunkett said it would pass. Sergey Lavrov arrived later; Lavrov’s aides stayed outside.';
    const found = people(text);
    expect(found.map((p) => p.name)).toEqual(['David Blunkett', 'Sergey Lavrov']);
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(['David Blunkett', 'Blunkett', 'Blunkett']);
    expect(found[1]?.mentions.map((m) => m.text)).toEqual(['Sergey Lavrov', 'Lavrov']);
  });

  it('gives a surname two people share to the one introduced first, as news style does', () => {
    const text =
      'Former President Rodrigo Duterte appeared by video. His daughter, Vice President Sara Duterte, was in court. Duterte spoke briefly.';
    const [rodrigo, sara] = people(text);
    expect(rodrigo?.mentions.map((m) => m.text)).toEqual(['Rodrigo Duterte', 'Duterte']);
    expect(sara?.mentions.map((m) => m.text)).toEqual(['Sara Duterte']);
  });

  it('does not take a middle name for a short form when it is someone else’s first name', () => {
    const text = 'Carlos Alcaraz thanked his coach, Juan Carlos Ferrero. “Carlos was calm,” Ferrero said.';
    const [alcaraz, ferrero] = people(text);
    expect(alcaraz?.mentions.map((m) => m.text)).toEqual(['Carlos Alcaraz', 'Carlos']);
    expect(ferrero?.mentions.map((m) => m.text)).toEqual(['Juan Carlos Ferrero', 'Ferrero']);
  });

  it('marks the name inside "anti-Putin" and family names written first', () => {
    const text =
      'Russian President Vladimir Putin was absent. Activists held an anti-Putin poster. ' +
      'Chinese leader Xi Jinping met striker Son Heung-min; Xi later praised Son.';
    const found = people(text);
    expect(found.find((p) => p.name === 'Vladimir Putin')?.mentions.map((m) => m.text)).toEqual([
      'Vladimir Putin',
      'Putin',
    ]);
    expect(found.find((p) => p.name === 'Xi Jinping')?.mentions.length).toBe(2);
    expect(found.find((p) => p.name === 'Son Heung-min')?.mentions.length).toBe(2);
  });

  it('treats a title before a lone surname as a person ("President Trump")', () => {
    expect(names('The envoy briefed President Trump on Friday.')).toEqual(['Trump']);
  });
});

describe('not people', () => {
  it('leaves places, organizations, openers, months and agreements alone', () => {
    const text =
      'Activists hung a poster on Kievyan Bridge. Aliyev spoke of Western Azerbaijan. ' +
      'Armenia’s “Crossroads of Peace” initiative was discussed. A Russian Consulate General will open in Kapan. ' +
      'The Interregional Forum met in February. The Prague Declaration and the OSCE Minsk Group were mentioned. ' +
      'Meanwhile Climate Week opened in New York. The Getulio Vargas Foundation published a study.';
    expect(names(text)).toEqual([]);
  });

  it('does not take a newsletter or a department for a person', () => {
    expect(names('Sign up for the Climate Desk newsletter. The Border Security Command will expand.')).toEqual([]);
  });
});
