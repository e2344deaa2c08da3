import Database from 'better-sqlite3-multiple-ciphers'
import { type Generated, Kysely, SqliteDialect, sql } from 'kysely'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { withStatementCache } from '../../../../db/vault/statement-cache'

interface Schema {
  note: { id: Generated<number>; text: string }
}

let sqlite: Database.Database
let prepared: string[]

beforeEach(() => {
  sqlite = new Database(':memory:')
  sqlite.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)')
  sqlite.exec("INSERT INTO note (text) VALUES ('een'), ('twee'), ('drie')")
  prepared = []
  const prepare = sqlite.prepare.bind(sqlite)
  // Counts what SQLite is really asked to prepare, under the cache.
  sqlite.prepare = (source: string) => {
    prepared.push(source)
    return prepare(source)
  }
})

afterEach(() => {
  if (sqlite.open) sqlite.close()
})

const kyselyOver = (size?: number) =>
  new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite, size) }) })

it('prepares a query once and reuses it, with other parameters each time', async () => {
  const db = kyselyOver()
  const textOf = async (id: number) =>
    (await db.selectFrom('note').select('text').where('id', '=', id).executeTakeFirstOrThrow()).text
  expect([await textOf(1), await textOf(2), await textOf(3)]).toEqual(['een', 'twee', 'drie'])
  await db.insertInto('note').values({ text: 'vier' }).execute()
  await db.insertInto('note').values({ text: 'vijf' }).execute()
  expect(await textOf(5)).toBe('vijf')
  expect(prepared).toHaveLength(2)
})

it('forgets the least recently used statement once it holds as many as it may', async () => {
  const db = kyselyOver(2)
  const byId = (id: number) => db.selectFrom('note').select('text').where('id', '=', id)
  const byText = (text: string) => db.selectFrom('note').select('id').where('text', '=', text)
  const all = () => db.selectFrom('note').select('id')
  await byId(1).execute()
  await byText('een').execute()
  await byId(2).execute() // byId is now the most recent, byText the least
  await all().execute() // pushes byText out
  await byId(3).execute()
  expect(prepared).toHaveLength(3)
  await byText('twee').execute()
  expect(prepared).toHaveLength(4)
})

it('prepares afresh when the kept statement is still being iterated', () => {
  const cache = withStatementCache(sqlite)
  const source = 'SELECT text FROM note ORDER BY id'
  const first = cache.prepare(source)
  const rows = first.iterate([])
  rows.next()
  const second = cache.prepare(source)
  expect(second).not.toBe(first)
  expect(second.reader).toBe(true)
  rows.return?.()
  expect(cache.prepare(source)).toBe(first)
})

it('keeps working after the schema changes under a kept statement', async () => {
  const db = kyselyOver()
  const count = async () => Number((await sql<{ n: number }>`SELECT count(*) AS n FROM note`.execute(db)).rows[0]?.n)
  expect(await count()).toBe(3)
  sqlite.exec("ALTER TABLE note ADD COLUMN extra TEXT NOT NULL DEFAULT ''")
  sqlite.exec("INSERT INTO note (text) VALUES ('vier')")
  expect(await count()).toBe(4)
  expect(prepared).toHaveLength(1)
})

it('closes the database it wraps', async () => {
  const db = kyselyOver()
  await db.selectFrom('note').select('id').execute()
  await db.destroy()
  expect(sqlite.open).toBe(false)
})
