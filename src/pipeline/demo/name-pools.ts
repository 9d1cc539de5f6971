// Given names and surnames by naming tradition, written as people write them (with diacritics).
//
// Compact, hand-picked lists of common names: enough variety for realistic redaction work, small
// enough to ship as source. A surname written `Kowalski/Kowalska` has a male and a female form; the
// generator picks the form that matches the given name. Names may contain spaces (`María José`,
// `van den Berg`, `Ó Briain`) because real ones do, and redaction has to cope with that.

/** The naming traditions the generator draws from. */
export type NamePoolId =
  | 'en' | 'ga' | 'de' | 'fr' | 'es' | 'es-mx' | 'it' | 'pt' | 'pt-br' | 'nl' | 'sv' | 'da' | 'nb'
  | 'fi' | 'pl' | 'cs' | 'sk' | 'hu' | 'ro' | 'bg' | 'el' | 'hr' | 'sl' | 'et' | 'lv' | 'lt' | 'mt'
  | 'lb' | 'tr' | 'in' | 'ng' | 'zh' | 'ja' | 'ko' | 'ar' | 'za' | 'af';

/** One naming tradition. */
export interface NamePool {
  readonly female: readonly string[];
  readonly male: readonly string[];
  /** `Male/Female` where the surname is gendered, otherwise one form. */
  readonly surnames: readonly string[];
  /** Share of people who carry two surnames (Spanish and Portuguese custom). */
  readonly doubleSurname: number;
  /** Share of people who write the family name first (Hungarian, Chinese, Japanese, Korean custom). */
  readonly familyFirst: number;
}

const list = (text: string): readonly string[] => text.split(',').map((name) => name.trim()).filter((name) => name !== '');

function pool(female: string, male: string, surnames: string, options: { doubleSurname?: number; familyFirst?: number } = {}): NamePool {
  return { female: list(female), male: list(male), surnames: list(surnames), doubleSurname: options.doubleSurname ?? 0, familyFirst: options.familyFirst ?? 0 };
}

/** Every naming tradition, by id. */
export const NAME_POOLS: Readonly<Record<NamePoolId, NamePool>> = {
  en: pool(
    'Emily, Olivia, Emma, Sophia, Ava, Isabella, Madison, Abigail, Charlotte, Amelia, Harper, Evelyn, Grace, Chloe, Hannah, Sarah, Jessica, Ashley, Jennifer, Megan, Lauren, Rachel, Katherine, Elizabeth, Rebecca, Amy, Laura, Victoria, Natalie, Zoë, Heather, Michelle, Brooke, Mary Jane, Kayleigh, Siân',
    'James, John, Robert, Michael, William, David, Richard, Joseph, Thomas, Christopher, Daniel, Matthew, Anthony, Andrew, Joshua, Ryan, Benjamin, Samuel, Nathan, Tyler, Brandon, Justin, Kevin, Brian, Jacob, Ethan, Noah, Liam, Oliver, Harry, George, Jack, Connor, Dylan, Rhys',
    "Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Jackson, Martin, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Hill, Green, Adams, Baker, Nelson, Carter, Mitchell, Roberts, Turner, Phillips, Campbell, Parker, Evans, Edwards, Collins, Stewart, Morris, Murphy, Cook, Rogers, Morgan, Cooper, Reed, Bailey, Bell, Hughes, Foster, Bennett, O'Connor, McDonald, Fitzgerald, Price, Wood, Brooks",
  ),
  ga: pool(
    'Aoife, Siobhán, Niamh, Saoirse, Róisín, Caoimhe, Sinéad, Clodagh, Aisling, Orla, Gráinne, Éabha, Ciara, Méabh, Síle, Deirdre, Nuala, Aoibhinn, Bríd, Emer',
    'Seán, Ciarán, Pádraig, Oisín, Cian, Darragh, Eoin, Colm, Dónal, Cathal, Fionn, Tadhg, Rónán, Diarmuid, Éamon, Conor, Niall, Ruairí, Séamus, Liam',
    "Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle, McCarthy, Gallagher, O'Doherty, Kennedy, Lynch, Murray, Quinn, McLoughlin, O'Carroll, Connolly, Daly, O'Connell, Ó Briain/Ní Bhriain, Ó Súilleabháin/Ní Shúilleabháin, Ó Ceallaigh/Ní Cheallaigh, Mac Gearailt/Nic Gearailt, Ó Conchúir/Ní Chonchúir, Brennan, Burke, Dunne, Farrell, Healy, Kavanagh, Nolan, Ó Dónaill/Ní Dhónaill, Mac Giolla Phádraig/Nic Giolla Phádraig, Ó Murchú/Ní Mhurchú, Costello, Flanagan",
  ),
  de: pool(
    'Anna, Lena, Leonie, Lea, Hannah, Emma, Mia, Sophie, Marie, Laura, Julia, Katharina, Sarah, Lisa, Johanna, Charlotte, Franziska, Sabine, Petra, Ursula, Monika, Andrea, Birgit, Claudia, Jana, Annika, Greta, Ida, Käthe, Lotte, Mareike, Svenja, Anja, Heike, Jördis',
    'Lukas, Leon, Jonas, Maximilian, Felix, Paul, Elias, Ben, Finn, Niklas, Tim, Jan, Tobias, Florian, Sebastian, Stefan, Thomas, Michael, Andreas, Markus, Jürgen, Wolfgang, Klaus, Uwe, Jörg, Björn, Matthias, Dieter, Günter, Hans-Peter, Karl-Heinz, Moritz, Till, Sören, Fynn',
    'Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier, Lehmann, Schmid, Schulze, Maier, Köhler, Herrmann, König, Walter, Huber, Kaiser, Fuchs, Peters, Lang, Scholz, Möller, Weiß, Jung, Hahn, Vogel, Jäger, Groß, Böhm, Kühn, von Bülow, Oßwald',
  ),
  fr: pool(
    'Camille, Léa, Manon, Chloé, Inès, Jade, Louise, Emma, Juliette, Clara, Sarah, Lucie, Zoé, Margaux, Élodie, Amélie, Céline, Aurélie, Mathilde, Océane, Nathalie, Isabelle, Sophie, Stéphanie, Valérie, Hélène, Brigitte, Anaïs, Maëlle, Noémie, Anne-Sophie, Marie-Claire',
    'Lucas, Hugo, Louis, Gabriel, Arthur, Jules, Raphaël, Théo, Nathan, Mathéo, Thomas, Antoine, Nicolas, Julien, Maxime, Alexandre, Guillaume, Sébastien, Pierre, Jean-Baptiste, François, Frédéric, Jérôme, Benoît, Émile, Grégoire, Cédric, Loïc, Jean-Pierre, Étienne, Noël',
    "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefèvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefebvre, Mercier, Dupont, Lambert, Bonnet, François, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, Muller, Henry, Roussel, Perrin, Morin, Mathieu, Clément, Gauthier, Dumont, Fontaine, Chevalier, Robin, Lemaître, Béranger, Lacroix, d'Arcy, Le Goff, Pérez",
  ),
  es: pool(
    'Lucía, Sofía, María, Martina, Paula, Julia, Daniela, Valeria, Alba, Carmen, Laura, Marta, Ana, Elena, Cristina, Nuria, Pilar, Rocío, Inés, Begoña, Montserrat, Noelia, Irene, Raquel, Ainhoa, María José, Maite',
    'Hugo, Martín, Lucas, Mateo, Pablo, Alejandro, Álvaro, Adrián, Javier, Sergio, David, Daniel, Carlos, Jorge, José, Antonio, Manuel, Francisco, Íñigo, Jesús, Óscar, Rubén, Joaquín, Ignacio, Andrés, Juan Carlos, Jordi',
    'García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, Morales, Suárez, Ortega, Delgado, Castro, Ortiz, Rubio, Marín, Sanz, Núñez, Iglesias, Medina, Garrido, Cortés, Castillo, Santos, Lozano, Etxeberria, Puig, de la Fuente',
    { doubleSurname: 0.6 },
  ),
  'es-mx': pool(
    'Ximena, Valentina, Regina, Camila, Renata, Fernanda, Guadalupe, Mariana, Andrea, Sofía, Natalia, Daniela, Alejandra, Gabriela, Itzel, Citlali, Paola, Verónica, Adriana, Rosa, Leticia, Yolanda, Mónica, Karla, Xóchitl, María Fernanda',
    'Santiago, Sebastián, Diego, Emiliano, Leonardo, Matías, Juan, Luis, Jorge, Ricardo, Fernando, Eduardo, Alejandro, Héctor, Raúl, Arturo, Rodrigo, Jesús, Francisco, Roberto, Javier, Cuauhtémoc, Iván, Octavio, José Luis, Miguel Ángel',
    'Hernández, García, Martínez, López, González, Pérez, Rodríguez, Sánchez, Ramírez, Cruz, Flores, Gómez, Morales, Vázquez, Reyes, Jiménez, Torres, Díaz, Gutiérrez, Ruiz, Mendoza, Aguilar, Ortiz, Moreno, Castillo, Romero, Álvarez, Méndez, Chávez, Rivera, Juárez, Ramos, Domínguez, Herrera, Medina, Castro, Vargas, Guzmán, Velázquez, Rojas, Contreras, Salazar, Luna, Ortega, Estrada, Guerrero, Soto, de la Cruz',
    { doubleSurname: 0.5 },
  ),
  it: pool(
    'Giulia, Sofia, Aurora, Alice, Ginevra, Emma, Giorgia, Beatrice, Chiara, Francesca, Federica, Martina, Sara, Valentina, Elisa, Silvia, Paola, Alessandra, Roberta, Lucia, Elena, Ilaria, Caterina, Benedetta, Noemi',
    'Leonardo, Francesco, Alessandro, Lorenzo, Mattia, Andrea, Gabriele, Riccardo, Tommaso, Edoardo, Matteo, Giuseppe, Giovanni, Marco, Luca, Davide, Simone, Federico, Stefano, Paolo, Niccolò, Pietro, Salvatore, Vincenzo, Antonio, Fabrizio',
    "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo, Gentile, Martinelli, Vitale, Lombardo, Serra, Coppola, De Santis, D'Angelo, Marchetti, Parisi, Villa, Conte, Ferraro, Fabbri, Cattaneo, Sanna, Pellegrini",
  ),
  pt: pool(
    'Maria, Leonor, Matilde, Beatriz, Carolina, Mariana, Ana, Inês, Sofia, Margarida, Joana, Catarina, Rita, Francisca, Teresa, Filipa, Mafalda, Conceição, Graça, Luísa',
    'João, Francisco, Santiago, Afonso, Tomás, Duarte, Rodrigo, Martim, Gonçalo, Diogo, Miguel, Pedro, Tiago, Rui, Nuno, Bruno, Luís, José, António, Vasco',
    'Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, Correia, Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha, Neves, Coelho, Cunha, Pires, Simões, Antunes, Matos, Fonseca, Machado, Araújo, Tavares, Lourenço, Magalhães, Guimarães, Brandão',
    { doubleSurname: 0.5 },
  ),
  'pt-br': pool(
    'Maria, Ana, Helena, Alice, Laura, Manuela, Valentina, Sophia, Isabella, Heloísa, Luíza, Júlia, Lorena, Lívia, Cecília, Giovanna, Beatriz, Mariana, Camila, Fernanda, Larissa, Letícia, Gabriela, Bruna, Thaís, Jéssica, Patrícia, Aline, Vitória, Raíssa, Maria Eduarda',
    'Miguel, Arthur, Gael, Heitor, Theo, Davi, Gabriel, Bernardo, Samuel, João Pedro, Lucas, Matheus, Rafael, Gustavo, Felipe, Guilherme, Thiago, Bruno, Rodrigo, Leonardo, Vinícius, Caio, Luiz, Marcos, Paulo, André, Fábio, Márcio, Wesley, Anderson',
    'Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa, Rocha, Dias, Nascimento, Andrade, Moreira, Nunes, Marques, Machado, Mendes, Freitas, Cardoso, Ramos, Gonçalves, Santana, Teixeira, Araújo, Pinto, Monteiro, Cavalcanti, Azevedo, Moura, Campos, Batista, Conceição, da Silva, dos Santos, de Oliveira, de Souza, Sá, Magalhães',
    { doubleSurname: 0.35 },
  ),
  nl: pool(
    'Emma, Julia, Tess, Sophie, Zoë, Mila, Sara, Anna, Eva, Lotte, Fleur, Sanne, Femke, Anouk, Iris, Lieke, Marieke, Ingrid, Els, Annemiek, Noor, Roos, Floor, Maaike, Saskia',
    'Noah, Sem, Liam, Lucas, Daan, Levi, Luuk, Bram, Jesse, Thijs, Sven, Ruben, Lars, Joost, Pieter, Jeroen, Maarten, Sander, Bas, Wouter, Hendrik, Willem, Koen, Stijn, Jan-Willem',
    'de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, de Bruijn, van der Heijden, Schouten, van Beek, Willems, van Vliet, Hoekstra, Maas, Verhoeven, Peeters, Maes, Claes, Goossens, Wouters, De Smet, Van Damme, IJsselstein',
  ),
  sv: pool(
    'Alice, Maja, Elsa, Astrid, Wilma, Freja, Ebba, Saga, Alma, Selma, Agnes, Klara, Linnéa, Ingrid, Karin, Kristina, Birgitta, Eva, Malin, Sofia, Åsa, Ulla, Lena, Annika, Johanna',
    'William, Lucas, Liam, Hugo, Oscar, Elias, Olle, Nils, Erik, Lars, Anders, Johan, Per, Karl, Gustav, Magnus, Henrik, Mikael, Björn, Stefan, Mattias, Jonas, Fredrik, Göran, Åke',
    'Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Axelsson, Berg, Bergström, Lundberg, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg, Wallin, Engström, Eklund, Håkansson, Björk, Nyström, Löfgren, Söderberg, Åberg, Östlund',
  ),
  da: pool(
    'Ida, Emma, Sofie, Freja, Anna, Clara, Laura, Mathilde, Karoline, Cecilie, Mette, Hanne, Lene, Susanne, Kirsten, Pia, Camilla, Louise, Signe, Maja, Astrid, Rikke, Trine, Birthe, Søs',
    'William, Noah, Oscar, Lucas, Carl, Victor, Malthe, Emil, Frederik, Magnus, Mads, Rasmus, Søren, Jens, Niels, Lars, Henrik, Anders, Kasper, Mikkel, Morten, Jesper, Thomas, Bjørn, Jørgen',
    'Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Christiansen, Poulsen, Johansen, Møller, Mortensen, Knudsen, Jakobsen, Mikkelsen, Olesen, Frederiksen, Laursen, Henriksen, Lund, Holm, Eriksen, Nissen, Clausen, Simonsen, Svendsen, Iversen, Jeppesen, Vestergaard, Østergaard, Søndergaard, Nørgaard, Dahl, Bach, Kjær, Lauridsen',
  ),
  nb: pool(
    'Nora, Emma, Olivia, Ella, Sofie, Leah, Frida, Ingrid, Sara, Maja, Astrid, Hedda, Tuva, Ida, Thea, Kari, Anne, Inger, Liv, Solveig, Siri, Marit, Ragnhild, Åse, Guro',
    'Jakob, Emil, Noah, Oliver, Filip, William, Lucas, Aksel, Magnus, Henrik, Ola, Per, Lars, Knut, Bjørn, Arne, Odd, Tor, Håkon, Sindre, Eirik, Sigurd, Øystein, Torbjørn, Jørgen',
    'Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen, Jacobsen, Dahl, Jørgensen, Halvorsen, Henriksen, Lund, Sørensen, Moen, Gundersen, Iversen, Strand, Solberg, Svendsen, Eide, Knutsen, Martinsen, Bakken, Lie, Amundsen, Lunde, Solheim, Nygård, Sæther, Aas, Næss, Strøm, Ødegård, Bøe',
  ),
  fi: pool(
    'Aino, Eevi, Helmi, Olivia, Sofia, Aada, Ella, Venla, Emilia, Pihla, Linnea, Anna, Maria, Johanna, Tuula, Päivi, Sari, Minna, Riikka, Kaisa, Hanna, Satu, Leena, Marjatta, Heidi',
    'Eino, Väinö, Leo, Onni, Elias, Oliver, Eetu, Juho, Mikko, Matti, Jukka, Timo, Kari, Antti, Juha, Pekka, Ville, Janne, Sami, Markku, Jari, Tuomas, Lauri, Otto, Aleksi',
    'Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kettunen, Leinonen, Miettinen, Pitkänen, Räsänen, Väisänen, Aaltonen, Lappalainen, Manninen, Nurmi, Jääskeläinen, Kärkkäinen, Söderholm',
  ),
  pl: pool(
    'Zuzanna, Julia, Zofia, Hanna, Maja, Lena, Alicja, Maria, Amelia, Oliwia, Anna, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Aleksandra, Monika, Justyna, Dorota, Grażyna',
    'Antoni, Jan, Jakub, Aleksander, Franciszek, Szymon, Filip, Mikołaj, Wojciech, Kacper, Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Marcin, Michał, Łukasz, Grzegorz, Mateusz, Adam, Marek, Stanisław, Zbigniew, Jerzy',
    'Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, Wojciechowski/Wojciechowska, Kwiatkowski/Kwiatkowska, Krawczyk, Kaczmarek, Piotrowski/Piotrowska, Grabowski/Grabowska, Zając, Pawłowski/Pawłowska, Michalski/Michalska, Król, Wieczorek, Jabłoński/Jabłońska, Wróbel, Majewski/Majewska, Olszewski/Olszewska, Stępień, Malinowski/Malinowska, Jaworski/Jaworska, Adamczyk, Dudek, Nowicki/Nowicka, Pawlak, Górski/Górska, Witkowski/Witkowska, Walczak, Sikora, Baran, Rutkowski/Rutkowska, Michalak, Szewczyk, Ostrowski/Ostrowska, Tomaszewski/Tomaszewska, Pietrzak, Marciniak, Wróblewski/Wróblewska, Zalewski/Zalewska, Bąk, Sokołowski/Sokołowska',
  ),
  cs: pool(
    'Eliška, Anna, Adéla, Tereza, Sofie, Natálie, Viktorie, Karolína, Kristýna, Barbora, Lucie, Veronika, Petra, Jana, Marie, Hana, Lenka, Kateřina, Zuzana, Markéta, Jitka, Ivana, Monika, Pavla, Martina',
    'Jakub, Jan, Tomáš, Adam, Matyáš, Vojtěch, Ondřej, Filip, Lukáš, Martin, Petr, Pavel, Josef, Jiří, Jaroslav, Miroslav, Zdeněk, Václav, Michal, František, Karel, Milan, Radek, Štěpán, Vít',
    'Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová, Marek/Marková, Pospíšil/Pospíšilová, Pokorný/Pokorná, Hájek/Hájková, Král/Králová, Jelínek/Jelínková, Růžička/Růžičková, Beneš/Benešová, Fiala/Fialová, Sedláček/Sedláčková, Doležal/Doležalová, Zeman/Zemanová, Kolář/Kolářová, Navrátil/Navrátilová, Čermák/Čermáková, Vaněk/Vaňková, Urban/Urbanová, Blažek/Blažková, Kříž/Křížová, Kovář/Kovářová, Kratochvíl/Kratochvílová, Bartoš/Bartošová, Vlček/Vlčková, Polák/Poláková, Musil/Musilová, Kopecký/Kopecká, Šimek/Šimková, Konečný/Konečná, Malý/Malá, Holub/Holubová, Štěpánek/Štěpánková, Čech/Čechová, Kadlec/Kadlecová, Dostál/Dostálová, Soukup/Soukupová, Šťastný/Šťastná, Mareš/Marešová, Moravec/Moravcová, Sýkora/Sýkorová',
  ),
  sk: pool(
    'Sofia, Ema, Nina, Natália, Viktória, Nela, Lucia, Zuzana, Mária, Katarína, Jana, Martina, Monika, Andrea, Eva, Anna, Ivana, Simona, Veronika, Dominika',
    'Jakub, Samuel, Adam, Michal, Tomáš, Martin, Peter, Ján, Jozef, Marek, Lukáš, Matej, Juraj, Ľubomír, Miroslav, Štefan, Dušan, Milan, Vladimír, Róbert',
    'Horváth/Horváthová, Kováč/Kováčová, Varga/Vargová, Tóth/Tóthová, Nagy/Nagyová, Baláž/Balážová, Szabó/Szabóová, Molnár/Molnárová, Balog/Balogová, Lukáč/Lukáčová, Kollár/Kollárová, Németh/Némethová, Oravec/Oravcová, Hudák/Hudáková, Šimko/Šimková, Kráľ/Kráľová, Gajdoš/Gajdošová, Blaško/Blašková, Mráz/Mrázová, Sloboda/Slobodová, Kováčik/Kováčiková, Baran/Baranová, Černák/Černáková, Hrušovský/Hrušovská, Ďurica/Ďuricová',
  ),
  hu: pool(
    'Hanna, Anna, Zoé, Luca, Emma, Léna, Boglárka, Zsófia, Lili, Réka, Katalin, Erzsébet, Ilona, Éva, Mária, Judit, Ágnes, Krisztina, Andrea, Zsuzsanna, Enikő, Ildikó, Tímea, Nóra, Dóra',
    'Bence, Máté, Levente, Dominik, Marcell, Ádám, Balázs, Dániel, Gergő, Péter, László, István, József, Zoltán, Sándor, Gábor, Ferenc, Attila, Tamás, Zsolt, Csaba, Miklós, Tibor, Norbert, Gyula',
    'Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, Juhász, Lakatos, Mészáros, Oláh, Simon, Rácz, Fekete, Szilágyi, Török, Fehér, Balázs, Gál, Kis, Szűcs, Kocsis, Pintér, Fodor, Szalai, Sipos, Magyar, Lukács, Gulyás, Bíró, Király, Katona, Jakab, Boros, Fazekas, Kelemen, Antal, Orosz, Somogyi, Vörös, Győri',
    { familyFirst: 0.35 },
  ),
  ro: pool(
    'Maria, Ioana, Elena, Andreea, Alexandra, Ana, Mihaela, Cristina, Daniela, Gabriela, Raluca, Roxana, Alina, Bianca, Irina, Oana, Simona, Diana, Larisa, Ștefania, Iulia, Adina, Corina, Camelia, Loredana',
    'Andrei, Alexandru, Ion, Mihai, Ștefan, Gabriel, Cristian, Florin, Constantin, Daniel, Adrian, Bogdan, Marius, Vlad, Radu, Răzvan, Cătălin, Ionuț, Sorin, Dragoș, Lucian, Octavian, Tudor, Costin, Gheorghe',
    'Popa, Popescu, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Ionescu, Rusu, Constantin, Mihai, Munteanu, Ion, Florea, Lazăr, Mocanu, Marin, Moldovan, Tudor, Dinu, Diaconu, Toma, Neagu, Ene, Barbu, Nistor, Dobre, Șerban, Dragomir, Stanciu, Vasile, Cristea, Sandu, Ungureanu, Georgescu, Moraru, Dumitrescu, Iordache, Manea, Enache, Niculescu, Bălan, Preda, Lungu, Oprea, Țurcanu, Vlăduț',
  ),
  bg: pool(
    'Maria, Ivana, Elena, Desislava, Gergana, Teodora, Viktoria, Nikol, Aleksandra, Yoana, Radostina, Silvia, Tsvetelina, Petya, Snezhana, Nadezhda, Vesela, Kalina, Boryana, Rositsa',
    'Georgi, Ivan, Dimitar, Nikolay, Aleksandar, Hristo, Petar, Stoyan, Todor, Vasil, Kaloyan, Martin, Borislav, Plamen, Krasimir, Stefan, Yordan, Atanas, Lyubomir, Tsvetan',
    'Ivanov/Ivanova, Georgiev/Georgieva, Dimitrov/Dimitrova, Petrov/Petrova, Nikolov/Nikolova, Hristov/Hristova, Stoyanov/Stoyanova, Todorov/Todorova, Iliev/Ilieva, Vasilev/Vasileva, Atanasov/Atanasova, Petkov/Petkova, Angelov/Angelova, Kolev/Koleva, Yordanov/Yordanova, Marinov/Marinova, Popov/Popova, Mihaylov/Mihaylova, Stefanov/Stefanova, Kostov/Kostova, Dobrev/Dobreva, Pavlov/Pavlova, Zhelev/Zheleva, Tsvetkov/Tsvetkova, Genchev/Gencheva',
  ),
  el: pool(
    'Maria, Eleni, Katerina, Vasiliki, Sofia, Georgia, Dimitra, Anna, Ioanna, Angeliki, Konstantina, Christina, Panagiota, Evangelia, Despina, Athina, Zoi, Eirini, Theodora, Paraskevi',
    'Georgios, Dimitrios, Konstantinos, Ioannis, Nikolaos, Panagiotis, Vasileios, Christos, Athanasios, Michail, Evangelos, Spyridon, Stavros, Apostolos, Emmanouil, Theodoros, Alexandros, Kyriakos, Petros, Stylianos',
    'Papadopoulos/Papadopoulou, Papadakis/Papadaki, Georgiou, Oikonomou, Vasileiou, Nikolaou, Karagiannis/Karagianni, Konstantinidis/Konstantinidou, Pappas/Pappa, Dimitriou, Ioannou, Makris/Makri, Papageorgiou, Christodoulou, Athanasiou, Antoniou, Alexiou, Papanikolaou, Theodorou, Michailidis/Michailidou, Vlachos/Vlachou, Angelopoulos/Angelopoulou, Giannopoulos/Giannopoulou, Kostopoulos/Kostopoulou, Stavrou, Panagiotou, Pavlidis/Pavlidou, Triantafyllou, Tsakiris/Tsakiri, Charalambous',
  ),
  hr: pool(
    'Mia, Lucija, Ema, Ana, Petra, Marija, Ivana, Katarina, Maja, Iva, Martina, Nikolina, Tea, Lana, Dora, Sara, Mirjana, Snježana, Željka, Vesna',
    'Luka, David, Ivan, Jakov, Marko, Petar, Filip, Josip, Matej, Ante, Tomislav, Dario, Zoran, Goran, Krešimir, Dražen, Nikola, Hrvoje, Mario, Stjepan',
    'Horvat, Kovačević, Babić, Marić, Jurić, Novak, Kovačić, Knežević, Vuković, Marković, Petrović, Matić, Tomić, Pavlović, Kovač, Božić, Blažević, Grgić, Pavić, Radić, Perić, Filipović, Šarić, Lovrić, Vidović, Perković, Popović, Bošnjak, Jukić, Barišić, Ćorić, Šimić, Mikulić, Čačić',
  ),
  sl: pool(
    'Eva, Ema, Zala, Lara, Sara, Nika, Maja, Ana, Mojca, Nataša, Petra, Špela, Urška, Tjaša, Katja',
    'Luka, Jakob, Nik, Žiga, Jan, Tim, Matej, Aleš, Gregor, Janez, Boštjan, Marko, Rok, Primož, Uroš',
    'Novak, Horvat, Kovačič, Krajnc, Zupančič, Potočnik, Kovač, Mlakar, Kos, Vidmar, Golob, Turk, Kralj, Božič, Korošec, Bizjak, Zupan, Hribar, Kotnik, Kavčič, Rozman, Kastelic, Oblak, Petek, Žagar, Hočevar, Kolar, Košir, Koren, Klemenčič',
  ),
  et: pool(
    'Sofia, Maria, Eliise, Mia, Emma, Laura, Liisa, Kati, Kadri, Triin, Mari, Kristiina, Tiina, Külli, Ülle',
    'Rasmus, Robin, Oliver, Martin, Markus, Kristjan, Mart, Tõnu, Jaan, Andres, Toomas, Priit, Margus, Rein, Ülo',
    'Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Pärn, Koppel, Lepik, Kuusk, Karu, Oja, Kõiv, Lõhmus, Laur, Vaher, Kallas, Põder, Raudsepp, Luik, Kangur, Teder, Järv',
  ),
  lv: pool(
    'Anna, Sofija, Marta, Emīlija, Alise, Laura, Līga, Ilze, Inese, Kristīne, Dace, Anda, Ieva, Zane, Baiba',
    'Roberts, Jānis, Andris, Mārtiņš, Kārlis, Edgars, Aivars, Gatis, Raivis, Artūrs, Valdis, Ivars, Ēriks, Oskars, Rihards',
    'Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozoliņš/Ozoliņa, Jansons/Jansone, Ozols/Ozola, Liepiņš/Liepiņa, Krūmiņš/Krūmiņa, Balodis/Balode, Eglītis/Eglīte, Zariņš/Zariņa, Pētersons/Pētersone, Vītols/Vītola, Kļaviņš/Kļaviņa, Kārkliņš/Kārkliņa, Vanags/Vanaga, Zvirbulis/Zvirbule, Lūsis/Lūse, Putniņš/Putniņa, Siliņš/Siliņa, Strazdiņš/Strazdiņa',
  ),
  lt: pool(
    'Emilija, Amelija, Sofija, Lukrecija, Gabija, Ieva, Rūta, Agnė, Aušra, Jurgita, Rasa, Inga, Laima, Eglė, Vilma, Živilė',
    'Lukas, Matas, Jokūbas, Nojus, Dominykas, Tomas, Mantas, Andrius, Darius, Mindaugas, Vytautas, Saulius, Gintaras, Rimantas, Žydrūnas, Paulius',
    'Kazlauskas/Kazlauskienė, Jankauskas/Jankauskienė, Petrauskas/Petrauskienė, Stankevičius/Stankevičienė, Vasiliauskas/Vasiliauskienė, Žukauskas/Žukauskaitė, Butkus/Butkutė, Paulauskas/Paulauskienė, Urbonas/Urbonaitė, Kavaliauskas/Kavaliauskienė, Baranauskas/Baranauskienė, Pocius/Pociūtė, Navickas/Navickienė, Ramanauskas/Ramanauskienė, Sakalauskas/Sakalauskienė, Savickas/Savickienė, Rimkus/Rimkutė, Adomaitis/Adomaitytė, Lukoševičius/Lukoševičienė, Mockus/Mockutė',
  ),
  mt: pool(
    'Maria, Rebecca, Nicole, Francesca, Graziella, Doris, Rita, Carmen, Antonella, Roberta, Lara, Sarah, Martina, Giulia, Kristina, Marthese, Josette, Rosaria',
    'Joseph, John, Mario, Charles, Anthony, Carmel, Paul, Michael, Saviour, Ġorġ, Ġużeppi, Pawlu, Luke, Jake, Matthew, Kurt, Karl, Clayton',
    'Borg, Camilleri, Vella, Farrugia, Zammit, Galea, Micallef, Grech, Attard, Spiteri, Azzopardi, Mifsud, Agius, Pace, Sammut, Cassar, Caruana, Fenech, Debono, Gauci, Xuereb, Muscat, Schembri, Abela, Bonello, Ellul, Cutajar, Falzon, Buttigieg, Calleja',
  ),
  lb: pool(
    'Emma, Lea, Mia, Zoé, Anna, Lara, Nora, Chloé, Sophie, Claire, Léonie, Michèle',
    'Gabriel, Luca, Liam, Noah, Ben, Tom, Léo, Mathis, Jang, Jos, Gilles, Pit, Marc, Yves',
    'Schmit, Muller, Weber, Wagner, Hoffmann, Thill, Schiltz, Klein, Reuter, Majerus, Kieffer, Schroeder, Welter, Becker, Kremer, Hansen, Meyer, Diederich, Feller, Weis, Goedert, Lorang, Ries, Back',
  ),
  tr: pool(
    'Zeynep, Elif, Ayşe, Fatma, Emine, Merve, Büşra, Esra, Özge, Gizem, Derya, Selin, Ebru, Hatice, Şeyma, İrem, Damla, Gülşen, Yağmur, Çiğdem',
    'Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Yusuf, Ömer, Can, Cem, Serkan, Oğuz, Barış, Kerem, Uğur, Çağlar',
    'Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özer, Güneş, Erdoğan, Aktaş, Korkmaz, Çakır, Erdem, Koçak, Bulut, Yavuz, Akın, Özgür, Avcı, Kaplan, Tekin, Ünal, Acar, Taş, Karaca, Bozkurt, Güler',
  ),
  in: pool(
    'Aadhya, Ananya, Diya, Saanvi, Aaradhya, Pari, Anika, Navya, Myra, Priya, Pooja, Neha, Anjali, Deepika, Kavya, Divya, Shreya, Sneha, Meera, Lakshmi, Sunita, Rekha, Lavanya, Swati, Nandini, Ishita, Riya, Tanvi, Aishwarya, Harpreet, Simran, Fatima, Zainab, Gayathri, Pallavi',
    'Aarav, Vivaan, Aditya, Vihaan, Arjun, Sai, Reyansh, Ayaan, Krishna, Ishaan, Rahul, Amit, Rohan, Vikram, Rajesh, Suresh, Sanjay, Karthik, Arun, Pradeep, Venkatesh, Srinivas, Manoj, Deepak, Nikhil, Siddharth, Gurpreet, Harjeet, Mohammed, Imran, Abhishek, Varun, Kunal, Prakash, Ravi',
    "Sharma, Verma, Gupta, Singh, Kumar, Patel, Shah, Mehta, Joshi, Reddy, Rao, Nair, Menon, Iyer, Iyengar, Pillai, Naidu, Chowdhury, Banerjee, Chatterjee, Mukherjee, Das, Bose, Ghosh, Sen, Agarwal, Bansal, Jain, Kapoor, Khanna, Malhotra, Chopra, Bhatia, Sethi, Saxena, Srivastava, Mishra, Pandey, Tiwari, Dubey, Yadav, Thakur, Desai, Kulkarni, Deshpande, Patil, Gill, Sandhu, Dhillon, Khan, Qureshi, Ansari, Fernandes, D'Souza, Krishnan, Subramanian, Venkataraman, Raghavan",
  ),
  ng: pool(
    'Chiamaka, Ngozi, Adaeze, Chidinma, Nneka, Amaka, Ifeoma, Folake, Funmilayo, Adebola, Titilayo, Yetunde, Bukola, Temitope, Aisha, Fatima, Zainab, Hadiza, Amina, Blessing, Precious, Grace, Favour, Esther, Mercy, Ebere, Ijeoma, Uchenna, Kemi, Oluwaseun',
    'Chinedu, Emeka, Obinna, Chukwuemeka, Ikenna, Nnamdi, Uche, Chibuzo, Tochukwu, Adewale, Babajide, Olumide, Ayodele, Tunde, Segun, Femi, Kayode, Oluwafemi, Abdullahi, Ibrahim, Musa, Sani, Usman, Yusuf, Aliyu, Emmanuel, Samuel, Godwin, Kingsley, Victor',
    'Okafor, Okonkwo, Eze, Nwosu, Okeke, Chukwu, Obi, Nwachukwu, Onyeka, Anyanwu, Adeyemi, Adebayo, Ogunleye, Oladipo, Adewale, Balogun, Afolabi, Ogunbiyi, Olaniyan, Akinola, Bankole, Fashola, Adeleke, Bello, Abubakar, Mohammed, Ibrahim, Musa, Suleiman, Danjuma, Yakubu, Lawal, Usman, Garba, Okoro, Edet, Effiong, Bassey, Etim, Okon, Ekpo, Ogbonna, Uzor, Nwankwo, Onuoha, Ibekwe, Ojo, Ajayi, Ọlátúnjí, Àdìgún',
  ),
  zh: pool(
    'Xiuying, Yan, Jing, Fang, Li, Min, Ling, Hui, Mei, Xin, Yuxin, Ting, Xue, Qian, Yiting, Shuang, Lu, Dan, Zihan, Yutong, Xinyi, Ruoxi, Siqi, Jiayi, Mengyao, Wanting, Yuqing, Huan, Lili, Xiaohong',
    'Wei, Qiang, Lei, Jun, Yong, Jie, Tao, Ming, Chao, Hao, Bo, Peng, Gang, Jian, Yang, Zhiwei, Haoran, Yuxuan, Zihao, Junjie, Jiahao, Tianyu, Yichen, Zhenhua, Xiaoming, Guoqiang, Jianguo, Kai, Rui, Long',
    'Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Gao, Lin, Luo, Zheng, Liang, Xie, Song, Tang, Han, Feng, Deng, Cao, Peng, Zeng, Xiao, Tian, Dong, Yuan, Pan, Jiang, Cai, Yu, Du, Ye, Cheng, Wei, Su, Lü, Ding, Ren, Shen, Yao, Ouyang',
    { familyFirst: 0.4 },
  ),
  ja: pool(
    'Yui, Aoi, Hina, Himari, Mei, Sakura, Yuna, Rin, Koharu, Akari, Haruka, Yuki, Ayaka, Misaki, Nanami, Yōko, Keiko, Naoko, Tomoko, Kumiko, Mariko, Emi, Ai, Saki, Mio',
    'Haruto, Sōta, Yuto, Riku, Ren, Hinata, Minato, Takumi, Daiki, Kaito, Hiroshi, Takeshi, Kenji, Satoshi, Kazuki, Shōta, Ryōta, Naoki, Tetsuya, Makoto, Akira, Kenta, Tarō, Yūsuke, Kōhei',
    'Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Yamazaki, Mori, Abe, Ikeda, Hashimoto, Yamashita, Ishikawa, Nakajima, Maeda, Fujita, Ogawa, Goto, Okada, Hasegawa, Murakami, Kondo, Ishii, Saito, Sakamoto, Endo, Aoki, Fujii, Nishimura, Fukuda, Ota, Miura, Satō, Itō, Katō, Saitō, Ōno',
    { familyFirst: 0.2 },
  ),
  ko: pool(
    'Seo-yeon, Ji-woo, Ha-eun, Seo-yun, Min-seo, Ji-yoo, Yoon-seo, Chae-won, Ji-min, Su-bin, Hye-jin, Eun-ji, Min-ji, Yu-na, Soo-jin, Ji-hye, Hyun-joo, Eun-young, Mi-kyung, Young-hee',
    'Min-jun, Seo-jun, Do-yun, Ye-jun, Si-woo, Ha-jun, Ji-ho, Joon-young, Hyun-woo, Ji-hoon, Sung-min, Jae-won, Dong-hyun, Tae-yang, Sang-woo, Jin-ho, Young-soo, Kwang-ho, Seung-hyun, Woo-jin',
    'Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, Song, Jeon, Hong, Yoo, Ko, Moon, Yang, Son, Bae, Baek, Heo, Nam, Sim, Noh, Ha, Kwak, Sung, Cha, Joo, Woo, Koo, Min, Ryu, Na, Jin, Um, Chae, Won, Cheon, Bang, Gong, Hyun, Yeo',
    { familyFirst: 0.3 },
  ),
  ar: pool(
    'Nour, Mariam, Salma, Malak, Jana, Farida, Habiba, Hana, Yasmin, Aya, Fatma, Aisha, Mona, Rania, Dina, Heba, Nesma, Shaimaa, Amira, Noha, Reem, Sara, Laila, Menna, Esraa, Mai, Marwa, Doaa, Ghada, Sherine',
    'Mohamed, Ahmed, Mahmoud, Mostafa, Omar, Youssef, Ali, Hassan, Hussein, Ibrahim, Khaled, Amr, Tarek, Karim, Sherif, Hany, Waleed, Islam, Osama, Ayman, Hesham, Ashraf, Sameh, Tamer, Ramy, Mina, Bishoy, Fady, Kirollos, Abdelrahman',
    'Mohamed, Ahmed, Hassan, Ali, Mahmoud, Ibrahim, Abdel Rahman, Abdelaziz, El-Sayed, Mostafa, Saleh, Farouk, Khalil, Mansour, Fahmy, Soliman, Youssef, Hamdy, Ashour, Gaber, Shawky, Ramadan, Salem, Nasser, El-Masry, El-Sherif, Zaki, Abdallah, Hegazy, Amin, Fawzy, Naguib, Ghali, Boutros, Tadros, Girgis, Hanna, Wahba, Iskander, Morsi, Sabry, Kamel, Radwan, Helmy, Taha, Fouad, Adel, Magdy, Abou El-Ela, Abd El-Fattah',
  ),
  za: pool(
    'Thandiwe, Nomvula, Lindiwe, Nokuthula, Zanele, Sibongile, Thembi, Palesa, Lerato, Refilwe, Naledi, Ayanda, Nandi, Zinhle, Busisiwe, Nosipho, Mbali, Khanyisile, Dineo, Kgomotso',
    'Sipho, Thabo, Themba, Bongani, Mandla, Sibusiso, Lwazi, Lungile, Siyabonga, Tshepo, Kagiso, Lebogang, Mpho, Tumelo, Katlego, Xolani, Vusi, Musa, Jabulani, Andile',
    'Dlamini, Nkosi, Ndlovu, Khumalo, Mthembu, Zulu, Mkhize, Ngcobo, Buthelezi, Cele, Shabalala, Zungu, Mahlangu, Sithole, Mabaso, Mokoena, Molefe, Tshabalala, Radebe, Mathebula, Baloyi, Maluleke, Motaung, Masilela, Mokwena, Nhlapo, Gumede, Majola, Mazibuko, Xaba, Pillay, Naidoo, Govender, Moodley, Mabuza, Ntuli, Hlongwane, Mkhabela, Sibiya, Zwane, Mtshali, Ngubane',
  ),
  af: pool(
    'Annelie, Marietjie, Elna, Liezl, Anri, Carike, Elize, Hanli, Jolandi, Riana, Mariska, Wilna, Ané, Suné',
    'Pieter, Johan, Gert, Hendrik, Jaco, Francois, Riaan, Schalk, Wynand, Danie, Kobus, Ruan, Deon, Wessel',
    'Botha, van der Merwe, Pretorius, Nel, du Plessis, Venter, Coetzee, Joubert, Steyn, Kruger, Fourie, van Wyk, le Roux, Swanepoel, Viljoen, Potgieter, Marais, Erasmus, Jacobs, Vermaak, de Villiers, Brink',
  ),
};
