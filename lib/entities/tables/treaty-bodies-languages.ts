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

/** Treaty bodies the English table finds by their parts ("OSCE Minsk Group"), named whole in other languages. */
export const TREATY_BODIES_IN_LANGUAGES: ReadonlyArray<{ names: string[]; kind: 'organization'; subtype: string }> = [
  {
    names: [
      'Минская группа ОБСЕ', 'Минской группы ОБСЕ', 'Минскую группу ОБСЕ', 'Минской группой ОБСЕ', 'Минской группе ОБСЕ', 'Минская группа', 'Минской группе',
      'Минской группы', 'Минскую группу', 'OSZE-Minsk-Gruppe', 'Minsk-Gruppe', 'groupe de Minsk de l’OSCE',
      'groupe de Minsk', 'Groupe de Minsk', 'Grupo de Minsk de la OSCE', 'Grupo de Minsk',
    ],
    kind: 'organization',
    subtype: 'treaty organization',
  },
]; // prettier-ignore

/** Both apostrophes of a name ("l’Atlantique", "l'Atlantique"): pages write either. */
export function withBothApostrophes(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((n) => [n, n.replace(/’/g, "'"), n.replace(/'/g, '’')]))];
}
