// Consent receipts for every setting a member made: Kantara Consent Receipt v1.1 fields, with the ISO/IEC TS 27560 record elements beside them.
import { canonicalJson, sha256Hex } from '../../domain/digest.js';
import { PURPOSE_LABEL, type Purpose } from '../../schema/purposes.js';
import type { SettingEventRecord } from '../../store/setting-event-reads.js';
import { describeActor } from './describe-actor.js';
import type { MemberFacts } from './member-settings.query.js';
import type { ActingAs } from './viewer.js';

/** Who is responsible for the processing (the PII controller of the receipts). */
export interface ControllerInfo {
  readonly name: string;
  readonly email: string;
  readonly address: string;
  readonly policyUrl: string;
}

/** The personal-data categories the purposes use, in the receipts' words. */
const PII_CATEGORIES = ['Public posts, articles and comments you wrote', 'Your public profile text'];

/** One receipt. Field names follow the Kantara Consent Receipt Specification v1.1. */
// A type alias rather than an interface: the API's loose schema needs its implicit index signature.
export type ConsentReceipt = {
  readonly version: 'KI-CR-v1.1.0';
  readonly jurisdiction: string;
  readonly consentTimestamp: number;
  readonly collectionMethod: string;
  readonly consentReceiptID: string;
  readonly language: 'en';
  readonly piiPrincipalId: string;
  readonly piiControllers: readonly { readonly piiController: string; readonly contact: string; readonly address: string; readonly email: string; readonly onBehalf: boolean }[];
  readonly policyUrl: string;
  readonly services: readonly {
    readonly service: string;
    readonly purposes: readonly {
      readonly purpose: string;
      readonly purposeCategory: readonly string[];
      readonly consentType: 'EXPLICIT';
      readonly piiCategory: readonly string[];
      readonly primaryPurpose: boolean;
      readonly termination: string;
      readonly thirdPartyDisclosure: boolean;
      readonly thirdPartyName?: string;
    }[];
  }[];
  readonly sensitive: boolean;
  readonly spiCat: readonly string[];
  /** The ISO/IEC TS 27560:2023 consent-record elements the Kantara fields do not carry. */
  readonly iso27560: {
    readonly schemaVersion: 'ISO/IEC TS 27560:2023';
    readonly recordId: string;
    readonly piiPrincipalId: string;
    readonly consentStatus: 'given' | 'withdrawn' | 'refused';
    readonly eventType: 'consent' | 'objection' | 'signal';
    readonly eventTime: string;
    readonly recordedAt: string;
    readonly purposeIds: readonly Purpose[];
    readonly recordedBy: string;
    /** SHA-256 of this receipt's other fields (canonical JSON), so a copy can be checked. */
    readonly digest: string;
  };
};

function collectionMethod(event: SettingEventRecord): string {
  if (event.source === 'gpc') return 'Browser privacy signal (Global Privacy Control or IETF AIPREF Content-Usage header)';
  if (event.kind === 'objection') return 'Objection form (Settings & Privacy → Object to a use)';
  if (event.actor === null || event.actor === 'cli' || event.actor.startsWith('staff:')) return 'Imported record';
  if (event.source === 'delegate') return 'Web form used by a delegate (Settings & Privacy → Data privacy)';
  return 'Web form (Settings & Privacy → Data privacy)';
}

/** One receipt per consent event and objection of the member, oldest first. */
export function consentReceipts(facts: MemberFacts, controller: ControllerInfo, viewer: ActingAs): ConsentReceipt[] {
  const { profile, events, directory } = facts;
  return events.map((event) => {
    const status: ConsentReceipt['iso27560']['consentStatus'] = event.value === 'granted' ? 'given' : event.kind === 'objection' || event.source === 'gpc' ? 'refused' : 'withdrawn';
    const base = {
      version: 'KI-CR-v1.1.0' as const,
      jurisdiction: profile.subdivision ?? profile.country,
      consentTimestamp: Math.floor(Date.parse(event.at) / 1000),
      collectionMethod: collectionMethod(event),
      consentReceiptID: `cr_${event.id}`,
      language: 'en' as const,
      piiPrincipalId: profile.id,
      piiControllers: [{ piiController: controller.name, contact: 'Privacy officer', address: controller.address, email: controller.email, onBehalf: false }],
      policyUrl: controller.policyUrl,
      services: [
        {
          service: 'Training of AI models on members’ content',
          purposes: event.purposes.map((purpose) => ({
            purpose: PURPOSE_LABEL[purpose],
            purposeCategory: [purpose === 'share-affiliates' ? 'Third-party sharing' : 'Research and development (AI model training)'],
            consentType: 'EXPLICIT' as const,
            piiCategory: PII_CATEGORIES,
            primaryPurpose: false,
            termination: 'Until changed in Settings & Privacy → Data privacy; content already used is removed within the unlearning deadline',
            thirdPartyDisclosure: purpose === 'share-affiliates',
            ...(purpose === 'share-affiliates' ? { thirdPartyName: 'Affiliates named on the data-usage page' } : {}),
          })),
        },
      ],
      sensitive: false,
      spiCat: [],
    };
    const iso = {
      schemaVersion: 'ISO/IEC TS 27560:2023' as const,
      recordId: event.id,
      piiPrincipalId: profile.id,
      consentStatus: status,
      eventType: event.source === 'gpc' ? ('signal' as const) : event.kind,
      eventTime: event.at,
      recordedAt: event.recordedAt,
      purposeIds: event.purposes,
      recordedBy: describeActor(event, viewer, directory),
    };
    return { ...base, iso27560: { ...iso, digest: sha256Hex(canonicalJson({ ...base, iso27560: iso })) } };
  });
}
