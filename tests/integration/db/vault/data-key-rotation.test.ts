import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readHeader } from '../../../../db/vault/header'
import { sealHeader } from '../../../../db/vault/header-mac'
import { makeKeyWraps } from '../../../../db/vault/key-wraps'
import { swapInRotatedCopy, writeRotatedCopy } from '../../../../db/vault/key-rotation'
import { closeDatabase, openEncryptedDatabase } from '../../../../db/vault/open-database'
import { generateRecoveryKey, formatRecoveryKey } from '../../../../db/vault/recovery-key'
import { Vault } from '../../../../db/vault/vault'
import { opensWithRawKey } from '../../../support/raw-sqlcipher'
import { PASSPHRASE, tempVault, type TempVault } from '../../../support/temp-vault'

const OLD_PASSPHRASE = 'het wachtwoord van vorig jaar'
let current: TempVault | null = null
afterEach(() => current?.cleanup())

async function created() {
  const made = await tempVault()
  current = made
  await made.vault.db.insertInto('setting').values({ key: 'marker', value: '"bewaard"' }).execute()
  return {
    ...made,
    headerPath: join(made.folder, 'tafelwerk.vault.header.json'),
    databasePath: join(made.folder, 'tafelwerk.vault'),
  }
}

async function marker(vault: Vault): Promise<unknown> {
  return vault.db.selectFrom('setting').select('value').where('key', '=', 'marker').executeTakeFirst()
}

describe('a new data key', () => {
  it('makes an old copy of the header useless with the old passphrase and the old recovery key', async () => {
    const { vault, folder, headerPath, recoveryKey } = await created()
    await vault.changePassphrase(PASSPHRASE, OLD_PASSPHRASE, OLD_PASSPHRASE)
    const oldHeader = readFileSync(headerPath)
    await vault.changePassphrase(OLD_PASSPHRASE, PASSPHRASE, PASSPHRASE)
    const newRecoveryKey = await vault.newDataKey(PASSPHRASE)
    expect(newRecoveryKey).not.toBe(recoveryKey)
    vault.lock()

    writeFileSync(headerPath, oldHeader)
    await expect(new Vault(folder).unlock(OLD_PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' })
    await expect(new Vault(folder).recover(recoveryKey, OLD_PASSPHRASE, OLD_PASSPHRASE)).rejects.toMatchObject({
      code: 'VAULT_DAMAGED',
    })
  })

  it('stops a data key that was shown from opening the vault; the data, the passphrase and the new recovery key all work', async () => {
    const { vault, folder, headerPath, databasePath, recoveryKey } = await created()
    const shown = await vault.revealDataKey(PASSPHRASE)
    expect(vault.status().dataKeyShown).toBe(true)
    const newRecoveryKey = await vault.newDataKey(PASSPHRASE)
    expect(vault.status()).toMatchObject({ dataKeyShown: false, recoveryKeyConfirmed: false })
    expect(await marker(vault)).toEqual({ value: '"bewaard"' })
    await vault.db.insertInto('setting').values({ key: 'na', value: '1' }).execute()
    vault.lock()

    expect(opensWithRawKey(databasePath, shown)).toBe(false)
    expect(readHeader(headerPath)).toMatchObject({ rotation: null, dataKeyShownAt: null })
    const again = new Vault(folder)
    await expect(again.recover(recoveryKey, OLD_PASSPHRASE, OLD_PASSPHRASE)).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
    })
    await again.unlock(PASSPHRASE)
    const revealed = await again.revealDataKey(PASSPHRASE)
    again.lock()
    expect(opensWithRawKey(databasePath, revealed)).toBe(true)
    await again.recover(newRecoveryKey, OLD_PASSPHRASE, OLD_PASSPHRASE)
    expect(await marker(again)).toEqual({ value: '"bewaard"' })
    again.lock()
  })

  it('asks for the passphrase and changes nothing when it is wrong', async () => {
    const { vault, folder, databasePath } = await created()
    vault.lock()
    const before = readFileSync(databasePath)
    await vault.unlock(PASSPHRASE)
    await expect(vault.newDataKey('niet het wachtwoord hoor')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      fields: { passphrase: 'Dit wachtwoord klopt niet.' },
    })
    vault.lock()
    expect(readFileSync(databasePath).equals(before)).toBe(true)
    await new Vault(folder).unlock(PASSPHRASE)
  })
})

describe('a rotation interrupted by a crash', () => {
  /** The files as a crash after step 2 (header announced) or step 3 (copy renamed into place) leaves them. */
  async function interruptedAfter(step: 2 | 3) {
    const made = await created()
    const currentKey = Buffer.from(await made.vault.revealDataKey(PASSPHRASE), 'hex')
    made.vault.lock()
    const next = Buffer.alloc(32, 9)
    const nextRecovery = generateRecoveryKey()
    const header = readHeader(made.headerPath)
    if (!header) throw new Error('no header')
    const rotation = await makeKeyWraps(next, PASSPHRASE, nextRecovery)
    writeFileSync(made.headerPath, JSON.stringify(sealHeader({ ...header, rotation }, currentKey)))
    if (step === 3) {
      const sqlite = openEncryptedDatabase(made.databasePath, currentKey, { create: false })
      const copy = writeRotatedCopy(sqlite, made.databasePath, currentKey, next)
      closeDatabase(sqlite)
      swapInRotatedCopy(copy, made.databasePath)
    }
    return { ...made, currentKey, next, nextRecovery: formatRecoveryKey(nextRecovery) }
  }

  it('after step 2 (only announced), unlocks with the current key and drops the rotation', async () => {
    const { folder, headerPath, databasePath, currentKey, recoveryKey } = await interruptedAfter(2)
    const vault = new Vault(folder)
    await vault.unlock(PASSPHRASE)
    expect(await marker(vault)).toEqual({ value: '"bewaard"' })
    vault.lock()
    expect(readHeader(headerPath)).toMatchObject({ rotation: null })
    expect(opensWithRawKey(databasePath, currentKey.toString('hex'))).toBe(true)
    await new Vault(folder).recover(recoveryKey, OLD_PASSPHRASE, OLD_PASSPHRASE)
  })

  it('after step 3 (the re-encrypted copy in place), unlocks with the next key and makes its wraps the current ones', async () => {
    const { folder, headerPath, databasePath, currentKey, next, nextRecovery } = await interruptedAfter(3)
    const vault = new Vault(folder)
    await vault.unlock(PASSPHRASE)
    expect(await marker(vault)).toEqual({ value: '"bewaard"' })
    expect(vault.status()).toMatchObject({ recoveryKeyConfirmed: false, dataKeyShown: false })
    vault.lock()
    expect(readHeader(headerPath)).toMatchObject({ rotation: null })
    expect(opensWithRawKey(databasePath, currentKey.toString('hex'))).toBe(false)
    expect(opensWithRawKey(databasePath, next.toString('hex'))).toBe(true)
    const recovered = new Vault(folder)
    await recovered.recover(nextRecovery, OLD_PASSPHRASE, OLD_PASSPHRASE)
    recovered.lock()
  })

  it.each(['before-1', 'after-1', 'before-2', 'after-2', 'before-3', 'after-3'])(
    'survives a kill %s rename of a rotation (announce, swap, final header): the row saved before it is there',
    { timeout: 30_000 },
    async (moment) => {
      const { vault, folder, databasePath } = await created()
      vault.lock()
      const lines = await runAndKill(folder, null, { TAFELWERK_KILL_AT: moment })
      expect(lines.filter((line) => line === 'rotated')).toEqual([])
      const saved = lines.filter((line) => line.startsWith('saved ')).map((line) => line.slice(6))
      expect(saved).toHaveLength(1)
      const rotationLeftPending = readHeader(join(folder, 'tafelwerk.vault.header.json'))?.rotation !== null
      expect(rotationLeftPending).toBe(moment !== 'before-1' && moment !== 'after-3')
      const reopened = new Vault(folder)
      await reopened.unlock(PASSPHRASE)
      expect(
        await reopened.db
          .selectFrom('setting')
          .select('key')
          .where('key', '=', saved[0] ?? '')
          .execute(),
      ).toHaveLength(1)
      expect(await marker(reopened)).toEqual({ value: '"bewaard"' })
      reopened.lock()
      expect(readHeader(join(folder, 'tafelwerk.vault.header.json'))?.rotation).toBeNull()
      expect(existsSync(`${databasePath}.nieuwe-sleutel`)).toBe(false)
      const check = openEncryptedDatabase(databasePath, Buffer.from(await revealed(folder), 'hex'), { create: false })
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
      closeDatabase(check)
    },
  )

  it('with the recovery key, after a kill that left only the next key able to open the file, says to use the passphrase once and calls nothing damaged', async () => {
    const { folder, recoveryKey } = await interruptedAfter(3)
    const vault = new Vault(folder)
    await expect(vault.recover(recoveryKey, OLD_PASSPHRASE, OLD_PASSPHRASE)).rejects.toMatchObject({
      code: 'KEY_ROTATION_INTERRUPTED',
    })
    expect(vault.status().state).toBe('locked')
    await vault.unlock(PASSPHRASE)
    vault.lock()
  })

  const iterations = Number(process.env['TAFELWERK_KILL_ITERATIONS'] ?? 12)

  it(
    `survives SIGKILL at random moments while rotating, ${String(iterations)} times: every saved row is there and the file is intact`,
    { timeout: 60_000 + iterations * 8_000 },
    async () => {
      const { vault, folder, databasePath } = await created()
      // Enough pages that a rekey takes a while, so kills land inside it too.
      const filler = 'x'.repeat(4000)
      for (let row = 0; row < 1500; row++)
        await vault.db
          .insertInto('setting')
          .values({ key: `vulling-${String(row)}`, value: JSON.stringify(filler) })
          .execute()
      vault.lock()
      const saved: string[] = []
      let rotations = 0
      let pending = 0
      let midRekey = 0
      for (let round = 0; round < iterations; round++) {
        const lines = await runAndKill(folder, 150 + Math.random() * 900)
        saved.push(...lines.filter((line) => line.startsWith('saved ')).map((line) => line.slice(6)))
        rotations += lines.filter((line) => line === 'rotated').length
        if (readHeader(join(folder, 'tafelwerk.vault.header.json'))?.rotation) pending++
        if (existsSync(`${databasePath}.nieuwe-sleutel`)) midRekey++
        const reopened = new Vault(folder)
        await reopened.unlock(PASSPHRASE)
        const keys = new Set((await reopened.db.selectFrom('setting').select('key').execute()).map((row) => row.key))
        expect(saved.filter((key) => !keys.has(key))).toEqual([])
        reopened.lock()
        const check = openEncryptedDatabase(databasePath, Buffer.from(await revealed(folder), 'hex'), { create: false })
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
        closeDatabase(check)
      }
      console.info(
        `kill test: ${String(iterations)} kills (${String(pending)} with a rotation pending, ${String(midRekey)} while the re-encrypted copy was being made), ` +
          `${String(rotations)} completed rotations, ${String(saved.length)} saved rows, none lost`,
      )
    },
  )
})

async function revealed(folder: string): Promise<string> {
  const vault = new Vault(folder)
  await vault.unlock(PASSPHRASE)
  try {
    return await vault.revealDataKey(PASSPHRASE)
  } finally {
    vault.lock()
  }
}

/** Starts the rotating child, kills it with SIGKILL `afterMs` after it is ready (or lets it kill itself), and returns what it printed. */
function runAndKill(folder: string, afterMs: number | null, env: Record<string, string> = {}): Promise<string[]> {
  const script = resolve(import.meta.dirname, '../../../support/rotate-forever.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', script, folder], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  })
  let output = ''
  return new Promise((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const wasReady = output.includes('ready\n')
      output += chunk.toString()
      if (!wasReady && output.includes('ready\n') && afterMs !== null) setTimeout(() => child.kill('SIGKILL'), afterMs)
    })
    child.on('error', fail)
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`the child ended by itself (code ${String(code)})`))
      else done(output.split('\n').filter(Boolean))
    })
  })
}
