// Table shapes as Kysely sees them. Times are ISO strings in one fixed-width format and JSON is text,
// because SQLite has neither a timestamp nor a JSON type and both dialects must read back the same.

/** Provenance columns of every imported record. */
interface Provenance {
  /** The import batch, or null when the record came from the web app or API. */
  batch_id: string | null;
  /** The line of the import file, or null. */
  line: number | null;
}

/**
 * Ordering of history events: a global recording sequence breaks ties between equal `at`. Events
 * also keep the SHA-256 of their canonical record, which their audit entry certifies. (Members and
 * content do not store one: their rows are rebuilt and hashed only when an id is imported again.)
 */
interface Recorded extends Provenance {
  digest: string;
  at: string;
  seq: number;
  recorded_at: string;
}

export interface CountersTable {
  name: string;
  value: number;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface ImportBatchesTable {
  id: string;
  source: string;
  file_sha256: string;
  lines: number;
  counts: string;
  actor: string;
  imported_at: string;
}

export interface MembersTable extends Provenance {
  id: string;
  name: string;
  email: string;
  country: string;
  subdivision: string | null;
  birth_date: string | null;
  created_at: string;
}

export interface ContentTable extends Provenance {
  id: string;
  member_id: string;
  kind: string;
  visibility: string;
  text: string;
  created_at: string;
}

export interface ConsentEventsTable extends Recorded {
  id: string;
  member_id: string;
  purpose: string;
  value: string;
  source: string;
  /** Who recorded it when not the member themself: `delegate:<id>`, `staff:<email>`, `cli`. */
  actor: string | null;
}

export interface ObjectionsTable extends Recorded {
  id: string;
  member_id: string;
  /** JSON array of purposes. */
  purposes: string;
  statement: string | null;
  actor: string | null;
}

export interface MovesTable extends Recorded {
  id: string;
  member_id: string;
  country: string;
  subdivision: string | null;
}

export interface StatusEventsTable extends Recorded {
  id: string;
  member_id: string;
  status: string;
}

export interface DeletionsTable extends Recorded {
  id: string;
  content_id: string;
  /** The item's author, resolved when the deletion is recorded (null only until its import resolves it). */
  member_id: string | null;
}

export interface PolicyPacksTable {
  id: string;
  version: number;
  sha256: string;
  document: string;
  recorded_at: string;
}

export interface DatasetsTable {
  id: string;
  purpose: string;
  snapshot_at: string;
  shared: number;
  policy_id: string;
  policy_version: number;
  /** `building` until the output and every decision are written; only `complete` datasets count. */
  status: string;
  started_at: string;
  completed_at: string | null;
  out_dir: string;
  /** JSON array of named recipients of a shared dataset. */
  recipients: string;
  manifest: string | null;
  manifest_sha256: string | null;
  included: number;
  actor: string;
}

export interface DatasetMembersTable {
  dataset_id: string;
  member_id: string;
  /** How many of the member's items the dataset includes. */
  included: number;
  /** JSON array of [content id, `included` or the exclusion reason], for every item considered. */
  verdicts: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  action: string;
  actor: string;
  subject: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

/** A person who signs in: a member, a delegate, or staff. */
export interface AccountsTable {
  id: string;
  email: string;
  name: string;
  role: string;
  /** The member this account is, for role `member`. */
  member_id: string | null;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
  disabled_at: string | null;
}

/** A signed-in browser session; only the SHA-256 of its id is stored. */
export interface SessionsTable {
  token_hash: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** A bearer token for the API; only its SHA-256 is stored. */
export interface ApiTokensTable {
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** An account allowed to act for a member (legacy contact or authorised agent). */
export interface DelegationsTable {
  account_id: string;
  member_id: string;
  kind: string;
  granted_at: string;
  granted_by: string;
  revoked_at: string | null;
}

/** A machine privacy signal (GPC, Content-Usage) already recorded for a member. */
export interface ReceivedSignalsTable {
  member_id: string;
  /** `gpc`, or `content-usage:<purposes>`. */
  signal: string;
  header: string;
  /** JSON array of the purposes denied. */
  purposes: string;
  /** JSON array of the consent events recorded for it. */
  event_ids: string;
  received_at: string;
}

/** The privacy officer's request queue (objections from people who are not members). */
export interface RequestsTable {
  id: string;
  kind: string;
  status: string;
  name: string;
  email: string;
  handles: string;
  links: string;
  purposes: string;
  statement: string | null;
  received_at: string;
  due_at: string;
  suppression_ref: string | null;
  closed_at: string | null;
  closed_by: string | null;
}

/** A non-member who objected: always redacted (migration 0002). */
export interface SuppressionListTable {
  id: string;
  name: string;
  email: string | null;
  /** JSON array of handles. */
  handles: string;
  created_at: string;
  source: string;
}

/** A model training run registered by an ML engineer. */
export interface TrainingRunsTable {
  id: string;
  model: string;
  recipient: string | null;
  started_at: string;
  registered_at: string;
  actor: string;
}

/** Which datasets a training run used. */
export interface TrainingRunDatasetsTable {
  run_id: string;
  dataset_id: string;
}

/** Every table, by name. */
export interface Database {
  counters: CountersTable;
  audit_head: AuditHeadTable;
  import_batches: ImportBatchesTable;
  members: MembersTable;
  content: ContentTable;
  consent_events: ConsentEventsTable;
  objections: ObjectionsTable;
  moves: MovesTable;
  status_events: StatusEventsTable;
  deletions: DeletionsTable;
  policy_packs: PolicyPacksTable;
  datasets: DatasetsTable;
  dataset_members: DatasetMembersTable;
  training_runs: TrainingRunsTable;
  training_run_datasets: TrainingRunDatasetsTable;
  audit_log: AuditLogTable;
  suppression_list: SuppressionListTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  delegations: DelegationsTable;
  received_signals: ReceivedSignalsTable;
  requests: RequestsTable;
}
