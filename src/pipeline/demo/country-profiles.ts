// Where the synthetic members live: countries, subdivisions, cities, streets and naming mixes.
//
// Weights roughly follow the shape of a large professional network (many US and Indian members, a
// long tail of smaller countries) so that policy packs keyed by country and subdivision meet a
// realistic mix. Subdivision codes are ISO 3166-2; postcodes are patterns where `#` is a digit and
// `@` a letter, so an address in Munich gets an 80xxx postcode rather than a random one.
import type { NamePoolId } from './name-pools.js';
import { WeightedList } from './seeded-random.js';

/** The five ways of writing a street address the generator knows. */
export type AddressStyle = 'us' | 'uk' | 'de' | 'fr' | 'in';

/** A city and the pattern of its postcodes. */
export interface City {
  readonly name: string;
  readonly postcode: string;
}

/** A part of a country with its own cities, and optionally its own naming mix and area codes. */
export interface Region {
  /** ISO 3166-2 code; absent for countries whose members carry no subdivision. */
  readonly subdivision?: string;
  readonly cities: readonly City[];
  readonly pools?: WeightedList<NamePoolId>;
  /** North American area codes, for phone numbers that match the place. */
  readonly areaCodes?: readonly string[];
}

/** One country of the synthetic network. */
export interface CountryProfile {
  readonly code: DemoCountry;
  readonly eu: boolean;
  readonly pools: WeightedList<NamePoolId>;
  readonly regions: WeightedList<Region>;
  /** Every region, for lookups by subdivision. */
  readonly regionList: readonly Region[];
  /** Share of members whose record leaves the subdivision out although the country has them. */
  readonly withoutSubdivision: number;
  readonly addressStyle: AddressStyle;
  readonly streets: readonly string[];
}

/** The countries members live in. */
export type DemoCountry =
  | 'US' | 'CA' | 'MX' | 'BR' | 'GB' | 'IE' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'NL' | 'LU' | 'ES' | 'PT'
  | 'IT' | 'SE' | 'DK' | 'NO' | 'FI' | 'PL' | 'CZ' | 'SK' | 'HU' | 'RO' | 'BG' | 'GR' | 'HR' | 'SI' | 'EE'
  | 'LV' | 'LT' | 'MT' | 'CY' | 'TR' | 'IN' | 'NG' | 'ZA' | 'EG' | 'AU' | 'CN' | 'JP' | 'KR';

/** The EU-27, whose members the linkedin-2024 pack treats differently. */
export const EU_COUNTRIES: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

type PoolMix = string;

/** Parses `en 60, es-mx 12` into a weighted list of naming pools. */
function mix(text: PoolMix): WeightedList<NamePoolId> {
  return new WeightedList(
    text.split(',').map((part) => {
      const [id, weight] = part.trim().split(' ');
      return [id as NamePoolId, Number(weight)] as const;
    }),
  );
}

/** Parses `Berlin=10###; Potsdam=14###` into cities. */
function cities(text: string): readonly City[] {
  return text.split(';').map((part) => {
    const [name = '', postcode = ''] = part.split('=');
    return { name: name.trim(), postcode: postcode.trim() };
  });
}

interface RegionSpec {
  readonly subdivision?: string;
  readonly weight: number;
  readonly cities: string;
  readonly pools?: PoolMix;
  readonly areaCodes?: string;
}

const r = (subdivision: string | null, weight: number, cityList: string, extra: { pools?: PoolMix; areaCodes?: string } = {}): RegionSpec => ({
  ...(subdivision === null ? {} : { subdivision }),
  weight,
  cities: cityList,
  ...extra,
});

interface CountrySpec {
  readonly weight: number;
  readonly pools: PoolMix;
  readonly style: AddressStyle;
  readonly streets: string;
  readonly regions: readonly RegionSpec[];
  readonly withoutSubdivision?: number;
}

const SPECS: Readonly<Record<DemoCountry, CountrySpec>> = {
  US: {
    weight: 220, pools: 'en 60, es-mx 12, in 7, zh 5, ko 2, ng 2, ar 2, de 2, it 2, ga 2, pl 1, ja 1, pt-br 1, el 1', style: 'us', withoutSubdivision: 0.08,
    streets: 'Main Street; Oak Avenue; Maple Street; Elm Street; Sunset Boulevard; Park Avenue; Washington Street; Lakeview Drive; Cedar Lane; Pine Street; Market Street; Broadway',
    regions: [
      r('US-CA', 18, 'San Francisco=941##; Los Angeles=900##; San Diego=921##; San Jose=951##; Oakland=946##; Sacramento=958##', { areaCodes: '415 628 510 650 408 213 310 424 619 858 916' }),
      r('US-NY', 12, 'New York=100##; Brooklyn=112##; Buffalo=142##; Rochester=146##', { areaCodes: '212 646 332 718 347 917 716 585' }),
      r('US-TX', 11, 'Austin=787##; Houston=770##; Dallas=752##; San Antonio=782##', { areaCodes: '512 737 713 832 281 214 469 972 210' }),
      r('US-WA', 5, 'Seattle=981##; Bellevue=980##; Redmond=980##; Spokane=992##', { areaCodes: '206 425 253 509' }),
      r('US-MA', 5, 'Boston=021##; Cambridge=021##; Worcester=016##', { areaCodes: '617 857 508 781' }),
      r('US-IL', 5, 'Chicago=606##; Evanston=602##; Naperville=605##', { areaCodes: '312 773 872 847 630' }),
      r('US-FL', 6, 'Miami=331##; Orlando=328##; Tampa=336##; Jacksonville=322##', { areaCodes: '305 786 407 813 904' }),
      r('US-GA', 3, 'Atlanta=303##; Savannah=314##', { areaCodes: '404 678 470 912' }),
      r('US-CO', 3, 'Denver=802##; Boulder=803##', { areaCodes: '303 720' }),
      r('US-VA', 3, 'Arlington=222##; Richmond=232##', { areaCodes: '703 571 804' }),
      r('US-NJ', 3, 'Jersey City=073##; Newark=071##; Princeton=085##', { areaCodes: '201 973 609' }),
      r('US-PA', 3, 'Philadelphia=191##; Pittsburgh=152##', { areaCodes: '215 267 412' }),
      r('US-NC', 3, 'Raleigh=276##; Charlotte=282##; Durham=277##', { areaCodes: '919 984 704' }),
      r('US-OR', 2, 'Portland=972##', { areaCodes: '503 971' }),
      r('US-MN', 2, 'Minneapolis=554##; Saint Paul=551##', { areaCodes: '612 651' }),
      r('US-MI', 2, 'Detroit=482##; Ann Arbor=481##', { areaCodes: '313 734' }),
      r('US-OH', 2, 'Columbus=432##; Cleveland=441##', { areaCodes: '614 216' }),
      r('US-AZ', 2, 'Phoenix=850##; Tucson=857##', { areaCodes: '602 480 520' }),
      r('US-UT', 1, 'Salt Lake City=841##', { areaCodes: '801 385' }),
      r('US-DC', 1, 'Washington=200##', { areaCodes: '202' }),
    ],
  },
  CA: {
    weight: 30, pools: 'en 62, fr 12, in 9, zh 8, ar 3, ko 2, it 2, pt 1, es-mx 1', style: 'us', withoutSubdivision: 0.1,
    streets: 'Yonge Street; King Street West; Robson Street; Jasper Avenue; Queen Street; Bank Street',
    regions: [
      r('CA-ON', 40, 'Toronto=M5V #@#; Ottawa=K1P #@#; Waterloo=N2L #@#; Mississauga=L5B #@#', { areaCodes: '416 647 437 613 519 905' }),
      r('CA-QC', 22, 'Montréal=H2X #@#; Québec=G1R #@#; Laval=H7N #@#', { areaCodes: '514 438 418 450', pools: 'fr 75, en 12, ar 6, zh 4, es-mx 3' }),
      r('CA-BC', 18, 'Vancouver=V6B #@#; Victoria=V8W #@#; Burnaby=V5H #@#', { areaCodes: '604 778 250' }),
      r('CA-AB', 12, 'Calgary=T2P #@#; Edmonton=T5J #@#', { areaCodes: '403 587 780 825' }),
      r('CA-NS', 4, 'Halifax=B3H #@#', { areaCodes: '902 782' }),
      r('CA-MB', 4, 'Winnipeg=R3C #@#', { areaCodes: '204 431' }),
    ],
  },
  MX: {
    weight: 28, pools: 'es-mx 100', style: 'de', withoutSubdivision: 0.15,
    streets: 'Avenida Paseo de la Reforma; Calle Madero; Avenida Insurgentes Sur; Calle Hidalgo; Avenida Juárez; Calle Morelos',
    regions: [
      r('MX-CMX', 45, 'Ciudad de México=0####'),
      r('MX-JAL', 20, 'Guadalajara=44###; Zapopan=45###'),
      r('MX-NLE', 20, 'Monterrey=64###; San Pedro Garza García=66###'),
      r('MX-PUE', 8, 'Puebla=72###'),
      r('MX-YUC', 7, 'Mérida=97###'),
    ],
  },
  BR: {
    weight: 55, pools: 'pt-br 92, it 3, de 3, ja 2', style: 'de', withoutSubdivision: 0.15,
    streets: 'Rua Augusta; Avenida Paulista; Rua Oscar Freire; Avenida Atlântica; Rua da Consolação; Rua XV de Novembro',
    regions: [
      r('BR-SP', 40, 'São Paulo=0####-###; Campinas=13###-###'),
      r('BR-RJ', 20, 'Rio de Janeiro=2####-###; Niterói=24###-###'),
      r('BR-MG', 12, 'Belo Horizonte=30###-###'),
      r('BR-RS', 8, 'Porto Alegre=90###-###'),
      r('BR-PR', 8, 'Curitiba=80###-###'),
      r('BR-PE', 6, 'Recife=50###-###'),
      r('BR-DF', 6, 'Brasília=70###-###'),
    ],
  },
  GB: {
    weight: 45, pools: 'en 76, in 9, ga 3, pl 3, ng 3, ar 2, zh 2, it 1, pt 1', style: 'uk', withoutSubdivision: 0.5,
    streets: "High Street; Station Road; Church Lane; Victoria Road; Baker Street; Mill Lane; Park Road; Queen's Road; Kingsway; Green Lane",
    regions: [
      r('GB-ENG', 84, 'London=EC2@ #@@; London=SW1@ #@@; London=N1 #@@; Manchester=M1 #@@; Birmingham=B1 #@@; Leeds=LS1 #@@; Bristol=BS1 #@@; Cambridge=CB2 #@@; Oxford=OX1 #@@; Reading=RG1 #@@'),
      r('GB-SCT', 8, 'Edinburgh=EH1 #@@; Glasgow=G1 #@@; Aberdeen=AB10 #@@'),
      r('GB-WLS', 5, 'Cardiff=CF10 #@@; Swansea=SA1 #@@'),
      r('GB-NIR', 3, 'Belfast=BT1 #@@'),
    ],
  },
  IE: {
    weight: 7, pools: 'ga 55, en 30, pl 6, pt-br 4, in 3, ng 2', style: 'uk',
    streets: "Main Street; O'Connell Street; Grafton Street; Church Road; Strand Road; Baggot Street",
    regions: [r(null, 1, 'Dublin=D02 @###; Dublin=D04 @###; Cork=T12 @###; Galway=H91 @###; Limerick=V94 @###')],
  },
  DE: {
    weight: 40, pools: 'de 82, tr 6, pl 3, it 2, el 2, ar 2, ro 2, hr 1', style: 'de', withoutSubdivision: 0.6,
    streets: 'Hauptstraße; Bahnhofstraße; Schillerstraße; Goethestraße; Lindenweg; Friedrichstraße; Am Markt; Kastanienallee; Gartenstraße; Königsallee',
    regions: [
      r('DE-BE', 10, 'Berlin=10###; Berlin=12###'),
      r('DE-BY', 16, 'München=80###; Nürnberg=90###; Augsburg=86###'),
      r('DE-NW', 22, 'Köln=50###; Düsseldorf=40###; Dortmund=44###; Essen=45###; Bonn=53###'),
      r('DE-HH', 6, 'Hamburg=20###; Hamburg=22###'),
      r('DE-HE', 9, 'Frankfurt am Main=60###; Darmstadt=64###; Wiesbaden=65###'),
      r('DE-BW', 13, 'Stuttgart=70###; Karlsruhe=76###; Heidelberg=69###; Freiburg im Breisgau=79###'),
      r('DE-SN', 5, 'Leipzig=04###; Dresden=01###'),
      r('DE-NI', 9, 'Hannover=30###; Göttingen=37###'),
    ],
  },
  AT: {
    weight: 7, pools: 'de 88, tr 3, hr 3, hu 2, cs 2, sk 2', style: 'de',
    streets: 'Mariahilfer Straße; Hauptplatz; Landstraßer Hauptstraße; Kärntner Straße; Bahnhofstraße; Herrengasse',
    regions: [r(null, 1, 'Wien=1##0; Graz=80##; Linz=40##; Salzburg=50##; Innsbruck=60##')],
  },
  CH: {
    weight: 9, pools: 'de 65, fr 23, it 9, pt 3', style: 'de', withoutSubdivision: 0.3,
    streets: 'Bahnhofstrasse; Rue du Rhône; Seestrasse; Via Nassa; Dorfstrasse; Rue de Bourg',
    regions: [
      r('CH-ZH', 30, 'Zürich=80##; Winterthur=84##', { pools: 'de 85, it 5, pt 4, fr 3, tr 3' }),
      r('CH-GE', 12, 'Genève=12##', { pools: 'fr 80, pt 8, it 6, de 6' }),
      r('CH-VD', 10, 'Lausanne=10##', { pools: 'fr 82, pt 8, it 5, de 5' }),
      r('CH-BE', 12, 'Bern=30##', { pools: 'de 90, fr 6, it 4' }),
      r('CH-BS', 8, 'Basel=40##', { pools: 'de 88, it 6, tr 6' }),
      r('CH-TI', 5, 'Lugano=69##', { pools: 'it 90, de 10' }),
    ],
  },
  FR: {
    weight: 38, pools: 'fr 84, ar 7, pt 3, es 2, it 2, ng 2', style: 'fr', withoutSubdivision: 0.5,
    streets: 'rue de la Paix; avenue Victor Hugo; boulevard Saint-Germain; rue de Rivoli; place de la République; rue Nationale; allée des Tilleuls; chemin des Vignes; rue du Faubourg Saint-Honoré',
    regions: [
      r('FR-IDF', 35, 'Paris=750##; Boulogne-Billancourt=92100; Saint-Denis=93200; Versailles=78000'),
      r('FR-ARA', 12, 'Lyon=6900#; Grenoble=380##; Clermont-Ferrand=630##'),
      r('FR-PAC', 10, 'Marseille=130##; Nice=060##'),
      r('FR-OCC', 10, 'Toulouse=310##; Montpellier=340##'),
      r('FR-NAQ', 9, 'Bordeaux=330##'),
      r('FR-HDF', 9, 'Lille=590##'),
      r('FR-BRE', 6, 'Rennes=350##; Brest=29200'),
      r('FR-GES', 7, 'Strasbourg=670##; Nancy=540##'),
    ],
  },
  BE: {
    weight: 9, pools: 'nl 55, fr 40, ar 5', style: 'de', withoutSubdivision: 0.3,
    streets: 'Rue Neuve; Meir; Avenue Louise; Kerkstraat; Stationsstraat; Grand-Place',
    regions: [
      r('BE-BRU', 25, 'Bruxelles=10##', { pools: 'fr 60, nl 15, ar 15, it 5, pl 5' }),
      r('BE-VLG', 50, 'Antwerpen=20##; Gent=90##; Leuven=30##; Brugge=80##', { pools: 'nl 90, ar 4, tr 3, fr 3' }),
      r('BE-WAL', 25, 'Liège=40##; Namur=50##; Charleroi=60##', { pools: 'fr 88, it 6, ar 6' }),
    ],
  },
  NL: {
    weight: 18, pools: 'nl 86, tr 4, ar 4, de 2, pl 2, in 2', style: 'de',
    streets: 'Kerkstraat; Dorpsstraat; Prinsengracht; Stationsweg; Hoofdstraat; Molenweg; Herengracht',
    regions: [r(null, 1, 'Amsterdam=10## @@; Rotterdam=30## @@; Utrecht=35## @@; Den Haag=25## @@; Eindhoven=56## @@; Groningen=97## @@')],
  },
  LU: {
    weight: 1, pools: 'lb 40, fr 25, pt 20, de 15', style: 'fr',
    streets: 'Grand-Rue; avenue de la Liberté; rue de Hollerich; boulevard Royal',
    regions: [r(null, 1, 'Luxembourg=L-1###; Esch-sur-Alzette=L-4###')],
  },
  ES: {
    weight: 25, pools: 'es 86, es-mx 6, ro 4, ar 4', style: 'de', withoutSubdivision: 0.5,
    streets: 'Calle Mayor; Gran Vía; Calle de Alcalá; Passeig de Gràcia; Avenida de la Constitución; Calle Real',
    regions: [
      r('ES-MD', 30, 'Madrid=280##'),
      r('ES-CT', 25, 'Barcelona=080##; Girona=170##'),
      r('ES-AN', 18, 'Sevilla=410##; Málaga=290##'),
      r('ES-VC', 14, 'Valencia=460##; Alicante=030##'),
      r('ES-PV', 8, 'Bilbao=480##; Donostia-San Sebastián=200##'),
    ],
  },
  PT: {
    weight: 8, pools: 'pt 88, pt-br 10, en 2', style: 'de',
    streets: 'Rua Augusta; Avenida da Liberdade; Rua de Santa Catarina; Rua do Ouro; Rua Garrett',
    regions: [r(null, 1, 'Lisboa=1###-###; Porto=4###-###; Braga=47##-###; Coimbra=30##-###')],
  },
  IT: {
    weight: 24, pools: 'it 92, ro 4, ar 4', style: 'de', withoutSubdivision: 0.6,
    streets: 'Via Roma; Corso Vittorio Emanuele II; Via Garibaldi; Via Dante; Piazza del Duomo; Via Mazzini',
    regions: [
      r('IT-25', 28, 'Milano=201##; Bergamo=241##'),
      r('IT-62', 20, 'Roma=001##'),
      r('IT-21', 10, 'Torino=101##'),
      r('IT-72', 10, 'Napoli=801##'),
      r('IT-45', 10, 'Bologna=401##'),
      r('IT-52', 10, 'Firenze=501##'),
      r('IT-34', 8, 'Venezia=301##; Padova=351##'),
      r('IT-82', 6, 'Palermo=901##'),
    ],
  },
  SE: {
    weight: 10, pools: 'sv 86, ar 5, fi 3, pl 3, tr 3', style: 'de', withoutSubdivision: 0.4,
    streets: 'Storgatan; Drottninggatan; Kungsgatan; Vasagatan; Sveavägen; Östra Hamngatan',
    regions: [
      r('SE-AB', 45, 'Stockholm=11# ##'),
      r('SE-O', 25, 'Göteborg=41# ##'),
      r('SE-M', 20, 'Malmö=21# ##; Lund=22# ##'),
      r('SE-C', 10, 'Uppsala=75# ##'),
    ],
  },
  DK: {
    weight: 6, pools: 'da 90, ar 4, de 3, tr 3', style: 'de', withoutSubdivision: 0.4,
    streets: 'Strøget; Nørregade; Vesterbrogade; Østergade; Søndergade; Åboulevard',
    regions: [r('DK-84', 55, 'København=1###; Frederiksberg=2000'), r('DK-82', 25, 'Aarhus=8000'), r('DK-83', 20, 'Odense=5000')],
  },
  NO: {
    weight: 6, pools: 'nb 88, sv 4, pl 4, ar 4', style: 'de', withoutSubdivision: 0.4,
    streets: 'Karl Johans gate; Storgata; Kirkegata; Bryggen; Thorvald Meyers gate',
    regions: [r('NO-03', 45, 'Oslo=0###'), r('NO-46', 25, 'Bergen=50##'), r('NO-50', 15, 'Trondheim=70##'), r('NO-11', 15, 'Stavanger=40##')],
  },
  FI: {
    weight: 5, pools: 'fi 93, sv 5, et 2', style: 'de', withoutSubdivision: 0.4,
    streets: 'Mannerheimintie; Aleksanterinkatu; Hämeenkatu; Kauppakatu; Esplanadi',
    regions: [r('FI-18', 60, 'Helsinki=00###; Espoo=02###'), r('FI-11', 20, 'Tampere=33###'), r('FI-19', 10, 'Turku=20###'), r('FI-14', 10, 'Oulu=90###')],
  },
  PL: {
    weight: 14, pools: 'pl 100', style: 'de', withoutSubdivision: 0.5,
    streets: 'ul. Marszałkowska; ul. Floriańska; ul. Piotrkowska; ul. Długa; al. Jerozolimskie; ul. Świętojańska',
    regions: [
      r('PL-14', 35, 'Warszawa=0#-###'),
      r('PL-12', 18, 'Kraków=3#-###'),
      r('PL-02', 14, 'Wrocław=5#-###'),
      r('PL-22', 12, 'Gdańsk=80-###'),
      r('PL-30', 12, 'Poznań=6#-###'),
      r('PL-10', 9, 'Łódź=9#-###'),
    ],
  },
  CZ: {
    weight: 6, pools: 'cs 92, sk 8', style: 'de', withoutSubdivision: 0.5,
    streets: 'Václavské náměstí; Národní; Karlova; Masarykova; Nádražní',
    regions: [r('CZ-10', 45, 'Praha=1## ##'), r('CZ-64', 25, 'Brno=6## ##'), r('CZ-80', 15, 'Ostrava=7## ##'), r('CZ-32', 15, 'Plzeň=3## ##')],
  },
  SK: {
    weight: 3, pools: 'sk 88, hu 12', style: 'de',
    streets: 'Obchodná; Hlavná; Štúrova; Námestie SNP',
    regions: [r(null, 1, 'Bratislava=8## ##; Košice=04# ##; Žilina=010 ##')],
  },
  HU: {
    weight: 5, pools: 'hu 100', style: 'de',
    streets: 'Andrássy út; Váci utca; Király utca; Rákóczi út; Fő utca',
    regions: [r(null, 1, 'Budapest=1###; Debrecen=40##; Szeged=67##; Pécs=76##')],
  },
  RO: {
    weight: 8, pools: 'ro 95, hu 5', style: 'de', withoutSubdivision: 0.4,
    streets: 'Calea Victoriei; Strada Lipscani; Bulevardul Unirii; Strada Mihai Eminescu',
    regions: [r('RO-B', 45, 'București=0#####'), r('RO-CJ', 20, 'Cluj-Napoca=400###'), r('RO-TM', 15, 'Timișoara=300###'), r('RO-IS', 20, 'Iași=700###')],
  },
  BG: {
    weight: 3, pools: 'bg 92, tr 8', style: 'de',
    streets: 'bul. Vitosha; ul. Graf Ignatiev; bul. Tsar Osvoboditel; ul. Rakovski',
    regions: [r(null, 1, 'Sofia=1###; Plovdiv=4###; Varna=9###')],
  },
  GR: {
    weight: 6, pools: 'el 100', style: 'de',
    streets: 'Odos Ermou; Leoforos Vasilissis Sofias; Odos Tsimiski; Odos Panepistimiou',
    regions: [r(null, 1, 'Athina=1## ##; Thessaloniki=5## ##; Patra=26# ##')],
  },
  HR: {
    weight: 3, pools: 'hr 100', style: 'de',
    streets: 'Ilica; Vlaška ulica; Trg bana Jelačića; Ulica kralja Zvonimira',
    regions: [r(null, 1, 'Zagreb=10###; Split=21###; Rijeka=51###')],
  },
  SI: {
    weight: 2, pools: 'sl 92, hr 8', style: 'de',
    streets: 'Čopova ulica; Slovenska cesta; Trubarjeva cesta; Prešernov trg',
    regions: [r(null, 1, 'Ljubljana=1###; Maribor=2###')],
  },
  EE: {
    weight: 1.5, pools: 'et 95, fi 5', style: 'de',
    streets: 'Viru tänav; Pärnu maantee; Narva maantee; Rüütli tänav',
    regions: [r(null, 1, 'Tallinn=1####; Tartu=5####')],
  },
  LV: {
    weight: 1.5, pools: 'lv 100', style: 'de',
    streets: 'Brīvības iela; Elizabetes iela; Tērbatas iela; Krišjāņa Valdemāra iela',
    regions: [r(null, 1, 'Rīga=LV-10##; Daugavpils=LV-54##')],
  },
  LT: {
    weight: 2, pools: 'lt 100', style: 'de',
    streets: 'Gedimino prospektas; Pilies gatvė; Vilniaus gatvė; Laisvės alėja',
    regions: [r(null, 1, 'Vilnius=LT-0####; Kaunas=LT-4####; Klaipėda=LT-9####')],
  },
  MT: {
    weight: 1, pools: 'mt 85, it 8, en 7', style: 'uk',
    streets: 'Triq ir-Repubblika; Triq il-Merkanti; Triq San Pawl; Tower Road',
    regions: [r(null, 1, 'Valletta=VLT ####; Sliema=SLM ####; San Ġiljan=STJ ####')],
  },
  CY: {
    weight: 1, pools: 'el 90, en 10', style: 'uk',
    streets: 'Makariou Avenue; Ledra Street; Anexartisias Street; Archbishop Kyprianou Street',
    regions: [r(null, 1, 'Nicosia=10##; Limassol=30##; Larnaca=60##')],
  },
  TR: {
    weight: 12, pools: 'tr 100', style: 'de',
    streets: 'İstiklal Caddesi; Bağdat Caddesi; Atatürk Bulvarı; Cumhuriyet Caddesi',
    regions: [r(null, 1, 'İstanbul=34###; Ankara=06###; İzmir=35###')],
  },
  IN: {
    weight: 110, pools: 'in 100', style: 'in', withoutSubdivision: 0.2,
    streets: 'MG Road; 100 Feet Road; Linking Road; Anna Salai; Park Street; Brigade Road; Nehru Place; FC Road; Residency Road; 14th Cross Road',
    regions: [
      r('IN-KA', 24, 'Bengaluru=560###; Mysuru=570###'),
      r('IN-MH', 24, 'Mumbai=400###; Pune=411###'),
      r('IN-DL', 14, 'New Delhi=110###'),
      r('IN-TN', 12, 'Chennai=600###; Coimbatore=641###'),
      r('IN-WB', 7, 'Kolkata=700###'),
      r('IN-GJ', 6, 'Ahmedabad=380###'),
      r('IN-UP', 7, 'Noida=201###; Lucknow=226###'),
      r('IN-HR', 6, 'Gurugram=122###'),
    ],
  },
  NG: {
    weight: 14, pools: 'ng 100', style: 'uk', withoutSubdivision: 0.3,
    streets: 'Awolowo Road; Allen Avenue; Adeola Odeku Street; Herbert Macaulay Way; Ahmadu Bello Way',
    regions: [
      r('NG-LA', 55, 'Lagos=1#####; Ikeja=100###'),
      r('NG-FC', 20, 'Abuja=900###'),
      r('NG-RI', 10, 'Port Harcourt=500###'),
      r('NG-OY', 8, 'Ibadan=200###'),
      r('NG-KN', 7, 'Kano=700###'),
    ],
  },
  ZA: {
    weight: 12, pools: 'za 55, en 20, af 15, in 10', style: 'uk', withoutSubdivision: 0.3,
    streets: 'Jan Smuts Avenue; Long Street; Oxford Road; Florida Road; Church Street',
    regions: [r('ZA-GP', 50, 'Johannesburg=2###; Pretoria=0###'), r('ZA-WC', 30, 'Cape Town=8###', { pools: 'en 35, af 35, za 25, in 5' }), r('ZA-KZN', 20, 'Durban=4###', { pools: 'za 55, in 30, en 15' })],
  },
  EG: {
    weight: 10, pools: 'ar 100', style: 'uk', withoutSubdivision: 0.4,
    streets: 'Tahrir Street; Corniche El Nil; 26th of July Street; Abbas El Akkad Street',
    regions: [r('EG-C', 55, 'Cairo=11###'), r('EG-GZ', 20, 'Giza=12###'), r('EG-ALX', 25, 'Alexandria=21###')],
  },
  AU: {
    weight: 18, pools: 'en 72, zh 8, in 7, el 3, it 3, ko 2, ar 2, ga 2, ja 1', style: 'us', withoutSubdivision: 0.1,
    streets: 'George Street; Collins Street; Queen Street; Chapel Street; Oxford Street; Hay Street',
    regions: [
      r('AU-NSW', 35, 'Sydney=20##; Newcastle=23##'),
      r('AU-VIC', 30, 'Melbourne=30##'),
      r('AU-QLD', 18, 'Brisbane=40##'),
      r('AU-WA', 10, 'Perth=60##'),
      r('AU-SA', 5, 'Adelaide=50##'),
      r('AU-ACT', 4, 'Canberra=26##'),
    ],
  },
  CN: {
    weight: 35, pools: 'zh 100', style: 'uk', withoutSubdivision: 0.3,
    streets: "Nanjing Road; Century Avenue; Chang'an Avenue; Huaihai Road; Shennan Avenue; Zhongguancun Street",
    regions: [
      r('CN-BJ', 25, 'Beijing=100###'),
      r('CN-SH', 25, 'Shanghai=200###'),
      r('CN-GD', 30, 'Shenzhen=518###; Guangzhou=510###'),
      r('CN-ZJ', 12, 'Hangzhou=310###'),
      r('CN-SC', 8, 'Chengdu=610###'),
    ],
  },
  JP: {
    weight: 10, pools: 'ja 100', style: 'uk', withoutSubdivision: 0.3,
    streets: 'Omotesando; Chuo-dori; Meiji-dori; Midosuji; Aoyama-dori',
    regions: [
      r('JP-13', 50, 'Tokyo=1##-####'),
      r('JP-27', 20, 'Osaka=5##-####'),
      r('JP-14', 15, 'Yokohama=22#-####'),
      r('JP-23', 10, 'Nagoya=45#-####'),
      r('JP-40', 5, 'Fukuoka=81#-####'),
    ],
  },
  KR: {
    weight: 8, pools: 'ko 100', style: 'uk', withoutSubdivision: 0.3,
    streets: 'Teheran-ro; Gangnam-daero; Sejong-daero; Olympic-ro',
    regions: [r('KR-11', 60, 'Seoul=0####'), r('KR-26', 15, 'Busan=4####'), r('KR-41', 25, 'Seongnam=13###; Suwon=16###')],
  },
};

function build(code: DemoCountry, spec: CountrySpec): CountryProfile {
  const regionEntries = spec.regions.map((region): readonly [Region, number] => [
    {
      ...(region.subdivision === undefined ? {} : { subdivision: region.subdivision }),
      cities: cities(region.cities),
      ...(region.pools === undefined ? {} : { pools: mix(region.pools) }),
      ...(region.areaCodes === undefined ? {} : { areaCodes: region.areaCodes.split(' ') }),
    },
    region.weight,
  ]);
  return {
    code,
    eu: EU_COUNTRIES.has(code),
    pools: mix(spec.pools),
    regions: new WeightedList(regionEntries),
    regionList: regionEntries.map(([region]) => region),
    withoutSubdivision: spec.withoutSubdivision ?? 0,
    addressStyle: spec.style,
    streets: spec.streets.split(';').map((street) => street.trim()),
  };
}

/** Every country of the synthetic network, by code. */
export const COUNTRY_PROFILES: Readonly<Record<DemoCountry, CountryProfile>> = Object.fromEntries(
  (Object.entries(SPECS) as [DemoCountry, CountrySpec][]).map(([code, spec]) => [code, build(code, spec)]),
) as Record<DemoCountry, CountryProfile>;

/** Countries weighted by their share of members. */
export const COUNTRY_WEIGHTS: WeightedList<DemoCountry> = new WeightedList(
  (Object.entries(SPECS) as [DemoCountry, CountrySpec][]).map(([code, spec]) => [code, spec.weight] as const),
);

/** The profile of a country of the network. */
export function countryProfile(code: DemoCountry): CountryProfile {
  return COUNTRY_PROFILES[code];
}
