// Street addresses in US, UK, German, French and Indian formats (and neighbours); prose with numbers stays.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

describe('street address detector', () => {
  it.each([
    ['350 Fifth Avenue, Suite 3300, New York, NY 10118', 'US with unit, city, state and ZIP'],
    ['1600 Amphitheatre Parkway, Mountain View, CA 94043', 'US with a two-word city'],
    ['500 W 2nd St, Suite 1900, Austin, TX 78701', 'US with direction and ordinal'],
    ['1 Broadway, Cambridge, MA 02142', 'Broadway without a street name'],
    ['221B Baker Street, London NW1 6XT', 'UK with postcode'],
    ['3 Piccadilly Place, Manchester M1 3BN', 'UK'],
    ['100 King Street West, Toronto, ON M5X 1A9', 'Canada'],
    ['Friedrichstraße 123, 10117 Berlin', 'Germany'],
    ['Friedrichstr. 12, 10117 Berlin', 'Germany, abbreviated'],
    ['Keizersgracht 123, 1015 CJ Amsterdam', 'Netherlands'],
    ['12 rue de la Paix, 75002 Paris', 'France'],
    ['Via Roma 12, 00184 Roma', 'Italy'],
    ['ul. Marszałkowska 10, 00-590 Warszawa', 'Poland'],
    ['Flat 402, 12th Main Road, Indiranagar, Bengaluru 560038', 'India, flat and PIN'],
    ['House No. 42, Sector 15, Navi Mumbai 400614', 'India, house number'],
    ['P.O. Box 1234', 'post box'],
  ])('finds %s (%s)', (address) => {
    expect(foundOf('STREET_ADDRESS', `Ship to ${address}. Thanks!`)).toEqual([address]);
  });

  it.each([
    ['5959 Broderick Spur Apt. 293', 'US, a USPS street type and a unit'],
    ['Forsbergs Gata 362', 'Sweden, the type as its own word'],
    ['Kocatepe Caddesi 46c', 'Turkey'],
    ['Pitkänenkuja 3', 'Finland'],
    ['Anenské Náměstí 45', 'Czechia'],
    ['Amthausstrasse 71a Zimmer 389', 'Switzerland with a room'],
    ['6030 Avenida Núbia Apto. 436', 'Brazil with a flat that the street name must not swallow'],
    ['Aleea Costaforu, Bloc 58', 'Romania with a block number'],
    ['Rambla Catalunya 12', 'Spain'],
    ['skwer Młynarczyk 63b', 'Poland'],
    ['Apt 4B, 221 Baker Street', 'a unit written before the street'],
    ['544 Jacobson Unions', 'US, a plural USPS street type'],
    ['58355 Dutta Lodge', 'India, a USPS street type that is a noun'],
    ['Elmevej 5, 4. th', 'Denmark with floor and side'],
    ['Lottedijk 638 II, 8870 HM Tjams', 'Netherlands with a unit numeral and a postcode'],
    ['Nygränden 683 Lgh. 873', 'Sweden, a street in the definite form, with a flat'],
    ['Mikaellinja 58 B 6', 'Finland, staircase and flat'],
    ['Subida Susana s/n., 17048 Motril', 'Spain, no house number'],
    ['Travessa Marco Reis 7731, 1878-264 Montijo', 'Portugal with a 4-3 postcode'],
    ['Largo Jaime Melo 29-Escr.', 'Portugal with a unit joined to the number'],
    ['37454 Marginal Lorenzo', 'Brazil, a prefix type after the number'],
    ['Calle 50 12-34', 'a numbered street after a prefix'],
    ['Avenida Presidente do Brasil 45', 'a particle inside the name'],
    ['3640 Varma Station Apt. 12', 'a USPS street type that is an everyday noun, capitalised'],
    ['6 Abner Brae', 'a Scottish street type'],
    ['Křeslická 7 Suite 342', 'Czechia, a street without a type word, known by its unit'],
    ['Niedergams 69a 8 OG', 'Austria, a street without a type word and a floor'],
    ['Tinghaugen 5, 0560 Nærhamn', 'Norway, a street without a type word, known by its postcode and town'],
    ['Furuhaugen 43 Oppgang A', 'Norway, a street in the definite form with a staircase'],
    ['Bem rkp. 97', 'Hungary, an abbreviated street type'],
    ['Carretera Teresa s/n., Orense', 'Spain, no house number and no digit anywhere'],
    ['Acesso Pilar Medeiros 172-Terr.', 'Portugal with a unit joined to the number'],
    ['Juliapark 400b 3 hoog', 'Netherlands with a floor'],
    ['вул. Шевченка, 12, Київ, 01001', 'Ukraine, in Cyrillic'],
    ['проспект Вічева, 318 кв. 503', 'Ukraine with a flat'],
    ['Рудного майдан, 4', 'Ukraine, the square after its name'],
    ['ул. Ленина, д. 5, кв. 12, Москва', 'Russia, house and flat labelled'],
    ['Oravská 41, Detva', 'Slovakia, an adjective for a street, then its town'],
    ['Krasovského 4, Bratislava', 'Slovakia, a possessive for a street'],
  ])('finds %s (%s)', (address) => {
    expect(foundOf('STREET_ADDRESS', `Ship to ${address}. Thanks!`)).toEqual([address]);
  });

  it.each([
    ['Name Surname\n11 Školní 939\nApt. 827\nKaplice', '11 Školní 939\nApt. 827\nKaplice', 'number, street, number, then a unit'],
    ['Name Surname\n52 Ibirapita 8057\nErwetegem 23823', '52 Ibirapita 8057\nErwetegem 23823', 'number, street, number, then town and postcode'],
    ['Name Surname\nRadbuzská 4\nRalsko 609 81', 'Radbuzská 4\nRalsko 609 81', 'street and number, then a Czech postcode'],
    ['We moved to 12 Main Street, Kalamazoo last month', '12 Main Street, Kalamazoo', 'a town before lower-case prose'],
    ['Ship to 213 Avenida Albuquerque, Macedo do Norte.', '213 Avenida Albuquerque, Macedo do Norte', 'a town with a particle'],
    ['Ship to Opatřilka 71, 469 63 Uherský Brod.', 'Opatřilka 71, 469 63 Uherský Brod', 'a postcode of 3 + 2 digits'],
    ['Ship to 442 Labadie Croft Suite 617\nKutch-on-Heaney, LL75 9OC', '442 Labadie Croft Suite 617\nKutch-on-Heaney, LL75 9OC', 'a UK-shaped postcode with letters the Royal Mail does not use'],
    ['Send it to Bekkegrenda 3 Leil. 789.', 'Bekkegrenda 3 Leil. 789', 'a unit abbreviation is not a sentence end'],
    ['Meet me at 12 Main Street i think', '12 Main Street', 'a lower-case "i" is not a unit numeral'],
    ['I live at 1 Main Street, Douglas, Isle of Man.', '1 Main Street, Douglas, Isle of Man', 'a country with a joining word'],
    ['Ship to 6 Abner Brae, East Yundt Cross, Turks and Caicos Islands by Friday', '6 Abner Brae, East Yundt Cross, Turks and Caicos Islands', 'a country of four words and "and"'],
    ['Ship to 60 Fay Street\nSt. Ferry Heath, NI2 5TE', '60 Fay Street\nSt. Ferry Heath, NI2 5TE', 'a town abbreviated "St."'],
    ['Ship to Calle José, 6, 75371 Jerez de la Frontera.', 'Calle José, 6, 75371 Jerez de la Frontera', 'particles in the town after a postcode'],
    ['Ship to Moosweg 40c, 82716 Oldenburg (Oldenburg).', 'Moosweg 40c, 82716 Oldenburg (Oldenburg)', 'a town with its district in brackets'],
    ['Ship to 22681 Herman Skyway, Grand Falls–Windsor, Canada', '22681 Herman Skyway, Grand Falls–Windsor, Canada', 'a town joined by an en dash'],
    ['Ship to 49358 Guha Forge\nRajnandgaon, MH 109 741', '49358 Guha Forge\nRajnandgaon, MH 109 741', 'an Indian state and PIN'],
    ['I now live in the corner of Kapelaniestraat 88 and Whittaker Street', 'the corner of Kapelaniestraat 88 and Whittaker Street', 'a street corner'],
    ['Ship to 12 Main Street, Kalamazoo and I will pay', '12 Main Street, Kalamazoo', '"and I" is not part of the town'],
    ['Meet me at PSC 1437, Box 3833\nAPO AA 66791', 'PSC 1437, Box 3833\nAPO AA 66791', 'US military mail, army post office'],
    ['Send it to USNS Sekerková\nFPO AA 65728? Thanks', 'USNS Sekerková\nFPO AA 65728', 'US military mail, a ship'],
    ['>Alma Jensen\n>91215 Harjukuja 54\n>Suite 318\n>SEINÄJOKI\n>Finland 38524', '91215 Harjukuja 54\n>Suite 318\n>SEINÄJOKI\n>Finland 38524', 'a quoted block'],
    ['Our offices are at 6076 Piroska u. 97.\nPorto Alegre', '6076 Piroska u. 97.\nPorto Alegre', 'Hungary, "u." for utca'],
    ['The bus drops you off at 518 Árpád fejedelem útja 62 daily', '518 Árpád fejedelem útja 62', 'Hungary, a lower-case word in the name'],
    ['We met at Locavore, 641 Dašická 688, Turkovice u Prelouce', '641 Dašická 688, Turkovice u Prelouce', 'a house number before and after the street'],
    ['Please return to 72134 Coronilla 3599\nNijmegen\n, GE\n Netherlands 62971 soon', '72134 Coronilla 3599\nNijmegen\n, GE\n Netherlands 62971', 'a block that starts inside a sentence'],
    ['Juliusz lives at 28919 136 Filadelfeos Str., Klirou', '28919 136 Filadelfeos Str., Klirou', 'the abbreviation "Str."'],
    ['naomi ryan\n3747 3911 fourth avenue suite 112 calgary alberta', '3747 3911 fourth avenue suite 112 calgary alberta', 'an ordinal written out, in lower case'],
    ['The title refers to C/ Señores Curas 88 street in town.', 'C/ Señores Curas 88', 'Spain, "C/" for calle'],
    ['Trivo lives on Grössgstötten 50 street.', 'Grössgstötten 50', 'the word street after the number'],
    ['the early shows on Berg Hills Street were important', 'Berg Hills Street', 'a street named without a number'],
    ['change it to the corner of ul. Cicha 86 and Leokadia Trail?', 'the corner of ul. Cicha 86 and Leokadia Trail', 'a corner with lower-case words'],
    ['Meet me at the corner of Sonny Court and Rzemieślnicza', 'the corner of Sonny Court and Rzemieślnicza', 'a corner of which one street has a type'],
    ['It is 9599 Ringgränd Suite 698 Haag Louisiana', '9599 Ringgränd Suite 698 Haag Louisiana', 'a unit after a street without a type word'],
    ['Send it to 308 Čajakova\n Apt. 180\n Badoberan\n Saudi Arabia', '308 Čajakova\n Apt. 180\n Badoberan\n Saudi Arabia', 'the unit on the next line'],
    ['Send it to 601 Grassellijeva ulica\n Suite 860\n Karstula\n Pakistan 3156VJ', '601 Grassellijeva ulica\n Suite 860\n Karstula\n Pakistan 3156VJ', 'Slovenian "ulica", a Dutch postcode without its space'],
    ['Ship to Quadra Rodrigues, 23\nThomasside, VT 40881', 'Quadra Rodrigues, 23\nThomasside, VT 40881', 'Brazil, "Quadra"'],
    ['Ship to Flat 20\n12 Rose Lane, Leeds', 'Flat 20\n12 Rose Lane, Leeds', 'a flat on the line above the street'],
    ['Please return to Štetinova 2366\nMäntsälä\n, TX\n Brazil 1800 soon', 'Štetinova 2366\nMäntsälä\n, TX\n Brazil 1800', 'a street that ends its line inside a sentence'],
    ['Send to Largo Diego Carneiro, 18, Lisboa', 'Largo Diego Carneiro, 18, Lisboa', 'a name starting like a particle ("Di" of "Diego")'],
    ['Ship to 5 rue d\'Italie, Paris', '5 rue d\'Italie, Paris', 'an elided particle'],
    ['Dataweave\n\nFuglie 41 Popović Dam\n Suite 860\n UPPLANDS VÄSBY\n Sweden 56687', 'Fuglie 41 Popović Dam\n Suite 860\n UPPLANDS VÄSBY\n Sweden 56687', 'the line above a unit line'],
    ['Address:\nSidler Pines Lexstraat\n Suite 062\n Jakefort\n India 4229', 'Sidler Pines Lexstraat\n Suite 062\n Jakefort\n India 4229', 'a street line without a number above a unit line'],
  ])('finds the block in %j (%s)', (text, address) => {
    expect(foundOf('STREET_ADDRESS', text)).toEqual([address]);
  });

  it.each([
    'Our Spring 2019 collection is out',
    'Season 2\nSummer 2019 was great',
    '3333 February 03, 2015 at 05:18 AM post',
    'January 28, 2015 at 05:41 PM January 28, 2015',
    'Chapter 11\nVerse 3',
    'We drove 5 miles to the camp and 3 more to the lake',
    'Season 2 of Parque Central aired in 2019',
    'Meet me at the corner of Bob and Alice',
    'Usain ran 100 m. in 9.58 seconds',
    'We played Chelsea 3 times this season',
    'Anna Nováková 3, Petr Svoboda 2: the votes are in',
    'Verda lives on 33 rooms and more',
    'We met at The Main Street Cafe',
    'He scored 3 Goals 2\nin the final',
  ])('leaves %j (near misses of the block rules)', (text) => {
    expect(foundOf('STREET_ADDRESS', text)).toEqual([]);
  });

  it('does not take a name after the street for a town', () => {
    expect(foundOf('STREET_ADDRESS', 'It was 12 Main Street, Tom said.')).toEqual(['12 Main Street']);
  });

  it('leaves a name line above a unit line to the person rules', () => {
    const text = 'John Smith\nSuite 500\nNew York, NY 10001';
    expect(foundOf('STREET_ADDRESS', text).join(' ')).not.toContain('John');
    expect(foundOf('PERSON', text)).toEqual(['John Smith']);
  });

  it('ends a block at a phone number on the next line', () => {
    const text = 'Dreux Joly\nPSC 3294, Box 9168\nAPO AA 61487\n416 60 039 office';
    expect(foundOf('STREET_ADDRESS', text)).toEqual(['PSC 3294, Box 9168\nAPO AA 61487']);
  });

  it('follows an address block over lines, up to a labelled field', () => {
    const text = 'Taylor Barabás\n27 2279 President St\nGleniti\nCanada 32586\nMobile: 041-412-293';
    expect(foundOf('STREET_ADDRESS', text)).toEqual(['27 2279 President St\nGleniti\nCanada 32586']);
  });

  it.each([
    'I walked 5 miles down the road to the station.',
    'We grew revenue 3 times over the last 12 months, and the main reason is the team.',
    'Join 200 people on the way to the park this Sunday.',
    'Version 2 of the API is live.',
  ])('leaves "%s"', (text) => {
    expect(foundOf('STREET_ADDRESS', text)).toEqual([]);
  });
});
