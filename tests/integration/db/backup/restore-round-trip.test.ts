import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { backupsFor } from '../../../../db/backup/backups'
import { restoreSessionFor } from '../../../../db/backup/restore-session'
import { Vault } from '../../../../db/vault/vault'
import { PASSPHRASE, tempVault, type TempVault } from '../../../support/temp-vault'

let made: TempVault[] = []
afterEach(() => {
  for (const one of made) one.cleanup()
  made = []
})

async function setting(vault: Vault, key: string): Promise<unknown> {
  const row = await vault.db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst()
  return row?.value
}

describe('a back-up restored', () => {
  it('brings back exactly the backed-up state and keeps the vault it replaced beside it', async () => {
    const source = await tempVault()
    made.push(source)
    const { vault, folder } = source
    await vault.db.insertInto('setting').values({ key: 'marker', value: '"voor"' }).execute()
    const target = join(folder, 'usb')
    mkdirSync(target)
    const backups = backupsFor(vault)
    backups.chooseFolder(target)
    expect((await backups.status()).due).toBe(true)
    const backup = await backups.make()
    expect(readdirSync(target)).toEqual([backup.fileName])
    expect((await backups.status()).due).toBe(false)

    await vault.db.updateTable('setting').set({ value: '"na"' }).where('key', '=', 'marker').execute()
    await vault.db.insertInto('setting').values({ key: 'later', value: '1' }).execute()

    const restore = restoreSessionFor(vault)
    expect(restore.choose(join(target, backup.fileName))).toMatchObject({ picked: true })
    const summary = await restore.inspect({ passphrase: PASSPHRASE })
    expect(summary).toMatchObject({ migrated: false, needsNewPassphrase: false })
    expect(await setting(vault, 'marker')).toBe('"na"')
    const { status, keptAs } = await restore.apply({})
    expect(status.state).toBe('unlocked')
    expect(await setting(vault, 'marker')).toBe('"voor"')
    expect(await setting(vault, 'later')).toBeUndefined()
    expect(vault.processingLog.chain.state).toBe('intact')
    expect(keptAs.some((name) => name.startsWith('tafelwerk.vault.voor-herstel-'))).toBe(true)

    vault.lock()
    const kept = keptAs.find((name) => /^tafelwerk\.vault\.voor-herstel-[^.]+$/u.test(name))
    expect(kept && existsSync(join(folder, kept))).toBe(true)
    const again = new Vault(folder)
    await again.unlock(PASSPHRASE)
    expect(await setting(again, 'marker')).toBe('"voor"')
    expect(again.processingLog.chain.state).toBe('intact')
    again.lock()
  })
})
