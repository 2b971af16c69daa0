// French words for the entity tables: sentence openers, calendar, verbs of speech, titles written in
// lower case before names ("le président Emmanuel Macron"), agreement heads that come first ("accord
// de Paris"). Source: written for Backstory from general knowledge of French news style.
import type { LanguageWords } from './language-words';

export const FRENCH: LanguageWords = {
  nonNameWords: `
le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu mais ou
et donc or ni car si quand lorsque puis ensuite enfin alors ainsi aussi selon pour par sur sous dans
avec sans entre vers chez depuis pendant avant après malgré contre comme dont que qui quoi où leur
leurs son sa ses mon ma mes notre nos votre vos tout tous toute toutes chaque plusieurs certains
certaines aucun aucune autre autres même déjà encore toujours jamais aujourd hier demain ici là
cependant pourtant toutefois néanmoins désormais lundi mardi mercredi jeudi vendredi samedi dimanche
face lors dès durant parmi outre quant voici voilà oui non selon interrogé interrogée ce-ci cela ceci
celui celle ceux celles lequel laquelle lesquels y en ne pas plus moins très trop peu bien
photo vidéo lire aussi direct publié mis jour par afp reuters
`,
  months: `janvier:1 février:2 fevrier:2 mars:3 avril:4 mai:5 juin:6 juillet:7 août:8 aout:8
septembre:9 octobre:10 novembre:11 décembre:12 decembre:12 janv:1 févr:2 sept:9 oct:10 nov:11 déc:12`,
  weekdays: 'lundi mardi mercredi jeudi vendredi samedi dimanche',
  speechVerbs: `
déclaré déclare a-t-il a-t-elle dit dit-il dit-elle affirmé affirme estimé estime souligné souligne
indiqué indique expliqué explique ajouté ajoute précisé précise assuré assure annoncé annonce
rappelé rappelle jugé juge insisté insiste martelé martèle averti avertit prévenu déploré déplore
reconnu reconnaît confié confie lancé lance écrit écrit-il répondu répond dénoncé dénonce regretté
regrette salué salue réagi commenté commente confirmé confirme démenti dément promis promet
fait-il fait-elle poursuit poursuivi conclu conclut note noté observe observé tweeté
`,
  speechAuxiliaries: 'a avait aura ont avaient',
  titleWords: `
Président Présidente Premier Première Ministre Ministres Chancelier Chancelière Secrétaire
Général Générale Directeur Directrice Gouverneur Sénateur Sénatrice Député Députée Maire Porte-parole
Ambassadeur Ambassadrice Commissaire Juge Procureur Procureure Roi Reine Prince Princesse Pape
Cardinal Archevêque Évêque Imam Rabbin Général Colonel Capitaine Commandant Lieutenant Amiral
Maréchal Sergent Entraîneur Sélectionneur Patron Patronne PDG Fondateur Fondatrice Chef Cheffe
Vice-Président Vice-Présidente Président-directeur Ex-Président
`,
  titleHeads: `
Président Présidente Ministre Chancelier Chancelière Secrétaire Directeur Directrice Gouverneur
Sénateur Sénatrice Député Députée Maire Porte-parole Ambassadeur Ambassadrice Commissaire Juge
Procureur Procureure Roi Reine Prince Princesse Pape Cardinal Archevêque Évêque Imam Rabbin Général
Colonel Capitaine Commandant Lieutenant Amiral Maréchal Sergent Entraîneur Sélectionneur PDG
Fondateur Fondatrice Vice-Président Vice-Présidente
`,
  roleNouns: `
président présidente ministre ministres chancelier chancelière secrétaire directeur directrice
gouverneur sénateur sénatrice député députée maire porte-parole ambassadeur ambassadrice commissaire
juge procureur procureure roi reine prince princesse pape cardinal archevêque évêque imam rabbin
général colonel capitaine commandant lieutenant amiral maréchal sergent entraîneur sélectionneur
patron patronne pdg fondateur fondatrice chef cheffe dirigeant dirigeante leader opposant opposante
candidat candidate rival rivale homologue diplomate négociateur négociatrice médiateur conseiller
conseillère avocat avocate économiste analyste chercheur chercheuse professeur professeure expert
experte historien historienne journaliste reporter correspondant correspondante éditorialiste
écrivain écrivaine auteur autrice romancier romancière poète artiste chanteur chanteuse acteur
actrice réalisateur réalisatrice cinéaste musicien musicienne compositeur peintre sculpteur
architecte ingénieur médecin infirmier infirmière enseignant enseignante étudiant étudiante
militant militante syndicaliste élu élue successeur prédécesseur allié alliée adversaire
attaquant attaquante milieu défenseur gardien joueur joueuse buteur capitaine champion championne
vainqueur lauréat lauréate pilote coureur coureuse nageur nageuse boxeur athlète tennisman
footballeur footballeuse sélectionneur président-directeur vice-président vice-présidente
premier ministre-président homme femme père mère fils fille frère sœur épouse époux mari veuve
cofondateur cofondatrice banquier investisseur milliardaire entrepreneur entrepreneuse
`,
  roleModifiers: `
ancien ancienne ex nouveau nouvelle actuel actuelle premier première vice adjoint adjointe
délégué déléguée général générale russe français française américain américaine
`,
  honorifics: 'M Mme Mlle MM Me Mgr Dr Pr Monsieur Madame Mademoiselle Maître',
  nameParticles: "de du des d d’ d' la le",
  particlesInPersonalName: "de du des d d’ d'",
  personalNouns: '',
  locativePrepositions: 'au aux dans',
  placeHeadsBefore: `aéroport stade rue avenue boulevard place lycée collège école hôpital fondation
institut université théâtre musée palais pont gare quai prix square allée centre`,
  countries: `
Allemagne Angleterre Arabie Arménie Autriche Azerbaïdjan Belgique Biélorussie Bélarus Brésil
Bulgarie Cambodge Cameroun Chine Chypre Colombie Corée Croatie Danemark Égypte Émirats Équateur
Espagne Estonie États-Unis Éthiopie Finlande Géorgie Grèce Guinée Hongrie Inde Indonésie Irak Iran
Irlande Islande Israël Italie Jamaïque Japon Jordanie Kazakhstan Kirghizistan Koweït Lettonie Liban
Libye Lituanie Malaisie Maroc Mexique Moldavie Mongolie Monténégro Mozambique Namibie Norvège
Nouvelle-Zélande Ouganda Ouzbékistan Pays-Bas Pérou Pologne Roumanie Royaume-Uni Russie Sénégal
Serbie Slovaquie Slovénie Somalie Soudan Suède Suisse Syrie Tadjikistan Tchad Tchéquie Thaïlande
Tunisie Turquie Ukraine Venezuela Viêt Vietnam Yémen Zambie Europe Asie Afrique Amérique Océanie
Caucase Haut-Karabakh Karabakh Crimée Donbass Cisjordanie Kosovo Québec Corse Bretagne Alsace
Normandie Provence Occitanie Outre-Mer
`,
  cities: `
Paris Lyon Marseille Toulouse Nice Nantes Strasbourg Montpellier Bordeaux Lille Rennes Reims Brest
Grenoble Dijon Angers Nîmes Toulon Metz Rouen Genève Bruxelles Londres Moscou Pékin Varsovie Vienne
Berlin Rome Madrid Lisbonne Athènes Prague Budapest Bucarest Kiev Kyiv Minsk Erevan Bakou Tbilissi
Ankara Istanbul Téhéran Bagdad Damas Beyrouth Jérusalem Tel-Aviv Gaza Le Caire Alger Tunis Rabat
Dakar Abidjan Bamako Niamey Ouagadougou Washington New-York Ottawa Montréal Québec Tokyo Séoul Pékin
Shanghai Delhi Bombay Mexico Brasilia Buenos Aires Santiago Lima Bogota Caracas La Havane Riyad Doha
Abou Dhabi Dubaï Strasbourg Luxembourg Bruges Anvers Liège Lausanne Zurich Munich Francfort Hambourg
Cologne Milan Turin Naples Venise Florence Barcelone Séville Valence Porto Varsovie Cracovie
Vilnius Riga Tallinn Helsinki Stockholm Oslo Copenhague Dublin Édimbourg Belgrade Sarajevo Zagreb
Sofia Skopje Tirana Chisinau Odessa Kharkiv Marioupol Kherson Zaporijjia Donetsk Louhansk Alma-Ata
Almaty Astana Tachkent Douchanbé Bichkek Achgabat Matignon Élysée Elysée Bercy Versailles Calais
`,
  demonyms: `
français française françaises allemand allemande russe russes américain américaine américains
britannique britanniques chinois chinoise ukrainien ukrainienne arménien arménienne azerbaïdjanais
azerbaïdjanaise turc turque iranien iranienne israélien israélienne palestinien palestinienne
européen européenne européens africain africaine italien italienne espagnol espagnole polonais
polonaise hongrois hongroise géorgien géorgienne belge belges suisse suisses canadien canadienne
japonais japonaise indien indienne brésilien brésilienne mexicain mexicaine syrien syrienne
libanais libanaise égyptien égyptienne saoudien saoudienne qatari émirati marocain marocaine
algérien algérienne tunisien tunisienne sénégalais sénégalaise malien malienne
Français Française Allemand Allemande Russe Russes Américain Américaine Américains Britannique
Britanniques Chinois Ukrainien Ukrainiens Arménien Arméniens Azerbaïdjanais Turc Turcs Iranien
Israélien Israéliens Palestinien Palestiniens Européen Européens Européennes Africain Africains
Italien Espagnol Polonais Hongrois Géorgien Belge Suisse Canadien Japonais Indien Brésilien
Mexicain Syrien Libanais Égyptien Saoudien Marocain Algérien Tunisien Sénégalais Malien
`,
  directions: 'Nord Sud Est Ouest Saint Sainte Haut Haute Bas Basse Grand Grande Nouvelle Nouveau Mont Île Val',
  nonPersonHeads: `
Fondation Institut Université Lycée Collège École Ecole Hôpital Ministère Gouvernement Assemblée
Sénat Conseil Commission Parlement Parti Banque Société Groupe Agence Office Cour Tribunal Stade
Rue Avenue Boulevard Place Pont Gare Aéroport Palais Musée Théâtre Église Cathédrale Journal Radio
Télévision Quai Union Organisation Alliance Front Rassemblement Mouvement République Fédération
Association Club Ligue Coupe Championnat Festival Prix Sommet Conférence Forum Accord Accords
Traité Déclaration Pacte Convention Protocole Charte Plan Initiative Opération Révolution Guerre
Centre Académie Maison Hôtel Château Fort Port Canal Fleuve Lac Mer Océan Golfe Île Îles Mont
Vallée Région Département Province Préfecture Mairie Ville Commune Compagnie Crédit Caisse
Mutuelle Syndicat Confédération Tour Arc Porte Cité Square Allée Impasse Chemin Route Autoroute
Lycée Collège Jardin Parc Bibliothèque Médiathèque Cinéma Opéra Orchestre Édition Éditions
Presse Monde Figaro Libération Parisien Croix Humanité Express Point Obs Dépêche Ouest-France
Beaux-Arts Affaires Défense Intérieur Justice Santé Éducation Économie Travail Armées Culture Finances
`,
  agreementHeads: `Accord:accord Accords:accord Traité:treaty Traités:treaty Déclaration:declaration
Pacte:pact Convention:convention Protocole:protocol Charte:charter Mémorandum:memorandum
Initiative:initiative Statut:statute Communiqué:declaration Pactes:pact Conventions:convention
Protocoles:protocol Déclarations:declaration Chartes:charter`,
  headFirstAgreements: `accord:accord accords:accord traité:treaty déclaration:declaration pacte:pact
convention:convention protocole:protocol charte:charter mémorandum:memorandum statut:statute format:format
plan:plan`,
  quotedHeadsBefore: 'initiative format plan projet programme plateforme accord pacte feuille corridor',
  tailOpeners: "de du des d d’ d' sur entre pour",
  tailConnectors: "de du des la le les l l’ l' d’ d' et sur pour",
  givenNames: `
Jean Jean-Luc Jean-Marie Jean-Pierre Jean-Paul Jean-Claude Jean-Michel Jean-Yves Jean-Noël
Jean-Louis Jean-François Jean-Marc Jean-Baptiste Jean-Jacques Marie Marie-France Anne-Marie
Emmanuel Édouard Edouard Élisabeth Elisabeth Élise Éric Étienne Gérald Gérard Ségolène Clémentine
Sébastien Stéphane Stéphanie Frédéric Frédérique Hervé Rémi Rémy Amélie Aurélien Aurélie Benoît
Cécile Céline Hélène Jérôme Léa Léon Valérie Véronique Raphaël Raphaëlle Gaël Gaëlle Noël Joël
Agnès Inès Océane Chloé Zoé Anaïs Loïc Maël Héloïse Mathilde Marine Manon Pauline Delphine Laurent
Laurence Bruno Olivier Nicolas François Françoise Bernard Dominique Michel Michèle Philippe Pierre
Yannick Yves Gabriel Gabrielle Bruno Xavier Thierry Didier Patrick Pascal Pascale Christophe
Christine Brigitte Nathalie Sylvie Isabelle Sandrine Catherine Florence Corinne Agathe Rachida
Najat Marlène Roselyne Fabien Fabienne Arnaud Benjamin Clément Damien Guillaume Julien Mathieu
Matthieu Maxime Quentin Romain Thibault Thomas Tristan Vincent Yaël Gilles Jacques Lionel Manuel
Ségolène Arlette Jordan Marion Éloïse Sergueï Sergeï Vladimir Volodymyr Dmitri Mikhaïl Mikhail
Alexeï Alexandre Andreï Ilham Nikol Recep Tayyip Mohammed Mohamed Benyamin Benjamin Joe Donald
Kamala Olaf Ursula Charles Antonio Giorgia Pedro Viktor Xi Narendra Luiz Inácio Abdelmadjid Kaïs
Ahmed Bachar Bachir Hassan Ali Vladimir Evgueni Evguéni Iouri Piotr Youri Mikhaïl Maria Ioulia
Charles-Michel Annalena Friedrich Rishi Keir Boris Emmanuel-Philippe Kylian Antoine Zinédine
Didier Hugo Ousmane Henri Henriette Georges Louis Auguste Édith Simone Marcel Camille Claude Paul
René Raymond Roger Maurice Lucien Jules Victor Honoré Gustave Émile Albert André Alain Daniel Denis
Fernand Gaston Jeanne Marguerite Madeleine Suzanne Yvonne Josette Odette Colette Juliette Léon Pierre-Yves
Laure Harlem Edouard Édouard Michèle Ségolène Najat Aurore Yaël Amélie Bratislav Aleksandar Milos Miloš Zoran Dragan Goran Nenad Ivica Luka Ante Marko Stjepan Aurélien Eduardo Karim Killian Marcus Gianni Luis Novak Rafael Carlos
`,
  surnameEndings: '',
  ofWords: "de du des d d’ d'",
  andWords: 'et ou',
  articles: "le la les l l’ l'",
  relativeWho: 'qui dont',
  accordingTo: 'selon',
};
