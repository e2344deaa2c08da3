import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { writeRotatedCopy } from '../../../../db/vault/key-rotation'
import { openEncryptedDatabase, openKeyedDatabase } from '../../../../db/vault/open-database'
import { tempVault, type TempVault } from '../../../support/temp-vault'

let current: TempVault | null = null
afterEach(() => current?.cleanup())

describe('the re-encrypted copy of a rotation', () => {
  it('is already in WAL mode, so its first open as the vault writes nothing outside the WAL', async () => {
    current = await tempVault({ create: false })
    const databasePath = join(current.folder, 'tafelwerk.vault')
    const currentKey = randomBytes(32)
    const nextKey = randomBytes(32)
    const source = openEncryptedDatabase(databasePath, currentKey, { create: true })
    source.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('bewaard')")
    const copy = writeRotatedCopy(source, databasePath, currentKey, nextKey)
    source.close()

    const opened = openKeyedDatabase(copy, nextKey)
    try {
      expect(opened.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(opened.prepare('SELECT v FROM t').pluck().get()).toBe('bewaard')
    } finally {
      opened.close()
    }
  })
})
