import type { Migration } from 'kysely/migration'
import * as referenceData from './2026-11-22-01-reference-data'
import * as caseRegister from './2026-11-22-02-case-register'
import * as meetings from './2026-11-22-03-meetings'
import * as searchMergeWhenIdle from './2026-11-22-04-search-merge-when-idle'
import * as meetingMode from './2026-11-22-05-meeting-mode'
import * as districtReport from './2026-12-03-06-district-report'
import * as processingLog from './2026-12-03-07-processing-log'
import * as retentionPurge from './2026-12-03-10-retention-purge'
import * as backupActivity from './2026-12-04-11-backup-activity'
import * as queryPlanIndexes from './2026-12-04-12-query-plan-indexes'

/**
 * Static provider: every migration imported by name, so the bundler includes
 * them and no file system lookup happens at run time. Forward only.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-22-01-reference-data': referenceData,
  '2026-11-22-02-case-register': caseRegister,
  '2026-11-22-03-meetings': meetings,
  '2026-11-22-04-search-merge-when-idle': searchMergeWhenIdle,
  '2026-11-22-05-meeting-mode': meetingMode,
  '2026-12-03-06-district-report': districtReport,
  '2026-12-03-07-processing-log': processingLog,
  '2026-12-03-10-retention-purge': retentionPurge,
  '2026-12-04-11-backup-activity': backupActivity,
  '2026-12-04-12-query-plan-indexes': queryPlanIndexes,
}
