// Head words of organization, facility, event and law names: a capitalized run that ends in one of
// them is not a person ("Kievyan Bridge", "Interregional Forum", "Russian Consulate General").
// Source: written for Backstory from the heads of proper names in English news.
import { wordSet } from './words';
import { perLanguage } from './language';

/** Heads (usually last word) of organization, place, event and document names. */
const ENGLISH_NON_PERSON_HEADS: ReadonlySet<string> = wordSet(`
Organization Organisation Union Alliance Community Council Committee Commission Assembly Parliament
Congress Senate Duma Knesset Bundestag Government Administration Ministry Department Office Bureau
Agency Authority Service Services Board Court Tribunal Party Movement Front Group Forum Bank Fund
Company Corporation Corp Inc Ltd LLC PLC GmbH AG SA Holdings Partners Capital Ventures Industries
Motors Airlines Airways Energy Oil Gas Petroleum Pharmaceuticals Technologies Systems Media News
Times Post Journal Herald Tribune Gazette Telegraph Guardian Observer Press Radio Television TV
Network Channel Institute Institution Foundation Association Society Federation Confederation League
Club FC United City Rovers Athletic Academy University College School Hospital Clinic Center Centre
Museum Library Gallery Theatre Theater Stadium Arena Hall Palace Castle Tower House Building Plaza
Square Street St Avenue Ave Road Boulevard Lane Highway Tollway Expressway Freeway Parkway Turnpike Bridge Tunnel Airport Port Harbour Harbor
Station Terminal Embassy Consulate Consulate-General Mission Base Camp Prison Church Cathedral Mosque
Temple Synagogue Monastery River Lake Sea Ocean Bay Gulf Strait Canal Island Islands Peninsula
Mountain Mountains Mount Hill Hills Valley Desert Forest Park Garden Gardens Coast Beach Cape Delta
Basin Plain Plateau Region Province State County District Oblast Republic Kingdom Empire Emirates
Federation Territory Territories Corridor Zone Crossing Border Declaration Treaty Accord Accords
Agreement Agreements Statute Pact Convention Protocol Charter Deal Initiative Memorandum Plan
Framework Compact Format Process Act Bill Law Code Constitution Directive Regulation Resolution
Summit Conference Congress Forum Festival Fair Expo Exhibition Olympics Games Cup Championship
Championships League Tournament Open Prix Prize Award Awards Week Day Night Year War Wars Revolution
Crisis Uprising Massacre Genocide Operation Programme Program Project Strategy Doctrine Index Average Report
Review Sports Command Desk Relations Online Projects Research License Licence Democrat Democrats Republican Republicans Tory Tories Labour Liberal Liberals Conservative Conservatives Socialist Socialists Communist Communists Times Daily Weekly Monthly Magazine Inc. Co Co. Brothers Bros Sons Group's Studios Records
Stores Market Markets Exchange Street's Facebook Google Twitter Instagram YouTube TikTok WhatsApp
Telegram Reuters Bloomberg Interfax TASS RIA Xinhua Kremlin Pentagon Whitehall Downing Élysée
Trust Metals Mining Minerals Mines Resources Materials Steel Chemicals Logistics Labs Solutions Robotics
Therapeutics Biotech Semiconductor Semiconductors Electronics Shipping Foods Insurance
`);

/** Heads that are also common surnames ("Damon Hill", "Park Ji-hoon"): a penalty, not a veto. */
export const SURNAME_LIKE_HEADS = wordSet(
  'Hall Hill Park House Church Lane Field Wood Castle Tower Bay Lake Court Mills Banks Bell Day Cross Brook Rivers Chase',
);

/** Words that make a "...Convention" an event, not a treaty ("Democratic National Convention"). */
export const EVENT_MODIFIERS = wordSet('National Annual Party Democratic Republican Labour Conservative Comic Fan');

/** Heads of non-person names, with the reading language's own and its compounds' endings. */
export const NON_PERSON_HEADS = perLanguage(ENGLISH_NON_PERSON_HEADS, 'nonPersonHeads', true, 'nonPersonSuffixes');
