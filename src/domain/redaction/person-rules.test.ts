// Names of people outside the directory: titles, relations, greetings, given-name lists, handles.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

describe('person rules', () => {
  it.each([
    ['Please ask ms. Wijtze about it', ['Wijtze']],
    ['Dr. Elif Yıldız reviewed the paper', ['Dr. Elif Yıldız']],
    ['My mentor Kwabena Boateng taught me that', ['Kwabena Boateng']],
    ['Thanks Wijnand for hosting us', ['Wijnand']],
    ['Sarah Johnson and David Chen joined', ['Sarah Johnson', 'David Chen']],
    ['John F. Kennedy gave a speech', ['John F. Kennedy']],
    ['Ludwig van Beethoven wrote nine symphonies', ['Ludwig van Beethoven']],
    ['hey emma did you see this', ['emma']],
    ['hillary clinton spoke today', ['hillary clinton']],
    ['Will Smith won', ['Will Smith']],
    ['As Brené Brown says', ['Brené Brown']],
    ['cc @priya_r', ['@priya_r']],
    ['Please change it to Suus van de Pol', ['Suus van de Pol']],
    ["What's your last name? Knight", ['Knight']],
    ['My name is Mikael Olsson but everyone calls me Dawn', ['Mikael Olsson', 'Dawn']],
    ['My name is Albert Rajh but everyone calls me Madison', ['Albert Rajh', 'Madison']],
    // Two or three words no list knows, one with a letter English does not use: a name from another language.
    ['A tribute to Mürit Öcalan – sadly, she was not impressed.', ['Mürit Öcalan']],
    ['Maybe it is under Artūras Armandas Kazlauskas', ['Artūras Armandas Kazlauskas']],
    ['User: Günden Güçlü', ['Günden Güçlü']],
    ['I want to add Miia Antikainen as a beneficiary', ['Miia Antikainen']],
    ['I want to add Vytautas Gailius as a beneficiary', ['Vytautas Gailius']],
    // One such word alone inside a sentence.
    ["He's injured, but Jędrzej just has to get laid.", ['Jędrzej']],
    ['The true gender of Ignė has been under debate', ['Ignė']],
    // The speaker of a line of dialogue.
    ['Koppány: "Who are you?"', ['Koppány']],
    // Particles after an initial.
    ["What's the name on the account? User: Arie E. van den Brink", ['Arie E. van den Brink']],
  ])('finds people in "%s"', (text, names) => {
    expect(foundOf('PERSON', text)).toEqual(names);
  });

  it.each([
    // Initials before a surname, with or without full stops.
    ['I met J. Smith yesterday', ['J. Smith']],
    ['Report by J Smith and A. B. Jones', ['J Smith', 'A. B. Jones']],
    // Prefixed surnames.
    ['Meeting with al-Mallohi today', ['al-Mallohi']],
    ["We met with O'Donoghue at noon", ["O'Donoghue"]],
    // A mention runs into the surname after it.
    ['hey @Anna Frissora how are you', ['@Anna Frissora']],
    // Frequent given names in lower case after a cue, three letters included.
    ['lunch with sam and tom', ['sam', 'tom']],
    ['thanks jessica for the notes', ['jessica']],
    // Name cues that point a word or two ahead.
    ['My name is Patricia Jeknić but everyone calls me Lauren', ['Patricia Jeknić', 'Lauren']],
    ["What's your last name? Krylova", ['Krylova']],
    // A signature after a closing.
    ['Thanks,\nAna Silva', ['Ana Silva']],
    // Surnames from the US Census list after a given name, even when they are also words.
    ['Larry Bird scored 30', ['Larry Bird']],
    ['Jarred Gidley played well', ['Jarred Gidley']],
    // A given name that is also a word, before a surname nobody lists.
    ['The founder Mark Frissora spoke', ['Mark Frissora']],
    // Shouted: a given name and a surname.
    ['WE LOVE SCOTT WEILAND', ['SCOTT WEILAND']],
    // A frequent given name in a shouted passage.
    ['GOOD LUCK MEETING JAKE TOMORROW', ['JAKE']],
    // A listed name before a verb people do, even first in a sentence.
    ['Morishita began writing as a teenager.', ['Morishita']],
    ['I agree. Beaufort is very reliable.', ['Beaufort']],
    ['Frank had given Tyler his address', ['Frank', 'Tyler']],
    // A sentence that opens by addressing someone.
    ['Jakobine, can I please speak to your boss?', ['Jakobine']],
  ])('finds people in "%s" (new rules)', (text, names) => {
    expect(foundOf('PERSON', text)).toEqual(names);
  });

  it.each([
    // Near misses of the new rules.
    "I've said it before and I'll say it again",
    'We tweeted it: Haven\'t posted since June',
    'Happy Friday everyone, and Merry Christmas',
    'Come to 63 N. Stadion for the game',
    'Our Irish friends brought Spanish wine',
    'There is no more hope and no time left',
    'Happy Monday! Coffee first, then OKRs.',
    'The IBAN DE89 3704 0044 0532 0130 00 is wrong',
    'MENA FOREX EXPO ANNOUNCED',
    'call it Friday',
    'The Queen Mother arrived',
    'Paris is lovely in spring',
    'May was hot this year',
    'Honestly, I think so',
    'Monday, we ship',
    'We flew from São Paulo to Zürich',
    'We had crème brûlée for dessert',
    'We stayed in Třeboň Lázně for a week',
    'while studying at the University of Jönköping.',
    'I moved to Malmö last year.',
    'Ship it to 513 Petőfi sándor utca',
    'Note: "fragile" on the box',
    // A headline in title case: capitals are no evidence there.
    'Why Your Homepage May Matter Less Than You Think',
  ])('leaves "%s" (near misses of the new rules)', (text) => {
    expect(foundOf('PERSON', text)).toEqual([]);
  });

  it('does not take a modal verb for a given name before an unknown word', () => {
    // The name tagger may still take "Zorbly" for a surname, as a reader would; "Will" is the verb.
    expect(foundOf('PERSON', 'Will Zorbly report on Monday?')).not.toContain('Will Zorbly');
  });

  it('ends a name before a street type the curated lists do not call a surname', () => {
    expect(foundOf('PERSON', 'I now live at the corner of Kapelaniestraat 88 and Whittaker Street')).not.toContain('Whittaker Street');
  });

  it.each([
    'Will you join us tomorrow?',
    'We moved to Paris last year.',
    'I landed in Sydney this morning.',
    'Thanks LinkedIn for the reminder.',
    'The IBAN and NINO fields are required.',
    'Happy Monday! Coffee first, then OKRs.',
    'Grace under pressure is a skill.',
  ])('leaves "%s"', (text) => {
    expect(foundOf('PERSON', text)).toEqual([]);
  });
});
