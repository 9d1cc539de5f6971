// Links that identify a person: profile pages on social and professional sites, personal sub-domains and
// home pages, "/~user" and "/people/…" paths, and mailto: links. Other links (companies, articles) stay.
import type { EntitySpan } from './entity-types.js';
import type { TokenBuffer } from './tokens.js';
import { W } from './word-classes.js';

/** Tells whether a word or pair of words is a known given name + surname or a known person's name. */
export type NameTest = (words: readonly string[]) => boolean;

const URL_SHAPE =
  /^(?:(?:https?:\/\/|www\.)[^\s<>"'`]+|mailto:[^\s<>"'`]+|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12}(?:[/?#][^\s<>"'`]*)?)$/iu;
const CHUNK_STOP = /[\s<>"'`()[\]{}]/u;

/** Characters that end a link: white space, quotes and brackets (a code test; the pattern only beyond ASCII). */
function isChunkStop(code: number): boolean {
  if (code < 128) return code <= 32 || code === 60 || code === 62 || code === 34 || code === 39 || code === 96 || code === 40 || code === 41 || code === 91 || code === 93 || code === 123 || code === 125 || code === 127;
  return CHUNK_STOP.test(String.fromCharCode(code));
}

/** Hosts whose paths name a user; the pattern says which paths are profiles rather than site pages. */
const PROFILE_PATHS: ReadonlyMap<string, RegExp> = new Map([
  ['linkedin.com', /^\/(?:in|pub|profile)\/[^/?#]+/i],
  ['twitter.com', /^\/(?!home\b|search\b|explore\b|hashtag\b|i\/|intent\b|share\b|settings\b|login\b|signup\b|tos\b|privacy\b)\w{1,15}(?:[/?#]|$)/i],
  ['x.com', /^\/(?!home\b|search\b|explore\b|hashtag\b|i\/|intent\b|share\b|settings\b|login\b|signup\b|tos\b|privacy\b)\w{1,15}(?:[/?#]|$)/i],
  ['facebook.com', /^\/(?:profile\.php\?id=\d+|(?!groups\b|events\b|pages\b|watch\b|marketplace\b|hashtag\b|share|sharer|login\b|help\b|policies\b|business\b|gaming\b)[\w.]{3,}(?:[/?#]|$))/i],
  ['fb.com', /^\/[\w.]{3,}/i],
  ['instagram.com', /^\/(?!p\/|reels?\b|explore\b|accounts\b|about\b|developer\b)[\w.]{1,30}(?:[/?#]|$)/i],
  ['tiktok.com', /^\/@[\w.]+/i],
  ['youtube.com', /^\/(?:@|c\/|user\/|channel\/)[^/?#]+/i],
  ['github.com', /^\/(?!features\b|pricing\b|about\b|marketplace\b|topics\b|orgs?\b|enterprise\b|login\b|join\b|explore\b|search\b|settings\b|trending\b|collections\b|sponsors\/?$|apps\b|customer-stories\b|security\b|readme\b)[\w-]{1,39}(?:[/?#]|$)/i],
  ['gitlab.com', /^\/(?!explore\b|help\b|users\/sign_in)[\w.-]{2,}(?:[/?#]|$)/i],
  ['bitbucket.org', /^\/[\w.-]{2,}(?:[/?#]|$)/i],
  ['medium.com', /^\/@[^/?#]+/i],
  ['substack.com', /^\/@[^/?#]+/i],
  ['threads.net', /^\/@[^/?#]+/i],
  ['bsky.app', /^\/profile\/[^/?#]+/i],
  ['reddit.com', /^\/(?:u|user)\/[^/?#]+/i],
  ['stackoverflow.com', /^\/users\/\d+/i],
  ['xing.com', /^\/profile\/[^/?#]+/i],
  ['researchgate.net', /^\/profile\/[^/?#]+/i],
  ['orcid.org', /^\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]/i],
  ['scholar.google.com', /[?&]user=/i],
  ['flickr.com', /^\/(?:people|photos)\/[^/?#]+/i],
  ['vimeo.com', /^\/(?!\d+(?:[/?#]|$)|channels\b|groups\b)[a-z][\w]{2,}(?:[/?#]|$)/i],
  ['soundcloud.com', /^\/[\w-]{3,}(?:[/?#]|$)/i],
  ['producthunt.com', /^\/@[^/?#]+/i],
  ['wellfound.com', /^\/u\/[^/?#]+/i],
  ['angel.co', /^\/u\/[^/?#]+/i],
  ['dev.to', /^\/(?!t\/|top\b|latest\b|search\b)[\w-]{2,}(?:[/?#]|$)/i],
]);

/** Hosts where the whole site is one person's: any path on them identifies that person. */
const PERSONAL_HOSTS = new Set([
  't.me', 'wa.me', 'linktr.ee', 'about.me', 'calendly.com', 'ko-fi.com', 'buymeacoffee.com', 'patreon.com', 'behance.net',
  'dribbble.com', 'keybase.io', 'gravatar.com', 'cal.com', 'bio.link', 'beacons.ai', 'venmo.com', 'paypal.me', 'cash.app',
]);

/** Hosts that give each user a sub-domain: "ada.github.io", "ada.substack.com". */
const USER_SUBDOMAIN_HOSTS = ['github.io', 'medium.com', 'substack.com', 'wordpress.com', 'blogspot.com', 'tumblr.com', 'wixsite.com', 'carrd.co', 'notion.site', 'bearblog.dev', 'micro.blog', 'neocities.org'];

const PERSONAL_PATH = /\/(?:~[\w.-]+|@[\w.-]+|(?:people|person|team|staff|faculty|profile|profiles|user|users|u|author|authors|member|members|speaker|speakers|employees?)\/[\w.%-]{2,})/i;
const MASTODON_PATH = /^\/@[\w.]+(?:@[\w.-]+)?(?:[/?#]|$)/;

/**
 * Appends URL spans for links that identify a person. Links are found from the scanned words: a URL
 * scheme, "www", or a top-level domain right after a dot, grown to the run of non-space characters.
 */
export function findPersonalUrls(text: string, words: TokenBuffer, isName: NameTest, out: EntitySpan[]): void {
  if ((words.seen & W.URL_PART) === 0) return;
  let done = -1;
  for (let i = 0; i < words.count; i++) {
    const start = words.start[i] ?? 0;
    if (start < done || ((words.classes[i] ?? 0) & W.URL_PART) === 0) continue;
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(words.end[i] ?? 0);
    if (before !== 46 && after !== 58 && after !== 46) continue;
    let from = start;
    while (from > 0 && !isChunkStop(text.charCodeAt(from - 1))) from--;
    let to = words.end[i] ?? 0;
    while (to < text.length && !isChunkStop(text.charCodeAt(to))) to++;
    done = to;
    const raw = trimTrailing(text.slice(from, to));
    if (!URL_SHAPE.test(raw)) continue;
    // An e-mail address is not a link (the e-mail detector takes it), but "medium.com/@ada" is.
    const atSign = raw.indexOf('@');
    if (atSign !== -1 && !/^mailto:/i.test(raw) && !raw.slice(0, atSign).includes('/')) continue;
    if (isPersonalUrl(raw, isName)) out.push({ type: 'URL', start: from, end: from + raw.length });
  }
}

function trimTrailing(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.charAt(url.length - 1);
    if ('.,;:!?\'"'.includes(last)) url = url.slice(0, -1);
    else if (last === ')' && !url.includes('(')) url = url.slice(0, -1);
    else if (last === ']' && !url.includes('[')) url = url.slice(0, -1);
    else return url;
  }
}

/** True when the link identifies a person. */
export function isPersonalUrl(url: string, isName: NameTest): boolean {
  if (/^mailto:/i.test(url)) return true;
  const parsed = /^(?:https?:\/\/)?([^/?#:]+)(?::\d+)?([/?#].*)?$/i.exec(url);
  if (parsed === null) return false;
  const host = (parsed[1] ?? '').toLowerCase().replace(/^(?:www|m|mobile|web)\./, '');
  const path = parsed[2] ?? '';
  const profile = PROFILE_PATHS.get(host) ?? PROFILE_PATHS.get(host.replace(/^[a-z]{2}\./, ''));
  if (profile !== undefined) return profile.test(path);
  if (PERSONAL_HOSTS.has(host)) return path.length > 1;
  for (const base of USER_SUBDOMAIN_HOSTS) {
    if (host.endsWith(`.${base}`) && host.length > base.length + 1) return true;
  }
  if (MASTODON_PATH.test(path) && /(?:^|\.)(?:mastodon|mstdn|fosstodon|hachyderm|masto|social)\b/.test(host)) return true;
  if (PERSONAL_PATH.test(path)) return true;
  return looksLikePersonalDomain(host, isName);
}

/** "ada-byron.dev", "adabyron.com", "ada.byron.me": the registered name is a person's name. */
function looksLikePersonalDomain(host: string, isName: NameTest): boolean {
  const labels = host.split('.');
  if (labels.length < 2) return false;
  const tldParts = labels.length >= 3 && /^(?:co|com|org|net|ac)$/.test(labels[labels.length - 2] ?? '') ? 2 : 1;
  const registered = labels.slice(0, labels.length - tldParts);
  const name = registered[registered.length - 1] ?? '';
  if (registered.length >= 2 && isName([registered[registered.length - 2] ?? '', name])) return true;
  const parts = name.split(/[-_]/).filter((p) => p !== '');
  if (parts.length >= 2 && parts.length <= 3) return isName(parts);
  if (name.length < 6) return false;
  for (let k = 3; k <= name.length - 3; k++) {
    if (isName([name.slice(0, k), name.slice(k)])) return true;
  }
  return false;
}
