import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3-multiple-ciphers'
import { closeDatabase, openEncryptedDatabase, type SqliteDatabase } from '../../../db/vault/open-database'
import type { Vault } from '../../../db/vault/vault'
import { PASSPHRASE } from './scale-vault'

export interface FloorConnections {
  /** An unencrypted copy of the vault's database file: plain SQLite, the floor. */
  plain: SqliteDatabase
  /** An encrypted copy of the vault's file, opened with its key: the cipher floor. */
  cipher: SqliteDatabase
  dataKey: Buffer
  copy_s: number
  close(): void
}

/** The vault's pragmas on both, so the floor and the cipher floor differ from each other by the cipher only. */
function vaultPragmas(sqlite: SqliteDatabase): void {
  sqlite.pragma('journal_mode=WAL')
  sqlite.pragma('synchronous=FULL')
  sqlite.pragma('foreign_keys=ON')
  sqlite.pragma('temp_store=MEMORY')
  sqlite.pragma('secure_delete=ON')
}

/**
 * The unencrypted copy is the vault's own file decrypted (copied with its
 * WAL folded in, opened with the key, rekeyed to no key, which
 * Multiple Ciphers does only outside WAL mode): the same pages, rows and
 * indexes as the vault, byte for byte but for the cipher, in seconds where
 * regenerating the dataset would take minutes. Opened without a key,
 * better-sqlite3-multiple-ciphers is plain SQLite.
 *
 * The cipher floor runs on an encrypted copy too, not on a second connection
 * to the vault's file: every dispatched call appends to the processing log,
 * and a commit by another connection empties a connection's page cache, so
 * a second connection would decrypt every page afresh each run and charge
 * the cipher with what is really cache loss.
 */
export async function openFloorConnections(vault: Vault): Promise<FloorConnections> {
  const started = performance.now()
  const dataKey = Buffer.from(await vault.revealDataKey(PASSPHRASE), 'hex')
  if (!vault.checkpointTruncate()) throw new Error('the WAL could not be folded in before the copy')
  const copyPath = join(vault.files.folder, 'plain-copy.sqlite')
  copyFileSync(vault.files.database, copyPath)
  const decrypting = openEncryptedDatabase(copyPath, dataKey, { create: false })
  decrypting.pragma('journal_mode=DELETE')
  decrypting.rekey(Buffer.alloc(0))
  decrypting.close()
  const plain = new Database(copyPath, { fileMustExist: true })
  plain.prepare('SELECT count(*) FROM sqlite_master').get()
  vaultPragmas(plain)
  const cipherPath = join(vault.files.folder, 'cipher-copy.vault')
  copyFileSync(vault.files.database, cipherPath)
  const cipher = openEncryptedDatabase(cipherPath, dataKey, { create: false })
  return {
    plain,
    cipher,
    dataKey,
    copy_s: Math.round((performance.now() - started) / 10) / 100,
    close() {
      closeDatabase(cipher)
      plain.close()
      dataKey.fill(0)
    },
  }
}
