import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kysely, SqliteDialect } from 'kysely'
import { migrateToLatest } from '../../db/migrations/migrate'
import type { Database } from '../../db/kernel/schema/database'
import { DEFAULT_KDF } from '../../db/vault/key-wrap'
import { closeDatabase, openEncryptedDatabase } from '../../db/vault/open-database'
import { Vault } from '../../db/vault/vault'
import { measure } from './measure'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'benchmark wachtwoord met lengte'

/** Unlock is dominated by Argon2id at the production parameters (no test shortcut). */
export async function benchVault(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-bench-'))
  try {
    const vault = new Vault(folder)
    await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
    vault.lock()
    await measure(
      'vault.unlock',
      10,
      async () => {
        await vault.unlock(PASSPHRASE)
        vault.lock()
      },
      { kdf: `argon2id m=${DEFAULT_KDF.memoryKiB / 1024}MiB t=${DEFAULT_KDF.iterations} p=${DEFAULT_KDF.parallelism}` },
      1,
    )
    await measure('vault.open-and-migrate-empty', 20, async (run) => {
      const sqlite = openEncryptedDatabase(join(folder, `empty-${run}-${Math.random()}.vault`), randomBytes(32), {
        create: true,
      })
      await migrateToLatest(new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }))
      closeDatabase(sqlite)
    })
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
