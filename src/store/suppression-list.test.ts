// The suppression list round-trips on every dialect and feeds the redactor's directory.
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/test-stores.js';
import { createRedactor } from '../domain/redaction/create-redactor.js';
import { loadRedactionDirectory } from './redaction-directory.js';
import { addSuppressionEntry, listSuppressionEntries } from './suppression-list.js';

describe.each(DIALECTS)('suppression list on %s', (dialect) => {
  let t: TestStore | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('stores entries once, lists them oldest first, and loads them as suppressed people', async () => {
    t = await openTestStore(dialect);
    const { db } = t.store;
    await addSuppressionEntry(db, { id: 'sup_2', name: 'Jane Roe', handles: ['@janeroe', '@jr_photos'], createdAt: '2025-02-01T00:00:00.000Z', source: 'form' });
    await addSuppressionEntry(db, { id: 'sup_1', name: 'Marguerite Oyelaran', email: 'margo@example.net', handles: [], createdAt: '2025-01-01T00:00:00.000Z', source: 'admin:dpo@example.org' });
    await addSuppressionEntry(db, { id: 'sup_1', name: 'Someone Else', handles: [], createdAt: '2025-03-01T00:00:00.000Z', source: 'cli' });

    const entries = await listSuppressionEntries(db);
    expect(entries).toEqual([
      { id: 'sup_1', name: 'Marguerite Oyelaran', email: 'margo@example.net', handles: [], createdAt: '2025-01-01T00:00:00.000Z', source: 'admin:dpo@example.org' },
      { id: 'sup_2', name: 'Jane Roe', handles: ['@janeroe', '@jr_photos'], createdAt: '2025-02-01T00:00:00.000Z', source: 'form' },
    ]);

    const directory = await loadRedactionDirectory(db);
    expect(directory.members).toEqual([]);
    expect(directory.suppressed.map((p) => p.name)).toEqual(['Marguerite Oyelaran', 'Jane Roe']);
    const redactor = createRedactor({ ...directory, operator: 'replace' });
    expect(redactor.redact('Photo by jr_photos, with marguerite oyelaran.').text).toBe('Photo by <PERSON>, with <PERSON>.');
  });
});
