// Spanish words for the entity tables: sentence openers, calendar, verbs of speech, titles written in
// lower case before names ("el presidente del Gobierno, Pedro Sánchez"), agreement heads that come first
// ("Acuerdo de París"). Source: written for Backstory from general knowledge of Spanish news style.
import type { LanguageWords } from './language-words';

export const SPANISH: LanguageWords = {
  nonNameWords: `
el la los las lo un una unos unas del al de a en con por para sin sobre entre hacia hasta desde
durante tras ante bajo contra según y e o u ni pero sino aunque porque pues como cuando donde mientras
si que quien quienes cual cuales cuyo cuya este esta estos estas ese esa esos esas aquel aquella
su sus mi mis tu tus nuestro nuestra nuestros nuestras él ella ellos ellas nosotros usted ustedes
yo se le les me te nos ya aún todavía también tampoco además asimismo sin embargo entonces luego
después antes hoy ayer mañana aquí allí ahí así muy más menos mucho muchos muchas poco pocos todo
todos toda todas cada otro otra otros otras mismo misma ningún ninguna algún alguna algunos algunas
varios varias lunes martes miércoles jueves viernes sábado domingo sí no tanto incluso apenas
foto vídeo video lea leer más efe europa press afp reuters
`,
  months: `enero:1 febrero:2 marzo:3 abril:4 mayo:5 junio:6 julio:7 agosto:8 septiembre:9 setiembre:9
octubre:10 noviembre:11 diciembre:12 ene:1 feb:2 mar:3 abr:4 jun:6 jul:7 ago:8 sept:9 oct:10 nov:11 dic:12`,
  weekdays: 'lunes martes miércoles jueves viernes sábado domingo',
  speechVerbs: `
dijo dice afirmó afirma declaró declara aseguró asegura señaló señala explicó explica añadió añade
indicó indica subrayó subraya advirtió advierte insistió insiste destacó destaca sostuvo sostiene
apuntó apunta manifestó manifiesta anunció anuncia reconoció reconoce recordó recuerda precisó
precisa criticó critica lamentó lamenta respondió responde agregó agrega expresó expresa escribió
escribe publicó defendió defiende comentó comenta confirmó confirma negó niega aseveró remarcó
`,
  speechAuxiliaries: 'ha había han habían',
  titleWords: `
Presidente Presidenta Ministro Ministra Canciller Secretario Secretaria General Director Directora
Gobernador Gobernadora Senador Senadora Diputado Diputada Alcalde Alcaldesa Portavoz Embajador
Embajadora Comisario Comisaria Juez Jueza Fiscal Rey Reina Príncipe Princesa Papa Cardenal
Arzobispo Obispo Coronel Capitán Comandante Teniente Almirante Entrenador Entrenadora Vicepresidente
Vicepresidenta Don Doña
`,
  titleHeads: `
Presidente Presidenta Ministro Ministra Canciller Secretario Secretaria Director Directora
Gobernador Gobernadora Senador Senadora Diputado Diputada Alcalde Alcaldesa Portavoz Embajador
Embajadora Comisario Comisaria Juez Jueza Fiscal Rey Reina Príncipe Princesa Papa Cardenal
Arzobispo Obispo Coronel Capitán Comandante Teniente Almirante Entrenador Entrenadora
Vicepresidente Vicepresidenta
`,
  roleNouns: `
presidente presidenta ministro ministra canciller secretario secretaria director directora
gobernador gobernadora senador senadora diputado diputada alcalde alcaldesa portavoz embajador
embajadora comisario comisaria juez jueza fiscal rey reina príncipe princesa papa cardenal
arzobispo obispo general coronel capitán comandante teniente almirante entrenador entrenadora
técnico seleccionador vicepresidente vicepresidenta líder dirigente candidato candidata rival
homólogo homóloga diplomático negociador mediador asesor asesora abogado abogada economista
analista investigador investigadora profesor profesora experto experta historiador historiadora
periodista reportero corresponsal columnista escritor escritora autor autora novelista poeta
artista cantante actor actriz cineasta director músico compositor pintor escultor arquitecto
ingeniero médico médica enfermero enfermera estudiante activista sindicalista sucesor sucesora
predecesor aliado aliada opositor opositora delantero delantera centrocampista defensa portero
jugador jugadora goleador capitán campeón campeona ganador ganadora piloto ciclista tenista
futbolista atleta boxeador empresario empresaria banquero inversor multimillonario fundador
fundadora consejero consejera delegado delegada padre madre hijo hija hermano hermana esposa
esposo marido viuda mandatario mandataria jefe jefa premier primer primera
`,
  roleModifiers: `
ex exministro expresidente expresidenta nuevo nueva actual primer primera vice adjunto adjunta
general ruso rusa español española estadounidense
`,
  honorifics: 'Sr Sra Srta Dr Dra Don Doña Señor Señora',
  nameParticles: 'de del la las los y',
  particlesNotFirst: 'y e al el',
  particlesInPersonalName: 'de del la las los',
  locativePrepositions: 'en',
  placeHeadsBefore: `el aeropuerto estadio calle avenida plaza paseo hospital fundación colegio instituto
universidad teatro museo palacio puente estación barrio premio cátedra escuela liceo`,
  countries: `
España Francia Alemania Rusia Ucrania Armenia Azerbaiyán Georgia Polonia Hungría Italia Portugal
Bélgica Holanda Países Bajos Reino Unido Irlanda Suecia Noruega Finlandia Dinamarca Grecia Turquía
Rumanía Bulgaria Serbia Croacia Chequia Austria Suiza China Japón India Pakistán Irán Irak Siria
Líbano Israel Jordania Egipto Libia Túnez Argelia Marruecos Arabia Catar Kazajistán Afganistán
Corea Vietnam Tailandia Indonesia Filipinas Australia Canadá México Guatemala Honduras
Nicaragua Costa Rica Panamá Cuba Haití Dominicana Colombia Venezuela Ecuador Perú Bolivia Chile
Argentina Uruguay Paraguay Brasil Estados Unidos EE.UU. EEUU Europa Asia África América Oceanía
Cáucaso Crimea Donbás Gaza Cisjordania Kosovo Cataluña Andalucía Galicia Euskadi Madrid Valencia
Castilla Aragón Navarra Asturias Cantabria Extremadura Murcia Canarias Baleares
`,
  cities: `
Madrid Barcelona Valencia Sevilla Zaragoza Málaga Murcia Palma Bilbao Alicante Córdoba Valladolid
Vigo Gijón Granada Oviedo Santander Pamplona Toledo Salamanca Cádiz Moscú Kiev Kyiv Minsk Ereván
Bakú Tiflis Varsovia Praga Budapest Bucarest Viena Berlín París Londres Bruselas Roma Lisboa Atenas
Ginebra Estrasburgo Washington Nueva York Pekín Tokio Teherán Ankara Estambul Jerusalén El Cairo
Bogotá Caracas Lima Quito Santiago Buenos Aires Montevideo Asunción La Paz Ciudad México Monterrey
Guadalajara La Habana San José Managua Tegucigalpa Panamá Brasilia São Paulo Río Medellín Cali
Járkov Odesa Mariúpol Jersón Zaporiyia Donetsk Lugansk Alma-Ata Almaty Astaná Moncloa Zarzuela
`,
  demonyms: `
español española españoles españolas ruso rusa rusos rusas estadounidense estadounidenses francés
francesa franceses alemán alemana alemanes británico británica británicos chino china chinos
ucraniano ucraniana ucranianos armenio armenia azerbaiyano azerbaiyana turco turca iraní israelí
israelíes palestino palestina palestinos europeo europea europeos europeas africano africana
latinoamericano latinoamericana mexicano mexicana argentino argentina colombiano colombiana chileno
chilena peruano peruana venezolano venezolana cubano cubana brasileño brasileña catalán catalana
vasco vasca gallego gallega andaluz andaluza
Español Española Ruso Rusa Estadounidense Francés Francesa Alemán Alemana Británico Británica Chino
China Ucraniano Ucraniana Armenio Azerbaiyano Turco Iraní Israelí Palestino Europeo Europea Europeos
Africano Latinoamericano Mexicano Argentino Colombiano Chileno Peruano Venezolano Cubano Brasileño
`,
  directions: 'Norte Sur Este Oeste San Santa Santo Nueva Nuevo Gran Alto Alta Bajo Baja Puerto Ciudad Villa',
  nonPersonHeads: `
Fundación Instituto Universidad Colegio Escuela Hospital Ministerio Gobierno Congreso Senado Consejo
Comisión Parlamento Partido Banco Sociedad Grupo Agencia Oficina Tribunal Corte Audiencia Juzgado
Estadio Calle Avenida Paseo Plaza Puente Estación Aeropuerto Palacio Museo Teatro Iglesia Catedral
Diario Periódico Radio Televisión Unión Organización Alianza Frente Movimiento República Federación
Asociación Club Liga Copa Campeonato Festival Premio Cumbre Conferencia Foro Acuerdo Acuerdos Tratado
Declaración Pacto Convención Convenio Protocolo Carta Plan Iniciativa Operación Revolución Guerra
Centro Academia Casa Hotel Castillo Puerto Canal Río Lago Mar Océano Golfo Isla Islas Monte Sierra
Valle Región Provincia Comunidad Ayuntamiento Generalitat Junta Xunta Diputación Compañía Caja
Sindicato Confederación Torre Barrio Distrito Municipio Mundo Vanguardia Clarín Nación Tiempo
Marca País Razón Confidencial Mundial Real Atlético Deportivo Puerta Estado Derecho Seguridad Defensa Hacienda
Exteriores Interior Justicia Sanidad Educación Trabajo Economía Igualdad Cultura Transición Asuntos
`,
  agreementHeads: `Acuerdo:agreement Acuerdos:agreement Tratado:treaty Tratados:treaty
Declaración:declaration Pacto:pact Convención:convention Convenio:convention Protocolo:protocol
Carta:charter Memorando:memorandum Memorándum:memorandum Iniciativa:initiative Estatuto:statute
Pactos:pact Convenios:convention Protocolos:protocol Declaraciones:declaration Convenciones:convention`,
  headFirstAgreements: `acuerdo:agreement acuerdos:agreement tratado:treaty declaración:declaration
pacto:pact convención:convention convenio:convention protocolo:protocol memorando:memorandum
formato:format plan:plan`,
  quotedHeadsBefore: 'iniciativa formato plan proyecto programa plataforma acuerdo pacto hoja corredor',
  tailOpeners: 'de del sobre entre para',
  tailConnectors: 'de del la las los el y sobre para',
  givenNames: `
José Josep Jose Juan Juana Manuel Manuela Pedro Pablo Santiago Alberto Isabel Yolanda Irene Nadia
Teresa Carmen Cristina Begoña Félix Félix Íñigo Iñigo Iñaki Óscar Oscar Ángel Ángela Ángeles Álvaro
Alvaro Andrés Adrián Agustín Ramón Ramiro Rubén Raúl Joaquín Martín Sebastián Julián Tomás Nicolás
Germán Jesús María Marisa Mariano Felipe Letizia Leonor Sofía Emiliano Gustavo Gabriel Gabriela
Claudia Xóchitl Marcelo Mauricio Nayib Gabriel Javier Xavier Jordi Artur Carles Oriol Salvador
Susana Macarena Rocío Lucía Paula Laura Elena Elisa Eva Inés Marta Miriam Nuria Pilar Rosa Silvia
Sonia Verónica Victoria Alejandro Alejandra Antonio Antonia Carlos Diego Enrique Ernesto Fernando
Francisco Gonzalo Guillermo Ignacio Jaime Jorge Luis Luisa Miguel Rafael Ricardo Roberto Rodrigo
Sergio Vicente Cayetana Esperanza Dolores Concepción Ana Beatriz Luz Lula Inácio Cristina Evo Hugo
Nicolás Andrés Gustavo Dina Xiomara Daniel Bernardo Mario Iván Rosario Serguéi Sergei Vladímir
Vladimir Volodímir Volodimir Dmitri Mijaíl Alexéi Ilham Nikol Recep Tayyip Emmanuel Olaf Ursula
Giorgia Donald Joe Kamala Xi Narendra Benjamín Mohamed Mohammed Kylian Vinícius Jude Luka Robert
Lamine Rodrygo Carlo Xabi Luis Unai Pep Diego Marcos Gavi Pedri Dani Nico Cholo Axel Loreto Pancha
Tania Facundo Joseba Miquel Iratxe Garikoitz Oihane Aitor Iker Asier Mikel Ainhoa Itziar Jon Xabier
Gorka Koldo Eneko Amaia Nerea Leire Maite Idoia Arantxa Montserrat Núria Pere Pau Joan Quim Marc
Gemma Mireia Cristóbal Horacio Patricio Máximo Florencia Agustina Milagros Camila Valentina Martina
Lucas Mateo Thiago Bautista Juliana Emilia Renata Ximena Fernanda Guadalupe Graciela Norma Silvina
Claudio Néstor Aníbal Amado Cecilia Débora Gabriela Fermín Éder Ferran Florentino Mar Adolfo Isabel
Francisco Soraya Cuca Inmaculada Remedios Consuelo Mercedes Amparo Rocío Alba Noelia Lorena Vanesa
`,
  surnameEndings: 'ez',
  ofWords: 'de del',
  andWords: 'y e o u',
  articles: 'el la los las',
  relativeWho: 'quien quienes',
  accordingTo: 'según',
};
