// IPv4 and IPv6 addresses, leaving out version numbers that look like IPv4 ("v1.2.3.4", "Chrome 120.0.0.1").
import type { EntitySpan } from './entity-types.js';
import { firstMatch } from './match-loop.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\p{L}\\p{N}.\\-])${OCTET}(?:\\.${OCTET}){3}(?![\\p{N}]|\\.\\d|-\\p{L})`, 'gu');
const VERSION_BEFORE =
  /(?:\bv|\bver\.?|\bversion|\brelease|\brel\.?|\bbuild|\bfirmware|\bupdate|\bupgrade|\bpatch|\bchrome|\bfirefox|\bsafari|\bedge|\bnode|\bpython|\bjava|\bios|\bandroid|\bwindows|\bmacos|\bkernel|\bsdk|\bapi|\bbios|\bdriver|\bapp)[\s:=/-]*$/i;
const VERSION_AFTER = /^(?:-(?:alpha|beta|rc|snapshot|dev)|\+build|\s+(?:release|build|update|version))/i;
const IPV6 = /(?<![\p{L}\p{N}:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4}|:)?(?:%[\p{L}\p{N}]+)?(?![\p{L}\p{N}:]|\.\d)/gu;

/** True when the text is a well-formed IPv6 address (full, compressed, or with an embedded IPv4 tail). */
export function ipv6Valid(candidate: string): boolean {
  let value = candidate.replace(/%[\p{L}\p{N}]+$/u, '');
  let groupsWanted = 8;
  const tail = /(?:^|:)((?:\d{1,3}\.){3}\d{1,3})$/.exec(value);
  if (tail?.[1] !== undefined) {
    if (!tail[1].split('.').every((o) => Number(o) <= 255)) return false;
    value = `${value.slice(0, value.length - tail[1].length)}0:0`;
    groupsWanted = 8;
  }
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  if (halves.length === 2) return groups.length >= 1 && groups.length < groupsWanted;
  return groups.length === groupsWanted;
}

/** Appends IP_ADDRESS spans; `ipv4: false` skips the IPv4 search (the caller saw no four dotted numbers). */
export function findIpAddresses(text: string, out: EntitySpan[], ipv4 = true): void {
  const v6 = findIpv6(text);
  out.push(...v6);
  if (!ipv4) return;
  for (let m = firstMatch(IPV4, text); m !== null; m = IPV4.exec(text)) {
    // The IPv4 tail of "::ffff:192.0.2.128" belongs to the IPv6 address.
    if (v6.some((s) => s.start <= m.index && m.index < s.end)) continue;
    const ip = m[0];
    if (ip.startsWith('0.')) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "Chrome/120.0.0.1" is a product version; "http://10.0.0.1" is an address.
    if (VERSION_BEFORE.test(before) || /\p{L}\/$/u.test(before)) continue;
    if (VERSION_AFTER.test(text.slice(m.index + ip.length, m.index + ip.length + 10))) continue;
    out.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + ip.length });
  }
}

function findIpv6(text: string): EntitySpan[] {
  // Two colons at least, before any pattern: most texts with a colon hold one ("Note: …", "10:30").
  const colon = text.indexOf(':');
  if (colon < 0 || text.indexOf(':', colon + 1) < 0) return [];
  if (!text.includes('::') && !/[0-9A-Fa-f]:[0-9A-Fa-f]{1,4}:/.test(text)) return [];
  const spans: EntitySpan[] = [];
  for (let m = firstMatch(IPV6, text); m !== null; m = IPV6.exec(text)) {
    if (m[0].length >= 3 && ipv6Valid(m[0])) spans.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
