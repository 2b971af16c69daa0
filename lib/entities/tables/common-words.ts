// Capitalized words that are not names: sentence openers, function words, calendar words.
// Source: written for Backstory from frequent capitalized sentence openers in English news, then
// extended with every false "person" our fixtures and the seed produced (e.g. "Drawing", "Calling").
import { wordSet } from './words';
import { pairMap, perLanguage, perLanguageMap } from './language';

/** Lower-case forms of words that start sentences but never start a name. */
export const NON_NAME_WORDS = perLanguage(
  wordSet(`
a about above according across after afterwards again against ahead all almost alone along already also
although always among amid an and another any anyone anything apart are around as asked at away back
be because been before behind being below beneath beside besides between beyond both but by can
could despite did do does doing down during each earlier early either else elsewhere even ever every
except few following for former from further furthermore had has have having he hence her here hers
herself him himself his how however i if in inside instead into is it its itself just last late later
latest least less let like likewise many may maybe meanwhile might mine more moreover most much must
my near nearly neither never nevertheless next no nobody none nor not nothing now of off often on
once one only onto or other others otherwise our ours out outside over overall perhaps please plus
rather regardless same several she should since so some someone something sometimes soon still
such than that the their theirs them then there thereafter therefore these they this those though
through throughout thus to today together tomorrow tonight too toward towards under unless unlike
until up upon us was we well were what whatever when whenever where whereas wherever whether which
while who whoever whole whom whose why will with within without would yes yesterday yet you your
asked speaking writing calling drawing turning noting citing adding looking taking making given
following including according responding referring addressing asked told said says say tell
breaking exclusive update updated watch read listen live analysis opinion comment editorial
photo photos video videos image images getty reuters ap afp file pictured above below left right
`),
  'nonNameWords',
  true,
);

const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map(
  (
    'january:1 february:2 march:3 april:4 may:5 june:6 july:7 august:8 september:9 october:10 ' +
    'november:11 december:12 jan:1 feb:2 mar:3 apr:4 jun:6 jul:7 aug:8 sep:9 sept:9 oct:10 nov:11 dec:12'
  )
    .split(' ')
    .map((pair) => {
      const [name, month] = pair.split(':');
      return [name ?? '', Number(month)] as const;
    }),
);

/** Month names, in the reading language too ("octobre", "октября"), with their numbers. */
export const MONTHS = perLanguageMap(ENGLISH_MONTHS, (words) => pairMap(words.months, Number));

export const WEEKDAYS = perLanguage(
  wordSet('monday tuesday wednesday thursday friday saturday sunday'),
  'weekdays',
  true,
);

/** Verbs of speech that attribute a quotation or mark a speaker ("Chepa told", "said Lavrov"). */
export const SPEECH_VERBS = perLanguage(
  wordSet(`
said says say saying told tells telling added adds noted notes stated states remarked remarks argued
argues insisted insists warned warns explained explains wrote writes asked asks replied replies
declared declares announced announces continued continues emphasized emphasised emphasizes
emphasises stressed stresses acknowledged acknowledges admitted admits claimed claims recalled
recalls suggested suggests observed observes conceded concedes tweeted posted concluded concludes
urged urges responded responds countered counters predicted predicts cautioned cautions confirmed
confirms added agreed agrees believes believed thinks thought wants wanted called calls
reported reports testified testifies recounted recounts joked jokes quipped complained complains
boasted revealed reveals disclosed alleged alleges denied denies maintained maintains contended
`),
  'speechVerbs',
  true,
);

/** Auxiliaries between a name and its verb of speech ("Macron a déclaré", "Sánchez ha dicho"). */
export const SPEECH_AUXILIARIES = perLanguage(new Set(), 'speechAuxiliaries', false);

/** The reading language's "of", "and"/"or", articles and relative "who" (English's by default). */
export const OF_WORDS = perLanguage(wordSet('of'), 'ofWords', false);
export const AND_WORDS = perLanguage(wordSet('and or'), 'andWords', false);
export const ARTICLES = perLanguage(wordSet('the'), 'articles', false);
export const RELATIVE_WHO = perLanguage(wordSet('who whom whose'), 'relativeWho', false);
/** Lower-case heads right before a name that make it a place's or body's ("aeropuerto", "rue", "имени"). */
export const PLACE_HEADS_BEFORE = perLanguage(new Set(), 'placeHeadsBefore', false);

/** One word before a name that attributes what follows to it ("selon", "según", "laut"). */
export const ACCORDING_TO = perLanguage(new Set(), 'accordingTo', false);
