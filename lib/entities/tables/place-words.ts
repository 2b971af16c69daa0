// Countries, demonyms and directional words: a capitalized run made of them is a place or a
// nationality, never a person ("Western Azerbaijan", "South Caucasus"). Source: written for
// Backstory from the UN member states and their usual English demonyms, plus common regions.
import { wordSet } from './words';
import { perLanguage } from './language';

const ENGLISH_COUNTRIES: ReadonlySet<string> = wordSet(`
Afghanistan Albania Algeria Andorra Angola Antigua Argentina Armenia Australia Austria Azerbaijan
Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Herzegovina
Botswana Brazil Brunei Bulgaria Burkina Faso Burundi Cambodia Cameroon Canada Chad Chile China
Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea
Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada
Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy
Jamaica Japan Jordan Kazakhstan Kenya Kiribati Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon
Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali
Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique
Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine
Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia
Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan
Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda Ukraine
Uruguay Uzbekistan Vanuatu Vatican Venezuela Vietnam Yemen Zambia Zimbabwe America Europe Asia Africa
Antarctica Oceania Arctic Caucasus Balkans Baltics Scandinavia Siberia Crimea Donbas Kashmir Tibet
Xinjiang Gaza Kurdistan Karabakh Nagorno-Karabakh Artsakh Transnistria Abkhazia Ossetia Catalonia
Scotland Wales England Britain Hong Kong Macau Greenland Caribbean Mediterranean Pacific Atlantic
Sahel Levant Gulf Persian Anatolia Patagonia Amazon Amazonia Sahara Yerevan Moscow Kyiv Kiev Baku
Tbilisi Ankara Washington London Paris Berlin Brussels Beijing Tokyo Tehran Budapest Warsaw Prague
`);

/** Capitals and large cities, one word each (multi-word ones by their first word): places, not people. */
const ENGLISH_CITIES: ReadonlySet<string> = wordSet(`
Abuja Accra Addis Ababa Algiers Amman Amsterdam Ankara Antananarivo Apia Ashgabat Asmara Astana
Asuncion Asunción Athens Baghdad Baku Bamako Bangkok Bangui Banjul Beirut Belgrade Berlin Bern
Bishkek Bissau Bogotá Bogota Brasília Brasilia Bratislava Brazzaville Bridgetown Brussels Bucharest
Budapest Cairo Canberra Caracas Castries Chisinau Colombo Conakry Copenhagen Dakar Damascus Dhaka
Dili Djibouti Doha Dodoma Dubai Dublin Dushanbe Freetown Gaborone Georgetown Gitega Guatemala Hanoi
Harare Havana Helsinki Honiara Islamabad Jakarta Jerusalem Juba Kabul Kampala Kathmandu Khartoum
Kigali Kingston Kinshasa Kyiv Kiev Libreville Lilongwe Lima Lisbon Ljubljana Lomé Lome London Luanda
Lusaka Luxembourg Madrid Majuro Malabo Male Managua Manama Manila Maputo Maseru Mbabane Minsk
Mogadishu Monrovia Montevideo Moroni Moscow Muscat Nairobi Nassau Naypyidaw Ndjamena Niamey Nicosia
Nouakchott Nukualofa Oslo Ottawa Ouagadougou Palikir Panama Paramaribo Paris Podgorica Port-au-Prince
Porto-Novo Prague Praia Pretoria Pristina Pyongyang Quito Rabat Reykjavik Riga Riyadh Rome Roseau
Sanaa Santiago Sarajevo Seoul Singapore Skopje Sofia Stockholm Suva Taipei Tallinn Tarawa Tashkent
Tbilisi Tegucigalpa Tehran Thimphu Tirana Tokyo Tripoli Tunis Ulaanbaatar Vaduz Valletta Vienna
Vientiane Vilnius Warsaw Washington Wellington Windhoek Yamoussoukro Yaoundé Yaounde Yerevan Zagreb
Istanbul Karachi Lagos Mumbai Delhi Kolkata Chennai Bangalore Bengaluru Shanghai Shenzhen Guangzhou
Chongqing Wuhan Osaka Kyoto Busan Johannesburg Durban Alexandria Casablanca Marrakesh Mombasa
Kano Ibadan Onitsha Dar Kinshasa Lubumbashi Kharkiv Odesa Odessa Lviv Mariupol Donetsk Luhansk
Kherson Zaporizhzhia Dnipro Sevastopol Petersburg Novosibirsk Yekaterinburg Kazan
Ganja Sumgait Batumi Kutaisi Almaty Bishkek Samarkand Tabriz Mashhad Isfahan Shiraz Basra Mosul
Erbil Aleppo Homs Idlib Gaza Ramallah Hebron Haifa Beersheba Jeddah Mecca Medina Sharjah Geneva
Zurich Milan Naples Turin Venice Munich Hamburg Frankfurt Cologne Stuttgart Marseille Lyon
Lille Toulouse Bordeaux Barcelona Valencia Seville Bilbao Porto Manchester Liverpool Birmingham
Glasgow Edinburgh Belfast Cardiff Leeds Bristol Rotterdam Antwerp Hague Gdansk Krakow Kraków
Toronto Montreal Vancouver Chicago Houston Boston Philadelphia Atlanta Miami Dallas Seattle Denver
Detroit Phoenix Angeles Francisco Diego Vegas Orleans York Jersey Mexico Guadalajara Monterrey
Rio Janeiro Paulo Recife Belém Belem Manaus Córdoba Cordoba Rosario Medellín Medellin Cali
Sydney Melbourne Brisbane Perth Auckland Côte Ivoire d’Ivoire Emirates Arabia Zealand Leone
`);

/** Nationality and regional adjectives (and their plurals): the start of a role, never a name. */
const ENGLISH_DEMONYMS: ReadonlySet<string> = wordSet(`
Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian
Austrian Azerbaijani Azeri Bahamian Bahraini Bangladeshi Barbadian Belarusian Belgian Belizean
Beninese Bhutanese Bolivian Bosnian Botswanan Brazilian British Bruneian Bulgarian Burkinabe
Burundian Cambodian Cameroonian Canadian Chadian Chilean Chinese Colombian Congolese Croatian Cuban
Cypriot Czech Danish Djiboutian Dominican Dutch Ecuadorian Egyptian Emirati English Eritrean
Estonian Ethiopian Fijian Filipino Finnish French Gabonese Gambian Georgian German Ghanaian Greek
Guatemalan Guinean Guyanese Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi
Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kuwaiti
Kyrgyz Lao Latvian Lebanese Liberian Libyan Lithuanian Luxembourgish Malagasy Malawian Malaysian
Maldivian Malian Maltese Mauritanian Mauritian Mexican Moldovan Mongolian Montenegrin Moroccan
Mozambican Namibian Nepalese Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani
Palestinian Panamanian Paraguayan Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Saudi
Scottish Senegalese Serbian Singaporean Slovak Slovenian Somali Spanish Sri Sudanese Swedish Swiss
Syrian Taiwanese Tajik Tanzanian Thai Togolese Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan
Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean European Asian African Arab Latin
Western Eastern Northern Southern Soviet Kurdish Catalan Basque Flemish Persian Crimean Chechen
Tatar Baltic Nordic Balkan Caucasian Gulf Pacific Atlantic Mediterranean Caribbean Iberian
Anglo-Irish Israeli-Palestinian Azerbaijanis Armenians Russians Americans
Europeans Ukrainians Georgians Iranians Turks Kurds Arabs Israelis Palestinians Germans Britons
Brazilians Canadians Africans Asians Chinese Indians Pakistanis Afghans Syrians Iraqis Saudis
Europe-wide EU US U.S. UK U.K. UN U.N.
`);

/** Directional and positional words that start place names ("Western Azerbaijan", "South Caucasus"). */
const ENGLISH_DIRECTIONS: ReadonlySet<string> = wordSet(`
North South East West Northern Southern Eastern Western Central Upper Lower Greater Inner Outer
Middle Far Near North-East North-West South-East South-West Northeast Northwest Southeast Southwest
New Old Mount Lake Port Saint St San Santa Fort Cape Isle São Santo Sankt Rio Los Las El La Le Al Puerto Porto Ciudad
`);

/** Countries and regions, with their names (and, in Russian, case forms) in the reading language. */
export const COUNTRIES = perLanguage(ENGLISH_COUNTRIES, 'countries', true);

/** Cities, with their names in the reading language. */
export const CITIES = perLanguage(ENGLISH_CITIES, 'cities', true);

/** Demonyms, with the reading language's own. */
export const DEMONYMS = perLanguage(ENGLISH_DEMONYMS, 'demonyms', true);

/** Directional words, with the reading language's own. */
export const DIRECTIONS = perLanguage(ENGLISH_DIRECTIONS, 'directions', true);
