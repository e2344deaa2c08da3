import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BackupProgress } from '../../../../shared/contract/backup.contract'
import { ProgressMeter } from '../../../../db/backup/backup-progress'
import { makeBackup } from '../../../../db/backup/make-backup'
import { tempVault, type TempVault } from '../../../support/temp-vault'

let current: TempVault | null = null
afterEach(() => current?.cleanup())

/** Lists the target folder as each phase begins, to see the file while it is still being written. */
class WatchingMeter extends ProgressMeter {
  readonly seen = new Map<string, string[]>()
  constructor(private readonly folder: string) {
    super()
  }
  override phase(phase: NonNullable<BackupProgress['phase']>, totalBytes = 0): void {
    this.seen.set(phase, readdirSync(this.folder))
    super.phase(phase, totalBytes)
  }
}

describe('a back-up while it is written', () => {
  it('is named after the back-up plus .deel, and leftovers of an earlier interrupted one are removed', async () => {
    current = await tempVault()
    const target = join(current.folder, 'usb')
    mkdirSync(target)
    writeFileSync(join(target, 'tafelwerk-back-up-2026-01-01-120000.tafelbackup.deel'), 'half')
    writeFileSync(join(target, 'aantekeningen.deel'), 'niet van ons')
    const meter = new WatchingMeter(target)

    const made = await makeBackup(current.vault, target, meter)

    expect(meter.seen.get('readback')).toContain(`${made.fileName}.deel`)
    expect(readdirSync(target).sort()).toEqual(['aantekeningen.deel', made.fileName])
  })

  it('into a folder that is a file answers that it cannot write there', async () => {
    current = await tempVault()
    const notAFolder = join(current.folder, 'geen-map')
    writeFileSync(notAFolder, '')
    await expect(makeBackup(current.vault, notAFolder, new ProgressMeter())).rejects.toMatchObject({
      code: 'BACKUP_NOT_WRITABLE',
    })
  })
})
