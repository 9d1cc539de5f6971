// Why a purpose is on or off for a member, in plain words: the member-level decision plus the event behind it.
import type { PolicyPack, Regime } from '../schema/policy-pack.js';
import { PURPOSE_LABEL, type Purpose } from '../schema/purposes.js';
import type { ConsentValue } from '../schema/records.js';
import { REASON_TEXT, type ExclusionReason } from '../schema/reasons.js';
import { humanDate } from './human-date.js';
import type { MemberDecision } from './member-decision.js';
import { effectiveAt } from './policy.js';

/** An explicit setting as the explanation names it: what, when, by whom, and how. */
export interface ExplainedEvent {
  readonly purpose: Purpose;
  readonly value: ConsentValue;
  readonly at: string;
  readonly kind: 'consent' | 'objection';
  /** Who made it, ready to start a sentence in lower case: "you", "Jane Doe (legacy contact)", "your browser's Global Privacy Control signal". */
  readonly by: string;
}

/** Everything the explanation of one purpose needs. */
export interface ExplanationInput {
  readonly pack: PolicyPack;
  readonly purpose: Purpose;
  readonly decision: MemberDecision;
  /** The setting in force for this purpose itself, or null. */
  readonly own: ExplainedEvent | null;
  /** When off because an ancestor purpose is denied: that ancestor's denial. */
  readonly ancestorDenial: ExplainedEvent | null;
  /** Country name of the residence the regime came from. */
  readonly region: string;
  /** True when the member reads it ("you"), false for a delegate or staff ("the member"). */
  readonly self: boolean;
}

/** Reasons a member cannot undo by turning the switch on: the switch is shown disabled with the reason. */
export const LOCKING_REASONS: ReadonlySet<ExclusionReason> = new Set(['before-effective', 'deceased', 'deactivated', 'age-unknown', 'minor', 'region-excluded']);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function madeIt(event: ExplainedEvent, subject: string): string {
  const when = humanDate(event.at);
  if (event.kind === 'objection') return `${capitalise(event.by)} objected to this use on ${when}`;
  return `${capitalise(event.by)} turned ${subject} ${event.value === 'granted' ? 'on' : 'off'} on ${when}`;
}

/** The plain-language sentence(s) saying whether the purpose is used, and why. */
export function explainSetting(input: ExplanationInput): string {
  const { decision, own, ancestorDenial, region, self, pack, purpose } = input;
  const you = self ? 'you' : 'the member';
  const youHave = self ? 'you have' : 'they have';
  if (decision.allowed) {
    if (own?.value === 'granted') return `On. ${madeIt(own, 'this')}.`;
    return `On. In ${region} this is used unless ${you} turn${self ? '' : 's'} it off, and ${youHave} not turned it off.`;
  }
  const reason = decision.reason;
  switch (reason) {
    case 'opted-out':
      if (own?.value === 'denied') return `Off. ${madeIt(own, 'this')}.`;
      if (ancestorDenial !== null) {
        return `Off, because “${PURPOSE_LABEL[ancestorDenial.purpose]}” is off: ${madeIt(ancestorDenial, 'that').replace(/^./, (c) => c.toLowerCase())}. Turning that off turns this off too.`;
      }
      return `Off. ${capitalise(REASON_TEXT['opted-out'])}.`;
    case 'not-consented':
      return `Off. In ${region} this is only used if ${you} turn${self ? '' : 's'} it on, and ${youHave} not.`;
    case 'region-excluded':
      return `Off. The law or our policy in ${region} does not allow this use, whatever ${self ? 'you choose' : 'the member chooses'}.`;
    case 'minor':
      return `Off. Content of members under ${pack.minimumAge} is never used, and ${self ? 'you are' : 'the member is'} under ${pack.minimumAge}.`;
    case 'age-unknown':
      return `Off. ${self ? 'We do not know your age' : 'The member’s age is not known'}, and content is only used when we know its author is at least ${pack.minimumAge}.`;
    case 'deceased':
      return 'Off. The member has died, so their content is no longer used.';
    case 'deactivated':
      return 'Off. The account is deactivated, so its content is not used.';
    case 'before-effective':
      return `Off. This use does not start before ${humanDate(effectiveAt(pack, purpose))}.`;
    case null:
    case 'message':
    case 'not-public':
    case 'deleted':
    case 'minor-at-creation':
    case 'legacy-content':
    case 'not-shared':
      // Item-level reasons; a member-level decision does not produce them.
      return `Off: ${reason === null ? 'not used' : REASON_TEXT[reason]}.`;
    default: {
      const never: never = reason;
      return `Off (${String(never)}).`;
    }
  }
}

/** A one-line summary of the regime for a region, e.g. "opt-in: used only after you turn it on". */
export function describeRegime(regime: Regime): string {
  switch (regime) {
    case 'opt-in':
      return 'used only after an explicit yes';
    case 'opt-out':
      return 'used unless turned off';
    case 'excluded':
      return 'never used in this region';
    default: {
      const never: never = regime;
      return String(never);
    }
  }
}
