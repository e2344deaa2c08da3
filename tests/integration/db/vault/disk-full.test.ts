import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { errorMessages } from '../../../../shared/contract/errors'
import type { Input } from '../../../../shared/contract/index'
import { tableCounts } from '../../../../db/backup/table-counts'
import { Vault } from '../../../../db/vault/vault'
import { vaultFiles } from '../../../../db/vault/vault-files'
import { call, reference, refuse } from '../../../support/case-fixtures'
import { plainCase } from '../../../support/plain-case'
import { createDispatcher } from '../../../../db/handlers/dispatch'
import { PASSPHRASE, tempVault, type TempVault } from '../../../support/temp-vault'
import { withTestOwner } from '../../../support/test-owner'
import { TinyDisks, fillUp } from '../../../support/tiny-disk'

let made: TempVault | null = null
afterEach(() => {
  made?.cleanup()
  made = null
})

/** SQLite's own largest page count: what "the disk has room again" means for max_page_count. */
const NO_LIMIT = 1_073_741_823

/** A case whose summary spans many pages, so its insert needs room the case row itself does not. */
async function bigCase(vault: Vault, alias: string): Promise<Input<'case:create'>> {
  const ref = await reference(vault)
  return {
    ...plainCase(ref.table('D'), alias, { registeredOn: '2026-03-01', retentionUntil: '2031-03-01' }),
    summary: 'Meldingen over een bedrijfsunit aan de haven, met wisselende huurders. '.repeat(600),
  }
}

/** Every table's rows except the processing log's: a refused call is logged as one, when there is room for it. */
async function dataCounts(vault: Vault): Promise<Record<string, number>> {
  const counts = await vault.withCommittedState(({ sqlite, dataKey }) => {
    dataKey.fill(0)
    return tableCounts(sqlite)
  })
  return Object.fromEntries(Object.entries(counts).filter(([name]) => !name.startsWith('processing_log')))
}

async function integrity(vault: Vault): Promise<unknown> {
  return vault.withCommittedState(({ sqlite, dataKey }) => {
    dataKey.fill(0)
    return sqlite.pragma('integrity_check')
  })
}

/** The open connection may grow by `pages` more pages only, as if the disk had that little room left. */
async function leaveRoom(vault: Vault, pages: number): Promise<void> {
  await vault.withCommittedState(({ sqlite, dataKey }) => {
    dataKey.fill(0)
    const used = sqlite.pragma('page_count', { simple: true }) as number
    sqlite.pragma(`max_page_count = ${String(used + pages)}`)
  })
}

async function caseAliases(dispatch: TempVault['dispatch']): Promise<string[]> {
  const list = await call(dispatch, 'case:list', {
    filter: { phaseIds: [], themeIds: [], tableIds: [], kinds: [], gemeenteIds: [], text: '' },
    sort: { by: 'code', direction: 'asc' },
    offset: 0,
    limit: 100,
  })
  return list.rows.map((row) => row.alias).sort()
}

describe('a write that does not fit on the disk (max_page_count)', () => {
  it('is rolled back whole, answered in Dutch, and succeeds once there is room again, also after lock and unlock', async () => {
    made = await tempVault()
    const { vault, dispatch } = made
    await call(dispatch, 'case:create', await bigCase(vault, 'Eerste Haven'))
    const input = await bigCase(vault, 'Volle Schijf')
    const before = await dataCounts(vault)

    // Room for the case row, not for its summary: the insert that fails comes after one that succeeded.
    await leaveRoom(vault, 2)
    expect(await refuse(dispatch, 'case:create', input)).toEqual({
      code: 'DISK_FULL',
      message: errorMessages.DISK_FULL,
    })
    expect(await dataCounts(vault)).toEqual(before)
    expect(await caseAliases(dispatch)).toEqual(['Eerste Haven'])
    expect(await integrity(vault)).toEqual([{ integrity_check: 'ok' }])

    await leaveRoom(vault, NO_LIMIT)
    const created = await call(dispatch, 'case:create', input)
    expect((await call(dispatch, 'case:get', { id: created.id })).summary).toBe(input.summary)
    expect(await caseAliases(dispatch)).toEqual(['Eerste Haven', 'Volle Schijf'])

    expect(await call(dispatch, 'vault:lock', {})).toMatchObject({ state: 'locked' })
    expect(await call(dispatch, 'vault:unlock', { passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked' })
    expect(await caseAliases(dispatch)).toEqual(['Eerste Haven', 'Volle Schijf'])
    expect(vault.processingLog.chain.state).toBe('intact')
    expect(await integrity(vault)).toEqual([{ integrity_check: 'ok' }])
    await call(dispatch, 'case:create', await bigCase(vault, 'Na Herstel'))
    expect(await caseAliases(dispatch)).toHaveLength(3)
  })

  it('refuses again and again while the disk stays full, and nothing of the attempts is kept', async () => {
    made = await tempVault()
    const { vault, dispatch } = made
    const input = await bigCase(vault, 'Volle Schijf')
    const before = await dataCounts(vault)
    await leaveRoom(vault, 1)
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await refuse(dispatch, 'case:create', input)).toMatchObject({ code: 'DISK_FULL' })
    }
    expect(await dataCounts(vault)).toEqual(before)
    expect(await caseAliases(dispatch)).toEqual([])
    expect(await integrity(vault)).toEqual([{ integrity_check: 'ok' }])
    await leaveRoom(vault, NO_LIMIT)
    await call(dispatch, 'case:create', input)
    expect(await caseAliases(dispatch)).toEqual(['Volle Schijf'])
  })
})

/**
 * The real thing: the vault's folder on a small tmpfs that a filler file
 * takes up, so the write fails with ENOSPC in the `-wal` (SQLite says
 * SQLITE_FULL), at whichever moment SQLite first needs the space.
 */
describe('a write on a real full disk (tmpfs)', () => {
  const disks = new TinyDisks()
  afterAll(() => disks.unmountAll())

  it('is rolled back and answered in Dutch; the vault locks on the full disk and works again once the filler is gone', async () => {
    made = await tempVault({ create: false })
    const folder = join(made.folder, 'klein')
    disks.mount(folder, '8m')
    const vault = new Vault(folder)
    const dispatch = createDispatcher(vault)
    try {
      await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
      const first = await call(dispatch, 'case:create', await bigCase(vault, 'Eerste Haven'))
      const input = await bigCase(vault, 'Volle Schijf')
      const before = await dataCounts(vault)

      const filler = join(folder, 'vulsel')
      fillUp(filler)
      expect(await refuse(dispatch, 'case:create', input)).toEqual({
        code: 'DISK_FULL',
        message: errorMessages.DISK_FULL,
      })
      expect(await dataCounts(vault)).toEqual(before)
      expect(await integrity(vault)).toEqual([{ integrity_check: 'ok' }])
      // A read is logged before it is answered (dispatch.ts): with no room for its log entry it is refused as calmly.
      expect(await refuse(dispatch, 'case:get', { id: first.id })).toMatchObject({ code: 'DISK_FULL' })

      // Locking on the full disk still locks: the WAL cannot be folded in, so it and the in-use mark stay.
      expect(await call(dispatch, 'vault:lock', {})).toMatchObject({ state: 'locked' })
      expect(existsSync(vaultFiles(folder).inUse)).toBe(true)
      rmSync(filler)
      expect(await call(dispatch, 'vault:unlock', { passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked' })
      expect(await caseAliases(dispatch)).toEqual(['Eerste Haven'])
      await call(dispatch, 'case:create', input)
      expect(await caseAliases(dispatch)).toEqual(['Eerste Haven', 'Volle Schijf'])
      expect(await call(dispatch, 'vault:lock', {})).toMatchObject({ state: 'locked' })
      expect(existsSync(vaultFiles(folder).inUse)).toBe(false)
      expect(await call(dispatch, 'vault:unlock', { passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked' })
      expect(await caseAliases(dispatch)).toEqual(['Eerste Haven', 'Volle Schijf'])
      expect(vault.processingLog.chain.state).toBe('intact')
      expect(await integrity(vault)).toEqual([{ integrity_check: 'ok' }])
    } finally {
      try {
        vault.lock()
      } finally {
        disks.unmount(folder)
      }
    }
  })
})
