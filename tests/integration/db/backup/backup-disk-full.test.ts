import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { readPreamble } from '../../../../db/backup/backup-file'
import { backupsFor } from '../../../../db/backup/backups'
import { createDispatcher } from '../../../../db/handlers/dispatch'
import { Vault } from '../../../../db/vault/vault'
import { errorMessages } from '../../../../shared/contract/errors'
import { call, reference } from '../../../support/case-fixtures'
import { plainCase } from '../../../support/plain-case'
import { PASSPHRASE, hashFolder, tempVault, type TempVault } from '../../../support/temp-vault'
import { withTestOwner } from '../../../support/test-owner'
import { TinyDisks, fillUp } from '../../../support/tiny-disk'

let made: TempVault | null = null
afterEach(() => {
  if (made) rmSync(`${made.folder}-usb`, { recursive: true, force: true })
  made?.cleanup()
  made = null
})

const disks = new TinyDisks()
afterAll(() => disks.unmountAll())

/** A few cases with long summaries, so the back-up is well over the small disk's size. */
async function fillVault(vault: Vault, dispatch: TempVault['dispatch']): Promise<void> {
  const ref = await reference(vault)
  for (let n = 0; n < 6; n++) {
    await call(dispatch, 'case:create', {
      ...plainCase(ref.table('D'), `Haven ${String(n)}`, { registeredOn: '2026-03-01', retentionUntil: '2031-03-01' }),
      summary: `Melding ${String(n)} over een bedrijfsunit aan de haven, met wisselende huurders. `.repeat(600),
    })
  }
}

/**
 * The vault's files while it is open, but for its `-shm`: SQLite's shared
 * index of the `-wal`, where every read marks itself, not vault data.
 */
function vaultBytes(folder: string): Record<string, string> {
  const hashes = hashFolder(folder)
  delete hashes['tafelwerk.vault-shm']
  return hashes
}

describe('a back-up to a folder on a disk too small for it', () => {
  it('answers BACKUP_DISK_FULL in Dutch, leaves no partial file and the vault unchanged; a roomy folder then works', async () => {
    made = await tempVault()
    const { vault, dispatch, folder } = made
    await fillVault(vault, dispatch)
    vault.checkpointTruncate()
    const stick = join(`${folder}-usb`, 'klein')
    disks.mount(stick, '128k')
    try {
      expect(statSync(vault.files.database).size).toBeGreaterThan(2 * 128 * 1024)
      const backups = backupsFor(vault)
      backups.chooseFolder(stick)
      const before = vaultBytes(folder)
      await expect(backups.make()).rejects.toMatchObject({
        code: 'BACKUP_DISK_FULL',
        message: errorMessages.BACKUP_DISK_FULL,
      })
      expect(readdirSync(stick)).toEqual([])
      expect(vaultBytes(folder)).toEqual(before)
      expect(backups.progress.running).toBe(false)

      // Through the dispatcher, as the renderer asks: the same refusal, in its envelope.
      expect(await dispatch('backup:make', {})).toEqual({
        ok: false,
        error: { code: 'BACKUP_DISK_FULL', message: errorMessages.BACKUP_DISK_FULL },
      })
      expect(readdirSync(stick)).toEqual([])
      expect((await call(dispatch, 'backup:status', {})).lastBackupAt).toBeNull()
    } finally {
      disks.unmount(stick)
    }

    const roomy = `${folder}-usb`
    backupsFor(vault).chooseFolder(roomy)
    const backup = await call(dispatch, 'backup:make', {})
    expect(readdirSync(roomy).sort()).toEqual([backup.fileName, 'klein'].sort())
    expect(readPreamble(join(roomy, backup.fileName)).manifest.body.bytes).toBeGreaterThan(2 * 128 * 1024)
    expect(await call(dispatch, 'backup:status', {})).toMatchObject({ due: false, lastBackupAt: backup.createdAt })
  })
})

describe('a back-up while the vault\u2019s own disk is full', () => {
  it('fails at the snapshot with BACKUP_DISK_FULL, leaves no snapshot beside the vault, and works once there is room', async () => {
    made = await tempVault({ create: false })
    const folder = join(made.folder, 'kluis')
    disks.mount(folder, '8m')
    const vault = new Vault(folder)
    const dispatch = createDispatcher(vault)
    const usb = join(made.folder, 'usb')
    mkdirSync(usb)
    try {
      await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
      await fillVault(vault, dispatch)
      const backups = backupsFor(vault)
      backups.chooseFolder(usb)
      const filler = join(folder, 'vulsel')
      fillUp(filler)
      const before = vaultBytes(folder)
      await expect(backups.make()).rejects.toMatchObject({
        code: 'BACKUP_DISK_FULL',
        message: errorMessages.BACKUP_DISK_FULL,
      })
      expect(vaultBytes(folder)).toEqual(before)
      expect(readdirSync(usb)).toEqual([])
      rmSync(filler)
      const backup = await backups.make()
      expect(readdirSync(usb)).toEqual([backup.fileName])
      expect(readdirSync(folder).filter((name) => name.startsWith('tafelwerk.vault.back-up'))).toEqual([])
    } finally {
      try {
        vault.lock()
      } finally {
        disks.unmount(folder)
      }
    }
  })
})
