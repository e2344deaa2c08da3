import type { Vault } from '../vault/vault'
import { actionHandlers } from './action.handlers'
import { agendaHandlers } from './agenda.handlers'
import { attachmentHandlers } from './attachment.handlers'
import { attendanceHandlers } from './attendance.handlers'
import { backupHandlers } from './backup.handlers'
import { caseHandlers } from './case.handlers'
import { decisionHandlers } from './decision.handlers'
import { districtReportHandlers } from './district-report.handlers'
import { districtReportExportHandlers } from './district-report-export.handlers'
import { enforcementIssueHandlers } from './enforcement-issue.handlers'
import { exportHandlers } from './export.handlers'
import type { Handlers } from './handler-types'
import { interventionHandlers } from './intervention.handlers'
import { meetingHandlers } from './meeting.handlers'
import { meetingModeHandlers } from './meeting-mode.handlers'
import { processingChainHandlers } from './processing-chain.handlers'
import { processingLogHandlers } from './processing-log.handlers'
import { referenceHandlers } from './reference.handlers'
import { retentionHandlers } from './retention.handlers'
import { searchHandlers } from './search.handlers'
import { settingsHandlers } from './settings.handlers'
import { subjectHandlers } from './subject.handlers'
import { vaultHandlers } from './vault.handlers'
import { privacyHandlers } from './privacy.handlers'

/** One map of every channel's handler, a plain function of the vault (Electron-free, so tests call it). */
export function createHandlers(vault: Vault): Handlers {
  return {
    ...vaultHandlers(vault),
    ...backupHandlers(vault),
    ...settingsHandlers(vault),
    ...referenceHandlers(vault),
    ...caseHandlers(vault),
    ...subjectHandlers(vault),
    ...interventionHandlers(vault),
    ...searchHandlers(vault),
    ...meetingHandlers(vault),
    ...meetingModeHandlers(vault),
    ...agendaHandlers(vault),
    ...attachmentHandlers(vault),
    ...attendanceHandlers(vault),
    ...decisionHandlers(vault),
    ...actionHandlers(vault),
    ...enforcementIssueHandlers(vault),
    ...exportHandlers(vault),
    ...districtReportHandlers(vault),
    ...districtReportExportHandlers(),
    ...retentionHandlers(vault),
    ...processingChainHandlers(vault),
    ...privacyHandlers(vault),
    ...processingLogHandlers(vault),
  }
}
