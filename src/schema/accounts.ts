// Accounts, roles and delegations: the people who sign in, and what each role may do.
import { z } from 'zod';

/** Every role an account can have. Members and delegates act on member data; the rest are staff. */
export const ROLES = ['member', 'delegate', 'privacy-officer', 'ml-engineer', 'auditor'] as const;
export const roleSchema = z.enum(ROLES).meta({ description: 'The role of an account.' });
export type Role = z.infer<typeof roleSchema>;

/** The staff roles (everything but member and delegate). */
export const STAFF_ROLES = ['privacy-officer', 'ml-engineer', 'auditor'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** True when the role is a staff role. */
export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}

/** How a role is named to people. */
export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  member: 'member',
  delegate: 'delegate',
  'privacy-officer': 'privacy officer',
  'ml-engineer': 'ML engineer',
  auditor: 'auditor',
};

/**
 * Why someone may act for a member: a legacy contact of a deceased member, or an authorised agent
 * (power of attorney, guardian) of an incapacitated one.
 */
export const DELEGATION_KINDS = ['legacy-contact', 'authorised-agent'] as const;
export const delegationKindSchema = z.enum(DELEGATION_KINDS).meta({ description: 'legacy-contact (deceased member) or authorised-agent (incapacitated member).' });
export type DelegationKind = z.infer<typeof delegationKindSchema>;

/** How a delegation kind is named to people. */
export const DELEGATION_LABEL: Readonly<Record<DelegationKind, string>> = {
  'legacy-contact': 'legacy contact',
  'authorised-agent': 'authorised agent',
};

/** Shortest password accepted: long enough to resist guessing under the sign-in rate limit. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password accepted: bounds the work one sign-in attempt can cause. */
export const MAX_PASSWORD_LENGTH = 1024;

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

export const accountEmailSchema = z
  .email('must be an e-mail address')
  .max(320)
  .transform((email) => email.toLowerCase());
