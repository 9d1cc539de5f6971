// Links that identify a person are redacted; other links stay.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

describe('personal URL detector', () => {
  it.each([
    'https://www.linkedin.com/in/ingrid-solberg-4a21b',
    'linkedin.com/in/ada',
    'https://x.com/kwamecodes',
    'github.com/declan-osullivan',
    'https://www.youtube.com/@declanosullivan',
    'instagram.com/chloe.marchand.art',
    'https://medium.com/@ada/why-i-left-3f2a',
    'https://amaraokafor.substack.com',
    'https://jonas-lindqvist.github.io',
    'https://calendly.com/hiroshi-tanabe/30min',
    'https://northwind.example/team/mei-ling-chou',
    'http://www.cs.example.edu/~svenkat',
    'https://fosstodon.org/@ingrid',
    'https://bsky.app/profile/amara.bsky.social',
    'https://orcid.org/0000-0002-1825-0097',
    'mailto:amara.okafor@example.org',
    'https://sarahjohnson.com',
    'https://kenji-watanabe.dev',
  ])('redacts %s', (url) => {
    expect(foundOf('URL', `see ${url} for more`)).toEqual([url]);
  });

  it.each([
    'https://northwind.example/careers/backend-2025',
    'https://www.theguardian.com/technology/2025/jan/10/ai-training',
    'https://github.com/features/actions',
    'https://www.linkedin.com/jobs/view/3912345678',
    'https://docs.northwind.example/api/v2',
    'https://arxiv.org/abs/2405.01234',
    'example.com',
    'https://x.com/search?q=privacy',
  ])('keeps %s', (url) => {
    expect(foundOf('URL', `see ${url} for more`)).toEqual([]);
  });

  it('stops at trailing punctuation and closing brackets', () => {
    expect(foundOf('URL', 'Profile (https://x.com/ada_b). Thanks')).toEqual(['https://x.com/ada_b']);
  });

  it('recognises a domain made of a member name', () => {
    expect(foundOf('URL', 'my site rosalindkowalczyk.net is up', [{ name: 'Rosalind Kowalczyk' }])).toEqual(['rosalindkowalczyk.net']);
  });
});
