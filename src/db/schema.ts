import type { ColumnType, Generated } from 'kysely';

/** Table types for Kysely; the SQL in ./migrations is the source of truth. */

export interface ProvinceTable {
  code: string;
  name: string;
  name_en: string;
  kind: 'city' | 'province';
}

export interface LegacyProvinceTable {
  code: string;
  name: string;
  new_code: string;
}

export interface CountryTable {
  code: string;
  name_vi: string;
  name_en: string;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  province_code: string | null;
  is_active: Generated<boolean>;
  must_change_password: Generated<boolean>;
  last_login_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  agency_id: string | null;
}

export interface LoginThrottleTable {
  username: string;
  failures: Generated<number>;
  locked_until: Date | null;
  last_failure_at: Generated<Date>;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  user_id: number | null;
  username: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  province_codes: ColumnType<string[], string[] | undefined, string[]>;
  ip: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  /** Place in the hash chain (0019); null for entries written before it. */
  chain_seq: number | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface AuditLogProvinceTable {
  province_code: string;
  audit_id: number;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: Generated<Date>;
}

export interface PersonTable {
  id: Generated<string>;
  full_name: string;
  aliases: ColumnType<{ name: string; kind: string }[], string, string>;
  name_search: string;
  name_words: string[];
  name_key: string;
  sex: string | null;
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  nationalities: string[];
  residence_country: string | null;
  residence_city: string | null;
  address_abroad: string | null;
  hometown_text: string | null;
  hometown_province_code: string | null;
  hometown_legacy_province_code: string | null;
  categories: string[];
  education_level: string | null;
  occupation: string | null;
  expertise: string[];
  expertise_search: string[];
  phones: string[];
  emails: string[];
  notes: string | null;
  source_province_code: string | null;
  source_agency: string | null;
  source_association: string | null;
  source_association_id: string | null;
  source_date: string | null;
  consent_status: string;
  consent_date: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
  deleted_at: Date | null;
  deleted_by: number | null;
  import_batch_id: ColumnType<string | null, string | null | undefined, string | null>;
  name_commonness_key: string | null;
  full_name_key: string | null;
  merged_into: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PersonIdentityDocumentTable {
  id: Generated<string>;
  person_id: string;
  position: number;
  type: string;
  number_encrypted: string;
  number_hash: string;
  number_last4: string;
  issuing_country: string;
}

/** The link between a person and a relative (thân nhân), with the relationship. */
export interface PersonRelativeTable {
  id: Generated<string>;
  person_id: string;
  relative_id: string;
  position: number;
  relationship: string;
}

/** Hội thân nhân or hội đoàn (see migration 0013). */
export interface AssociationTable {
  id: Generated<string>;
  kind: 'relatives' | 'overseas';
  name: string;
  name_search: string;
  province_code: string;
  country: string | null;
  city: string | null;
  fields: string[];
  founded_on: string | null;
  description: string | null;
  address: string | null;
  phones: string[];
  emails: string[];
  website: string | null;
  leaders: ColumnType<AssociationLeader[], string, string>;
  status: 'active' | 'inactive';
  version: Generated<number>;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
  deleted_at: Date | null;
}

export interface AssociationLeader {
  name: string;
  title: string;
  phone: string | null;
  email: string | null;
}

export interface AssociationMemberTable {
  id: Generated<number>;
  association_id: string;
  person_id: string;
  role: string;
  joined_on: string | null;
  left_on: string | null;
  note: string | null;
  created_at: Generated<Date>;
  created_by: number | null;
}

/** Chuyên gia, trí thức (see migration 0014). */
export interface ExpertProfileTable {
  person_id: string;
  degree: string | null;
  fields: string[];
  employer: string | null;
  position: string | null;
  publications: ColumnType<{ title: string; url: string | null; year: number | null }[], string, string>;
  languages: string[];
  willingness: string[];
  notes: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface LocalNeedTable {
  id: Generated<string>;
  province_code: string;
  agency: string;
  title: string;
  title_search: string;
  description: string | null;
  fields: string[];
  languages: string[];
  willingness: string[];
  deadline: string | null;
  status: 'open' | 'closed';
  version: Generated<number>;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface ExpertContactTable {
  id: Generated<number>;
  person_id: string;
  need_id: string | null;
  contacted_on: string;
  channel: string;
  summary: string;
  outcome: string;
  created_at: Generated<Date>;
  created_by: number | null;
}

/** Bảo hộ công dân (see migration 0015). */
export interface ProtectionCaseTable {
  id: Generated<string>;
  code: string;
  province_code: string;
  country: string;
  type: string;
  urgency: string;
  status: Generated<string>;
  title: string;
  title_search: string;
  summary: string | null;
  location: string | null;
  occurred_on: string | null;
  reported_by: string | null;
  assigned_to: number | null;
  handled_by: string | null;
  escalated_to_ministry: Generated<boolean>;
  outcome: string | null;
  received_at: Generated<Date>;
  resolved_at: Date | null;
  closed_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface ProtectionCaseCounterTable {
  province_code: string;
  year: number;
  last: number;
}

export interface ProtectionCasePersonTable {
  case_id: string;
  person_id: string;
  role: string;
}

export interface ProtectionCaseTaskTable {
  id: Generated<number>;
  case_id: string;
  title: string;
  due_on: string | null;
  done_at: Date | null;
  done_by: number | null;
  created_at: Generated<Date>;
  created_by: number | null;
}

export interface ProtectionCaseAttachmentTable {
  id: Generated<number>;
  case_id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  content: Buffer | Uint8Array;
  uploaded_at: Generated<Date>;
  uploaded_by: number | null;
}

export interface ProtectionCaseEventTable {
  id: Generated<number>;
  case_id: string;
  at: Generated<Date>;
  by_user: number | null;
  kind: string;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
}

/** Người hồi hương (see migration 0015). */
export interface ReturneeTable {
  id: Generated<string>;
  person_id: string;
  province_code: string;
  returned_on: string;
  from_country: string | null;
  reason: string;
  case_id: string | null;
  status: Generated<string>;
  notes: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface ReturneeSupportTable {
  id: Generated<number>;
  returnee_id: string;
  kind: string;
  given_on: string;
  agency: string | null;
  note: string | null;
  created_at: Generated<Date>;
  created_by: number | null;
}

export interface ReturneeFollowUpTable {
  id: Generated<number>;
  returnee_id: string;
  due_on: string;
  done_on: string | null;
  note: string | null;
  created_at: Generated<Date>;
  created_by: number | null;
}

/** Plans, agencies and reports (see migration 0016). */
export interface AgencyTable {
  id: Generated<string>;
  province_code: string | null;
  name: string;
  name_search: string;
  short_name: string | null;
  is_coordinator: Generated<boolean>;
  is_active: Generated<boolean>;
  created_at: Generated<Date>;
  created_by: number | null;
}

export interface PlanTable {
  id: Generated<string>;
  province_code: string;
  number: string;
  issued_on: string;
  issuer: string;
  title: string;
  legal_bases: string[];
  year: number;
  report_due_on: string;
  copied_from: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface PlanTaskTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  content: string;
  lead_agency_id: string;
  indicators: string | null;
  due_on: string | null;
}

export interface PlanTaskPartnerTable {
  task_id: string;
  agency_id: string;
}

export interface TaskReportTable {
  id: Generated<string>;
  task_id: string;
  agency_id: string;
  status: Generated<string>;
  progress: string;
  content: string;
  figures: ColumnType<Record<string, number>, string | undefined, string>;
  submitted_at: Date | null;
  submitted_by: number | null;
  reviewed_at: Date | null;
  reviewed_by: number | null;
  review_comment: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface TaskReportAttachmentTable {
  id: Generated<number>;
  report_id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  content: Buffer | Uint8Array;
  uploaded_at: Generated<Date>;
  uploaded_by: number | null;
}

export interface TaskReportEventTable {
  id: Generated<number>;
  report_id: string;
  at: Generated<Date>;
  by_user: number | null;
  kind: string;
  comment: string | null;
}

export interface PlanReminderTable {
  id: Generated<number>;
  plan_id: string;
  agency_id: string;
  tasks: number;
  message: string | null;
  sent_at: Generated<Date>;
  sent_by: number | null;
  seen_at: Date | null;
}

/** Dated notes and files of the foreign-affairs registers (migration 0017; the registers' own tables are untyped). */
export interface RecordNoteTable {
  id: Generated<number>;
  record_type: string;
  record_id: string;
  noted_on: string;
  title: string;
  content: string | null;
  created_at: Generated<Date>;
  created_by: number | null;
}

export interface RecordFileTable {
  id: Generated<number>;
  record_type: string;
  record_id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  content: Buffer | Uint8Array;
  uploaded_at: Generated<Date>;
  uploaded_by: number | null;
}

export interface EventInvitationTable {
  id: Generated<number>;
  event_id: string;
  person_id: string | null;
  association_id: string | null;
  status: Generated<string>;
  note: string | null;
  invited_at: Generated<Date>;
  invited_by: number | null;
  updated_at: Generated<Date>;
}

/** Thân nhân: a relative in Việt Nam, linked to one or more persons. */
export interface RelativeTable {
  id: Generated<string>;
  full_name: string;
  name_search: string | null;
  phone: string | null;
  address: string | null;
  province_code: string | null;
  notes: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface PersonChangeTable {
  id: Generated<number>;
  person_id: string;
  version: number;
  action: 'create' | 'update' | 'delete' | 'restore' | 'merge' | 'unmerge';
  changed_at: Generated<Date>;
  changed_by: number | null;
  changes: ColumnType<FieldChange[], string, string>;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface PersonNameWordTable {
  word: string;
}

export interface PersonCountTable {
  hometown_province_code: string | null;
  source_province_code: string | null;
  residence_country: string | null;
  count: number;
}

export type ImportBatchStatus =
  'uploaded' | 'checked' | 'committing' | 'committed' | 'rolled_back' | 'failed' | 'expired';

export interface ImportBatchTable {
  id: Generated<string>;
  file_name: string;
  file_hash: string;
  file_size: number;
  file_kind: 'xlsx' | 'csv';
  stored_path: string | null;
  source_province_code: string | null;
  source_association: string | null;
  header_row: number;
  columns: ColumnType<StoredColumnMapping[], string, string>;
  status: ImportBatchStatus;
  rows_total: number | null;
  rows_valid: number | null;
  rows_invalid: number | null;
  rows_duplicate: number | null;
  rows_committed: Generated<number>;
  checkpoint_row: Generated<number>;
  failure: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
  committed_at: Date | null;
  rolled_back_by: number | null;
  rolled_back_at: Date | null;
  duplicates_checked_at: Date | null;
  duplicate_pairs: number | null;
  association_id: string | null;
}

/** A column of an uploaded file and the import column it feeds (see src/domain/imports). */
export interface StoredColumnMapping {
  index: number;
  letter: string;
  header: string;
  column: string | null;
}

export interface ImportProblemTable {
  batch_id: string;
  row_number: number;
  column_name: string;
  code: string;
  value: string;
}

export interface ImportRowKeyTable {
  batch_id: string;
  row_number: number;
  key: string;
}

export interface ImportMappingTable {
  source_key: string;
  headers: ColumnType<Record<string, string | null>, string, string>;
  updated_by: number | null;
  updated_at: Generated<Date>;
}

export interface DuplicatePairTable {
  id: Generated<number>;
  person_a: string;
  person_b: string;
  score: number;
  evidence: ColumnType<{ factor: string; weight: number }[], string, string>;
  status: Generated<'open' | 'deferred' | 'not_duplicate' | 'merged'>;
  found_at: Generated<Date>;
  checked_at: Generated<Date>;
  decided_at: Date | null;
  decided_by: number | null;
}

export interface PersonMergeTable {
  id: Generated<number>;
  pair_id: number;
  kept_id: string;
  merged_id: string;
  kept_version: number;
  before: ColumnType<unknown, string, string>;
  merged_at: Generated<Date>;
  merged_by: number | null;
  undone_at: Date | null;
  undone_by: number | null;
}

export interface DuplicateCheckRunTable {
  id: Generated<number>;
  started_at: Generated<Date>;
  finished_at: Date | null;
  started_by: number | null;
  records: number | null;
  comparisons: number | null;
  pairs: number | null;
  error: string | null;
  import_batch_id: string | null;
}

export interface PersonMatchKeyTable {
  key: string;
  person_id: string;
}

export interface PersonNameCountTable {
  name_commonness_key: string;
  count: number;
}

export interface DB {
  person_name_count: PersonNameCountTable;
  person_match_key: PersonMatchKeyTable;
  duplicate_pair: DuplicatePairTable;
  person_merge: PersonMergeTable;
  duplicate_check_run: DuplicateCheckRunTable;
  import_batch: ImportBatchTable;
  import_problem: ImportProblemTable;
  import_mapping: ImportMappingTable;
  import_row_key: ImportRowKeyTable;
  person_count: PersonCountTable;
  person_name_word: PersonNameWordTable;
  person: PersonTable;
  person_identity_document: PersonIdentityDocumentTable;
  person_relative: PersonRelativeTable;
  relative: RelativeTable;
  association: AssociationTable;
  association_member: AssociationMemberTable;
  expert_profile: ExpertProfileTable;
  local_need: LocalNeedTable;
  expert_contact: ExpertContactTable;
  protection_case: ProtectionCaseTable;
  protection_case_counter: ProtectionCaseCounterTable;
  protection_case_person: ProtectionCasePersonTable;
  protection_case_task: ProtectionCaseTaskTable;
  protection_case_attachment: ProtectionCaseAttachmentTable;
  protection_case_event: ProtectionCaseEventTable;
  returnee: ReturneeTable;
  returnee_support: ReturneeSupportTable;
  returnee_follow_up: ReturneeFollowUpTable;
  agency: AgencyTable;
  plan: PlanTable;
  plan_task: PlanTaskTable;
  plan_task_partner: PlanTaskPartnerTable;
  task_report: TaskReportTable;
  task_report_attachment: TaskReportAttachmentTable;
  task_report_event: TaskReportEventTable;
  plan_reminder: PlanReminderTable;
  record_note: RecordNoteTable;
  record_file: RecordFileTable;
  event_invitation: EventInvitationTable;
  person_change: PersonChangeTable;
  province: ProvinceTable;
  legacy_province: LegacyProvinceTable;
  country: CountryTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  audit_log_province: AuditLogProvinceTable;
  schema_migration: SchemaMigrationTable;
}
