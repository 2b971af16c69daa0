// Common given (first) names across many languages, in Latin script as English-language news writes them.
// One signal among several for "this capitalized pair is a person" (context and surname shape are others).
// Source: written for Backstory from general knowledge of common names; chosen for how often they
// appear as first names in international English-language news (politics, business, sport,
// culture), in the transliterations news outlets use, leaving out names that as capitalized words
// are more often a place, month, title or ordinary English word (May, Jordan, Marine, Christian, Will:
// those are in name-words.ts's AMBIGUOUS_GIVEN_NAMES). The English-speaking world's short forms and
// common names of every generation (Richard, Debbie, Ellie, Zack…) were added for real pages.
import { perLanguage } from './language';

const ENGLISH_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
  Aamir Aaron Aarón Abbas Abdallah Abdel Abdel-Fattah Abdelaziz Abdelfattah Abdelkader Abdelmadjid
  Abdelrahman Abdi Abdirahman Abdou Abdoulaye Abdrabbuh Abdul Abdulaziz Abdulkarim Abdulla Abdullah
  Abdullahi Abdulmalik Abdulrahman Abdulsalami Abdurrahman Abebe Abedi Abena Abhishek Abhisit
  Abigail Abiola Abiy Abubakar Achraf Ada Adam Adama Adamu Adán Adebayo Adekunle Adel Ademola
  Adewale Adil Aditya Adnan Adrian Adriana Adriano Adwoa Afua Agnes Agnieszka Agus Agustín Ahmad
  Ahmed Ahmet Ahok Aidan Aiden Aiko Aimé Airlangga Aisha Aisling Ajay Ajit Akash Akbar Akhilesh
  Akihito Akiko Akinwumi Akira Akosua Akshay Akua Alaa Alain Alan Alasdair Alassane Albert Alberto
  Albin Alec Alejandra Alejandro Alejo Aleksandar Aleksander Aleksandr Aleksandra Aleksei Aleksey
  Ales Alessandra Alessandro Alex Álex Alexander Alexandra Alexandre Alexandros Alexandru Alexei
  Alexey Alexis Alfonso Alfred Alfredo Ali Alice Alicia Aliko Alina Alireza Alison Alisson Alistair
  Aliyu Allan Allen Allison Almazbek Álvaro Alvin Alyaksandr Ama Amadou Amal Amanda Amar Amarinder
  Amartya Amelia Amin Amina Aminata Amine Aminu Amir Amira Amit Amitabh Ammar Amos Amr Amrullah Amy
  Ana Anand Anant Anas Anastasia Anatolii Anatoly Anders Andile András Andre André Andrea Andreas
  Andrei Andrej Andrés Andrew Andrey Andrii Andriy Andry Andrzej Andy Ángel Angela Angelina
  Angélique Angelo Angus Anh Anies Anil Anita Anja Ann Anna Annalena Anne Anne-Marie Annegret Annie
  Annika Ante Anthony Antoine Anton Antonio António Antônio Antonis Antony Antti Anura Anurag Anutin
  Anwar Aoife Aram Arash Archie Arda Ariel Arif Arjun Arkady Arman Armand Armando Armen Armin Arnaud
  Arne Arnold Arsen Arshad Artem Arthur Artur Arturo Artyom Arun Arundhati Arvind Aryeh Aryna Asaad
  Asad Asaduddin Asamoah Asha Asher Ashley Ashok Ashot Ashraf Asif Asim Asma Assimi Atal Atiku Ato
  Attila Audrey Augustin Augusto Aung Aurélien Ava Avi Avigdor Awa Axel Ayaan Ayanda Ayanna Ayelet
  Ayesha Ayman Ayo Ayodele Ayşe Ayub Azali Azim Aziz Azmin Babagana Babajide Babar Babatunde Bahlil
  Bakary Bakir Balázs Bambang Bandar Barack Barbara Barham Barış Barron Barry Bart Bartosz Bas
  Bashar Bashir Basil Bassirou Basuki Beata Beatrice Beatriz Beji Béla Ben Benazir Benigno Benito
  Benjamin Benjamín Benny Benoit Benoît Berat Bernadette Bernard Bernardo Bernd Bernie Bertrand Beth
  Betty Beyoncé Bezalel Bhagwant Bheki Bhumibol Bhupendra Bi-khim Bianca Bidzina Bilal Bilawal Bill
  Binali Bingu Binh Birtukan Bjarni Björn Bjørn Bob Bobby Bobi Bogdan Bohdan Bohuslav Boitumelo Bola
  Bongani Bongbong Boniface Bonnie Boris Borut Boubacar Boyko Brad Bradley Brandon Brenda Brendan
  Brent Brett Brian Brice Bridget Brigitte Bruce Bruno Bryan Bryn Budi Bukayo Bukola Bülent Burak
  Byung-chul Caitlin Caleb Călin Callum Calvin Cameron Camila Camilla Camille Carl Carla Carles
  Carlo Carlos Carmelo Carmen Carol Caroline Carolyn Carrie Carsten Casemiro Casey Caster Cătălin
  Catalina Catarina Catherine Catriona Cecilia Céline Cem Cemal Cesare Chan-wook Chandrababu
  Chandrika Chang-yong Charles Charlie Chau Chee-hwa Cheikh Cheryl Chi-wai Chiara Chidi Chika
  Chimamanda Chinedu Ching-te Chinh Chinua Chioma Chipo Chloe Chris Christina Christine Christoph
  Christophe Christopher Christos Chuck Chukwuemeka Chun-ying Chung-hee Chunying Ciara Ciarán
  Cillian Ciro Claire Clara Clarence Clark Claude Claudia Claudio Cláudio Clément Clint Coco Cole
  Colin Colm Connor Conor Conrad Constantin Constantino Corazon Cormac Cory Costas Craig Cristian
  Cristiano Cristina Csaba Cuauhtémoc Cuong Curtis Cynthia Cyril Dacian Dae-jung Dafydd Dag Daisuke
  Dale Damian Damián Damien Damon Dan Dana Dani Daniel Daniela Daniele Danielle Daniil Danilo Danny
  Dante Dapo Dara Daria Dario Darius Dariusz Darragh Darren Darya Daryl Dave David Davide Davit
  Dawit Dean Deb Deborah Debra Debretsion Declan Deepak Deepika Dejan Delcy Demis Denis Denise Deniz
  Dennis Denys Denzel Derartu Derek Dermot Derrick Désiré Desmond Devendra Devin Devlet Dewi
  Dharmendra Diana Diane Diarmuid Didier Diego Dieter Dieudonné Dilan Dilip Dilma Dimitar Dimitrios
  Dimitris Dina Dinesh Diogo Diomaye Diosdado Dirk Djibril Dmitri Dmitriy Dmitry Dmytro Dolores
  Domenico Dominic Dominique Don Donal Donald Dong-hoon Dong-hyuk Donna Doo-hwan Dorothy Doug
  Douglas Dragan Drew Dries Driss Duc Duck-soo Dušan Dwayne Dwight Dylan Eamon Eamonn Ebba Ebrahim
  Ed Eddie Edgar Edgardo Edi Edinson Edith Edmund Edmundo Edoardo Edouard Édouard Edson Eduard
  Eduardo Edward Edwin Efua Ehud Einar Eitan Eka Ekaterina Ekrem Elaine Eleanor Elena Eleni Eli Elif
  Elijah Élisabeth Elisabetta Elise Eliud Elizabeth Ella Ellen Elliot Elliott Elly Elon Elsa Elton
  Elvira Elvis Elżbieta Emanuele Emeka Emil Émile Emilia Emiliano Emilio Emily Emine Emma Emmanuel
  Emmerson Emomali Emre Enda Enlai Enoch Enrico Enrique Enver Enzo Eric Éric Erica Erick Erik Erin
  Erling Ernest Ernesto Ernst Esmeralda Essam Esteban Esther Ethan Étienne Euan Eugene Eui-sun
  Eui-yong Eva Éva Evan Evangelos Evelyn Evgeny Evo Ewa Ewan Eyal Ezekiel Ezequiel Ezra Fabián
  Fabien Fabio Fábio Fabrizio Facundo Faf Fahad Fahd Fahmi Faisal Fani Farah Farai Farhad Farid
  Farouk Fatemeh Fatih Fatima Fatma Fatou Fatoumata Faure Faustin-Archange Fawzia Fayez Fazlur
  Federico Fela Felipe Félix Femi Femke Ferdinand Ferenc Fergus Fernanda Fernando Festus Fidel
  Fikile Filipe Filippo Finn Fiona Flávio Florencia Florian Florin Floyd Frances Francesca Francesco
  Francis Francisco Franco Francois François Françoise Frank Franklin Frans Franz Fred Frédéric
  Frederick Fredrik Frenkie Freya Friedrich Fritz Fuad Fumihito Fumio Funke Fyodor Gábor Gabriel
  Gabriela Gabriele Gabrielle Gadi Gael Gail Gal Galina Gamal Ganjar Garba Gareth Garrett Gary
  Gastón Gautam Gavi Gavin Gbenga Geert Gemma Gene Gennadi Gennady Geoffrey Georg George Georgios
  Georgy Geraint Gerald Gérald Geraldo Gerard Gérard Gerardo Gerd Gergely Gerhard Germán Gerry
  Getachew Gethin Geun-hye Ghassan Gheorghe Ghulam Giacomo Giancarlo Gianfranco Gianluca Gianluigi
  Gianni Giannis Gibran Gideon Gilad Gilbert Gilberto Gilles Gillian Gina Giorgi Giorgia Giorgio
  Giorgos Giovanni Girma Gita Giulia Giuliano Giulio Giuseppe Gladys Gleb Glen Glenn Gloria Godswill
  Gonçalo Gonzalo Goodluck Goran Göran Gordon Gotabaya Graciela Graham Granit Grant Greg Gregor
  Gregory Gretchen Grigory Gro Grzegorz Guadalupe Guangcheng Guðni Guido Guilherme Guillaume
  Guillermo Gulbuddin Gunnar Günter Günther Guoqiang Gurbanguly Gustav Gustavo Guy Gwede Gwyneth
  György Haakon Habib Hadi Hadiza Hae-chan Hafez Hafiz Hage Hai Haibatullah Haider Haile Hailemariam
  Haim Hakainde Hakan Håkan Hakeem Hakim Halima Halla Hamad Hamdan Hamid Hamish Hamza Hana Hanan
  Hanh Hani Hanna Hannah Hans Hao Harald Hardeep Hardik Haris Harold Harriet Harrison Harry Haruki
  Haruna Harvey Hasan Hashim Hasina Hassan Hawa Hayao Heather Héctor Hee-chan Heidi Heikki Heiko
  Heinrich Heinz Helen Hélène Helle Helmut Hemant Hendrik Henk Henri Henrik Henrique Henry Herbert
  Herman Hermann Hernán Hervé Hesham Heung-min Heydar Hibatullah Hichem Hideki Hideo Hien Hieu
  Hikmat Hilary Hillary Himanta Hiroki Hiroko Hiroshi Hiroyuki Hisham Hishammuddin Hitoshi Hlaing
  Hoa Hodan Holly Hongwei Horacio Horst Hosni Hossein Howard Hrant Hsien Htin Hubertus Hugh Hugo
  Humberto Humza Huning Huong Hüseyin Hussain Hussein Huw Huy Hyun-jin Iain Ian Ibrahim İbrahim
  Ibrahima Ichiro Idris Idriss Idrissa Ifeanyi Ifeoma Iga Ignacio Igor Ihor Ikenna Iker Il-sung Ilan
  Ilham Ilhan Ilkay Ilya Iman Imee Imelda Imran Inácio Inaki Iñaki Indira Indra Inés Inês Ing-wen
  Ingrid Íñigo Ioana Ioannis Ion Irakli Irene Irfan Irina Iris Iryna Isa Isaac Isabel Isabelle
  Isaias Ishaq Ismail Issa István Itamar Itsunori Ivan Iván Ivana Ivanka Ivo Jacek Jack Jackie Jacob
  Jacqueline Jacques Jadon Jae-in Jae-myung Jae-yong Jagan Jaime Jair Jairam Jakaya Jake Jakob Jakub
  Jalal Jamal James Jamie Jamil Jamila Jan Jana Jane Janet Janez Janice Jannik János Janusz Jared
  Jaroslav Jarosław Jason Jasprit Javad Javed Javier Jawar Jay Jaya Jayalalithaa Jean Jean-Claude
  Jean-François Jean-Luc Jean-Marc Jean-Marie Jean-Paul Jean-Pierre Jean-Yves Jeanine Jeanne Jeff
  Jeffrey Jelena Jenna Jennifer Jenny Jens Jeremy Jérémy Jeroen Jerome Jérôme Jerry Jerzy Jesper
  Jess Jesse Jessica Jesus Jesús Jeyhun Jhon Ji-hoon Ji-min Ji-sung Ji-won Ji-young Jiabao Jibril
  Jie Jiechi Jigme Jill Jim Jimmy Jing Jinping Jintao Jiří Jo Joachim Joan Joanna Joanne João
  Joaquim Joaquín Jodie Joe Joel Johann Johannes John Johnny Joko Jomo Jon Jonas Jonathan Jong-il
  Jong-un Joon-ho Joon-pyo Joost Jordi Jörg Jorge Joschka José Josef Josep Joseph Josh Joshua
  Jovenel Joyce Jozef Józef Ju-ae Ju-yung Juan Jude Judith Judy Juha Jukka Jules Julia Julian Julián
  Juliana Julie Julien Julieta Julio Julius Jun Jun-seok Jung-kook Jung-sook Junichiro Juraj Jürgen
  Jussi Justin Juvénal Jyotiraditya Jyrki Ka-chiu Kabelo Kabir Kagiso Kai Kais Kaito Kaja Kaká Kakha
  Kakuei Kalidou Kalonzo Kamal Kamala Kamil Kamran Kang-in Kangana Kaoru Kapil Karabo Karel Karen
  Karim Karin Karina Karine Karl Karl-Heinz Karla Karol Karoline Kash Kashim Kassym-Jomart Katalin
  Katarina Katarzyna Kate Katerina Kateryna Katharina Katharine Katherine Kathleen Kathryn Kathy
  Katie Katja Katlego Katrín Katrina Katsunobu Kay Kayode Kazuo Kees Kei Keiko Keir Keisuke Keith
  Kelechi Kelly Kemal Kemi Ken Kenan Kenenisa Kenji Kenneth Kenny Keon-hee Keqiang Kerry Ketanji
  Ketumile Kevin Kgalema Khadga Khadija Khairy Khaled Khaleda Khalid Khalifa Khalil Khanh Khvicha
  Ki-moon Kieran Kim Kimberly Kimi Kingsley Kiran Kirill Kirk Kirsten Kirsty Kithure Kjell Klaus
  Knut Koen Kofi Koichi Koichiro Koji Kojo Kola Kolinda Kolo Konstantin Konstantinos Kostas
  Kostiantyn Krishna Kristalina Kristen Kristi Kristian Krzysztof Ksenia Kuan Kun-hee Kunio Kunle
  Kuo-yu Kurt Kwabena Kwadwo Kwaku Kwame Kwasi Kweku Kwesi Kyaw Kyi Kyle Kylian Kyriakos Kyrsten
  Kyrylo Kyung-wha Lachlan Laila Lakshmi Lalu Lamine Lance Lando Lara Larry Lars László Laura Lauren
  Laurence Laurent Laurent-Désiré Laurentino Laurie Lautaro Lawrence Layla Lázaro Lazarus Leah
  Leandro Lech Lee Lei Leif Leigh Leila Leji Lena Leni Lenín Leo Leon Leonard Léonard Leonardo
  Leonel Leonid Léopold Leopoldo Lerato Lesego Lesley Leslie Leszek Leticia Letitia Lev Levan Levent
  Levi Levon Lewis Leyla Liam Lifeng Lijian Lily Lina Linda Lindiwe Lindsay Lindsey Ling Linh Lionel
  Lisa Lisandro Liviu Liyuan Liz Lloyd Logan Loong Lorena Lorenzo Louis Louise Lourdes Luc Luca
  Lucas Lucia Lucía Luciana Luciano Lucy Luhut Luigi Luis Luís Luisa Luiz Luka Lukas Łukasz Luke
  Lula Lupita Luz Lwazi Lyndon Lynn Lyudmila Maada Maarten Maciej Macky Madeleine Magdalena Maggie
  Magnus Mahamadou Mahamat Mahamudu Mahathir Mahdi Mahendra Maher Mahfud Mahinda Mahmoud Mahmud
  Mahsa Mahua Mai Maia Mairead Máiréad Maithripala Maja Majid Makoto Maksim Maksym Malala Malcolm
  Małgorzata Malik Mallikarjun Mamadi Mamady Mamata Mamphela Mandla Manet Manfred Manish Manmohan
  Manny Manoj Mansour Mansur Manuel Marat Marc Marc-André Marcel Marcela Marcello Marcelo Marcin
  Marco Marcos Marcus Marek Margaret Margarita Margrethe Maria María Mariam Mariama Mariana Marianne
  Mariano Marie Marija Marilyn Marina Mario Mário Marion Marisol Marius Mariusz Marjorie Mark Marko
  Markus Marta Martha Martin Martín Martina Martine Marvin Marwan Mary Maryam Maryna Masahiro Masako
  Masatoshi Masayoshi Mason Masoud Masrour Massimiliano Massimo Massoud Mateo Mateusz Mathieu Matías
  Mats Matt Matteo Matthew Matthias Matthieu Matti Maura Maureen Maurice Mauricio Maurizio Mauro Max
  Maxim Maxime Maximiliano Maxine Maya Mayawati Megan Megawati Meghan Mehbooba Mehdi Mehmet Mehriban
  Meir Melania Melanie Meles Melinda Melissa Menachem Meral Merav Meredith Merrick Mervyn Mesut
  Mette Mevlüt Mhairi Mia Micah Michael Michal Michał Micheál Michel Michele Michelle Michiko Mick
  Miguel Mihai Mika Mikael Mike Mikel Mikhail Mikheil Mikko Miklós Milan Milo Milorad Miloš Min-ho
  Min-jae Min-ji Minh Mir-Hossein Miranda Mircea Miri Miriam Miroslav Mitch Mitchell Mitt Mmusi Mo
  Moctar Modibo Mohamad Mohamed Mohammad Mohammed Mohamud Mohan Mohsen Mohsin Moïse Mojtaba
  Mokgweetsi Molly Mona Monica Mónica Monika Moo-hyun Morten Morteza Moses Moshe Mosiuoa Mostafa
  Moussa Mpho Mswati Muhaimin Muhammad Muhammadu Muhammed Muharrem Muhoozi Muhyiddin Mujibur Mukesh
  Mulatu Munir Muqtada Murad Murat Musa Musalia Mustafa Mustapha Mwai Myint Mykhailo Mykola Myles
  Myung-bak N'Golo Nabih Nabil Naby Nada Nadezhda Nadhim Nadia Nadiem Naftali Naguib Nahid Najib
  Nak-yon Naledi Nana Nancy Naoki Naomi Naoto Narendra Narges Naruhito Nasir Nasrin Nasser Natalia
  Natalie Nataliya Natalya Natasha Nathalie Nathan Nathaniel Naveen Navin Nawaf Nawaz Nayef Nayib
  Nazanin Nechirvan Neda Neeraj Neil Nelson Neo Nestor Néstor Netumbo Neville Newt Neymar Ngoc Ngozi
  Niall Niamh Nicholas Nick Nico Nicola Nicolae Nicolas Nicolás Nicole Nicos Nicușor Nigel Nii Nika
  Nikita Nikki Nikol Nikola Nikolai Nikolaos Nikolay Nikos Nils Nina Nino Nir Nirmala Nitin Nitish
  Njoki Nkechi Nkosazana Nnamdi Nneka Noa Noah Noam Noel Nomsa Nomvula Noor Nora Norbert Noriko
  Norman Nour Nouri Novak Nuhu Numan Nuno Nuri Nurlan Nursultan Nurul Nyasha Nyesom Obafemi Obinna
  Octavio Oisín Okechukwu Oksana Olaf Olamide Olav Oleg Oleh Oleksandr Oleksii Oleksiy Olena Olga
  Olha Oliver Olivia Olivier Ollanta Olli Ollie Olof Olufemi Olusegun Oluwaseun Omar Omer Ömer
  Ondřej Oren Orhan Ørjan Orla Osama Osamu Oscar Óscar Oskar Osman Osvaldo Otto Oumar Oumou Ousmane
  Owen Özgür Paavo Pablo Paddy Padraig Pádraig Paetongtarn Palesa Pam Pamela Panagiotis Panos Paola
  Paolo Parvez Parviz Pascal Pat Patrice Patricia Patricio Patrick Paul Paula Pauline Paulo Pavel
  Pavlo Paweł Pedri Pedro Pekka Pelé Penny Pepe Per Pervez Petar Pete Peter Péter Petr Petra Petteri
  Phil Philip Philipp Philippe Phillip Phoebe Phuc Phuong Piero Pierre Pieter Pietro Pilar Piotr
  Pippa Pita Piyush Polina Porfirio Prabowo Prakash Pramila Pranab Prashant Pravin Pravind Prawit
  Prayut Prayuth Priti Priyanka Przemysław Puan Pushpa Pyotr Qamar Qassem Qiang Qishan Quang Quentin
  Quett Quinn Quinton Quoc Rachel Rachida Radamel Radosław Radovan Radu Rafa Rafael Rafał Rafiq
  Rafizi Raghuram Raheem Rahm Rahul Raila Rainer Rainsy Raj Rajeev Rajesh Rajiv Rajnath Ralf Ralph
  Ramesh Rami Ramiro Ramon Ramón Ramush Ramzan Randall Randy Rania Ranil Raphaël Raphinha Raquel
  Rashad Rashid Rashida Rasmus Ratan Ratko Raúl Ravi Ray Raymond Rebecca Recep Reece Reid Reinhard
  Remi Renata Renato René Renho Retno Reuven Revanth Rex Reynaldo Reza Rhiannon Rhodri Rhun Rhys
  Ricardo Riccardo Rick Ridwan Riek Rigathi Rigoberta Rigoberto Riikka Risa Rishi Rita Riyad Rob
  Robbie Robert Roberta Roberto Robin Robyn Rocco Roch Rod Rodri Rodrigo Rodrygo Rogelio Roger Rohit
  Roisin Róisín Roland Rolando Rolf Roman Romano Romário Romelu Romeo Rómulo Ron Ronald Ronaldinho
  Ronaldo Ronan Rory Rosemary Rosmah Ross Rotimi Roy Ruairi Ruben Rubén Rúben Rudolf Rudolph Rudy
  Ruhollah Rui Rumen Rupa Rupert Ruslan Russell Rustam Rustem Ruth Ruud Ryan Saad Saadeddine Sabine
  Sabri Sacha Sachin Sade Sadio Sadiq Sadyr Saeb Saeed Sahle-Work Sahra Saïd Saif Sajith Salah Saleh
  Sali Salif Salim Sally Salma Salman Salome Salva Salvatore Sam Samantha Sami Samia Samir Samira
  Samuel Sanae Sander Sandiaga Sándor Sandra Sandro Sandy Sani Sanjay Sanna Saoirse Saparmurat Sara
  Sarah Sasha Saskia Satoshi Satya Saud Saúl Sauli Scott Seamus Séamus Sean Seán Sebastian Sebastián
  Sébastien Ségolène Segun Seiko Sein Sekou Selahattin Selçuk Selena Selim Sello Seok-jin Serdar
  Serena Seretse Serge Sergei Sergey Sergio Sérgio Serhii Serhiy Serj Serzh Seth Setya Seun
  Sha'Carri Shahbaz Shahid Shahrukh Shakib Shakira Shaktikanta Shane Shannon Sharad Sharon Shashi
  Shaun Shavkat Shawn Shehbaz Shehu Sheila Sheldon Shelly-Ann Sher Sherif Shigeru Shimon Shinji
  Shinjiro Shinzo Shirin Shirley Shivraj Shlomo Shmuel Shohei Shubman Shui-bian Sian Siarhei
  Sibusiso Siddaramaiah Sigmar Sihanouk Silvia Silvio Simon Simón Simone Sinan Sinead Sinéad Siobhan
  Sipho Sirajuddin Sirikit Siti Siya Sizwe Sławomir Slobodan Smriti Sofía Sokha Sol-ju Somchai
  Son-hui Sonia Sonja Sonya Soo-jin Sophia Sophie Sorin Souleymane Spencer Srettha Stacey Stanislav
  Stanisław Stanley Stavros Stefan Ștefan Stefanie Stefano Stefanos Steffen Stella Stepan Stéphane
  Stephanie Stephen Steve Steven Stewart Stig Stuart Subhash Sue Suella Suhail Suharto Suk-yeol
  Sukarno Sulaiman Sule Suleiman Süleyman Sundar Sunil Sunita Suresh Susan Susanne Sushma Susilo Suu
  Suzanne Sven Svenja Svetlana Sviatlana Svitlana Sye-kyun Sylvia Sylvie Szymon Tabaré Tadashi Tadej
  Tadeusz Tae-woo Tafadzwa Taha Takashi Takefusa Takeshi Tal Talal Tamar Tamara Tamás Tamim Tammy
  Tanya Tara Taras Tarcísio Tarek Tariq Tarique Tarja Taro Tatenda Tatiana Tatyana Taylor Tayyip Ted
  Tedros Tejashwi Temba Tendai Teng-hui Tenzin Teodoro Terence Teresa Terry Tesfaye Tetiana Tetsuya
  Tewodros Thabang Thabo Thaksin Thanathorn Thandeka Thandi Thanh Thant Thao Tharman Thein Themba
  Theo Theodore Theresa Thiago Thibaut Thierry Thomas Thor Thorsten Thulani Thuli Thuy Tiago Tibor
  Tiffany Tigist Tigran Till Tim Timo Timothy Timur Tina Tinashe Tirunesh Tito Tobi Tobias Todd Tolu
  Tom Tomás Tomáš Tomasz Tomislav Tommy Toni Tony Toomaj Toshimitsu Toshiro Tracey Tracy Trang
  Travis Trent Trevor Trong Troy Trung Tshepo Tshering Tuan Tulsi Tumelo Tunde Tundu Turki Tyler
  Tzipi Uche Uddhav Udo Uhuru Ulf Ulrich Ulrike Umar Umaro Umaru Umberto Ümit Uri Ursula Usain Usha
  Usman Uwe Václav Vadim Vadym Vajiralongkorn Valentin Valentín Valentina Valentino Valeri Valeria
  Valerie Valérie Valerii Valery Valéry Valtteri Vanessa Vangelis Vardan Varun Vasco Vasile Vasilis
  Vasily Vasyl Vera Veronica Verónica Vicente Victor Víctor Vijay Vikram Viktor Ville Vincent
  Vincenzo Vinh Vinícius Viorica Virat Virgil Vít Vitali Vitalii Vitaliy Vitaly Vitor Vítor Vittorio
  Vivek Vjosa Vlad Vladimir Vladimír Vladislav Volker Volodymyr Vusi Vyacheslav Wahyu Wale Waleed
  Walid Walter Wangari Wanjiku Warren Wayde Wayne Wei Weiwei Wen-je Wenbin Wendy Wenliang Werner Wes
  Wesley Whitney Wilhelm Willem William Willie Wim Winnie Winston Wiranto Władysław Wojciech Wole
  Wolfgang Woodrow Wopke Wout Wouter Wycliffe Xanana Xavi Xavier Xiaobo Xiaoming Xiaoping Xilai
  Ximena Xin Xiomara Xóchitl Xolani Xuan Yaakov Yael Yahaya Yahya Yair Yakubu Yalitza Yamandú Yanis
  Yannick Yannis Yariv Yaroslav Yasin Yasmin Yasser Yassine Yasuhiro Yaw Yaya Yegor Yehuda
  Yekaterina Yelena Yemi Yetunde Yevgeny Yevhen Yi Yimou Ying Ying-jeou Yingluck Yinka Yisrael
  Yitzhak Yo-jong Yoani Yoav Yogi Yohannes Yoko Yolanda Yonas Yonatan Yong-ho Yong-hyun Yongkang
  Yosef Yoshihide Yoshihiko Yoshiko Yoshimasa Yoshitaka Yossi Young-sam Yousef Youssef Youssou
  Youssouf Yoweri Yuki Yukio Yuko Yulia Yuliia Yun Yunus Yuri Yurii Yuriko Yury Yusuf Yusuke Yuval
  Yuzuru Yves Yvette Yvonne Zabihullah Zach Zachary Zahid Zahra Zainab Zalmay Zanele Zara Zarah
  Zayed Zbigniew Zdeněk Ze'ev Zedong Zeev Željko Zemin Zeynep Zhiqiang Zia Ziad Ziaur Zinedine Ziyi
  Zlatan Zoe Zoë Zohran Zola Zoltán Zoran Zsolt Zulfikar Zulkifli Zurab Zuzana Zvi Zviad Zweli
    Abby Addie Allie Angie Barb Becky Bess Betsy Billy Brandy Bret Britney Brittany Candace
    Carly Cathy Cindy Cody Colby Connie Corey Courtney Curt Cyndi Darla Darryl Davey Debbie
    Delores Donnie Dottie Duane Duncan Dustin Edie Effie Ellie Elsie Emmy Ernie Ethel Evie
    Felicity Frankie Franky Freddie Gayle Ginny Grady Gregg Gwen Hal Hattie Howie Ida Irv
    Irving Janie Jeannie Jen Jessie Jody Joey Josie Kristy Lainey Len Lenny Leroy Lexi
    Libby Lila Liza Lizzie Lonnie Lottie Lyle Lynne Mabel Maddie Mamie Mandy Marcy Marge
    Margie Marian Marla Marty Meg Merle Mikey Millie Mindy Monty Morris Muriel Myron Nell
    Nellie Otis Patsy Patty Peggy Percy Perry Polly Prue Reggie Richard Richie Ricky Rodney
    Ronnie Rosie Roxy Russ Sadie Sammy Sherry Stacy Stevie Stu Susie Suzy Teddy Tess
    Tessa Timmy Toby Trish Trudy Vicky Vince Wally Walt Wyatt Zack Zak
    Bríd Caoimhe Cathal Clodagh Donnchadh Éamon Eilidh Eluned Eoin Ffion Fiachra Fionnuala Gráinne Iolo Máire Méabh Órfhlaith Órla Ruairí Siobhán Tadhg
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Given names, with the forms the reading language writes them in (and, in Russian, their cases). */
export const GIVEN_NAMES = perLanguage(ENGLISH_GIVEN_NAMES, 'givenNames', true);
