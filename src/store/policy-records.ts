// Policy packs as used: each (id, version) is recorded once, with its exact document and hash.
import { ConsentryError } from '../domain/errors.js';
import type { PolicyPack } from '../schema/policy-pack.js';
import type { Db } from './store.js';

/** The recorded document of a pack version, or null when it was never used. */
export async function findPolicyPack(db: Db, id: string, version: number): Promise<{ document: string; sha256: string } | null> {
  const row = await db.selectFrom('policy_packs').select(['document', 'sha256']).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return row ?? null;
}

/**
 * Records a pack version the first time it is used. Returns true when newly recorded.
 * @throws ConsentryError E_POLICY_CONFLICT when the same id and version were recorded with other content
 */
export async function recordPolicyPack(tx: Db, pack: PolicyPack, document: string, sha256: string, recordedAt: string): Promise<boolean> {
  const existing = await findPolicyPack(tx, pack.id, pack.version);
  if (existing !== null) {
    if (existing.sha256 === sha256) return false;
    throw new ConsentryError(
      'E_POLICY_CONFLICT',
      `policy pack ${pack.id} version ${pack.version} was already used with different content; publish the change as version ${pack.version + 1}`,
    );
  }
  await tx.insertInto('policy_packs').values({ id: pack.id, version: pack.version, sha256, document, recorded_at: recordedAt }).execute();
  return true;
}
