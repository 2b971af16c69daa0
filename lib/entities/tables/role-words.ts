// Words that make up titles and roles, which are kept as an entity's role and never as its name
// ("Armenian Foreign Minister Ararat Mirzoyan", "his Russian counterpart Sergey Lavrov").
// Source: written for Backstory from the titles English-language news puts before names.
import { wordSet } from './words';
import { perLanguage } from './language';

/**
 * Capitalized words that can only be part of a title when they stand before a name. A run of
 * them (with demonyms) before a name is the role: "Hungarian Prime Minister", "Secretary of State".
 */
export const TITLE_WORDS = perLanguage(
  wordSet(`
President Vice Prime Minister Ministers Premier Chancellor Secretary Secretary-General Undersecretary
Deputy Foreign Defence Defense Finance Interior Justice Trade Economy Economic Energy Health Education
Environment Climate Agriculture Transport Labour Labor Culture Home Treasury Commerce Industry State
Affairs Security National International Foreign-Affairs First Second Acting Interim Former Ex
Chairman Chairwoman Chairperson Chair Co-Chair Director Director-General Governor Lieutenant Senator
Sen Rep Representative Congressman Congresswoman Councillor Councilor Mayor Deputy-Mayor Speaker
Councilman Councilwoman Councilmember Alderman Alderwoman Assemblyman Assemblywoman Selectman
Leader Opposition Party King Queen Prince Princess Crown Emperor Empress Sultan Sheikh Emir Amir Shah
Pope Cardinal Archbishop Bishop Rabbi Imam Ayatollah Patriarch Metropolitan Reverend Rev Father
General Gen Admiral Adm Colonel Col Major Maj Captain Capt Lieutenant Lt Sergeant Sgt Commander Cmdr
Marshal Brigadier Corporal Private Chief Executive CEO CFO COO CTO Founder Co-Founder Chief-Executive
Ambassador Envoy Special Representative Commissioner High Spokesman Spokeswoman Spokesperson Judge
Justice Magistrate Attorney Attorney-General Prosecutor Solicitor Advocate Auditor Inspector Detective
Officer Superintendent Constable Coach Manager Head Striker Midfielder Defender Goalkeeper Forward
Winger Skipper Captain Referee Economist Analyst Professor Prof Dr Doctor Minister-President Senior
Junior Assistant Associate Principal Dean Chancellor-elect President-elect Premier-elect MP MEP MK
Lawmaker Legislator Delegate Negotiator Mediator Adviser Advisor Counsellor Counselor Aide Commissar
Tsar Czar Chief-of-Staff Staff Army Navy Air Force Royal Highness Majesty Excellency Lord Lady Baron
Baroness Earl Duke Duchess Count Countess Viscount Secretary-of-State
`),
  'titleWords',
  true,
  'titleSuffixes',
);

/**
 * The title words that name a person's office or rank (not topics like "Foreign" or "Climate"):
 * a title is evidence of a person only when one of these heads it.
 */
export const TITLE_HEADS = perLanguage(
  wordSet(`
President Premier Chancellor Secretary Minister Chairman Chairwoman Chairperson Chair Director
Director-General Governor Senator Sen Rep Representative Congressman Congresswoman Councillor
Councilman Councilwoman Councilmember Alderman Alderwoman Assemblyman Assemblywoman Selectman
Councilor Mayor Speaker Leader King Queen Prince Princess Emperor Empress Sultan Sheikh Emir Amir
Shah Pope Cardinal Archbishop Bishop Rabbi Imam Ayatollah Patriarch Reverend Rev Father General Gen
Admiral Adm Colonel Col Major Maj Captain Capt Lieutenant Lt Sergeant Sgt Commander Cmdr Marshal
Brigadier Corporal Chief CEO CFO COO CTO Founder Co-Founder Ambassador Envoy Commissioner Spokesman
Spokeswoman Spokesperson Judge Justice Magistrate Attorney-General Prosecutor Inspector Detective
Officer Superintendent Constable Coach Manager Striker Midfielder Defender Goalkeeper Forward Winger
Skipper Referee Economist Analyst Professor Prof Dr Doctor Dean MP MEP Lawmaker Legislator Delegate
Negotiator Mediator Adviser Advisor Aide Tsar Czar Lord Lady Baron Baroness Earl Duke Duchess Count
Countess Viscount President-elect Chancellor-elect Premier-elect Secretary-General Undersecretary
Minister-President Highness Majesty Excellency
`),
  'titleHeads',
  true,
  'titleSuffixes',
);

/**
 * Lower-case nouns that name a role right before a name ("counterpart Sergey Lavrov",
 * "striker Victor Osimhen") or head an appositive (", the bank's chief economist,").
 */
export const ROLE_NOUNS = perLanguage(
  wordSet(`
president minister premier chancellor secretary chairman chairwoman chairperson chair director
governor senator representative congressman congresswoman mayor speaker leader king queen prince
princess emperor sultan sheikh emir pope cardinal archbishop bishop rabbi imam ayatollah general
admiral colonel commander chief executive ceo founder co-founder ambassador envoy commissioner
spokesman spokeswoman spokesperson judge justice prosecutor attorney lawyer coach manager striker
midfielder defender goalkeeper forward winger captain skipper referee player economist analyst
professor researcher scientist expert strategist official officer diplomat negotiator mediator
adviser advisor aide counterpart deputy head lawmaker legislator mp mep candidate challenger
incumbent nominee activist campaigner journalist reporter editor correspondent columnist author
writer historian photographer director-general secretary-general undersecretary vice-president
vice-chair vice-chairman chairman-elect president-elect investor banker trader entrepreneur
billionaire businessman businesswoman owner partner consultant pollster commentator host presenter
actor actress singer artist musician novelist poet filmmaker architect designer engineer
economist physician doctor surgeon nurse teacher student resident farmer worker employee veteran
survivor witness victim suspect defendant plaintiff inmate soldier general commander colonel
marshal sergeant lieutenant major captain pilot astronaut athlete runner cyclist swimmer boxer
driver tennis champion winner laureate predecessor successor rival ally opponent critic supporter
member chief-of-staff representative envoy delegate emissary ruler monarch dictator autocrat
strongman premier-designate speaker-elect specialist scholar academic biologist geologist oceanographer
hydrologist ecologist climatologist physicist chemist epidemiologist
sculptor painter comedian producer composer conductor philosopher playwright screenwriter rapper
guitarist drummer dancer chef broadcaster anchor quarterback linebacker receiver pitcher outfielder
teammate colleague friend neighbor neighbour lobbyist agent realtor standard-bearer
wife husband son daughter mother father brother sister uncle aunt cousin nephew niece grandson
granddaughter grandfather grandmother widow widower fiancé fiancée girlfriend boyfriend
priest pastor monk nun cleric preacher developer programmer meteorologist superintendent rookie
`),
  'roleNouns',
  true,
);

/** Lower-case words that may sit inside a role before its head ("chief trade negotiator"). */
export const ROLE_MODIFIERS = perLanguage(
  wordSet(`
former then ex acting interim outgoing incoming deputy vice chief senior junior top lead leading
foreign prime first second assistant associate executive general special trade finance defence
defense interior economy economic energy health climate environment agriculture transport security
national international regional local state federal central opposition party veteran longtime
long-time new current sitting serving retired star young legendary club team head assistant
`),
  'roleModifiers',
  true,
);
