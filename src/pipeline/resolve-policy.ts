// Resolves `--policy PACK|FILE` to a validated pack, and records the pack version the first time it is used.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { canonicalJson, sha256Hex } from '../domain/digest.js';
import { ConsentryError } from '../domain/errors.js';
import { builtinPack, BUILTIN_PACK_NAMES, DEFAULT_PACK, isBuiltinPackName, parsePolicyPack } from '../domain/policy.js';
import type { PolicyPack } from '../schema/policy-pack.js';
import { appendAudit } from '../store/audit-log.js';
import { recordPolicyPack } from '../store/policy-records.js';
import type { Db } from '../store/store.js';
import type { PipelineContext } from './pipeline-context.js';

/** A validated pack with the hash of its canonical JSON. */
export interface ResolvedPolicy {
  readonly pack: PolicyPack;
  readonly sha256: string;
}

/** A pack from its built-in name, or from a JSON file path; the default pack when no name is given. */
export async function resolvePolicy(nameOrFile: string | undefined, cwd: string): Promise<ResolvedPolicy> {
  const name = nameOrFile ?? DEFAULT_PACK;
  if (isBuiltinPackName(name)) return withHash(builtinPack(name));
  const path = resolve(cwd, name);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !name.includes('/') && !name.endsWith('.json')) {
      throw new ConsentryError('E_POLICY_UNKNOWN', `no built-in policy pack "${name}" (built in: ${BUILTIN_PACK_NAMES.join(', ')}) and no file of that name`);
    }
    throw new ConsentryError('E_POLICY_UNKNOWN', `cannot read policy pack file ${name}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ConsentryError('E_POLICY_INVALID', `policy pack ${name} is not valid JSON: ${(error as Error).message}`);
  }
  return withHash(parsePolicyPack(document, `policy pack ${name}`));
}

function withHash(pack: PolicyPack): ResolvedPolicy {
  return { pack, sha256: sha256Hex(canonicalJson(pack)) };
}

/** Records the pack version (once) inside a write transaction, with an audit entry when new. */
export async function recordPolicyUse(tx: Db, ctx: PipelineContext, policy: ResolvedPolicy): Promise<void> {
  const recordedAt = ctx.clock.now();
  const isNew = await recordPolicyPack(tx, policy.pack, canonicalJson(policy.pack), policy.sha256, recordedAt);
  if (isNew) {
    await appendAudit(tx, [
      {
        at: recordedAt,
        action: 'policy.recorded',
        actor: ctx.actor,
        subject: `${policy.pack.id}@${policy.pack.version}`,
        payload: { id: policy.pack.id, version: policy.pack.version, sha256: policy.sha256 },
      },
    ]);
  }
}
