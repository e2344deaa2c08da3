import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { encodePreamble } from '../../db/backup/backup-file'
import { sealManifest } from '../../db/backup/backup-manifest'
import { schemaVersion, tableCounts } from '../../db/backup/table-counts'
import type { Database } from '../../db/kernel/schema/database'
import { migrator } from '../../db/migrations/migrate'
import type { VaultHeader } from '../../db/vault/header'
import { closeDatabase, openEncryptedDatabase } from '../../db/vault/open-database'

export interface HandmadeBackup {
  /** The header of the vault the back-up claims to come from, and that vault's data key. */
  header: VaultHeader
  dataKey: Buffer
  /** The migration the database is brought up to, as an older Tafelwerk left it. */
  schema: string
  /** A migration this Tafelwerk does not know, marked as applied: a back-up from a newer version. */
  futureMigration?: string
  seed: (db: Kysely<Database>) => Promise<unknown>
  target: string
}

/**
 * A back-up file as an older (or newer) Tafelwerk would have written it: a
 * database migrated up to `schema` only, under the vault's data key, with a
 * manifest sealed by the real code (backup-manifest.ts). make-backup.ts can
 * only copy the running vault, which always has the newest schema.
 */
export async function writeHandmadeBackup(options: HandmadeBackup): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-handmade-'))
  const path = join(folder, 'oud.vault')
  const sqlite = openEncryptedDatabase(path, options.dataKey, { create: true })
  try {
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
    const { error } = await migrator(db).migrateTo(options.schema)
    if (error) throw new Error(`migrating to ${options.schema} failed`, { cause: error })
    if (options.futureMigration) {
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES (${options.futureMigration}, ${new Date().toISOString()})`.execute(
        db,
      )
    }
    await options.seed(db)
    const contents = { schema: schemaVersion(sqlite), tables: tableCounts(sqlite) }
    closeDatabase(sqlite)
    const body = readFileSync(path)
    const manifest = sealManifest(
      {
        format: 'tafelwerk-backup',
        version: 1,
        createdAt: new Date().toISOString(),
        header: options.header,
        anchor: null,
        body: { bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') },
      },
      contents,
      options.dataKey,
    )
    writeFileSync(options.target, Buffer.concat([encodePreamble(manifest), body]))
  } finally {
    closeDatabase(sqlite)
    rmSync(folder, { recursive: true, force: true })
  }
}
