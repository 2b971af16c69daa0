// What French, German, Spanish and Russian news call the treaty organizations and agreements of the
// English table (the Russian ones in the cases news most writes them). Keyed by the English table's
// first name. Source: written for Backstory from general knowledge of each language's news usage.

export const TREATY_BODY_NAMES_IN_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  'North Atlantic Treaty Organization': [
    'OTAN', 'Otan', 'НАТО', 'Organisation du traité de l’Atlantique nord', 'Organisation du traité de l’Atlantique Nord',
    'Organización del Tratado del Atlántico Norte', 'Organisation des Nordatlantikvertrags', 'Nordatlantikpakt',
    'Североатлантический альянс', 'Североатлантического альянса',
  ],
  'Collective Security Treaty Organization': [
    'OTSC', 'ОДКБ', 'Organisation du traité de sécurité collective', 'Organización del Tratado de Seguridad Colectiva',
    'Organisation des Vertrags über kollektive Sicherheit', 'Organisation des Vertrags über Kollektive Sicherheit',
    'Организация Договора о коллективной безопасности', 'Организации Договора о коллективной безопасности',
  ],
  'Organization for Security and Co-operation in Europe': [
    'OSZE', 'ОБСЕ', 'Organisation pour la sécurité et la coopération en Europe',
    'Organización para la Seguridad y la Cooperación en Europa', 'Organisation für Sicherheit und Zusammenarbeit in Europa',
    'Организация по безопасности и сотрудничеству в Европе', 'Организации по безопасности и сотрудничеству в Европе',
  ],
  'European Union': [
    'UE', 'Union européenne', 'Unión Europea', 'Europäische Union', 'Europäischen Union', 'ЕС', 'Евросоюз', 'Евросоюза',
    'Евросоюзе', 'Евросоюзу', 'Европейский союз', 'Европейского союза',
  ],
  'United Nations': [
    'ONU', 'Onu', 'UNO', 'ООН', 'Nations unies', 'Organisation des Nations unies', 'Naciones Unidas',
    'Organización de las Naciones Unidas', 'Vereinte Nationen', 'Vereinten Nationen', 'Организация Объединенных Наций',
    'Организация Объединённых Наций', 'Организации Объединенных Наций', 'Организации Объединённых Наций',
  ],
  'Association of Southeast Asian Nations': ['АСЕАН', 'Anase'],
  'African Union': ['Union africaine', 'Unión Africana', 'Afrikanische Union', 'Afrikanischen Union', 'Африканский союз'],
  'Arab League': ['Ligue arabe', 'Liga Árabe', 'Arabische Liga', 'Arabischen Liga', 'Лига арабских государств'],
  'Organization of the Petroleum Exporting Countries': ['OPEP', 'Opep', 'ОПЕК'],
  'OPEC+': ['OPEP+', 'Opep+', 'ОПЕК+'],
  'Gulf Cooperation Council': ['Conseil de coopération du Golfe', 'Consejo de Cooperación del Golfo', 'Golf-Kooperationsrat'],
  'Shanghai Cooperation Organisation': [
    'ШОС', 'SOZ', 'Organisation de coopération de Shanghai', 'Organización de Cooperación de Shanghái',
    'Shanghaier Organisation für Zusammenarbeit', 'Шанхайская организация сотрудничества',
  ],
  'Commonwealth of Independent States': [
    'CEI', 'GUS', 'СНГ', 'Communauté des États indépendants', 'Comunidad de Estados Independientes',
    'Gemeinschaft Unabhängiger Staaten', 'Содружество Независимых Государств', 'Содружества Независимых Государств',
  ],
  'Eurasian Economic Union': [
    'ЕАЭС', 'UEEA', 'EAWU', 'Union économique eurasiatique', 'Unión Económica Euroasiática', 'Eurasische Wirtschaftsunion',
    'Евразийский экономический союз', 'Евразийского экономического союза',
  ],
  'Economic Community of West African States': [
    'Cedeao', 'CEDEAO', 'Communauté économique des États de l’Afrique de l’Ouest',
    'Comunidad Económica de Estados de África Occidental', 'Westafrikanische Wirtschaftsgemeinschaft', 'ЭКОВАС',
  ],
  'Comprehensive Economic and Trade Agreement': ['AECG'],
  'Council of Europe': ['Conseil de l’Europe', 'Consejo de Europa', 'Europarat', 'Europarats', 'Совет Европы', 'Совета Европы'],
  'Warsaw Pact': ['Pacte de Varsovie', 'Pacto de Varsovia', 'Warschauer Pakt', 'Варшавский договор', 'Варшавского договора'],
  'Joint Comprehensive Plan of Action': ['PAGC', 'СВПД', 'Plan d’action global commun', 'Plan de Acción Integral Conjunto'],
  'New START': ['СНВ-3', 'ДСНВ', 'New Start'],
  'Treaty on the Non-Proliferation of Nuclear Weapons': [
    'TNP', 'ДНЯО', 'Atomwaffensperrvertrag', 'Atomwaffensperrvertrags', 'Nichtverbreitungsvertrag',
    'Traité sur la non-prolifération des armes nucléaires', 'traité sur la non-prolifération des armes nucléaires',
    'Tratado de No Proliferación Nuclear', 'Tratado sobre la No Proliferación de las Armas Nucleares',
    'Договор о нераспространении ядерного оружия', 'Договора о нераспространении ядерного оружия',
  ],
  'Comprehensive Nuclear-Test-Ban Treaty': ['TICE', 'ДВЗЯИ', 'Kernwaffenteststopp-Vertrag'],
}; // prettier-ignore

/**
 * Treaty bodies the English table finds by their parts ("OSCE Minsk Group"), and well-known treaties and
 * bodies whose names in other languages no rule reads whole ("Charte des Nations unies", "Устав ООН",
 * "Договор об обычных вооруженных силах в Европе"): names in every language, Russian in its main cases.
 */
export const TREATY_BODIES_IN_LANGUAGES: ReadonlyArray<{
  names: string[];
  kind: 'organization' | 'agreement';
  subtype: string;
}> = [
  {
    names: [
      'Минская группа ОБСЕ', 'Минской группы ОБСЕ', 'Минскую группу ОБСЕ', 'Минской группой ОБСЕ', 'Минской группе ОБСЕ', 'Минская группа', 'Минской группе',
      'Минской группы', 'Минскую группу', 'OSZE-Minsk-Gruppe', 'Minsk-Gruppe', 'groupe de Minsk de l’OSCE',
      'groupe de Minsk', 'Groupe de Minsk', 'Grupo de Minsk de la OSCE', 'Grupo de Minsk',
    ],
    kind: 'organization',
    subtype: 'treaty organization',
  },
  { names: ['UEMOA', 'Union économique et monétaire ouest-africaine', 'West African Economic and Monetary Union', 'WAEMU'], kind: 'organization', subtype: 'union' },
  { names: ['Zlecaf', 'ZLECAf', 'Zone de libre-échange continentale africaine', 'Afrikanische Kontinentale Freihandelszone', 'Zona de Libre Comercio Continental Africana', 'Африканская континентальная зона свободной торговли'], kind: 'agreement', subtype: 'free trade area' },
  { names: ['European Free Trade Association', 'EFTA', 'AELE', 'Association européenne de libre-échange', 'Europäische Freihandelsassoziation', 'Asociación Europea de Libre Comercio', 'ЕАСТ'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['European Economic Area', 'EEE', 'Espace économique européen', 'Accord sur l’Espace économique européen', 'EWR', 'Europäischer Wirtschaftsraum', 'Espacio Económico Europeo', 'Европейская экономическая зона'], kind: 'agreement', subtype: 'agreement' },
  { names: ['Organisation for European Economic Co-operation', 'OEEC', 'OECE', 'Organisation européenne de coopération économique'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['European Convention on Human Rights', 'ECHR', 'Convention européenne des droits de l’homme', 'CEDH', 'Europäische Menschenrechtskonvention', 'EMRK', 'Convenio Europeo de Derechos Humanos', 'Convención Europea de Derechos Humanos', 'Европейская конвенция о защите прав человека', 'Европейской конвенции о защите прав человека', 'ЕКПЧ'], kind: 'agreement', subtype: 'convention' },
  { names: ['Charter of the United Nations', 'UN Charter', 'Charte des Nations unies', 'Charte de l’ONU', 'UN-Charta', 'Charta der Vereinten Nationen', 'Carta de las Naciones Unidas', 'Carta de la ONU', 'Устав ООН', 'Устава ООН', 'Уставе ООН', 'Уставом ООН', 'Уставу ООН'], kind: 'agreement', subtype: 'charter' },
  { names: ['United Nations Framework Convention on Climate Change', 'UNFCCC', 'CCNUCC', 'Convention-cadre des Nations unies sur les changements climatiques', 'UN-Klimarahmenkonvention', 'Klimarahmenkonvention der Vereinten Nationen', 'Klimarahmenkonvention', 'CMNUCC', 'Convención Marco de las Naciones Unidas sobre el Cambio Climático', 'РКИК ООН', 'Рамочная конвенция ООН об изменении климата', 'Рамочной конвенции ООН об изменении климата', 'Рамочную конвенцию ООН об изменении климата'], kind: 'agreement', subtype: 'convention' },
  { names: ['Geneva Conventions', 'conventions de Genève', 'Conventions de Genève', 'Genfer Konventionen', 'Convenios de Ginebra', 'Женевские конвенции', 'Женевских конвенций', 'Женевским конвенциям', 'Женевскими конвенциями'], kind: 'agreement', subtype: 'convention' },
  { names: ['Helsinki Final Act', 'Acte final d’Helsinki', 'Acte final de Helsinki', 'Schlussakte von Helsinki', 'Acta Final de Helsinki', 'Хельсинкский заключительный акт', 'Хельсинкского заключительного акта', 'Хельсинкском заключительном акте', 'Хельсинкским заключительным актом', 'Заключительный акт СБСЕ', 'Заключительного акта СБСЕ'], kind: 'agreement', subtype: 'declaration' },
  { names: ['Conference on Security and Co-operation in Europe', 'CSCE', 'KSZE', 'СБСЕ', 'Совещание по безопасности и сотрудничеству в Европе', 'Совещания по безопасности и сотрудничеству в Европе', 'Conférence sur la sécurité et la coopération en Europe', 'Konferenz über Sicherheit und Zusammenarbeit in Europa', 'Conferencia sobre la Seguridad y la Cooperación en Europa'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['Treaty on Conventional Armed Forces in Europe', 'CFE Treaty', 'ДОВСЕ', 'Договор об обычных вооруженных силах в Европе', 'Договора об обычных вооруженных силах в Европе', 'Договор об обычных вооружённых силах в Европе', 'Договора об обычных вооружённых силах в Европе', 'KSE-Vertrag', 'Traité sur les forces armées conventionnelles en Europe', 'Tratado sobre Fuerzas Armadas Convencionales en Europa'], kind: 'agreement', subtype: 'treaty' },
  { names: ['Intermediate-Range Nuclear Forces Treaty', 'INF Treaty', 'Договор о РСМД', 'Договора о РСМД', 'Договоре о РСМД', 'Договору о РСМД', 'ДРСМД', 'INF-Vertrag', 'traité FNI', 'Traité FNI', 'Tratado INF'], kind: 'agreement', subtype: 'treaty' },
  { names: ['Union State', 'Союзное государство', 'Союзного государства', 'Союзным государством', 'Союзном государстве', 'Союзному государству'], kind: 'organization', subtype: 'union' },
  { names: ['Collective Security Treaty', 'Договор о коллективной безопасности', 'Договора о коллективной безопасности', 'Договоре о коллективной безопасности', 'Traité de sécurité collective', 'Vertrag über kollektive Sicherheit', 'Tratado de Seguridad Colectiva'], kind: 'agreement', subtype: 'treaty' },
  { names: ['Oslo Accords', 'Osloer Abkommen', 'Oslo-Abkommen', 'Acuerdos de Oslo', 'acuerdos de Oslo', 'Соглашения Осло', 'соглашения Осло', 'соглашений Осло'], kind: 'agreement', subtype: 'accord' },
  { names: ['Abraham Accords', 'Abraham-Abkommen', 'Acuerdos de Abraham', 'acuerdos de Abraham', 'Соглашения Авраама', 'соглашения Авраама', 'соглашений Авраама'], kind: 'agreement', subtype: 'accord' },
  { names: ['Treaty on European Union', 'Traité sur l’Union européenne', 'Vertrag über die Europäische Union', 'Tratado de la Unión Europea', 'Договор о Европейском союзе'], kind: 'agreement', subtype: 'treaty' },
  { names: ['Treaty on the Functioning of the European Union', 'Traité sur le fonctionnement de l’Union européenne', 'Vertrag über die Arbeitsweise der Europäischen Union', 'Tratado de Funcionamiento de la Unión Europea', 'Договор о функционировании Европейского союза'], kind: 'agreement', subtype: 'treaty' },
  { names: ['Treaty of Asunción', 'Traité d’Asunción', 'traité d’Asunción', 'Vertrag von Asunción', 'Tratado de Asunción', 'Асунсьонский договор'], kind: 'agreement', subtype: 'treaty' },
]; // prettier-ignore

/** Both apostrophes of a name ("l’Atlantique", "l'Atlantique"): pages write either. */
export function withBothApostrophes(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((n) => [n, n.replace(/’/g, "'"), n.replace(/'/g, '’')]))];
}
