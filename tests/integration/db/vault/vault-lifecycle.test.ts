import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Vault } from '../../../../db/vault/vault'
import { PASSPHRASE, hashFolder, tempVault, type TempVault } from '../../../support/temp-vault'
import { withTestOwner } from '../../../support/test-owner'

const NEW_PASSPHRASE = 'een heel ander geheim voor later'
let current: TempVault | null = null
afterEach(() => current?.cleanup())

async function created() {
  const made = await tempVault()
  current = made
  return made
}

describe('vault lifecycle', () => {
  it('creates, locks and unlocks; the data survives', async () => {
    const { vault, folder } = await created()
    expect(vault.status()).toEqual({ state: 'unlocked', recoveryKeyConfirmed: false, dataKeyShown: false, demo: false })
    await vault.db.insertInto('setting').values({ key: 'marker', value: '"bewaard"' }).execute()
    vault.lock()
    expect(vault.status().state).toBe('locked')
    expect(() => vault.db).toThrowError(expect.objectContaining({ code: 'VAULT_LOCKED' }))
    const reopened = new Vault(folder)
    await reopened.unlock(PASSPHRASE)
    const row = await reopened.db.selectFrom('setting').select('value').where('key', '=', 'marker').executeTakeFirst()
    expect(row?.value).toBe('"bewaard"')
    reopened.lock()
  })

  it('refuses a second vault in the same place', async () => {
    const { vault } = await created()
    await expect(vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)).rejects.toMatchObject({ code: 'VAULT_EXISTS' })
  })

  it('refuses weak or mismatched passphrases without creating anything', async () => {
    const made = await tempVault({ create: false })
    current = made
    await expect(made.vault.create('wachtwoord123', 'wachtwoord123')).rejects.toMatchObject({ code: 'WEAK_PASSPHRASE' })
    await expect(made.vault.create(PASSPHRASE, `${PASSPHRASE}!`)).rejects.toMatchObject({ code: 'PASSPHRASE_MISMATCH' })
    expect(hashFolder(made.folder)).toEqual({})
    expect(made.vault.status().state).toBe('none')
  })

  it('a wrong passphrase leaves the database, its WAL and the header byte-for-byte unchanged', async () => {
    const { vault, folder } = await created()
    await vault.db.insertInto('setting').values({ key: 'k', value: '1' }).execute()
    vault.lock()
    const before = hashFolder(folder)
    await expect(vault.unlock('dit is niet het wachtwoord')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: expect.stringContaining('Onjuist wachtwoord') as string,
    })
    await expect(
      vault.recover('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', NEW_PASSPHRASE, NEW_PASSPHRASE),
    ).rejects.toMatchObject({ code: 'WRONG_RECOVERY_KEY' })
    expect(hashFolder(folder)).toEqual(before)
    expect(vault.status().state).toBe('locked')
  })

  it('after a crash (files copied while unlocked), a wrong passphrase changes nothing and the right one finds every write', async () => {
    const { vault, folder } = await created()
    await vault.db.insertInto('setting').values({ key: 'laatste', value: '"opgeslagen"' }).execute()
    const crashed = mkdtempSync(join(tmpdir(), 'tafelwerk-crash-'))
    try {
      cpSync(folder, crashed, { recursive: true })
      expect(statSync(`${crashed}/tafelwerk.vault-wal`).size).toBeGreaterThan(0)
      const before = hashFolder(crashed)
      const survivor = new Vault(crashed)
      await expect(survivor.unlock('dit is niet het wachtwoord')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })
      expect(hashFolder(crashed)).toEqual(before)
      await survivor.unlock(PASSPHRASE)
      const row = await survivor.db
        .selectFrom('setting')
        .select('value')
        .where('key', '=', 'laatste')
        .executeTakeFirst()
      expect(row?.value).toBe('"opgeslagen"')
      survivor.lock()
    } finally {
      rmSync(crashed, { recursive: true, force: true })
    }
  })

  it('changes the passphrase by re-wrapping the key only; the database file is untouched', async () => {
    const { vault, folder } = await created()
    vault.lock()
    await vault.unlock(PASSPHRASE)
    const databaseBefore = hashFolder(folder)['tafelwerk.vault']
    await expect(vault.changePassphrase('fout fout fout fout', NEW_PASSPHRASE, NEW_PASSPHRASE)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    })
    await vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    vault.lock()
    expect(hashFolder(folder)['tafelwerk.vault']).toBe(databaseBefore)
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })
    await vault.unlock(NEW_PASSPHRASE)
    expect(vault.status().state).toBe('unlocked')
  })

  it('recovers with the recovery key and sets a new passphrase', async () => {
    const { vault, recoveryKey } = await created()
    vault.lock()
    await vault.recover(recoveryKey.toLowerCase().replaceAll('-', ' '), NEW_PASSPHRASE, NEW_PASSPHRASE)
    expect(vault.status().state).toBe('unlocked')
    vault.lock()
    await vault.unlock(NEW_PASSPHRASE)
    expect(vault.status().state).toBe('unlocked')
  })

  it('confirms the recovery key only when typed back correctly, and can renew it', async () => {
    const { vault, recoveryKey } = await created()
    await expect(vault.confirmRecoveryKey('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH')).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
    })
    await vault.confirmRecoveryKey(recoveryKey)
    expect(vault.status().recoveryKeyConfirmed).toBe(true)
    const renewed = await vault.renewRecoveryKey(PASSPHRASE)
    expect(vault.status().recoveryKeyConfirmed).toBe(false)
    vault.lock()
    await expect(vault.recover(recoveryKey, NEW_PASSPHRASE, NEW_PASSPHRASE)).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
    })
    await vault.recover(renewed, NEW_PASSPHRASE, NEW_PASSPHRASE)
    expect(vault.status().state).toBe('unlocked')
  })

  it('reveals the data key that opens the database with plain SQLCipher settings', async () => {
    const { vault, folder } = await created()
    const hex = await vault.revealDataKey(PASSPHRASE)
    expect(hex).toMatch(/^[0-9a-f]{64}$/u)
    vault.lock()
    const { default: Database } = await import('better-sqlite3-multiple-ciphers')
    const raw = new Database(`${folder}/tafelwerk.vault`, { readonly: true })
    raw.pragma("cipher='sqlcipher'")
    raw.pragma('legacy=4')
    raw.pragma(`key="x'${hex}'"`)
    expect(raw.prepare('SELECT count(*) AS n FROM partner').get()).toMatchObject({ n: 19 })
    raw.close()
  })
})

describe('encryption at rest', () => {
  it('leaves no trace of a written marker in any file, in UTF-8 or UTF-16', async () => {
    const { vault, folder } = await created()
    const marker = 'MARKER-Jansen-1983-uniek-7f3a'
    await vault.db
      .insertInto('setting')
      .values({ key: 'probe', value: JSON.stringify(marker) })
      .execute()
    vault.lock()
    const files = Object.keys(hashFolder(folder))
    expect(files).toContain('tafelwerk.vault')
    for (const name of files) {
      const bytes = readFileSync(`${folder}/${name}`)
      expect(bytes.includes(Buffer.from(marker, 'utf8')), name).toBe(false)
      expect(bytes.includes(Buffer.from(marker, 'utf16le')), name).toBe(false)
    }
    expect(readFileSync(`${folder}/tafelwerk.vault`).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0')
  })
})

describe('damaged or foreign vaults', () => {
  it('reports a damaged header, keeps the files, and allows a new vault beside them', async () => {
    const { vault, folder } = await created()
    vault.lock()
    writeFileSync(`${folder}/tafelwerk.vault.header.json`, '{"niet": "van ons"}')
    const before = hashFolder(folder)
    const fresh = new Vault(folder)
    expect(fresh.status().state).toBe('damaged')
    await expect(fresh.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' })
    expect(hashFolder(folder)).toEqual(before)
    const kept = fresh.setAsideDamaged(new Date('2026-01-02T03:04:05Z'))
    expect(kept.length).toBe(Object.keys(before).length)
    const after = hashFolder(folder)
    expect(Object.values(after).sort()).toEqual(Object.values(before).sort())
    expect(fresh.status().state).toBe('none')
    await fresh.create(PASSPHRASE, PASSPHRASE)
    expect(fresh.status().state).toBe('unlocked')
    fresh.lock()
  })

  it('reports a foreign database file without changing it', async () => {
    const { vault, folder } = await created()
    vault.lock()
    writeFileSync(`${folder}/tafelwerk.vault`, Buffer.alloc(8192, 7))
    const before = hashFolder(folder)
    const fresh = new Vault(folder)
    await expect(fresh.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' })
    expect(fresh.status().state).toBe('damaged')
    expect(hashFolder(folder)).toEqual(before)
  })
})

describe('demo vault', () => {
  it('opens beside the real vault without touching it, and disappears when locked', async () => {
    const { vault, folder } = await created()
    await vault.db.insertInto('setting').values({ key: 'echt', value: '1' }).execute()
    vault.lock()
    const before = hashFolder(folder)
    await vault.openDemo(async (db) => {
      await db.insertInto('setting').values({ key: 'voorbeeld', value: '1' }).execute()
    })
    expect(vault.status()).toEqual({ state: 'unlocked', recoveryKeyConfirmed: true, dataKeyShown: false, demo: true })
    expect(await vault.db.selectFrom('setting').select('key').execute()).toEqual([{ key: 'voorbeeld' }])
    vault.lock()
    expect(vault.status()).toEqual({ state: 'locked', recoveryKeyConfirmed: false, dataKeyShown: false, demo: false })
    expect(hashFolder(folder)).toEqual(before)
    await vault.unlock(PASSPHRASE)
    expect(await vault.db.selectFrom('setting').select('key').execute()).toEqual([{ key: 'echt' }])
  })
})

describe('locking during an unlock', () => {
  it('wins: a lock that arrives while the passphrase is being checked leaves the vault locked', async () => {
    const { vault } = await created()
    vault.lock()
    const unlocking = vault.unlock(PASSPHRASE)
    // Argon2id takes ~100 ms off the main thread: this lock lands while the unlock is under way.
    await new Promise((resolve) => setTimeout(resolve, 0))
    vault.lock()
    await expect(unlocking).rejects.toMatchObject({ code: 'VAULT_LOCKED' })
    expect(vault.isUnlocked).toBe(false)
    await vault.unlock(PASSPHRASE)
    expect(vault.isUnlocked).toBe(true)
  })
})
