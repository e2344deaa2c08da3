import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeDatabase, openEncryptedDatabase, type SqliteDatabase } from '../../../../db/vault/open-database'
import { createDispatcher } from '../../../../db/handlers/dispatch'
import { SEGMENT_ENTRIES } from '../../../../db/processing-log/verify-chain'
import { Vault } from '../../../../db/vault/vault'
import { caseReadSpan } from '../../../support/log-spans'
import { PASSPHRASE, tempVault, type TempVault } from '../../../support/temp-vault'

let current: TempVault | null = null
afterEach(() => current?.cleanup())

async function vaultWithEntries(count: number) {
  const made = await tempVault()
  current = made
  const { vault } = made
  for (let index = 0; index < count; index++) vault.processingLog.append([caseReadSpan(`case-${String(index)}`)])
  const dataKey = Buffer.from(await vault.revealDataKey(PASSPHRASE), 'hex')
  vault.lock()
  return { ...made, dataKey, databasePath: join(made.folder, 'tafelwerk.vault') }
}

/** What someone holding the key could do with a SQLCipher tool: the triggers dropped, a row changed. */
function rawEdit(databasePath: string, dataKey: Buffer, edit: (sqlite: SqliteDatabase) => void): void {
  const sqlite = openEncryptedDatabase(databasePath, dataKey, { create: false })
  try {
    sqlite.exec('DROP TRIGGER IF EXISTS processing_log_no_update; DROP TRIGGER IF EXISTS processing_log_no_delete')
    edit(sqlite)
  } finally {
    closeDatabase(sqlite)
  }
}

const reopenedVaults: Vault[] = []
afterEach(() => reopenedVaults.splice(0).forEach((vault) => vault.lock()))

async function reopened(folder: string): Promise<Vault> {
  const vault = new Vault(folder)
  reopenedVaults.push(vault)
  await vault.unlock(PASSPHRASE)
  return vault
}

describe('the processing log', () => {
  it('refuses UPDATE and DELETE of its entries and of their records', async () => {
    const made = await tempVault()
    current = made
    made.vault.processingLog.append([caseReadSpan('case-1')])
    const sqlite = openEncryptedDatabase(
      join(made.folder, 'tafelwerk.vault'),
      Buffer.from(await made.vault.revealDataKey(PASSPHRASE), 'hex'),
      { create: false },
    )
    try {
      expect(() => sqlite.prepare("UPDATE processing_log SET purpose = 'x'").run()).toThrow(/append-only/u)
      expect(() => sqlite.prepare('DELETE FROM processing_log').run()).toThrow(/append-only/u)
      expect(() => sqlite.prepare("UPDATE processing_log_record SET kind = 'x'").run()).toThrow(/append-only/u)
      expect(() => sqlite.prepare('DELETE FROM processing_log_record').run()).toThrow(/append-only/u)
      expect(() => sqlite.prepare('DELETE FROM processing_log_key').run()).toThrow(/append-only/u)
      expect(sqlite.prepare('SELECT count(*) FROM processing_log').pluck().get()).toBe(1)
    } finally {
      sqlite.close()
    }
  })

  it('verifies at unlock only what was added since the last verification', async () => {
    const { folder } = await vaultWithEntries(5)
    const first = await reopened(folder)
    expect(first.processingLog.chain).toMatchObject({ state: 'intact', entries: 5, checkedFrom: 1, checkedThrough: 5 })
    first.processingLog.append([caseReadSpan('case-6'), caseReadSpan('case-7')])
    first.lock()
    const second = await reopened(folder)
    expect(second.processingLog.chain).toMatchObject({ state: 'intact', entries: 7, checkedFrom: 6, checkedThrough: 7 })
  })

  it('names the first entry a raw edit with the key changed, and still opens the vault', async () => {
    const { folder, databasePath, dataKey } = await vaultWithEntries(6)
    const at = Date.UTC(2026, 10, 4, 9, 30)
    rawEdit(databasePath, dataKey, (sqlite) => {
      sqlite.prepare('UPDATE processing_log SET start_time = ?, end_time = ? WHERE seq = 4').run(at, at)
      sqlite.prepare("UPDATE processing_log SET records = 'casus:iemand-anders' WHERE seq = 5").run()
    })
    const vault = await reopened(folder)
    expect(vault.isUnlocked).toBe(true)
    expect(vault.processingLog.chain).toMatchObject({
      state: 'broken',
      reason: 'changed',
      firstBadSeq: 4,
      firstBadAt: new Date(at).toISOString(),
    })
  })

  it('notices an entry taken out of the middle', async () => {
    const { folder, databasePath, dataKey } = await vaultWithEntries(6)
    rawEdit(databasePath, dataKey, (sqlite) => sqlite.prepare('DELETE FROM processing_log WHERE seq = 3').run())
    const vault = await reopened(folder)
    expect(vault.processingLog.chain).toMatchObject({ state: 'broken', reason: 'missing', firstBadSeq: 3 })
  })

  it('notices a log cut short at its end, which no chain can show by itself, and keeps saying so', async () => {
    const { folder, databasePath, dataKey } = await vaultWithEntries(6)
    rawEdit(databasePath, dataKey, (sqlite) => sqlite.prepare('DELETE FROM processing_log WHERE seq > 4').run())
    const vault = await reopened(folder)
    expect(vault.processingLog.chain).toMatchObject({ state: 'broken', reason: 'truncated', firstBadSeq: 5 })
    vault.lock()
    const again = await reopened(folder)
    expect(again.processingLog.chain).toMatchObject({ state: 'broken', reason: 'truncated' })
  })

  it('notices an older copy of the vault file put back', async () => {
    const { folder, databasePath } = await vaultWithEntries(3)
    const older = `${databasePath}.kopie`
    copyFileSync(databasePath, older)
    const vault = await reopened(folder)
    vault.processingLog.append([caseReadSpan('case-4'), caseReadSpan('case-5')])
    vault.lock()
    copyFileSync(older, databasePath)
    const swapped = await reopened(folder)
    expect(swapped.processingLog.chain).toMatchObject({ state: 'broken', reason: 'truncated', firstBadSeq: 4 })
  })

  it('reports an anchor edited by hand without trusting it', async () => {
    const { folder } = await vaultWithEntries(3)
    const anchorPath = join(folder, 'tafelwerk.vault.log-anchor.json')
    const anchor = JSON.parse(readFileSync(anchorPath, 'utf8')) as { head: { seq: number } }
    anchor.head.seq = 1
    writeFileSync(anchorPath, JSON.stringify(anchor))
    const vault = await reopened(folder)
    expect(vault.processingLog.chain).toMatchObject({ state: 'broken', reason: 'anchor-invalid', firstBadSeq: null })
  })

  it('carries the chain over a new data key, and verifies every entry under the key it was made with', async () => {
    const { folder } = await vaultWithEntries(3)
    const vault = await reopened(folder)
    await vault.newDataKey(PASSPHRASE)
    vault.processingLog.append([caseReadSpan('case-4')])
    vault.lock()
    const after = await reopened(folder)
    expect(after.processingLog.chain).toMatchObject({ state: 'intact', entries: 4, checkedFrom: 4 })
    expect(await after.processingLog.verifyAll()).toMatchObject({ state: 'intact', entries: 4, checkedFrom: 1 })
    const epochs = await after.db.selectFrom('processing_log').select('key_epoch').orderBy('seq').execute()
    expect(epochs.map((row) => row.key_epoch)).toEqual([1, 1, 1, 2])
  })

  it('finds an old edit in a full verification, and continues after a break only once it is acknowledged in the log', async () => {
    const { folder, databasePath, dataKey } = await vaultWithEntries(4)
    const checked = await reopened(folder)
    checked.lock()
    // Entry 2 was verified at the last unlock: only a full verification looks at it again.
    rawEdit(databasePath, dataKey, (sqlite) =>
      sqlite.prepare("UPDATE processing_log SET name = 'x' WHERE seq = 2").run(),
    )
    const vault = await reopened(folder)
    expect(vault.processingLog.chain.state).toBe('intact')
    expect(await vault.processingLog.verifyAll()).toMatchObject({ state: 'broken', reason: 'changed', firstBadSeq: 2 })
    vault.lock()
    const again = await reopened(folder)
    expect(again.processingLog.chain).toMatchObject({ state: 'broken', firstBadSeq: 2 })
    const acknowledged = await createDispatcher(again)('processing-log:acknowledge-break', {
      reason: 'Regel 2 is met de hand gewijzigd; gemeld bij de FG.',
    })
    expect(acknowledged).toMatchObject({ ok: true })
    const last = await again.db
      .selectFrom('processing_log')
      .selectAll()
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow()
    expect(last).toMatchObject({ name: 'processing-log:acknowledge-break', activity_id: 'toezicht' })
    expect(last.records).toBe('logregel:2')
    again.lock()
    const afterwards = await reopened(folder)
    expect(afterwards.processingLog.chain).toMatchObject({ state: 'intact', checkedFrom: last.seq + 1 })
    // A full check goes past the acknowledged break, and still finds an edit after it.
    expect(await afterwards.processingLog.verifyAll()).toMatchObject({ state: 'intact', checkedThrough: last.seq })
    afterwards.lock()
    rawEdit(databasePath, dataKey, (sqlite) =>
      sqlite.prepare("UPDATE processing_log SET name = 'y' WHERE seq = 4").run(),
    )
    const later = await reopened(folder)
    expect(await later.processingLog.verifyAll()).toMatchObject({ state: 'broken', reason: 'changed', firstBadSeq: 4 })
  })

  it('checks what came after a break when it is acknowledged, instead of taking it on trust', async () => {
    const { folder, databasePath, dataKey } = await vaultWithEntries(5)
    ;(await reopened(folder)).lock()
    rawEdit(databasePath, dataKey, (sqlite) => {
      sqlite.prepare("UPDATE processing_log SET name = 'x' WHERE seq = 2").run()
      sqlite.prepare("UPDATE processing_log SET name = 'y' WHERE seq = 4").run()
    })
    const vault = await reopened(folder)
    expect(await vault.processingLog.verifyAll()).toMatchObject({ state: 'broken', firstBadSeq: 2 })
    expect(vault.processingLog.acknowledgeBreak('Regel 2 is met de hand gewijzigd; gemeld.')).toMatchObject({
      state: 'broken',
      reason: 'changed',
      firstBadSeq: 4,
    })
  })

  it('remembers a break a full verification found, at the next unlock too', async () => {
    const { folder, databasePath, dataKey } = await vaultWithEntries(4)
    ;(await reopened(folder)).lock()
    rawEdit(databasePath, dataKey, (sqlite) =>
      sqlite.prepare("UPDATE processing_log SET name = 'x' WHERE seq = 2").run(),
    )
    const vault = await reopened(folder)
    await vault.processingLog.verifyAll()
    vault.lock()
    const again = await reopened(folder)
    expect(again.processingLog.chain).toMatchObject({ state: 'broken', reason: 'changed', firstBadSeq: 2 })
  })

  it('verifies a log longer than one segment in full, and names an edit far into it', async () => {
    const made = await tempVault()
    current = made
    const spans = Array.from({ length: SEGMENT_ENTRIES * 2 + 500 }, (_, index) => caseReadSpan(`case-${String(index)}`))
    made.vault.processingLog.append(spans)
    expect(await made.vault.processingLog.verifyAll()).toMatchObject({ state: 'intact', entries: spans.length })
    const dataKey = Buffer.from(await made.vault.revealDataKey(PASSPHRASE), 'hex')
    made.vault.lock()
    const bad = SEGMENT_ENTRIES * 2 + 17
    rawEdit(join(made.folder, 'tafelwerk.vault'), dataKey, (sqlite) =>
      sqlite.prepare("UPDATE processing_log SET user_id = 'iemand' WHERE seq = ?").run(bad),
    )
    const vault = await reopened(made.folder)
    expect(await vault.processingLog.verifyAll()).toMatchObject({
      state: 'broken',
      reason: 'changed',
      firstBadSeq: bad,
    })
  })

  it('names an honest "Niet ingevuld" user in a vault whose owner was never asked', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-test-'))
    const vault = new Vault(folder)
    reopenedVaults.push(vault)
    await vault.create(PASSPHRASE, PASSPHRASE) // as a vault from before owners were asked
    vault.processingLog.append([caseReadSpan('case-1')])
    const entry = await vault.db
      .selectFrom('processing_log')
      .innerJoin('vault_user', 'vault_user.id', 'processing_log.user_id')
      .select(['vault_user.name', 'vault_user.role'])
      .executeTakeFirstOrThrow()
    expect(entry).toEqual({ name: 'Niet ingevuld', role: 'Niet ingevuld' })
    vault.lock()
    rmSync(folder, { recursive: true, force: true })
  })
})
