// The word classes names are recognised by (given name, surname, common word, title, cue…), as flag bits
// in one WordTable so each word of a text costs a single lookup, and the shipped lists that fill them.
import { foldString } from './char-classes.js';
import { COMMON_WORDS } from './lexicon/common-words.js';
import { FREQUENT_GIVEN_NAMES } from './lexicon/frequent-given-names.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { PLACE_NAMES } from './lexicon/place-names.js';
import { SURNAMES } from './lexicon/surnames.js';
import { US_FREQUENT_SURNAMES } from './lexicon/us-frequent-surnames.js';
import { US_GIVEN_NAMES } from './lexicon/us-given-names.js';
import { US_SURNAMES } from './lexicon/us-surnames.js';
import { hashFolded } from './word-hash.js';
import type { WordTable } from './word-table.js';

/** Flag bits of a word or word sequence. */
export const W = {
  GIVEN: 1 << 0,
  SURNAME: 1 << 1,
  /** An English dictionary word: "Will", "Grace" and "Bill" need more evidence than "Sarah". */
  COMMON: 1 << 2,
  PLACE: 1 << 3,
  /** Honorifics before a name: "Dr.", "Ms", "Herr". */
  TITLE: 1 << 4,
  /** Function words that are never part of a name. */
  STOP: 1 << 5,
  /** Nouns of relation or role that introduce a name: "my mentor X", "CEO X". */
  RELATION: 1 << 6,
  /** Greetings and thanks that are followed by a name: "Thanks X", "Congrats X". */
  GREETING: 1 << 7,
  /** Words before a name only when the next word is a known given name or surname ("with", "met"). */
  WEAK_CUE: 1 << 8,
  /** Lower-case parts of surnames: "van", "de", "bin". */
  PARTICLE: 1 << 9,
  /** Verbs that follow a speaker's name: "X said". */
  SPEECH: 1 << 10,
  /** Chat slang and interjections that look like names in lower case ("lol", "haha"). */
  SLANG: 1 << 11,
  /** Words near a date of birth: "born", "birthday", "DOB", "geboren", "turned". */
  BIRTH_CUE: 1 << 12,
  /** Street types that end an English-style address: "Street", "Rd", "Marg". */
  STREET_TYPE: 1 << 13,
  /** Street types that start a continental address: "rue", "Via", "Calle". */
  STREET_PREFIX: 1 << 14,
  /** Words that announce an address: "address", "live at", "ship to". */
  ADDRESS_CUE: 1 << 15,
  /** Words before an Indian house or plot number, or a post box: "Flat", "Plot", "Box". */
  HOUSE_WORD: 1 << 21,
  /** Prepositions of place: "in Kiel", "from Sydney". */
  PLACE_PREPOSITION: 1 << 23,
  /** Name suffixes: "Jr", "PhD", "MD", "III". */
  NAME_SUFFIX: 1 << 24,
  /** Public figures' names that social posts use alone, in any case ("trump", "Beyoncé", "Shaq"). */
  FAMOUS: 1 << 25,
  /** Given names so frequent (≥ 20,000 US births) that a lower-case one after a cue is still a name ("thanks sam"). */
  FREQUENT_GIVEN: 1 << 26,
  /** A name only the long US lists (Census surnames, SSA given names) know: too weak to stand alone. */
  LONG_LIST_ONLY: 1 << 27,
  /**
   * A dictionary word or place the long US lists also hold as a name ("Bird", "Day", "School"): it can
   * continue a name that has started ("Larry Bird"), never start one.
   */
  LONG_LIST_WORD: 1 << 28,
  /** Words that announce a name a word or two later: "my name is X", "name: X", "call me X". */
  NAME_CUE: 1 << 29,
  /** Closings after which the next line is a signature: "Best regards,\nAna Silva". */
  SIGN_OFF: 1 << 30,
  /** Top-level domains and URL schemes: where a link may be. */
  URL_PART: 1 << 22,
  /** A member's or suppressed person's complete name (or first + last). */
  MEMBER_NAME: 1 << 16,
  /** A proper prefix of such a name: the scan continues with the next word. */
  MEMBER_PREFIX: 1 << 17,
  /** The name is made of dictionary words ("Summer Rain"): matched only when capitalised. */
  MEMBER_CAPITALISED: 1 << 18,
  /** A single-word name or bare handle: matched only when capitalised or written exactly as a handle. */
  MEMBER_SINGLE: 1 << 19,
  /** A known person's handle written without "@": matched in any case unless it is a dictionary word. */
  MEMBER_HANDLE: 1 << 20,
  /** Verbs whose subject is mostly a person: "X began", "X is", "X can". */
  PERSON_VERB: 1 << 31,
} as const;

const TITLES =
  'mr mrs ms miss mx dr prof professor sir dame lord lady madam mme mlle herr frau sr sra srta sig signor signora dott shri smt sri kumari rev reverend fr capt captain col gen lt sgt hon judge justice senator sen rep governor gov mayor rabbi imam pastor bishop queen princess duchess earl countess baron baroness sheikh emir';
const STOPS =
  'the a an and or nor but of in on at to for with by from as is are was were be been being it its this that these those my your his her our their i you he she we they me him us them not no yes so if then than when where who whom whose what which how all any some just also very too up out over into about after before new amp rt via here there today tomorrow yesterday every each both either neither per vs etc';
const RELATIONS =
  'mentor mentee colleague colleagues coworker coworkers co-worker manager boss friend friends bestie wife husband partner son daughter brother sister mom mum mother dad father teammate teammates classmate roommate intern recruiter ceo cto cfo coo cmo cpo vp svp evp founder cofounder co-founder director engineer developer designer teacher coach doctor nurse lawyer attorney neighbour neighbor uncle aunt auntie cousin grandma grandpa grandmother grandfather grandson granddaughter child stepson stepdaughter stepmom stepdad hubby bff nephew niece fiance fiancee girlfriend boyfriend buddy supervisor advisor adviser chairman chairwoman chair author speaker host guest student alumnus alumna candidate client officer detective agent president minister named called nee née aka starring featuring feat ft';
const GREETINGS =
  'thanks thank thx ty congrats congratulations welcome welcoming shoutout shout-out kudos dear hi hello hey hiya cheers bye goodbye rip introducing ping cc hbd happy';
const NAME_CUES = 'name names surname nickname call calls called';
const SIGN_OFFS = 'regards cheers thanks best sincerely yours love xoxo cordially warmly respectfully';
const WEAK_CUES = 'with by and met meet meeting from ask asked tag tagging love miss call email join joined interviewed hired';
const PARTICLES = 'van von de der den del della di da dos das do du la le bin ibn al el ben st mac mc ter ten zu';
const SPEECH =
  'shouted whispered replied cried yelled said says wrote writes tweeted posted shared told asks asked explained explains added adds noted notes commented replied argues argued thinks believes announced joined presented';
const PERSON_VERBS =
  'is was has had began begins started starts will would can could did does went goes told tells gave gives made makes got gets took takes loves loved likes liked wants wanted needs needed knows knew thinks thought came comes left leaves works worked lives lived plays played won wins lost looks looked seems seemed became becomes please';
const SLANG =
  'im ima imma ive uve ur u r dat dis dem wit da tha goin avin soo ye yea nuff betta neva gurl tho thru cuz bcuz bout lil luv til lol lmao lmfao rofl haha hahaha hehe omg omfg wtf idk imo imho tbh smh btw ngl fyi yolo irl dm dms pls plz thx bae bro bruh sis fam yall gonna wanna gotta kinda sorta dunno lemme gimme ya yah yeah yep nope nah yo ok okay aww ugh hmm wow oops xoxo';

/**
 * Street types that are also everyday English words ("Well", "Club", "Side"): the address detector
 * lets them end a street only when capitalised.
 */
export const EVERYDAY_STREET_TYPES: readonly string[] = ['well', 'wells', 'light', 'lights', 'land', 'fall', 'camp', 'union', 'unions', 'fort', 'dam', 'lodge', 'forge', 'forges', 'mission', 'ramp', 'radial', 'locks', 'neck', 'necks', 'spurs', 'ports', 'squares', 'extensions', 'parkways', 'shoal', 'shoals',
  'burgs', 'centers', 'circles', 'cliff', 'cliffs', 'club', 'common', 'flat', 'fords', 'harbors', 'islands', 'junctions', 'key', 'keys', 'loaf', 'lock', 'mall', 'manors', 'mountains', 'parks', 'pine', 'rapid', 'rest', 'ridges', 'station', 'throughway', 'valleys', 'villages', 'wall', 'rue', 'via',
  'bank', 'gate', 'end', 'mead', 'fold', 'brae', 'grange', 'wood', 'paddock', 'brow', 'lea', 'side', 'copse', 'glade', 'circuit'];

/**
 * English street types, shared with the address detector's patterns: every USPS Publication 28 suffix (the
 * everyday nouns among them, "Club", "Key", "Station", only capitalised), UK ones ("Close", "Mews", "Drove",
 * "Brae", "Side"), Australian "Circuit" and Indian ones ("Marg", "Nagar", "Salai").
 */
export const STREET_TYPES = `street|st|streets|avenue|ave|av|road|rd|roads|boulevard|blvd|lane|ln|drive|dr|drives|court|ct|courts|place|pl|way|ways|terrace|terr|ter|parkway|pkwy|highway|hwy|circle|cir|square|sq|trail|trl|row|close|crescent|cres|grove|gardens|gdns|garden|mews|hill|hills|walk|alley|aly|loop|pike|plaza|plz|broadway|expressway|expy|freeway|fwy|path|green|park|rise|vale|wharf|quay|parade|esplanade|embankment|annex|arcade|bayou|beach|bend|bluff|bluffs|bottom|branch|bridge|brook|brooks|burg|bypass|byp|canyon|cape|causeway|cswy|center|centre|commons|corner|corners|course|cove|coves|creek|crk|crest|crossing|xing|crossroad|curve|dale|divide|estate|estates|extension|ext|falls|ferry|field|fields|flats|ford|forest|fork|forks|gateway|glen|glens|greens|groves|harbor|harbour|haven|heights|hts|hollow|inlet|island|isle|junction|jct|knoll|knolls|lake|lakes|landing|manor|meadow|meadows|mill|mills|motorway|mount|mountain|mtn|orchard|oval|overpass|pass|passage|pines|plain|plains|point|pt|points|port|prairie|ranch|rapids|ridge|rdg|river|route|rte|run|shore|shores|skyway|spring|springs|spur|stravenue|stream|summit|trace|track|trafficway|tunnel|turnpike|tpke|underpass|valley|vly|viaduct|view|vw|views|village|vlg|ville|vista|vis|walks|drove|chase|approach|croft|garth|wynd|yard|circus|${EVERYDAY_STREET_TYPES.join('|')}|str|ulica|cesta|marg|nagar|chowk|salai|cross|main|layout|colony|enclave|bagh|gali|peth|vihar|puram|palya|halli`;
/** Street types written before the street name, shared with the address detector's patterns. */
export const STREET_PREFIXES =
  "rue|avenue|av\\.|c/|boulevard|bd|place|allée|impasse|chemin|quai|route|cours|square|passage|faubourg|voie|sentier|promenade|résidence|via|viale|piazza|piazzale|corso|largo|vicolo|contrada|lungomare|calle|avenida|avda\\.?|paseo|plaza|carrer|camino|carretera|ronda|travesía|glorieta|rua|travessa|praça|alameda|estrada|rodovia|ul\\.|ulica|aleja|al\\.|plac|os\\.|strada|bulevardul|aleea|intrarea|calea|piața|splaiul|șoseaua|droga|skwer|ogród|rondo|osiedle|bulwar|acceso|arroyo|bajada|barranco|bulevar|cuesta|explanada|huerta|jardines|muelle|partida|pasaje|poblado|polígono|prolongación|rambla|rampa|riera|rincón|rúa|sendero|subida|torrente|urbanización|vía|incrocio|borgo|rotonda|wyb\\.|bulw\\.|pl\\.|rynek|Πλατεία|οδός|odos|extramuros|edificio|salida|calleja|bloque|sector|parque|manzana|sección|marginal|viela|caminho|bairro|praceta|escadas|azinhaga|ladeira|szosa|wyspa|acesso|quinta|вул\\.|вулиця|просп\\.|проспект|пров\\.|провулок|бульв\\.|бульвар|пл\\.|площа|наб\\.|набережна|шосе|узвіз|ул\\.|улица|пер\\.|переулок|бул\\.|булевар|beco|calçada|jardim|aldea|arrabal|barrio|caserío|caserio|colonia|conjunto|escalinata|lugar|masía|parcela|puente|ramal|senda|terrenos|quadra|fazenda|condomínio|trecho|pátio|chácara|sítio|setor|vereda|loteamento|residencial|recanto|morro|vila|núcleo|área|esplanada|passarela|jl\\.|jalan|gg\\.|lorong|lr\\.|vial|distrito|corredor|lagoa|callejón|carrera|diagonal|circuito|privada|cerrada|andador|retorno|periférico|continuación";
const BIRTH_CUES =
  'born b d b-day birth birthdate birthday birthdays bday dob geboren geb nee née naissance geburtstag cumpleanos cumpleaños nacido nacida nato nata turned turns turning turn aged age old';
const ADDRESS_CUES = 'zip postcode postal post plz pin pincode address addr live lives living located based reside resides staying stay moved ship shipped deliver delivered send sent mail post find visit office corner';
const HOUSE_WORDS = 'house h flat plot door shop khasra ward box postfach bp';
const URL_PARTS =
  'http https www mailto com org net io me dev co app page site name info blog xyz ai uk de fr in es it nl ch at be se no dk fi pl pt ie ca au nz br mx jp sg social';

/**
 * Capitalised words that are never a person, though the long US name lists hold some of them: holidays,
 * weekdays, months, nationalities, languages, religions, star signs.
 */
const NOT_PEOPLE =
  'christmas xmas easter halloween thanksgiving hanukkah chanukah diwali ramadan eid passover kwanzaa valentine valentines nye yom kippur hogmanay carnival mardi gras monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun english british irish scottish welsh american canadian mexican brazilian argentine french german dutch flemish belgian swiss austrian italian spanish portuguese greek turkish polish czech slovak hungarian romanian bulgarian serbian croatian bosnian albanian ukrainian russian belarusian swedish norwegian danish finnish icelandic estonian latvian lithuanian chinese japanese korean vietnamese thai filipino indonesian malaysian indian pakistani bangladeshi nepali sri lankan afghan iranian persian iraqi syrian lebanese israeli palestinian jordanian saudi emirati egyptian moroccan algerian tunisian libyan nigerian ghanaian kenyan ethiopian somali south african australian kiwi latin latino latina hispanic arab arabic hebrew hindi urdu bengali punjabi tamil telugu marathi gujarati swahili yoruba igbo hausa zulu mandarin cantonese tagalog catholic protestant christians muslim muslims islamic islam jewish jew jews judaism hindu hinduism buddhist buddhism sikh atheist mormon orthodox evangelical aries taurus gemini cancer virgo libra scorpio sagittarius capricorn aquarius pisces';

/** Large cities that are also given names or look like them, which the compromise place list lacks. */
const CITIES =
  'sydney melbourne brisbane perth adelaide auckland wellington austin dallas houston phoenix denver boston seattle portland orlando charlotte nashville memphis savannah madison jackson tampa miami atlanta chicago detroit raleigh florence victoria regina hamilton kingston lincoln chester warwick york durham lancaster preston kiel bremen essen dresden leipzig hannover bern basel lyon nice lille nantes rennes toulouse marseille bordeaux porto lisbon sevilla valencia bilbao malaga milano milan torino turin napoli naples genova bologna verona palermo sao rio salvador fortaleza recife lima quito bogota santiago caracas medellin cali montevideo delhi mumbai chennai kolkata pune jaipur lucknow kanpur nagpur indore bhopal patna surat vadodara kochi mysore hyderabad bengaluru bangalore ahmedabad lagos abuja accra nairobi kampala kigali dakar cairo tunis casablanca johannesburg pretoria durban doha dubai riyadh jeddah amman beirut tehran karachi lahore dhaka colombo kathmandu manila jakarta bandung hanoi saigon bangkok seoul busan osaka kyoto tokyo taipei shanghai beijing shenzhen hong kong singapore kuala lumpur';

/** Public figures who are named by one word in posts; hand-picked, avoiding ordinary words. */
const FAMOUS =
  'trump obama biden clinton hillary musk bezos zuckerberg putin zelensky modi merkel macron trudeau sunak starmer netanyahu erdogan xi jinping kim jong-un kardashian kanye beyonce beyoncé rihanna eminem shaq lebron kobe messi ronaldo neymar federer nadal djokovic serena oprah kimmel fallon colbert letterman bieber gaga adele madonna shakira pelosi mcconnell romney pence kamala desantis sanders bernie gandhi mandela einstein newton shakespeare tolkien rowling hitler stalin lenin churchill napoleon zidane beckham pogba mbappe mbappé haaland kaepernick jordan tyson ali bolt phelps biles nadella pichai altman cook wozniak dorsey dicaprio depp pitt jolie streep hanks denzel oprah ellen swift taylor cyrus bieber timberlake jay-z snoop dre tupac biggie kendrick cardi nicki minaj drake weeknd';

/** The lists are stored folded already; only words with upper case or non-ASCII letters need folding. */
function foldIfNeeded(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return foldString(word);
  }
  return word;
}

/**
 * Adds the long US lists after every other list, so they can defer to them: a word the curated lists
 * already call a name gains nothing but a missing GIVEN or SURNAME bit; a dictionary word or place becomes
 * LONG_LIST_WORD only; any other word becomes a name, marked LONG_LIST_ONLY unless it is frequent.
 */
function addLongLists(classes: Map<string, number>): void {
  const add = (words: string, bit: number, frequent: boolean) => {
    for (const word of words.split(' ')) {
      if (word === '') continue;
      const key = foldIfNeeded(word);
      const bits = classes.get(key) ?? 0;
      if (bits & (W.GIVEN | W.SURNAME)) classes.set(key, bits | bit);
      else if (bits & (W.COMMON | W.PLACE | W.STOP | W.SLANG)) classes.set(key, bits | W.LONG_LIST_WORD);
      else classes.set(key, bits | bit | (frequent ? 0 : W.LONG_LIST_ONLY));
    }
  };
  add(US_FREQUENT_SURNAMES, W.SURNAME, true);
  add(US_SURNAMES, W.SURNAME, false);
  add(US_GIVEN_NAMES, W.GIVEN, false);
}

let cached: Int32Array | undefined;

/** Hashes of every shipped word with its class bits, as (a, b, flags) triples; built once per process. */
function lexiconTriples(): Int32Array {
  if (cached !== undefined) return cached;
  const classes = new Map<string, number>();
  const addAll = (words: string, bits: number) => {
    for (const word of words.split(' ')) {
      if (word === '') continue;
      const key = foldIfNeeded(word);
      classes.set(key, (classes.get(key) ?? 0) | bits);
    }
  };
  addAll(GIVEN_NAMES, W.GIVEN);
  addAll(SURNAMES, W.SURNAME);
  addAll(FREQUENT_GIVEN_NAMES, W.GIVEN | W.FREQUENT_GIVEN);
  addAll(COMMON_WORDS, W.COMMON);
  addAll(PLACE_NAMES, W.PLACE);
  addAll(TITLES, W.TITLE);
  addAll(STOPS, W.STOP | W.COMMON);
  addAll(RELATIONS, W.RELATION);
  addAll(GREETINGS, W.GREETING);
  addAll(WEAK_CUES, W.WEAK_CUE);
  addAll(NAME_CUES, W.NAME_CUE);
  addAll(SIGN_OFFS, W.SIGN_OFF);
  addAll(PARTICLES, W.PARTICLE);
  addAll(SPEECH, W.SPEECH);
  addAll(PERSON_VERBS, W.PERSON_VERB);
  addAll(SLANG, W.SLANG | W.COMMON);
  addAll(BIRTH_CUES, W.BIRTH_CUE);
  addAll(STREET_TYPES.replaceAll('|', ' '), W.STREET_TYPE);
  addAll(STREET_PREFIXES.replace(/\\\.\??/g, "").replace("c/", "c").replaceAll("|", " "), W.STREET_PREFIX);
  addAll(ADDRESS_CUES, W.ADDRESS_CUE);
  addAll(HOUSE_WORDS, W.HOUSE_WORD);
  addAll(URL_PARTS, W.URL_PART);
  addAll('in from near around across outside inside into visiting via towards toward downtown', W.PLACE_PREPOSITION);
  addAll(CITIES, W.PLACE);
  addAll(NOT_PEOPLE, W.COMMON);
  addLongLists(classes);
  addAll('jr sr md phd dds esq ii iii iv mba', W.NAME_SUFFIX);
  addAll(FAMOUS, W.FAMOUS);
  const triples = new Int32Array(classes.size * 3);
  let i = 0;
  for (const [word, bits] of classes) {
    const h = hashFolded(word);
    triples[i++] = h.a;
    triples[i++] = h.b;
    triples[i++] = bits;
  }
  cached = triples;
  return triples;
}

/** Number of shipped words, to size a table. */
export function lexiconSize(): number {
  return lexiconTriples().length / 3;
}

/** Adds every shipped word and its classes to a table. */
export function addLexicon(table: WordTable): void {
  const triples = lexiconTriples();
  const state = { a: 0, b: 0 };
  for (let i = 0; i < triples.length; i += 3) {
    state.a = triples[i] ?? 0;
    state.b = triples[i + 1] ?? 0;
    table.add(state, triples[i + 2] ?? 0);
  }
}
