import { OmtError } from '../../shared/contract/errors'
import type { RestoreSummary } from '../../shared/contract/backup.contract'
import { migratedDb } from '../vault/migrated-db'
import { closeDatabase, openEncryptedDatabase } from '../vault/open-database'
import type { BackupContents, Manifest } from './backup-manifest'
import { copyHashed, withFile } from './byte-copy'
import { removeRestoreCopy, restoreCopyPath } from './leftovers'
import { sameCounts } from './make-backup'
import { integrityOk, schemaVersion, tableCounts } from './table-counts'

interface CopyRequest {
  source: string
  bodyOffset: number
  manifest: Manifest
  contents: BackupContents
  dataKey: Buffer
  /** The vault's database: the copy is made beside it (restoreCopyPath), on the same disk as where it goes. */
  databasePath: string
}

/**
 * Copies the back-up's database beside the vault and proves it: the digest
 * of what was copied, `integrity_check`, and every table's rows equal to what
 * the sealed manifest says. Only then is an older schema migrated, on this
 * copy; the back-up file itself is only read.
 */
export async function extractCheckedCopy(request: CopyRequest): Promise<{
  migrated: boolean
  counts: RestoreSummary['counts']
}> {
  const { manifest, contents, dataKey, databasePath } = request
  const target = restoreCopyPath(databasePath)
  removeRestoreCopy(databasePath)
  try {
    const digest = await withFile(request.source, 'r', (source) =>
      withFile(target, 'wx', async (copy) => {
        const sha256 = await copyHashed(source, request.bodyOffset, manifest.body.bytes, copy, () => undefined)
        await copy.sync()
        return sha256
      }),
    )
    if (digest !== manifest.body.sha256) throw new OmtError('BACKUP_DAMAGED')
    const sqlite = openEncryptedDatabase(target, dataKey, { create: false })
    try {
      if (!integrityOk(sqlite)) throw new OmtError('BACKUP_DAMAGED')
      if (schemaVersion(sqlite) !== contents.schema) throw new OmtError('BACKUP_DAMAGED')
      if (!sameCounts(tableCounts(sqlite), contents.tables)) throw new OmtError('BACKUP_DAMAGED')
      const counts = summaryCounts(contents.tables)
      await migratedDb(sqlite, () => true)
      const migrated = schemaVersion(sqlite) !== contents.schema
      return { migrated, counts }
    } finally {
      closeDatabase(sqlite)
    }
  } catch (error) {
    removeRestoreCopy(databasePath)
    if (error instanceof OmtError) throw error
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    if (code === 'ENOSPC' || code === 'SQLITE_FULL') throw new OmtError('DISK_FULL')
    // A body that does not open or read as SQLCipher under its own key.
    throw new OmtError('BACKUP_DAMAGED')
  }
}

function summaryCounts(tables: Record<string, number>): RestoreSummary['counts'] {
  const count = (name: string) => tables[name] ?? 0
  return {
    caseCount: count('omt_case'),
    subjectCount: count('subject'),
    meetingCount: count('meeting'),
    decisionCount: count('decision'),
    actionCount: count('action_item'),
    attachmentCount: count('attachment'),
  }
}
