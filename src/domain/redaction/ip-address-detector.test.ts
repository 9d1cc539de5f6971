// IPv4 and IPv6 addresses; version strings that look like IPv4 and clock times stay.
import { describe, expect, it } from 'vitest';
import type { EntitySpan } from './entity-types.js';
import { findIpAddresses, ipv6Valid } from './ip-address-detector.js';

function ips(text: string): string[] {
  const out: EntitySpan[] = [];
  findIpAddresses(text, out);
  return out.map((s) => text.slice(s.start, s.end));
}

describe('IP address detector', () => {
  it.each(['203.0.113.42', '10.0.0.1', '255.255.255.255', '2001:db8:85a3::8a2e:370:7334', '2001:0db8:0000:0000:0000:ff00:0042:8329', 'fe80::1ff:fe23:4567:890a', '::1', '::ffff:192.0.2.128'])(
    'finds %s',
    (ip) => {
      expect(ips(`blocked ${ip}.`)).toEqual([ip]);
    },
  );

  it('finds an address inside a URL', () => {
    expect(ips('open http://192.168.1.20/admin now')).toEqual(['192.168.1.20']);
  });

  it.each([
    ['v1.2.3.4', 'a v-prefixed version'],
    ['version 10.0.19041.1', 'a version word before it'],
    ['Chrome/124.0.6367.91', 'a product version'],
    ['build 2.4.1.3', 'a build number'],
    ['release 3.1.4.1-beta', 'a pre-release'],
    ['256.1.1.1', 'an octet above 255'],
    ['1.2.3', 'three parts'],
    ['1.2.3.4.5', 'five parts'],
    ['0.9.1.2', 'starting with 0'],
    ['at 10:30:45 UTC', 'a clock time'],
    ['MAC 00:1A:2B:3C:4D:5E', 'a MAC address'],
  ])('leaves %s (%s)', (text) => {
    expect(ips(text)).toEqual([]);
  });

  it('validates IPv6 forms', () => {
    expect(ipv6Valid('1:2:3:4:5:6:7:8')).toBe(true);
    expect(ipv6Valid('1:2:3:4:5:6:7')).toBe(false);
    expect(ipv6Valid('1::2::3')).toBe(false);
    expect(ipv6Valid('12345::1')).toBe(false);
  });
});
