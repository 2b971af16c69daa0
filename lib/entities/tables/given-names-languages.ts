// Given (first) names as French, German, Spanish and Russian news write them, for those languages' packs:
// each language's own names of every generation, its usual short forms, and the foreign names its news carries.
// Source: written for Backstory from general knowledge of common given names.

/** Given names common in French-language news (France, Belgium, Switzerland, Quebec, Francophone Africa, the Maghreb), as French writes them, plus foreign names in their usual French spelling (Sergueï, Vladimir, Volodymyr, Mikhaïl, Alexeï). */
export const FRENCH_GIVEN_NAMES = `
Jean Jean-Luc Jean-Marie Jean-Pierre Jean-Paul Jean-Claude Jean-Michel Jean-Yves Jean-Noël Jean-Louis
Jean-François Jean-Marc Jean-Baptiste Jean-Jacques Jean-Christophe Jean-Philippe Jean-Charles Jean-Sébastien
Jean-Daniel Jean-Dominique Jean-René Pierre-Yves Pierre-Henri Pierre-Emmanuel Pierre-Olivier Pierre-Hugues
Pierre-Antoine Paul-Henri Marc-André Marc-Antoine Marc-Olivier Louis-Philippe François-Xavier Charles-Henri
Georges-Louis Bernard-Henri Yves-François Laurent-Désiré Jo-Wilfried Marie-Claire Marie-France Marie-Christine
Marie-Hélène Marie-Josée Marie-José Marie-Laure Marie-Noëlle Marie-Pierre Marie-Thérèse Marie-Claude Marie-Ève
Marie-Anne Anne-Marie Anne-Sophie Anne-Claire Anne-Laure Anne-Charlotte Mette-Marit Willem-Alexander
Kassym-Jomart Faustin-Archange Saad-Eddine Chems-Eddine Emmanuel Édouard Éric Eric Étienne Gérald Gérard
Sébastien Stéphane Frédéric Hervé Rémi Rémy Aurélien Benoît Jérôme Léon Raphaël Gaël Joël Loïc Maël Laurent
Bruno Olivier Nicolas François Bernard Dominique Michel Philippe Pierre Yannick Yves Gabriel Xavier Thierry
Didier Patrick Pascal Christophe Fabien Arnaud Benjamin Clément Damien Guillaume Julien Mathieu Matthieu
Maxime Quentin Romain Thibault Thibaut Thibaud Thomas Tristan Vincent Gilles Jacques Lionel Manuel Antoine
Hugo Henri Georges Louis Auguste Marcel Claude Paul René Raymond Roger Maurice Lucien Jules Victor Honoré
Gustave Émile Albert André Alain Daniel Denis Fernand Gaston Alexandre Alexis Adrien Anthony Arthur Baptiste
Bastien Cédric Charles Christian Cyril Cyrille David Dylan Edgar Edmond Enzo Erwan Fabrice Florian Francis
Franck Gauthier Gautier Grégoire Grégory Hadrien Hubert Jacky Jonathan Joseph Kévin Kevin Léo Léonard Lucas
Luc Marc Marius Martin Mathis Matthias Max Michaël Mickaël Morgan Nathan Noé Patrice Raoul Régis Renaud
Richard Robert Rodolphe Samuel Serge Simon Sylvain Teddy Théo Timothée Valentin Valéry Wilfried Yann Yoann
Johan Ludovic Lilian Nolan Sacha Tom Armand Basile Bertrand Brice Eliott Félix Ferdinand Florent Gaspard
Jérémy Maximilien Stanislas Roland Tony Gilbert Guy Youri Corentin Rayan Ilan Kylian Killian Aimé Blaise
Désiré Achille Augustin Colin Jordan Luca Yannis Marwan Adam Elias Evan Esteban Julian Warren Randal Agnès
Amélie Aurore Anaïs Chloé Zoé Léa Inès Océane Héloïse Éloïse Mathilde Manon Delphine Laure Laurence Valérie
Véronique Cécile Céline Hélène Élisabeth Elisabeth Élise Ségolène Clémentine Brigitte Isabelle Sandrine
Catherine Corinne Agathe Rachida Najat Marlène Roselyne Arlette Marion Yaël Édith Simone Camille Jeanne
Marguerite Madeleine Suzanne Yvonne Josette Odette Colette Juliette Anne Marie Sophie Sylvie Ginette Geneviève
Nadine Muriel Murielle Chantal Carole Caroline Claire Annie Élodie Emmanuelle Estelle Éva Eva Fanny Francine
Irène Jacqueline Joséphine Justine Karine Laetitia Léonie Lucie Magali Maryse Mélanie Micheline Mireille
Monique Nadia Noémie Ophélie Patricia Rachel Sabine Sarah Sara Solène Sonia Thérèse Valentine Vanessa Virginie
Alice Amandine Audrey Clémence Diane Elsa Emma Jade Jennifer Jessica Judith Laura Lina Lisa Lola Margaux
Margot Mia Morgane Nina Prisca Salomé Sandra Victoria Christelle Josée Nicole Françoise Bernadette Michèle
Michelle Stéphanie Frédérique Aurélie Raphaëlle Gaëlle Joëlle Christine Christiane Fabienne Pascale Julie
Antoinette Louise Claudine Pauline Renée Émilie Andrée Danielle Denise Alexandra Charlotte Martine Nathalie
Nolwenn Adèle Alexia Angèle Cléo Sabrina Jasmine Yasmine Yasmina Gaëtan Justin Chrystia Jocelyne Elio Hadja
Eden Romelu Axel Geert Ignazio Karin Viola Beat Ueli Stan Martina Belinda Granit Xherdan Gianni Sepp Macky
Bassirou Diomaye Ousmane Abdoulaye Abdou Alassane Tidjane Moïse Idriss Mahamat Assimi Ibrahim Abdourahamane
Mohamed Mahamadou Roch Faure Alpha Mamadi Amadou Azali Andry Évariste Umaro Adama Sadio Kalidou Idrissa Aliou
Yaya Serhou Naby Ismaïla Moussa Ibrahima Cheick Souleymane Boubacar Aminata Fatou Fatoumata Awa Mariama
Aïssatou Salif Youssou Angélique Aya Mariam Lamine Sékou Alioune Babacar Djibril Habib Malick Moustapha Oumar
Tidiane Dieudonné Fally Koffi Kofi Kwame Aïda Abiy Bola Yoweri Abdelmadjid Abdelaziz Kaïs Mohammed Aziz
Abdelilah Nasser Achraf Hakim Yassine Sofiane Youssef Walid Noussair Sofyan Azzedine Brahim Riyad Ismaël
Djamel Saïd Karim Rachid Ahmed Mahmoud Mustapha Youcef Yacine Samir Nabil Nadir Nabila Farid Fatima Fatiha
Leïla Leila Samira Soraya Malika Karima Nawal Zineb Khadija Aïcha Amina Myriam Meriem Hind Imane Ilham Salma
Sofia Hamza Bilal Mehdi Ilyes Anis Amine Amir Adel Kamel Khaled Mourad Noureddine Abdelkader Abdallah
Abdelhamid Abderrahmane Abdelfattah Abdel Hicham Tarek Tarik Ons Hassan Hussein Zakaria Soufiane Jamal Saad
Sami Houda Rania Rima Nour Nora Yamina Zahra Kamal Bachar Tamim Yasser Ismaïl Yahya Naïm Najib Nabih Mouammar
Khalifa Recep Tayyip Massoud Ebrahim Javad Abbas Qassem Ruhollah Benyamin Isaac Yoav Naftali Yaïr Yair Itamar
Bezalel Ehud Ariel Shimon Yitzhak Golda Gideon Salmane Ali Mohammad Narges Shirin Mahsa Reza Hakan Kemal Ekrem
Özgür Ahmet Mevlüt Arda Kenan Mesut İlkay Ilkay Emre Orhan Elif Mustafa Yusuf Zeynep Vladimir Volodymyr
Sergueï Dmitri Mikhaïl Mikhail Alexeï Andreï Evgueni Evguéni Iouri Piotr Ioulia Nikolaï Viatcheslav Valentina
Valeri Vassili Guennadi Tatiana Natalia Olga Oleg Igor Ivan Anatoli Gueorgui Grigori Ramzan Kirill Leonid
Nikita Arseni Denys Dmytro Oleksandr Oleksiï Petro Vitali Viktor Andriï Kyrylo Rouslan Roustem Mykhaïlo Mykola
Taras Olena Iryna Oksana Svetlana Sviatlana Ekaterina Elena Lioudmila Galina Alla Nadejda Daniil Karen Elina
Aryna Mirra Anastasia Daria Veronika Marta Noursoultan Chavkat Emomali Sadyr Nikol Irakli Mikheil Bidzina Maia
Boris Maria Luka Josip Dušan Aleksandar Ana Milorad Novak Nikola Zoran Dragan Goran Ivica Ante Marko Slobodan
Edi Albin Vjosa Zlatko Dejan Mario Andrej Miloš Jelena Péter Katalin Petr Václav Andrzej Mateusz Radosław
Karol Iga Klaus Nicușor George Simona Kyriakos Stefanos Giannis Lasse Rasmus Erling Jonas Jens Mette Ulf
Alexander Zlatan Lars Frederik Haakon Björn Magnus Casper Holger Jakob Henrik Mads Greta Mark Virgil Frenkie
Cody Denzel Xavi Arjen Ruud Marco Dennis Luiz Inácio Lula Jair Dilma Fernando Neymar Vinícius Rodrygo Raphinha
Thiago Ronaldo Ronaldinho Kaká Endrick João Rodrigo Cristiano Bernardo Rúben Rafael Diogo Nuno Vitinha Pepe
Luís José António Marcelo Carlo Giorgia Matteo Silvio Sergio Narendra Rahul Indira Imran Shehbaz Benazir
Malala Rishi Kamala Shinzo Shinzō Fumio Shigeru Sanae Naruhito Haruki Hayao Naomi Shohei Takefusa Kaoru
Heung-min Suk-yeol Jae-myung Jong-un Yo-jong Ki-moon Jinping Qiang Zedong Xiaoping Ching-te Donald Joe Barack
Elon Keir Olaf Angela Friedrich Annalena Ursula Pedro Javier Claudia Nicolás Carlos Jannik Zinédine Mathias
`;

/** Given names common in German-language news (Germany, Austria, Switzerland), plus foreign names in German spelling (Sergej, Wladimir, Wolodymyr, Jewgeni, Michail). */
export const GERMAN_GIVEN_NAMES = `
Hans Hans-Dietrich Hans-Georg Hans-Joachim Hans-Jürgen Hans-Peter Hans-Ulrich Hans-Werner Hans-Christian
Karl-Heinz Karl-Theodor Karl-Josef Franz-Josef Frank-Walter Heinz-Christian Heinz-Peter Klaus-Peter
Klaus-Dieter Hans-Dieter Ernst-August Marie-Agnes Marie-Luise Anna-Lena Eva-Maria Anne-Marie Kai-Uwe
Marc-André Adolf Albrecht Alfons Alfred Alois Andreas Anton Armin Arnd Arndt Arne Arno Artur Axel Benedikt
Bernd Bernhard Berthold Björn Bodo Burkhard Carl Carsten Cem Christoph Christof Christian Claus Clemens Conrad
Constantin Cornelius Daniel Detlef Detlev Dieter Dietmar Dietrich Dirk Dominik Eberhard Eckart Eckhard Edgar
Edmund Egon Ekkehard Elias Emil Erhard Erich Erik Ernst Erwin Eugen Fabian Falk Felix Ferdinand Florian Frank
Franz Friedhelm Friedrich Fritz Georg Gerald Gerd Gerhard Gernot Gottfried Gregor Guido Günter Günther Gunnar
Gustav Harald Hartmut Heiko Heiner Heinrich Heinz Helge Helmut Helmuth Hendrik Henning Henrik Herbert Hermann
Horst Hubert Hubertus Hugo Ingo Jakob Jan Jannik Jens Joachim Jochen Johann Johannes Jonas Jonathan Jörg Josef
Joseph Joschka Julian Julius Jürgen Kai Karl Karsten Kaspar Kevin Klaus Konrad Konstantin Kurt Lars Leon
Leonard Leopold Linus Lothar Ludwig Lukas Lutz Maik Malte Manfred Manuel Marcel Marco Marcus Mario Marius
Markus Martin Mathias Matthias Max Maximilian Michael Mike Moritz Nils Niklas Niclas Nikolaus Norbert Olaf
Oliver Oskar Otto Pascal Patrick Paul Peer Peter Philipp Rainer Ralf Ralph Reiner Reinhard Reinhold Rolf Roman
Rüdiger Rudolf Rudi Sascha Sebastian Siegfried Sigmar Simon Stefan Steffen Stephan Sven Theo Theodor Thilo
Thomas Thorsten Torsten Till Tilman Tim Timo Tobias Tom Tino Udo Ulf Ulrich Uli Uwe Valentin Viktor Vincent
Volker Walter Werner Wilfried Wilhelm Willi Willy Winfried Wolfgang Wolfram Ole Jupp Hansi Sepp Toni Bastian
Mats Jérôme Ilkay İlkay Mesut Leroy Jamal Joshua Serge Niko Nico Mick Dennis Lorenz Lasse Mirko Marvin Yannick
Jannis Janosch Leonhard Luis Luca Lennart Ben Finn Noah Henry Hannes Torben Ruprecht Agnes Alexandra Alice
Andrea Angela Angelika Anja Anke Anna Annalena Anne Annegret Annette Anneliese Annika Antje Astrid Barbara
Bärbel Beate Beatrix Bettina Birgit Brigitte Britta Carola Caroline Charlotte Christa Christiane Christina
Christine Claudia Cornelia Dagmar Daniela Doris Dorothea Dorothee Edith Elfriede Elisabeth Elke Ella Emilia
Emma Erika Eva Franziska Frauke Friederike Gabriele Gabi Gerda Gertrud Gisela Greta Gudrun Hanna Hannah
Hannelore Heidi Heike Helene Helga Hildegard Ilse Ina Ines Inge Ingrid Irene Iris Isabel Jana Janine Jasmin
Jessica Johanna Judith Julia Juliane Jutta Karin Katarina Katja Katharina Kathrin Katrin Kerstin Klara
Kristina Lara Laura Lea Lena Leonie Lina Linda Lisa Luisa Luise Lydia Magdalena Maja Manuela Mareike Margarete
Margot Maria Marianne Marie Marlene Martina Melanie Michaela Miriam Monika Nadine Nadja Nancy Natalie Nicole
Nina Paula Petra Renate Ricarda Rita Ruth Sabine Sabrina Sahra Sandra Sarah Saskia Silke Silvia Simone Sophie
Sophia Stefanie Steffi Susanne Svenja Tanja Theresa Therese Ulla Ulrike Ursula Ute Verena Vera Veronika
Waltraud Wiebke Yvonne Katherina Malu Caren Maybrit Anne-Kathrin Kristin Heidrun Marion Elvira Hedwig Lotte
Mathilde Rosemarie Ingeborg Irmgard Frieda Marta Romy Anett Manja Mandy Peggy Ramona Sandy Cindy Kathleen
Josephine Pia Mia Marit Antonia Amelie Clara Nele Hanne Merle Carla Fiona Anika Kirsten Imke Aydan Serap Sevim
Lamya Sawsan Reem Dunja Aminata Canan Ayşe Fatma Hatice Emine Yasemin Leyla Deniz Özlem Kübra Derya Dilek
Gülsüm Zeynep Elif Meryem Hüseyin Mehmet Mustafa Ahmet Murat Ali Ibrahim Emre Burak Can Tarek Omid Cansu Ferat
Sinan Serdar Erdal Yusuf Hakan Kerem Kaan Ercan Volkan Ümit Tayfun Gökhan Berkay Arda Kenan Recep Tayyip Ekrem
Özgür Kemal Alexander Leonore Bruno Dominic David Marko Niki Arnold Ueli Urs Beat Reto Guy Ignazio Viola
Albert Roger Stan Stanislas Belinda Granit Xherdan Yann Gianni Wendy Michelle Corinne Didier Nino Dario Ottmar
Simonetta Alain Micheline Tamara Jolanda Mattea Wladimir Wolodymyr Sergej Sergei Jewgeni Jewgenij Michail
Dmitri Dmitrij Alexej Andrej Nikolai Juri Julija Pjotr Pawel Fjodor Grigori Ramsan Kirill Leonid Nikita Arseni
Arsenij Denys Dmytro Oleksandr Olexandr Oleksij Oleksii Petro Witali Vitali Wiktor Andrij Kyrylo Ruslan Rustem
Mychajlo Mykola Taras Walerij Waleri Walentina Wjatscheslaw Gennadi Jelena Jekaterina Ljudmila Galina Natalja
Tatjana Marina Alla Nadeschda Olena Iryna Oksana Swetlana Swjatlana Aljaksandr Wassili Anatoli Boris Iwan Igor
Oleg Daniil Andrei Karen Aslan Aryna Elina Mirra Darja Anastassija Xenia Ksenia Marija Kassym-Schomart
Nursultan Schawkat Emomali Sadyr Ilham Nikol Irakli Micheil Salome Bidsina Maia Benjamin Jitzchak Isaac Yoav
Joav Naftali Jair Benny Itamar Bezalel Ehud Ariel Schimon Jitzhak Golda Gideon Mahmud Mahmoud Jassir Ismail
Jahja Hassan Naim Mohammed Mohamed Muhammad Mohammad Baschar Abdel Tamim Salman Muammar Chalifa Ebrahim Massud
Abbas Dschawad Ghassem Ruhollah Narges Mahsa Schirin Reza Farah Achraf Hakim Sadio Riyad Yassine Sofyan
Youssef Walid Ahmed Abdullah Omar Osama Hussein Saddam Hafis Chalid Fahd Faisal Anwar Gamal Luka Josip Dušan
Dusan Aleksandar Ana Milorad Novak Nikola Zoran Dragan Goran Ivica Ante Slobodan Edi Albin Vjosa Zlatko Joško
Dejan Miloš Milos Nemanja Ivana Tadej Péter Katalin Zuzana Petr Václav Andrzej Mateusz Jarosław Radosław Karol
Iga Robert Nicușor Călin George Simona Kyriakos Alexis Stefanos Giannis Nikos Kaja Ilir Rasmus Erling Mette
Zlatan Magnus Mark Geert Virgil Frenkie Xavi Ronald Johan Luiz Inácio Lula Fernando Neymar Vinícius Thiago
Ronaldo João Rodrigo Cristiano Bernardo Rúben Rafael Luís José António Marcelo Carlo Giorgia Matteo Silvio
Sergio Emmanuel Édouard François Nicolas Jean-Luc Gabriel Michel Jacques Charles Sébastien Kylian Ousmane
Antoine Zinédine Thierry Franck Narendra Imran Shehbaz Rishi Kamala Shinzo Fumio Shigeru Sanae Naruhito Haruki
Hayao Naomi Shohei Heung-min Suk-yeol Jae-myung Jong-un Min-jae Jinping Qiang Zedong Xiaoping Ching-te Donald
Joe Barack Elon Keir Pedro Javier Nicolás Carlos Lamine Pedri Lionel Diego Xabi Pep Harry Jude Thibaut Romelu
Lautaro Julián Enzo
`;

/** Given names common in Spanish-language news (Spain incl. Catalan, Basque and Galician names, Mexico, Argentina, Colombia, Chile, Peru, Venezuela, Cuba, Central America), plus foreign names in Spanish spelling (Serguéi, Vladímir, Volodímir). */
export const SPANISH_GIVEN_NAMES = `
José Juan María Ana Luis Carlos Javier Francisco Antonio Manuel Pedro Pablo Miguel Jorge Alberto Fernando
Rafael Alejandro Andrés Diego Sergio Jesús Ángel David Daniel Mario Raúl Ramón Enrique Ricardo Eduardo Roberto
Alfonso Álvaro Gonzalo Ignacio Íñigo Iñigo Iñaki Joaquín Julio Julián Emilio Esteban Ernesto Felipe Félix
Fidel Gabriel Gregorio Guillermo Gustavo Héctor Hugo Ismael Jaime Jacinto Leopoldo Lorenzo Lucas Marcelo
Marcos Mariano Martín Mateo Mauricio Máximo Nicolás Octavio Óscar Pascual Patricio Ramiro Raimundo Rodrigo
Rubén Samuel Saúl Sebastián Teodoro Tomás Valentín Vicente Víctor Xavier Agustín Adolfo Alfredo Alonso Arturo
Baltasar Bartolomé Benito Bernardo Blas Bruno Camilo Cándido Casimiro César Clemente Cristian Cristóbal Damián
Darío Eliseo Elías Emiliano Erick Eugenio Ezequiel Fabián Facundo Federico Fermín Florentino Froilán Gaspar
Gerardo Germán Gilberto Horacio Humberto Isidro Iván Jacobo Jerónimo Joel Jonathan Josué Leandro Leonardo
Lisandro Lucio Matías Maximiliano Moisés Nahuel Napoleón Norberto Osvaldo Pío Plácido Porfirio Rigoberto
Rogelio Rolando Severiano Silvio Simón Tadeo Teófilo Tobías Ulises Wenceslao Abel Adán Adrián Aitor Alexis
Aníbal Armando Bautista Benjamín Efraín Elvis Emanuel Emmanuel Fausto Gael Genaro Hernán Isaac Juanjo Juanma
Chema Txema Pepe Pepa Paco Pancho Manolo Lalo Nacho Quique Rafa Santi Fran Dani Álex Alex Toni Nando Chus Kiko
Curro Beto Lucho Checo Manu Juancho Pedri Rodri Joselu Carmen Isabel Dolores Pilar Teresa Rosa Josefa
Francisca Antonia Lucía Laura Marta Elena Cristina Paula Sara Raquel Beatriz Patricia Silvia Mónica Sonia
Nuria Núria Rocío Irene Alicia Julia Sandra Yolanda Inmaculada Inma Montse Consuelo Amparo Luz Soledad Nieves
Begoña Almudena Macarena Susana Margarita Ángela Andrea Natalia Claudia Lorena Eva Noelia Verónica Adriana
Alejandra Gabriela Valeria Daniela Camila Valentina Martina Sofía Catalina Agustina Micaela Milagros Julieta
Delfina Josefina Luciana Romina Carolina Brenda Yanina Mariela Gisela Vanesa Analía Graciela Norma Marcela
Silvina Malena Mirtha Leticia Araceli Maribel Marisol Maite Ainhoa Leire Amaia Garbiñe Edurne Miren Nekane
Arantxa Aránzazu Itziar Iratxe Idoia Nerea Ane Uxue Oihana Naiara Alba Leonor Letizia Cayetana Soraya Esther
Encarna Aurora Azucena Carla Celia Clara Conchita Diana Elvira Emilia Estefanía Fátima Gloria Inés Ingrid
Jimena Ximena Xóchitl Lupita Manuela Mariana Mercè Mireia Meritxell Laia Neus Roser Carme Dolors Assumpta
Glòria Ariadna Gemma Elisenda Ada Aina Ona Míriam Miriam Nadia Noemí Olga Paloma Rosalía Rosana Salomé Sheila
Tamara Vanessa Zoe Lola Maricarmen Mari Marisa Merche Mertxe Lupe Chavela Frida Rigoberta Yalitza Icela Delcy
Cilia Xiomara Evelyn Izkia Keiko Dina Jeanine Luisa Yoani Omara Violeta Jenni Aitana Alexia Jordi Josep Joan
Pere Pau Oriol Arnau Marc Albert Carles Quim Jaume Joaquim Lluís Llorenç Miquel Narcís Ferran Gerard Sergi
Àlex Ricard Francesc Enric Isidre Ramon Martí Bernat Guillem Roger Pol Biel Nil Aleix Eloi Pep Pasqual Ernest
Artur Xavi Eneko Iker Unai Asier Gorka Jon Joseba Mikel Xabi Xabier Ander Aritz Julen Koldo Patxi Josu Imanol
Ibai Oier Beñat Andoni Kepa Gaizka Arnaldo Pello Igor Xosé Xoán Xurxo Uxía Antía Iria Sabela Brais Anxo Iago
Noa Xiana Cuauhtémoc Lázaro Ovidio Nemesio Omar Salma Hirving Citlali Itzel Regina Renata Paola Fernanda Karla
Erik Karina Axel Néstor Evita Lionel Lautaro Enzo Giovani Paulo Román Franco Gastón Claudio Juliana Thiago
Valentino Benicio Rodolfo Gabo James Radamel Egan Nairo Caterine Jhon Yeison Yerry Wilmar Duván Davinson Edwin
Wilson Fredy Freddy Harold Leidy Yuliana Jhonny Michelle Giorgio Augusto Gary Jeannette Johannes Ollanta Alan
Paolo Gianluca Diosdado Tareck Corina Edmundo Henrique Yulimar Salomón Rómulo Ronald Maykel Yunior Mijaín
Yordenis Nayib Nasry Jimmy Laurentino Keylor Bryan Danilo Leonel Jenniffer Jennifer Ricky Lenín Enner Piero
Pervis Evo Andrónico Yamandú Tabaré Edinson Fede Darwin Vladímir Vladimir Volodímir Serguéi Sergei Serguei
Dmitri Mijaíl Alexéi Alekséi Alexei Andréi Yevgueni Yevgeni Yuri Yulia Piotr Nikolái Viacheslav Valeri Vasili
Guennadi Tatiana Oleg Ígor Anatoli Borís Boris Grigori Ramzán Kiril Kirill Leonid Nikita Arseni Denís Dmitró
Oleksandr Oleksiy Petró Vitali Víktor Viktor Andrí Ruslán Rustem Mijailo Tarás Olena Irina Oksana Svetlana
Sviatlana Alexandr Yekaterina Ekaterina Liudmila Galina Nadezhda Daniil Karen Aslán Aryna Elina Mirra Daria
Anastasia Kasim-Yomart Nursultán Shavkat Emomali Sadyr Ilham Nikol Irakli Bidzina Maia Mohamed Mohammed
Mohamad Salmán Bashar Abdelfatah Abdel Tamim Mahmud Yaser Ismail Yahya Hasán Naim Michel Nawaf Saad Rafik
Walid Muamar Jalifa Alí Ebrahim Masud Abás Javad Qasem Ruholá Yoav Naftalí Yair Benny Itamar Bezalel Ehud
Ariel Shimon Golda Gideon Recep Tayyip Hakan Kemal Ekrem Arda Kenan Mesut Ilkay İlkay Achraf Hakim Yassine
Sofyan Youssef Noussair Brahim Azzedine Bilal Ilias Munir Riyad Karim Sadio Kylian Ousmane Antoine Aurélien
Zinedine Didier Thierry Jean-Luc Édouard François Nicolas Olaf Angela Friedrich Annalena Ursula Giorgia Matteo
Carlo Romano Elly Gianni Luka Josip Dušan Aleksandar Novak Nikola Zoran Goran Marko Ante Péter Andrzej Donald
Joe Kamala Barack Elon Keir Rishi Erling Kevin Thibaut Romelu Virgil Frenkie Lasse Rasmus Martin Jude Harry
Vinícius Rodrygo Neymar Raphinha Endrick Cristiano João Rúben Luiz Inácio Lula Jair Dilma Narendra Imran
Shinzo Fumio Shigeru Sanae Naruhito Shohei Takefusa Heung-min Suk-yeol Jae-myung Jong-un Kang-in Jinping Qiang
Zedong Xiaoping Ching-te Jannik Stefanos Alexander Iga Coco Naomi Ione Francina Elma Nico Lamine Ansu Robert
Aurelio Amalia Fabiola Lidia Abigail Rebeca Judith Ruth Débora Eugenia Olivia Elisa Cecilia Berta Nora Ivonne
Mayra Yesenia Gladys Liliana Marcelino Abelardo Reinaldo Wilfredo Edgar Edgardo Brandon Gerónimo Tiago Ilia
`;

/** Given names common in Russian-language news, in Cyrillic, NOMINATIVE only (the engine declines them itself): Russian, Ukrainian, Belarusian, Armenian, Georgian, Azerbaijani, Kazakh, Uzbek, Tajik, Kyrgyz, Chechen/Dagestani, Tatar names, plus foreign names as Russian news transliterates them (Эммануэль, Олаф, Дональд, Джо, Ангела, Реджеп, Нарендра …). */
export const RUSSIAN_GIVEN_NAMES = `
Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Артур Богдан Борис Вадим Валентин Валерий
Василий Вениамин Виктор Виталий Владимир Владислав Всеволод Вячеслав Геннадий Георгий Герман Глеб Григорий
Давид Даниил Данила Денис Дмитрий Евгений Егор Ефим Захар Иван Игнат Игорь Илья Иннокентий Иосиф Кирилл
Константин Лаврентий Лев Леонид Макар Максим Марк Матвей Михаил Никита Никифор Николай Олег Павел Пётр Петр
Платон Прохор Родион Роман Ростислав Руслан Савва Савелий Святослав Семён Семен Сергей Станислав Степан
Тимофей Тимур Трофим Фёдор Федор Филипп Эдуард Эльдар Юлиан Юрий Яков Ярослав Альберт Афанасий Гарри Эмиль
Эрик Демьян Елисей Мирон Нестор Остап Тарас Зиновий Владлен Гавриил Герасим Кузьма Лука Мстислав Назар Натан
Наум Осип Потап Рафаэль Тихон Фома Эммануил Юлий Ян Яна Александра Алина Алиса Алла Анастасия Ангелина Анна
Антонина Арина Валентина Валерия Варвара Василиса Вера Вероника Виктория Галина Дарья Диана Ева Евгения
Екатерина Елена Елизавета Жанна Зинаида Зоя Инна Ирина Карина Кира Клавдия Кристина Ксения Лариса Лидия Лилия
Людмила Маргарита Марина Мария Надежда Наталья Наталия Нина Оксана Олеся Ольга Полина Раиса Регина Римма
Светлана София Софья Таисия Тамара Татьяна Ульяна Эвелина Элина Эльвира Юлия Алёна Алена Снежана Злата Милена
Майя Инга Нонна Эльмира Альбина Дина Элла Эмма Агния Аглая Алевтина Виолетта Владислава Изабелла Камилла Лейла
Марьяна Мирослава Нелли Серафима Стелла Фаина Эльза Янина Анжела Анжелика Ванесса Василина Гульнара Ефросинья
Марфа Пелагея Рената Розалия Тина Ярослава Мирра Этери Агата Дария Саша Женя Дима Миша Коля Ваня Лёша Леша
Паша Серёжа Сережа Вова Костя Петя Толя Гоша Гриша Лёня Леня Маша Наташа Катя Оля Лена Настя Даша Юля Таня Аня
Ира Галя Люда Валя Надя Соня Ксюша Лиза Вика Володимир Олександр Олексий Андрий Дмитро Василь Микола Михайло
Петро Богдана Соломия Ярема Левко Мирослав Олена Ганна Алесь Зенон Никол Серж Роберт Левон Арарат Армен Ваагн
Тигран Ашот Карен Самвел Гагик Аршак Арам Арман Ованес Ованнес Геворг Грайр Вардан Вазген Нарек Мгер Мартирос
Рубен Эдгар Артак Арутюн Араик Сурен Гурген Овик Генрих Ани Анаит Лусине Гаяне Кристине Мариам Нарине Нуне
Астхик Арпине Шушан Айк Акоп Ираклий Бидзина Михеил Саломе Звиад Гия Давит Леван Нико Заза Зураб Тенгиз Гиви
Гиорги Вахтанг Мамука Хвича Нино Тамар Кетеван Лаша Шалва Отар Гела Бесик Важа Гурам Мераб Каха Тинатин Ильхам
Гейдар Мехрибан Джейхун Эльмар Хикмет Рамиз Эльчин Азер Фуад Рашад Самир Вугар Мубариз Натиг Эмин Араз Анар
Севиль Айгюн Гюнай Эльнур Тофик Октай Закир Ровшан Фарид Фархад Теймур Ягуб Муслим Касым-Жомарт Нурсултан
Дарига Алихан Олжас Мурат Ерлан Ержан Бауыржан Бахытжан Нурлан Серик Асет Аскар Ермек Айгерим Динара Айжан
Асель Куаныш Данияр Даулет Маулен Карим Мухтар Ильяс Нуржан Ерболат Санжар Алия Айгуль Гульмира Мадина Сара
Бекболат Жанибек Сауле Маржан Шавкат Ислам Лола Саида Абдулла Бахтиёр Бахтиер Жамшид Рустам Шухрат Фаррух
Улугбек Дильшод Азиз Алишер Отабек Шерзод Дилноза Малика Нигора Зарина Гульноза Феруза Камола Севара Шахноза
Умида Юлдуз Эмомали Озода Кохир Мухиддин Сироджиддин Фаридун Зариф Садыр Алмазбек Сооронбай Курманбек Камчыбек
Акылбек Темир Бакыт Чолпон Адылбек Азамат Мирлан Бектур Рамзан Ахмат Адам Магомед Апти Хамзат Джохар Аслан
Шамиль Зелимхан Умар Ибрагим Хабиб Рамазан Магомедсалам Хасбулат Ахмед Саид Салман Сулейман Загид Мурад Али
Патимат Хадижат Аминат Асият Марьям Зарема Айшат Хеда Абдулмуслим Муса Исмаил Юсуп Мовлади Даниял Арсен Расул
Минтимер Марат Ильдар Ильнур Радик Ринат Ренат Рифат Равиль Дамир Азат Булат Тагир Ильшат Фарит Гульшат Гузель
Альфия Алсу Диляра Ляйсан Чулпан Зульфия Камила Радий Муртаза Айрат Ильгиз Ильнар Рашид Нияз Рамиль Рустем
Эммануэль Олаф Дональд Джо Камала Ангела Реджеп Тайип Нарендра Урсула Кая Антониу Жозеп Шарль Анналена Фридрих
Джорджа Педро Кир Риши Лиз Тереза Барак Джордж Билл Хиллари Джеймс Джон Джозеф Ричард Рональд Майкл Илон Марко
Пит Тулси Стивен Стив Майк Энтони Ллойд Джейк Уильям Нэнси Чак Кевин Берни Элизабет Генри Збигнев Мадлен
Кондолиза Тед Линдси Франклин Дуайт Вудро Авраам Теодор Мартин Джулиан Эдвард Дэвид Тони Гордон Найджел
Джереми Кеми Рейчел Франсуа Николя Жак Марин Жан-Люк Жан-Ив Жан-Ноэль Жан-Клод Жан-Мари Жан-Пьер Габриэль
Мишель Себастьен Эдуар Жерар Ален Жорж Франк-Вальтер Гельмут Герхард Кристиан Маркус Алис Петер Анджей Матеуш
Радослав Кароль Шимон Лех Милош Вацлав Зузана Милорад Зоран Драган Слободан Ивица Эди Альбин Хашим Кирьякос
Алексис Никос Метте Ульф Магдалена Санна Петтери Саули Йонас Йенс Эрна Ларс Герт Хавьер Маттео Сильвио Серджо
Джузеппе Антонио Паоло Франческо Мариано Хосе Хуан Карлос Фелипе Луис Хорхе Мигель Густаво Клаудия Андрес
Мануэль Дильма Жаир Лула Инасиу Сирил Нельсон Джейкоб Абий Поль Феликс Мухаммаду Бола Йовери Эммерсон Исайяс
Ассими Абдурахман Кайс Абдельмаджид Абдельазиз Прабово Джоко Фердинанд Родриго Биньямин Беньямин Ицхак Йоав
Нафтали Яир Итамар Бецалель Эхуд Ариэль Голда Гидеон Махмуд Ясир Яхья Хасан Наим Жозеф Наваф Наджиб Саад Рафик
Валид Муаммар Халифа Абдель Абдель-Фаттах Башар Мохаммед Мухаммед Мохаммад Мухаммад Ахмад Мустафа Юсеф Юсуф
Омар Осама Хусейн Саддам Хафез Тамим Халид Фейсал Хосни Анвар Гамаль Эбрахим Масуд Аббас Джавад Касем Рухолла
Хакан Мевлют Кемаль Экрем Мансур Озгюр Девлет Ахмет Бинали Хулуси Яшар Рахул Индира Джавахарлал Манмохан Амит
Субраманьям Нирмала Драупади Аджит Арвинд Имран Шахбаз Наваз Беназир Асиф Билавал Первез Хасина Цзиньпин
Цзэдун Сяопин Цзиньтао Цзябао Цзэминь Кэцян Синдзо Фумио Сигэру Санаэ Ёсихидэ Есихидэ Нарухито Акихито Харуки
Хаяо Лионель Криштиану Неймар Килиан Эрлинг Новак Роджер Энди Янник Серена Ига Коко Наоми Зинедин Жозе Пеп
Юрген Карло Хаби Диего Винисиус Мохамед Садио Джуд Магнус Аделина Бенни
`;
