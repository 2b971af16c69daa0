// German words for the entity tables. German capitalizes every noun, so titles, organizations and
// agreements are told by their compounds' endings ("Außenministerin", "Bundesregierung",
// "Klimaabkommen"). Source: written for Backstory from general knowledge of German news style.
import type { LanguageWords } from './language-words';

export const GERMAN: LanguageWords = {
  nonNameWords: `
der die das den dem des ein eine einen einem einer eines kein keine er sie es wir ihr man ich du
und oder aber denn doch sondern dass daß ob wenn als wie weil da damit dabei dazu darum daher
deshalb deswegen trotzdem zudem außerdem zuletzt zunächst bereits schon noch nun jetzt heute gestern
morgen hier dort dann danach davor seit nach vor mit bei für gegen ohne um über unter zwischen neben
hinter durch aus von zu zum zur im am ins ans beim vom auf an in dieser diese dieses diesem diesen
jener jene jenes welche welcher welches was wer wo wann warum wieso weshalb wohl auch nur sogar
immer nie nicht kaum fast etwa rund laut zufolge trotz während wegen allerdings jedoch dennoch
indes inzwischen mittlerweile zwar sowohl weder jede jeder jedes alle viele einige manche mehrere
sein seine ihre ihr unser euer mein dein nachdem bevor sobald solange sofern falls obwohl obgleich
ja nein bitte also so sehr ganz gar mehr weniger erst später früher insgesamt ebenfalls gleichzeitig
montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend anzeige foto video lesen
mehr dpa afp reuters ap
`,
  months: `januar:1 jänner:1 februar:2 märz:3 maerz:3 april:4 mai:5 juni:6 juli:7 august:8 september:9
oktober:10 november:11 dezember:12 jan:1 feb:2 mär:3 apr:4 jun:6 jul:7 aug:8 sep:9 sept:9 okt:10 nov:11 dez:12`,
  weekdays: 'montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend',
  speechVerbs: `
sagte sagt sagten erklärte erklärt betonte betont sprach spricht meinte meint warnte warnt forderte
fordert kündigte kritisierte kritisiert bekräftigte unterstrich unterstreicht schrieb schreibt
antwortete antwortet fügte hinzu ergänzte ergänzt räumte ein berichtete berichtet teilte mit
versicherte versichert mahnte mahnt verwies verweist bestätigte bestätigt dementierte sagte so
erinnerte zitierte twitterte postete verkündete verkündet stellte klar
`,
  speechAuxiliaries: 'hat hatte habe haben',
  titleWords: `
Präsident Präsidentin Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin Minister Ministerin
Premierminister Premierministerin Ministerpräsident Ministerpräsidentin Staatschef Staatschefin
Regierungschef Regierungschefin Außenminister Außenministerin Verteidigungsminister
Verteidigungsministerin Finanzminister Finanzministerin Innenminister Innenministerin Wirtschaftsminister
Wirtschaftsministerin Generalsekretär Generalsekretärin Botschafter Botschafterin Sprecher Sprecherin
Regierungssprecher Regierungssprecherin Vorsitzende Vorsitzender Parteichef Parteichefin Chef Chefin
König Königin Prinz Prinzessin Papst Kardinal Bischof Erzbischof General Oberst Trainer Trainerin
Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Senator Senatorin Abgeordnete
Abgeordneter Kommissionspräsidentin Kommissionspräsident Kremlchef Vizekanzler Vizekanzlerin
Bundespräsident Bundespräsidentin Richter Richterin Staatsanwalt Staatsanwältin Direktor Direktorin
Professor Professorin Ex-Kanzler Ex-Kanzlerin Ex-Präsident Altkanzler Altkanzlerin Frau Herr
`,
  titleHeads: `
Präsident Präsidentin Kanzler Kanzlerin Minister Ministerin Staatschef Staatschefin Regierungschef
Regierungschefin Generalsekretär Generalsekretärin Botschafter Botschafterin Sprecher Sprecherin
Vorsitzende Vorsitzender Chef Chefin König Königin Prinz Prinzessin Papst Kardinal Bischof General
Oberst Trainer Trainerin Bürgermeister Bürgermeisterin Senator Senatorin Abgeordnete Abgeordneter
Richter Richterin Staatsanwalt Staatsanwältin Direktor Direktorin Professor Professorin
`,
  titleSuffixes: `
präsident präsidentin kanzler kanzlerin minister ministerin chef chefin sprecher sprecherin
botschafter botschafterin sekretär sekretärin vorsitzende vorsitzender führer führerin trainer
trainerin direktor direktorin leiter leiterin beauftragte beauftragter abgeordnete abgeordneter
berater beraterin politiker politikerin kommissar kommissarin bürgermeister bürgermeisterin
verteidiger verteidigerin torwart spieler spielerin angreifer angreiferin mittelfeldspieler keeper
sportdirektor sportvorstand geschäftsführer geschäftsführerin manager managerin coach
general stürmer stürmerin torhüter torhüterin kapitän kapitänin experte expertin ökonom ökonomin
analyst analystin korrespondent korrespondentin vize nachfolger nachfolgerin vorgänger vorgängerin
`,
  roleNouns: `
präsident präsidentin kanzler kanzlerin minister ministerin chef chefin sprecher sprecherin trainer
`,
  honorifics: 'Herr Herrn Frau Dr Prof',
  nameParticles: 'von van der den de zu vom zum',
  particlesNotFirst: 'der den des dem die das',
  particlesAfterGivenName: 'von van zu vom zum de',
  capitalizesNouns: true,
  locativePrepositions: 'im am beim nach',
  placeHeadsBefore: 'flughafen stadion',
  countries: `
Deutschland Österreich Schweiz Frankreich Russland Ukraine Armenien Aserbaidschan Georgien Polen
Ungarn Tschechien Slowakei Rumänien Bulgarien Serbien Kroatien Slowenien Bosnien Albanien
Griechenland Türkei Italien Spanien Portugal Belgien Niederlande Luxemburg Dänemark Schweden
Norwegen Finnland Estland Lettland Litauen Belarus Weißrussland Moldau Moldawien Großbritannien
Irland Island China Japan Indien Pakistan Iran Irak Syrien Libanon Israel Jordanien Ägypten Libyen
Tunesien Algerien Marokko Saudi-Arabien Katar Kasachstan Usbekistan Kirgistan Tadschikistan
Turkmenistan Afghanistan Mongolei Nordkorea Südkorea Korea Vietnam Thailand Indonesien Malaysia
Australien Neuseeland Kanada Mexiko Brasilien Argentinien Chile Kolumbien Venezuela Kuba Nigeria
Äthiopien Kenia Südafrika Sudan Europa Asien Afrika Amerika Ozeanien Kaukasus Krim Bergkarabach
Berg-Karabach Karabach Donbass Gaza Westjordanland Kosovo Bayern Sachsen Thüringen Brandenburg
Hessen Niedersachsen Nordrhein-Westfalen Baden-Württemberg Rheinland-Pfalz Saarland Schleswig-Holstein
Mecklenburg-Vorpommern Sachsen-Anhalt Tirol Kärnten Steiermark Vorarlberg Salzburg USA
Russlands Deutschlands Frankreichs Chinas Amerikas Europas Armeniens Aserbaidschans Irans Israels
Polens Ungarns Österreichs Italiens Spaniens Großbritanniens Japans Indiens Kanadas Georgiens
`,
  cities: `
Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Dortmund Essen Leipzig Bremen Dresden
Hannover Nürnberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster Karlsruhe Mannheim Augsburg
Wiesbaden Mainz Kiel Magdeburg Erfurt Potsdam Rostock Freiburg Wien Graz Linz Innsbruck Zürich
Bern Basel Genf Moskau Kiew Kyjiw Minsk Jerewan Baku Tiflis Warschau Prag Budapest Bukarest Sofia
Belgrad Athen Rom Mailand Madrid Lissabon Paris Brüssel London Den Haag Amsterdam Kopenhagen
Stockholm Oslo Helsinki Washington Peking Tokio Neu-Delhi Teheran Ankara Istanbul Jerusalem Kairo
Straßburg Luxemburg Dayton Lissabon Maastricht Schengen Davos Charkiw Odessa Mariupol Cherson
Saporischschja Donezk Luhansk Alma-Ata Almaty Astana Sankt Petersburg
`,
  demonyms: `
Deutsche Deutscher Deutschen Russe Russen Russin Amerikaner Amerikanerin Franzose Franzosen
Französin Brite Briten Britin Chinese Chinesen Ukrainer Ukrainerin Armenier Aserbaidschaner Türke
Türken Iraner Israeli Israelis Palästinenser Europäer Europäerin Polen Ungar Italiener Spanier
Österreicher Schweizer Deutsch Russisch Europäische Europäischen Europäischer Deutsche Russische
Russischen Amerikanische Amerikanischen Französische Französischen Britische Britischen Chinesische
Chinesischen Ukrainische Ukrainischen Armenische Armenischen Aserbaidschanische Türkische Iranische
Israelische Polnische Ungarische Italienische Spanische Österreichische Schweizer Internationale
Internationalen Nationale Nationalen Vereinte Vereinten Vereinigte Vereinigten Arabischen Sozialdemokratische Christlich Freie Grüne
Grünen Linke Linken
`,
  directions: 'Nord Süd Ost West Nord- Süd- Ost- West- Sankt Neu Alt Groß Klein Ober Unter Bad',
  nonPersonHeads: `
Regierung Bundesregierung Ministerium Partei Bank Stiftung Institut Zeitung Universität Hochschule
Gericht Rat Union Verband Gruppe Konzern Bundestag Bundesrat Landtag Behörde Amt Agentur Fraktion
Allianz Bündnis Gipfel Konferenz Vertrag Abkommen Erklärung Straße Platz Haus Schloss Kirche
Stadion Arena Flughafen Bahnhof Klinik Krankenhaus Klinikum Museum Theater Verlag Verein Klub Club
Liga Meisterschaft Pokal Kommission Parlament Kanzleramt Kreml Weißes Gesellschaft Werk Werke
Zentrum Zentralbank Bundesbank Nationalbank Börse Messe Festival Preis Krieg Revolution Operation
Programm Plan Initiative Format Protokoll Konvention Charta Pakt Statut Deal Spiegel Zeit Welt
Tagesschau Tagesspiegel Handelsblatt Bild Süddeutsche Frankfurter Allgemeine Rundschau Kurier
Standard Presse Nachrichten Tageszeitung Morgenpost Abendblatt Emirate Reform Lockerung Gründung
Verteidigung Wirtschaft Finanzen Justiz Gesundheit Bildung Sicherheit Zusammenarbeit
`,
  nonPersonSuffixes: `
regierung ministerium partei stiftung institut zeitung gericht amt verband konzern bank straße
platz haus stadion arena flughafen bahnhof klinik krankenhaus museum theater verlag verein kirche
schule universität hochschule gipfel konferenz abkommen vertrag erklärung krieg behörde agentur
amts rats ministeriums instituts gerichts hauses vertrags abkommens verbands konzerns
kommission parlament zentrum gesellschaft rat bündnis allianz union werk werke gruppe fonds
`,
  agreementHeads: `Abkommen:agreement Vertrag:treaty Verträge:treaty Erklärung:declaration
Protokoll:protocol Konvention:convention Übereinkommen:convention Charta:charter Pakt:pact
Statut:statute Vereinbarung:agreement Memorandum:memorandum Initiative:initiative Deal:deal
Friedensplan:plan Klimaabkommen:agreement Atomabkommen:agreement Erklärungen:declaration
Protokolle:protocol Konventionen:convention Vereinbarungen:agreement`,
  agreementSuffixes: `abkommen:agreement vertrag:treaty erklärung:declaration protokoll:protocol
konvention:convention übereinkommen:convention pakt:pact charta:charter vereinbarung:agreement
abkommens:agreement vertrags:treaty`,
  adjectiveAgreementHeads: `Abkommen:agreement Vertrag:treaty Verträge:treaty Verträgen:treaty
Erklärung:declaration Protokoll:protocol Konvention:convention Übereinkommen:convention
Charta:charter Pakt:pact Statut:statute Vereinbarungen:agreement Vereinbarung:agreement
Klimaabkommen:agreement Atomabkommen:agreement Friedensabkommen:agreement`,
  quotedHeadsBefore: 'initiative format plan projekt programm plattform abkommen pakt korridor',
  tailOpeners: 'von über zur zum zu',
  tailConnectors: 'der die das des den dem und von',
  givenNames: `
Olaf Annalena Robert Christian Friedrich Markus Karl Karl-Theodor Wolfgang Hans Hans-Dietrich
Heinz Helmut Gerhard Angela Ursula Frank-Walter Sahra Alice Tino Lars Saskia Boris Nancy Hubertus
Svenja Cem Steffen Kevin Ricarda Omid Katrin Manuela Franziska Jens Joachim Horst Thomas Armin
Jürgen Günter Günther Dieter Uwe Jörg Klaus Heiko Sigmar Norbert Volker Hendrik Philipp Christine
Ulrike Sabine Petra Bärbel Kerstin Anke Antje Birgit Heike Silke Wiebke Dörte Jutta Brigitte Karin
Monika Renate Ingrid Gisela Susanne Julia Katharina Lena Lea Hannah Leonie Lukas Jonas Leon Felix
Maximilian Niklas Tobias Florian Fabian Sebastian Matthias Stefan Andreas Michael Marc Marco Mario
Manuel Thorsten Torsten Ralf Ralph Rainer Reinhard Bernd Björn Dirk Detlef Erich Fritz Gustav
Heinrich Helmuth Herbert Hermann Kurt Ludwig Manfred Otto Rudolf Siegfried Walter Werner Wilhelm
Willy Konrad Ludwig Theodor Joschka Gregor Dietmar Jupp Julian Hansi Leroy Jamal Serge Joshua
Manuel Thomas Toni Mats Ilkay İlkay Kai Timo Miroslav Xabi Harry Vincent Niko Ole Nagelsmann
Wladimir Sergej Dmitri Dmitrij Michail Wolodymyr Alexej Andrej Jewgeni Juri Pjotr Ilham Nikol Recep
Tayyip Xi Emmanuel Joe Donald Kamala Giorgia Viktor Pedro Keir Rishi Recep Benjamin Mohammed
Frans Friederike Moritz Tatjana Zaha Ararat Georg Luisa Marie Anna Emma Mia Sophie Paul Ben Elias
Finn Noah Luis Jakob David Johannes Simon Peter Martin Christoph Alexander Daniel Jan Nils Till
Malte Henning Carsten Sven Ingo Holger Hartmut Gerd Annette Bettina Claudia Cornelia Dorothee Elke
Gabriele Hildegard Irene Marlene Nicole Sandra Simone Tanja Ulla Ute Vera Doris Clara Charlotte
Johanna Josef Franz Anton Ignaz Alois Sepp Hubert Leopold Ferdinand Maximilian Constantin Elisabeth
`,
  surnameEndings: '',
  ofWords: 'von des der',
  andWords: 'und oder',
  articles: 'der die das den dem des',
  relativeWho: 'der die',
  accordingTo: 'laut zufolge',
};
