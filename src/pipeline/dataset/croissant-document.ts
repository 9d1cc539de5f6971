// Dataset documentation in MLCommons Croissant 1.1 JSON-LD with the Responsible-AI (RAI 1.0) fields.
import { PURPOSE_LABEL } from '../../schema/purposes.js';
import { REASON_TEXT, type ExclusionReason } from '../../schema/reasons.js';
import type { PolicyPack } from '../../schema/policy-pack.js';
import type { DatasetManifest } from './dataset-manifest.js';

const CONTEXT = {
  '@language': 'en',
  '@vocab': 'https://schema.org/',
  sc: 'https://schema.org/',
  cr: 'http://mlcommons.org/croissant/',
  rai: 'http://mlcommons.org/croissant/RAI/',
  dct: 'http://purl.org/dc/terms/',
  citeAs: 'cr:citeAs',
  column: 'cr:column',
  conformsTo: 'dct:conformsTo',
  data: { '@id': 'cr:data', '@type': '@json' },
  dataType: { '@id': 'cr:dataType', '@type': '@vocab' },
  examples: { '@id': 'cr:examples', '@type': '@json' },
  extract: 'cr:extract',
  field: 'cr:field',
  fileObject: 'cr:fileObject',
  fileProperty: 'cr:fileProperty',
  fileSet: 'cr:fileSet',
  format: 'cr:format',
  includes: 'cr:includes',
  isLiveDataset: 'cr:isLiveDataset',
  jsonPath: 'cr:jsonPath',
  key: 'cr:key',
  md5: 'cr:md5',
  parentField: 'cr:parentField',
  path: 'cr:path',
  recordSet: 'cr:recordSet',
  references: 'cr:references',
  regex: 'cr:regex',
  repeated: 'cr:repeated',
  replace: 'cr:replace',
  separator: 'cr:separator',
  source: 'cr:source',
  subField: 'cr:subField',
  transform: 'cr:transform',
} as const;

function consentBasis(pack: PolicyPack, manifest: DatasetManifest): string {
  const purpose = `${PURPOSE_LABEL[manifest.purpose]} (${manifest.purpose})`;
  const legacy =
    pack.legacyContent === 'explicit-grant-only'
      ? ' Content written before the purpose took effect is used only with an explicit grant.'
      : ' Content written before the purpose took effect is used under the same regime as later content.';
  const share = manifest.shared ? ' Because the dataset is shared, every author also allowed sharing with affiliates (share-affiliates).' : '';
  return (
    `Every item was checked, one by one, against policy pack ${pack.id} v${pack.version} for the purpose ${purpose} at ${manifest.snapshotAt}. ` +
    `Where the author's region requires opt-in, the author had explicitly granted the purpose; where it allows opt-out, the author had not denied it (a setting, an objection or a Global Privacy Control signal), nor had they denied any broader purpose; regions the policy excludes contributed nothing.` +
    legacy +
    share
  );
}

function exclusionsInWords(manifest: DatasetManifest): string {
  const parts = Object.entries(manifest.counts.excluded).map(([reason, n]) => `${n} because ${REASON_TEXT[reason as ExclusionReason]} (${reason})`);
  return parts.length === 0 ? 'No item was excluded.' : `Excluded: ${parts.join('; ')}.`;
}

/** The Croissant JSON-LD document describing a built dataset. */
export function croissantDocument(manifest: DatasetManifest, pack: PolicyPack): Record<string, unknown> {
  const data = manifest.files[0];
  return {
    '@context': CONTEXT,
    '@type': 'sc:Dataset',
    '@id': manifest.datasetId,
    conformsTo: ['http://mlcommons.org/croissant/1.1', 'http://mlcommons.org/croissant/RAI/1.0'],
    name: manifest.datasetId,
    description: `Member content of a professional network eligible for ${PURPOSE_LABEL[manifest.purpose]} (${manifest.purpose}) at ${manifest.snapshotAt}, with personal data redacted. ${manifest.counts.included} of ${manifest.counts.considered} items considered were included.`,
    dateCreated: manifest.createdAt,
    datePublished: manifest.createdAt,
    version: '1.0.0',
    license: 'https://consentry.invalid/licenses/member-content-restricted',
    url: 'manifest.json',
    isLiveDataset: false,
    inLanguage: 'en',
    keywords: ['consent', manifest.purpose, 'user-generated content', 'redacted'],
    creator: { '@type': 'sc:Organization', name: 'Consentry' },
    distribution: [
      {
        '@type': 'cr:FileObject',
        '@id': 'data.jsonl',
        name: 'data.jsonl',
        contentUrl: data?.path ?? 'data.jsonl',
        encodingFormat: 'application/jsonlines',
        sha256: data?.sha256 ?? '',
        contentSize: `${data?.bytes ?? 0} B`,
      },
    ],
    recordSet: [
      {
        '@type': 'cr:RecordSet',
        '@id': 'items',
        name: 'items',
        description: 'One member content item per record.',
        key: { '@id': 'items/id' },
        field: [
          ['id', 'The content item id on the network (stable, for lineage and removal).'],
          ['kind', 'post, article, comment or profile.'],
          ['text', 'The item text with personal data replaced by <TYPE> placeholders.'],
        ].map(([name, description]) => ({
          '@type': 'cr:Field',
          '@id': `items/${name ?? ''}`,
          name,
          description,
          dataType: 'sc:Text',
          source: { fileObject: { '@id': 'data.jsonl' }, extract: { jsonPath: `$.${name ?? ''}` } },
        })),
      },
    ],
    'rai:dataCollection': `${consentBasis(pack, manifest)} ${exclusionsInWords(manifest)}`,
    'rai:dataCollectionType': ['User-generated content data'],
    'rai:dataCollectionTimeframe': [manifest.snapshotAt],
    'rai:dataCollectionRawData': 'Posts, articles, comments and profile texts members published on the network; private messages are never used.',
    'rai:dataPreprocessingProtocol': [
      'Eligibility: SPEC §4 rules applied per item (effective date, kind and visibility, deletion, account status, age and age at writing, region, opt-out, opt-in grant, legacy content, sharing).',
      `Redaction: every text passed ${manifest.redaction.detectors} with operator "${manifest.redaction.operator}" before it was written.`,
    ],
    'rai:dataManipulationProtocol': `Personal data (names of members and others, e-mail addresses, phone numbers, street addresses, payment cards, IBANs, IP addresses, US SSNs, UK NINOs, personal links, dates of birth) replaced by ${manifest.redaction.operator === 'replace' ? '<TYPE> placeholders' : manifest.redaction.operator}.`,
    'rai:personalSensitiveInformation': [
      'Texts were written by identifiable people; detected personal data is redacted, but automated redaction can miss some, so the dataset must be handled as personal data.',
      'Author identities, ages and regions are not included; they were used only to decide eligibility.',
    ],
    'rai:dataUseCases': [`${manifest.purpose}: ${PURPOSE_LABEL[manifest.purpose]}. No other use is covered by the authors' consent.`],
    'rai:dataLimitations': [
      'Items of minors, of members of unknown age (when the policy excludes them), of excluded regions and of members who declined are absent, so the data does not represent the whole membership.',
      'Members can withdraw at any time: later opt-outs and deletions put this dataset on the unlearning queue, and the listed items must then be removed from it and from models trained on it.',
    ],
    'rai:dataBiases': ['Coverage skews towards adult members in regions and jurisdictions whose policy regime and members allowed this purpose.'],
    'rai:dataSocialImpact': 'Built so that no member content is used without the consent the policy requires; every decision is recorded in a tamper-evident audit log and members can see that their content is here.',
    'rai:dataReleaseMaintenancePlan': [
      'Static snapshot. Items that stop being eligible (opt-out, objection, deletion, death, move) are listed by `consentry unlearning`; consumers must drop them.',
    ],
    ...(manifest.shared ? { 'rai:dataSharingAgreements': manifest.recipients.length > 0 ? manifest.recipients : ['affiliates (not named at build time)'] } : {}),
  };
}
