import type { Kysely } from 'kysely'
import type { ActionItemTable } from './action.table'
import type {
  CaseGemeenteTable,
  CasePhaseTable,
  CaseSequenceTable,
  CaseSummaryTable,
  CaseThemeTable,
  OmtCaseTable,
} from './case.table'
import type {
  DecisionCorrectionTable,
  DecisionInvolvementTable,
  DecisionSequenceTable,
  DecisionTable,
} from './decision.table'
import type { DistrictReportNoteTable, EnforcementIssueTable } from './district-report.table'
import type { InterventionTable } from './intervention.table'
import type {
  AgendaItemTable,
  AttachmentContentTable,
  AttachmentTable,
  AttendanceTable,
  ErratumTable,
  ExportRecordTable,
  MeetingTable,
} from './meeting.table'
import type { MeetingModeClockTable } from './meeting-mode.table'
import type {
  DistrictTable,
  GemeenteTable,
  OmtTableTable,
  PartnerTable,
  PhaseTable,
  ThemeTable,
} from './reference.table'
import type {
  ProcessingActivityTable,
  ProcessingLogKeyTable,
  ProcessingLogRecordTable,
  ProcessingLogTable,
  RetentionPurgeTable,
  VaultUserTable,
} from './processing-log.table'
import type { RetentionPurgeRunningTable } from './retention.table'
import type { SearchDocumentTable } from './search.table'
import type { SettingTable } from './setting.table'
import type { InvolvementTable, SubjectTable } from './subject.table'

/** Kysely's view of the vault: one entry per SQL table. */
export interface Database {
  district: DistrictTable
  omt_table: OmtTableTable
  gemeente: GemeenteTable
  partner: PartnerTable
  theme: ThemeTable
  phase: PhaseTable
  setting: SettingTable
  omt_case: OmtCaseTable
  case_summary: CaseSummaryTable
  case_sequence: CaseSequenceTable
  case_theme: CaseThemeTable
  case_gemeente: CaseGemeenteTable
  case_phase: CasePhaseTable
  subject: SubjectTable
  involvement: InvolvementTable
  intervention: InterventionTable
  search_document: SearchDocumentTable
  meeting: MeetingTable
  agenda_item: AgendaItemTable
  attachment: AttachmentTable
  attachment_content: AttachmentContentTable
  attendance: AttendanceTable
  decision_sequence: DecisionSequenceTable
  decision: DecisionTable
  decision_involvement: DecisionInvolvementTable
  decision_correction: DecisionCorrectionTable
  action_item: ActionItemTable
  erratum: ErratumTable
  export_record: ExportRecordTable
  meeting_mode_clock: MeetingModeClockTable
  enforcement_issue: EnforcementIssueTable
  district_report_note: DistrictReportNoteTable
  processing_activity: ProcessingActivityTable
  vault_user: VaultUserTable
  processing_log_key: ProcessingLogKeyTable
  processing_log: ProcessingLogTable
  processing_log_record: ProcessingLogRecordTable
  retention_purge: RetentionPurgeTable
  retention_purge_running: RetentionPurgeRunningTable
}

/** The one handle every query module takes first: a database or an open transaction. */
export type Db = Kysely<Database>

/**
 * What a write answers with: usually a page a read model assembles. The handler
 * names it, so write modules stay below the read models; it runs inside the
 * write's transaction, so the answer is what was written.
 */
export type Answer<T> = (trx: Db, id: string) => Promise<T>
