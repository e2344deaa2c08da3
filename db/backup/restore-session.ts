import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { OmtError } from '../../shared/contract/errors'
import type { PickedBackup, RestoreSummary } from '../../shared/contract/backup.contract'
import type { VaultStatus } from '../../shared/contract/vault.contract'
import { syncFolder } from '../kernel/sync-folder'
import { migrations } from '../migrations/index'
import { writeAnchorText } from '../processing-log/log-anchor'
import { newSpanId, newTraceId } from '../processing-log/span-draft'
import { type VaultHeader, writeHeader } from '../vault/header'
import { headerMacValid, sealHeader } from '../vault/header-mac'
import { unwrapWithRecoveryKey } from '../vault/key-checks'
import { openWithPassphrase, rewrapPassphrase } from '../vault/key-wraps'
import { assertNewPassphrase } from '../vault/new-passphrase'
import type { Vault } from '../vault/vault'
import { allFiles, setAside, type VaultFiles } from '../vault/vault-files'
import { BACKUP_EXTENSION, type BackupPreamble, readPreamble } from './backup-file'
import { openManifest } from './backup-manifest'
import { readBackupSettings, writeBackupSettings } from './backup-settings'
import { removeRestoreCopy, restoreCopyPath } from './leftovers'
import { onePerVault } from './one-per-vault'
import { extractCheckedCopy } from './restore-copy'

interface Chosen {
  path: string
  preamble: BackupPreamble
}

interface Prepared {
  chosen: Chosen
  dataKey: Buffer
  header: VaultHeader
  summary: RestoreSummary
}

type Secret = { passphrase: string } | { recoveryKey: string }

/**
 * Restore in three steps, each its own request, and nothing of the current
 * vault changes before the last:
 * 1. `choose`: a file, read without a key (magic, version, manifest, length);
 * 2. `inspect`: the passphrase or recovery key of when the back-up was made
 *    unwraps its data key; its body is copied beside the vault with its digest
 *    checked, opened, `integrity_check`ed, every table counted against the
 *    sealed manifest, and migrated when it is older (on the copy);
 * 3. `apply`: the current vault's files are renamed to `…voor-herstel-<date>`,
 *    never overwritten, and the copy takes their place with the back-up's
 *    header and log anchor; the vault opens and logs its own restore.
 * The data key lives in memory between 2 and 3 and is zeroed by `cancel`.
 */
export class RestoreSession {
  /** Always the user's own vault: the demo vault's folder goes when it locks, and a restore never goes there. */
  private chosen: Chosen | null = null
  private prepared: Prepared | null = null

  constructor(private readonly vault: Vault) {}

  choose(path: string): PickedBackup {
    this.cancel()
    const preamble = readPreamble(path)
    this.chosen = { path, preamble }
    return { picked: true, fileName: basename(path), createdAt: preamble.manifest.createdAt }
  }

  /** The newest readable back-up in the folder the back-ups go to. */
  chooseNewest(): PickedBackup {
    const { folder } = readBackupSettings(this.vault.ownFiles.folder)
    if (!folder) return { picked: false }
    let newest: { path: string; createdAt: string } | null = null
    for (const name of safeList(folder)) {
      if (!name.endsWith(`.${BACKUP_EXTENSION}`)) continue
      try {
        const { createdAt } = readPreamble(join(folder, name)).manifest
        if (!newest || createdAt > newest.createdAt) newest = { path: join(folder, name), createdAt }
      } catch {
        // Not a back-up we can read: another one may be.
      }
    }
    return newest ? this.choose(newest.path) : { picked: false }
  }

  async inspect(secret: Secret): Promise<RestoreSummary> {
    const chosen = this.chosen
    if (!chosen) throw new OmtError('RESTORE_NOT_CHECKED')
    this.dropPrepared()
    const { manifest, bodyOffset } = chosen.preamble
    const dataKey = await unwrap(manifest.header, secret)
    try {
      if (!headerMacValid(manifest.header, dataKey)) throw new OmtError('BACKUP_DAMAGED')
      const contents = openManifest(manifest, dataKey)
      if (!contents) throw new OmtError('BACKUP_DAMAGED')
      if (!Object.hasOwn(migrations, contents.schema)) throw new OmtError('BACKUP_TOO_NEW')
      const copy = await extractCheckedCopy({
        source: chosen.path,
        bodyOffset,
        manifest,
        contents,
        dataKey,
        databasePath: this.vault.ownFiles.database,
      })
      const summary: RestoreSummary = {
        fileName: basename(chosen.path),
        createdAt: manifest.createdAt,
        migrated: copy.migrated,
        needsNewPassphrase: 'recoveryKey' in secret,
        counts: copy.counts,
      }
      this.prepared = { chosen, dataKey, header: manifest.header, summary }
      return summary
    } catch (error) {
      dataKey.fill(0)
      removeRestoreCopy(this.vault.ownFiles.database)
      throw error
    }
  }

  async apply(newPassphrase: { passphrase?: string | undefined; passphraseRepeat?: string | undefined }): Promise<{
    status: VaultStatus
    keptAs: string[]
  }> {
    const prepared = this.prepared
    if (!prepared) throw new OmtError('RESTORE_NOT_CHECKED')
    let header = prepared.header
    if (prepared.summary.needsNewPassphrase) {
      const passphrase = newPassphrase.passphrase ?? ''
      assertNewPassphrase(passphrase, newPassphrase.passphraseRepeat ?? '')
      header = sealHeader(
        { ...header, keys: await rewrapPassphrase(header.keys, prepared.dataKey, passphrase) },
        prepared.dataKey,
      )
    }
    this.vault.lock()
    const files = this.vault.ownFiles
    const kept = setAside(files, new Date(), 'voor-herstel')
    try {
      renameSync(restoreCopyPath(files.database), files.database)
      syncFolder(files.database)
      writeHeader(files.header, header)
      const anchor = prepared.chosen.preamble.manifest.anchor
      if (anchor) writeAnchorText(files.logAnchor, anchor)
    } catch (error) {
      putBack(files, kept)
      throw error
    }
    try {
      await this.vault.unlockWithDataKey(prepared.dataKey)
      await this.logRestore(prepared.summary.createdAt)
      this.rememberBackup(prepared)
    } finally {
      this.cancel()
    }
    return { status: this.vault.status(), keptAs: kept.map((path) => basename(path)) }
  }

  /**
   * On a new laptop the back-up's folder is where back-ups are, and the back-up
   * itself is the vault's last one: no reminder greets a vault just restored.
   */
  private rememberBackup(prepared: Prepared): void {
    const folder = this.vault.ownFiles.folder
    const known = readBackupSettings(folder)
    const createdAt = prepared.summary.createdAt
    writeBackupSettings(folder, {
      folder: known.folder ?? dirname(prepared.chosen.path),
      lastBackupAt: known.lastBackupAt && known.lastBackupAt > createdAt ? known.lastBackupAt : createdAt,
    })
  }

  cancel(): void {
    this.dropPrepared()
    this.chosen = null
  }

  private dropPrepared(): void {
    this.prepared?.dataKey.fill(0)
    this.prepared = null
    removeRestoreCopy(this.vault.ownFiles.database)
  }

  /** The restored vault's own log says it was restored, and from which moment. */
  private async logRestore(backupCreatedAt: string): Promise<void> {
    const at = Date.now()
    await this.vault.db.connection().execute(() => {
      this.vault.processingLog.append([
        {
          traceId: newTraceId(),
          spanId: newSpanId(),
          parentSpanId: null,
          name: 'restore:apply',
          status: 'Ok',
          startTime: at,
          endTime: at,
          activityId: 'back-up',
          subject: null,
          records: [],
          purpose: `Kluis hersteld uit de back-up van ${backupCreatedAt}.`,
        },
      ])
      return Promise.resolve()
    })
  }
}

/** A restore that could not finish puts the vault it was replacing back where it was. */
function putBack(files: VaultFiles, kept: readonly string[]): void {
  for (const path of allFiles(files)) {
    if (!existsSync(path)) continue
    if (path === files.database) renameSync(path, restoreCopyPath(files.database))
    else rmSync(path, { force: true })
  }
  for (const path of kept) renameSync(path, path.replace(/\.voor-herstel-[^.]+$/u, ''))
  syncFolder(files.database)
}

async function unwrap(header: VaultHeader, secret: Secret): Promise<Buffer> {
  if ('passphrase' in secret) {
    const key = await openWithPassphrase(header.keys, secret.passphrase)
    if (!key) throw new OmtError('BACKUP_WRONG_SECRET')
    return key
  }
  try {
    return await unwrapWithRecoveryKey(header.keys, secret.recoveryKey)
  } catch {
    throw new OmtError('BACKUP_WRONG_SECRET')
  }
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}

/** One restore at a time per vault: the chosen file and the checked copy are shared by the handlers and main's file dialog. */
export const restoreSessionFor = onePerVault((vault) => new RestoreSession(vault))
