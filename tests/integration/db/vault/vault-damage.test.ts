import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backupsFor } from '../../../../db/backup/backups'
import { createDispatcher } from '../../../../db/handlers/dispatch'
import { Vault } from '../../../../db/vault/vault'
import { errorMessages } from '../../../../shared/contract/errors'
import { call } from '../../../support/case-fixtures'
import {
  copyVaultFolder,
  damageEarlyWalFrame,
  flipBytesInPage,
  loseWal,
  swapInHeader,
  tearLastWalTransaction,
  truncateDatabase,
  walCommitFrames,
} from '../../../support/damaged-vault'
import { PASSPHRASE, hashFolder, tempVault, type TempVault } from '../../../support/temp-vault'

const folders: string[] = []
const made: TempVault[] = []
afterAll(() => {
  for (const one of made) one.cleanup()
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

function freshFolder(label: string): string {
  const folder = mkdtempSync(join(tmpdir(), `tafelwerk-${label}-`))
  folders.push(folder)
  return folder
}

async function setting(vault: Vault, key: string): Promise<unknown> {
  const row = await vault.db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst()
  return row?.value
}

/** The back-up settings file beside the vault is not one of its files: a restore rewrites it on purpose. */
const BACKUP_SETTINGS = 'tafelwerk.back-ups.json'

/**
 * Two vault folders to damage copies of, made once: `locked`, closed cleanly
 * (no -wal), and `crashed`, copied while the vault was open after two more
 * transactions, as a crash leaves it (in-use mark, a -wal with commits that
 * are nowhere else). Both hold `bewaard` from before the back-up and `later`
 * from after it; the back-up in `backupFolder` holds only `bewaard`.
 */
let locked: string
let crashed: string
let otherVault: string
let backupFileName: string

beforeAll(async () => {
  const source = await tempVault()
  made.push(source)
  const { vault } = source
  await vault.db.insertInto('setting').values({ key: 'bewaard', value: '"voor de back-up"' }).execute()
  const backups = backupsFor(vault)
  backups.chooseFolder(freshFolder('usb'))
  backupFileName = (await backups.make()).fileName
  await vault.db.insertInto('setting').values({ key: 'later', value: '"na de back-up"' }).execute()
  vault.lock()
  locked = freshFolder('locked')
  copyVaultFolder(source.folder, locked)

  await vault.unlock(PASSPHRASE)
  await vault.db.insertInto('setting').values({ key: 'eerste', value: '1' }).execute()
  await vault.db.insertInto('setting').values({ key: 'tweede', value: '2' }).execute()
  crashed = freshFolder('crashed')
  copyVaultFolder(source.folder, crashed)
  vault.lock()

  const other = await tempVault()
  made.push(other)
  other.vault.lock()
  otherVault = other.folder
})

describe('the crash image the WAL cases start from', () => {
  it('is sound: it unlocks with both of its last transactions, which only its -wal held', async () => {
    expect(walCommitFrames(crashed).length).toBeGreaterThanOrEqual(2)
    const folder = freshFolder('control')
    copyVaultFolder(crashed, folder)
    const vault = new Vault(folder)
    await vault.unlock(PASSPHRASE)
    expect([await setting(vault, 'eerste'), await setting(vault, 'tweede')]).toEqual(['1', '2'])
    vault.lock()
  })

  it('with its last transaction torn (a power loss mid-commit) unlocks without it: that is no damage', async () => {
    const folder = freshFolder('torn')
    copyVaultFolder(crashed, folder)
    tearLastWalTransaction(folder)
    const vault = new Vault(folder)
    await vault.unlock(PASSPHRASE)
    expect([await setting(vault, 'eerste'), await setting(vault, 'tweede')]).toEqual(['1', undefined])
    vault.lock()
  })
})

/*
 * A flipped byte inside the LAST transaction of the -wal is not among these:
 * it is what a power loss in the middle of a commit leaves (a torn write),
 * that commit was never confirmed, and SQLite rightly drops it (wal-scan.ts).
 */
const damages: { kind: string; from: () => string; damage: (folder: string) => void }[] = [
  { kind: 'flipped bytes inside a page of the database', from: () => locked, damage: (f) => flipBytesInPage(f) },
  { kind: 'flipped bytes inside page 1 of the database', from: () => locked, damage: (f) => flipBytesInPage(f, 1) },
  { kind: 'a database file cut short', from: () => locked, damage: truncateDatabase },
  { kind: 'a -wal missing after a session that never closed', from: () => crashed, damage: loseWal },
  { kind: 'a damaged -wal frame before its last transaction', from: () => crashed, damage: damageEarlyWalFrame },
  { kind: "another vault's header", from: () => locked, damage: (f) => swapInHeader(f, otherVault) },
]

describe.each(damages)('a vault with $kind', ({ from, damage }) => {
  it('is refused at unlock in Dutch, left byte for byte as it was, and offers the newest back-up, which restores', async () => {
    const folder = freshFolder('damaged')
    copyVaultFolder(from(), folder)
    damage(folder)
    const before = hashFolder(folder)
    const vault = new Vault(folder)
    const dispatch = createDispatcher(vault)

    expect(await dispatch('vault:unlock', { passphrase: PASSPHRASE })).toEqual({
      ok: false,
      error: { code: 'VAULT_DAMAGED', message: errorMessages.VAULT_DAMAGED },
    })
    expect(hashFolder(folder)).toEqual(before)
    // A second try, as a user would, finds the same and still changes nothing.
    expect(await dispatch('vault:unlock', { passphrase: PASSPHRASE })).toMatchObject({
      error: { code: 'VAULT_DAMAGED' },
    })
    expect(hashFolder(folder)).toEqual(before)
    expect(vault.isUnlocked).toBe(false)

    // What the damaged-vault screen asks: the state, then the newest back-up in the chosen folder.
    expect(await call(dispatch, 'vault:status', {})).toMatchObject({ state: 'damaged' })
    expect(await call(dispatch, 'restore:choose-newest', {})).toMatchObject({
      picked: true,
      fileName: backupFileName,
    })
    expect(hashFolder(folder)).toEqual(before)
    expect(await call(dispatch, 'restore:inspect', { passphrase: PASSPHRASE })).toMatchObject({ migrated: false })
    const { status, keptAs } = await call(dispatch, 'restore:apply', {})
    expect(status.state).toBe('unlocked')
    expect(await setting(vault, 'bewaard')).toBe('"voor de back-up"')
    expect(await setting(vault, 'later')).toBeUndefined()
    expect(vault.processingLog.chain.state).toBe('intact')

    // The damaged files are kept beside it under a dated name, every byte as it was.
    const after = hashFolder(folder)
    for (const [name, hash] of Object.entries(before)) {
      if (name === BACKUP_SETTINGS) continue
      const kept = keptAs.find((keptName) => keptName.startsWith(`${name}.voor-herstel-`))
      expect([name, kept && after[kept]]).toEqual([name, hash])
    }
    vault.lock()
  })
})
