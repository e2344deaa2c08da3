import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import Database from 'better-sqlite3-multiple-ciphers'
import { sql } from 'kysely'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { identityOf, stampText, writeClosedStamp } from '../../../../db/vault/closed-stamp'
import { readHeader } from '../../../../db/vault/header'
import { openWithPassphrase } from '../../../../db/vault/key-wraps'
import type { Vault } from '../../../../db/vault/vault'
import { vaultFiles } from '../../../../db/vault/vault-files'
import { errorMessages } from '../../../../shared/contract/errors'
import { call, newCase, reference } from '../../../support/case-fixtures'
import { PAGE_BYTES } from '../../../support/damaged-vault'
import { PASSPHRASE, tempVault, type TempVault } from '../../../support/temp-vault'

/*
 * The full quick_check at unlock is skipped only for a vault this key closed
 * cleanly and nothing touched since (closed-stamp.ts, vault-check.ts). Each
 * case counts the quick_check pragmas an unlock runs.
 */

const made: TempVault[] = []
afterAll(() => {
  for (const one of made) one.cleanup()
})
afterEach(() => {
  vi.restoreAllMocks()
})

async function lockedVault(): Promise<TempVault> {
  const one = await tempVault()
  made.push(one)
  await one.vault.db.insertInto('setting').values({ key: 'bewaard', value: '"ja"' }).execute()
  one.vault.lock()
  return one
}

/** Unlocks, and answers how many quick_check pragmas that unlock ran. */
async function quickChecksAtUnlock(vault: Vault): Promise<number> {
  const pragma = vi.spyOn(Database.prototype, 'pragma')
  try {
    await vault.unlock(PASSPHRASE)
    return pragma.mock.calls.filter(([source]) => String(source).includes('quick_check')).length
  } finally {
    pragma.mockRestore()
  }
}

async function dataKeyOf(folder: string): Promise<Buffer> {
  const header = readHeader(vaultFiles(folder).header)
  if (!header) throw new Error('no header')
  const key = await openWithPassphrase(header.keys, PASSPHRASE)
  if (!key) throw new Error('the passphrase does not unwrap the data key')
  return key
}

describe('a vault closed cleanly', () => {
  it('unlocks without a quick_check, and its stamp is gone while it is open and back once it locks', async () => {
    const { vault, folder } = await lockedVault()
    const files = vaultFiles(folder)
    expect(existsSync(files.closedStamp)).toBe(true)
    expect(await quickChecksAtUnlock(vault)).toBe(0)
    expect(existsSync(files.closedStamp)).toBe(false)
    expect(
      await vault.db.selectFrom('setting').select('value').where('key', '=', 'bewaard').executeTakeFirst(),
    ).toEqual({ value: '"ja"' })
    vault.lock()
    expect(existsSync(files.closedStamp)).toBe(true)
    expect(await quickChecksAtUnlock(vault)).toBe(0)
    vault.lock()
  })

  it('without its stamp gets the full check, as after a crash', async () => {
    const { vault, folder } = await lockedVault()
    writeFileSync(vaultFiles(folder).closedStamp, '')
    expect(await quickChecksAtUnlock(vault)).toBe(1)
    vault.lock()
  })
})

describe('a stamp that does not vouch for this file gets the full check', () => {
  it("another vault's stamp, copied beside it", async () => {
    const { vault, folder } = await lockedVault()
    const other = await lockedVault()
    copyFileSync(vaultFiles(other.folder).closedStamp, vaultFiles(folder).closedStamp)
    expect(await quickChecksAtUnlock(vault)).toBe(1)
    vault.lock()
  })

  it('a stamp forged without the data key', async () => {
    const { vault, folder } = await lockedVault()
    const files = vaultFiles(folder)
    writeFileSync(files.closedStamp, stampText(identityOf(files.database), randomBytes(32)))
    expect(await quickChecksAtUnlock(vault)).toBe(1)
    vault.lock()
  })

  it('a stamp this key made for the file at another size', async () => {
    const { vault, folder } = await lockedVault()
    const files = vaultFiles(folder)
    const identity = identityOf(files.database)
    const key = await dataKeyOf(folder)
    writeFileSync(files.closedStamp, stampText({ ...identity, size: String(Number(identity.size) + PAGE_BYTES) }, key))
    key.fill(0)
    expect(await quickChecksAtUnlock(vault)).toBe(1)
    vault.lock()
  })

  it('a stamp whose MAC was edited', async () => {
    const { vault, folder } = await lockedVault()
    const files = vaultFiles(folder)
    const stamp = JSON.parse(readFileSync(files.closedStamp, 'utf8')) as { mac: string }
    writeFileSync(files.closedStamp, JSON.stringify({ ...stamp, mac: Buffer.alloc(32).toString('base64') }))
    expect(await quickChecksAtUnlock(vault)).toBe(1)
    vault.lock()
  })

  it('a file overwritten in place with its mtime put back: the ctime moved', async () => {
    const { vault, folder } = await lockedVault()
    const { database } = vaultFiles(folder)
    const { atime, mtime } = statSync(database)
    writeFileSync(database, readFileSync(database))
    utimesSync(database, atime, mtime)
    expect(await quickChecksAtUnlock(vault)).toBe(1)
    vault.lock()
  })
})

describe('bit rot the stamp cannot see (a page changed, the file times as they were)', () => {
  it('unlocks fast, refuses the damaged read with VAULT_DAMAGED in Dutch, leaves the page as it was, and the next unlock checks every page', async () => {
    const one = await tempVault()
    made.push(one)
    const { vault, folder, dispatch } = one
    const files = vaultFiles(folder)
    const created = await call(dispatch, 'case:create', newCase(await reference(vault)))
    const { rows } = await sql<{
      rootpage: number
    }>`SELECT rootpage FROM sqlite_master WHERE name = 'omt_case'`.execute(vault.db)
    const page = rows[0]?.rootpage
    if (!page) throw new Error('no omt_case table')
    vault.lock()

    // The bytes a failing disk changes; the stamp re-made as if nothing had moved the file's times.
    const bytes = readFileSync(files.database)
    const at = (page - 1) * PAGE_BYTES + PAGE_BYTES / 2
    for (let i = 0; i < 4; i++) bytes[at + i] = (bytes[at + i] ?? 0) ^ 0xff
    writeFileSync(files.database, bytes)
    const damagedPage = bytes.subarray((page - 1) * PAGE_BYTES, page * PAGE_BYTES)
    const key = await dataKeyOf(folder)
    writeClosedStamp(files.closedStamp, files.database, key)
    key.fill(0)

    expect(await quickChecksAtUnlock(vault)).toBe(0)
    expect(await dispatch('case:get', { id: created.id })).toEqual({
      ok: false,
      error: { code: 'VAULT_DAMAGED', message: errorMessages.VAULT_DAMAGED },
    })
    expect(readFileSync(files.database)).toEqual(bytes)
    // Still open and answering what is not on the damaged page.
    expect(await call(dispatch, 'vault:status', {})).toMatchObject({ state: 'unlocked' })
    vault.lock()

    expect(readFileSync(files.database).subarray((page - 1) * PAGE_BYTES, page * PAGE_BYTES)).toEqual(damagedPage)
    // The session met damage, so its lock vouched for nothing: the next unlock reads every page and refuses.
    expect(existsSync(files.closedStamp)).toBe(false)
    expect(await dispatch('vault:unlock', { passphrase: PASSPHRASE })).toEqual({
      ok: false,
      error: { code: 'VAULT_DAMAGED', message: errorMessages.VAULT_DAMAGED },
    })
    expect(await call(dispatch, 'vault:status', {})).toMatchObject({ state: 'damaged' })
  })
})
