// docs/errors.md lists every code of the one error catalogue with its HTTP status, so the reference cannot drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../src/domain/errors.js';

describe('docs/errors.md', () => {
  it('lists every error code with the status the API answers', () => {
    const text = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    for (const [code, { status }] of Object.entries(ERROR_CATALOGUE)) {
      expect(text, code).toMatch(new RegExp(`\\| \`${code}\` \\| ${status} \\|`));
    }
  });
});
