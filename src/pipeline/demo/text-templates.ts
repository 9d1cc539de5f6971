// The texts members write: templates per content kind, filled with the personal data people share.
//
// A template returns sentences; the writer joins them, drops trailing ones past 600 characters and
// pads with PII-free sentences up to 80, so a value such as a card number is never cut in half.
// Roughly a third of the texts carry no personal data at all, as on a real network.
import type { ContentKind } from '../../schema/records.js';
import { asciiSlug } from './ascii-fold.js';
import { countryProfile, type City, type DemoCountry, type Region } from './country-profiles.js';
import { drawName, type IdentityCache, type MemberIdentity, type PersonName } from './member-identity.js';
import { phoneNumber } from './phone-numbers.js';
import {
  birthDatePhrase, cardExpiry, cardNumber, iban, ipAddress, personalPage, profileUrl, socialHandle, someBirthDate, ukNino, usSsn,
} from './pii-values.js';
import { memberStream, WeightedList, type Rng } from './seeded-random.js';
import { streetAddress } from './street-addresses.js';
import { ARTICLE_SENTENCES, ARTICLE_STEPS, ARTICLE_TITLES, CERTIFICATIONS, COMPANIES, EMOJI, EVENTS, HASHTAGS, PLAIN_SENTENCES, ROLES, SKILLS, TOPICS } from './text-vocabulary.js';

/** Shortest and longest text, in UTF-16 code units. */
export const TEXT_LENGTH = { min: 80, max: 600 } as const;

/** Where the author lives when writing. */
export interface Residence {
  readonly country: DemoCountry;
  readonly region: Region;
  readonly city: City;
}

/** Someone a text can mention: another member (with their real e-mail) or a non-member. */
type Person = PersonName & { readonly email?: string; readonly profileSuffix?: string };

const VENUE_COUNTRIES: readonly DemoCountry[] = ['US', 'GB', 'DE', 'FR', 'IN'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What a template can draw on while it writes one text. */
class TextKit {
  residence: Residence;
  /** Sentences already in the text being written, so padding never repeats itself. */
  readonly used = new Set<string>();
  private phone: string | undefined;
  private home: string | undefined;

  constructor(
    readonly rng: Rng,
    private readonly identities: IdentityCache,
    readonly self: MemberIdentity,
    private readonly birthDate: string | undefined,
  ) {
    this.residence = { country: self.country, region: self.region, city: self.city };
  }

  /**
   * Another member of the network, always one who joined earlier (so the output for N members is a
   * prefix of that for more): mostly someone who joined around the same time, otherwise someone
   * well known, with early members mentioned far more often, as mentions follow a power law.
   */
  colleague(): Person {
    const k = this.self.number;
    if (k <= 1 || this.rng.chance(0.08)) return this.stranger();
    const near = this.rng.chance(0.7);
    const j = near ? Math.max(1, k - 1 - Math.floor(this.rng.exponential(40))) : 1 + Math.floor((k - 1) * this.rng.next() ** 3);
    return this.identities.get(j);
  }

  /** Someone who is not a member, named in the tradition of the author's country. */
  stranger(): Person {
    const pools = this.residence.region.pools ?? countryProfile(this.residence.country).pools;
    return drawName(this.rng, pools.pick(this.rng));
  }

  /** How people refer to someone in running text. */
  mention(person: Person): string {
    const r = this.rng.next();
    if (r < 0.55) return person.name;
    if (r < 0.78) return person.given;
    if (r < 0.9) return `@${person.name}`;
    return `${this.rng.pick(['Dr.', 'Prof.', 'Ms', 'Mr'])} ${person.surname}`;
  }

  emailOf(person: Person): string {
    if (person.email !== undefined && this.rng.chance(0.8)) return person.email;
    const g = asciiSlug(person.given, '');
    const s = asciiSlug(person.surname, '');
    const local = this.rng.chance(0.5) ? `${g}.${s}` : `${g.slice(0, 1)}${s}`;
    return `${local}@${asciiSlug(this.company(), '-')}.example`;
  }

  myEmail(): string {
    return this.self.email;
  }

  /** The author's own number: the same one every time, as people reuse theirs. */
  myPhone(): string {
    this.phone ??= phoneNumber(this.rng, this.self.country, this.self.region.areaCodes);
    return this.phone;
  }

  anyPhone(): string {
    return phoneNumber(this.rng, this.residence.country, this.residence.region.areaCodes);
  }

  homeAddress(): string {
    this.home ??= streetAddress(this.rng, this.residence);
    return this.home;
  }

  venue(): string {
    return this.rng.chance(0.6) ? streetAddress(this.rng, { country: this.residence.country }) : streetAddress(this.rng, { country: this.rng.pick(VENUE_COUNTRIES) });
  }

  profile(person: Person): string {
    const suffix = person.profileSuffix ?? Math.floor(this.rng.next() * 0x1_0000_0000).toString(16).padStart(8, '0');
    return profileUrl(this.rng, person.given, person.surname, suffix);
  }

  dateOfBirth(): string {
    return birthDatePhrase(this.rng, this.birthDate ?? someBirthDate(this.rng), this.self.country === 'US');
  }

  /** A national identifier the author might paste: SSN in the US, NINO in the UK. */
  nationalId(): string | null {
    if (this.residence.country === 'US') return `SSN ${usSsn(this.rng)}`;
    if (this.residence.country === 'GB') return `NI number ${ukNino(this.rng)}`;
    return null;
  }

  card(): string {
    return cardNumber(this.rng);
  }

  expiry(): string {
    return cardExpiry(this.rng);
  }

  iban(): string {
    return iban(this.rng, this.residence.country);
  }

  ip(): string {
    return ipAddress(this.rng);
  }

  handle(person: Person): string {
    return socialHandle(this.rng, person.given, person.surname);
  }

  page(): string {
    return personalPage(this.self.given, this.self.surname);
  }

  role(): string {
    return this.fresh(ROLES);
  }

  company(): string {
    return this.fresh(COMPANIES);
  }

  skill(): string {
    return this.fresh(SKILLS);
  }

  topic(): string {
    return this.fresh(TOPICS);
  }

  plain(): string {
    return this.fresh(PLAIN_SENTENCES);
  }

  /** An item of the list not yet used in this text (after a few tries, any item). */
  fresh(items: readonly string[]): string {
    let item = this.rng.pick(items);
    for (let attempt = 0; attempt < 4 && this.used.has(item); attempt++) item = this.rng.pick(items);
    this.used.add(item);
    return item;
  }

  /** Two different colleagues where the network has them. */
  twoColleagues(): readonly [Person, Person] {
    const first = this.colleague();
    let second = this.colleague();
    if (second.name === first.name) second = this.colleague();
    return [first, second];
  }

  /** Hashtags and emoji, or nothing. */
  flourish(): string {
    const r = this.rng.next();
    if (r < 0.4) return '';
    if (r < 0.7) return `${this.fresh(HASHTAGS)} ${this.fresh(HASHTAGS)}`;
    return this.rng.pick(EMOJI);
  }

  day(): string {
    return `${String(this.rng.between(1, 28))} ${this.rng.pick(MONTH_NAMES)}`;
  }

  years(): number {
    return this.rng.between(2, 25);
  }
}

type Template = (kit: TextKit) => readonly string[];

/** `a Data Scientist`, `an Engineering Manager`. */
function withArticle(noun: string): string {
  return `${/^[AEIOU]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

const POSTS: readonly (readonly [Template, number])[] = [
  [(k) => { const [a, b] = k.twoColleagues(); return [`I'm happy to share that I'm starting a new position as ${k.role()} at ${k.company()}!`, `Huge thanks to ${k.mention(a)} and ${k.mention(b)} for the support along the way.`, k.flourish()]; }, 10],
  [(k) => [`We're hiring ${withArticle(k.role())} in ${k.residence.city.name} ${k.rng.pick(['🚀', '📣', '!'])}`, `Send your CV to ${k.rng.chance(0.5) ? k.myEmail() : `careers@${asciiSlug(k.company(), '-')}.example`} or call me on ${k.myPhone()}.`, k.flourish()], 7],
  [(k) => [`Join us for ${k.rng.pick(EVENTS)} on ${k.day()} at ${k.venue()}.`, `RSVP to ${k.emailOf(k.colleague())}, spaces are limited.`, k.plain()], 5],
  [(k) => [`Congratulations to ${k.mention(k.colleague())} on the promotion to ${k.role()}!`, k.plain(), k.flourish()], 8],
  [(k) => [k.plain(), `A few thoughts on ${k.topic()} after a long quarter.`, k.plain(), k.plain(), k.flourish()], 16],
  [(k) => [`${String(k.years())} years at ${k.company()} today.`, `Grateful to ${k.mention(k.colleague())}, who took a chance on me back then.`, k.flourish()], 5],
  [(k) => [`Just passed the ${k.rng.pick(CERTIFICATIONS)} exam ${k.rng.pick(EMOJI)}`, k.plain(), `Next up: more ${k.skill()}.`], 8],
  [(k) => { const s = k.stranger(); return [`If you need ${withArticle(k.role())}, talk to ${s.name} (${k.emailOf(s)}).`, `Best ${k.skill()} person I have worked with.`, k.plain()]; }, 5],
  [(k) => [`Open to ${k.role()} roles in ${k.residence.city.name} or remote.`, `My profile: ${k.profile(k.self)}, or phone ${k.myPhone()}.`, k.flourish()], 5],
  [(k) => [`Our team also posts updates at ${k.handle(k.self)}.`, k.plain(), k.flourish()], 3],
  [(k) => [`Last day at ${k.company()}.`, `Stay in touch: ${k.myEmail()} or ${k.profile(k.self)}.`, k.plain()], 4],
  [(k) => [`Rest in peace, ${k.mention(k.colleague())}.`, `You taught me more about ${k.topic()} than any course ever did.`], 1],
  [(k) => [`Great panel today on ${k.topic()} with ${k.stranger().name}, ${k.stranger().name} and ${k.mention(k.colleague())}.`, k.plain(), k.flourish()], 6],
  [(k) => [`We blocked a scraper from ${k.ip()} that hit our API twenty thousand times an hour.`, k.plain()], 2],
  [(k) => [`It is my birthday today, ${k.dateOfBirth()}, and I am spending it at a ${k.topic()} workshop.`, k.flourish()], 1],
  [(k) => [`Looking for a flatmate in ${k.residence.city.name}: the room is at ${k.homeAddress()}.`, `Message me or text ${k.myPhone()}.`], 1],
];

const COMMENTS: readonly (readonly [Template, number])[] = [
  [(k) => [`Congrats ${k.colleague().given}! Well deserved.`, k.plain()], 10],
  [(k) => [`Great insights, ${k.mention(k.colleague())}. We saw the same at ${k.company()}.`], 8],
  [(k) => [`Interested! I sent my CV to ${k.emailOf(k.colleague())}, and my number is ${k.myPhone()} if that is easier.`], 5],
  [(k) => [`Could you share the slides? My e-mail is ${k.myEmail()}.`, 'Thanks in advance!'], 5],
  [(k) => ['This resonates.', k.plain(), k.plain()], 20],
  [(k) => { const [a, b] = k.twoColleagues(); return [`Tagging ${k.mention(a)} and ${k.mention(b)}, who will find this useful.`]; }, 6],
  [(k) => [`Agree with ${k.mention(k.colleague())} here.`, k.plain()], 6],
  [(k) => [`Happy to connect: ${k.profile(k.self)}`, k.plain()], 3],
  [(k) => [`Thanks for the mention! ${k.rng.pick(EMOJI)}`, k.plain()], 6],
];

const PROFILES: readonly (readonly [Template, number])[] = [
  [(k) => [`${k.role()} at ${k.company()} | ${k.skill()} · ${k.skill()} · ${k.skill()}.`, `Based in ${k.residence.city.name}.`, `Reach me at ${k.myEmail()} or ${k.myPhone()}.`], 8],
  [(k) => [`I help teams with ${k.skill()} and ${k.skill()}.`, `${String(k.years())} years of experience, most recently at ${k.company()}.`, k.plain()], 10],
  [(k) => [`${k.role()}. Writing about ${k.topic()}.`, `Personal site: ${k.page()}, and ${k.handle(k.self)} elsewhere.`], 4],
  [(k) => [`${k.role()} in ${k.residence.city.name}, previously ${k.company()} and ${k.company()}.`, `Open to mentoring in ${k.skill()}.`, k.plain()], 8],
];

const MESSAGES: readonly (readonly [Template, number])[] = [
  [(k) => [`Hi ${k.colleague().given}, here is my number: ${k.myPhone()}.`, 'Call any time after five.'], 10],
  [(k) => [`Please wire the deposit to ${k.iban()} (account holder ${k.self.name}).`, 'Thanks!'], 6],
  [(k) => [`I am booking the conference hotel with my card ${k.card()}, exp ${k.expiry()}.`, 'Can you check the rate is right?'], 5],
  [(k) => { const id = k.nationalId(); return id === null ? [`For the visa form: ${k.dateOfBirth()}, passport copy attached.`] : [`For the background check: ${id}, ${k.dateOfBirth()}.`]; }, 5],
  [(k) => [`Please send the signed contract to ${k.homeAddress()}.`], 5],
  [(k) => [`The staging server is ${k.ip()}; log in with ${k.myEmail()} and the usual password.`], 3],
  [(k) => { const s = k.stranger(); return [`Could you introduce me to ${s.name}?`, `This is the profile: ${k.profile(s)}`]; }, 4],
  [(k) => ['Thanks for the call today.', "Let's sync again next week.", k.plain()], 12],
  [(k) => { const s = k.stranger(); return [`Forwarding ${s.given}'s details: ${k.emailOf(s)}, ${k.anyPhone()}.`]; }, 4],
  [(k) => [`My new address from next month: ${k.homeAddress()}.`, `Phone stays ${k.myPhone()}.`], 3],
  [(k) => [`Hi ${k.colleague().given}, are you free for a coffee on ${k.day()}?`, k.plain()], 8],
];

function article(k: TextKit): readonly string[] {
  const topic = k.topic();
  const fill = (text: string): string => text.replace('{topic}', topic).replace('{skill}', k.skill());
  const title = fill(k.rng.pick(ARTICLE_TITLES));
  const sentences = [title.charAt(0).toUpperCase() + title.slice(1) + '.'];
  // The steps are long, so articles that give them keep the rest short and stay within 600 characters.
  const steps = k.rng.chance(0.5);
  const observations = steps ? 1 : k.rng.between(2, 5);
  for (let i = 0; i < observations; i++) sentences.push(fill(k.fresh(ARTICLE_SENTENCES)));
  if (steps) sentences.push(...ARTICLE_STEPS.map(fill));
  if (k.rng.chance(0.3)) sentences.push(`Thanks to ${k.mention(k.colleague())} for reviewing drafts of this piece.`);
  const bio = k.rng.int(5);
  if (bio === 0) sentences.push(`${k.self.name} is ${withArticle(k.role())} at ${k.company()}. Contact: mailto:${k.myEmail()}`);
  else if (bio === 1) sentences.push(`Follow me for more: ${k.profile(k.self)}`);
  return sentences;
}

const TEMPLATES: Readonly<Record<Exclude<ContentKind, 'article'>, WeightedList<Template>>> = {
  post: new WeightedList(POSTS),
  comment: new WeightedList(COMMENTS),
  profile: new WeightedList(PROFILES),
  message: new WeightedList(MESSAGES),
};

/** Writes the texts of one member, in the order the items are created. */
export class TextWriter {
  private readonly kit: TextKit;

  constructor(identities: IdentityCache, self: MemberIdentity, birthDate: string | undefined) {
    this.kit = new TextKit(memberStream(identities.seed, self.number, 'text'), identities, self, birthDate);
  }

  /** The text of one item of the given kind, written while the author lives at `residence`. */
  write(kind: ContentKind, residence: Residence): string {
    const kit = this.kit;
    kit.residence = residence;
    kit.used.clear();
    const sentences = kind === 'article' ? article(kit) : TEMPLATES[kind].pick(kit.rng)(kit);
    let text = '';
    for (const sentence of sentences) {
      if (sentence === '') continue;
      const next = text === '' ? sentence : `${text} ${sentence}`;
      if (next.length > TEXT_LENGTH.max) break;
      text = next;
    }
    while (text.length < TEXT_LENGTH.min) {
      const next = text === '' ? kit.plain() : `${text} ${kit.plain()}`;
      if (next.length > TEXT_LENGTH.max) break;
      text = next;
    }
    return text;
  }
}
