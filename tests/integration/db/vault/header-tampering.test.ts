import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Vault } from '../../../../db/vault/vault'
import { openEncryptedDatabase, closeDatabase } from '../../../../db/vault/open-database'
import { PASSPHRASE, hashFolder, tempVault, type TempVault } from '../../../support/temp-vault'

let current: TempVault | null = null
afterEach(() => current?.cleanup())

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** Every leaf of the header as a path, e.g. ['keys', 'kdf', 'memoryKiB']. */
function leafPaths(value: Json, path: string[] = []): string[][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, field]) => leafPaths(field, [...path, key]))
  }
  return [path]
}

/** A different value of the same kind, as someone editing the file by hand would write. */
function tampered(value: Json): Json {
  if (typeof value === 'boolean') return !value
  if (typeof value === 'number') return value + 1
  if (value === null) return '2026-01-01T00:00:00.000Z'
  if (typeof value === 'string' && /^\d{4}-/u.test(value)) return value.replace(/^\d{4}/u, '2020')
  if (typeof value === 'string' && /^[A-Za-z0-9+/]+=*$/u.test(value) && value.length >= 16) {
    const bytes = Buffer.from(value, 'base64')
    bytes[0] = (bytes[0] ?? 0) ^ 1
    return bytes.toString('base64')
  }
  return `${typeof value === 'string' ? value : JSON.stringify(value)}x`
}

function setAt(header: Json, path: string[], change: (value: Json) => Json): Json {
  const copy = structuredClone(header) as Record<string, Json>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, Json>
  const last = path.at(-1) ?? ''
  node[last] = change(node[last] ?? null)
  return copy
}

async function lockedVault(): Promise<TempVault & { headerPath: string; header: Json }> {
  const made = await tempVault()
  current = made
  await made.vault.db.insertInto('setting').values({ key: 'marker', value: '"bewaard"' }).execute()
  made.vault.lock()
  const headerPath = join(made.folder, 'tafelwerk.vault.header.json')
  return { ...made, headerPath, header: JSON.parse(readFileSync(headerPath, 'utf8')) as Json }
}

describe('a header edited outside Tafelwerk', () => {
  it('is refused for every field, and the database file is not touched', async () => {
    const { folder, headerPath, header } = await lockedVault()
    const databaseBefore = hashFolder(folder)['tafelwerk.vault']
    const paths = leafPaths(header)
    expect(paths.map((path) => path.join('.'))).toEqual(
      expect.arrayContaining([
        'keys.kdf.memoryKiB',
        'keys.recovery.wrap.tag',
        'recoveryConfirmed',
        'dataKeyShownAt',
        'rotation',
        'mac',
        'createdAt',
      ]),
    )
    for (const path of paths) {
      writeFileSync(headerPath, JSON.stringify(setAt(header, path, tampered)))
      const vault = new Vault(folder)
      const refused = await vault.unlock(PASSPHRASE).then(
        () => 'opened',
        (error: unknown) => (error as { code?: string }).code,
      )
      expect([path.join('.'), refused]).toEqual([
        path.join('.'),
        expect.stringMatching(/^(VAULT_HEADER_CHANGED|VAULT_DAMAGED|WRONG_PASSPHRASE)$/u),
      ])
      expect(vault.isUnlocked).toBe(false)
      expect(hashFolder(folder)['tafelwerk.vault']).toBe(databaseBefore)
      expect(existsSync(join(folder, 'tafelwerk.vault-wal'))).toBe(false)
    }
    writeFileSync(headerPath, JSON.stringify(header))
    const vault = new Vault(folder)
    await vault.unlock(PASSPHRASE)
    expect(await vault.db.selectFrom('setting').select('value').where('key', '=', 'marker').executeTakeFirst()).toEqual(
      { value: '"bewaard"' },
    )
    vault.lock()
  })

  it('says which kind of change it found: a field under the MAC, or a wrap that does not decode to its length', async () => {
    const { folder, headerPath, header } = await lockedVault()
    writeFileSync(headerPath, JSON.stringify(setAt(header, ['recoveryConfirmed'], () => true)))
    await expect(new Vault(folder).unlock(PASSPHRASE)).rejects.toMatchObject({
      code: 'VAULT_HEADER_CHANGED',
      message: expect.stringContaining('buiten Tafelwerk om gewijzigd') as string,
    })
    for (const [field, bytes] of [
      ['iv', 16],
      ['tag', 12],
      ['ciphertext', 48],
    ] as const) {
      writeFileSync(
        headerPath,
        JSON.stringify(
          setAt(header, ['keys', 'passphraseWrap', field], () => Buffer.alloc(bytes, 7).toString('base64')),
        ),
      )
      expect(new Vault(folder).status().state).toBe('damaged')
    }
  })

  it('asking for a huge Argon2 memory or iteration count is refused at once (well under one Argon2 run), before any key is derived', async () => {
    const { folder, headerPath, header } = await lockedVault()
    for (const [field, value] of [
      ['memoryKiB', 64 * 1024 * 1024],
      ['iterations', 1_000_000],
      ['parallelism', 255],
      ['memoryKiB', 8],
    ] as const) {
      writeFileSync(headerPath, JSON.stringify(setAt(header, ['keys', 'kdf', field], () => value)))
      const vault = new Vault(folder)
      const started = performance.now()
      await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' })
      expect(performance.now() - started).toBeLessThan(250)
      expect(vault.status().state).toBe('damaged')
    }
  })

  it('a version 1 header (no MAC) is upgraded at the first unlock; rewritten as version 1 afterwards, it is refused', async () => {
    const { folder, headerPath, header, vault } = await lockedVault()
    const v2 = header as {
      keys: { kdf: Json; passphraseWrap: Json; recovery: { salt: Json; wrap: Json } }
      recoveryConfirmed: boolean
      createdAt: string
    }
    const v1 = {
      format: 'tafelwerk-vault',
      version: 1,
      cipher: 'sqlcipher-4',
      kdf: v2.keys.kdf,
      passphraseWrap: v2.keys.passphraseWrap,
      recovery: { salt: v2.keys.recovery.salt, wrap: v2.keys.recovery.wrap, confirmed: true },
      createdAt: v2.createdAt,
    }
    // A vault from before version 2 has never had its database marked.
    const key = Buffer.from(await unlockAndReveal(vault), 'hex')
    vault.lock()
    const raw = openEncryptedDatabase(join(folder, 'tafelwerk.vault'), key, { create: false })
    raw.pragma('user_version = 0')
    closeDatabase(raw)
    writeFileSync(headerPath, JSON.stringify(v1))

    const upgraded = new Vault(folder)
    await upgraded.unlock(PASSPHRASE)
    expect(upgraded.status()).toMatchObject({ state: 'unlocked', recoveryKeyConfirmed: true })
    upgraded.lock()
    expect(JSON.parse(readFileSync(headerPath, 'utf8'))).toMatchObject({
      version: 2,
      mac: expect.any(String) as string,
    })

    writeFileSync(headerPath, JSON.stringify(v1))
    const downgraded = new Vault(folder)
    await expect(downgraded.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_HEADER_CHANGED' })
    expect(downgraded.isUnlocked).toBe(false)
  })
})

async function unlockAndReveal(vault: Vault): Promise<string> {
  await vault.unlock(PASSPHRASE)
  return vault.revealDataKey(PASSPHRASE)
}
