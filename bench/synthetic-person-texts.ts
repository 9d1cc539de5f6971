// Synthetic training sentences for the name tagger: our own templates (posts, messages, forms, news-like
// lines) filled with names from the shipped lists and with invented surnames no list holds, so the model
// learns the contexts and shapes of names rather than the lists by heart. Other capitalised words (places,
// organisations, products, weekdays) fill the negative slots. No evaluation text was used to write them.
import { Rng } from '../src/pipeline/demo/seeded-random.js';
import type { LabelledText } from './redaction-corpora.js';

/** `{N}` a person's name, `{P}` a place, `{O}` an organisation, `{X}` a capitalised thing that is not a person. */
const TEMPLATES: readonly string[] = [
  'Thrilled to announce that {N} has joined our team as Head of Data.',
  'Huge thanks to {N} for the mentoring over the last two years.',
  'Congrats {N}! Well deserved.',
  'I had coffee with {N} in {P} yesterday and we talked about {X}.',
  'Shoutout to {N} and {N} for shipping the new {X} release.',
  '{N} just presented our roadmap at {O}. Brilliant talk.',
  'Please welcome {N}, our new VP of Engineering at {O}.',
  'My name is {N} and I work at {O} in {P}.',
  'Name: {N}\nPhone: see below\nCity: {P}',
  'Contact person: {N}, {O}, {P}.',
  'Patient {N} was admitted on Monday.',
  'The account belongs to {N}.',
  'Please forward this to {N} before Friday.',
  'Dear {N},\nthank you for your application to {O}.',
  'Hi {N}, can you send me the {X} slides?',
  'Best regards,\n{N}',
  'Cheers,\n{N}\n{O}',
  'Signed: {N}',
  'According to {N}, the {X} pilot in {P} went well.',
  '"We are not there yet," said {N}, who leads the team at {O}.',
  '{N} said the rollout would start in {P} next week.',
  'Interview with {N} about {X} and hiring in {P}.',
  'Photo by {N}.',
  'Written by {N} for {O}.',
  'Just finished reading the new book by {N}. Recommended!',
  'lol {N} you were right about {X}',
  'omg {N} is coming to {P} tomorrow!!!',
  'can\'t believe {N} left {O}',
  'Happy birthday {N}! Have a great one.',
  'RIP {N}, you will be missed.',
  'Watching {N} on TV tonight.',
  '{N} scored twice in the second half.',
  'Me and {N} are heading to {P} this weekend.',
  'Met {N} at the {O} meetup, great conversation about {X}.',
  'My manager {N} approved the budget for {X}.',
  'My colleague {N} from {O} will join the call.',
  'Our CEO {N} spoke at the {X} summit in {P}.',
  'Professor {N} supervised my thesis at {O}.',
  'Dr. {N} will see you on Tuesday.',
  'I spoke to Mr {N} and Mrs {N} about the lease.',
  'Ask {N} or {N} if you need access to {X}.',
  '{N}, {N} and {N} won the {O} hackathon.',
  'Reference: {N} (former manager at {O})',
  'Emergency contact: {N}',
  'Employee {N} transferred to the {P} office.',
  'The package was signed for by {N}.',
  'Invoice addressed to {N}, {O}.',
  'Tenant: {N}. Landlord: {N}.',
  'Recommended by {N}, who worked with her at {O}.',
  'Candidate {N} has five years of experience with {X}.',
  'Loved the keynote from {N} at {O} today.',
  'Sad to say goodbye to {N} after seven years at {O}.',
  'So proud of my daughter {N}, she graduated today!',
  'My son {N} started school in {P}.',
  'My wife {N} and I moved to {P} last year.',
  'Her husband {N} runs a bakery in {P}.',
  'Grandma {N} turned ninety this week.',
  'In memory of {N}, founder of {O}.',
  'Happy to share that {N} and I co-authored a paper on {X}.',
  'Kudos to {N} for leading the migration to {X}.',
  'This week on the podcast: {N} on building {X} at {O}.',
  'I owe {N} a coffee for fixing the {X} outage.',
  '{N}\'s talk on {X} was the highlight of the conference.',
  'We asked {N} what {O} gets wrong about {X}.',
  'Via {N}: {O} is hiring in {P}.',
  'Team lead: {N}. Designers: {N} and {N}.',
  'From: {N}\nTo: {N}\nSubject: {X} review',
  'cc {N}',
  'Meeting notes (attendees: {N}, {N}, {N})',
  '{N} has requested access to the {X} workspace.',
  '{N} commented on your post.',
  '{N} liked your article about {X}.',
  'You and {N} are now connected.',
  '{N} endorsed you for {X}.',
  'Call {N} back about the {P} contract.',
  'Judge {N} dismissed the case on Thursday.',
  'Senator {N} visited {P} on Wednesday.',
  'Coach {N} named the squad for the {X} cup.',
  'Officer {N} filed the report.',
  'Uncle {N} is visiting from {P}.',
  'Aunt {N} sent a card.',
  'Thanks again to {N} for the intro to {O}.',
  'Big day for {N}: first marathon, finished in {P}!',
  '{N} (left) and {N} (right) at the {O} launch.',
  'Listened to {N} explain {X} in plain words. Worth it.',
  'Did anyone else see {N} at the {P} airport?',
  'Who is {N}? Never heard of them.',
  'I am {N}, a data engineer based in {P}.',
  'I\'m {N} and I love {X}.',
  'This is {N} from {O}, calling about your order.',
  'Spoke with {N} today. She agrees.',
  'he told {N} everything',
  'ask {N} about it',
  'with {N} at {P} tonight',
  '{N} wrote: the {X} numbers look wrong.',
  '{N} replied to your comment on {X}.',
  'Applicant: {N}\nNationality: {P}\nEmployer: {O}',
  'Holder: {N}',
  'Passenger {N}, please come to gate 12.',
  'The winner of this year\'s {O} award is {N}.',
  // Sentences without a person: capitalised words that are not names.
  'Our office in {P} moves to a new building in March.',
  '{O} announced a new {X} programme in {P}.',
  'The {X} team at {O} is hiring.',
  'Flights from {P} to {P} are delayed.',
  'Excited to speak at {O} in {P} next month!',
  '{X} is now generally available on {O}.',
  'Monday standup moved to Tuesday because of the {P} holiday.',
  'New post: why {X} beats {X} for small teams.',
  'Weather in {P} is great today.',
  '{O} and {O} sign a partnership on {X}.',
  'Read the {X} report from {O}.',
  'Thanks to everyone at {O} for a great week in {P}!',
  'The {P} office closes early on Friday.',
  'Join us at {O} for a {X} workshop.',
  'Big news from {O} today.',
];

const ORGANISATIONS = [
  'Northwind', 'Acme Corp', 'Globex', 'Initech', 'Contoso', 'Fabrikam', 'Umbrella Health', 'Blue Harbor Bank', 'Stark Labs', 'Wayne Foundation',
  'the University of Leeds', 'Tata Digital', 'Siemens', 'Google', 'Microsoft', 'Deutsche Bahn', 'Airbus', 'the NHS', 'UNICEF', 'Red Cross',
  'OpenData Institute', 'Riverstone Capital', 'Greenfield Energy', 'Lumen Analytics', 'Orbit Logistics', 'Hanseatic Trading', 'Pixel Forge',
];
const THINGS = [
  'Kubernetes', 'GraphQL', 'Rust', 'Postgres', 'Python', 'TypeScript', 'Kafka', 'Spark', 'Figma', 'Excel', 'Salesforce', 'Slack', 'Jira',
  'Terraform', 'React', 'Linux', 'Docker', 'AI', 'Cloud', 'Privacy', 'Security', 'Analytics', 'Payments', 'Search', 'Mobile', 'Design',
];

function capitalise(word: string): string {
  return word
    .split(/([- ])/)
    .map((part) => (part.length > 0 ? (part[0] ?? '').toUpperCase() + part.slice(1) : part))
    .join('');
}

/** What the generator draws from: the shipped lists (lower case) and a test for words any list knows. */
export interface SyntheticSources {
  readonly given: readonly string[];
  readonly surnames: readonly string[];
  readonly places: readonly string[];
  /** Whether a lower-case word is in any shipped list: invented surnames must not be. */
  readonly known: (word: string) => boolean;
}

/** Generates `count` labelled sentences. */
export function syntheticPersonTexts(sources: SyntheticSources, count: number, seed: number): LabelledText[] {
  // The demo generator's pinned stream: the same seed gives the same sentences, and so the same weights.
  const rng = new Rng(seed);
  const next = (): number => rng.next();
  const pick = <T>(list: readonly T[]): T => rng.pick(list);
  // An invented surname: the start of one known surname spliced to the end of another, unknown to every list.
  const invent = (): string => {
    for (;;) {
      const a = pick(sources.surnames);
      const b = pick(sources.surnames);
      if (a.length < 4 || b.length < 4 || /[ -]/.test(a + b)) continue;
      const word = a.slice(0, 2 + Math.floor(next() * (a.length - 3))) + b.slice(1 + Math.floor(next() * (b.length - 3)));
      if (word.length >= 4 && word.length <= 12 && !sources.known(word)) return word;
    }
  };
  const givenName = () => (next() < 0.25 ? invent() : pick(sources.given));
  const surname = () => (next() < 0.4 ? invent() : pick(sources.surnames));
  const name = (): string => {
    const r = next();
    let text: string;
    if (r < 0.5) text = `${capitalise(givenName())} ${capitalise(surname())}`;
    else if (r < 0.65) text = capitalise(givenName());
    else if (r < 0.77) text = capitalise(surname());
    else if (r < 0.82) text = `${capitalise(givenName())} ${String.fromCharCode(65 + Math.floor(next() * 26))}. ${capitalise(surname())}`;
    else if (r < 0.86) text = `${String.fromCharCode(65 + Math.floor(next() * 26))}. ${capitalise(surname())}`;
    else if (r < 0.9) text = `${capitalise(givenName())} ${capitalise(surname())}-${capitalise(surname())}`;
    else if (r < 0.96) text = next() < 0.5 ? `${givenName()} ${surname()}` : givenName();
    else text = `${givenName()} ${surname()}`.toUpperCase();
    return text;
  };
  const texts: LabelledText[] = [];
  for (let k = 0; k < count; k++) {
    const template = pick(TEMPLATES);
    const labels: { type: 'PERSON'; source: string; start: number; end: number }[] = [];
    let text = '';
    let cursor = 0;
    for (const m of template.matchAll(/\{([NPOX])\}/g)) {
      text += template.slice(cursor, m.index);
      cursor = m.index + m[0].length;
      const slot = m[1];
      let value: string;
      if (slot === 'N') {
        value = name();
        labels.push({ type: 'PERSON', source: 'PERSON', start: text.length, end: text.length + value.length });
      } else if (slot === 'P') value = capitalise(pick(sources.places));
      else if (slot === 'O') value = pick(ORGANISATIONS);
      else value = pick(THINGS);
      text += value;
    }
    text += template.slice(cursor);
    // A tenth of the texts in lower case, as many posts are written.
    if (next() < 0.1) text = text.toLowerCase();
    texts.push({ id: `synthetic-${k + 1}`, text, labels });
  }
  return texts;
}
