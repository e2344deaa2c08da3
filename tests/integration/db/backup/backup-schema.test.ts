import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { restoreSessionFor } from '../../../../db/backup/restore-session'
import { schemaVersion } from '../../../../db/backup/table-counts'
import { migrations } from '../../../../db/migrations/index'
import type { VaultHeader } from '../../../../db/vault/header'
import type { Vault } from '../../../../db/vault/vault'
import { errorMessages } from '../../../../shared/contract/errors'
import { writeHandmadeBackup } from '../../../support/handmade-backup'
import { PASSPHRASE, hashFolder, tempVault, type TempVault } from '../../../support/temp-vault'

let made: TempVault | null = null
let usb: string | null = null
afterEach(() => {
  if (made) restoreSessionFor(made.vault).cancel()
  made?.cleanup()
  if (usb) rmSync(usb, { recursive: true, force: true })
  made = null
  usb = null
})

const names = Object.keys(migrations).sort()
const LATEST = names.at(-1) ?? ''
/** One migration behind, as Signal Desktop tests each migration from N−1; and one from before the processing log. */
const OLDER = [names.at(-2) ?? '', '2026-12-03-06-district-report']

async function setting(vault: Vault, key: string): Promise<unknown> {
  const row = await vault.db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst()
  return row?.value
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** A locked vault holding `huidig`, with its header and data key for a back-up that claims to come from it. */
async function lockedVault(): Promise<{ vault: Vault; folder: string; header: VaultHeader; dataKey: Buffer }> {
  made = await tempVault()
  usb = mkdtempSync(join(tmpdir(), 'tafelwerk-usb-'))
  const { vault, folder } = made
  await vault.db.insertInto('setting').values({ key: 'huidig', value: '"ja"' }).execute()
  const dataKey = Buffer.from(await vault.revealDataKey(PASSPHRASE), 'hex')
  vault.lock()
  const header = JSON.parse(readFileSync(vault.files.header, 'utf8')) as VaultHeader
  return { vault, folder, header, dataKey }
}

/** The vault's own files, without the checked copy a restore keeps beside it until apply or cancel. */
function ownFiles(folder: string): Record<string, string> {
  return Object.fromEntries(Object.entries(hashFolder(folder)).filter(([name]) => !name.includes('.herstel')))
}

describe.each(OLDER)('a back-up with the older schema %s', (older) => {
  it('is migrated on a copy while it is checked, restores, and the back-up file itself is not changed', async () => {
    const { vault, folder, header, dataKey } = await lockedVault()
    expect(names).toContain(older)
    expect(older).not.toBe(LATEST)
    const path = join(usb ?? '', 'oud.tafelbackup')
    await writeHandmadeBackup({
      header,
      dataKey,
      schema: older,
      target: path,
      seed: (db) => db.insertInto('setting').values({ key: 'bewaard', value: '"uit de oude back-up"' }).execute(),
    })
    const fileBefore = sha256(path)
    const vaultBefore = hashFolder(folder)

    const session = restoreSessionFor(vault)
    expect(session.choose(path)).toMatchObject({ picked: true })
    expect(await session.inspect({ passphrase: PASSPHRASE })).toMatchObject({ migrated: true })
    expect(sha256(path)).toBe(fileBefore)
    expect(ownFiles(folder)).toEqual(vaultBefore)

    const { status } = await session.apply({})
    expect(status.state).toBe('unlocked')
    expect(await setting(vault, 'bewaard')).toBe('"uit de oude back-up"')
    expect(await setting(vault, 'huidig')).toBeUndefined()
    expect(
      await vault.withCommittedState(({ sqlite, dataKey: copy }) => {
        copy.fill(0)
        return schemaVersion(sqlite)
      }),
    ).toBe(LATEST)
    expect(sha256(path)).toBe(fileBefore)
    vault.lock()
    await vault.unlock(PASSPHRASE)
    expect(await setting(vault, 'bewaard')).toBe('"uit de oude back-up"')
    expect(vault.processingLog.chain.state).toBe('intact')
  })
})

describe('a back-up with a schema newer than this Tafelwerk knows', () => {
  it('is refused in Dutch before anything is copied, and nothing changes', async () => {
    const { vault, folder, header, dataKey } = await lockedVault()
    const path = join(usb ?? '', 'nieuw.tafelbackup')
    await writeHandmadeBackup({
      header,
      dataKey,
      schema: LATEST,
      futureMigration: '2099-01-01-99-from-a-newer-tafelwerk',
      target: path,
      seed: (db) => db.insertInto('setting').values({ key: 'bewaard', value: '"uit de toekomst"' }).execute(),
    })
    const fileBefore = sha256(path)
    const vaultBefore = hashFolder(folder)

    const session = restoreSessionFor(vault)
    expect(session.choose(path)).toMatchObject({ picked: true })
    await expect(session.inspect({ passphrase: PASSPHRASE })).rejects.toMatchObject({
      code: 'BACKUP_TOO_NEW',
      message: errorMessages.BACKUP_TOO_NEW,
    })
    await expect(session.apply({})).rejects.toMatchObject({ code: 'RESTORE_NOT_CHECKED' })
    expect(hashFolder(folder)).toEqual(vaultBefore)
    expect(sha256(path)).toBe(fileBefore)

    await vault.unlock(PASSPHRASE)
    expect(await setting(vault, 'huidig')).toBe('"ja"')
    expect(await setting(vault, 'bewaard')).toBeUndefined()
  })
})
