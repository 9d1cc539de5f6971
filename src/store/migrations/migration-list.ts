// The ordered list of migrations, provided statically so the compiled build needs no folder scan.
import type { Migration, MigrationProvider } from 'kysely';
import * as consentCore from './0001-consent-core.js';
import * as suppressionList from './0002-suppression-list.js';
import * as webAccounts from './0003-web-accounts.js';
import * as trainingRuns from './0004-training-runs.js';
import * as importBatchIndex from './0005-import-batch-index.js';

/** Every migration by name; names sort in the order they apply. */
export const migrationProvider: MigrationProvider = {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve({ '0001-consent-core': consentCore, '0002-suppression-list': suppressionList, '0003-web-accounts': webAccounts, '0004-training-runs': trainingRuns, '0005-import-batch-index': importBatchIndex });
  },
};
