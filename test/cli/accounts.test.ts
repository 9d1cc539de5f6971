// `consentry member password`, `staff add`, `staff token` and `delegate add`: passwords on stdin, tokens that work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../../src/pipeline/import/import-records.command.js';
import { jsonlStream, memberRecord } from '../support/record-factory.js';
import { runCli } from '../support/run-cli.js';
import { testContext } from '../support/pipeline-context.js';
import { DIALECTS, openTestStore, type TestStore } from '../support/test-stores.js';
import { startTestServer, type TestServer } from '../support/web-server.js';
import { bearer, WebClient } from '../support/web-client.js';

describe.each(DIALECTS)('account commands (%s)', (dialect) => {
  let db: TestStore;
  let server: TestServer;
  beforeAll(async () => {
    db = await openTestStore(dialect);
    await importRecords({ ctx: testContext(db.store), source: 'test', input: jsonlStream([memberRecord('m1', { email: 'Mia@Example.org' }), memberRecord('m2')]) });
    server = await startTestServer(dialect, { testStore: db });
  });
  afterAll(async () => server.close());

  const cli = (args: string[], stdin?: string) => runCli([...args, '--db', db.location], stdin === undefined ? {} : { stdin });

  it('sets a member’s password from stdin, refusing empty and short ones', async () => {
    const empty = await cli(['member', 'password', '--member', 'm1'], '');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('password must be at least 10 characters');
    expect((await cli(['member', 'password', '--member', 'm1'], 'short\n')).status).toBe(2);
    const unknown = await cli(['member', 'password', '--member', 'm-nobody'], 'long enough password\n');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no member with id "m-nobody"');
    const ok = await cli(['member', 'password', '--member', 'm1'], 'long enough password\n');
    expect(ok, ok.stderr).toMatchObject({ status: 0, stdout: 'Enabled sign-in for member m1: mia@example.org\n' });
    const again = await cli(['member', 'password', '--member', 'm1'], 'another long password\n');
    expect(again.stdout).toContain('Changed sign-in');
    expect((await new WebClient(server.url).signIn('mia@example.org', 'another long password')).status).toBe(303);
    expect((await new WebClient(server.url).signIn('mia@example.org', 'long enough password')).status).toBe(401);
  });

  it('adds staff with a role, refuses unknown roles and duplicates, and prints a working API token', async () => {
    const badRole = await cli(['staff', 'add', '--email', 'po@example.org', '--role', 'admin'], 'staff password 1\n');
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain('--role must be one of privacy-officer, ml-engineer, auditor');
    expect((await cli(['staff', 'add', '--email', 'po@example.org', '--role', 'privacy-officer', '--name', 'Pat Officer'], 'staff password 1\n')).status).toBe(0);
    const duplicate = await cli(['staff', 'add', '--email', 'PO@example.org', '--role', 'auditor'], 'staff password 1\n');
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain('already uses po@example.org');
    const token = await cli(['staff', 'token', '--email', 'po@example.org']);
    expect(token.status).toBe(0);
    expect(token.stdout).toMatch(/^ct_[A-Za-z0-9_-]{43}\n$/);
    const response = await new WebClient(server.url).get('/api/v1/me', bearer(token.stdout.trim()));
    expect(response.json()).toMatchObject({ account: { email: 'po@example.org', role: 'privacy-officer', name: 'Pat Officer' } });
    const stored = await db.store.db.selectFrom('api_tokens').select('token_hash').execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(token.stdout.trim());
    const member = await cli(['staff', 'token', '--email', 'mia@example.org']);
    expect(member.status).toBe(1);
    expect(member.stderr).toContain('not an active staff account');
    expect((await cli(['staff', 'token', '--email', 'ghost@example.org'])).stderr).toContain('no account uses ghost@example.org');
  });

  it('adds a delegate for a member, with a new account or an existing member account', async () => {
    const created = await cli(['delegate', 'add', '--email', 'kin@example.org', '--member', 'm2', '--kind', 'legacy-contact', '--name', 'Kin'], 'delegate password\n');
    expect(created).toMatchObject({ status: 0, stdout: 'kin@example.org may now act for member m2 as legacy-contact (new delegate account)\n' });
    const existing = await cli(['delegate', 'add', '--email', 'mia@example.org', '--member', 'm2', '--kind', 'authorised-agent'], '');
    expect(existing.status).toBe(0);
    expect((await cli(['delegate', 'add', '--email', 'mia@example.org', '--member', 'm1', '--kind', 'authorised-agent'], '')).stderr).toContain('cannot be their own delegate');
    expect((await cli(['delegate', 'add', '--email', 'x@example.org', '--member', 'm2', '--kind', 'friend'], '')).status).toBe(2);
    const audit = await db.store.db.selectFrom('audit_log').select(['action', 'actor']).where('action', '=', 'account.changed').execute();
    expect(audit.length).toBeGreaterThanOrEqual(6);
    expect(new Set(audit.map((a) => a.actor))).toEqual(new Set(['cli']));
  });
});
