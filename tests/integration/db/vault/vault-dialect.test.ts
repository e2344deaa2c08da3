import Database from 'better-sqlite3-multiple-ciphers'
import { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { VaultDialect } from '../../../../db/vault/vault-dialect'

interface Blobs {
  blob: { value: Buffer }
}

describe('the vault dialect', () => {
  it('lets a full disk surface as SQLITE_FULL, with the transaction gone and the database usable afterwards', async () => {
    const sqlite = new Database(':memory:')
    sqlite.exec('CREATE TABLE blob (value BLOB)')
    sqlite.pragma('max_page_count=20')
    const db = new Kysely<Blobs>({ dialect: new VaultDialect(sqlite, { database: sqlite }) })
    const fill = db.transaction().execute(async (trx) => {
      for (let i = 0; i < 40; i++)
        await trx
          .insertInto('blob')
          .values({ value: Buffer.alloc(4000) })
          .execute()
    })
    await expect(fill).rejects.toMatchObject({ code: 'SQLITE_FULL' })
    expect(sqlite.inTransaction).toBe(false)
    expect(sqlite.prepare('SELECT count(*) FROM blob').pluck().get()).toBe(0)

    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('blob')
        .values({ value: Buffer.alloc(10) })
        .execute()
    })
    expect(sqlite.prepare('SELECT count(*) FROM blob').pluck().get()).toBe(1)
    await db.destroy()
  })

  it('still rolls back a transaction that failed for any other reason', async () => {
    const sqlite = new Database(':memory:')
    sqlite.exec('CREATE TABLE blob (value BLOB NOT NULL)')
    const db = new Kysely<Blobs>({ dialect: new VaultDialect(sqlite, { database: sqlite }) })
    const failing = db.transaction().execute(async (trx) => {
      await trx
        .insertInto('blob')
        .values({ value: Buffer.alloc(1) })
        .execute()
      throw new Error('afgebroken')
    })
    await expect(failing).rejects.toThrow('afgebroken')
    expect(sqlite.inTransaction).toBe(false)
    expect(sqlite.prepare('SELECT count(*) FROM blob').pluck().get()).toBe(0)
    await db.destroy()
  })
})
