// Policy packs (SPEC §3): validation beyond the schema, and the regime a purpose has for a residence.
import { PURPOSE_PARENT, PURPOSES, type Purpose } from '../schema/purposes.js';
import { policyPackSchema, type PolicyPack, type Regime } from '../schema/policy-pack.js';
import { formatIssues } from '../schema/issues.js';
import type { Instant } from '../schema/time.js';
import { isCountryCode } from '../schema/regions.js';
import { ConsentryError, problemsError } from './errors.js';
import { purposeAndAncestors } from './purpose-tree.js';
import type { Residence } from './member-history.js';
import privacyFirst from './policy-packs/privacy-first.json' with { type: 'json' };
import linkedin2024 from './policy-packs/linkedin-2024.json' with { type: 'json' };

/** The names of the packs that ship with Consentry; the first is the default. */
export const BUILTIN_PACK_NAMES = ['privacy-first', 'linkedin-2024'] as const;
export type BuiltinPackName = (typeof BUILTIN_PACK_NAMES)[number];
export const DEFAULT_PACK: BuiltinPackName = 'privacy-first';

const STRICTNESS: Readonly<Record<Regime, number>> = { 'opt-out': 0, 'opt-in': 1, excluded: 2 };

/** The stricter of two regimes: excluded > opt-in > opt-out. */
export function stricter(a: Regime, b: Regime): Regime {
  return STRICTNESS[a] >= STRICTNESS[b] ? a : b;
}

/**
 * Validates a policy-pack document, refusing it with a message naming each bad field.
 * @throws ConsentryError E_POLICY_INVALID
 */
export function parsePolicyPack(input: unknown, source = 'policy pack'): PolicyPack {
  const parsed = policyPackSchema.safeParse(input);
  const problems = parsed.success ? checkPackConsistency(parsed.data) : formatIssues(parsed.error);
  if (!parsed.success || problems.length > 0) {
    throw problemsError('E_POLICY_INVALID', `${source} is invalid`, problems);
  }
  return parsed.data;
}

function checkPackConsistency(pack: PolicyPack): string[] {
  const problems: string[] = [];
  const defined = PURPOSES.filter((p) => pack.purposes[p] !== undefined);
  if (defined.length === 0) problems.push('purposes: must define at least one purpose');
  for (const purpose of defined) {
    const parent = PURPOSE_PARENT[purpose];
    const declared = pack.purposes[purpose]?.parent;
    if (declared !== undefined && declared !== parent) {
      problems.push(`purposes.${purpose}.parent: must be ${parent ?? 'absent'} (SPEC §2 fixes the hierarchy)`);
    }
    if (parent !== null && pack.purposes[parent] === undefined) {
      problems.push(`purposes.${parent}: required, because ${purpose} is defined and ${parent} is its parent`);
    }
  }
  const star = pack.jurisdictions['*'];
  if (star === undefined) problems.push('jurisdictions.*: required (the fallback for every region)');
  for (const purpose of defined) {
    if (star !== undefined && star[purpose] === undefined) {
      problems.push(`jurisdictions.*.${purpose}: required (* must give every purpose)`);
    }
  }
  for (const [key, table] of Object.entries(pack.jurisdictions)) {
    if (key !== '*' && !isCountryCode(key.slice(0, 2))) problems.push(`jurisdictions.${key}: ${key.slice(0, 2)} is not an ISO 3166-1 country code`);
    for (const purpose of PURPOSES) {
      if (table[purpose] !== undefined && pack.purposes[purpose] === undefined) {
        problems.push(`jurisdictions.${key}.${purpose}: the pack does not define purpose ${purpose}`);
      }
    }
  }
  return problems;
}

const BUILTIN_PACKS: Readonly<Record<BuiltinPackName, PolicyPack>> = {
  'privacy-first': parsePolicyPack(privacyFirst, 'built-in pack privacy-first'),
  'linkedin-2024': parsePolicyPack(linkedin2024, 'built-in pack linkedin-2024'),
};

/** True when the name is a built-in pack. */
export function isBuiltinPackName(name: string): name is BuiltinPackName {
  return (BUILTIN_PACK_NAMES as readonly string[]).includes(name);
}

/** A built-in policy pack by name. */
export function builtinPack(name: BuiltinPackName): PolicyPack {
  return BUILTIN_PACKS[name];
}

/** When a purpose takes effect under the pack. @throws ConsentryError E_PURPOSE_UNDEFINED */
export function effectiveAt(pack: PolicyPack, purpose: Purpose): Instant {
  const entry = pack.purposes[purpose];
  if (entry === undefined) {
    throw new ConsentryError('E_PURPOSE_UNDEFINED', `policy pack ${pack.id} v${pack.version} does not define purpose ${purpose}`);
  }
  return entry.effectiveAt;
}

/** Throws unless the pack defines the purpose (and so every ancestor of it). */
export function assertPackDefines(pack: PolicyPack, purpose: Purpose): void {
  effectiveAt(pack, purpose);
}

/** The regime the pack gives one purpose itself at a residence: subdivision, else country, else `*`. */
export function ownRegime(pack: PolicyPack, purpose: Purpose, residence: Residence): Regime {
  const j = pack.jurisdictions;
  const regime =
    (residence.subdivision === null ? undefined : j[residence.subdivision]?.[purpose]) ??
    j[residence.country]?.[purpose] ??
    j['*']?.[purpose];
  if (regime === undefined) {
    // parsePolicyPack guarantees `*` gives every defined purpose, so only an undefined purpose lands here.
    throw new ConsentryError('E_PURPOSE_UNDEFINED', `policy pack ${pack.id} v${pack.version} does not define purpose ${purpose}`);
  }
  return regime;
}

/** The effective regime of a purpose at a residence: the strictest of its own and its ancestors'. */
export function effectiveRegime(pack: PolicyPack, purpose: Purpose, residence: Residence): Regime {
  let regime: Regime = 'opt-out';
  for (const p of purposeAndAncestors(purpose)) regime = stricter(regime, ownRegime(pack, p, residence));
  return regime;
}
